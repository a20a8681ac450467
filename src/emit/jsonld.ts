/**
 * The record as a schema.org JobPosting, ready for a
 * `<script type="application/ld+json">` on the municipality's job page.
 *
 * Nothing is invented: a property the profile does not state is left out and
 * named in `jobPostingWarnings`, so that the caller (the parse command) can
 * report it on stderr. The JSON itself stays pure schema.org, because Google's
 * and schema.org's validators are what it is pasted into.
 *
 * Google's job-posting guidelines require title, description, datePosted,
 * hiringOrganization and jobLocation (or applicantLocationRequirements for
 * remote work); validThrough, baseSalary and employmentType are recommended.
 */
import type { ContactPoint, JobPosting, MonetaryAmount, Place, WithContext } from "schema-dts";
import type { Block, ProfileRecord, Section, SectionKind } from "../schemas/record.js";

export interface JsonLdWarning {
  code: "jsonld-missing";
  /** The JobPosting property that is missing or partial. */
  property: string;
  message: string;
}

/**
 * Danish employment forms to Google's employmentType values.
 *
 * - åremål is a fixed term (usually 4–6 years): TEMPORARY, and full-time.
 * - kontrakt, overenskomst and tjenestemand are permanent employment as an
 *   employee (not CONTRACTOR, which Google reserves for independent
 *   contractors); the leader posts these profiles describe are full-time
 *   unless the text says part-time (deltid), which overrides.
 */
const EMPLOYMENT_TYPES: Record<string, string[]> = {
  kontrakt: ["FULL_TIME"],
  overenskomst: ["FULL_TIME"],
  tjenestemand: ["FULL_TIME"],
  aaremaal: ["FULL_TIME", "TEMPORARY"],
};
const PART_TIME = /\bdeltid|\bdeltidsstilling/i;

export function toJobPosting(record: ProfileRecord): WithContext<JobPosting> {
  const f = record.facts;
  const posting: WithContext<JobPosting> = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
  };
  if (record.title) posting.title = record.title;
  const description = descriptionHtml(record.sections);
  if (description) posting.description = description;
  if (record.employer) {
    posting.hiringOrganization = { "@type": "Organization", name: record.employer };
    const place: Place = { "@type": "Place", name: record.employer };
    // A Danish municipality or region is in Denmark; the street address is not in the profile.
    if (/\b(kommune|region)\b/i.test(record.employer)) place.address = { "@type": "PostalAddress", addressCountry: "DK" };
    posting.jobLocation = place;
  }
  if (f.applicationDeadline) posting.validThrough = copenhagenDeadline(f.applicationDeadline);
  if (f.startDate) posting.jobStartDate = f.startDate;
  const salary = baseSalary(record);
  if (salary) posting.baseSalary = salary;
  const types = employmentTypes(record);
  if (types.length) posting.employmentType = types;
  const responsibilities = sectionTexts(record.sections, "jobprofil");
  if (responsibilities.length) posting.responsibilities = responsibilities;
  const qualifications = sectionTexts(record.sections, "personprofil");
  if (qualifications.length) posting.qualifications = qualifications;
  const contacts = record.facts.contacts.filter((c) => c.phone || c.email);
  if (contacts.length) {
    const points: ContactPoint[] = contacts.map((c) => {
      const p: ContactPoint = { "@type": "ContactPoint" };
      if (c.name) p.name = c.name;
      if (c.role) p.contactType = c.role;
      if (c.phone) p.telephone = `+45 ${c.phone.replace(/(\d{2})(?=\d)/gu, "$1 ")}`;
      if (c.email) p.email = c.email;
      return p;
    });
    posting.applicationContact = points.length === 1 ? points[0] : points;
  }
  return posting;
}

/** What a validator or job board will miss, phrased for the person who runs the command. */
export function jobPostingWarnings(record: ProfileRecord): JsonLdWarning[] {
  const posting = toJobPosting(record);
  const out: JsonLdWarning[] = [];
  const missing = (property: string, why: string) =>
    out.push({ code: "jsonld-missing", property, message: `JobPosting.${property}: ${why}` });
  if (!posting.title) missing("title", "the profile names no position (required by Google)");
  if (!posting.description) missing("description", "the profile has no text to describe the job (required by Google)");
  // Profiles are documents, not web pages: when they were published is not in them.
  missing("datePosted", "the profile does not say when it was published (required by Google); add it where the page is published");
  if (!posting.hiringOrganization) missing("hiringOrganization", "the profile names no employer (required by Google)");
  if (!posting.jobLocation) missing("jobLocation", "no workplace (required by Google)");
  else missing("jobLocation", "only the employer and country are known; add the street address (Google wants at least the locality)");
  if (!posting.validThrough) missing("validThrough", "no application deadline found");
  const s = record.facts.salary;
  if (!s) missing("baseSalary", "no salary stated");
  else if (s.amount === null) missing("baseSalary", `the salary is stated without an amount ("${s.text}")`);
  else if (s.period === null) missing("baseSalary", "the salary's period (year or month) is not stated; unitText left out");
  if (!posting.employmentType) missing("employmentType", "no employment form (kontrakt, åremål, overenskomst, tjenestemand) stated");
  if (!posting.applicationContact) missing("applicationContact", "no contact with a phone number or e-mail");
  return out;
}

