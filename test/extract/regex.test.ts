// hits and matchesOf search a pattern without its opening lookbehind and check
// the character before each match themselves: they must find exactly what the
// whole pattern finds.
import { describe, expect, it } from "vitest";
import { hits, matchesOf } from "../../src/extract/facts/regex.js";
import { wordPattern } from "../../src/vocabulary/dates.js";
import { CONTACT_CUE } from "../../src/vocabulary/roles.js";

const joined = new RegExp([wordPattern("åremål\\p{L}*").source, wordPattern("kontrakt\\p{L}*|på kontrakt").source].join("|"), "giu");
const PATTERNS: [string, RegExp][] = [
  ["a word pattern", CONTACT_CUE],
  ["branches that each open with the same lookbehind", joined],
  ["a lookbehind that is not the whole first branch's opening", /(?<![a-z])ring|(?<!\d)tlf/giu],
  ["no lookbehind", /samtale\w*/giu],
];
const TEXTS = [
  "Kontakt os gerne.",
  "Yderligere oplysninger: ring til Åse på 22 33 44 55 eller skriv en e-mail.",
  "ukontakt, ækontakt og 12kontakt er ikke ord; KONTAKT er.",
  "Ansat på åremål i 6 år – eller på kontrakt (kontraktansat).",
  "Ansat påkontrakt, uåremål, åremålsansat.",
  "😀kontakt og 😀 kontakt: en astral tegn før ordet.",
  "ringering ring",
  "",
];

describe("matchesOf and hits find what the whole pattern finds", () => {
  for (const [name, re] of PATTERNS)
    it.each(TEXTS)(`${name}: %j`, (text) => {
      const expected = [...text.matchAll(re)].map((m) => ({ index: m.index, text: m[0] }));
      expect(matchesOf(re, text)).toEqual(expected);
      expect(hits(re, text)).toBe(expected.length > 0);
      // and leave the pattern as they found it
      expect(re.lastIndex).toBe(0);
    });

  it("keeps a sticky pattern anchored where the search starts", () => {
    const sticky = /(?<![a-z])ring/uy;
    expect(hits(sticky, "ring til os")).toBe(true);
    expect(hits(sticky, "du kan ring")).toBe(false);
  });

  it("finds a word after a letter-like character it does not count as a letter", () => {
    expect(matchesOf(CONTACT_CUE, "§kontakt").map((m) => m.index)).toEqual([1]);
  });
});
