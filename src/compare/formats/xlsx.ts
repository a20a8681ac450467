/**
 * A workbook for Excel (and LibreOffice, Numbers): one sheet of rows with
 * typed cells (dates as dates, amounts as numbers, salaryApprox as a
 * yes/no), a frozen header row, an autofilter and columns as wide as their
 * contents; a second sheet, "Oversigt", with the summary.
 *
 * Number formats are stored in the file's own syntax, which is Excel's
 * en-US one: `#,##0 "kr."` is shown by a Danish Excel as 900.000 kr., with
 * its own separators. exceljs is loaded here, on first use (src/lazy.ts):
 * every other run of the CLI starts without it.
 */
import type { Worksheet } from "exceljs";
import { exceljs } from "../../lazy.js";
import { displayValue } from "../display.js";
import { FIELD_TYPES, type Cell, type FieldName } from "../rows.js";
import type { Summary } from "../summary.js";
import { WORKBOOK_LABELS as L } from "../../vocabulary/compare-labels.js";
import { width } from "./cell.js";
import type { Formatter } from "./types.js";

export const AMOUNT_FORMAT = '#,##0 "kr."';
export const DATE_FORMAT = "yyyy-mm-dd";
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
const MAX_WIDTH = 60;

/** The number format of each numeric field. */
const NUMBER_FORMATS: Partial<Record<FieldName, string>> = {
  salary: AMOUNT_FORMAT,
  salaryMax: AMOUNT_FORMAT,
  annualSalary: AMOUNT_FORMAT,
  annualSalaryMax: AMOUNT_FORMAT,
  pension: "0.00",
};

/** An ISO date as a Date at that wall-clock time in UTC: Excel's serial dates know no time zone. */
export function excelDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/u.exec(iso);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0))) : null;
}

/** A cell's value in the workbook and its number format, if it needs one. */
function typed(field: FieldName, c: Cell): { value: string | number | boolean | Date | null; numFmt?: string } {
  if (c === null || (Array.isArray(c) && c.length === 0)) return { value: null };
  const type = FIELD_TYPES[field];
  if (type === "date" && typeof c === "string") {
    const d = excelDate(c);
    return d ? { value: d, numFmt: c.includes("T") ? DATE_TIME_FORMAT : DATE_FORMAT } : { value: c };
  }
  if (typeof c === "number") return { value: c, numFmt: NUMBER_FORMATS[field] ?? "0" };
  if (typeof c === "boolean") return { value: c };
  // lists (interview dates among them) are one text cell, as in CSV; words as a Danish reader writes them
  if (Array.isArray(c)) return { value: c.map((v) => displayValue(field, v, { time: true })).join("; ") };
  return { value: displayValue(field, c) };
}

/** Rough display width of a value, for the column width. */
function shownWidth(v: string | number | boolean | Date | null, numFmt?: string): number {
  if (v === null) return 0;
  if (v instanceof Date) return numFmt === DATE_TIME_FORMAT ? 16 : 10;
  if (typeof v === "number") return Math.round(v).toLocaleString("da-DK").length + (numFmt === AMOUNT_FORMAT ? 4 : 0) + (Number.isInteger(v) ? 0 : 3);
  return width(String(v));
}

function summarySheet(sheet: Worksheet, s: Summary): void {
  sheet.columns = [
    { header: L.what, key: "what", width: 34 },
    { header: L.value, key: "value", width: 16 },
    { header: L.count, key: "count", width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const add = (what: string, value: string | number | null, count?: number, numFmt?: string) => {
    const row = sheet.addRow({ what, value, count: count ?? null });
    if (numFmt) row.getCell("value").numFmt = numFmt;
  };
  add(L.vacancies, s.vacancies, undefined, "0");
  add(L.failed, s.failed, undefined, "0");
  add(L.withDeadline, s.withDeadline, undefined, "0");
  add(L.withSalary, s.withSalary, undefined, "0");
  const periodLabel = { year: L.salaryYear, month: L.salaryMonth, unknown: L.salaryUnknown } as const;
  for (const p of s.salary) {
    add(`${periodLabel[p.period]}, ${L.median}`, p.median, p.count, AMOUNT_FORMAT);
    add(`${periodLabel[p.period]}, ${L.min}`, p.min, undefined, AMOUNT_FORMAT);
    add(`${periodLabel[p.period]}, ${L.max}`, p.max, undefined, AMOUNT_FORMAT);
  }
  if (s.annualSalary) {
    add(`${L.annualSalary}, ${L.median}`, s.annualSalary.median, s.annualSalary.count, AMOUNT_FORMAT);
    add(`${L.annualSalary}, ${L.min}`, s.annualSalary.min, undefined, AMOUNT_FORMAT);
    add(`${L.annualSalary}, ${L.max}`, s.annualSalary.max, undefined, AMOUNT_FORMAT);
  }
  const counts = (label: string, list: [string, number][], field?: FieldName) => {
    for (const [value, n] of list) add(`${label}: ${field ? displayValue(field, value) : value}`, null, n);
  };
  counts(L.kind, s.byKind, "kind");
  counts(L.postType, s.byPostType);
  counts(L.region, s.byRegion);
  counts(L.test, s.tests);
  counts(L.consultancy, s.consultancies);
}

export const xlsx: Formatter = async (rows, ctx) => {
  const { Workbook } = exceljs();
  const book = new Workbook();
  book.creator = "jobprofil";
  const sheet = book.addWorksheet(L.rowsSheet, { views: [{ state: "frozen", ySplit: 1 }] });
  const widths = ctx.fields.map((f) => width(f));
  sheet.addRow([...ctx.fields]).font = { bold: true };
  for (const r of rows) {
    const cells = ctx.fields.map((f) => typed(f, r[f]));
    const row = sheet.addRow(cells.map((c) => c.value));
    cells.forEach((c, i) => {
      if (c.numFmt) row.getCell(i + 1).numFmt = c.numFmt;
      widths[i] = Math.max(widths[i], shownWidth(c.value, c.numFmt));
    });
  }
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, w + 2)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ctx.fields.length } };
  summarySheet(book.addWorksheet(L.summarySheet), ctx.summary);
  return new Uint8Array(await book.xlsx.writeBuffer());
};
