/**
 * Aligned columns for a terminal, fitted to its width. Without --fields the
 * table chooses its columns: by priority (TABLE_PRIORITY), each one that still
 * fits at its narrowest, leaving out columns that are empty in every row; at
 * 80 columns that is file, employer, title, deadline and pay, at 200 most
 * fields. With --fields the columns are the user's, in the user's order, and
 * the last ones are left out only when even their narrowest does not fit.
 * Columns then shrink, widest first, to fit; a cut cell ends in "…", a path
 * is cut from the left ("…/nord/skolechef.pdf") because its end names the
 * file. Numbers and dates are never cut. Values are shown as a Danish reader
 * writes them (display.ts), dates without their time of day. Cells (file
 * names, a document's words) have their control characters escaped: a
 * terminal would obey them. The summary follows after a blank line.
 */
import { escapeControls } from "../../cli/escape.js";
import { displayCell } from "../display.js";
import { FIELD_TYPES, type FieldName, type Row } from "../rows.js";
import { summaryLines } from "../summary.js";
import { width } from "./cell.js";
import type { Formatter } from "./types.js";

const GAP = 2;
const EMPTY = "–";

/** The order in which a table chooses columns for a width: what an analyst looks at first. */
export const TABLE_PRIORITY: readonly FieldName[] = [
  "file", "status", "employer", "title", "deadline", "annualSalary", "start", "daysToStart", "rounds", "terms",
  "postType", "region", "salaryApprox", "consultancy", "pension", "tests", "annualSalaryMax", "kommune", "contacts",
  "committee", "kind", "sections", "requirements", "tasks", "interviews", "salary", "salaryMax", "period",
];

/**
 * How wide a text column gets before a column of lower priority is added:
 * a title cut to six letters says nothing, so at 80 columns the table shows
 * fewer columns rather than more cut ones. Numbers and dates take their full
 * width. With --fields a column may shrink further, to MIN_TEXT.
 */
const COMFORT_TEXT: Partial<Record<FieldName, number>> = {
  file: 22, status: 12, employer: 18, title: 24, terms: 16, tests: 20, region: 18, kommune: 18, consultancy: 18, postType: 16,
};
const DEFAULT_COMFORT_TEXT = 14;
const MIN_TEXT = 8;
/** The least room worth giving a text column that does not fit at ease. */
const COMFORT_FLOOR = 12;

export function fit(s: string, w: number): string {
  const n = width(s);
  if (n <= w) return s + " ".repeat(w - n);
  return [...s].slice(0, Math.max(0, w - 1)).join("") + "…";
}

/** A path cut from the left, at a folder boundary when one fits: "…/nord/skolechef.pdf". */
export function cutPath(path: string, w: number): string {
  if (width(path) <= w) return path;
  // "a/nord/skolechef.pdf" → ["a/", "nord/", "skolechef.pdf"]: each folder keeps its separator
  const parts = path.split(/(?<=[/\\])/u);
  let tail = "";
  for (let i = parts.length - 1; i > 0; i--) {
    const candidate = parts[i] + tail;
    if (width(`…${parts[i - 1].slice(-1)}${candidate}`) > w) break;
    tail = candidate;
  }
  if (tail) return `…${path.slice(0, path.length - tail.length).slice(-1)}${tail}`;
  const chars = [...path];
  return `…${chars.slice(chars.length - (w - 1)).join("")}`;
}

/** Column widths that sum (with gaps) to at most `columns`, shrinking the widest first, none below its minimum. */
export function fitWidths(natural: readonly number[], columns: number, minimum: readonly number[] = natural.map(() => 4)): number[] {
  const widths = [...natural];
  const budget = columns - GAP * (widths.length - 1);
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > budget) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) if (widths[i] > minimum[i] && (widest < 0 || widths[i] > widths[widest])) widest = i;
    if (widest < 0) break;
    widths[widest]--;
    total--;
  }
  return widths;
}

