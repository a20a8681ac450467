/**
 * One row per vacancy: the facts an analyst lines up across municipalities.
 * Rows are small and flat, so a batch of thousands of records can be dropped
 * as soon as each row is taken.
 */
import type { ProfileRecord, Section, SectionKind } from "../schemas/record.js";

export type Cell = string | number | string[] | null;

export const FIELDS = [
  "file",
  "employer",
  "title",
  "consultancy",
  "kind",
  "deadline",
  "interviews",
  "start",
  "daysToStart",
  "salary",
  "salaryMax",
  "period",
  "pension",
  "terms",
  "tests",
  "requirements",
  "tasks",
  "sections",
] as const;
export type FieldName = (typeof FIELDS)[number];
export type Row = Record<FieldName, Cell>;

/** salaryMax and kind are there for --fields; the default keeps a terminal-wide table readable. */
export const DEFAULT_FIELDS: readonly FieldName[] = [
  "file",
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

export function toRow(record: ProfileRecord, file = record.source.path ?? "<stdin>"): Row {
  const f = record.facts;
  const kinds = new Set(record.sections.map((s) => s.kind));
  return {
    file,
    employer: record.employer,
    title: record.title,
    consultancy: record.consultancy,
    kind: record.kind,
    deadline: f.applicationDeadline,
    interviews: f.interviewDates,
    start: f.startDate,
    daysToStart: f.applicationDeadline && f.startDate ? daysBetween(f.applicationDeadline, f.startDate) : null,
    salary: f.salary?.amount ?? null,
    salaryMax: f.salary?.maxAmount ?? null,
    period: f.salary?.period ?? null,
    pension: f.pensionPercent,
    terms: f.employmentTerms,
    tests: f.tests,
    requirements: countListItems(record.sections, "personprofil"),
    tasks: countListItems(record.sections, "jobprofil"),
    sections: MAIN_SECTIONS.map(([kind, letter]) => (kinds.has(kind) ? letter : "-")).join(""),
  };
}

/** Names a --sort or --fields value may use. */
export function isField(name: string): name is FieldName {
  return (FIELDS as readonly string[]).includes(name);
}

/**
 * "salary" ascending, "-salary" descending; empty cells last either way;
 * ties keep input order (Array.prototype.sort is stable).
 */
export function sortRows(rows: readonly Row[], by: string | undefined): Row[] {
  if (!by) return [...rows];
  const desc = by.startsWith("-");
  const field = (desc ? by.slice(1) : by) as FieldName;
  const empty = (c: Cell) => c === null || (Array.isArray(c) && c.length === 0);
  return [...rows].sort((a, b) => {
    const x = a[field];
    const y = b[field];
    if (empty(x) || empty(y)) return empty(x) === empty(y) ? 0 : empty(x) ? 1 : -1;
    const c =
      typeof x === "number" && typeof y === "number"
        ? x - y
        : String(Array.isArray(x) ? x.join(" ") : x).localeCompare(String(Array.isArray(y) ? y.join(" ") : y), "da");
    return desc ? -c : c;
  });
}
