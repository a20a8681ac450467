import { ruleUrl } from "../check/docs.js";
import type { Reporter } from "./types.js";

/**
 * CONTRACT.md's shape: [{ file, findings: [{ rule, severity, message, section?, line? }] }];
 * beside those fields, a PDF's `page` and the `url` of the rule's page.
 */
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
        ...(f.page != null ? { page: f.page } : {}),
        url: ruleUrl(f.rule),
      })),
    })),
    null,
    2,
  ) + "\n";
