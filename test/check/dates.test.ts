import { describe, expect, it } from "vitest";
import { addDays, easterSunday, isoWeekday, lastOfMonth, parseDay } from "../../src/check/dates.js";
import { danishHoliday, danishHolidays } from "../../src/check/holidays.js";
import { isDateLike } from "../../src/check/rules/unparsed-date.js";
import { weekdayMentions } from "../../src/check/rules/weekday-mismatch.js";

describe("easterSunday", () => {
  // Published Easter dates, including the extremes (22 March, 25 April).
  it.each([
    [1818, "1818-03-22"],
    [1943, "1943-04-25"],
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2010, "2010-04-04"],
    [2019, "2019-04-21"],
    [2023, "2023-04-09"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2038, "2038-04-25"],
  ])("%i → %s", (year, day) => {
    expect(easterSunday(year)).toBe(day);
    expect(isoWeekday(day)).toBe(7);
  });
});

describe("danishHolidays", () => {
  it("lists the 2023 holidays with store bededag", () => {
    expect(Object.fromEntries(danishHolidays(2023, { customary: false }))).toEqual({
      "2023-04-06": "skærtorsdag",
      "2023-04-07": "langfredag",
      "2023-04-09": "påskedag",
      "2023-04-10": "2. påskedag",
      "2023-05-05": "store bededag",
      "2023-05-18": "Kristi himmelfartsdag",
      "2023-05-28": "pinsedag",
      "2023-05-29": "2. pinsedag",
      "2023-01-01": "nytårsdag",
      "2023-12-25": "juledag",
      "2023-12-26": "2. juledag",
    });
  });
  it("drops store bededag from 2024", () => {
    expect([...danishHolidays(2024).values()]).not.toContain("store bededag");
    expect(danishHoliday("2024-04-26")).toBeNull();
  });
  it("counts the customary closing days only when asked", () => {
    expect(danishHoliday("2026-12-24")).toBe("juleaftensdag");
    expect(danishHoliday("2026-12-24", { customary: false })).toBeNull();
  });
  it("reads a date with a time", () => {
    expect(danishHoliday("2026-12-25T12:00")).toBe("juledag");
  });
  it("names no ordinary working day", () => {
    expect(danishHoliday("2026-08-12")).toBeNull();
  });
});

describe("calendar helpers", () => {
  it("rejects impossible days", () => {
    expect(parseDay("2023-02-29")).toBeNull();
    expect(parseDay("2024-02-29")).not.toBeNull();
    expect(parseDay("12-08-2026")).toBeNull();
  });
  it("crosses months and years", () => {
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });
  it("knows each month's last day, a leap year's February too", () => {
    expect(lastOfMonth("2027-06-01")).toBe("2027-06-30");
    expect(lastOfMonth("2028-02-01")).toBe("2028-02-29");
    expect(lastOfMonth("2027-12-15")).toBe("2027-12-31");
  });
  it("counts Monday as 1 and Sunday as 7", () => {
    expect(isoWeekday("2010-12-02")).toBe(4);
    expect(isoWeekday("2026-08-16")).toBe(7);
  });
});

describe("weekdayMentions", () => {
  it.each([
    ["torsdag den 2. december 2010", [{ weekday: 4, dayOfMonth: 2 }]],
    ["tirsdag d. 14. december", [{ weekday: 2, dayOfMonth: 14 }]],
    ["onsdag 9. juni", [{ weekday: 3, dayOfMonth: 9 }]],
    ["Mandag den 6. og tirsdag den 7. december", [{ weekday: 1, dayOfMonth: 6 }, { weekday: 2, dayOfMonth: 7 }]],
    ["fredagen den 3. marts", [{ weekday: 5, dayOfMonth: 3 }]],
    ["lørdag den 1. maj og søndag den 2. maj", [{ weekday: 6, dayOfMonth: 1 }, { weekday: 7, dayOfMonth: 2 }]],
  ])("%s", (text, want) => {
    expect(weekdayMentions(text).map(({ weekday, dayOfMonth }) => ({ weekday, dayOfMonth }))).toEqual(want);
  });

  it.each([
    "mandagsmøde den 6. december",
    "hverdag den 6. december",
    "man kan søge 6. december",
    "ons 6. december",
    "torsdag eftermiddag",
    "torsdag den 2 december",
  ])("finds no weekday with a day in %j", (text) => {
    expect(weekdayMentions(text)).toEqual([]);
  });

  it("does not backtrack catastrophically on long whitespace and digit runs", () => {
    const evil = "torsdag" + " ".repeat(50_000) + "den" + "1".repeat(50_000);
    const t0 = performance.now();
    weekdayMentions(evil.repeat(2));
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe("isDateLike (which unresolved phrases unparsed-date reports)", () => {
  it.each(["uge 35", "i uge 35", "primo september", "medio august", "den 31. juni", "juni 2026", "Ugen efter påske", "i løbet af foråret", "efter sommerferien"])("%j names a time", (phrase) => {
    expect(isDateLike(phrase)).toBe(true);
  });
  it.each(["snarest muligt", "efter aftale", "hurtigst muligt", "snarest", "løbende", "mandagsmøde"])("%j names none", (phrase) => {
    expect(isDateLike(phrase)).toBe(false);
  });
  it("stays fast on long letter runs", () => {
    const t0 = performance.now();
    isDateLike("a".repeat(200_000) + "uge".repeat(10_000));
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
