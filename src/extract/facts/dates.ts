/**
 * A Danish date parser in the manner of chrono's locales: patterns built from
 * the dictionaries in `vocabulary/dates.ts`, each result keeping its `index`
 * and `text` beside the value, stated parts kept apart from inferred ones.
 * Phone numbers ("4030 7570"), ordinals ("Mellem 1. og 2. samtale"),
 * populations ("48.000 indbyggere"), a year alone ("budget 2011") and year
 * ranges ("2009-2010") are not dates.
 */
import { LETTER } from "../../vocabulary/letters.js";
import { ENGLISH_MONTHS_FIRST } from "../../vocabulary/months.js";
import { execAll } from "./regex.js";
import { FACT_LABELS, vocabularyKey } from "../../vocabulary/headings.js";
import {
  APPROXIMATE_MONTH_PREFIXES,
  APPROXIMATE_PHRASES,
  CLOCK_WORD,
  FRACTION_AFTER,
  MONTH_ALTERNATION,
  MONTHS,
  NOT_DATE_BEFORE,
  NUMERIC_DATE_LEAD,
  RELATIVE_DAY_PHRASES,
  RELATIVE_FOLLOWERS,
  RELATIVE_WEEK_PHRASES,
  SEASON_PREFIXES,
  SEASONS,
  WEEK_WORD,
  WEEKDAY_ALTERNATION,
  WEEKDAYS,
} from "../../vocabulary/dates.js";
import type { DatePrecision } from "../../schemas/record.js";

export interface DanishDate {
  /** Null when the phrase leaves the year out and no reference year was given. */
  year: number | null;
  month: number | null;
  day: number | null;
  hour?: number;
  minute?: number;
  /** "uge 35": an ISO week; month and day stay null, the date is the week's Monday (or the weekday named: "fredag i uge 9"). */
  week?: number;
  /** The weekday the phrase names ("mandag den 14. marts": 1 Monday … 7 Sunday): a witness for a year left out. */
  weekday?: number;
}

export interface ParsedDate {
  index: number;
  text: string;
  date: DanishDate;
  /** True when the year was not written but taken from `refYear`. */
  yearImplied?: boolean;
  /** "primo marts", "snarest muligt", "januar 2024": a phrase, not a day. */
  approximate?: boolean;
  /** "den 31. juni": written as a date, but no such day; the day is left null. */
  invalid?: boolean;
  /** "23.–24. marts": the second of two days written as a span (the first is a date of its own). */
  spanEnd?: boolean;
  /** "dagen efter", "ugen efter": the day or week after the date before it, which the caller resolves; the date is empty. */
  after?: "day" | "week";
}

const SP = String.raw`[ \t\u00a0]`;
/** An English time's half of the day: "11:59 PM", "9.00 a.m.". */
const MERIDIEM = String.raw`(?:${SP}{0,2}(?<meridiem>[AaPp]\.?[Mm]\.?)(?![${LETTER}]))?`;
/**
 * A time right after a date: "kl. 12.00", "kl. 12", "klokken 9.30-10.30" (the
 * start is kept), an English part's "at 12 noon", "at 3 pm", "at 23:59" (after "at" an hour alone is a count: "at 2
 * locations"), or a bare "23:59" or "23.59" (hours and minutes both written: a bare "12" could be anything).
 */
const TIME = String.raw`(?:${SP}{0,3},?${SP}{0,3}(?:(?:${CLOCK_WORD}|at(?=${SP}{1,3}\d{1,2}(?:[.:]\d{2}|${SP}+noon|${SP}{0,2}[AaPp]\.?[Mm]\.?(?![${LETTER}]))))${SP}{0,3}(?<hour>\d{1,2})(?:[.:](?<minute>\d{2}))?(?:${SP}+noon)?|(?<hour2>\d{1,2})[:.](?<minute2>\d{2}))${MERIDIEM}(?![\d:]|[.,]\d))?`;

