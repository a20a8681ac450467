import { describe, expect, it } from "vitest";
import { datePrecision, isoWeekMonday, MAY_BE_RELATIVE, parseDanishDates, toIsoDate } from "../../src/extract/facts/dates.js";
import { RELATIVE_DAY_PHRASES, RELATIVE_WEEK_PHRASES } from "../../src/vocabulary/dates.js";

const iso = (text: string, refYear?: number) =>
  parseDanishDates(text, refYear)
    .filter((d) => !d.approximate && !d.invalid)
    .map((d) => toIsoDate(d.date));

describe("parseDanishDates: phrasings", () => {
  const cases: [string, (string | null)[], number?][] = [
    ["Ansøgningsfristen er tirsdag den 30. maj 2023.", ["2023-05-30"]],
    ["Ansøgningsfristen er den 12. august 2026.", ["2026-08-12"]],
    ["Ansøgningsfristen er **den 12. august 2026**.", ["2026-08-12"]],
    ["anden samtalerunde afvikles mandag den 19. juni", ["2023-06-19"], 2023],
    ["Ansættelsesudvalget mødes fredag den 2. juni", [null]],
    ["modtaget senest den 5. marts 2020 kl. 8.30.", ["2020-03-05T08:30"]],
    ["udløber torsdag den 2. december 2010 kl. 9.00, hvor", ["2010-12-02T09:00"]],
    ["senest den 12. august 2026 kl. 12:00", ["2026-08-12T12:00"]],
    ["senest kl. 12.00 den 12. august 2026", ["2026-08-12T12:00"]],
    ["Ansøgningsfrist: 3/2-2025 kl. 10", ["2025-02-03T10:00"]],
    ["Frist d. 12.01.2025", ["2025-01-12"]],
    ["Samtaler 12/1 2025", ["2025-01-12"]],
    ["Samtaler den 12/1", ["2026-01-12"], 2026],
    ["første samtale, der finder sted onsdag den 8. december 2010.", ["2010-12-08"]],
    ["Forventet tiltrædelse er den 1. januar 2024.", ["2024-01-01"]],
    ["Forventes tiltrædelse 1. februar 2010.", ["2010-02-01"]],
    ["Første samtale afholdes 1.juni 2024", ["2024-06-01"]],
    ["samtaler 12. aug. 2025", ["2025-08-12"]],
    // two days in a row: the second is kept, marked as the span's end; a longer span gives its first day
    ["samtaler den 7.-8. juni 2023", ["2023-06-07", "2023-06-08"]],
    ["testforløb 15.-21. april 2027", ["2027-04-15"]],
    // two days joined by "og" are two dates; the round logic merges them when they are one round
    ["samtaler den 7. og 8. juni 2023", ["2023-06-07", "2023-06-08"]],
    ["samtaler den 12. og 19. september 2023", ["2023-09-12", "2023-09-19"]],
    ["samtaler torsdag den 11. og fredag den 12. marts 2027", ["2027-03-11", "2027-03-12"]],
    ["samtaler den 11. og den 12. marts 2027", ["2027-03-11", "2027-03-12"]],
    ["30. MAJ 2023", ["2023-05-30"]],
    ["Den 29. februar 2024", ["2024-02-29"]],
    ["kl. 9.00 onsdag den 8. december 2010", ["2010-12-08T09:00"]],
    ["d. 05.03.20", ["2020-03-05"]],
    ["Ansøgningsfrist: 2023-05-30 kl. 12:00", ["2023-05-30T12:00"]],
    // numeric dates as job boards and forms print them
    ["Ansøgningsfrist: 3/4-2027", ["2027-04-03"]],
    ["Ansøgningsfrist: 03.04.2027", ["2027-04-03"]],
    ["Ansøgningsfrist: 3.4.27", ["2027-04-03"]],
    ["Ansøgningsfrist: 03-04-2027", ["2027-04-03"]],
    ["Ansøgningsfrist: 2027-04-03", ["2027-04-03"]],
    ["senest d. 3/4", ["2027-04-03"], 2027],
    // a bare day/month after a label or a deadline word: the label says it is a date
    ["Frist: 3/4", ["2027-04-03"], 2027],
    ["Ansøgningsfrist 3/4", ["2027-04-03"], 2027],
    ["søg senest 14/3", ["2027-03-14"], 2027],
    ["Tiltrædelse pr. 1/8", ["2027-08-01"], 2027],
    ["Tiltr. 1/9 el. snarest derefter.", ["2027-09-01"], 2027],
    ["Ansøgningsfrist | 14/3", ["2027-03-14"], 2027],
    // a list after the rounds' word: "… samtale henholdsvis 29/3 og 6/4"
    ["Vi holder 1. og 2. samtale henholdsvis 29/3 og 6/4.", ["2027-03-29", "2027-04-06"], 2027],
    // a list's next only as a date, never a fraction
    ["Frist 15/3 og 1/2 af tiden", ["2027-03-15"], 2027],
    // a day and month alone in a timetable's cell, or a span there kept by its first day
    ["17/3 | Første samtale", ["2027-03-17"], 2027],
    ["24/3–2/4 | Referencer", ["2027-03-24"], 2027],
    // times are kept, in every spelling
    ["Ansøgningsfrist: 14. marts 2027 kl. 12.00", ["2027-03-14T12:00"]],
    ["Ansøgningsfrist: 14. marts 2027 kl. 12", ["2027-03-14T12:00"]],
    ["Ansøgningsfrist: 14. marts 2027 23:59", ["2027-03-14T23:59"]],
    ["Ansøgningsfrist: 14. marts 2027, 23:59", ["2027-03-14T23:59"]],
    // an English time's half of the day
    ["Application deadline: 8 March 2027 at 11:59 PM (CET).", ["2027-03-08T23:59"]],
    ["Deadline: 8 March 2027, 3.15 p.m.", ["2027-03-08T15:15"]],
    // an hour on a 24-hour clock keeps its time whatever half of the day is written after it
    ["Deadline: 8 March 2027, 15:00 pm", ["2027-03-08T15:00"]],
    ["Deadline: 8 March 2027 at 12:00 AM", ["2027-03-08T00:00"]],
    // an English "at" before the hour, and noon by its name; after "at" an hour alone is a count, no time
    ["Applications must be received no later than 15 March 2027 at 12 noon.", ["2027-03-15T12:00"]],
    ["Deadline: 15 March 2027 at 3 pm.", ["2027-03-15T15:00"]],
    ["Interviews will be held on 4 April 2027 at 2 locations in Aarhus.", ["2027-04-04"]],
    // an English text's month before its day, the year written
    ["The deadline for applications is April 20, 2027.", ["2027-04-20"]],
    ["Interviews on Tuesday, May 4, 2027 at 10:00.", ["2027-05-04T10:00"]],
    ["We may 4 times a year meet in May.", []],
    ["Ansøgningsfrist: 14.03.2027 23:59", ["2027-03-14T23:59"]],
    ["Ansøgningsfrist: 14.03.2027 23.59", ["2027-03-14T23:59"]],
    ["Ansøgningsfrist: 14. marts 2027 (kl. 12.00)", ["2027-03-14T12:00"]],
    ["Ansøgningsfrist: 14. marts 2027 - kl. 12.00", ["2027-03-14T12:00"]],
    // a layout table's row: the row's label between its date and its time; another cell's time is not the date's
    ["Mandag 3. maj 2027           Ansøgningsfrist kl. 12.00", ["2027-05-03T12:00"]],
    ["Ansøgningsfrist: 15. marts 2027                  Informationsmøde kl. 16.00 på skolen", ["2027-03-15"]],
    // an amount after a date is no time
    ["fra 1. maj 2027 12.000 kr. om måneden", ["2027-05-01"]],
    ["senest 23:59 den 14. marts 2027", ["2027-03-14T23:59"]],
    ["senest den 14. marts 2027 inden kl. 12", ["2027-03-14T12:00"]],
    ["Første samtale den 22. marts 2027 kl. 9.30-10.30", ["2027-03-22T09:30"]],
    ["Første samtale den 22. marts 2027 klokken 9.30–10.30", ["2027-03-22T09:30"]],
    ["Samtaler 22/3-2027 kl. 13:15", ["2027-03-22T13:15"]],
    // a day and month paired with a whole date written the same way share its year
    ["Samtaler afholdes 23.3. og 30.3.2027.", ["2027-03-23", "2027-03-30"]],
    ["Samtaler 23/3 og 30/3 2027", ["2027-03-23", "2027-03-30"]],
    ["Samtaler den 23.3.–30.3.27", ["2027-03-23", "2027-03-30"]],
    // a print ad's slashes after the step's verb, the year the page's
    ["Samtaler forventes afholdt 10/5 og 19/5.", ["2027-05-10", "2027-05-19"], 2027],
  ];
  it.each(cases)("%s", (text, want, ref) => {
    expect(iso(text, ref)).toEqual(want);
  });
});

