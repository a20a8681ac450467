import { describe, expect, it } from "vitest";
import { LEGAL_FORM_ALTERNATIVES, LEGAL_FORMS } from "../../src/vocabulary/employers.js";

// One escaped alternation serves both the employer's and the consultancy's patterns; an unescaped dot
// or slash would let "AXS" or "aXmXbXaX" close a firm's name.
describe("LEGAL_FORM_ALTERNATIVES", () => {
  const whole = new RegExp(`^(?:${LEGAL_FORM_ALTERNATIVES})$`, "u");
  it.each(LEGAL_FORMS)("matches %s as written", (form) => {
    expect(whole.test(form)).toBe(true);
  });
  it.each(["AXS", "A-S", "aXmXbXaX", "a.m.b.a", "As"])("does not match %s", (text) => {
    expect(whole.test(text)).toBe(false);
  });
});
