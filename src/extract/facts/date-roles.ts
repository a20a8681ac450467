/**
 * Which date is the deadline, which are the interview rounds, which is the
 * start: the role of a date is read from the cue nearest before it in its
 * sentence ("Ansøgningsfristen er …", "Første samtalerunde afvikles …",
 * "Forventet tiltrædelse …"), else the nearest after it, else the unit's
 * heading, a label line right above ("Ansøgningsfrist" | "14. marts 2027") or
 * a table's column head. Dated events that are none of these (a committee
 * meeting, a test day, the council's approval, the cover date) get the role
 * "other" or none. Each sentence is read in one pass: its cues, rounds and
 * dates are all in text order, so pointers walk them once however many dates
 * it holds.
 */
import type { DatePrecision, SectionKind } from "../../schemas/record.js";
import type { TextUnit } from "../../segment/units.js";
import { latin } from "../../vocabulary/letters.js";
import { AMENDED_DEADLINE, CLAUSE_OPENING, ROUND_WITH, MOVED_ROUNDS, RELATIVE_PRONOUNS, DATE_CUES, DAY_OF_ROUND, PAST_CUES, PAST_PARTICIPLES, RELATIVE_NOT_A_STEP, ROUND_MENTION, ROUND_MENTION_AFTER, ROUND_ORDINALS, ROUND_OVER_DAYS, ROUND_PAIR_MENTION, MONTH_ALTERNATION, WEEK_WORD, WEEKDAY_ALTERNATION, wordPattern, type DateRole } from "../../vocabulary/dates.js";
import { datePrecision, isoWeekday, isoWeekOf, mayHoldDate, parseDanishDates, toIsoDate, weekDayNumber, type DanishDate, type ParsedDate } from "./dates.js";
import { hits, matchesOf } from "./regex.js";
import { splitSentences } from "../../normalise/sentences.js";
import { FACT_LABELS, vocabularyKey } from "../../vocabulary/headings.js";

export interface DateMention {
  parsed: ParsedDate;
  /** The resolved date, year inferred from context when left out; null for approximate phrases. */
  iso: string | null;
  /** The last day the date covers ("uge 35" runs Monday to Sunday), YYYY-MM-DD; null when unresolved. */
  last: string | null;
  precision: DatePrecision | null;
  role: DateRole | null;
  /** The role was named only by a weak cue ("senest"): a labelled date ("Frist:") wins over it. */
  weak: boolean;
  /** The interview round the phrase names (1 = first), when it names one. */
  round: number | null;
  /** Told of as past ("Siden 1. marts 2027 har …"): the document is not older than it. */
  past: boolean;
  /** In a clause told of as past ("var første gang opslået med frist den 7. februar"): a fact superseded, whatever its role. */
  toldAsPast: boolean;
  sentence: string;
  unit: TextUnit;
  /** Document order. */
  order: number;
}

interface Cue {
  role: DateRole;
  start: number;
  end: number;
  weak: boolean;
  ownSubject: boolean;
  /** A numbered round ("anden samtale", "2. runde"): an interview whatever its word. */
  round?: boolean;
}

/** The cues of a text in text order, a cue inside a longer one left out. */
function findCues(text: string): Cue[] {
  const all: Cue[] = [];
  for (const c of DATE_CUES)
    for (const m of matchesOf(c.pattern, text)) all.push({ role: c.role, start: m.index, end: m.index + m.text.length, weak: !!c.weak, ownSubject: !!c.ownSubject });
  // a numbered round is an interview whatever its word: "1. interview", "anden runde"
  for (const m of text.matchAll(ROUND_MENTION)) all.push({ role: "interview", start: m.index, end: m.index + m[0].length, weak: false, ownSubject: false, round: true });
  // "efter første samtalerunde" holds "samtalerunde": the longer cue speaks for both. Sorted by start,
  // longest first, a cue is inside a longer one exactly when the cue reaching furthest so far covers it.
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  // "Anden samtale, hvor der indgår en personlighedstest og en mindre case, afholdes onsdag den 24. marts": a relative
  // clause set off by commas, with no date of its own, tells of its subject; its cues name no date outside it
  // (only while a cue outside the clause remains: "Kandidater, der går videre til anden samtale, skal deltage den 12. maj"
  // has no other)
  const clauses = text.includes(",") && all.length > 1 ? [...text.matchAll(RELATIVE_CLAUSE)].filter((m) => !/\d/u.test(m[0])) : [];
  const inClause = (c: Cue) => clauses.some((m) => m.index < c.start && c.end < m.index + m[0].length);
  const asides = clauses.length && all.some((c) => !inClause(c)) ? clauses : [];
  const out: Cue[] = [];
  let cover: Cue | null = null;
  for (const c of all) {
    if (asides.length && inClause(c)) continue;
    if (cover && cover.end >= c.end && cover.end - cover.start > c.end - c.start) continue;
    out.push(c);
    if (!cover || c.end > cover.end) cover = c;
  }
  return out;
}

/** A clause's mark or a sentence's end between a date and the cue after it: the cue is another clause's. */
const CLAUSE_MARK = /[,;:.!?]/u;

/** ", hvor der indgår en test og en case,": a clause on what went before, between commas. */
const RELATIVE_CLAUSE = new RegExp(String.raw`,\s(?:${RELATIVE_PRONOUNS.join("|")})\s[^,.;:!?]{3,120},`, "gu");

interface Role {
  role: DateRole;
  weak: boolean;
  /** The cue stands after the date ("Den 22. marts holdes første samtale"). */
  after?: boolean;
}

/**
 * The role of each date from the cue nearest before it, else the nearest
 * after it. Dates are asked in text order, so two pointers walk the cues once
 * for the whole sentence, however many dates it holds.
 */