/**
 * e.g. "tirsdag den 30. maj 2023", "den 12. august 2026", "2. juni", "1.juni",
 * "5. marts 2020 kl. 8.30", "7.-8. juni" (a span: its first day, and a second
 * day of two in a row marked as the span's end), "12. aug.",
 * "torsdag den 11. og fredag den 12. marts", "22 and 23 March 2027" (two days).
 */
export const TEXTUAL_DATE = new RegExp(
  String.raw`(?<![${LETTER}\d.,])(?:(?<weekday>${WEEKDAY_ALTERNATION})(?:dag)?\.?${SP}{1,3})?(?:(?:den|d\.)${SP}{0,3})?` +
    String.raw`(?<day>\d{1,2})\.?${SP}{0,2}(?:(?<joint>-|–|og|and|til)${SP}{0,2}(?:(?<weekday2>${WEEKDAY_ALTERNATION})(?:dag)?\.?${SP}{1,3})?(?:(?:den|d\.)${SP}{0,3})?(?<day2>\d{1,2})\.?${SP}{0,2})?` +
    String.raw`(?<month>${MONTH_ALTERNATION})\.?(?![${LETTER}])(?:${SP}{0,3}(?<year>\d{4})(?![\d]))?` +
    TIME,
  "giu",
);

/**
 * An English text's month before its day: "April 20, 2027", "Tuesday, May 4, 2027", "June 1st, 2027 at 12 noon".
 * The year must be written (a bare "May 4" is left alone) and the month capitalised: "may 4" is a verb and a number.
 */
export const MONTH_FIRST_DATE = new RegExp(
  String.raw`(?<![${LETTER}\d])(?<month>${ENGLISH_MONTHS_FIRST.join("|")})${SP}{1,2}(?<day>\d{1,2})(?:st|nd|rd|th)?,?${SP}{1,2}(?<year>\d{4})(?![\d])` + TIME,
  "gu",
);

/**
 * e.g. "d. 12.01.2025", "12/1 2025", "3/2-2025 kl. 10", "den 12/1", "mandag 4/9",
 * "3.4.27", "Frist: 3/4". A numeric date needs a year, a weekday or
 * "den"/"d." before it, or (written with a slash) a label or date cue before
 * it, so that "12-12-seminar", fractions ("2/3 af") and version numbers stay
 * prose; never preceded by "kl." (a time). A two-digit year needs the same
 * kind of separator as day and month ("3.4.27", not "3.4 27"). A date without its year may close on a stop
 * before its time ("fredag d. 9.4. kl. 12.00").
 */
export const NUMERIC_DATE = new RegExp(
  String.raw`(?<![${LETTER}\d.,/-])(?<!kl\.?${SP}{0,2})(?:(?<weekday>${WEEKDAY_ALTERNATION})\.?${SP}{1,3})?(?:(?<den>den|d\.)${SP}{0,2})?(?<day>\d{1,2})(?<sep>[./-])(?<month>\d{1,2})(?:(?:[./-]|${SP}{1,2})(?<year>\d{4})|[./-](?<year2>\d{2})|\.(?=${SP}{1,3}(?:${CLOCK_WORD})))?(?![\d]|[.,]\d)` +
    TIME,
  "giu",
);

/**
 * e.g. "uge 35", "i løbet af uge 12", "uge 35-36" (a span: its first week),
 * "uge 4 og 5" (two weeks), "uge 35, 2027", "uge 10/2027".
 */
export const WEEK_DATE = new RegExp(
  String.raw`(?<![${LETTER}\d])(?:${WEEK_WORD})${SP}{0,2}(?<week>\d{1,2})(?:${SP}{0,2}(?<wjoint>-|–|og|and|/)${SP}{0,2}(?<week2>\d{1,2}))?(?:${SP}{0,3},?${SP}{0,3}(?:i${SP}{1,2}|/)?(?<wyear>\d{4}))?(?![${LETTER}\d])`,
  "giu",
);

/** e.g. "2023-05-30", "2023-05-30 kl. 12": the ISO form some application systems print. */
export const ISO_DATE = new RegExp(String.raw`(?<![\d.,/-])(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?![\d])` + TIME, "gu");

