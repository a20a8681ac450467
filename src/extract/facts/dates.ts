/**
 * A Danish date parser in the manner of chrono's locales: patterns built from
 * the dictionaries in `vocabulary/dates.ts`, each result keeping its `index`
 * and `text` beside the value, stated parts kept apart from inferred ones.
 * Phone numbers ("4030 7570"), ordinals ("Mellem 1. og 2. samtale"),
 * populations ("48.000 indbyggere"), a year alone ("budget 2011") and year
 * ranges ("2009-2010") are not dates.
 */
import { LETTER } from "../../vocabulary/letters.js";
import {
  APPROXIMATE_MONTH_PREFIXES,
  APPROXIMATE_PHRASES,
  MONTH_ALTERNATION,
  MONTHS,
  WEEKDAY_ALTERNATION,
} from "../../vocabulary/dates.js";

export interface DanishDate {
  /** Null when the phrase leaves the year out and no reference year was given. */
  year: number | null;
  month: number | null;
  day: number | null;
  hour?: number;
  minute?: number;
}

export interface ParsedDate {
  index: number;
  text: string;
  date: DanishDate;
  /** True when the year was not written but taken from `refYear`. */
  yearImplied?: boolean;
  /** "primo marts", "uge 35", "snarest muligt": a phrase, not a day. */
  approximate?: boolean;
  /** "den 31. juni": written as a date, but no such day; the day is left null. */
  invalid?: boolean;
}

const SP = String.raw`[ \t\u00a0]`;
const TIME = String.raw`(?:${SP}{0,3},?${SP}{0,3}(?:kl\.?|klokken)${SP}{0,3}(?<hour>\d{1,2})(?:[.:](?<minute>\d{2}))?(?!\d))?`;

/**
 * e.g. "tirsdag den 30. maj 2023", "den 12. august 2026", "2. juni", "1.juni",
 * "5. marts 2020 kl. 8.30", "7.-8. juni" (a span: its first day), "12. aug.".
 */
export const TEXTUAL_DATE = new RegExp(
  String.raw`(?<![${LETTER}\d.,])(?:(?:${WEEKDAY_ALTERNATION})(?:dag)?\.?${SP}{1,3})?(?:(?:den|d\.)${SP}{0,3})?` +
    String.raw`(?<day>\d{1,2})\.?${SP}{0,2}(?:(?<joint>-|–|og|til)${SP}{0,2}(?<day2>\d{1,2})\.?${SP}{0,2})?` +
    String.raw`(?<month>${MONTH_ALTERNATION})\.?(?![${LETTER}])(?:${SP}{0,3}(?<year>\d{4})(?![\d]))?` +
    TIME,
  "giu",
);

/**
 * e.g. "d. 12.01.2025", "12/1 2025", "3/2-2025 kl. 10", "den 12/1", "mandag 4/9".
 * A numeric date needs a year, or a weekday or "den"/"d." before it, so that
 * "12-12-seminar", fractions and version numbers stay prose; never preceded by
 * "kl." (a time).
 */
export const NUMERIC_DATE = new RegExp(
  String.raw`(?<![${LETTER}\d.,/-])(?<!kl\.?${SP}{0,2})(?:(?<weekday>${WEEKDAY_ALTERNATION})\.?${SP}{1,3})?(?:(?<den>den|d\.)${SP}{0,2})?(?<day>\d{1,2})[./-](?<month>\d{1,2})(?:(?:[./-]|${SP}{1,2})(?<year>\d{4}|\d{2}))?(?![\d]|[.,]\d)` +
    TIME,
  "giu",
);

/** e.g. "2023-05-30", "2023-05-30 kl. 12": the ISO form some application systems print. */
export const ISO_DATE = new RegExp(String.raw`(?<![\d.,/-])(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?![\d])` + TIME, "gu");

/** e.g. "kl. 9.00", "kl. 12:00", "klokken 10": a time to attach to the nearest date. */
export const TIME_OF_DAY = new RegExp(String.raw`(?<![${LETTER}])(?:kl\.?|klokken)${SP}{0,3}(?<hour>\d{1,2})(?:[.:](?<minute>\d{2}))?(?!\d)`, "giu");