function roleFinder(text: string, cues: Cue[]): (start: number, end: number, dated?: boolean) => Role | null {
  // ("Indrykket: 12. marts 2027 · Ansøgningsfrist: 9. april 2027": a middle dot parts a fact line's cells as a bar does)
  const cells = text.includes(DOT_CELL) ? text.replaceAll(DOT_CELL, CELL) : text;
  let b = 0;
  let a = 0;
  let nearest: Cue | null = null;
  let strong: Cue | null = null;
  // the role of a label that opens the line ("Ansøgningsfrist: …"), until a day of its own has taken it
  let label = cues.length > 0 && !cues[0].weak && cues[0].start <= 2 && /^\s?:/u.test(text.slice(cues[0].end, cues[0].end + 2)) ? cues[0].role : null;
  return (start, end, dated = true) => {
    for (; b < cues.length && cues[b].end <= start; b++) {
      nearest = cues[b];
      if (!nearest.weak) strong = nearest;
    }
    for (; a < cues.length && cues[a].start < end; a++);
    if (nearest) {
      // "Tiltrædelse senest 1. marts", "Referencer indhentes senest den 10. juni": what the sentence is about wins over "senest"
      // (and it is about the deadline where its label opened it: "Ansøgningsfrist: Hurtigst muligt, da vi løbende
      // indkalder til samtaler – dog senest den 31. januar 2027")
      if (nearest.weak && strong && !nearest.ownSubject) return { role: label === nearest.role ? label : strong.role, weak: false };
      // the label's own day has taken it: "Ansøgningsfrist: 1. marts 2027, og tiltrædelse senest 1. maj 2027" starts in May
      if (dated && nearest === cues[0]) label = null;
      // "2. samtalerunde med case og drøftelse af testresultater | Tirsdag den 9. marts 2027": what the round holds, its
      // day the round's
      if (nearest.role === "other") {
        let r = b - 2;
        while (r >= 0 && !cues[r].round && (cues[r].role === "other" || cues[r].role === "interview")) r--;
        const round = cues[r];
        if (round?.round && ROUND_WITH.test(text.slice(round.end, nearest.start))) return { role: "interview", weak: false };
      }
      // "Den 3. maj gennemfører du test og case, og fredag den 7. maj er der anden samtale": a new clause opens between the
      // cue and the date, and the date's own clause names its step after it
      const next = cues[a];
      // (a step's word only, a round or another event: "… og fredag den 23. april begynder anden samtalerunde" names no start)
      if (next && !next.weak && (next.role === "interview" || next.role === "other") && CLAUSE_OPENING.test(text.slice(nearest.end, start)) && !CLAUSE_MARK.test(text.slice(end, next.start)))
        return { role: next.role, weak: false, after: true };
      return { role: nearest.role, weak: nearest.weak };
    }
    const after = cues[a];
    if (!after) return null;
    // "4. september 2023 | Ansøgningsfrist": a label cell after its date; but "19. april 2027 | 1. runde: 28. april":
    // a cue in a later cell that holds a date of its own is that date's
    if (cells.slice(end, after.start).includes(CELL)) {
      const from = cells.lastIndexOf(CELL, after.start);
      const to = cells.indexOf(CELL, after.end);
      if (parseDanishDates(text.slice(from, to < 0 ? text.length : to)).length > 0) return null;
    }
    // "21.–22. april: Test (Garuda) og anden samtale", "Uge 12-13  Test og testfeedback, 2. samtalerunde": the days of
    // the steps listed after it, a round among them (one with no day of its own): the round is the date's fact
    if (after.role === "other") {
      let k = a;
      while (cues[k + 1] && cues[k].role === "other" && STEPS_JOINED.test(text.slice(cues[k].end, cues[k + 1].start))) k++;
      const round = cues[k];
      if (k > a && round.round && !OWN_DAY_AFTER.test(text.slice(round.end))) return { role: "interview", weak: false, after: true };
    }
    return { role: after.role, weak: after.weak, after: true };
  };
}

/** What joins the steps one date holds: "Test (Garuda) og anden samtale", "Test og testfeedback, 2. samtalerunde". */
const STEPS_JOINED = /^[^.;:\d]{0,30}(?:\s(?:og|samt)\s+|,\s+)$/u;

interface RoundMention {
  start: number;
  end: number;
  round: number | null;
  /** "1. og 2. samtalerunde": the rounds the dates after it take, one each in order. */
  pair?: [number, number];
}

function roundMentions(text: string): RoundMention[] {
  const out: RoundMention[] = [];
  for (const m of text.matchAll(ROUND_PAIR_MENTION))
    out.push({ start: m.index, end: m.index + m[0].length, round: 1, pair: [ROUND_ORDINALS[m[1].toLowerCase()], ROUND_ORDINALS[m[2].toLowerCase()]] });
  const pairs = out.slice();
  const inPair = (at: number) => pairs.some((p) => at >= p.start && at < p.end);
  for (const m of text.matchAll(ROUND_MENTION)) if (!inPair(m.index)) out.push({ start: m.index, end: m.index + m[0].length, round: ROUND_ORDINALS[m[1].toLowerCase()] ?? null });
  for (const m of text.matchAll(ROUND_MENTION_AFTER)) if (!inPair(m.index)) out.push({ start: m.index, end: m.index + m[0].length, round: ROUND_ORDINALS[`${m[1]}.`] ?? null });
  return out.sort((x, y) => x.start - y.start);
}

/** A round's mention followed by its own day: "(2. samtale mandag den 26. april …", "(2. runde: 3. maj)". */
const OWN_DAY_AFTER = new RegExp(String.raw`^[\s:]*(?:(?:${WEEKDAY_ALTERNATION})\.?\s+)?(?:den\s+)?\d{1,2}\.(?!\d)`, "iu");

/** The round each date belongs to, asked in text order: one walk over the round mentions. */
function roundFinder(text: string, mentions: RoundMention[]): (start: number, end: number, cueAfter: boolean) => number | null {
  let b = 0;
  let a = 0;
  let before: RoundMention | null = null;
  let paired = 0;
  // "Samtaler afholdes i uge 12, og 2. samtale i uge 13": a date whose cue stands before it takes no round from after it
  return (start, end, cueAfter) => {
    for (; b < mentions.length && mentions[b].end <= start; b++) [before, paired] = [mentions[b], 0];
    for (; a < mentions.length && mentions[a].start < end; a++);
    const next = mentions[a];
    // "13. juni (1. runde) og 20. juni (2. runde)": a mention right after the date is its own
    // but "21. april (2. samtale mandag den 26. april)": a mention that goes on to a day of its own is that day's
    if (next && next.start - end <= 4 && /^[\s(:–-]*$/u.test(text.slice(end, next.start)) && !OWN_DAY_AFTER.test(text.slice(next.end, next.end + 30))) return next.round;
    if (before?.pair) return before.pair[Math.min(paired++, 1)];
    if (before) return before.round;
    return next && cueAfter ? next.round : null;
  };
}

/** What a label says ("Ansøgningsfrist:", "2. samtale", a table's column head): its last cue and round. */
interface Label {
  role: DateRole;
  weak: boolean;
  round: number | null;
}

function labelOf(text: string | null): Label | null {
  if (!text) return null;
  const cue = findCues(text).at(-1);
  if (!cue) return null;
  return { role: cue.role, weak: cue.weak, round: roundMentions(text).at(-1)?.round ?? null };
}

const CELL = " | ";
const DOT_CELL = " · ";

/** Where each cell of a table row starts in its text. */
function cellStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf(CELL); i >= 0; i = text.indexOf(CELL, i + CELL.length)) starts.push(i + CELL.length);
  return starts;
}