/** e.g. "kl. 9.00", "kl. 12:00", "klokken 10": a time to attach to the nearest date. */
export const TIME_OF_DAY = new RegExp(
  String.raw`(?<![${LETTER}\d.:])(?:(?:${CLOCK_WORD})${SP}{0,3}(?<hour>\d{1,2})(?:[.:](?<minute>\d{2}))?|(?<hour2>\d{1,2}):(?<minute2>\d{2}))${MERIDIEM}(?![\d:])`,
  "giu",
);

const prefixes = APPROXIMATE_MONTH_PREFIXES.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&").replace(/ /gu, `${SP}{1,3}`)).join("|");
const phrases = APPROXIMATE_PHRASES.map((p) => p.replace(/ /gu, `${SP}{1,3}`)).join("|");
const spaced = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /gu, `${SP}{1,3}`)).join("|");
const seasons = spaced(SEASONS);

/**
 * e.g. "primo marts", "medio august 2024", "snarest muligt", and a month with
 * a year but no day ("januar 2024", the cover's "Juni 2026").
 */
export const APPROXIMATE_DATE = new RegExp(
  String.raw`(?<![${LETTER}\d])(?:(?<prefix>${prefixes})${SP}{1,3}(?<pmonth>${MONTH_ALTERNATION})\.?(?:${SP}{1,3}(?<pyear>\d{4}))?(?![${LETTER}\d])` +
    String.raw`|(?<phrase>${phrases})(?![${LETTER}])` +
    String.raw`|(?<season>(?:(?:${spaced(SEASON_PREFIXES)})${SP}{1,3})?(?:${seasons})(?:${SP}{1,3}(?<syear>\d{4}))?)(?![${LETTER}\d])` +
    String.raw`|(?<month>${MONTH_ALTERNATION})\.?${SP}{1,3}(?<year>\d{4})(?![${LETTER}\d]))`,
  "giu",
);

/** "ugen efter", "dagen derpå", where the sentence or its clause ends, or its next clause begins. */
const RELATIVE_DATE = new RegExp(
  String.raw`(?<![${LETTER}])(?:(?<day>${spaced(RELATIVE_DAY_PHRASES)})|(?<week>${spaced(RELATIVE_WEEK_PHRASES)}))(?=${SP}{0,2}(?:[.,;:)!?–-]|$)|${SP}{1,3}(?:${RELATIVE_FOLLOWERS.join("|")})(?![${LETTER}]))`,
  "giu",
);

const LEAD = new RegExp(NUMERIC_DATE_LEAD, "iu");
const FRACTION = new RegExp(FRACTION_AFTER, "iu");
const NOT_DATE = new RegExp(NOT_DATE_BEFORE, "iu");

export const DATE_PATTERNS = { TEXTUAL_DATE, NUMERIC_DATE, ISO_DATE, WEEK_DATE, TIME_OF_DAY, APPROXIMATE_DATE, LEAD, FRACTION, NOT_DATE };

function validDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Without a year, 29 February must stay possible.
  const days = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
  return day <= days;
}

