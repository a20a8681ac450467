/**
 * Hostile documents for the security tests, written here (never copied from
 * anywhere): each carries one attack in a place the pipeline keeps.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A profile whose title and text try to close a `<script>` and open another. */
export const SCRIPT_BREAKOUT = [
  "Chef for Stab </script><img src=x onerror=alert(1)> & Sekretariat",
  "",
  "Viborg Kommune søger en chef.",
  "",
  "Jobprofil",
  "",
  "Du skal lede </script><script>alert(document.domain)</script> sekretariatet & <!-- staben.",
  "",
  "Du har ansvar for økonomi\u2028og personale\u2029i hele <!--<script> kommunen.",
  "",
  "Personprofil",
  "",
  "Du er en erfaren leder med politisk tæft.",
  "",
  "Ansættelsesproces",
  "",
  "Ansøgningsfristen er den 12. august 2026.",
  "",
].join("\n");

/** A scratch folder, removed by the returned function. */
export function scratch(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `jobprofil-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
