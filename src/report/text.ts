import type { CheckFinding } from "../check/types.js";
import { escapeControls } from "../cli/escape.js";
import { summaryLine } from "./summary.js";
import type { Reporter } from "./types.js";

const where = (f: CheckFinding) => (f.line === undefined ? "-" : f.page ? `${f.line} (p. ${f.page})` : String(f.line));

/**
 * For a person at a terminal: grouped by file, one aligned line per finding,
 * a summary at the end. File names and messages (which quote the document)
 * have their control characters escaped: a terminal obeys them.
 */
export const text: Reporter = (results, { colours: c }) => {
  const out: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    out.push(c.underline(escapeControls(r.file)));
    const messages = r.findings.map((f) => escapeControls(f.message));
    const placeWidth = Math.max(...r.findings.map((f) => where(f).length));
    const messageWidth = Math.max(...messages.map((m) => m.length));
    for (const [i, f] of r.findings.entries()) {
      const severity = f.severity === "error" ? c.red("error") : c.yellow("warn ");
      out.push(`  ${c.dim(where(f).padStart(placeWidth))}  ${severity}  ${messages[i].padEnd(messageWidth)}  ${c.dim(f.rule)}`);
    }
    out.push("");
  }
  const summary = summaryLine(results);
  const anyError = results.some((r) => r.findings.some((f) => f.severity === "error"));
  const anyWarning = results.some((r) => r.findings.length > 0);
  out.push(anyError ? c.red.bold(summary) : anyWarning ? c.yellow.bold(summary) : c.green(summary));
  return out.join("\n") + "\n";
};