const PAST = wordPattern(
  [
    ...PAST_CUES.map((c) => c.replace(/ /gu, String.raw`\s{1,3}`)),
    // words are whole, so each of the few words between is one word: no two ways to read a gap
    String.raw`har(?:\s{1,3}[\p{L}\d]{1,20}){0,4}\s{1,3}(?:${PAST_PARTICIPLES.join("|")})`,
  ].join("|"),
);
/** Clause marks: a date told of as past and a cue of the past share a clause. */
const CLAUSE_END = /[,;:–|]/gu;
/**
 * A year alone after a word of time ("i 2026 blev …", "Siden 2019 har …"):
 * told of as past, it bounds the document's date too. "Vision 2030" is a
 * name, and "2026-2029" a period: neither counts.
 */
export const YEAR_ALONE = new RegExp(
  latin(String.raw`(?<![\p{L}])(?:i|siden|fra|år|sommeren|foråret|efteråret|vinteren|løbet af)[ \t\u00a0]{1,3}(?<year>(?:19|20)\d{2})(?![\d]|[.,–-]\d)`),
  "giu",
);
export const ROLE_PATTERNS = { PAST, CLAUSE_END, YEAR_ALONE };

interface Span {
  start: number;
  end: number;
}

/**
 * Which of a sentence's dates (in text order) are told of as past: each cue of
 * the past marks the one date nearest to it in its clause ("blev vedtaget i
 * december 2026 og gælder til december 2028" marks only the first). One walk
 * over the cues, the clause marks and the dates.
 */
function pastMarks(text: string, items: Span[]): Set<number> {
  const marked = new Set<number>();
  if (!items.length || !hits(PAST, text)) return marked;
  const marks = [...text.matchAll(CLAUSE_END)].map((m) => m.index);
  const itemClause: number[] = [];
  let c = 0;
  for (const it of items) {
    for (; c < marks.length && marks[c] < it.start; c++);
    itemClause.push(c);
  }
  let p = 0;
  c = 0;
  for (const m of matchesOf(PAST, text)) {
    for (; c < marks.length && marks[c] < m.index; c++);
    for (; p < items.length && items[p].start < m.index; p++);
    const end = m.index + m.text.length;
    const prev = p > 0 && itemClause[p - 1] === c ? m.index - items[p - 1].end : Infinity;
    const next = p < items.length && itemClause[p] === c ? items[p].start - end : Infinity;
    if (prev !== Infinity || next !== Infinity) marked.add(prev <= next ? p - 1 : p);
  }
  return marked;
}

const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const fromDayNumber = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** The days a date covers in `year`: one day, a week, or a month for "januar 2027"; null when there is no such day. */
function spanOf(d: DanishDate, year: number): { lo: number; hi: number } | null {
  if (d.week !== undefined) {
    // "fredag i uge 9": the one day
    const day = weekDayNumber(year, d.week, d.weekday);
    if (day === null) return null;
    return d.weekday === undefined ? { lo: day, hi: day + 6 } : { lo: day, hi: day };
  }
  if (d.month === null) return null;
  if (d.day === null) return { lo: dayNumber(year, d.month, 1), hi: dayNumber(year, d.month + 1, 1) - 1 };
  return { lo: dayNumber(year, d.month, d.day), hi: dayNumber(year, d.month, d.day) };
}

