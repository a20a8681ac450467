// The stems are a cheap first look before the forms' patterns: every spelling
// the patterns accept must hold one, or a form would be missed.
import { describe, expect, it } from "vitest";
import { topLevelBranches } from "../../src/extract/facts/regex.js";
import { EMPLOYMENT_TERM_STEMS, EMPLOYMENT_TERM_WORDS, isStartStatement } from "../../src/vocabulary/terms.js";

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

describe("isStartStatement: a line that gives the start", () => {
  it.each([
    ["Tiltrædelse: 1. august 2027 eller efter aftale.", true],
    ["Vi forventer, at du kan tiltræde den 1. maj 2027.", true],
    ["Du kan starte senest 1. august.", true],
    // a sentence about the work that starts something is no start of the post's
    ["Du skal starte den nye afdeling op sammen med dine to teamledere.", false],
    ["Du kan begynde den faglige udvikling med det samme.", false],
  ])("%j → %s", (text, want) => {
    expect(isStartStatement(text)).toBe(want);
  });
});