function weekdayOf(word: string | undefined): Pick<DanishDate, "weekday"> {
  const n = word ? WEEKDAYS[word.toLowerCase()] : undefined;
  return n ? { weekday: n } : {};
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** The Monday of ISO week `week` of `year` (the week holding 4 January is week 1); null when the year has no such week. */
export function isoWeekMonday(year: number, week: number): string | null {
  const day = weekDayNumber(year, week);
  return day === null ? null : new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** 1 Monday … 7 Sunday of a day (days since 1970-01-01, a Thursday). */
export const isoWeekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

/** The ISO week a day (days since 1970-01-01) falls in, and that week's year: the year that holds its Thursday. */
export function isoWeekOf(day: number): { year: number; week: number } {
  const thursday = day - isoWeekday(day) + 4;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  return { year, week: Math.floor((thursday - Date.UTC(year, 0, 1) / 86_400_000) / 7) + 1 };
}

/** Day `weekday` (1 Monday … 7 Sunday) of ISO week `week` of `year` as a day number; null when the year has no such week. */
export function weekDayNumber(year: number, week: number, weekday = 1): number | null {
  const monday = weekMondayNumber(year, week);
  return monday === null ? null : monday + weekday - 1;
}

/** The same Monday as a day number (days since 1970-01-01). */
function weekMondayNumber(year: number, week: number): number | null {
  if (week < 1 || week > 53) return null;
  const jan4 = Date.UTC(year, 0, 4) / 86_400_000;
  const monday1 = jan4 - ((new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7);
  const monday = monday1 + (week - 1) * 7;
  // week 53 exists only when it still holds a Thursday of `year`
  if (week === 53 && new Date((monday + 3) * 86_400_000).getUTCFullYear() !== year) return null;
  return monday;
}

/** How precise a resolved date is: a day, a day and a time, or a week ("fredag i uge 9" is a day). */
export function datePrecision(d: DanishDate): DatePrecision {
  if (d.week !== undefined && d.weekday === undefined) return "week";
  return d.hour === undefined ? "day" : "time";
}

function withTime(date: DanishDate, hour?: string, minute?: string, meridiem?: string): DanishDate | null {
  if (hour === undefined) return date;
  let h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  // "12:00 AM" is midnight, "12:30 PM" half past noon; "15:00 pm" is written on a 24-hour clock already
  if (meridiem !== undefined && h >= 1 && h <= 12) h = (h % 12) + (/^p/iu.test(meridiem) ? 12 : 0);
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

/**
 * The candidates (in text order) that overlap none of `taken` (in text order),
 * merged into it: one sweep, so that a sentence of many dates costs time in
 * proportion to them.
 */
function addDisjoint(taken: ParsedDate[], candidates: ParsedDate[]): ParsedDate[] {
  const kept: ParsedDate[] = [];
  let i = 0;
  let maxEnd = -1;
  for (const c of candidates) {
    const end = c.index + c.text.length;
    for (; i < taken.length && taken[i].index < end; i++) maxEnd = Math.max(maxEnd, taken[i].index + taken[i].text.length);
    // candidates never overlap each other, but for a second day or week nested in the first ("uge 4 og 5")
    if (maxEnd > c.index) continue;
    kept.push(c);
  }
  const merged: ParsedDate[] = [];
  let a = 0;
  let b = 0;
  while (a < taken.length || b < kept.length)
    merged.push(b >= kept.length || (a < taken.length && taken[a].index <= kept[b].index) ? taken[a++] : kept[b++]);
  return merged;
}

/** A week in brackets right after a day's date ("7. april 2027 (uge 14)") says again which week that day falls in. */
function restatesDay(text: string, at: number, end: number, found: ParsedDate[]): boolean {
  // "uge 11 (tirsdag 16/3)": the day after it, in brackets, says which day of the week
  const after = /^\s{0,2}\(\s{0,2}/u.exec(text.slice(end, end + 6));
  if (after && found.some((d) => d.date.day !== null && d.index === end + after[0].length)) return true;
  const open = /\(\s{0,2}$/u.exec(text.slice(Math.max(0, at - 4), at));
  if (!open) return false;
  const bracket = at - open[0].length;
  return found.some((d) => d.date.day !== null && d.index + d.text.length <= bracket && /^\s{0,2}$/u.test(text.slice(d.index + d.text.length, bracket)));
}

/** A row's label stands first: at most a bullet before it. */
const LABEL_LEAD = 4;

/**
 * "Uge 7: Ansøgningsfristen udløber fredag den 19. februar": a week that
 * opens the line as its label, with a day's date after it, is the row of a
 * timetable by weeks, and the day says which day of it.
 */
function labelsDay(text: string, at: number, end: number, found: ParsedDate[]): boolean {
  if (at > LABEL_LEAD || !/^[\s•·*–-]*$/u.test(text.slice(0, at)) || !/^\s*[:–-]/u.test(text.slice(end, end + LABEL_LEAD))) return false;
  return found.some((d) => d.date.day !== null && d.index >= end);
}

/** The few characters before `index`: the lead and version checks look no further. */
const before = (text: string, index: number) => text.slice(Math.max(0, index - 24), index);
/** What stands between two dates of one list: "29/3 og 6/4", "29/3, 6/4". */
const LISTED_AFTER = /^[ \t]{0,2}(?:og|samt|eller|,)[ \t]{1,2}$/u;

/**
 * Every date and date-like phrase in `text`, in order of appearance. A year
 * the phrase leaves out comes from `refYear` (marked `yearImplied`), or stays
 * null for the caller to infer from the document's dated context.
 */
/** Every date phrase holds a digit or an approximate word; most sentences hold neither and skip the patterns. */
const MAY_HOLD_APPROXIMATE = new RegExp(String.raw`(?:${prefixes})${SP}|${phrases}|${seasons}|${spaced([...RELATIVE_DAY_PHRASES, ...RELATIVE_WEEK_PHRASES])}`, "iu");
export const mayHoldDate = (text: string): boolean => /\d/u.test(text) || MAY_HOLD_APPROXIMATE.test(text);

// What each kind of date cannot be without: most sentences with a digit hold none of them (a phone number,
// a count, a year), and one scan for two characters is cheaper than the pattern's search.
/** What follows a date that fills a table's first cell: the cell's end, perhaps after the other end of a span ("24/3–2/4"). */
const CELL_REST = /^[ \t]*(?:[–-][ \t]*\d{1,2}\/\d{1,2}[ \t]*)?\|/u;
const MAY_BE_NUMERIC = /\d[./-]\d/u;
/** What follows the first of two dates that share a year: ". og 30.3.2027", " og 30/3 2027", "–30.3.27". */
const PAIRED_WITH_DATE = /^\.?[ \t\u00a0]{0,2}(?:og|&|samt|–|-)[ \t\u00a0]{0,2}(?:den[ \t\u00a0]{1,2})?\d{1,2}([./])\d{1,2}(?:\1|[ \t\u00a0]{1,2})(\d{4}|\d{2})(?!\d)/u;
const MAY_BE_ISO = /\d-\d/u;
const MAY_BE_WEEK = /uge|week/iu;
/** The weekdays written out ("man" is the pronoun as well). */
const WEEKDAY_WORDS = Object.keys(WEEKDAYS).filter((w) => w.endsWith("dag")).join("|");
/** A weekday in brackets right after a week: "Uge 14 (tirsdag)". */
const WEEKDAY_AFTER_WEEK = new RegExp(String.raw`^${SP}{0,2}\((?<weekday>${WEEKDAY_WORDS})\)`, "iu");
/** "fredag i uge 9", "fredag uge 9": the weekday before a week's word. */
// (no span's end: "mandag-fredag i uge 12" is the week)
const WEEKDAY_BEFORE_WEEK = new RegExp(
  String.raw`(?<![${LETTER}]|[-–/][ \t]?|(?:til|og)${SP})(?<weekday>${WEEKDAY_WORDS})${SP}{1,3}(?:i${SP}{1,3})?$`,
  "iu",
);
const MAY_BE_TIME = /kl|\d[:.]\d/iu;
/** A word every relative phrase holds ("dagen efter", "ugen derpå", "den følgende uge"); test/extract/dates.test.ts holds that it does. */
export const MAY_BE_RELATIVE = /dagen|ugen|følgende/iu;
/** A capitalised English month with a digit after it: the only texts the month-first pattern need read. */
const MAY_BE_MONTH_FIRST = new RegExp(`(?:${ENGLISH_MONTHS_FIRST.join("|")})${SP}{1,2}\\d`, "u");

export function parseDanishDates(text: string, refYear?: number): ParsedDate[] {
  if (!mayHoldDate(text)) return [];
  const imply = (d: DanishDate): Pick<ParsedDate, "date" | "yearImplied"> =>
    d.year === null && refYear !== undefined ? { date: { ...d, year: refYear }, yearImplied: true } : { date: d };

  // "den 12. og 19. september" adds its second day after the first: both stay in text order
  let found: ParsedDate[] = [];
  for (const m of execAll(TEXTUAL_DATE, text)) {
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
    const date = withTime({ year, month, day, ...weekdayOf(g.weekday) }, g.hour ?? g.hour2, g.minute ?? g.minute2, g.meridiem);
    if (!date) continue;
    found.push({ index: m.index, text: phrase(m[0]), ...imply(date) });
    // "den 12. og 19. september": two days, so two dates; "7.-8. juni" is one span, kept by its first day
    const day2 = g.day2 ? Number(g.day2) : null;
    if ((g.joint?.toLowerCase() === "og" || g.joint?.toLowerCase() === "and") && day2 !== null && day2 > day && validDay(year, month, day2)) {
      const at = m.index + m[0].indexOf(g.day2, m[0].indexOf(g.joint) + g.joint.length);
      const second = withTime({ year, month, day: day2, ...weekdayOf(g.weekday2) }, g.hour ?? g.hour2, g.minute ?? g.minute2, g.meridiem);
      if (second) found.push({ index: at, text: text.slice(at, m.index + m[0].length), ...imply(second) });
    } else if ((g.joint === "-" || g.joint === "–") && day2 === day + 1 && validDay(year, month, day2)) {
      // "23.–24. marts": two days in a row, as a round over two days is written; the second is kept apart, marked
      const at = m.index + m[0].indexOf(g.day2, m[0].indexOf(g.joint) + 1);
      const second = withTime({ year, month, day: day2 }, g.hour ?? g.hour2, g.minute ?? g.minute2, g.meridiem);
      if (second) found.push({ index: at, text: text.slice(at, m.index + m[0].length), ...imply(second), spanEnd: true });
    }
  }
  for (const m of MAY_BE_MONTH_FIRST.test(text) ? execAll(MONTH_FIRST_DATE, text) : []) {
    const g = m.groups!;
    const [month, day, year] = [ENGLISH_MONTHS_FIRST.indexOf(g.month) + 1, Number(g.day), Number(g.year)];
    const date = validDay(year, month, day) ? withTime({ year, month, day }, g.hour ?? g.hour2, g.minute ?? g.minute2, g.meridiem) : null;
    if (date) found.push({ index: m.index, text: m[0], date });
  }
  found.sort((a, b) => a.index - b.index);
  const numeric: ParsedDate[] = [];
  for (const m of MAY_BE_NUMERIC.test(text) ? execAll(NUMERIC_DATE, text) : []) {
    const g = m.groups!;
    const month = Number(g.month);
    const day = Number(g.day);
    const y = g.year ?? g.year2;
    const year = y ? fullYear(y) : null;
    // "den 31/4": no such day, kept (as a written one is) so that it is reported rather than silently missing
    const invalid = !validDay(year, month, day);
    if (invalid && (month < 1 || month > 12 || day < 1 || day > 31)) continue;
    const ahead = before(text, m.index);
    if (NOT_DATE.test(ahead)) continue;
    // "Frist: 3/4" is a date, "2/3 af" and "1/2 time" are fractions
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "Frist: 14.3.": a day and month with their full stops, as a short notice writes them
    const labelled = (g.sep === "/" || (g.sep === "." && /^\.(?!\d)/u.test(after))) && LEAD.test(ahead) && !FRACTION.test(after);
    // "17/3 | Første samtale": a day and month alone in a timetable's cell
    const cell = g.sep === "/" && /^[ \t]*$/u.test(ahead) && CELL_REST.test(after);
    // "Samtaler afholdes 23.3. og 30.3.2027": a day and month paired with a whole date written the same way
    const pair = !y && PAIRED_WITH_DATE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    const paired = !!pair && pair[1] === g.sep && (g.sep !== "." || after.startsWith("."));
    // "… henholdsvis 29/3 og 6/4": the next of a list whose first was read as a date
    const last = numeric.at(-1);
    const listed = g.sep === "/" && !!last && last.text.includes("/") && LISTED_AFTER.test(text.slice(last.index + last.text.length, m.index)) && !FRACTION.test(after);
    if (!y && !g.den && !g.weekday && !labelled && !cell && !paired && !listed) continue;
    if (invalid) {
      if (y || g.den || labelled) numeric.push({ index: m.index, text: m[0], date: { year, month, day: null }, invalid: true });
      continue;
    }
    const date = withTime({ year: paired ? fullYear(pair[2]) : year, month, day, ...weekdayOf(g.weekday) }, g.hour ?? g.hour2, g.minute ?? g.minute2, g.meridiem);
    if (date) numeric.push({ index: m.index, text: m[0], ...imply(date) });
  }
  found = addDisjoint(found, numeric);
  const iso: ParsedDate[] = [];
  for (const m of MAY_BE_ISO.test(text) ? execAll(ISO_DATE, text) : []) {
    const g = m.groups!;
    const [year, month, day] = [Number(g.year), Number(g.month), Number(g.day)];
    if (year < 1990 || year > 2100 || !validDay(year, month, day)) continue;
    const date = withTime({ year, month, day }, g.hour ?? g.hour2, g.minute ?? g.minute2, g.meridiem);
    if (date) iso.push({ index: m.index, text: m[0], date });
  }
  found = addDisjoint(found, iso);
  const weeks: ParsedDate[] = [];
  for (const m of MAY_BE_WEEK.test(text) ? execAll(WEEK_DATE, text) : []) {
    const g = m.groups!;
    const year = g.wyear ? Number(g.wyear) : null;
    const week = Number(g.week);
    if (year !== null ? weekMondayNumber(year, week) === null : week < 1 || week > 53) continue;
    // "onsdag den 7. april 2027 (uge 14)", "uge 11 (tirsdag 16/3)": the week restates the day beside it
    if (restatesDay(text, m.index, m.index + m[0].length, found) || labelsDay(text, m.index, m.index + m[0].length, found)) continue;
    const week2 = g.week2 ? Number(g.week2) : null;
    // "senest fredag i uge 9": a day of the week, as exact as a date
    const named = week2 === null ? WEEKDAY_BEFORE_WEEK.exec(text.slice(Math.max(0, m.index - 16), m.index)) : null;
    // and "Uge 14 (tirsdag)": the day in brackets after the week
    const after = week2 === null && !named ? WEEKDAY_AFTER_WEEK.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) : null;
    if (named) weeks.push({ index: m.index - named[0].length, text: named[0] + m[0], ...imply({ year, month: null, day: null, week, ...weekdayOf(named.groups!.weekday) }) });
    else if (after) weeks.push({ index: m.index, text: m[0] + after[0], ...imply({ year, month: null, day: null, week, ...weekdayOf(after.groups!.weekday) }) });
    else weeks.push({ index: m.index, text: m[0], ...imply({ year, month: null, day: null, week }) });
    // "uge 4 og 5": two weeks; "uge 35-36" is one span, kept by its first week
    if ((g.wjoint?.toLowerCase() === "og" || g.wjoint?.toLowerCase() === "and") && week2 !== null && week2 > week && week2 <= 53) {
      const at = m.index + m[0].lastIndexOf(g.week2);
      weeks.push({ index: at, text: text.slice(at, m.index + m[0].length), ...imply({ year, month: null, day: null, week: week2 }) });
    }
  }
  found = addDisjoint(found, weeks);
  attachTimes(text, found);
  const approximate: ParsedDate[] = [];
  for (const m of execAll(APPROXIMATE_DATE, text)) {
    const g = m.groups!;
    let date: DanishDate;
    if (g.pmonth) date = { year: g.pyear ? Number(g.pyear) : null, month: MONTHS[g.pmonth.toLowerCase()] ?? null, day: null };
    else if (g.month) date = { year: Number(g.year), month: MONTHS[g.month.toLowerCase()] ?? null, day: null };
    else if (g.season) date = { year: g.syear ? Number(g.syear) : null, month: null, day: null };
    else date = { year: null, month: null, day: null };
    approximate.push({ index: m.index, text: phrase(m[0]), date, approximate: true });
  }
  found = addDisjoint(found, approximate);
  const relative: ParsedDate[] = [];
  for (const m of MAY_BE_RELATIVE.test(text) ? execAll(RELATIVE_DATE, text) : []) relative.push({ index: m.index, text: m[0], date: { year: null, month: null, day: null }, after: m.groups!.week ? "week" : "day" });
  return relative.length ? addDisjoint(found, relative) : found;
}

/** A timetable row's label between its date's colon and its time: "8. marts 2027: Ansøgningsfrist kl. 12.00". */
const ROW_LABEL_AFTER_DATE = /^:\s(\p{L}[\p{L} -]{2,30}?)\s$/u;

/**
 * "kl. 12.00 den 5. marts" and "den 5. marts, senest kl. 12": a time standing
 * apart joins the date next to it when only a few words lie between. Times
 * and dates are both in text order, so one sweep pairs them.
 */
function attachTimes(text: string, dates: ParsedDate[]): void {
  const GAP = 24;
  /** The most characters between, wide gaps and all, that are looked at: a sentence's words are not. */
  const LAYOUT_GAP = 80;
  // dates[i - 1] is the last date starting before the time
  let i = 0;
  for (const m of MAY_BE_TIME.test(text) ? execAll(TIME_OF_DAY, text) : []) {
    const start = m.index;
    const end = start + m[0].length;
    while (i < dates.length && dates[i].index <= start) i++;
    const prev = dates[i - 1];
    if (prev && start < prev.index + prev.text.length) continue;
    const next = dates[i] && dates[i].index >= end ? dates[i] : undefined;
    // the words between; across a layout's wide gap only the label of the date's own row ("Mandag 3. maj 2027
    // Ansøgningsfrist kl. 12.00"), not another cell's words ("15. marts 2027      Informationsmøde kl. 16.00")
    const gapTo = (d: ParsedDate | undefined, from: number, to: number) => {
      if (!d || d.date.hour !== undefined || d.date.day === null || to - from > LAYOUT_GAP) return Infinity;
      const between = text.slice(from, to);
      // a timetable's row, its label after the date's colon: "8. marts 2027: Ansøgningsfrist kl. 12.00"
      const rowLabel = ROW_LABEL_AFTER_DATE.exec(between);
      if (rowLabel && d === prev && FACT_LABELS.has(vocabularyKey(rowLabel[1]))) return between.length;
      if (/[.;:!?]\s|\d/u.test(between)) return Infinity;
      if (!/\s{3}/u.test(between)) return to - from <= GAP ? to - from : Infinity;
      return FACT_LABELS.has(vocabularyKey(between.trim())) ? between.trim().length + 1 : Infinity;
    };
    const after = gapTo(prev, prev ? prev.index + prev.text.length : 0, start);
    const ahead = gapTo(next, end, next?.index ?? 0);
    if (after === Infinity && ahead === Infinity) continue;
    const target = ahead < after ? next! : prev!;
    const timed = withTime(target.date, m.groups!.hour ?? m.groups!.hour2, m.groups!.minute ?? m.groups!.minute2, m.groups!.meridiem);
    if (timed) target.date = timed;
  }
}

/**
 * "2023-05-30", or "2023-05-30T08:30" when a time is given, or a week's
 * Monday; null when the day or year is unknown.
 */
export function toIsoDate(d: DanishDate): string | null {
  if (d.week !== undefined) {
    if (d.year === null) return null;
    const day = weekDayNumber(d.year, d.week, d.weekday);
    return day === null ? null : new Date(day * 86_400_000).toISOString().slice(0, 10);
  }
  if (d.year === null || d.month === null || d.day === null) return null;
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  const day = `${p(d.year, 4)}-${p(d.month)}-${p(d.day)}`;
  return d.hour === undefined ? day : `${day}T${p(d.hour)}:${p(d.minute ?? 0)}`;
}