/** Every date phrase in the document with its role, in document order; years the phrases leave out inferred. */
export function findDateMentions(units: TextUnit[], published: string | null = null): DateMention[] {
  const out: DateMention[] = [];
  /** The latest day the document tells of as past; the day the file says it was published is past too. */
  let pastBound: number | null = published ? dayNumber(Number(published.slice(0, 4)), Number(published.slice(5, 7)), Number(published.slice(8, 10))) : null;
  let order = 0;
  /** The column heads of the table the unit is in, while its rows run. */
  let columns: (Label | null)[] | null = null;
  units.forEach((unit, i) => {
    const previous = units[i - 1];
    const cells = unit.kind === "row" ? cellStarts(unit.text) : null;
    if (cells) {
      const sameTable = previous?.kind === "row" && previous.section === unit.section && cellStarts(previous.text).length === cells.length;
      // the first row of a table, holding no date, heads its columns
      if (!sameTable) columns = cells.length > 1 && parseDanishDates(unit.text).length === 0 ? columnLabels(unit.text, cells) : null;
    } else columns = null;
    const columnHeads = columns;
    // most units hold no date at all: their sentences need not be looked at
    if (!mayHoldDate(unit.text)) return;
    // "Ansøgningsfrist" as a heading, or a label line above "30. maj 2023" (that one speaks for the first sentence only)
    // Contexts are read only for sentences that hold a date: most hold none.
    let heading: Label | null | undefined;
    let above: Label | null | undefined;
    /** The line above is a label that ends in its colon ("Test (online):"): it speaks for the date below it, whatever follows. */
    let aboveColon = false;
    let below: Label | null | undefined;
    let cell = 0;
    lineSentences(unit.text).forEach((s, k) => {
      const dates = parseDanishDates(s.text);
      // "Siden 2026 har …": a year alone, told of as past, bounds the document's date as well
      const years = /\d{4}/u.test(s.text) ? [...s.text.matchAll(YEAR_ALONE)] : [];
      if (!dates.length && !years.length) return;
      // the dates and the years alone, in text order, for the cues of the past to mark
      const items: (Span & { date?: ParsedDate; year?: number })[] = [];
      for (let x = 0, y = 0; x < dates.length || y < years.length; ) {
        const yearAt = y < years.length ? years[y].index + years[y][0].length - 4 : Infinity;
        if (x < dates.length && dates[x].index <= yearAt) {
          const d = dates[x++];
          items.push({ start: d.index, end: d.index + d.text.length, date: d });
        } else items.push({ start: yearAt, end: yearAt + 4, year: Number(years[y++].groups!.year) });
      }
      const marked = pastMarks(s.text, items);
      const pastDates = new Set<ParsedDate>();
      items.forEach((it, x) => {
        if (!marked.has(x)) return;
        if (it.date) pastDates.add(it.date);
        else pastBound = Math.max(pastBound ?? -Infinity, dayNumber(it.year!, 1, 1));
      });
      if (!dates.length) return;
      heading ??= labelOf(unit.kind !== "heading" ? unit.heading : null);
      if (above === undefined) {
        const text = columnHeads ? null : labelAbove(previous, unit);
        above = labelOf(text);
        aboveColon = !!text && text.trimEnd().endsWith(":");
      }
      below ??= columnHeads ? null : labelBelow(units, i);
      // in a timetable read a cell a line, the line above is the previous date's event when that date stands above it
      // (not a label's colon over it: "1. samtalerunde:" / "Mandag den 22. marts" / "Test (online):" / "23.–26. marts")
      const belowFirst = below !== null && !aboveColon && isDateAlone(units[i - 2]);
      const labels = (k === 0 ? (belowFirst ? [below, above, heading] : [above, below, heading]) : [heading]).filter((l): l is Label => l !== null);
      const roleAt = roleFinder(s.text, findCues(s.text));
      const roundAt = roundFinder(s.text, roundMentions(s.text));
      for (const d of dates) {
        const start = d.index;
        const end = d.index + d.text.length;
        let role = roleAt(start, end, d.date.day !== null || d.date.week !== undefined || d.after !== undefined);
        let round = roundAt(start, end, role === null || !!role.after);
        // a table's column head names the role of the dates below it
        if (cells && columnHeads) {
          for (; cell + 1 < cells.length && cells[cell + 1] <= s.offset + start; cell++);
          const head = columnHeads[cell];
          if (head) {
            role = { role: head.role, weak: head.weak };
            round = head.round ?? round;
          }
        }
        for (const label of labels) {
          if (role !== null) break;
          role = { role: label.role, weak: label.weak };
          if (role.role === "interview" && round === null) round = label.round;
        }
        // "Pr. 1. januar 2027 blev de to forvaltninger lagt sammen": a weak cue in a clause told of as past names no step of the process
        if (role?.weak && pastDates.has(d)) role = null;
        const r = role?.role ?? null;
        // "23.–24. marts": a span's second day counts only as a round's second day; any other fact starts at the first
        if (d.spanEnd && r !== "interview") continue;
        // only a date that is none of the process's own can tell of the past
        const past = (r === null || r === "other") && d.date.year !== null && !d.invalid && pastDates.has(d);
        out.push({
          parsed: d,
          iso: null,
          last: null,
          precision: null,
          role: r,
          weak: role?.weak ?? false,
          round: r === "interview" ? round : null,
          past,
          toldAsPast: pastDates.has(d),
          sentence: s.text,
          unit,
          order: order++,
        });
      }
      // "Siden 2026 har …": a year alone, told of as past

    });
  });
  for (const m of out) {
    if (!m.past) continue;
    const span = spanOf(m.parsed.date, m.parsed.date.year!);
    if (span) pastBound = Math.max(pastBound ?? -Infinity, span.lo);
  }
  inferYears(out, pastBound, () => namedYear(units));
  return roundsOverDays(withoutWeeksOfTheirDays(relativeResolved(out)));
}

/** A month or a week named between a date and "ugen efter": the phrase is told from that time, which has no day. */
const OTHER_TIME = new RegExp(String.raw`(?<!\p{L})(?:${MONTH_ALTERNATION}|${WEEK_WORD})(?!\p{L})`, "iu");

/**
 * "Samtaler holdes mandag den 10. maj, og anden samtale ugen efter": a round's day or week told from the date before it
 * in its paragraph, once that date's year is known; the week is the next ISO week, told by its Monday. Only a round's:
 * "du får svar dagen efter", "testen gennemføres dagen efter" give no fact, and a day is not told from a week ("uge 19
 * … dagen efter" names none). One told from nothing the paragraph dates is no date at all, and dropped.
 */
function relativeResolved(mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const after = m.parsed.after;
    if (!after) {
      out.push(m);
      continue;
    }
    const anchor = out.at(-1);
    if (!anchor || anchor.unit !== m.unit || anchor.iso === null || anchor.parsed.approximate || m.role !== "interview") continue;
    // (the words since that date only: "senest mandag den 3. maj og vi holder samtaler ugen efter" is a round's week)
    const between = anchor.sentence === m.sentence ? m.sentence.slice(anchor.parsed.index + anchor.parsed.text.length, m.parsed.index) : m.sentence.slice(0, m.parsed.index);
    if ((after === "day" && anchor.precision === "week") || RELATIVE_NOT_A_STEP.test(between) || OTHER_TIME.test(between)) continue;
    const [y, mo, d] = anchor.iso.slice(0, 10).split("-").map(Number);
    const from = dayNumber(y, mo, d);
    const day = after === "day" ? from + 1 : from - isoWeekday(from) + 8;
    const [year, month, date] = fromDayNumber(day).split("-").map(Number);
    const target: DanishDate = after === "day" ? { year, month, day: date } : { month: null, day: null, ...isoWeekOf(day) };
    m.parsed = { ...m.parsed, date: target };
    resolve(m, target, target.year!);
    out.push(m);
  }
  return out;
}

/**
 * "Anden samtale foregår over to dage: tirsdag den 6. april møder kandidaterne hospitalsledelsen, og onsdag den 7.
 * april holdes den afsluttende samtale": where the sentence says its round takes two days (or three), the next date of
 * the sentence within them is the round's too, whatever meeting's word stands beside it. One date only, within the
 * days the phrase gives: the committee's meeting the day after, the answer two days on, are not.
 */
