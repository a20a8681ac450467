import { describe, expect, it } from "vitest";
import { decode, type Piece } from "../../src/segment/decode.js";
import { features } from "../../src/segment/features.js";

const piece = (text: string, boundary: Piece["boundary"] = "sentence", cues: Piece["cues"] = []): Piece => ({ text, boundary, cues });

describe("decode: one decision over the sequence", () => {
  it("follows the words where they are clear", () => {
    const kinds = decode([
      piece("Kommunen har 45.000 indbyggere og et rigt foreningsliv.", "block"),
      piece("Du får ansvaret for afdelingens drift, økonomi og udvikling.", "block"),
      piece("Du har en relevant uddannelse og flere års ledelseserfaring.", "block"),
    ]).map((d) => d.kind);
    expect(kinds).toEqual(["indledning", "jobprofil", "personprofil"]);
  });

  it("does not flip a sentence for one stray word inside a paragraph", () => {
    const kinds = decode([
      piece("Du får ansvaret for afdelingens drift, økonomi og udvikling.", "block"),
      piece("Det sker i tæt samarbejde med kolleger.", "sentence"),
    ]).map((d) => d.kind);
    expect(kinds).toEqual(["jobprofil", "jobprofil"]);
  });

  it("lets a known heading's cue decide", () => {
    const cue = { kind: "vilkaar" as const, weight: 12, source: "heading" };
    expect(decode([piece("Du har en relevant uddannelse.", "heading", [cue])])[0].kind).toBe("vilkaar");
  });

  it.each([
    ["one cue of 12", [12], true],
    ["a known heading above an agreeing sub-heading (6 + 6)", [6, 6], true],
    ["a known heading above a sub-heading's words (6 + 2.5)", [6, 2.5], false],
  ] as const)("weighs the words unless the cues decide: %s", (_name, weights, decided) => {
    const cues = weights.map((weight) => ({ kind: "jobprofil" as const, weight, source: "heading" }));
    const [d] = decode([piece("Du har en relevant uddannelse og flere års ledelseserfaring.", "heading", cues)]);
    expect(d.weighed).toBe(!decided);
    if (decided) expect(d.kind).toBe("jobprofil");
  });

  it("weighs the words when a strong cue for another kind leaves no lead of 12", () => {
    const cues = [
      { kind: "jobprofil" as const, weight: 8, source: "lead-in" },
      { kind: "personprofil" as const, weight: 6, source: "heading" },
      { kind: "personprofil" as const, weight: 6, source: "sub-heading" },
    ];
    expect(decode([piece("Du har en relevant uddannelse.", "heading", cues)])[0].weighed).toBe(true);
  });

  it("decides nothing for nothing", () => {
    expect(decode([])).toEqual([]);
  });
});

describe("features", () => {
  it("turns numbers into their shapes and pairs neighbouring words", () => {
    expect(features("Ring på 22 33 44 55 eller skriv til mhj@eksempel.dk")).toEqual([
      "<email>", "<phone>", "ring", "på", "ring_på", "eller", "på_eller", "skriv", "eller_skriv", "til", "skriv_til",
    ]);
    expect(features("Løn ca. 900.000 kr. i 2027")).toEqual(["<amount>", "<year>", "løn", "ca", "løn_ca", "kr", "ca_kr", "i", "kr_i"]);
  });

  // The words are found by a walk over the characters; the pattern is their definition.
  const WORD = /[a-zæøåéüöäá]+|\d+/gu;
  it.each([
    "Økonomichef søges til Ærø – kontakt Åse på 12a34",
    "Café-drift, naïve ord, Übung, Ärger, ñandú og 3½ uge",
    "ABC123def 4x4 æøå  ÆØÅ\ttab",
    "",
  ])("finds the words the pattern finds: %j", (text) => {
    const expected = [...text.toLowerCase().matchAll(WORD)].map((m) => (/\d/u.test(m[0]) ? "<num>" : m[0]));
    expect(features(text).filter((f) => !f.includes("_"))).toEqual(expected);
  });
});
