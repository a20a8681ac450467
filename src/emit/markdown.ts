/**
 * The summary a consultant pastes into a mail or a wiki: header, facts with
 * their sources, then the sections — in Danish throughout ("2. december 2010
 * kl. 9.00", "åremål", "51 58 48 78"), where JSON and YAML keep the machine
 * forms. Every string taken from the document is escaped (./markdown-escape.ts),
 * so a hostile document cannot put HTML or a `javascript:` link into the page
 * the summary is pasted into.
 */
import { trimTrailing } from "../normalise/words.js";
import { yaml } from "../lazy.js";
import type { Block, Evidence, ProfileRecord, Salary, Section, SectionKind, Warning } from "../schemas/record.js";
import {
  APPROXIMATE_PAY,
  FACT_LABELS as L,
  MONTH_NAMES,
  PENSION_INCLUDED,
  PENSION_ON_TOP,
  SALARY_LABELS,
  SECTION_LABELS,
  TERM_LABELS,
  WARNING_LABELS,
} from "../vocabulary/section-labels.js";
import { escapeCell, escapeHeading, escapeInline, escapeLines } from "./markdown-escape.js";
import { excerptAround, focusOf } from "./excerpt.js";

export interface MarkdownOptions {
  /** The facts table's Kilde column (default true); `--no-sources` leaves it out. */
  sources?: boolean;
  /** Only these section kinds, in document order (`--sections jobprofil,vilkaar`); the facts table stays. */
  sections?: readonly SectionKind[];
  /** A YAML front matter block (title, employer, deadline) for pandoc and static-site generators. */
  frontMatter?: boolean;
}

// ---- values as a Danish reader writes them ----

/** "2010-12-02T09:00" → "2. december 2010 kl. 9.00". */
export function danishDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/u.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, h, mi] = m;
  const day = `${Number(d)}. ${MONTH_NAMES[Number(mo) - 1]} ${y}`;
  return h === undefined ? day : `${day} kl. ${Number(h)}.${mi}`;
}

/** "51584878" → "51 58 48 78" (no-break spaces: a narrow table cell does not split the number); anything else as it is. */
export function danishPhone(phone: string): string {
  return /^\d{8}$/u.test(phone) ? phone.replace(/(\d{2})(?=\d)/gu, "$1\u00a0") : phone;
}

const thousands = (n: number) => n.toLocaleString("da-DK");

/** "ca. 900.000 kr. om året + pension": the amount, the period, and what the sentence says of pension. */
export function danishSalary(s: Salary): string {
  if (s.amount === null) return s.text;
  const parts: string[] = [];
  if (APPROXIMATE_PAY.test(s.text)) parts.push(SALARY_LABELS.approximate);
  parts.push(`${thousands(s.amount)}${s.maxAmount ? `–${thousands(s.maxAmount)}` : ""} ${SALARY_LABELS.kr}`);
  if (s.period) parts.push(SALARY_LABELS[s.period]);
  if (PENSION_ON_TOP.test(s.text)) parts.push(SALARY_LABELS.plusPension);
  else if (PENSION_INCLUDED.test(s.text)) parts.push(SALARY_LABELS.inclPension);
  return parts.join(" ");
}

/** 19.55 → "19,55 %". */
export const danishPercent = (n: number) => `${String(n).replace(".", ",")} %`;

// ---- the facts table ----

interface Row {
  label: string;
  /** Markdown, already escaped. */
  value: string;
  source: string;
}

function where(r: ProfileRecord, e: Evidence | undefined): string {
  if (!e) return "";
  const p = e.position?.start;
  const place = p ? (p.page ? `${L.page} ${p.page}, ${L.line} ${p.line}` : `${L.line} ${p.line}`) : "";
  const quote = excerptAround(e.text.replace(/\s+/gu, " ").trim(), focusOf(r, e));
  return `“${escapeCell(quote)}”${place ? ` (${place})` : ""}`;
}

function factRows(r: ProfileRecord): Row[] {
  const f = r.facts;
  // A list fact ("tests") is shown in one row; its first element's evidence stands for it.
  const ev = (path: string) => r.evidence.find((e) => e.fact === path) ?? r.evidence.find((e) => e.fact === `${path}[0]`);
  const rows: Row[] = [];
  const add = (label: string, value: string | null, path: string) => {
    if (value) rows.push({ label, value, source: where(r, ev(path)) });
  };
  const text = (s: string | null) => (s ? escapeCell(s) : null);
  add(L.deadline, f.applicationDeadline && danishDate(f.applicationDeadline), "applicationDeadline");
  f.interviewDates.forEach((d, i) => add(L.interview(i + 1), danishDate(d), `interviewDates[${i}]`));
  add(L.start, f.startDate && danishDate(f.startDate), "startDate");
  if (f.salary) add(L.salary, text(danishSalary(f.salary)), "salary");
  add(L.pension, f.pensionPercent !== null ? danishPercent(f.pensionPercent) : null, "pensionPercent");
  add(L.terms, f.employmentTerms.map((t) => TERM_LABELS[t]).join(", ") || null, "employmentTerms");
  // a person with two numbers stands twice in the record, a number each (a contact's phone is one): one row here
  f.contacts.forEach((c, i) => {
    if (c.name && f.contacts.findIndex((d) => d.name === c.name) < i) return;
    const same = c.name ? f.contacts.filter((d) => d.name === c.name) : [c];
    const phones = same.flatMap((d) => (d.phone ? [danishPhone(d.phone)] : []));
    const email = same.find((d) => d.email)?.email ?? null;
    add(L.contact, text([c.name, c.role, phones.length ? `${L.phone} ${phones.join(" / ")}` : null, email].filter(Boolean).join(", ")), `contacts[${i}]`);
  });
  if (f.committee.length) add(L.committee, text(f.committee.map((m) => (m.role ? `${m.name} (${m.role})` : m.name)).join("; ")), "committee");
  add(L.tests, text(f.tests.join(", ")), "tests");
  return rows;
}

