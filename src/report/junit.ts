import type { CheckFinding } from "../check/types.js";
import type { Reporter } from "./types.js";

/** Escapes text and attribute values; strips the control characters XML 1.0 cannot carry at all. */
export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, "")
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;")
    .replace(/'/gu, "&apos;");
}

/** For attribute values: a raw newline there would be read back as a space, so it is kept as a character reference. */
export const escapeAttribute = (s: string) => escapeXml(s).replace(/\n/gu, "&#10;").replace(/\r/gu, "&#13;").replace(/\t/gu, "&#9;");

const describe = (f: CheckFinding) => `${f.line === undefined ? "" : `line ${f.line}: `}${f.message}`;

/**
 * One test suite per file and one test case per enabled rule, so a CI
 * dashboard counts passes too. Error findings fail their case; warnings do
 * not fail it and are kept in its system-out.
 */
export const junit: Reporter = (results) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const r of results) {
    const ruleIds = [...new Set([...r.rules, ...r.findings.map((f) => f.rule)])];
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const id of ruleIds) {
      const found = r.findings.filter((f) => f.rule === id);
      const errors = found.filter((f) => f.severity === "error");
      const warnings = found.filter((f) => f.severity === "warn");
      const body: string[] = [];
      if (errors.length) {
        suiteFailures++;
        body.push(
          `      <failure message="${escapeAttribute(errors[0].message)}" type="${escapeAttribute(id)}">${escapeXml(errors.map(describe).join("\n"))}</failure>`,
        );
      }
      if (warnings.length) body.push(`      <system-out>${escapeXml(warnings.map((f) => `warning: ${describe(f)}`).join("\n"))}</system-out>`);
      const open = `    <testcase classname="${escapeAttribute(r.file)}" name="${escapeAttribute(id)}"`;
      cases.push(body.length ? `${open}>\n${body.join("\n")}\n    </testcase>` : `${open}/>`);
    }
    tests += ruleIds.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${escapeAttribute(r.file)}" tests="${ruleIds.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join("\n")}${cases.length ? "\n" : ""}  </testsuite>`,
    );
  }
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="jobprofil check" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    `</testsuites>`,
    "",
  ].join("\n");
};