describe("parseDanishDates: not dates", () => {
  const negatives = [
    "ring på tlf. 4030 7570",
    "tlf. 40 30 75 70",
    "+45 33 92 33 00",
    "Mellem 1. og 2. samtale skal de udvalgte kandidater gennemføre en test",
    "Høje-Taastrup Kommune har knapt 48.000 indbyggere",
    "budget 2011",
    "Sundhedsordning for alle ansatte 2009-2010",
    "et 12-12-seminar",
    "ca. 1.050.000 årligt",
    "pension på 19,55%",
    "kl. 10.12 præcis",
    "version 2.3.1",
    "den 31. februar 2024",
    "1. viceborgmester",
    "journalnr. 2023-12-345",
    "5. Rekrutteringsprocessen",
    "majestætisk udsigt den 4. majestæt",
    // numbers that look like numeric dates
    "version 2.3.10",
    "v. 1.2.27",
    "2/3 af medarbejderne",
    "Andel: 2/3 af budgettet",
    "Frist: 1/2 time før",
    "ring 12 34 56 78",
    "tlf. 12.34.56.78",
    "tlf.: 30.05.75.70",
    "åbent 8.30-16.00",
    "server 10.1.2.3",
    "Stillingen er på 37/37 timer",
    "kl. 9.12",
    "3/4 af tiden",
    "Vi løser 4/5 opgaver",
    "Vi løser 4/5 og 2/3 af opgaverne",
    // a list's second only as a date: "Frist 15/3 og 1/2 af tiden" holds one date (above), and no fraction

    "24/7 vagtordning",
    "24/7",
    "ugentlig 37 timer om ugen",
  ];
  it.each(negatives)("%s", (text) => {
    expect(iso(text)).toEqual([]);
  });
});

