/** RFC 4180: CRLF between records, a header line, fields quoted when they hold the separator, a quote or a line break. */
import type { Cell } from "../rows.js";
import { cellText } from "./cell.js";
import type { Formatter } from "./types.js";

export function csvField(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A spreadsheet evaluates a cell that begins with = + - @ (or a tab or CR
 * before one) as a formula: `=HYPERLINK(…)` in a title or a file name would
 * run when the analyst opens the CSV. OWASP's remedy is a leading apostrophe,
 * which makes the cell text. Numbers are cells of their own type and never
 * prefixed, so a negative daysToStart stays a number.
 */
export function neutralise(c: Cell, text: string): string {
  if (typeof c === "number" || c === null) return text;
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}

export const csv: Formatter = (rows, ctx) => {
  const sep = ctx.excel ? ";" : ",";
  const text = (c: Cell) => csvField(neutralise(c, cellText(c, { decimalComma: ctx.excel })), sep);
  const lines = [ctx.fields.map((f) => csvField(f, sep)).join(sep), ...rows.map((r) => ctx.fields.map((f) => text(r[f])).join(sep))];
  // Excel opens a CSV without a BOM in the local code page and turns æøå into mojibake.
  return (ctx.excel ? "\ufeff" : "") + lines.join("\r\n") + "\r\n";
};
