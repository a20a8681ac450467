import { describe, expect, it } from "vitest";
import { isConsultancyHeading } from "../../src/vocabulary/consultancies.js";

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