export function toJsonLd(record: ProfileRecord): string {
  return embeddable(JSON.stringify(toJobPosting(record), null, 2)) + "\n";
}

/**
 * JSON that can stand inside `<script type="application/ld+json">`: a
 * document's `</script>` or `<!--` would otherwise end the element or change
 * how the page's parser reads it. `<`, `>` and `&` only ever occur inside
 * JSON strings, where `\u003c` means the same to every JSON reader; U+2028 and
 * U+2029 are escaped as well because older JavaScript parsers end a line there.
 */
export function embeddable(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A deadline as Google reads validThrough: a date and time with its offset.
 * A Danish deadline is Danish time, and a day without a time runs to its end
 * (a bare "2026-04-01" would expire the posting as that day begins).
 */
export function copenhagenDeadline(iso: string): string {
  const [date, time] = iso.split("T");
  const clock = time ? `${time}:00` : "23:59:59";
  const [y, m, d] = date.split("-").map(Number);
  const [h, min] = clock.split(":").map(Number);
  // The offset in force at that hour (CET +01:00, CEST +02:00), taken at the same wall time read as UTC:
  // off by an hour only within the hour the clocks change, where no deadline falls.
  const name = new Intl.DateTimeFormat("en", { timeZone: "Europe/Copenhagen", timeZoneName: "longOffset" })
    .formatToParts(new Date(Date.UTC(y, m - 1, d, h, min)))
    .find((p) => p.type === "timeZoneName")?.value;
  const offset = name?.replace("GMT", "") || "+00:00";
  return `${date}T${clock}${offset}`;
}

function baseSalary(record: ProfileRecord): MonetaryAmount | null {
  const s = record.facts.salary;
  if (!s || s.amount === null) return null;
  const unitText = s.period === "year" ? "YEAR" : s.period === "month" ? "MONTH" : undefined;
  const value =
    s.maxAmount !== null && s.maxAmount !== s.amount
      ? { "@type": "QuantitativeValue" as const, minValue: s.amount, maxValue: s.maxAmount }
      : { "@type": "QuantitativeValue" as const, value: s.amount };
  return { "@type": "MonetaryAmount", currency: "DKK", value: unitText ? { ...value, unitText } : value };
}

function employmentTypes(record: ProfileRecord): string[] {
  const terms = record.facts.employmentTerms;
  if (!terms.length) return [];
  const types = new Set<string>(terms.flatMap((t) => EMPLOYMENT_TYPES[t] ?? []));
  const terms_text = record.sections
    .filter((s) => s.kind === "vilkaar")
    .flatMap(sectionBlocks)
    .map(blockText)
    .join(" ");
  if (PART_TIME.test(terms_text)) {
    types.delete("FULL_TIME");
    types.add("PART_TIME");
  }
  return [...types];
}

const sectionBlocks = (s: Section): Block[] => [...s.content, ...s.subsections.flatMap((sub) => sub.content)];

function blockText(b: Block): string {
  if (b.kind === "paragraph") return b.text;
  if (b.kind === "list") return b.items.map((i) => i.text).join(" ");
  return b.rows.map((r) => r.join(" ")).join(" ");
}

/** Each paragraph, list item and table row of the sections of one kind, in order: schema.org Text, one value each. */
function sectionTexts(sections: Section[], kind: SectionKind): string[] {
  const out: string[] = [];
  for (const s of sections.filter((x) => x.kind === kind)) {
    for (const b of sectionBlocks(s)) {
      if (b.kind === "paragraph") out.push(b.text);
      // loops, not push(...): a list of 125,000 items as arguments overflows the stack
      else if (b.kind === "list") for (const i of b.items) out.push(i.text);
      else for (const r of b.rows) {
        const row = r.filter(Boolean).join(" – ");
        if (row) out.push(row);
      }
    }
  }
  return out;
}

const escapeHtml = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");

/** The whole profile as the simple HTML Google reads in a description (p, ul, li; headings as bold paragraphs). */
function descriptionHtml(sections: Section[]): string {
  const parts: string[] = [];
  const blocks = (bs: Block[]) => {
    for (const b of bs) {
      if (b.kind === "paragraph") parts.push(`<p>${escapeHtml(b.text)}</p>`);
      else if (b.kind === "list")
        parts.push(`<${b.ordered ? "ol" : "ul"}>${b.items.map((i) => `<li>${escapeHtml(i.text)}</li>`).join("")}</${b.ordered ? "ol" : "ul"}>`);
      else parts.push(`<ul>${b.rows.map((r) => `<li>${escapeHtml(r.filter(Boolean).join(" – "))}</li>`).join("")}</ul>`);
    }
  };
  for (const s of sections) {
    if (s.heading) parts.push(`<p><strong>${escapeHtml(s.heading)}</strong></p>`);
    blocks(s.content);
    for (const sub of s.subsections) {
      parts.push(`<p><strong>${escapeHtml(sub.heading)}</strong></p>`);
      blocks(sub.content);
    }
  }
  return parts.join("\n");
}
