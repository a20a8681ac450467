/**
 * Record warnings are English, like the command line and `check`'s findings,
 * so one run never mixes languages; the document's own words are quoted.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/facts/index.js";
import { units } from "./units.js";

describe("record warnings", () => {
  const contradicting = extractFacts(
    units(
      "Ansøgningsfristen er den 2. december 2010 kl. 9.00.\nFørste samtale finder sted den 14. december 2010, og anden samtale den 8. december 2010.\nForventet tiltrædelse er 1. februar 2010.",
    ),
  ).warnings;
  const vague = extractFacts(units("Ansøgningsfristen er den 31. juni 2026.\nFørste samtale afholdes i uge 35.\nForventet tiltrædelse er primo oktober 2026.")).warnings;
  const warnings = [...contradicting, ...vague];

  it("are written in English", () => {
    // "uge 35" is a date now (its week's Monday), so it warns no more
    expect(warnings.length).toBe(4);
    for (const w of warnings) {
      // the quoted phrase is the document's; the rest is English
      const own = w.message.replace(/“[^”]*”/gu, "");
      expect(own, w.message).not.toMatch(/[æøåÆØÅ]|\b(?:ligger|før|angiver|ikke|samtale|tiltrædelse|ansøgningsfrist)/iu);
    }
  });

  it("name the contradiction", () => {
    expect(warnings.map((w) => w.message)).toContain("the start date (2010-02-01) is before the application deadline (2010-12-02)");
    expect(warnings.map((w) => w.message)).toContain("interview round 2 (2010-12-08) is before round 1 (2010-12-14)");
    expect(vague.map((w) => w.message)).toEqual([
      "“den 31. juni 2026” is not a valid date (the application deadline)",
      "“primo oktober 2026” names no day for the start date",
    ]);
  });
});
