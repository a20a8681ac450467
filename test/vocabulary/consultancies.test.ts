import { describe, expect, it } from "vitest";
import { isConsultancyHeading, isConsultancyName } from "../../src/vocabulary/consultancies.js";

describe("isConsultancyHeading: the recruitment firm presenting itself", () => {
  it.each([
    ["8. Om Strand & Kiær Executive", true],
    ["Om Nordvang Search", true],
    ["About Nordvang Executive Search", true],
    ["Om Hartmanns", true],
    // the employer's own presentation, whatever its legal form
    ["Om Kalundborg Kommune", false],
    ["Om Silkeborg Forsyning A/S", false],
    ["Om Teknik & Miljø", false],
    ["Om HR og Rekruttering", false],
    ["Om stillingen", false],
  ])("%j → %s", (heading, want) => {
    expect(isConsultancyHeading(heading)).toBe(want);
  });
});

describe("isConsultancyName: a line that is a recruitment firm's name alone", () => {
  it.each([
    ["Bjerre & Vang Rekruttering", true],
    ["Holm & Brink Executive Search", true],
    ["Hartmanns", true],
    // an authority whose name ends in the word, a sentence that names a firm
    ["Styrelsen for Arbejdsmarked og Rekruttering", false],
    ["Rekrutteringen varetages af Bjerre & Vang Rekruttering", false],
    // a post's English name, a unit
    ["Sales Executive", false],
    ["Key Account Executive", false],
    ["HR & Rekruttering", false],
    ["Intern Rekruttering", false],
  ])("%s → %s", (line, want) => {
    expect(isConsultancyName(line)).toBe(want);
  });
});
