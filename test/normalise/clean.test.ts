import { describe, expect, it } from "vitest";
import { cleanLine, stripInlineMarkdown, tableCells } from "../../src/normalise/clean.js";
import { joinWrapped } from "../../src/normalise/blocks.js";

describe("cleanLine", () => {
  it.each([
    ["kommunal\u00ad", "kommunal-"],
    ["kommunal\u2010", "kommunal-"],
    ["med\u00a0mellemrum\u202f", "med mellemrum"],
    ["usynlig\u200b tegn\ufeff", "usynlig tegn"],
    ["tab\there   ", "tab here"],
    // a timetable's dot leader is the layout's gap between its label and its value, as wide; a contents line's stays
    ["Ansøgningsfrist ........ Mandag den 15. marts 2027 kl. 12.00", `Ansøgningsfrist${" ".repeat(10)}Mandag den 15. marts 2027 kl. 12.00`],
    ["Forventet tiltrædelse……1. juni 2027", "Forventet tiltrædelse   1. juni 2027"],
    ["1.   Baggrund for stillingen ............. 3", "1.   Baggrund for stillingen ............. 3"],
    ["Bilag 1 ......... s. 12-13", "Bilag 1 ......... s. 12-13"],
    // a sentence's pause is no leader
    ["Og så videre... som det hedder", "Og så videre... som det hedder"],
    ["Er du den rette.... så søg stillingen", "Er du den rette.... så søg stillingen"],
    // letter-spaced capitals are read as their words; single letters in a sentence are not
    ["B A G G R U N D", "BAGGRUND"],
    ["L Ø N -   O G   A N S Æ T T E L S E S V I L K Å R", "LØN- OG ANSÆTTELSESVILKÅR"],
    ["  P E R S O N P R O F I L", "PERSONPROFIL"],
    ["A B C-analysen viser at", "A B C-analysen viser at"],
    // words whose gaps are no wider than their letters' are read only where the vocabulary knows the heading
    ["J O B - O G P E R S O N P R O F I L", "J O B - O G P E R S O N P R O F I L"],
    ["I A og B gælder det", "I A og B gælder det"],
    // a text box's sides drawn with box-drawing characters are the box's, not the line's
    ["│ Arbejdssted: Jobcenter Faaborg-Midtfyn, Østre Ringvej 22", "Arbejdssted: Jobcenter Faaborg-Midtfyn, Østre Ringvej 22"],
    ["║ Frist: 5. marts 2027 kl. 12.00   ║", "Frist: 5. marts 2027 kl. 12.00"],
    ["│\tFrist: 1. marts\t│", "Frist: 1. marts"],
    // sides with no padding, and a top border with the box's title set in it
    ["│Frist: 5. marts 2027│", "Frist: 5. marts 2027"],
    ["┌─ KORT FORTALT ─────────┐", "KORT FORTALT"],
    ["│", ""],
    // a bar between a label and its value, and the indentation before it, are the line's
    ["    Løn │ Efter overenskomst", "    Løn │ Efter overenskomst"],
  ])("%j → %j", (raw, want) => {
    expect(cleanLine(raw)).toBe(want);
  });

  it("lets a soft hyphen at a line's end join the word across the break", () => {
    expect(joinWrapped(cleanLine("kommunal\u00ad"), "direktøren")).toBe("kommunaldirektøren");
  });
});

describe("tableCells: a row whose cells a tab parts", () => {
  it.each([
    ["Hanne Krogsgaard \tBorgmester, formand", ["Hanne Krogsgaard", "Borgmester, formand"]],
    ["Navn \tFunktion", ["Navn", "Funktion"]],
    ["Ansøgningsfrist \tSamtaler \tTiltrædelse", ["Ansøgningsfrist", "Samtaler", "Tiltrædelse"]],
    ["Tirsdag den 16. februar\t\t1. samtalerunde", ["Tirsdag den 16. februar", "1. samtalerunde"]],
    // a chapter's number, a contents line's page, a fact box's label: one line, as before
    ["1 \tIndledning", null],
    ["3.1 Opgaver og ansvar \t4", null],
    ["2 \tFaaborg-Midtfyn Kommune \t3", null],
    // a timetable by weeks: the week's number first, then the day and what happens
    ["33 \tFredag den 20. august 2027 kl. 12.00 \tAnsøgningsfrist", ["33", "Fredag den 20. august 2027 kl. 12.00", "Ansøgningsfrist"]],
    ["44 \tMandag den 1. november 2027 \tTiltrædelse", ["44", "Mandag den 1. november 2027", "Tiltrædelse"]],
    ["Ansøgningsfrist\t07.03.2027", null],
    ["Arbejdssted:\tSønderborg", null],
    ["ingen tabulator her", null],
  ])("%j → %j", (raw, want) => {
    expect(tableCells(raw)).toEqual(want);
  });
});

describe("stripInlineMarkdown", () => {
  it.each([
    ["Fristen er **den 12. august**.", "Fristen er den 12. august."],
    ["- *Sammenhængsmodellen:* I 2018", "- Sammenhængsmodellen: I 2018"],
    ["Bilag 1: [Organisering](#)", "Bilag 1: Organisering"],
    ["Se [visionen](https://example.dk/v)", "Se visionen (https://example.dk/v)"],
    ["3 * 4 = 12 og 5 * 6", "3 * 4 = 12 og 5 * 6"],
  ])("%j → %j", (raw, want) => {
    expect(stripInlineMarkdown(raw)).toBe(want);
  });
});

describe("tableCells: a timetable's row set as text, its day and its step a middle dot apart", () => {
  it.each([
    ["Uge 12 · Første samtaler", ["Uge 12", "Første samtaler"]],
    ["1. juni 2027 · Tiltrædelse", ["1. juni 2027", "Tiltrædelse"]],
    ["Tirsdag den 16. marts · Anden samtale", ["Tirsdag den 16. marts", "Anden samtale"]],
    ["16/3 · Første samtale", ["16/3", "Første samtale"]],
    // a non-breaking space inside the week, as a page or a PDF sets it
    ["Uge\u00a012 · Første samtaler", ["Uge 12", "Første samtaler"]],
    // a byline's or a footer's dots part no day from a step, and a contents line's chapter is no day
    ["Horsens Kommune · Sundhed og Omsorg", null],
    ["Vi holder samtaler i uge 12 · og uge 13", null],
    ["1. Indledning · 3", null],
    ["1.4 · Baggrund", null],
    ["4. sal · 8000 Aarhus C", null],
    // a dateline under a title: the house's name is no step
    ["3. marts 2027 · Horsens Kommune", null],
  ])("%j → %j", (text, want) => {
    expect(tableCells(text)).toEqual(want);
  });
});
