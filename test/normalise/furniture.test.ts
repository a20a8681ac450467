import { describe, expect, it } from "vitest";
import { dropFurniture } from "../../src/normalise/furniture.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1, page: null }));
const dropped = (text: string) => dropFurniture(lines(text)).dropped.map((d) => d.text);

describe("page furniture of text copied from a browser", () => {
  it.each([
    ["Gå til hovedindhold"],
    ["Del på LinkedIn"],
    ["Udskriv"],
    ["Accepter alle"],
    ["Forside › Job › Ledige stillinger › Skoleleder"],
    ["Du er her: Forside / Om kommunen / Job"],
    ["Vi bruger cookies til at forbedre din oplevelse og til statistik."],
    // a menu copied as one line, its entries apart by runs of spaces, a tab or a bar
    ["Forløb   Lange forløb   Om skolen   Job   Kontakt"],
    ["Borger\tErhverv\tPolitik\tOm kommunen"],
    ["Forside | Nyheder | Job | Kontakt"],
  ])("drops %s", (line) => {
    expect(dropped(`${line}\nSkoleleder til Hedeskolen\nVi søger en skoleleder, der kan samle skolen om en fælles retning.`)).toEqual([line]);
  });

  it("drops a menu's words, not the lines beside them", () => {
    expect(dropped("Egebjerg Friskole\nForside\nOm skolen\nSFO\nKontakt\nVi søger en skoleleder.")).toEqual(["Forside", "Om skolen", "SFO", "Kontakt"]);
  });

  it.each([
    ["Kontakt", "a contact heading alone"],
    ["Forsiden af rapporten viser kommunens nye strategi.", "a sentence with a menu word"],
    ["Løn efter overenskomst / kontrakt efter aftale", "a line with a slash that is no breadcrumb"],
    ["Aktivitet   Dato   Sted", "a table's head row spaced out, with no menu words"],
    ["Ansøgningsfrist   1. samtale   2. samtale   Tiltrædelse", "a timetable's row"],
    ["Kontakt   Per Holm   Afdelingsleder", "a contact row with one menu word"],
  ])("keeps %s (%s)", (line) => {
    expect(dropped(`${line}\nVi søger en skoleleder, der kan samle skolen om en fælles retning.`)).toEqual([]);
  });

  it("gives the reason page-furniture and the line's place", () => {
    const { dropped: d, kept } = dropFurniture(lines("Udskriv\nSkoleleder"));
    expect(d).toEqual([{ text: "Udskriv", reason: "page-furniture", position: { start: { line: 1, page: null }, end: { line: 1, page: null } } }]);
    expect(kept.map((l) => l.text)).toEqual(["Skoleleder"]);
  });
});
