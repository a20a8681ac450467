import { summaryLine } from "./summary.js";
import type { Reporter } from "./types.js";

// GitHub's workflow-command escaping (actions/toolkit, core/src/command.ts):
// the message escapes %, CR and LF; property values also escape ":" and ",".
export const escapeData = (s: string) => s.replace(/%/gu, "%25").replace(/\r/gu, "%0D").replace(/\n/gu, "%0A");
export const escapeProperty = (s: string) => escapeData(s).replace(/:/gu, "%3A").replace(/,/gu, "%2C");

/**
 * One `::error`/`::warning` annotation per finding, then a plain summary line:
 * GitHub shows only the first few annotations of a step, the log shows all.
 */
export const github: Reporter = (results) => {
  const out: string[] = [];
  for (const r of results)
    for (const f of r.findings) {
      const props = [`file=${escapeProperty(r.file)}`];
      if (f.line !== undefined) props.push(`line=${f.line}`);
      // GitHub knows lines only; a PDF's reader needs the page too, as the text reporter gives it.
      props.push(`title=${escapeProperty(`jobprofil ${f.rule}${f.page ? ` (p. ${f.page})` : ""}`)}`);
      out.push(`::${f.severity === "error" ? "error" : "warning"} ${props.join(",")}::${escapeData(f.message)}`);
    }
  out.push(`jobprofil check: ${summaryLine(results)}`);
  return out.join("\n") + "\n";
};
