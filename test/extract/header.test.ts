import { describe, expect, it } from "vitest";
import { parseProfile } from "../../src/pipeline.js";
import { CONSULTANCIES } from "../../src/vocabulary/consultancies.js";

const body = Array.from({ length: 4 }, () => "Kommunen er en attraktiv arbejdsplads med mange dygtige medarbejdere, og der er gode muligheder for udvikling.").join(" ");
const header = async (text: string) => {
  const { record } = await parseProfile(Buffer.from(text), { path: "x.txt" });
  return { kind: record.kind, title: record.title, employer: record.employer, consultancy: record.consultancy };
};

describe("extractHeader", () => {
  it.each([
    [`Job- og personprofil\n\nDirektør for Teknik og Miljø\n\nSkanderborg Kommune\n\nJanuar 2025\n\nIndledning\n\n${body}`, "Direktør for Teknik og Miljø", "Skanderborg Kommune"],
    [`Genopslag\nHøje-Taastrup Kommune\nJob- og personprofil for direktør\nmed ansvar for økonomi, borger-\nservice og HR\n\n1. Baggrund\n\n${body}`, "Direktør med ansvar for økonomi, borgerservice og HR", "Høje-Taastrup Kommune"],
    [`VIBORG\nKOMMUNE\n\nJob- og personprofil\nChef for Stabs- og\nByrådssekretariatet\nJuni 2026\n\nIndledning\n\n${body}`, "Chef for Stabs- og Byrådssekretariatet", "Viborg Kommune"],
    [`Direktør for Børn og Unge i Billund Kommune\n\nFlyvefærdig direktør\n\n${body}`, "Direktør for Børn og Unge", "Billund Kommune"],
    [`Indledning\n\nBillund Kommune søger ny kommunaldirektør. ${body}`, "Kommunaldirektør", "Billund Kommune"],
    [`Indledning\n\nRegion Midtjylland søger en ny HR-chef til koncernstaben. ${body} Region Midtjylland er stor.`, "HR-chef", "Region Midtjylland"],
  ])("title and employer of %#", async (text, title, employer) => {
    expect(await header(text)).toMatchObject({ title, employer });
  });

  it.each([
    ["Kommunen har nedsat et ansættelsesudvalg, der med hjælp fra Genitor gennemfører processen.", "Genitor"],
    ["Ansøgningen sendes via www.lundgaard-konsulenterne.dk senest fredag.", "Lundgaard Konsulenterne"],
    ["Kontakt chef for KL’s Konsulentvirksomhed, KLIK, Bente Buhl Rasmussen.", "KL's Konsulentvirksomhed"],
    ["Processen gennemføres med hjælp fra Rekrutteringshuset Nord. Kontakt partner i Rekrutteringshuset Nord Anne Hansen.", "Rekrutteringshuset Nord"],
    ["Kontakt partner i Rekrutteringshuset Anne Hansen på tlf. 1234 5678.", "Rekrutteringshuset"],
    ["Kontakt kommunaldirektøren på tlf. 1234 5678.", null],
  ])("consultancy in %j", async (sentence, consultancy) => {
    expect((await header(`Indledning\n\nFavrskov Kommune søger en direktør. ${body}\n\n${sentence}`)).consultancy).toBe(consultancy);
  });

  it("tells a short advertisement from a profile", async () => {
    expect((await header(`Direktør\n\n${body}`)).kind).toBe("advertisement");
    expect((await header(`Job- og personprofil\n\nDirektør\n\nIndledning\n\n${body}`)).kind).toBe("profile");
  });
});

describe("consultancy hints", () => {
  // The hint is looked for before the aliases run: a mention the hint does not cover would be missed.
  it.each(CONSULTANCIES.map((c) => [c.name, c] as const))("%s: every spelling holds the hint", (_name, c) => {
    expect(c.hint).toBe(c.hint.toLowerCase());
    expect(c.name.toLowerCase()).toContain(c.hint);
    for (const m of `${c.name}. ${c.name.toUpperCase()}. ${c.name.toLowerCase()}.`.matchAll(new RegExp(c.aliases.source, c.aliases.flags + "g")))
      expect(m[0].toLowerCase()).toContain(c.hint);
  });
});