describe("parseDanishDates: approximate phrases keep the phrase, not a day", () => {
  const cases: [string, string][] = [
    ["Tiltrædelse primo marts", "primo marts"],
    ["Tiltrædelse primo marts.", "primo marts"],
    ["Samtaler ultimo aug.", "ultimo aug."],
    ["Tiltrædelse medio august 2024", "medio august 2024"],
    ["tiltrædelse snarest muligt", "snarest muligt"],
    ["Juni 2026", "Juni 2026"],
    ["forventet tiltrædelse i løbet af januar", "i løbet af januar"],
    ["Tiltrædelse i løbet af foråret", "i løbet af foråret"],
    ["Tiltrædelse efter sommerferien 2027", "efter sommerferien 2027"],
    ["Samtaler inden årsskiftet.", "inden årsskiftet"],
  ];
  it.each(cases)("%s", (text, phrase) => {
    const got = parseDanishDates(text);
    expect(got).toHaveLength(1);
    expect(got[0].approximate).toBe(true);
    expect(got[0].text).toBe(phrase);
    expect(toIsoDate(got[0].date)).toBeNull();
  });
});

describe("parseDanishDates: impossible days are kept as invalid, never as a date", () => {
  it.each(["den 31. juni 2024", "30. februar", "den 29. februar 2023"])("%s", (text) => {
    const got = parseDanishDates(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ invalid: true, text });
    expect(toIsoDate(got[0].date)).toBeNull();
  });
});

describe("parseDanishDates: index, text and implied years", () => {
  it("keeps where the phrase stands", () => {
    const text = "Fristen er tirsdag den 30. maj 2023 kl. 12.";
    const [d] = parseDanishDates(text);
    expect(text.slice(d.index, d.index + d.text.length)).toBe(d.text);
    expect(d.text).toBe("tirsdag den 30. maj 2023 kl. 12");
  });
  it("marks a year taken from the reference as implied", () => {
    const [d] = parseDanishDates("den 7. juni", 2023);
    expect(d.date.year).toBe(2023);
    expect(d.yearImplied).toBe(true);
    const [e] = parseDanishDates("den 7. juni");
    expect(e.date.year).toBeNull();
    expect(toIsoDate(e.date)).toBeNull();
  });
});

