import { describe, expect, it } from "vitest";
import { isAbbreviation, wordBefore } from "../../src/vocabulary/abbreviations.js";

describe("wordBefore", () => {
  // The walk back replaced the pattern /[^\s(]{1,24}$/: the pattern stays the definition.
  const PATTERN = /[^\s(]{1,24}$/u;
  it.each([
    "kommunikationschef og konst",
    "Kontakt (bl.a",
    "cand.scient.pol",
    "ord",
    "",
    "slutter med mellemrum ",
    "et meget langt ord: abcdefghijklmnopqrstuvwxyzæøå",
    "tab\tkonst",
    "Ærø og Åbenrå",
  ])("finds the word the pattern finds: %j", (text) => {
    expect(wordBefore(text)).toBe(text.slice(-24).match(PATTERN)?.[0] ?? "");
  });
  it("reads abbreviations and initials through it", () => {
    expect(isAbbreviation(wordBefore("og konst"))).toBe(true);
    expect(isAbbreviation(wordBefore("A. P"))).toBe(true);
    expect(isAbbreviation(wordBefore("sekretariatschef"))).toBe(false);
  });
});