interface Column {
  field: FieldName;
  cells: string[];
  natural: number;
  /** The width this column keeps when the table chooses its columns. */
  comfort: number;
  /** The narrowest it gets when the user chose the columns. */
  min: number;
  numeric: boolean;
}

function column(field: FieldName, rows: readonly Row[]): Column {
  const cells = rows.map((r) => escapeControls(displayCell(field, r[field])) || EMPTY);
  const natural = cells.reduce((w, c) => Math.max(w, width(c)), width(field));
  const type = FIELD_TYPES[field];
  const fixed = type === "number" || type === "date" || type === "boolean";
  const comfort = fixed ? natural : Math.min(natural, Math.max(width(field), COMFORT_TEXT[field] ?? DEFAULT_COMFORT_TEXT));
  const min = fixed ? natural : Math.min(natural, Math.max(width(field), MIN_TEXT));
  return { field, cells, natural, comfort, min, numeric: type === "number" };
}

const needs = (cols: readonly Column[], key: "comfort" | "min") =>
  cols.reduce((a, c) => a + c[key], 0) + GAP * Math.max(0, cols.length - 1);

/** The columns to show and those left out for want of width. */
export function chooseColumns(
  rows: readonly Row[],
  fields: readonly FieldName[] | undefined,
  columns: number,
): { shown: Column[]; left: FieldName[]; floor: "comfort" | "min" } {
  const left: FieldName[] = [];
  if (fields) {
    const shown = fields.map((f) => column(f, rows));
    while (shown.length > 1 && needs(shown, "min") > columns) left.unshift(shown.pop()!.field);
    return { shown, left, floor: "min" };
  }
  const shown: Column[] = [];
  for (const field of TABLE_PRIORITY) {
    // a column empty in every row says nothing; status says something only when an input failed
    if (field === "status" ? rows.every((r) => r.status === "ok") : rows.every((r) => displayCell(field, r[field]) === "")) continue;
    const c = column(field, rows);
    const room = columns - needs(shown, "comfort") - (shown.length ? GAP : 0);
    if (c.comfort <= room || shown.length === 0) shown.push(c);
    // a text column that does not fit at ease takes the room that is left, if that is more than a sliver
    else if (c.min < c.comfort && room >= Math.max(c.min, COMFORT_FLOOR)) shown.push({ ...c, comfort: room });
    else left.push(field);
  }
  return { shown, left, floor: "comfort" };
}

/** A line broken at spaces to fit the width, continuation lines indented; a word longer than the width stays whole. */
export function wrap(text: string, columns: number, indent = "  "): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (width(next) <= columns || !line.trim()) line = next;
    else {
      lines.push(line);
      line = indent + word;
    }
  }
  return [...lines, line];
}

export const table: Formatter = (rows, ctx) => {
  const { shown, left, floor } = chooseColumns(rows, ctx.fieldsGiven === false ? undefined : ctx.fields, ctx.columns);
  const widths = fitWidths(
    shown.map((c) => c.natural),
    ctx.columns,
    shown.map((c) => c[floor]),
  );
  const cell = (c: Column, text: string, i: number) => {
    const w = widths[i];
    const cut = c.field === "file" ? cutPath(text, w) : text;
    return c.numeric ? fit(cut, w).trimEnd().padStart(w) : fit(cut, w);
  };
  const line = (texts: string[]) =>
    texts
      .map((t, i) => cell(shown[i], t, i))
      .join(" ".repeat(GAP))
      .trimEnd();
  const body = rows.map((_, r) => line(shown.map((c) => c.cells[r])));
  const rule = widths.map((w) => "─".repeat(w)).join(" ".repeat(GAP));
  const note = left.length ? [`not shown at this width: ${left.join(", ")} (choose with --fields, or --format csv)`] : [];
  const closing = [...summaryLines(ctx.summary).map(escapeControls), ...note].flatMap((l) => wrap(l, ctx.columns));
  return [line(shown.map((c) => c.field)), rule, ...body, "", ...closing].join("\n") + "\n";
};