function roundsOverDays(mentions: DateMention[]): DateMention[] {
  mentions.forEach((m, i) => {
    // (from the round's first day in the sentence: "… tirsdag den 16. og onsdag den 17. marts, og udvalget mødes
    // torsdag den 18." gives the 18th nothing)
    const first = !(mentions[i - 1]?.sentence === m.sentence && mentions[i - 1]?.role === "interview");
    const days = first && m.role === "interview" && m.iso !== null ? ROUND_OVER_DAYS.exec(m.sentence) : null;
    if (!days) return;
    const span = /(?:tre|3)/iu.test(days[0]) ? 2 : 1;
    // a sentence's mentions stand together, in text order: the next one is the round's next day, if any is
    const o = mentions[i + 1];
    if (!o || o.sentence !== m.sentence || o.unit !== m.unit || (o.role !== "other" && o.role !== null) || o.iso === null || o.iso <= m.iso! || daysBetween(m, o) > span) return;
    o.role = "interview";
    o.round = m.round;
    o.past = false;
  });
  return mentions;
}

/**
 * "uge 14 | onsdag 7. april | 2. samtalerunde": a timetable's week beside a
 * day in it is that day's week, not a date of its own. One walk: a
 * sentence's mentions stand together in document order.
 */
function withoutWeeksOfTheirDays(mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; ) {
    let j = i;
    while (j < mentions.length && mentions[j].unit === mentions[i].unit && mentions[j].sentence === mentions[i].sentence) j++;
    const group = mentions.slice(i, j);
    const days = new Map<string, DateMention[]>();
    for (const m of group) if (m.iso !== null && m.precision !== "week") days.set(m.iso.slice(0, 10), [...(days.get(m.iso.slice(0, 10)) ?? []), m]);
    // (not where the day is another round's: "Første samtale afholdes i uge 12, og en eventuel anden samtale afholdes
    // fredag den 26. marts 2027" holds two rounds)
    const sameStep = (week: DateMention, day: DateMention) => week.round === null || day.round === null || week.round === day.round;
    for (const m of group) if (m.precision !== "week" || !daysOf(m).some((d) => days.get(d)?.some((day) => sameStep(m, day)))) out.push(m);
    i = j;
  }
  return out;
}

/** The days a resolved week covers, Monday to Sunday. */
function daysOf(week: DateMention): string[] {
  const [y, mo, d] = week.iso!.slice(0, 10).split("-").map(Number);
  const monday = dayNumber(y, mo, d);
  return Array.from({ length: 7 }, (_, k) => fromDayNumber(monday + k));
}
/** The label of each column from a table's first row ("Ansøgningsfrist | 1. samtale | Tiltrædelse"). */
function columnLabels(text: string, cells: number[]): (Label | null)[] {
  return cells.map((start, i) => labelOf(text.slice(start, i + 1 < cells.length ? cells[i + 1] - CELL.length : text.length)));
}

/**
 * The words right above, in the same section: a short label line
 * ("Ansøgningsfrist:", "1. samtale"), or the unfinished sentence a page break
 * cut off ("… Ansøgningsfristen er" | "tirsdag den 30. maj 2023.").
 */
function labelAbove(previous: TextUnit | undefined, unit: TextUnit): string | null {
  if (!previous) return null;
  // a timetable's step set as a heading right over its date ("Udvælgelse af kandidater" / "Mandag den 1. marts 2027"
  // / "1. samtalerunde"): its label, before the next step's below
  if (previous.kind === "heading") return unit.text.length <= VALUE_ALONE && previous.text.length <= VALUE_ALONE && previous.section === unit.section ? previous.text : null;
  const text = previous.text.trimEnd();
  // A fact box's label and its value may be filed apart ("Tiltrædelse" with the terms, "1. marts 2027" with
  // the process): a value alone on its line still takes the label on the last line above it.
  if (previous.section !== unit.section) {
    const label = text.slice(text.lastIndexOf("\n") + 1);
    return unit.text.length <= VALUE_ALONE && FACT_LABELS.has(vocabularyKey(label)) ? label : null;
  }
  const last = splitSentences(text).at(-1)?.text ?? "";
  const unfinished = !/[.!?]$/u.test(text);
  if (!unfinished && text.length > 60) return null;
  return parseDanishDates(last).length === 0 ? last : null;
}

/** The longest line that is a fact box's value alone ("Mandag den 14. marts 2027 kl. 12.00"). */
const VALUE_ALONE = 48;
const TIME_REST = /^[\d.:\s–-]{1,12}$/u;

/** A line that is a date and little else: "Torsdag den 18. marts, kl. 17–21", a timetable's date cell. */
function isDateAlone(unit: TextUnit | undefined): boolean {
  return !!unit && unit.kind !== "heading" && unit.text.length <= VALUE_ALONE && mayHoldDate(unit.text) && parseDanishDates(unit.text).length > 0 && findCues(unit.text).length === 0;
}

/**
 * "Torsdag den 18. marts, kl. 17–21" over "Anden samtalerunde, med rundvisning
 * …": a timetable's row whose event cell wrapped onto the next line, as a
 * PDF's table is read. A date alone on its line takes the step the next line
 * opens with, when that line holds no date of its own.
 */
function labelBelow(units: TextUnit[], i: number): Label | null {
  const unit = units[i];
  // "kl. 13.00–" over "17.00": the rest of the date's own cell, wrapped too
  let next = units[i + 1];
  if (next && TIME_REST.test(next.text)) next = units[i + 2];
  if (!next || next.kind === "heading" || next.section !== unit.section || unit.text.length > VALUE_ALONE) return null;
  if (mayHoldDate(next.text) && parseDanishDates(next.text).length) return null;
  const cue = findCues(next.text)[0];
  if (!cue || cue.start > 0) return null;
  return { role: cue.role, weak: cue.weak, round: roundMentions(next.text)[0]?.round ?? null };
}

/** The order of the process: a deadline, then interviews, then the start. */
const RANK: Partial<Record<DateRole, number>> = { deadline: 0, interview: 1, start: 2 };

