/**
 * A row's cells as the report's table shows them, as a Danish reader writes
 * them ("30. maj 2023", "1.050.000 kr.", "19,55 %", "åremål"), each with the
 * key the page sorts by (ISO dates and plain numbers sort as they are).
 * Text here is plain: the page escapes it.
 */
import { danishDate, danishPercent } from "../../emit/markdown.js";
import { TERM_LABELS } from "../../vocabulary/section-labels.js";
import type { EmploymentTerm } from "../../schemas/record.js";
import { FIELD_TYPES, type FieldName, type Row } from "../rows.js";
import { SHORT_START_DAYS } from "./charts.js";
import { VALUE_LABELS } from "./labels.js";

export type ColumnType = "number" | "date" | "text";

const MONEY_FIELDS: ReadonlySet<FieldName> = new Set(["salary", "salaryMax", "annualSalary", "annualSalaryMax"]);

export function columnType(f: FieldName): ColumnType {
  const type = FIELD_TYPES[f];
  return type === "number" ? "number" : type === "date" || type === "dates" ? "date" : "text";
}

export interface DisplayCell {
  /** One or more lines of plain text; none for an empty cell. */
  lines: string[];
  /** What the page sorts by; "" sorts last. */
  sort: string;
  /** A tooltip: the whole path of a file shown by its name. */
  title?: string;
  /** Worth a second look: a start under SHORT_START_DAYS after the deadline, or before it. */
  flag?: boolean;
}

export const thousands = (n: number) => n.toLocaleString("da-DK", { maximumFractionDigits: 2 });
// no-break spaces: an amount stays on one line in a narrow column
export const money = (n: number) => `${thousands(n)}\u00a0${VALUE_LABELS.kr}`;

export function statusText(status: Row["status"]): string {
  if (status === "ok") return VALUE_LABELS.ok;
  if (status === "timed out") return VALUE_LABELS.timedOut;
  return `${VALUE_LABELS.failed} ${status.replace(/^failed:\s*/u, "")}`;
}

const termText = (t: string) => TERM_LABELS[t as EmploymentTerm] ?? t;
const baseName = (path: string) => path.split(/[\\/]/u).filter(Boolean).pop() ?? path;

export function displayCell(row: Row, field: FieldName): DisplayCell {
  const value = row[field];
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return { lines: [], sort: "" };
  switch (field) {
    case "file":
      return { lines: [baseName(row.file)], sort: row.file, title: row.file };
    case "status":
      return { lines: [statusText(row.status)], sort: row.status };
    case "kind":
      return { lines: [row.kind === "profile" ? VALUE_LABELS.profile : VALUE_LABELS.advertisement], sort: String(row.kind) };
    case "period":
      return { lines: [row.period === "year" ? VALUE_LABELS.year : VALUE_LABELS.month], sort: String(row.period) };
    case "salaryApprox":
      return { lines: [row.salaryApprox ? VALUE_LABELS.yes : VALUE_LABELS.no], sort: row.salaryApprox ? "1" : "0" };
    case "pension":
      return { lines: [danishPercent(row.pension!)], sort: String(row.pension) };
    case "terms":
      return { lines: [row.terms.map(termText).join(", ")], sort: row.terms.map(termText).join(", ") };
    case "interviews":
      return { lines: row.interviews.map(danishDate), sort: row.interviews[0] };
    case "daysToStart":
      return { lines: [thousands(row.daysToStart!)], sort: String(row.daysToStart), flag: row.daysToStart! < SHORT_START_DAYS };
    case "deadline":
    case "start":
      return { lines: [danishDate(value as string)], sort: value as string };
  }
  if (MONEY_FIELDS.has(field) && typeof value === "number") {
    const approx = row.salaryApprox && (field === "salary" || field === "annualSalary") ? "ca.\u00a0" : "";
    return { lines: [approx + money(value)], sort: String(value) };
  }
  if (typeof value === "number") return { lines: [thousands(value)], sort: String(value) };
  if (Array.isArray(value)) return { lines: [value.join(", ")], sort: value.join(", ") };
  return { lines: [String(value)], sort: String(value) };
}
