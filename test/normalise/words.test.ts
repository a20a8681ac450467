/**
 * String helpers that run on every line: word counts, trailing trims, cuts,
 * and fixed-size windows that must never leave half a character behind.
 */
import { describe, expect, it } from "vitest";
import { cutAt, sliceWhole, trimTrailing, words } from "../../src/normalise/words.js";
import { foldText } from "../../src/vocabulary/letters.js";

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

describe("sliceWhole", () => {
  // "a😀b": a at 0, the pair at 1–2, b at 3
  it.each([
    ["a😀b", 0, 2, "a"], // the end falls inside the pair: the pair is left out
    ["a😀b", 0, 3, "a😀"],
    ["a😀b", 2, 4, "b"], // the start falls inside the pair: the pair is left out
    ["a😀b", 1, 4, "😀b"],
    ["a😀b", -2, undefined, "b"], // a window from the end, like slice(-n)
    ["a😀b", -3, undefined, "😀b"],
    ["a😀b", 2, 2, ""],
    ["abc", 0, 100, "abc"],
    ["abc", 1, undefined, "bc"],
    ["𐀀𐀀", 1, 3, ""], // both ends inside pairs: nothing whole is left
  ] as [string, number, number | undefined, string][])("sliceWhole(%j, %i, %s) is %j", (text, start, end, expected) => {
    expect(sliceWhole(text, start, end)).toBe(expected);
  });

  it("gives no lone surrogate for any window of a text of pairs", () => {
    const text = "x😀𝔄y𐀀z";
    for (let s = -text.length; s <= text.length; s++)
      for (let e = 0; e <= text.length; e++) expect(LONE.test(sliceWhole(text, s, e)), `${s}, ${e}`).toBe(false);
  });

  it("is slice itself where no pair is cut", () => {
    const text = "Ansættelsesudvalget består af borgmester Anne Hansen";
    for (const [s, e] of [[0, 10], [-20, undefined], [5, 200]] as [number, number | undefined][]) expect(sliceWhole(text, s, e)).toBe(text.slice(s, e));
  });
});

describe("words, trimTrailing, cutAt", () => {
  it.each([
    ["", 0],
    ["  Jobprofil  ", 1],
    ["Løn og\u00a0ansættelsesvilkår", 3],
  ] as [string, number][])("words(%j) is %i", (s, n) => expect(words(s)).toBe(n));

  it("stops counting past enough", () => expect(words("a b c d e f", 2)).toBe(3));
  it("trims only the given characters at the end", () => expect(trimTrailing("Vilkår: .:", ".: ")).toBe("Vilkår"));
  it("cuts where the separator first matches", () => expect(cutAt("direktør, tlf. 1234", /,/)).toBe("direktør"));
});

describe("foldText", () => {
  it.each([
    ["Kontorchef til Produktsikkerhed", "kontorcheftilproduktsikkerhed"],
    ["Vejle  Kommune,", "vejlekommune"],
    ["Børne- og Ungeforvaltningen", "børneogungeforvaltningen"],
    // "å" written as "a" and a combining ring folds to the one letter
    ["A\u030Arhus", "århus"],
    ["Job-ID: 2027/04", "jobid202704"],
  ])("folds %j to %j", (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});
