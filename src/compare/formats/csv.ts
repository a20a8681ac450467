/** RFC 4180: CRLF between records, a header line, fields quoted when they hold the separator, a quote or a line break. */
import type { Cell } from "../rows.js";
import { cellText } from "./cell.js";
import type { Formatter } from "./types.js";

export function csvField(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const csv: Formatter = (rows, ctx) => {
  const sep = ctx.excel ? ";" : ",";
  const text = (c: Cell) => csvField(cellText(c, { decimalComma: ctx.excel }), sep);
  const lines = [ctx.fields.map((f) => csvField(f, sep)).join(sep), ...rows.map((r) => ctx.fields.map((f) => text(r[f])).join(sep))];
  // Excel opens a CSV without a BOM in the local code page and turns æøå into mojibake.
  return (ctx.excel ? "\ufeff" : "") + lines.join("\r\n") + "\r\n";
};