const prefixes = APPROXIMATE_MONTH_PREFIXES.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&").replace(/ /gu, `${SP}{1,3}`)).join("|");
const phrases = APPROXIMATE_PHRASES.map((p) => p.replace(/ /gu, `${SP}{1,3}`)).join("|");

/**
 * e.g. "primo marts", "medio august 2024", "uge 35", "snarest muligt", and a
 * month with a year but no day ("januar 2024", the cover's "Juni 2026").
 */
export const APPROXIMATE_DATE = new RegExp(
  String.raw`(?<![${LETTER}\d])(?:(?<prefix>${prefixes})${SP}{1,3}(?<pmonth>${MONTH_ALTERNATION})\.?(?:${SP}{1,3}(?<pyear>\d{4}))?(?![${LETTER}\d])` +
    String.raw`|uge${SP}{0,2}(?<week>\d{1,2})(?:${SP}{0,3}(?:i${SP}{1,2})?(?<wyear>\d{4}))?(?![${LETTER}\d])` +
    String.raw`|(?<phrase>${phrases})(?![${LETTER}])` +
    String.raw`|(?<month>${MONTH_ALTERNATION})\.?${SP}{1,3}(?<year>\d{4})(?![${LETTER}\d]))`,
  "giu",
);

export const DATE_PATTERNS = { TEXTUAL_DATE, NUMERIC_DATE, ISO_DATE, TIME_OF_DAY, APPROXIMATE_DATE };

function validDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Without a year, 29 February must stay possible.
  const days = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
  return day <= days;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

function withTime(date: DanishDate, hour?: string, minute?: string): DanishDate | null {
  if (hour === undefined) return date;
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  if (h > 23 || m > 59) return null;
  return { ...date, hour: h, minute: m };
}

/** "2. juni." ends a sentence; "12. aug." is an abbreviation: only the latter keeps its full stop. */
const MONTH_ABBREVIATIONS = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"]);

function phrase(text: string): string {
  if (!text.endsWith(".")) return text;
  const word = text.slice(0, -1).match(/\p{L}{1,12}$/u)?.[0]?.toLowerCase();
  return word && MONTHS[word] && !MONTH_ABBREVIATIONS.has(word) ? text.slice(0, -1) : text;
}

function overlaps(a: ParsedDate, taken: ParsedDate[]): boolean {
  return taken.some((b) => a.index < b.index + b.text.length && b.index < a.index + a.text.length);
}

/**
 * Every date and date-like phrase in `text`, in order of appearance. A year
 * the phrase leaves out comes from `refYear` (marked `yearImplied`), or stays
 * null for the caller to infer from the document's dated context.
 */
/** Every date phrase holds a digit or an approximate word; most sentences hold neither and skip the patterns. */
const MAY_HOLD_APPROXIMATE = new RegExp(String.raw`(?:${prefixes})${SP}|${phrases}`, "iu");
const mayHoldDate = (text: string) => /\d/u.test(text) || MAY_HOLD_APPROXIMATE.test(text);

