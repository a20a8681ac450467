import { describe, expect, it } from "vitest";
import { parseDanishDates, toIsoDate } from "../../src/extract/facts/dates.js";

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
    ["samtaler den 7.-8. juni 2023", ["2023-06-07"]],
    // two days joined by "og" are two dates; the round logic merges them when they are one round
    ["samtaler den 7. og 8. juni 2023", ["2023-06-07", "2023-06-08"]],
    ["samtaler den 12. og 19. september 2023", ["2023-09-12", "2023-09-19"]],
    ["30. MAJ 2023", ["2023-05-30"]],
    ["Den 29. februar 2024", ["2024-02-29"]],
    ["kl. 9.00 onsdag den 8. december 2010", ["2010-12-08T09:00"]],
    ["d. 05.03.20", ["2020-03-05"]],
    ["Ansøgningsfrist: 2023-05-30 kl. 12:00", ["2023-05-30T12:00"]],
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
    ["samtaler i uge 35", "uge 35"],
    ["tiltrædelse snarest muligt", "snarest muligt"],
    ["Juni 2026", "Juni 2026"],
    ["forventet tiltrædelse i løbet af januar", "i løbet af januar"],
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
