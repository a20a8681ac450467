import { describe, expect, it } from "vitest";
import { resolveRules } from "../../src/check/config.js";
import { checkRecord, enabledRuleIds, formatMessage, totals } from "../../src/check/runner.js";
import { defineRule } from "../../src/check/types.js";
import { at, record, TODAY, withoutSection } from "./helpers.js";

describe("checkRecord", () => {
  it("finds nothing in the clean record with the default configuration", () => {
    expect(checkRecord(record(), resolveRules([]), TODAY)).toEqual([]);
  });

  it("applies the configured severity, never the rule's", () => {
    const rec = record({ facts: { applicationDeadline: null } });
    const asWarning = resolveRules([{ source: "t", rules: { "missing-deadline": "warn" } }]);
    expect(checkRecord(rec, asWarning, TODAY)).toEqual([
      { rule: "missing-deadline", severity: "warn", message: "no application deadline (ansøgningsfrist) found", section: "ansaettelsesproces" },
    ]);
    const off = resolveRules([{ source: "t", rules: { "missing-deadline": "off" } }]);
    expect(checkRecord(rec, off, TODAY)).toEqual([]);
    expect(enabledRuleIds(off)).not.toContain("missing-deadline");
  });

  it("puts document-level findings first, then the rest by line, and keeps the page", () => {
    const rec = record({
      sections: withoutSection("jobprofil"),
      facts: { interviewDates: ["2026-08-10", "2026-08-27"] },
      evidence: [{ fact: "interviewDates[0]", text: "Samtale den 10. august.", section: "ansaettelsesproces", position: at(34, 5) }],
    });
    const found = checkRecord(rec, resolveRules([{ source: "t", rules: { "deadline-passed": "error" } }]), "2026-09-01");
    expect(found.map((f) => [f.rule, f.line, f.page])).toEqual([
      ["missing-section", undefined, undefined],
      ["deadline-passed", undefined, undefined],
      ["date-order", 34, 5],
    ]);
  });

  it("refuses a rule that reports a message id it does not define", () => {
    const broken = defineRule({ id: "broken", description: "reports an unknown id", defaultSeverity: "error", kinds: ["profile"], messages: { a: "A" }, check: () => [{ messageId: "b" }] });
    expect(() => checkRecord(record(), [{ rule: broken, severity: "error", options: undefined }], TODAY)).toThrow(/unknown message id "b"/u);
  });
});

describe("formatMessage", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(formatMessage("{{a}} and {{b}}", { a: 1 })).toBe("1 and {{b}}");
  });
});

describe("totals", () => {
  it("counts errors, warnings and files with findings", () => {
    expect(
      totals([
        { findings: [{ rule: "x", severity: "error", message: "m" }, { rule: "y", severity: "warn", message: "m" }] },
        { findings: [] },
      ]),
    ).toEqual({ files: 2, filesWithFindings: 1, errors: 1, warnings: 1 });
  });
});
