/**
 * Which date is the deadline, which are the interview rounds, which is the
 * start: the role of a date is read from the cue nearest before it in its
 * sentence ("Ansøgningsfristen er …", "Første samtalerunde afvikles …",
 * "Forventet tiltrædelse …"), else the nearest after it, else the unit's
 * heading. Dated events that are none of these (a committee meeting, a test
 * day, the council's approval, the cover date) get the role "other" or none.
 */
import type { SectionKind } from "../../schemas/record.js";
import type { TextUnit } from "../../segment/units.js";
import { DATE_CUES, ROUND_MENTION, ROUND_MENTION_AFTER, ROUND_ORDINALS, type DateRole } from "../../vocabulary/dates.js";
import { parseDanishDates, toIsoDate, type DanishDate, type ParsedDate } from "./dates.js";
import { splitSentences } from "./sentences.js";

export interface DateMention {
  parsed: ParsedDate;
  /** The resolved date, year inferred from context when left out; null for approximate phrases. */
  iso: string | null;
  role: DateRole | null;
  /** The interview round the phrase names (1 = first), when it names one. */
  round: number | null;
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
}

function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const c of DATE_CUES)
    for (const m of text.matchAll(c.pattern)) cues.push({ role: c.role, start: m.index, end: m.index + m[0].length, weak: !!c.weak });
  // a numbered round is an interview whatever its word: "1. interview", "anden runde"
  for (const m of text.matchAll(ROUND_MENTION)) cues.push({ role: "interview", start: m.index, end: m.index + m[0].length, weak: false });
  // "efter første samtalerunde" holds "samtalerunde": the longer cue speaks for both
  return cues.filter((c) => !cues.some((o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start));
}

function roleAt(cues: Cue[], start: number, end: number): DateRole | null {
  const before = cues.filter((c) => c.end <= start).sort((a, b) => b.end - a.end);
  if (before.length) {
    const nearest = before[0];
    if (nearest.weak) {
      // "Tiltrædelse senest 1. marts", "Referencer indhentes senest den 10. juni": what the sentence is about wins over "senest"
      const strong = before.find((c) => !c.weak);
      if (strong) return strong.role;
    }
    return nearest.role;
  }
  const after = cues.filter((c) => c.start >= end).sort((a, b) => a.start - b.start);
  return after.length ? after[0].role : null;
}

interface RoundMention {
  start: number;
  end: number;
  round: number | null;
}

function roundMentions(text: string): RoundMention[] {
  return [
    ...[...text.matchAll(ROUND_MENTION)].map((m) => ({ m, round: ROUND_ORDINALS[m[1].toLowerCase()] ?? null })),
    ...[...text.matchAll(ROUND_MENTION_AFTER)].map((m) => ({ m, round: ROUND_ORDINALS[`${m[1]}.`] ?? null })),
  ].map(({ m, round }) => ({ start: m.index, end: m.index + m[0].length, round }));
}

