/**
 * Runs the rules on one parsed record. Severity and options come from the
 * resolved configuration; a rule only says what it found and where.
 */
import type { ProfileRecord } from "../schemas/record.js";
import type { ResolvedRules } from "./config.js";
import type { CheckFinding, RuleFinding } from "./types.js";

/** Fills `{{name}}` placeholders; an unknown name stays visible rather than vanishing. */
export function formatMessage(template: string, data: RuleFinding["data"] = {}): string {
  return template.replace(/\{\{(\w{1,40})\}\}/gu, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

export function checkRecord(record: ProfileRecord, rules: ResolvedRules, today: string): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (const { rule, severity, options } of rules) {
    if (severity === "off" || !rule.kinds.includes(record.kind)) continue;
    for (const f of rule.check(record, { today, options })) {
      const template = rule.messages[f.messageId];
      if (template === undefined) throw new Error(`rule ${rule.id} reported unknown message id "${f.messageId}"`);
      const line = f.position?.start.line;
      out.push({
        rule: rule.id,
        severity,
        message: formatMessage(template, f.data),
        ...(f.section ? { section: f.section } : {}),
        ...(line !== undefined ? { line } : {}),
        ...(f.position?.start.page != null ? { page: f.position.start.page } : {}),
      });
    }
  }
  // Document-level findings (no line) first, in rule order, then by line: the order a reader goes through the file.
  return out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.line ?? 0) - (b.f.line ?? 0) || a.i - b.i)
    .map(({ f }) => f);
}

export const enabledRuleIds = (rules: ResolvedRules): string[] =>
  rules.filter((r) => r.severity !== "off").map((r) => r.rule.id);

export interface Totals {
  files: number;
  filesWithFindings: number;
  errors: number;
  warnings: number;
}

export function totals(results: { findings: CheckFinding[] }[]): Totals {
  const all = results.flatMap((r) => r.findings);
  return {
    files: results.length,
    filesWithFindings: results.filter((r) => r.findings.length > 0).length,
    errors: all.filter((f) => f.severity === "error").length,
    warnings: all.filter((f) => f.severity === "warn").length,
  };
}
