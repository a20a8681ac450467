/**
 * The record that `jobprofil parse` writes: the single source of truth for its
 * shape, its TypeScript types and its JSON Schema (`jobprofil schema`,
 * `schemas/record.schema.json`). Field names the contract names are fixed;
 * values the document does not state are `null`, never missing and never "".
 */
import { z } from "zod";

export const SECTION_KINDS = [
  "indledning",
  "jobprofil",
  "personprofil",
  "ansaettelsesproces",
  "vilkaar",
  "yderligere",
  "bilag",
  "andet",
] as const;
export const SectionKind = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof SectionKind>;

export const SOURCE_FORMATS = ["pdf", "text", "markdown", "html", "docx"] as const;
export const SourceFormat = z.enum(SOURCE_FORMATS);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** A place in the source: 1-based line of the extracted text, 1-based page (null when the format has none). */
export const Point = z.object({
  line: z.number().int().min(1),
  page: z.number().int().min(1).nullable(),
});
export type Point = z.infer<typeof Point>;

export const Position = z.object({ start: Point, end: Point });
export type Position = z.infer<typeof Position>;

// Content nodes carry their type in `kind` and nothing else as a string but
// the document's own words, so that every string below a section is text the
// document contains, in document order.
export const Paragraph = z.object({
  kind: z.literal("paragraph"),
  text: z.string().min(1),
  position: Position,
  /** A line of the page around the posting (a menu, a breadcrumb, a share button): kept, but no part of the job text. */
  furniture: z.literal(true).optional(),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const ListItem = z.object({
  text: z.string().min(1),
  position: Position,
});
export type ListItem = z.infer<typeof ListItem>;

export const List = z.object({
  kind: z.literal("list"),
  ordered: z.boolean(),
  items: z.array(ListItem).min(1),
  position: Position,
});
export type List = z.infer<typeof List>;

export const Table = z.object({
  kind: z.literal("table"),
  rows: z.array(z.array(z.string())),
  position: Position,
});
export type Table = z.infer<typeof Table>;

export const Block = z.discriminatedUnion("kind", [Paragraph, List, Table]);
export type Block = z.infer<typeof Block>;

export const Subsection = z.object({
  heading: z.string().min(1),
  position: Position,
  content: z.array(Block),
});
export type Subsection = z.infer<typeof Subsection>;

export const Section = z.object({
  kind: SectionKind,
  /** The heading as written, or null for text before the first heading. */
  heading: z.string().min(1).nullable(),
  position: Position,
  content: z.array(Block),
  subsections: z.array(Subsection),
});
export type Section = z.infer<typeof Section>;

export const DateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, "YYYY-MM-DD or YYYY-MM-DDTHH:MM");

/**
 * How precise a date fact is: "day" (YYYY-MM-DD), "time" (YYYY-MM-DDTHH:MM),
 * "week" (the Monday of the ISO week the document names: "samtaler i uge 35"),
 * "month" (a start given by its month alone, "Tiltrædelse: juni 2027": the
 * month's first day). The contract allows only a date string in the facts, so
 * the precision is said on the fact's evidence.
 */
export const DATE_PRECISIONS = ["day", "time", "week", "month"] as const;
export const DatePrecision = z.enum(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const Salary = z.object({
  amount: z.number().positive().nullable(),
  /** Upper end when the document states a range ("750.000–800.000 kr."). */
  maxAmount: z.number().positive().nullable(),
  period: z.enum(["year", "month"]).nullable(),
  currency: z.literal("DKK"),
  text: z.string().min(1),
});
export type Salary = z.infer<typeof Salary>;

export const EMPLOYMENT_TERMS = ["kontrakt", "aaremaal", "overenskomst", "tjenestemand"] as const;
export const EmploymentTerm = z.enum(EMPLOYMENT_TERMS);
export type EmploymentTerm = z.infer<typeof EmploymentTerm>;

export const Contact = z.object({
  name: z.string().min(1).nullable(),
  role: z.string().min(1).nullable(),
  phone: z.string().regex(/^\d{8}$/, "8 digits").nullable(),
  email: z.string().min(3).nullable(),
});
export type Contact = z.infer<typeof Contact>;

export const CommitteeMember = z.object({
  name: z.string().min(1),
  role: z.string().min(1).nullable(),
});
export type CommitteeMember = z.infer<typeof CommitteeMember>;

export const Facts = z.object({
  applicationDeadline: DateString.nullable(),
  interviewDates: z.array(DateString),
  startDate: DateString.nullable(),
  salary: Salary.nullable(),
  pensionPercent: z.number().min(0).max(100).nullable(),
  employmentTerms: z.array(EmploymentTerm),
  contacts: z.array(Contact),
  committee: z.array(CommitteeMember),
  tests: z.array(z.string().min(1)),
});
export type Facts = z.infer<typeof Facts>;

/** Where a fact came from: the phrase as written and its place. */
export const Evidence = z.object({
  /** The fact it supports, as a path into `facts`: "applicationDeadline", "interviewDates[1]", "contacts[0].phone". */
  fact: z.string().min(1),
  text: z.string().min(1),
  section: SectionKind.nullable(),
  position: Position.nullable(),
  /** Date facts only (applicationDeadline, interviewDates[i], startDate): how precise the date is. */
  precision: DatePrecision.optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Warning = z
  .object({
    code: z.string().min(1),
    message: z.string().min(1),
    position: Position.nullable().optional(),
    text: z.string().optional(),
  })
  .loose();
export type Warning = z.infer<typeof Warning>;

export const DROP_REASONS = [
  "running-header",
  "running-footer",
  "page-number",
  "repeated-link",
  "page-break-debris",
  "separator",
  "page-furniture",
  "front-matter",
  "markup",
] as const;
export const DropReason = z.enum(DROP_REASONS);
export type DropReason = z.infer<typeof DropReason>;

/** A source line that is no content (a running header, a page number): kept here with its reason, so nothing is lost silently. */
export const Dropped = z.object({
  text: z.string(),
  reason: DropReason,
  position: Position,
});
export type Dropped = z.infer<typeof Dropped>;

export const Source = z.object({
  path: z.string().nullable(),
  format: SourceFormat,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z.number().int().min(1).nullable(),
});
export type Source = z.infer<typeof Source>;

export const ProfileRecord = z.object({
  schemaVersion: z.literal("1"),
  source: Source,
  kind: z.enum(["profile", "advertisement"]),
  title: z.string().min(1).nullable(),
  employer: z.string().min(1).nullable(),
  consultancy: z.string().min(1).nullable(),
  sections: z.array(Section),
  facts: Facts,
  evidence: z.array(Evidence),
  warnings: z.array(Warning),
  dropped: z.array(Dropped),
});
export type ProfileRecord = z.infer<typeof ProfileRecord>;

export function emptyFacts(): Facts {
  return {
    applicationDeadline: null,
    interviewDates: [],
    startDate: null,
    salary: null,
    pensionPercent: null,
    employmentTerms: [],
    contacts: [],
    committee: [],
    tests: [],
  };
}

export function recordJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://jobprofil.dev/schemas/record.schema.json",
    title: "jobprofil record",
    ...(z.toJSONSchema(ProfileRecord, { target: "draft-2020-12" }) as Record<string, unknown>),
  };
}