describe("parseDanishDates: weeks are dates of week precision (the Monday of the ISO week)", () => {
  const cases: [string, string[], number?][] = [
    ["samtaler i uge 35", ["2027-08-30"], 2027],
    ["samtaler i uge 35-36", ["2027-08-30"], 2027],
    ["samtaler i uge 35–36", ["2027-08-30"], 2027],
    ["samtaler i ugerne 35-36", ["2027-08-30"], 2027],
    ["Samtaler forventes afholdt i løbet af uge 12", ["2027-03-22"], 2027],
    ["første samtale i uge 4 og anden samtale i uge 5", ["2027-01-25", "2027-02-01"], 2027],
    ["samtaler i uge 35 og 36", ["2027-08-30", "2027-09-06"], 2027],
    ["Samtaler: uge 35, 2027", ["2027-08-30"]],
    ["Samtaler: uge 35 2027", ["2027-08-30"]],
    ["Samtaler i uge 35 i 2027", ["2027-08-30"]],
    ["Samtaler: uge 10/2027", ["2027-03-08"]],
    ["Tiltrædelse i uge 53", ["2026-12-28"], 2026],
    // the ISO week 1 of 2020 starts in 2019
    ["Samtaler i uge 1 2020", ["2019-12-30"]],
    ["Uge 3", ["2027-01-18"], 2027],
  ];
  it.each(cases)("%s", (text, want, ref) => {
    const got = parseDanishDates(text, ref);
    expect(got.map((d) => toIsoDate(d.date))).toEqual(want);
    expect(got.every((d) => !d.approximate && datePrecision(d.date) === "week")).toBe(true);
  });
  it.each(["ugentlig", "37 timer om ugen", "hver uge", "uge 0", "uge 54", "ugeavis 12", "Uge 53 i 2027"])("%s is no week date", (text) => {
    expect(parseDanishDates(text, 2027).map((d) => toIsoDate(d.date)).filter(Boolean)).toEqual([]);
  });
  it("keeps a week without a year for the caller to infer", () => {
    const [d] = parseDanishDates("samtaler i uge 35");
    expect(d.date).toMatchObject({ year: null, week: 35 });
    expect(toIsoDate(d.date)).toBeNull();
  });
  it.each([
    ["senest fredag i uge 9", "2027-03-05"],
    ["Frist: fredag uge 9", "2027-03-05"],
    ["mandag i uge 10", "2027-03-08"],
    ["søndag i uge 1", "2027-01-10"],
  ])("reads a weekday in a week as that day: %s", (text, want) => {
    const [d] = parseDanishDates(text, 2027);
    expect(toIsoDate(d.date)).toBe(want);
    expect(datePrecision(d.date)).toBe("day");
    expect(d.text).toBe(text.replace(/^(?:senest|Frist:) /u, ""));
  });
  it.each(["Vi forventer, at man i uge 10 kan holde samtaler.", "Samtaler holdes mandag-fredag i uge 10.", "Samtaler holdes fra mandag til fredag i uge 10."])(
    "keeps the week whole where no one day of it is named: %s",
    (text) => {
      const [d] = parseDanishDates(text, 2027);
      expect(toIsoDate(d.date)).toBe("2027-03-08");
      expect(datePrecision(d.date)).toBe("week");
    },
  );
  it("counts ISO weeks from the week holding 4 January", () => {
    expect(isoWeekMonday(2027, 1)).toBe("2027-01-04");
    expect(isoWeekMonday(2026, 53)).toBe("2026-12-28");
    expect(isoWeekMonday(2027, 53)).toBeNull();
    expect(isoWeekMonday(2020, 1)).toBe("2019-12-30");
  });
});

describe("parseDanishDates: precision", () => {
  it.each([
    ["den 14. marts 2027", "day"],
    ["den 14. marts 2027 kl. 12", "time"],
    ["uge 35 2027", "week"],
    ["14/3-2027 23:59", "time"],
  ] as const)("%s is of %s precision", (text, want) => {
    const [d] = parseDanishDates(text);
    expect(datePrecision(d.date)).toBe(want);
  });
});

describe("parseDanishDates: a week's day in brackets after it", () => {
  it.each([
    ["1. samtale: Uge 14 (tirsdag)", ["2027-04-06"]],
    ["2. samtale: Uge 15", ["2027-04-12"]],
    // two days in the brackets: the week, by its Monday, as a week alone is
    ["Samtaler i uge 14 (torsdag og fredag)", ["2027-04-05"]],
  ] as const)("%j → %j", (text, want) => {
    expect(iso(text, 2027)).toEqual(want);
  });
});

describe("session 42: an impossible day written in figures", () => {
  it.each(["den 31/4", "Frist: 30/2"])("%s is kept as invalid", (text) => {
    const got = parseDanishDates(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ invalid: true });
    expect(toIsoDate(got[0].date)).toBeNull();
  });
  it("drops an impossible pair of figures that nothing marks as a date", () => {
    expect(parseDanishDates("Holdet er 31/4 i år.")).toEqual([]);
  });
});

describe("session 45: the relative phrases' gate", () => {
  it.each([...RELATIVE_DAY_PHRASES, ...RELATIVE_WEEK_PHRASES])("lets %j through", (phrase) => {
    expect(MAY_BE_RELATIVE.test(phrase)).toBe(true);
  });
});
