/**
 * Names and values from outside (file names, a document's words) shown on a
 * terminal or in a CI log, where control characters are commands: a newline
 * starts a line GitHub Actions reads as `::warning …::`, ESC and the C1
 * controls start colour, cursor and OSC-8 hyperlink sequences, and the bidi
 * overrides make a name read as another (Trojan Source). Each is written as
 * its escape (`\n`, `\x1b`, `\u202e`), visible and inert; everything else,
 * æ, ø, å and backslashes in Windows paths included, is left as it is.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function escapeControls(s: string): string {
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
  });
}
