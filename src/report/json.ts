import type { Reporter } from "./types.js";

/** CONTRACT.md's shape, exactly: [{ file, findings: [{ rule, severity, message, section?, line? }] }]. */
export const json: Reporter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      file: r.file,
      findings: r.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        ...(f.section !== undefined ? { section: f.section } : {}),
        ...(f.line !== undefined ? { line: f.line } : {}),
      })),
    })),
    null,
    2,
  ) + "\n";
