import { LETTER } from "../../vocabulary/letters.js";
import { WEEKDAYS } from "../../vocabulary/dates.js";
import { factValue } from "../evidence.js";
import { dayOf, isoWeekday, parseDay } from "../dates.js";
import { defineRule, type RuleFinding } from "../types.js";

// Only the full names: the abbreviations ("man", "ons", "fre") are ordinary
// words too, and a weekday in a profile is almost always written out.
const FULL_WEEKDAYS = Object.entries(WEEKDAYS).filter(([word]) => word.endsWith("dag"));
const WEEKDAY_NUMBER = new Map(FULL_WEEKDAYS);
const WEEKDAY_NAME = new Map(FULL_WEEKDAYS.map(([word, n]) => [n, word]));

// e.g. "torsdag den 2. december 2010", "tirsdag d. 14. december", "onsdag 9. juni".
// Bounded whitespace runs separated by literals: no nested quantifiers.
const WEEKDAY_DAY = new RegExp(
  String.raw`(?<![${LETTER}\d])(${FULL_WEEKDAYS.map(([w]) => w).join("|")})(?:en)?\s{1,3}(?:(?:den|d\.)\s{1,3})?(\d{1,2})\.`,
  "giu",
);

/** The weekday names in a phrase with the day of the month each one precedes. */
export function weekdayMentions(text: string): { weekday: number; word: string; dayOfMonth: number }[] {
  return [...text.matchAll(WEEKDAY_DAY)].map((m) => ({
    weekday: WEEKDAY_NUMBER.get(m[1].toLowerCase()) ?? 0,
    word: m[1],
    dayOfMonth: Number(m[2]),
  }));
}

export default defineRule({
  id: "weekday-mismatch",
  description: "A weekday does not match its date (e.g. \"onsdag den 2. december 2010\", a Thursday).",
  defaultSeverity: "warn",
  kinds: ["profile", "advertisement"],
  messages: {
    mismatch: '"{{word}} den {{dayOfMonth}}." does not match {{date}}, which is a {{actual}}',
  },
  check(record) {
    const out: RuleFinding[] = [];
    for (const ev of record.evidence) {
      const value = factValue(record, ev.fact);
      if (typeof value !== "string" || !parseDay(dayOf(value))) continue;
      const date = dayOf(value);
      const actual = isoWeekday(date);
      const dayOfMonth = Number(date.slice(8, 10));
      for (const m of weekdayMentions(ev.text)) {
        if (m.dayOfMonth !== dayOfMonth || m.weekday === actual) continue;
        out.push({
          messageId: "mismatch",
          data: { word: m.word, dayOfMonth, date, actual: WEEKDAY_NAME.get(actual) ?? String(actual) },
          ...(ev.section ? { section: ev.section } : {}),
          position: ev.position,
        });
      }
    }
    return out;
  },
});
