/**
 * Catastrophic backtracking guard (after marked's test/specs/redos): every
 * pattern the fact extractors run on document text gets ~50k characters of
 * input built to make a careless pattern retry at every position, and must
 * answer well within a second. The whole extractor gets the same inputs.
 */
import { describe, expect, it } from "vitest";
import { factPatterns } from "../src/extract/facts/patterns.js";
import { extractFacts } from "../src/extract/facts/index.js";
import type { TextUnit } from "../src/segment/units.js";

const N = 50_000;
const fill = (unit: string, tail = "!") => unit.repeat(Math.ceil(N / unit.length)).slice(0, N) + tail;

const ADVERSARIAL: [string, string][] = [
  ["letters", fill("a")],
  ["danish letters", fill("æøå")],
  ["capitals", fill("A")],
  ["spaces", "a" + fill(" ", "x")],
  ["digits", fill("1")],
  ["dotted digits", fill("1.")],
  ["spaced digits", fill("12 ")],
  ["digit pairs", fill("12.12.")],
  ["dashes", fill("1-")],
  ["e-mail run", fill("a.") + "@"],
  ["at signs", fill("a@b")],
  ["ordinals", fill("1. og ")],
  ["month run", fill("1. maj ")],
  ["weekday run", fill("tirsdag den ")],
  ["kl run", fill("kl. ")],
  ["percent run", fill("19,5")],
  ["amount run", fill("1.000 ")],
  ["capitalised words", fill("Anne ")],
  ["hyphen words", fill("Anne-")],
  ["sentence ends", fill("a. A")],
  ["pay words", fill("løn ")],
  ["samtale words", fill("efter samtale ")],
  ["plus sign", fill("+45 ")],
  ["commas", fill(", ")],
  ["colons", fill(":")],
  ["dates between cues", fill("første samtale 1. maj ")],
  ["contacts", fill("kontakt Anne Hansen tlf. 4030 7570 ")],
  ["committee clauses", fill("består af borgmester Anne Hansen, ")],
  ["amounts with pay words", fill("løn 900.000 kr. ")],
];

describe("no regular expression of the fact extractors backtracks catastrophically", () => {
  const patterns = factPatterns();
  it("gathers the patterns", () => {
    expect(patterns.length).toBeGreaterThan(40);
  });
  for (const [name, pattern] of patterns) {
    it(name, () => {
      for (const [label, input] of ADVERSARIAL) {
        const re = new RegExp(pattern.source, pattern.flags);
        const t0 = performance.now();
        if (re.global) for (const _ of input.matchAll(re));
        else re.test(input);
        const ms = performance.now() - t0;
        expect(ms, `${name} on ${label}`).toBeLessThan(250);
      }
    });
  }
});

describe("the whole extractor on adversarial text", () => {
  const unit = (text: string): TextUnit => ({
    kind: "paragraph",
    text,
    section: "ansaettelsesproces",
    heading: "Ansættelsesproces",
    position: { start: { line: 1, page: null }, end: { line: 1, page: null } },
  });
  for (const [label, input] of ADVERSARIAL) {
    it(label, () => {
      const t0 = performance.now();
      extractFacts([unit("Ansættelsesudvalget består af:"), unit(input), unit(`Ansøgningsfristen er ${input}`)]);
      expect(performance.now() - t0).toBeLessThan(1500);
    });
  }
});
