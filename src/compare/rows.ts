/**
 * One row per vacancy: the facts an analyst lines up across municipalities.
 * Rows are small and flat, so a batch of thousands of records can be dropped
 * as soon as each row is taken.
 */
import type { ProfileRecord, Section, SectionKind } from "../schemas/record.js";
import { APPROXIMATE_PAY } from "../vocabulary/section-labels.js";
import { KOMMUNE_REGION, REGIONER, type Region } from "../vocabulary/employers.js";
import { NOT_POST_TYPE_HEADS, POST_NOUN_INFLECTIONS, POST_TYPE_HEADS, type PostType } from "../vocabulary/post-types.js";

export type Cell = string | number | boolean | string[] | null;

export const FIELDS = [
  "file",
  "status",
  "employer",
  "kommune",
  "region",
  "postType",
  "title",
  "consultancy",
  "kind",
  "deadline",
  "interviews",
  "rounds",
  "start",
  "daysToStart",
  "salary",
  "salaryMax",
  "period",
  "salaryApprox",
  "annualSalary",
  "annualSalaryMax",
  "pension",
  "terms",
  "tests",
  "contacts",
  "committee",
  "requirements",
  "tasks",
  "sections",
] as const;
export type FieldName = (typeof FIELDS)[number];

/**
 * What kind of value each field holds: filters, sorting, the table's
 * alignment and the workbook's cell types follow from it.
 */
export type FieldType = "path" | "text" | "texts" | "number" | "date" | "dates" | "boolean";
export const FIELD_TYPES: Record<FieldName, FieldType> = {
  file: "path",
  status: "text",
  employer: "text",
  kommune: "text",
  region: "text",
  postType: "text",
  title: "text",
  consultancy: "text",
  kind: "text",
  deadline: "date",
  interviews: "dates",
  rounds: "number",
  start: "date",
  daysToStart: "number",
  salary: "number",
  salaryMax: "number",
  period: "text",
  salaryApprox: "boolean",
  annualSalary: "number",
  annualSalaryMax: "number",
  pension: "number",
  terms: "texts",
  tests: "texts",
  contacts: "number",
  committee: "number",
  requirements: "number",
  tasks: "number",
  sections: "text",
};

/** What became of an input: read, or why not. Every input is a row, so a spreadsheet has every file. */
export type RowStatus = "ok" | "timed out" | `failed: ${string}`;

export interface Row {
  file: string;
  status: RowStatus;
  employer: string | null;
  /** The kommune the employer is, when it is one of the 98 (named as it names itself: "Aarhus Kommune"). */
  kommune: string | null;
  /** The region the employer is or lies in. */
  region: Region | null;
  /** kommunaldirektør, direktør, chef or leder, from the title's post noun; null for any other post. */
  postType: PostType | null;
  title: string | null;
  consultancy: string | null;
  kind: "profile" | "advertisement" | null;
  deadline: string | null;
  interviews: string[];
  /** Interview rounds: the distinct days the record gives interviews on; null when it gives none. */
  rounds: number | null;
  start: string | null;
  daysToStart: number | null;
  salary: number | null;
  salaryMax: number | null;
  period: "year" | "month" | null;
  /** The salary sentence says the amount is approximate ("ca.", "i niveauet", "omkring"). */
  salaryApprox: boolean | null;
  /** salary per year: a monthly amount × 12; null when the period is not stated. */
  annualSalary: number | null;
  annualSalaryMax: number | null;
  pension: number | null;
  terms: string[];
  tests: string[];
  /** How many contacts the document names. */
  contacts: number | null;
  /** How many members of the hiring committee it names. */
  committee: number | null;
  requirements: number | null;
  tasks: number | null;
  sections: string | null;
}

/**
 * What csv, md, json and xlsx write without --fields (table chooses its own
 * columns for the width). status follows file, so that a failed input reads
 * as one (the only new default column: a script reading by header name sees
 * no other change). The newer fields (kommune, region, postType, rounds,
 * annualSalary, …) are there for --fields.
 */
export const DEFAULT_FIELDS: readonly FieldName[] = [
  "file",
  "status",
  "employer",
  "title",
  "consultancy",
  "deadline",
  "interviews",
  "start",
  "daysToStart",
  "salary",
  "period",
  "pension",
  "terms",
  "tests",
  "requirements",
  "tasks",
  "sections",
];

/**
 * The main sections in a fixed order, one letter each, "-" when absent:
 * "JPAV" has them all, "JP--" lacks the process and the terms.
 */
export const MAIN_SECTIONS: readonly (readonly [SectionKind, string])[] = [
  ["jobprofil", "J"],
  ["personprofil", "P"],
  ["ansaettelsesproces", "A"],
  ["vilkaar", "V"],
];

/** List items in every section of a kind, subsections included: tasks in a jobprofil, requirements in a personprofil. */
export function countListItems(sections: readonly Section[], kind: SectionKind): number {
  let n = 0;
  for (const section of sections) {
    if (section.kind !== kind) continue;
    for (const block of [...section.content, ...section.subsections.flatMap((s) => s.content)])
      if (block.kind === "list") n += block.items.length;
  }
  return n;
}

/** Whole days between two ISO dates (a time part is ignored); negative when the start comes first. */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase("da");
const KOMMUNE_BY_FOLDED = new Map([...KOMMUNE_REGION.keys()].map((k) => [fold(k), k]));
const REGION_BY_FOLDED = new Map(REGIONER.map((r) => [fold(r), r]));

/**
 * The kommune and region an employer is: "Aarhus Kommune" lies in Region
 * Midtjylland, "Region Sjælland" is a region and no kommune. A name that
 * goes on ("Aarhus Kommune, Børn og Unge") still counts by its known part.
 */
