/**
 * The Kilde column's quote: the sentence a fact came from, cut to a window
 * around the phrase that gave the value ("den 5. marts 2020 kl. 8.30",
 * "Lisbeth Binderup på tlf. 2049 5140"), so a long sentence never loses the
 * very words that prove the value. Ellipses mark the cut ends only.
 */
import { trimTrailing } from "../normalise/words.js";
import { parseDanishDates, toIsoDate } from "../extract/facts/dates.js";
import type { Evidence, ProfileRecord } from "../schemas/record.js";
import { EMPLOYMENT_TERM_WORDS } from "../vocabulary/terms.js";

export interface Span {
  start: number;
  end: number;
}

/** The longest quote; a sentence this short is shown whole. */
export const EXCERPT_MAX = 140;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** "40348304" as written in any grouping: "4034 8304", "40 34 83 04", "+45 40348304". */
const digitsPattern = (digits: string, sep = String.raw`[\s.\u00a0]?`) => new RegExp(digits.split("").map(escapeRe).join(sep), "u");

function find(text: string, pattern: RegExp | string): Span | null {
  if (typeof pattern === "string") {
    const at = text.indexOf(pattern);
    return at < 0 ? null : { start: at, end: at + pattern.length };
  }
  const m = pattern.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** The smallest span holding every part found. */
function cover(spans: (Span | null)[]): Span | null {
  const found = spans.filter((s): s is Span => s !== null);
  if (!found.length) return null;
  return { start: Math.min(...found.map((s) => s.start)), end: Math.max(...found.map((s) => s.end)) };
}

/** The date phrase in `text` that gives `iso` (the year may be left out: "den 7. juni"). */
function dateSpan(text: string, iso: string): Span | null {
  const year = Number(iso.slice(0, 4));
  for (const d of parseDanishDates(text, year)) {
    const got = toIsoDate(d.date);
    if (got && got.slice(0, 10) === iso.slice(0, 10)) return { start: d.index, end: d.index + d.text.length };
  }
  return null;
}

/** "900.000", "900 000", "900000", "1,3 mio.": the amount as the sentence may write it. */
function amountSpan(text: string, amount: number): Span | null {
  const plain = String(amount);
  // "900000" in groups of three from the right: "900", "000"
  const groups: string[] = [];
  for (let end = plain.length; end > 0; end -= 3) groups.unshift(plain.slice(Math.max(0, end - 3), end));
  const grouped = groups.join(String.raw`[.\s\u00a0]?`);
  const m = find(text, new RegExp(`(?<!\\d)${grouped}(?!\\d)`, "u"));
  if (m) return m;
  const millions = amount / 1_000_000;
  return find(text, new RegExp(`${String(millions).replace(".", "[.,]")}\\s{0,2}(?:mio|mill)`, "iu"));
}

/** Where the value of the evidence's fact stands in its sentence, or null when it cannot be found. */
export function focusOf(r: ProfileRecord, e: Evidence): Span | null {
  const text = e.text;
  const f = r.facts;
  const index = Number(/\[(\d+)\]/u.exec(e.fact)?.[1] ?? 0);
  const path = e.fact.replace(/\[\d+\].*$/u, "");
  switch (path) {
    case "applicationDeadline":
      return f.applicationDeadline ? dateSpan(text, f.applicationDeadline) : null;
    case "startDate":
      return f.startDate ? dateSpan(text, f.startDate) : null;
    case "interviewDates":
      return f.interviewDates[index] ? dateSpan(text, f.interviewDates[index]) : null;
    case "salary":
      return f.salary?.amount ? amountSpan(text, f.salary.amount) : null;
    case "pensionPercent":
      return f.pensionPercent !== null ? find(text, new RegExp(`${escapeRe(String(f.pensionPercent)).replace("\\.", "[.,]")}\\s?(?:%|procent)?`, "u")) : null;
    case "employmentTerms": {
      const term = f.employmentTerms[index];
      const pattern = EMPLOYMENT_TERM_WORDS.find((t) => t.term === term)?.pattern;
      return pattern ? find(text, new RegExp(pattern.source, pattern.flags.replace("g", ""))) : null;
    }
    case "contacts": {
      const c = f.contacts[index];
      if (!c) return null;
      return cover([c.name ? find(text, c.name) : null, c.phone ? find(text, digitsPattern(c.phone)) : null, c.email ? find(text, c.email) : null]);
    }
    case "committee":
      return f.committee[index] ? find(text, f.committee[index].name) : null;
    case "tests":
      return f.tests[index] ? find(text, f.tests[index]) : null;
    default:
      return null;
  }
}

/**
 * A window of at most `max` characters around `focus`, cut at spaces, with
 * "…" where text was left out. A focus longer than the window is shown whole.
 */
export function excerptAround(text: string, focus: Span | null, max = EXCERPT_MAX): string {
  if (text.length <= max) return text;
  const f = focus ?? { start: 0, end: 0 };
  const room = Math.max(0, max - (f.end - f.start));
  // centre the focus, then shift the window to use what one side cannot
  let from = Math.max(0, f.start - Math.floor(room / 2));
  let to = Math.min(text.length, f.end + (room - (f.start - from)));
  from = Math.max(0, Math.min(from, to - max, f.start));
  to = Math.max(to, f.end);
  // never inside a word: move the cuts outward to the focus side of a space
  if (from > 0) {
    const space = text.indexOf(" ", from);
    from = space >= 0 && space < f.start ? space + 1 : f.start;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    to = space > f.end ? space : f.end;
  }
  // a full stop left alone after the cut belongs to the quote
  if (/^[\s.!?)"”]*$/u.test(text.slice(to))) to = text.length;
  const cut = text.slice(from, to).trim();
  // its trailing marks go, unless it is nothing else
  const body = trimTrailing(cut, " \t\n\u00a0,;:–-") || cut;
  return `${from > 0 ? "…" : ""}${body}${to < text.length ? "…" : ""}`;
}