export function parseDanishDates(text: string, refYear?: number): ParsedDate[] {
  if (!mayHoldDate(text)) return [];
  const found: ParsedDate[] = [];
  const imply = (d: DanishDate): Pick<ParsedDate, "date" | "yearImplied"> =>
    d.year === null && refYear !== undefined ? { date: { ...d, year: refYear }, yearImplied: true } : { date: d };

  for (const m of text.matchAll(TEXTUAL_DATE)) {
    const g = m.groups!;
    const month = MONTHS[g.month.toLowerCase()];
    const day = Number(g.day);
    const year = g.year ? Number(g.year) : null;
    if (!month) continue;
    if (!validDay(year, month, day)) {
      // kept, so that a deadline of "den 31. juni" is reported rather than silently missing
      if (day >= 1 && day <= 31) found.push({ index: m.index, text: phrase(m[0]), date: { year, month, day: null }, invalid: true });
      continue;
    }
    const date = withTime({ year, month, day }, g.hour, g.minute);
    if (!date) continue;
    found.push({ index: m.index, text: phrase(m[0]), ...imply(date) });
    // "den 12. og 19. september": two days, so two dates; "7.-8. juni" is one span, kept by its first day
    const day2 = g.day2 ? Number(g.day2) : null;
    if (g.joint?.toLowerCase() === "og" && day2 !== null && day2 > day && validDay(year, month, day2)) {
      const at = m.index + m[0].indexOf(g.day2, m[0].indexOf(g.joint) + g.joint.length);
      const second = withTime({ year, month, day: day2 }, g.hour, g.minute);
      if (second) found.push({ index: at, text: text.slice(at, m.index + m[0].length), ...imply(second) });
    }
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const g = m.groups!;
    if (!g.year && !g.den && !g.weekday) continue;
    const month = Number(g.month);
    const day = Number(g.day);
    const year = g.year ? fullYear(g.year) : null;
    if (!validDay(year, month, day)) continue;
    const date = withTime({ year, month, day }, g.hour, g.minute);
    if (!date) continue;
    const candidate = { index: m.index, text: m[0], ...imply(date) };
    if (!overlaps(candidate, found)) found.push(candidate);
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const g = m.groups!;
    const [year, month, day] = [Number(g.year), Number(g.month), Number(g.day)];
    if (year < 1990 || year > 2100 || !validDay(year, month, day)) continue;
    const date = withTime({ year, month, day }, g.hour, g.minute);
    const candidate = date && { index: m.index, text: m[0], date };
    if (candidate && !overlaps(candidate, found)) found.push(candidate);
  }
  attachTimes(text, found);
  for (const m of text.matchAll(APPROXIMATE_DATE)) {
    const g = m.groups!;
    let date: DanishDate;
    if (g.pmonth) date = { year: g.pyear ? Number(g.pyear) : null, month: MONTHS[g.pmonth.toLowerCase()] ?? null, day: null };
    else if (g.week) date = { year: g.wyear ? Number(g.wyear) : null, month: null, day: null };
    else if (g.month) date = { year: Number(g.year), month: MONTHS[g.month.toLowerCase()] ?? null, day: null };
    else date = { year: null, month: null, day: null };
    const candidate: ParsedDate = { index: m.index, text: phrase(m[0]), date, approximate: true };
    if (!overlaps(candidate, found)) found.push(candidate);
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * "kl. 12.00 den 5. marts" and "den 5. marts, senest kl. 12": a time standing
 * apart joins the date next to it when only a few words lie between.
 */
function attachTimes(text: string, dates: ParsedDate[]): void {
  for (const m of text.matchAll(TIME_OF_DAY)) {
    const start = m.index;
    const end = start + m[0].length;
    if (dates.some((d) => start >= d.index && start < d.index + d.text.length)) continue;
    const near = dates
      .filter((d) => d.date.hour === undefined && d.date.day !== null)
      .map((d) => ({ d, gap: d.index >= end ? text.slice(end, d.index) : text.slice(d.index + d.text.length, start) }))
      .filter(({ gap }) => gap.length <= 24 && !/[.;:!?]\s/u.test(gap) && !/\d/u.test(gap))
      .sort((a, b) => a.gap.length - b.gap.length)[0];
    if (!near) continue;
    const timed = withTime(near.d.date, m.groups!.hour, m.groups!.minute);
    if (timed) near.d.date = timed;
  }
}

/** "2023-05-30", or "2023-05-30T08:30" when a time is given; null when the day or year is unknown. */
export function toIsoDate(d: DanishDate): string | null {
  if (d.year === null || d.month === null || d.day === null) return null;
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  const day = `${p(d.year, 4)}-${p(d.month)}-${p(d.day)}`;
  return d.hour === undefined ? day : `${day}T${p(d.hour)}:${p(d.minute ?? 0)}`;
}