/** Sorted numbers: how many are below `x` (`strict`), or at most `x`. */
function countBelow(sorted: number[], x: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? sorted[mid] < x : sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A year the phrase leaves out is the one, among the nearest stated year
 * (before it, else after it) and its neighbours, that makes the document's
 * timeline consistent, and of those the one that puts the date closest to
 * that anchor. Consistent: a deadline before the interviews before the start
 * (against the stated dates and the years already inferred), and no process
 * date before the latest day the document tells of as past. So a December
 * deadline followed by "10. januar" interviews or a "1. august" start rolls
 * over into the next year, and "13. juni" is not put in a year the document
 * has already seen the spring of.
 */
function inferYears(mentions: DateMention[], pastBound: number | null, named: () => number | null): void {
  const stated = mentions.filter((m) => m.parsed.date.year !== null && !m.parsed.invalid && spanOf(m.parsed.date, m.parsed.date.year) !== null);
  // The process text's own years first, then the cover's: a "1. januar 2019" in the job text says nothing of the timetable.
  // A process date before the day the document was posted ("Tiltrædelse: 1. april 2026" in an ad "Indrykket 12. januar
  // 2027") is a slip of the year: it anchors nothing, and the posting's day does.
  const inProcess = stated.filter((m) => PROCESS_SECTIONS.includes(m.unit.section) && (pastBound === null || spanOf(m.parsed.date, m.parsed.date.year!)!.hi >= pastBound));
  const onCover = stated.filter((m) => m.unit.section === "andet");
  // Else the dates it tells of as past (its "now" is after them), before any date of the job text ("til december 2028")
  const told = stated.filter((m) => m.past);
  const anchors = inProcess.length ? inProcess : onCover.length ? onCover : told.length ? told : stated;
  // A process date is most of a year from another only by mistake; from a cover or a past event it may well be
  const far = inProcess.length ? FAR : Infinity;

  // the stated dates of each step of the process, for counting what a candidate contradicts
  const los: number[][] = [[], [], []];
  const his: number[][] = [[], [], []];
  for (const m of stated) {
    const rank = m.role ? RANK[m.role] : undefined;
    if (rank === undefined || m.parsed.approximate) continue;
    const span = spanOf(m.parsed.date, m.parsed.date.year!)!;
    los[rank].push(span.lo);
    his[rank].push(span.hi);
  }
  for (const a of [...los, ...his]) a.sort((x, y) => x - y);
  // and of the years already inferred, in document order
  const inferredMaxLo = [-Infinity, -Infinity, -Infinity];
  const inferredMinHi = [Infinity, Infinity, Infinity];
  const contradictions = (span: { lo: number; hi: number }, rank: number | undefined) => {
    if (rank === undefined) return 0;
    let n = pastBound !== null && span.hi < pastBound ? 1 : 0;
    for (let q = 0; q < 3; q++) {
      if (q < rank) n += los[q].length - countBelow(los[q], span.hi, false) + (inferredMaxLo[q] > span.hi ? 1 : 0);
      if (q > rank) n += countBelow(his[q], span.lo, true) + (inferredMinHi[q] < span.lo ? 1 : 0);
    }
    return n;
  };

  let next = 0;
  let namedYearOnce: { year: number | null } | undefined;
  for (const m of mentions) {
    const d = m.parsed.date;
    if (m.parsed.approximate || m.parsed.invalid || (d.day === null && d.week === undefined)) continue;
    if (d.year !== null) {
      resolve(m, d, d.year);
      continue;
    }
    for (; next < anchors.length && anchors[next].order < m.order; next++);
    const anchor = anchors[next - 1] ?? anchors[next];
    let around: number;
    let years: number[];
    if (anchor) {
      const a = anchor.parsed.date;
      const span = spanOf(a, a.year!)!;
      around = (span.lo + span.hi) / 2;
      years = [a.year! - 1, a.year!, a.year! + 1];
    } else if (pastBound !== null) {
      // no date with a year to go by, but one told of as past: the first such day after it
      around = pastBound;
      const y = new Date(pastBound * 86_400_000).getUTCFullYear();
      years = [y, y + 1];
    } else {
      // no date with a year at all: the year the text names ("fra skoleåret 2027/28"), or a neighbour of it, that the
      // weekdays given with its days confirm; without a weekday to confirm it, no year
      const y = (namedYearOnce ??= { year: confirmedYear(mentions, named()) }).year;
      if (y === null) continue;
      around = dayNumber(y, 7, 1);
      years = [y - 1, y, y + 1];
    }
    const rank = m.role ? RANK[m.role] : undefined;
    let best: { year: number; bad: number; gap: number } | null = null;
    for (const year of years) {
      const span = spanOf(d, year);
      if (!span) continue;
      const gap = Math.abs((span.lo + span.hi) / 2 - around);
      // a year that only a contradiction could choose is too far when it puts the date most of a year away;
      // "mandag den 14. marts" names its year by its weekday
      const bad = contradictions(span, rank) + (gap > far ? 1 : 0) + (d.weekday !== undefined && isoWeekday(span.lo) !== d.weekday ? 1 : 0);
      if (!best || bad < best.bad || (bad === best.bad && gap < best.gap)) best = { year, bad, gap };
    }
    if (!best) continue;
    resolve(m, d, best.year);
    const span = spanOf(d, best.year)!;
    if (rank !== undefined) {
      inferredMaxLo[rank] = Math.max(inferredMaxLo[rank], span.lo);
      inferredMinHi[rank] = Math.min(inferredMinHi[rank], span.hi);
    }
  }
}

/**
 * A year a text names on its own, by the word that frames it ("skoleåret 2027/28", "budget 2027", "i 2027"): a
 * postcode ("2000 Frederiksberg"), a phone number or a plan's name ("Vision 2030") is no such year.
 */
const NAMED_YEAR = /(?<![\p{L}])(?:skoleåret|skoleår|studieåret|budgetåret|regnskabsåret|sæsonen|budget|i|fra|år)\s(20\d{2})(?![\d]|[.,:]\d)/giu;

/** The year a text names most often, the latest of equals; null when it names none. */
function namedYear(units: TextUnit[]): number | null {
  const counts = new Map<number, number>();
  for (const u of units) for (const m of u.text.matchAll(NAMED_YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && year > best)) best = year;
  return best;
}

/** The year, of the named one and its neighbours, in which every yearless day given with a weekday falls on it; else null. */
function confirmedYear(mentions: DateMention[], named: number | null): number | null {
  if (named === null) return null;
  const dated = mentions.map((m) => m.parsed.date).filter((d) => d.year === null && d.weekday !== undefined && d.day !== null && d.month !== null);
  if (!dated.length) return null;
  for (const year of [named, named - 1, named + 1]) if (dated.every((d) => isoWeekday(dayNumber(year, d.month!, d.day!)) === d.weekday)) return year;
  return null;
}

/** Days from the anchor beyond which a year is implausible: a start may come eight months after a deadline, hardly a year. */
const FAR = 270;

function resolve(m: DateMention, d: DanishDate, year: number): void {
  const date = { ...d, year };
  const span = spanOf(date, year);
  m.iso = toIsoDate(date);
  if (m.iso === null || !span) return;
  m.last = fromDayNumber(span.hi);
  m.precision = datePrecision(date);
}

/** Sections where the process facts are stated; the cover and the job text come after them. */
export const PROCESS_SECTIONS: SectionKind[] = ["ansaettelsesproces", "vilkaar", "yderligere"];

export function preferProcess<T extends { unit: TextUnit; order: number }>(items: T[]): T[] {
  const rank = (u: TextUnit) => (PROCESS_SECTIONS.includes(u.section) || isFactBox(u) ? 0 : u.section === "andet" ? 2 : 1);
  return [...items].sort((a, b) => rank(a.unit) - rank(b.unit) || a.order - b.order);
}

/**
 * A fact box, filed apart as the page's summary: a paragraph of short lines
 * ("Ansøgningsfrist 4. januar 2027" over "Arbejdssted Holbæk"). Its labelled
 * dates are the post's own, as much as the process text's.
 */
const isFactBox = (u: TextUnit) => u.kind === "paragraph" && u.text.includes("\n") && u.text.split("\n").every((line) => line.length <= FACT_BOX_LINE);
const FACT_BOX_LINE = 100;

export interface DateFacts {
  deadline: DateMention | null;
  interviews: DateMention[];
  start: DateMention | null;
  /** Phrases in a fact's place that name no day: "Tiltrædelse primo marts", "samtaler i uge 35". */
  unresolved: DateMention[];
}

const SENEST = /(?<!\p{L})senest(?!\p{L})/iu;

export function assignDates(mentions: DateMention[]): DateFacts {
  const exact = (role: DateRole) => mentions.filter((m) => m.role === role && m.iso !== null);
  // a labelled deadline ("Frist:", "Ansøgningsfrist") wins over a date after a bare "senest", wherever each stands
  // a reposted ad's first deadline ("var første gang opslået med frist den 7. februar") yields to the one in force
  // "Ansøgningsfristen er forlænget til 15. januar": the deadline moved, and the one it moved to is in force
  const inForce = current(preferProcess(exact("deadline")));
  const deadlines = amended(inForce);
  // (its hour may stand in a sentence whose bare "senest" yielded to a fact box's label: "senest søndag den 2. maj 2027
  // kl. 23.59" under "Ansøgningsfrist: 02.05.2027"; not a party's hour that day, "lørdag den 2. maj kl. 10-12")
  const yielded = mentions.filter((m) => m.role === null && m.iso !== null && SENEST.test(m.sentence));
  const deadline = withTime(deadlines.find((m) => !m.weak) ?? deadlines[0] ?? null, yielded.length ? [...inForce, ...yielded] : inForce);
  const starts = preferProcess(exact("start"));
  const start = withTime(starts.find((m) => !m.weak) ?? starts[0] ?? null, starts) ?? monthStart(mentions);
  const interviews = pickRounds(exact("interview"));
  // A vague phrase in a fact's place, in the process text: "Tiltrædelse primo marts", "1. samtalerunde: uge 38".
  // A deadline or start that is also stated exactly needs no warning ("1. august eller snarest muligt").
  const unresolved = mentions.filter(
    (m) =>
      m.iso === null &&
      m.unit.section !== "jobprofil" &&
      m.unit.section !== "personprofil" &&
      (m.role === "deadline" || m.role === "start" || m.role === "interview") &&
      !(m.role === "deadline" && deadline) &&
      !(m.role === "start" && start),
  );
  return { deadline, interviews, start, unresolved };
}

/**
 * "Tiltrædelse: juni 2027", "Start | Juni 2027 – eller efter aftale": a start named by its month and year alone, where
 * no day is named for it, is the month's first day (as readers give it), said to be of the month's precision.
 * "Primo juni", a month with no year, and an interview's or a deadline's month stay unresolved.
 */
function monthStart(mentions: DateMention[]): DateMention | null {
  // (the job's and the person's text tell of other starts: "den nye struktur starter i marts 2026"; and a month told of
  // as past is no start to come)
  const m = preferProcess(
    mentions.filter((x) => x.role === "start" && x.parsed.approximate && !x.past && !x.toldAsPast && MONTH_AND_YEAR.test(x.parsed.text) && x.unit.section !== "jobprofil" && x.unit.section !== "personprofil"),
  )[0];
  const d = m?.parsed.date;
  if (!m || !d || d.year === null || d.month === null) return null;
  const span = spanOf({ ...d, day: null }, d.year);
  if (!span) return null;
  return { ...m, iso: fromDayNumber(span.lo), last: fromDayNumber(span.hi), precision: "month" };
}
const MONTH_AND_YEAR = /^\p{L}+\.?\s+\d{4}$/u;

/**
 * The sentences of a unit, never across a line break: the lines of a fact
 * box ("Ansøgningsfrist 4. januar" over "Tiltrædelse 1. marts") are one block
 * and each its own statement, whose label speaks for its own date only.
 */
function lineSentences(text: string): readonly { text: string; offset: number }[] {
  if (!text.includes("\n")) return splitSentences(text);
  const out: { text: string; offset: number }[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    for (const s of splitSentences(line)) out.push({ text: s.text, offset: at + s.offset });
    at += line.length + 1;
  }
  return out;
}

/** The deadlines a notice moved a deadline to ("forlænget til", "ny frist"), or all of them when none did. */
function amended(mentions: DateMention[]): DateMention[] {
  const moved = mentions.filter((m) => {
    AMENDED_DEADLINE.lastIndex = 0;
    const cue = AMENDED_DEADLINE.exec(m.sentence);
    return cue !== null && cue.index < m.parsed.index;
  });
  return moved.length ? moved : mentions;
}

/** The mentions not told of as past, or all of them when every one is ("Ansøgningsfristen var 7. februar" in a closed ad). */
function current(mentions: DateMention[]): DateMention[] {
  const now = mentions.filter((m) => !m.toldAsPast);
  return now.length ? now : mentions;
}

/**
 * The fact box says "Ansøgningsfrist: 14. marts 2027", the text "senest den
 * 14. marts 2027 kl. 12.00": the same day told twice keeps the time one of them gives.
 */
function withTime(chosen: DateMention | null, all: DateMention[]): DateMention | null {
  // a timetable's "Uge 16: Ansøgningsfristen udløber" beside "senest mandag den 19. april 2027 kl. 12.00": the day in
  // that week says more
  // (a deadline's own mention, not a "senest" that lost its role: "… modtaget senest fredag den 23. april behandles i første runde")
  if (chosen?.precision === "week") {
    const week = chosen;
    const inWeek = all.filter((m) => m.role === week.role && (m.precision === "day" || m.precision === "time") && m.iso! >= week.iso! && daysBetween(week, m) < 7);
    chosen = inWeek.find((m) => m.precision === "time") ?? inWeek[0] ?? week;
  }
  if (!chosen || chosen.precision !== "day") return chosen;
  return all.find((m) => m.precision === "time" && m.iso!.slice(0, 10) === chosen.iso) ?? chosen;
}

/** The rounds' dates, first round first; a round held over two days gives both ("den 26. og 27. april"). */
function pickRounds(candidates: DateMention[]): DateMention[] {
  const byDay = new Map<string, DateMention>();
  for (const m of preferProcess(candidates)) {
    const day = m.iso!.slice(0, 10);
    const seen = byDay.get(day);
    if (!seen) byDay.set(day, m);
    else if (seen.round === null && m.round !== null) byDay.set(day, { ...seen, round: m.round });
  }
  const unique = [...byDay.values()];
  const byDate = (a: DateMention, b: DateMention) => a.iso!.localeCompare(b.iso!);
  const numbered = new Map<number, DateMention[]>();
  for (const m of unique) {
    if (m.round === null) continue;
    const days = numbered.get(m.round);
    if (!days) numbered.set(m.round, [m]);
    // a round's second day is named beside its first ("1. samtale: 18. og 19. marts"); a date far from it is another meeting
    // (or on rows of its own that count its days: "2. samtalerunde, dag 1: …" / "2. samtalerunde, dag 2: …")
    else if (days.some((d) => daysBetween(d, m) <= ROUND_DAYS && ((d.sentence === m.sentence && d.unit === m.unit) || (DAY_OF_ROUND.test(d.sentence) && DAY_OF_ROUND.test(m.sentence))))) days.push(m);
    // "1. samtalerunde holdes nu tirsdag den 23. marts" after the deadline moved: the round moved with it
    else if (MOVED_ROUNDS.test(m.sentence) !== MOVED_ROUNDS.test(days[0].sentence)) {
      if (!MOVED_ROUNDS.test(days[0].sentence)) numbered.set(m.round, [m]);
    } else if (earlierOrSharper(m, days[0])) numbered.set(m.round, [m]);
  }
  // Unnumbered dates beside numbered rounds are other meetings ("samtale med borgmesteren")
  if (!numbered.size) return unique.sort(byDate);
  // "Samtaler i uge 12, og 2. samtale i uge 13": with no first round named, an unnumbered date before every numbered one is it
  if (!numbered.has(1)) {
    const earliest = [...numbered.values()].flat().reduce((x, y) => (x.iso! < y.iso! ? x : y)).iso!.slice(0, 10);
    const before = unique.filter((m) => m.round === null && m.iso!.slice(0, 10) < earliest).sort(byDate);
    const first = before[0];
    // ("Vi holder samtaler tirsdag den 20. og onsdag den 21. april … en kort 2. samtale den 27. april": both its days)
    if (first) numbered.set(1, before.filter((m) => m === first || (daysBetween(first, m) <= ROUND_DAYS && m.sentence === first.sentence && m.unit === first.unit && joinedDays(first, m))));
  }
  const rounds = [...numbered.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, days]) => days.sort(byDate));
  // "2. samtale: 2. april" as an ordered list item has lost its ordinal to the list numbering: a later item still counts
  const last = rounds[rounds.length - 1].iso!.slice(0, 10);
  const stripped = unique
    .filter((m) => m.round === null && m.unit.kind === "item" && m.iso!.slice(0, 10) > last)
    .sort((a, b) => a.iso!.localeCompare(b.iso!));
  return [...rounds, ...stripped];
}

