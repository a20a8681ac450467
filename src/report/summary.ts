import { totals } from "../check/runner.js";
import type { FileResult } from "../check/types.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "2 problems (1 error, 1 warning) in 1 of 3 files", or "3 files checked, no problems". */
export function summaryLine(results: FileResult[]): string {
  const t = totals(results);
  // Every input unreadable: "no problems" would contradict the errors on stderr.
  if (t.files === 0) return "no files checked";
  if (t.errors + t.warnings === 0) return `${plural(t.files, "file")} checked, no problems`;
  return `${plural(t.errors + t.warnings, "problem")} (${plural(t.errors, "error")}, ${plural(t.warnings, "warning")}) in ${t.filesWithFindings} of ${plural(t.files, "file")}`;
}
