/**
 * Warnings about the dates: a phrase in a fact's place that names no day, and
 * dates that contradict each other. Codes are the `check` rule ids of
 * CONTRACT.md ("unparsed-date", "date-order"); wording lives here, apart.
 * Messages are English, like the command line and `check` (one language a
 * run); the Markdown summary words its notes in Danish from the codes.
 */
import type { Warning } from "../../schemas/record.js";
import type { DateFacts, DateMention } from "./date-roles.js";

const ROLE_LABEL: Record<string, string> = {
  deadline: "the application deadline",
  interview: "the interviews",
  start: "the start date",
};

/**
 * `phrase` is the date-like phrase itself, `text` its sentence, `role` what
 * the date was for and `section` where it stands: the check command's
 * unparsed-date and missing-deadline rules read them. An impossible day
 * ("den 31. juni") or a date with no year to be had is "unparsed-date". A
 * vague phrase the document states on purpose ("Tiltrædelse primo marts",
 * "i foråret 2027", "gerne inden sommerferien") is no date either, but no
 * defect: an "approximate-date", which the rule counts only when configured
 * (readers of CONTRACT's rule, asked blind, call it no finding). A deadline
 * must be a day, so a vague deadline stays "unparsed-date". A week is a date
 * (of week precision) and needs no warning. The rule leaves out phrases that
 * name no time at all ("snarest muligt").
 */
export function unresolvedWarnings(unresolved: DateMention[]): Warning[] {
  return unresolved.map((m) => ({
    code: m.parsed.approximate && !m.parsed.invalid && m.role !== "deadline" ? "approximate-date" : "unparsed-date",
    message: m.parsed.invalid
      ? `“${m.parsed.text}” is not a valid date (${ROLE_LABEL[m.role ?? ""] ?? "the process"})`
      : m.parsed.approximate
        ? `“${m.parsed.text}” names no day for ${ROLE_LABEL[m.role ?? ""] ?? "the process"}`
        : `“${m.parsed.text}” gives no year, and the document has none to go by (${ROLE_LABEL[m.role ?? ""] ?? "the process"})`,
    position: m.unit.position,
    text: m.sentence,
    phrase: m.parsed.text,
    role: m.role,
    section: m.unit.section,
  }));
}

const day = (m: DateMention) => m.iso!.slice(0, 10);
/** The last day a date covers: a week ("uge 33") is before a day only when all of it is. */
const last = (m: DateMention) => m.last ?? day(m);
/** `a` lies wholly before `b`. */
const before = (a: DateMention, b: DateMention) => last(a) < day(b);

export function dateOrderWarnings(d: DateFacts): Warning[] {
  const out: Warning[] = [];
  const warn = (message: string, m: DateMention) =>
    out.push({ code: "date-order", message, position: m.unit.position, text: m.sentence });
  if (d.deadline && d.start && before(d.start, d.deadline))
    warn(`the start date (${day(d.start)}) is before the application deadline (${day(d.deadline)})`, d.start);
  if (d.deadline)
    for (const m of d.interviews)
      if (before(m, d.deadline)) warn(`an interview (${day(m)}) is before the application deadline (${day(d.deadline)})`, m);
  d.interviews.forEach((m, i) => {
    const prev = d.interviews[i - 1];
    if (prev && before(m, prev)) warn(`interview round ${i + 1} (${day(m)}) is before round ${i} (${day(prev)})`, m);
  });
  if (d.start)
    for (const m of d.interviews)
      if (before(d.start, m) && !(d.deadline && before(d.start, d.deadline)))
        warn(`the start date (${day(d.start)}) is before an interview (${day(m)})`, d.start);
  return out;
}
