/**
 * Danish public holidays (helligdage) and the days offices customarily close,
 * as data: fixed dates and offsets from Easter Sunday. A deadline on one of
 * them means applicants lose a working day, which a reviewer wants flagged.
 */
import { addDays, easterSunday } from "./dates.js";

interface EasterHoliday {
  name: string;
  offset: number;
  /** Abolished or introduced: the years it applies (inclusive). */
  from?: number;
  until?: number;
}

const EASTER_HOLIDAYS: EasterHoliday[] = [
  { name: "skærtorsdag", offset: -3 },
  { name: "langfredag", offset: -2 },
  { name: "påskedag", offset: 0 },
  { name: "2. påskedag", offset: 1 },
  // Abolished by law from 2024 (lov nr. 152 af 28. februar 2023).
  { name: "store bededag", offset: 26, until: 2023 },
  { name: "Kristi himmelfartsdag", offset: 39 },
  { name: "pinsedag", offset: 49 },
  { name: "2. pinsedag", offset: 50 },
];

const FIXED_HOLIDAYS: { name: string; monthDay: string }[] = [
  { name: "nytårsdag", monthDay: "01-01" },
  { name: "juledag", monthDay: "12-25" },
  { name: "2. juledag", monthDay: "12-26" },
];

/** Not public holidays by law, but public offices are closed (overenskomst or custom). */
const CUSTOMARY_CLOSED: { name: string; monthDay: string }[] = [
  { name: "grundlovsdag", monthDay: "06-05" },
  { name: "juleaftensdag", monthDay: "12-24" },
  { name: "nytårsaftensdag", monthDay: "12-31" },
];

/** The holidays of one year, by YYYY-MM-DD. */
export function danishHolidays(year: number, { customary = true } = {}): Map<string, string> {
  const out = new Map<string, string>();
  const easter = easterSunday(year);
  for (const h of EASTER_HOLIDAYS) {
    if ((h.from !== undefined && year < h.from) || (h.until !== undefined && year > h.until)) continue;
    out.set(addDays(easter, h.offset), h.name);
  }
  for (const h of FIXED_HOLIDAYS) out.set(`${year}-${h.monthDay}`, h.name);
  if (customary) for (const h of CUSTOMARY_CLOSED) out.set(`${year}-${h.monthDay}`, h.name);
  return out;
}

export function danishHoliday(day: string, options: { customary?: boolean } = {}): string | null {
  return danishHolidays(Number(day.slice(0, 4)), options).get(day.slice(0, 10)) ?? null;
}
