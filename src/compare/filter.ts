/**
 * `--filter EXPR`: a small expression language over a row's fields. Each
 * expression is one comparison; several must all hold.
 *
 *   field~text    contains text (case and Danish spelling folded: å = aa, æ = ae, ø = oe)
 *   field!~text   does not contain it
 *   field=value   equals (a list field: one of its items does; a date: the same day, or
 *                 month with 2026-08, or year with 2026)
 *   field!=value  does not equal (an empty cell does not equal anything)
 *   field>value   greater, also >=, <, <= (numbers and dates only; an empty cell never holds)
 *   field?        has a value;  !field?  has none
 *
 * Text values match the machine value or the Danish one ("terms=åremål" and
 * "terms=aaremaal" alike); numbers may be written the Danish way ("800.000",
 * "19,55"); dates are ISO ("2026-08-12"); yes/no fields take ja/nej. Values may
 * be quoted. Expressions are parsed once, before any document is read, so a
 * bad one is a usage error that costs nothing.
 */
import { displayValue } from "./display.js";
import { FIELD_TYPES, FIELDS, type Cell, type FieldName, type FieldType, type Row } from "./rows.js";
import { NO_WORDS, YES_WORDS } from "../vocabulary/compare-labels.js";
import { foldDanish } from "../vocabulary/letters.js";

export const FILTER_OPERATORS = ["~", "!~", "=", "!=", ">", ">=", "<", "<="] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export class FilterError extends Error {}

export type Filter = { expression: string; test: (row: Row) => boolean };

export { foldDanish };

/** "800.000" → 800000, "19,55" → 19.55, "-28" → -28; anything else null. */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (/^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(t)) return Number(t.replace(/\./gu, "").replace(",", "."));
  if (/^-?\d+(?:[.,]\d+)?$/u.test(t)) return Number(t.replace(",", "."));
  return null;
}

/** A year, a month, a day or a minute, ISO: "2026", "2026-08", "2026-08-12", "2026-08-12T12:00". */
const DATE_VALUE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d)?)?)?$/u;

/** Both run on the trimmed expression; the value is trimmed after. */
const COMPARISON = /^([A-Za-z]+) *(!~|!=|>=|<=|~|=|>|<)(.*)$/su;
const PRESENCE = /^(!?) *([A-Za-z]+) *\?$/u;

const FIELD_BY_LOWER = new Map(FIELDS.map((f) => [f.toLowerCase(), f]));

function fieldNamed(name: string, expression: string): FieldName {
  const field = FIELD_BY_LOWER.get(name.toLowerCase());
  if (!field) throw new FilterError(`unknown field "${name}" in filter "${expression}"; the fields are ${FIELDS.join(", ")}`);
  return field;
}

const ORDERED: ReadonlySet<FieldType> = new Set(["number", "date", "dates"]);
const TEXTUAL: ReadonlySet<FieldType> = new Set(["path", "text", "texts", "date", "dates"]);

const isEmpty = (c: Cell) => c === null || (Array.isArray(c) && c.length === 0);
const items = (c: Cell): (string | number | boolean)[] => (c === null ? [] : Array.isArray(c) ? c : [c]);
const unquote = (v: string) => (/^(["']).*\1$/su.test(v) && v.length >= 2 ? v.slice(1, -1) : v);

// Not localeCompare: a collation may skip the "-" and ":" of an ISO date.
const compareAscii = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One item against one value, for the field's type; `compare` gets (item − value)'s sign. */
function itemTest(field: FieldName, op: FilterOperator, raw: string, expression: string): (item: string | number | boolean) => boolean {
  const type = FIELD_TYPES[field];
  const sign = (c: number): boolean =>
    op === "=" ? c === 0 : op === ">" ? c > 0 : op === ">=" ? c >= 0 : op === "<" ? c < 0 : c <= 0;

  if (op === "~") {
    const needle = foldDanish(raw);
    return (item) => foldDanish(String(item)).includes(needle) || foldDanish(displayValue(field, item, { time: true })).includes(needle);
  }
  if (type === "number") {
    const n = parseNumber(raw);
    if (n === null) throw new FilterError(`"${raw}" is not a number in filter "${expression}" (${field} is a number: 800000, 800.000 or 19,55)`);
    return (item) => typeof item === "number" && sign(item - n);
  }
  if (type === "date" || type === "dates") {
    if (!DATE_VALUE.test(raw)) throw new FilterError(`"${raw}" is not a date in filter "${expression}" (${field} is a date: 2026-08-12, 2026-08 or 2026)`);
    // The cell cut to the value's precision: "2026-08-12T12:00" is on 2026-08-12, in 2026-08, in 2026.
    return (item) => typeof item === "string" && sign(compareAscii(item.slice(0, raw.length), raw));
  }
  if (type === "boolean") {
    const v = raw.toLowerCase();
    const want = YES_WORDS.includes(v) ? true : NO_WORDS.includes(v) ? false : null;
    if (want === null) throw new FilterError(`"${raw}" is not yes or no in filter "${expression}" (${field} takes ${YES_WORDS[0]} or ${NO_WORDS[0]})`);
    return (item) => item === want;
  }
  const value = foldDanish(raw);
  return (item) => foldDanish(String(item)) === value || foldDanish(displayValue(field, item)) === value;
}

/** One expression, checked against the fields and their types; throws FilterError with a one-line reason. */
export function parseFilter(expression: string): Filter {
  const trimmed = expression.trim();
  const presence = PRESENCE.exec(trimmed);
  if (presence) {
    const field = fieldNamed(presence[2], expression);
    const absent = presence[1] === "!";
    return { expression, test: (row) => isEmpty(row[field]) === absent };
  }
  const m = COMPARISON.exec(trimmed);
  if (!m)
    throw new FilterError(
      `cannot read filter "${expression}": write field, operator, value (operators ${FILTER_OPERATORS.join(" ")}), or field? / !field?`,
    );
  const field = fieldNamed(m[1], expression);
  const op = m[2] as FilterOperator;
  const raw = unquote(m[3].trim());
  const type = FIELD_TYPES[field];
  if (raw === "") throw new FilterError(`filter "${expression}" has no value after ${op} (for an empty ${field}, write !${field}?)`);
  if ((op === "~" || op === "!~") && !TEXTUAL.has(type))
    throw new FilterError(`${op} searches text, and ${field} is a ${type === "boolean" ? "yes/no value" : type}: use = != > >= < <= in "${expression}"`);
  if ([">", ">=", "<", "<="].includes(op) && !ORDERED.has(type))
    throw new FilterError(`${op} compares numbers and dates, and ${field} is text: use ~ = != in "${expression}"`);

  const negated = op === "!~" || op === "!=";
  const test = itemTest(field, negated ? (op === "!~" ? "~" : "=") : op, raw, expression);
  return { expression, test: (row) => items(row[field]).some(test) !== negated };
}

/** Rows for which every filter holds, in their order. */
export function filterRows(rows: readonly Row[], filters: readonly Filter[]): Row[] {
  return filters.length === 0 ? [...rows] : rows.filter((r) => filters.every((f) => f.test(r)));
}
