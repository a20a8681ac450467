/**
 * A cell as a Danish reader writes it, for `table` and `md`: "åremål" not
 * "aaremaal", "900.000" not "900000", "19,55", "ca." for an approximate
 * salary. Dates stay ISO (they sort and read the same in every language);
 * the table leaves out a time of day, md keeps it as "kl. 12.00".
 */
import { TERM_LABELS } from "../vocabulary/section-labels.js";
import { APPROXIMATE_LABEL, KIND_LABELS, PERIOD_LABELS } from "../vocabulary/compare-labels.js";
import { FIELD_TYPES, type Cell, type FieldName } from "./rows.js";

// Made on first use: the Danish locale's data took 15 ms of every cold start, and a `parse` shows no number this way.
let number: Intl.NumberFormat | null = null;
const formatNumber = (n: number) => (number ??= new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 })).format(n);

/** Labels by field for the fields whose values are machine words. */
const LABELS: Partial<Record<FieldName, Record<string, string>>> = {
  terms: TERM_LABELS,
  kind: KIND_LABELS,
  period: PERIOD_LABELS,
};

/** "2026-08-12T08:30" → "2026-08-12" (time: false) or "2026-08-12 kl. 8.30", the hour as Danish writes it. */
export function displayDate(iso: string, time: boolean): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/u.exec(iso);
  if (!m) return iso;
  return m[2] === undefined || !time ? m[1] : `${m[1]} kl. ${Number(m[2])}.${m[3]}`;
}

/** One value of a field as shown; a list's items one by one. */
export function displayValue(field: FieldName, value: string | number | boolean, options: { time?: boolean } = {}): string {
  const type = FIELD_TYPES[field];
  if (typeof value === "boolean") return value ? APPROXIMATE_LABEL : "";
  if (typeof value === "number") return formatNumber(value);
  if (type === "date" || type === "dates") return displayDate(value, options.time ?? false);
  return LABELS[field]?.[value] ?? value;
}

/** A cell as shown: a list's items joined with ", ", empty as "". */
export function displayCell(field: FieldName, cell: Cell, options: { time?: boolean } = {}): string {
  if (cell === null) return "";
  if (Array.isArray(cell)) return cell.map((v) => displayValue(field, v, options)).join(", ");
  return displayValue(field, cell, options);
}