function factsTable(r: ProfileRecord, sources: boolean): string | null {
  const rows = factRows(r);
  if (!rows.length) return null;
  const head = sources ? [L.fact, L.value, L.source] : [L.fact, L.value];
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map((row) => line(sources ? [row.label, row.value, row.source] : [row.label, row.value]))].join("\n");
}

// ---- warnings and sections ----

function warningMd(w: Warning): string {
  const label = WARNING_LABELS[w.code] ?? L.warning;
  const phrase = typeof w.phrase === "string" ? w.phrase : null;
  // a message quotes its phrase (“primo marts” …): the quote is the document's own words, the rest is English
  const quote = phrase ?? w.text ?? /“([^”]{1,200})”/u.exec(w.message)?.[1] ?? null;
  return `> **${label}**${quote ? `: “${escapeInline(quote.replace(/\s+/gu, " ").trim())}”` : ""}`;
}

function blockMd(b: Block): string {
  switch (b.kind) {
    case "paragraph":
      // A cover's or an address's short lines keep their line breaks (hard breaks).
      return escapeLines(b.text);
    case "list":
      // Ordered items keep their own number in their text ("2. samtale: …").
      return b.items.map((it) => `- ${escapeLines(it.text.replace(/\s+/gu, " "))}`).join("\n");
    case "table":
      if (b.rows.length === 0) return "";
      return [b.rows[0], b.rows[0].map(() => "---"), ...b.rows.slice(1)].map((r) => `| ${r.map(escapeCell).join(" | ")} |`).join("\n");
  }
}

/** A heading as written, without the colon that introduced its text ("Yderligere oplysninger:"). */
const headingText = (h: string) => escapeHeading(trimTrailing(h, " \t:"));

/** The page's menus, breadcrumbs and buttons stay in the record, out of the summary a consultant pastes. */
const isFurniture = (b: Block) => b.kind === "paragraph" && b.furniture === true;

function sectionMd(s: Section): string {
  const content = s.content.filter((b) => !isFurniture(b));
  // a section of nothing but furniture (the menu above a page's title) is left out whole
  if (!content.length && !s.subsections.length && s.content.length) return "";
  const parts = [`## ${s.heading ? headingText(s.heading) : SECTION_LABELS[s.kind]}`];
  // loops, not push(...): a document-sized array as arguments overflows the stack
  for (const b of content) parts.push(blockMd(b));
  for (const sub of s.subsections) {
    parts.push(`### ${sub.heading ? headingText(sub.heading) : ""}`.trimEnd());
    for (const b of sub.content) if (!isFurniture(b)) parts.push(blockMd(b));
  }
  return parts.filter((p) => p && p !== "###").join("\n\n");
}

function frontMatter(r: ProfileRecord): string {
  // The yaml library quotes what needs quoting: a title with a colon or a quote stays one string.
  const data = { title: r.title ?? L.untitled, employer: r.employer, deadline: r.facts.applicationDeadline, lang: "da" };
  return `---\n${yaml().stringify(data, { lineWidth: 0 })}---`;
}

export function toMarkdown(r: ProfileRecord, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  // with front matter the title is there: pandoc and static-site generators print it, and a "# title" would repeat it
  if (options.frontMatter) out.push(frontMatter(r));
  else out.push(`# ${escapeHeading(r.title ?? L.untitled)}`);
  const meta = [r.employer, r.consultancy && `${L.recruiter} ${r.consultancy}`, r.kind === "advertisement" ? L.advertisement : L.profile]
    .filter(Boolean)
    .map((s) => escapeInline(s as string))
    .join(" · ");
  out.push(meta);
  const table = factsTable(r, options.sources ?? true);
  if (table) out.push(table);
  if (r.warnings.length) out.push(r.warnings.map(warningMd).join("\n>\n"));
  const wanted = options.sections;
  for (const s of r.sections) if (!wanted || wanted.includes(s.kind)) out.push(sectionMd(s));
  return out.filter(Boolean).join("\n\n") + "\n";
}
