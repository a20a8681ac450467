/**
 * Calendar arithmetic for the date rules, on plain ISO strings. Dates are
 * handled as UTC days so that no time zone or daylight-saving shift can move
 * a deadline to the day before.
 */

/** The day part of a fact's date ("2010-12-02T09:00" → "2010-12-02"). */
export const dayOf = (iso: string): string => iso.slice(0, 10);

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** A real calendar day as YYYY-MM-DD (rejects 2023-02-30), else null. */
export function parseDay(s: string): Date | null {
  const m = ISO_DAY.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return formatDay(d) === s ? d : null;
}

export const formatDay = (d: Date): string => d.toISOString().slice(0, 10);

/** ISO weekday: 1 Monday … 7 Sunday, as the Danish week counts. */
export function isoWeekday(day: string): number {
  const d = parseDay(dayOf(day));
  if (!d) throw new RangeError(`not a date: ${day}`);
  return ((d.getUTCDay() + 6) % 7) + 1;
}

export function addDays(day: string, n: number): string {
  const d = parseDay(day);
  if (!d) throw new RangeError(`not a date: ${day}`);
  return formatDay(new Date(d.getTime() + n * 86_400_000));
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The last day of a day's month ("2027-06-01" → "2027-06-30"). */
export function lastOfMonth(day: string): string {
  const d = parseDay(day);
  if (!d) throw new RangeError(`not a date: ${day}`);
  return formatDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}