function roundAt(mentions: RoundMention[], start: number, end: number, text = ""): number | null {
  // "13. juni (1. runde) og 20. juni (2. runde)": a mention right after the date is its own
  const right = mentions.find((m) => m.start >= end && m.start - end <= 4 && /^[\s(:–-]*$/u.test(text.slice(end, m.start)));
  if (right) return right.round;
  const before = mentions.filter((m) => m.end <= start).sort((a, b) => b.end - a.end)[0];
  if (before) return before.round;
  const after = mentions.filter((m) => m.start >= end).sort((a, b) => a.start - b.start)[0];
  return after ? after.round : null;
}

/** Every date phrase in the document with its role, in document order; years not yet inferred. */
export function findDateMentions(units: TextUnit[]): DateMention[] {
  const out: DateMention[] = [];
  let order = 0;
  units.forEach((unit, i) => {
    // "Ansøgningsfrist" as a heading, or a label line above "30. maj 2023" (that one speaks for the first sentence only)
    const context = (text: string | null) => (text ? [{ cues: findCues(text), rounds: roundMentions(text), end: text.length }] : []);
    // Contexts are read only for sentences that hold a date: most hold none.
    let headingContext: ReturnType<typeof context> | undefined;
    let aboveContext: ReturnType<typeof context> | undefined;
    splitSentences(unit.text).forEach((s, k) => {
      const dates = parseDanishDates(s.text);
      if (!dates.length) return;
      headingContext ??= context(unit.kind !== "heading" ? unit.heading : null);
      aboveContext ??= context(labelAbove(units[i - 1], unit));
      const contexts = k === 0 ? [...aboveContext, ...headingContext] : headingContext;
      const cues = findCues(s.text);
      const rounds = roundMentions(s.text);
      for (const d of dates) {
        let role = roleAt(cues, d.index, d.index + d.text.length);
        let round = roundAt(rounds, d.index, d.index + d.text.length, s.text);
        for (const context of contexts) {
          if (role !== null) break;
          role = context.cues.length ? context.cues[context.cues.length - 1].role : null;
          if (role === "interview" && round === null) round = roundAt(context.rounds, context.end, context.end);
        }
        out.push({ parsed: d, iso: null, role, round: role === "interview" ? round : null, sentence: s.text, unit, order: order++ });
      }
    });
  });
  inferYears(out);
  return out;
}

/**
 * The words right above, in the same section: a short label line
 * ("Ansøgningsfrist:", "1. samtale"), or the unfinished sentence a page break
 * cut off ("… Ansøgningsfristen er" | "tirsdag den 30. maj 2023.").
 */
function labelAbove(previous: TextUnit | undefined, unit: TextUnit): string | null {
  if (!previous || previous.section !== unit.section || previous.kind === "heading") return null;
  const text = previous.text.trimEnd();
  const last = splitSentences(text).at(-1)?.text ?? "";
  const unfinished = !/[.!?]$/u.test(text);
  if (!unfinished && text.length > 60) return null;
  return parseDanishDates(last).length === 0 ? last : null;
}

const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/**
 * A year the phrase leaves out comes from the nearest stated year before it
 * (else after it), choosing among that year and its neighbours the one that
 * puts the date closest to the anchor: a December deadline followed by
 * "10. januar" interviews rolls over into the next year.
 */
function inferYears(mentions: DateMention[]): void {
  const stated = mentions.filter((m) => m.parsed.date.year !== null);
  // The process text's own years first, then the cover's: a "1. januar 2019" in the job text says nothing of the timetable
  const inProcess = stated.filter((m) => PROCESS_SECTIONS.includes(m.unit.section));
  const onCover = stated.filter((m) => m.unit.section === "andet");
  const anchors = inProcess.length ? inProcess : onCover.length ? onCover : stated;
  for (const m of mentions) {
    const d = m.parsed.date;
    if (d.year !== null || d.month === null || d.day === null) {
      m.iso = m.parsed.approximate || m.parsed.invalid ? null : toIsoDate(d);
      continue;
    }
    const anchor = [...anchors].reverse().find((a) => a.order < m.order) ?? anchors.find((a) => a.order > m.order);
    if (!anchor) continue;
    const a = anchor.parsed.date as DanishDate & { year: number };
    const aDay = dayNumber(a.year, a.month ?? 7, a.day ?? 15);
    const year = [a.year - 1, a.year, a.year + 1]
      .map((y) => ({ y, gap: Math.abs(dayNumber(y, d.month!, d.day!) - aDay) }))
      .sort((x, z) => x.gap - z.gap)[0].y;
    m.iso = toIsoDate({ ...d, year });
  }
}

/** Sections where the process facts are stated; the cover and the job text come after them. */
export const PROCESS_SECTIONS: SectionKind[] = ["ansaettelsesproces", "vilkaar", "yderligere"];

export function preferProcess<T extends { unit: TextUnit; order: number }>(items: T[]): T[] {
  const rank = (s: SectionKind) => (PROCESS_SECTIONS.includes(s) ? 0 : s === "andet" ? 2 : 1);
  return [...items].sort((a, b) => rank(a.unit.section) - rank(b.unit.section) || a.order - b.order);
}

export interface DateFacts {
  deadline: DateMention | null;
  interviews: DateMention[];
  start: DateMention | null;
  /** Phrases in a fact's place that name no day: "Tiltrædelse primo marts", "samtaler i uge 35". */
  unresolved: DateMention[];
}

export function assignDates(mentions: DateMention[]): DateFacts {
  const exact = (role: DateRole) => mentions.filter((m) => m.role === role && m.iso !== null);
  const deadline = preferProcess(exact("deadline"))[0] ?? null;
  const start = preferProcess(exact("start"))[0] ?? null;
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

/** One date per round, first round first; a round spanning two days counts by its first. */
function pickRounds(candidates: DateMention[]): DateMention[] {
  const byDay = new Map<string, DateMention>();
  for (const m of preferProcess(candidates)) {
    const day = m.iso!.slice(0, 10);
    const seen = byDay.get(day);
    if (!seen) byDay.set(day, m);
    else if (seen.round === null && m.round !== null) byDay.set(day, { ...seen, round: m.round });
  }
  const unique = [...byDay.values()];
  const numbered = new Map<number, DateMention>();
  for (const m of unique) {
    if (m.round === null) continue;
    const held = numbered.get(m.round);
    if (!held || m.iso! < held.iso!) numbered.set(m.round, m);
  }
  // Unnumbered dates beside numbered rounds are other meetings ("samtale med borgmesteren")
  if (!numbered.size) {
    const kept: DateMention[] = [];
    for (const m of unique.sort((a, b) => a.iso!.localeCompare(b.iso!))) {
      const last = kept[kept.length - 1];
      // "Samtalerne holdes den 7. og den 8. juni": one round over two days
      if (last && last.sentence === m.sentence && last.unit === m.unit && daysBetween(last, m) <= 2) continue;
      kept.push(m);
    }
    return kept;
  }
  const rounds = [...numbered.entries()].sort((a, b) => a[0] - b[0]).map(([, m]) => m);
  // "2. samtale: 2. april" as an ordered list item has lost its ordinal to the list numbering: a later item still counts
  const last = rounds[rounds.length - 1].iso!.slice(0, 10);
  const stripped = unique
    .filter((m) => m.round === null && m.unit.kind === "item" && m.iso!.slice(0, 10) > last)
    .sort((a, b) => a.iso!.localeCompare(b.iso!));
  return [...rounds, ...stripped];
}

function daysBetween(a: DateMention, b: DateMention): number {
  const day = (m: DateMention) => {
    const [y, mo, d] = m.iso!.slice(0, 10).split("-").map(Number);
    return dayNumber(y, mo, d);
  };
  return Math.abs(day(b) - day(a));
}
