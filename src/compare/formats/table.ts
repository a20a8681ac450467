/**
 * Aligned columns for a terminal. Columns shrink, widest first, until the
 * table fits the width; a cut cell ends in "…". Numbers are right-aligned.
 * The summary follows after a blank line. Cells (file names, a document's
 * words) have their control characters escaped: a terminal would obey them.
 */
import { escapeControls } from "../../cli/escape.js";
import { summaryLines } from "../summary.js";
import { cellText, width } from "./cell.js";
import type { Formatter } from "./types.js";

const GAP = 2;
const MIN_WIDTH = 4;
const EMPTY = "–";

export function fit(s: string, w: number): string {
  const n = width(s);
  if (n <= w) return s + " ".repeat(w - n);
  return [...s].slice(0, Math.max(0, w - 1)).join("") + "…";
}

/** Column widths that sum (with gaps) to at most `columns`, shrinking the widest first. */
export function fitWidths(natural: readonly number[], columns: number): number[] {
  const widths = [...natural];
  const budget = columns - GAP * (widths.length - 1);
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > budget) {
    let widest = 0;
    for (let i = 1; i < widths.length; i++) if (widths[i] > widths[widest]) widest = i;
    if (widths[widest] <= MIN_WIDTH) break;
    widths[widest]--;
    total--;
  }
  return widths;
}

export const table: Formatter = (rows, ctx) => {
  const header = ctx.fields.map(String);
  const body = rows.map((r) => ctx.fields.map((f) => escapeControls(cellText(r[f])) || EMPTY));
  const natural = header.map((h, i) => Math.max(width(h), ...body.map((row) => width(row[i]))));
  const widths = fitWidths(natural, ctx.columns);
  const numeric = ctx.fields.map((f) => rows.length > 0 && rows.every((r) => r[f] === null || typeof r[f] === "number"));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? fit(c, widths[i]).trimEnd().padStart(widths[i]) : fit(c, widths[i])))
      .join(" ".repeat(GAP))
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join(" ".repeat(GAP));
  return [line(header), rule, ...body.map(line), "", ...summaryLines(ctx.summary).map(escapeControls)].join("\n") + "\n";
};
