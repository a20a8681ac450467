/** The summary a consultant pastes into a mail or a wiki: header, facts with their sources, then the sections. */
import type { Block, Evidence, ProfileRecord, Section } from "../schemas/record.js";
import { SECTION_LABELS } from "../vocabulary/section-labels.js";

const cell = (s: string) => s.replace(/\|/gu, "\\|").replace(/\s+/gu, " ").trim();

/** A long sentence is cut to the part around what the fact names, so two contacts in one sentence show their own words. */
function excerpt(text: string, focus: string | null): string {
  if (text.length <= 120) return text;
  const at = focus ? text.indexOf(focus) : -1;
  // Cut at spaces, never inside a word.
  const from = at > 40 ? text.indexOf(" ", at - 40) + 1 : 0;
  const end = text.lastIndexOf(" ", from + 117);
  return `${from > 0 ? "…" : ""}${text.slice(from, end > from ? end : from + 117)}…`;
}

function where(e: Evidence | undefined, focus: string | null = null): string {
  if (!e) return "";
  const p = e.position?.start;
  const place = p ? (p.page ? `s. ${p.page}, l. ${p.line}` : `l. ${p.line}`) : "";
  return `“${cell(excerpt(e.text, focus))}”${place ? ` (${place})` : ""}`;
}

function factRows(r: ProfileRecord): string[][] {
  const f = r.facts;
  // A list fact ("tests") is shown in one row; its first element's evidence stands for it.
  const ev = (path: string) => r.evidence.find((e) => e.fact === path) ?? r.evidence.find((e) => e.fact === `${path}[0]`);
  const rows: string[][] = [];
  const add = (label: string, value: string | null, path: string, focus: string | null = null) => {
    if (value) rows.push([label, value, where(ev(path), focus)]);
  };
  add("Ansøgningsfrist", f.applicationDeadline, "applicationDeadline");
  f.interviewDates.forEach((d, i) => add(`Samtale, ${i + 1}. runde`, d, `interviewDates[${i}]`));
  add("Tiltrædelse", f.startDate, "startDate");
  if (f.salary) {
    const amount = f.salary.amount
      ? `${f.salary.amount.toLocaleString("da-DK")}${f.salary.maxAmount ? `–${f.salary.maxAmount.toLocaleString("da-DK")}` : ""} kr.${f.salary.period === "month" ? " pr. måned" : f.salary.period === "year" ? " årligt" : ""}`
      : f.salary.text;
    add("Løn", amount, "salary");
  }
  add("Pension", f.pensionPercent !== null ? `${String(f.pensionPercent).replace(".", ",")} %` : null, "pensionPercent");
  add("Ansættelsesform", f.employmentTerms.join(", ") || null, "employmentTerms");
  f.contacts.forEach((c, i) =>
    add("Kontakt", [c.name, c.role, c.phone && `tlf. ${c.phone}`, c.email].filter(Boolean).join(", "), `contacts[${i}]`, c.name),
  );
  if (f.committee.length) add("Udvalg", f.committee.map((m) => (m.role ? `${m.name} (${m.role})` : m.name)).join("; "), "committee");
  add("Test", f.tests.join(", ") || null, "tests");
  return rows;
}

function blockMd(b: Block): string {
  switch (b.kind) {
    case "paragraph":
      return b.text;
    case "list":
      // Ordered items keep their own number in their text ("2. samtale: …").
      return b.items.map((it) => `- ${it.text}`).join("\n");
    case "table":
      if (b.rows.length === 0) return "";
      return [b.rows[0], b.rows[0].map(() => "---"), ...b.rows.slice(1)].map((r) => `| ${r.map(cell).join(" | ")} |`).join("\n");
  }
}

function sectionMd(s: Section): string {
  const parts = [`## ${s.heading ?? SECTION_LABELS[s.kind]}`];
  if (s.heading && SECTION_LABELS[s.kind] !== s.heading) parts[0] += ` _(${SECTION_LABELS[s.kind]})_`;
  // loops, not push(...): a document-sized array as arguments overflows the stack
  for (const b of s.content) parts.push(blockMd(b));
  for (const sub of s.subsections) {
    parts.push(`### ${sub.heading}`);
    for (const b of sub.content) parts.push(blockMd(b));
  }
  return parts.filter(Boolean).join("\n\n");
}

export function toMarkdown(r: ProfileRecord): string {
  const out: string[] = [`# ${r.title ?? "Stilling uden titel"}`];
  const meta = [r.employer, r.consultancy && `rekruttering: ${r.consultancy}`, r.kind === "advertisement" ? "stillingsopslag" : "job- og personprofil"]
    .filter(Boolean)
    .join(" · ");
  out.push(meta);
  const rows = factRows(r);
  if (rows.length) {
    out.push(["| Fakta | Værdi | Kilde |", "| --- | --- | --- |", ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`)].join("\n"));
  }
  if (r.warnings.length) out.push(r.warnings.map((w) => `> **Advarsel** (${w.code}): ${w.message}`).join("\n>\n"));
  for (const s of r.sections) out.push(sectionMd(s));
  return out.join("\n\n") + "\n";
}
