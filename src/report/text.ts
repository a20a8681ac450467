import type { CheckFinding } from "../check/types.js";
import { summaryLine } from "./summary.js";
import type { Reporter } from "./types.js";

const where = (f: CheckFinding) => (f.line === undefined ? "-" : f.page ? `${f.line} (p. ${f.page})` : String(f.line));

/** For a person at a terminal: grouped by file, one aligned line per finding, a summary at the end. */
export const text: Reporter = (results, { colours: c }) => {
  const out: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    out.push(c.underline(r.file));
    const placeWidth = Math.max(...r.findings.map((f) => where(f).length));
    const messageWidth = Math.max(...r.findings.map((f) => f.message.length));
    for (const f of r.findings) {
      const severity = f.severity === "error" ? c.red("error") : c.yellow("warn ");
      out.push(`  ${c.dim(where(f).padStart(placeWidth))}  ${severity}  ${f.message.padEnd(messageWidth)}  ${c.dim(f.rule)}`);
    }
    out.push("");
  }
  const summary = summaryLine(results);
  const anyError = results.some((r) => r.findings.some((f) => f.severity === "error"));
  const anyWarning = results.some((r) => r.findings.length > 0);
  out.push(anyError ? c.red.bold(summary) : anyWarning ? c.yellow.bold(summary) : c.green(summary));
  return out.join("\n") + "\n";
};