export function placeOf(employer: string | null): { kommune: string | null; region: Region | null } {
  if (!employer) return { kommune: null, region: null };
  const e = fold(employer);
  for (const [folded, kommune] of KOMMUNE_BY_FOLDED)
    if (e.includes(folded)) return { kommune, region: KOMMUNE_REGION.get(kommune) ?? null };
  for (const [folded, region] of REGION_BY_FOLDED) if (e.includes(folded)) return { kommune: null, region };
  return { kommune: null, region: null };
}

/** The post type of a title's first post noun: "Skolechef for Nord" → chef; "Chefkonsulent" → null. */
export function postTypeOf(title: string | null): PostType | null {
  if (!title) return null;
  for (const word of fold(title).split(/[^\p{L}]+/u)) {
    if (!word || NOT_POST_TYPE_HEADS.some((h) => POST_NOUN_INFLECTIONS.some((i) => word.endsWith(h + i)))) continue;
    for (const [head, type] of POST_TYPE_HEADS)
      for (const inflection of POST_NOUN_INFLECTIONS) if (word.endsWith(head + inflection)) return type;
  }
  return null;
}

/**
 * Interview rounds: distinct days, so a time on the same day ("kl. 9" and
 * "kl. 13") is one round. null when the record gives no interview date: a
 * document that does not say is not a process without interviews.
 */
export function countRounds(interviewDates: readonly string[]): number | null {
  return interviewDates.length ? new Set(interviewDates.map((d) => d.slice(0, 10))).size : null;
}

const perYear = (amount: number | null, period: "year" | "month" | null): number | null =>
  amount === null || period === null ? null : period === "month" ? amount * 12 : amount;

export function toRow(record: ProfileRecord, file = record.source.path ?? "<stdin>"): Row {
  const f = record.facts;
  const kinds = new Set(record.sections.map((s) => s.kind));
  const period = f.salary?.period ?? null;
  return {
    file,
    status: "ok",
    employer: record.employer,
    ...placeOf(record.employer),
    postType: postTypeOf(record.title),
    title: record.title,
    consultancy: record.consultancy,
    kind: record.kind,
    deadline: f.applicationDeadline,
    interviews: f.interviewDates,
    rounds: countRounds(f.interviewDates),
    start: f.startDate,
    daysToStart: f.applicationDeadline && f.startDate ? daysBetween(f.applicationDeadline, f.startDate) : null,
    salary: f.salary?.amount ?? null,
    salaryMax: f.salary?.maxAmount ?? null,
    period,
    // The salary fact keeps its sentence (`text`) but no flag for "ca.": the flag is read from that sentence.
    salaryApprox: f.salary ? APPROXIMATE_PAY.test(f.salary.text) : null,
    annualSalary: perYear(f.salary?.amount ?? null, period),
    annualSalaryMax: perYear(f.salary?.maxAmount ?? null, period),
    pension: f.pensionPercent,
    terms: f.employmentTerms,
    tests: f.tests,
    contacts: f.contacts.length,
    committee: f.committee.length,
    requirements: countListItems(record.sections, "personprofil"),
    tasks: countListItems(record.sections, "jobprofil"),
    sections: MAIN_SECTIONS.map(([kind, letter]) => (kinds.has(kind) ? letter : "-")).join(""),
  };
}

/**
 * The row of an input that gave no record: its file and status, every fact
 * empty. `code` is the batch's failure code ("timeout" for a document that
 * ran out of time).
 */
export function failedRow(file: string, reason: string, code?: string): Row {
  return {
    file,
    status: code === "timeout" ? "timed out" : `failed: ${reason}`,
    employer: null,
    kommune: null,
    region: null,
    postType: null,
    title: null,
    consultancy: null,
    kind: null,
    deadline: null,
    interviews: [],
    rounds: null,
    start: null,
    daysToStart: null,
    salary: null,
    salaryMax: null,
    period: null,
    salaryApprox: null,
    annualSalary: null,
    annualSalaryMax: null,
    pension: null,
    terms: [],
    tests: [],
    contacts: null,
    committee: null,
    requirements: null,
    tasks: null,
    sections: null,
  };
}

/** Names a --sort or --fields value may use. */
export function isField(name: string): name is FieldName {
  return (FIELDS as readonly string[]).includes(name);
}

const isEmpty = (c: Cell) => c === null || (Array.isArray(c) && c.length === 0);

/** Two non-empty cells of one field, ascending. */
function compareCells(x: Cell, y: Cell): number {
  if (typeof x === "number" && typeof y === "number") return x - y;
  if (typeof x === "boolean" && typeof y === "boolean") return Number(x) - Number(y);
  const text = (c: Cell) => (Array.isArray(c) ? c.join(" ") : String(c));
  return text(x).localeCompare(text(y), "da");
}

/**
 * Sort keys, each a field, "-field" for descending: "deadline,-salary" sorts
 * by deadline, and rows with the same deadline by salary, highest first.
 * Empty cells go last whatever the direction; rows equal on every key keep
 * input order (Array.prototype.sort is stable).
 */
export function sortRows(rows: readonly Row[], by: string | readonly string[] | undefined): Row[] {
  const keys = (typeof by === "string" ? by.split(",") : (by ?? []))
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => ({ field: k.replace(/^-/, "") as FieldName, desc: k.startsWith("-") }));
  if (keys.length === 0) return [...rows];
  return [...rows].sort((a, b) => {
    for (const { field, desc } of keys) {
      const x = a[field];
      const y = b[field];
      if (isEmpty(x) || isEmpty(y)) {
        if (isEmpty(x) !== isEmpty(y)) return isEmpty(x) ? 1 : -1;
        continue;
      }
      const c = compareCells(x, y);
      if (c !== 0) return desc ? -c : c;
    }
    return 0;
  });
}