/**
 * Of two dates a round is given in different places, the day before the week
 * ("Kandidaterne til anden runde gennemfører i uge 20 en test" against "Anden
 * samtalerunde er torsdag den 27. maj"), else the earlier.
 */
function earlierOrSharper(m: DateMention, than: DateMention): boolean {
  if ((m.precision === "week") !== (than.precision === "week")) return than.precision === "week";
  return m.iso! < than.iso!;
}

/**
 * Two days written as one round's: in one phrase ("den 20. og 21. april"), or joined by "og", a dash or a comma ("tirsdag
 * den 20. og onsdag den 21. april"), not a day told of apart ("… den 20. april med besøg på skolen den 22. april").
 */
function joinedDays(first: DateMention, next: DateMention): boolean {
  const end = first.parsed.index + first.parsed.text.length;
  return next.parsed.index < end || DAYS_JOINED.test(first.sentence.slice(end, next.parsed.index));
}
const DAYS_JOINED = new RegExp(String.raw`^\s*(?:og|samt|,|-|–)\s*(?:(?:${WEEKDAY_ALTERNATION})\s+)?(?:den\s+|d\.\s*)?$`, "iu");

/** A round's days lie this close together: "torsdag den 11. og fredag den 12. marts", "den 26. og 27. april". */
const ROUND_DAYS = 2;

function daysBetween(a: DateMention, b: DateMention): number {
  const day = (m: DateMention) => {
    const [y, mo, d] = m.iso!.slice(0, 10).split("-").map(Number);
    return dayNumber(y, mo, d);
  };
  return Math.abs(day(b) - day(a));
}
