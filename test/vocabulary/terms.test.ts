// The stems are a cheap first look before the forms' patterns: every spelling
// the patterns accept must hold one, or a form would be missed.
import { describe, expect, it } from "vitest";
import { topLevelBranches } from "../../src/extract/facts/regex.js";
import { EMPLOYMENT_TERM_STEMS, EMPLOYMENT_TERM_WORDS } from "../../src/vocabulary/terms.js";

/** A pattern's alternatives inside its word boundaries: "(?<!…)(?:a|b|c)(?!…)" → a, b, c. */
const alternatives = (source: string) => topLevelBranches(source.slice(source.indexOf("(?:") + 3, source.lastIndexOf(")(?!")));

describe("EMPLOYMENT_TERM_STEMS", () => {
  for (const { term, pattern } of EMPLOYMENT_TERM_WORDS)
    it.each(alternatives(pattern.source))(`${term}: every alternative holds a stem: %s`, (alternative) => {
      // the alternative with its optional groups left out is the least a match holds
      const least = alternative.replace(/\((?:[^()]|\([^()]*\))*\)[?*]/gu, "");
      expect(least).toMatch(EMPLOYMENT_TERM_STEMS);
    });

  it.each(["på kontrakt", "Åremålsansættelse", "AAREMAAL", "efter overenskomst", "tjenestemandsansat"])("passes %j", (text) => {
    expect(EMPLOYMENT_TERM_STEMS.test(text)).toBe(true);
  });
});
