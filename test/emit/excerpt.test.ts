/** The Kilde column's quote holds the phrase that gave the value, with ellipses only where the sentence was cut. */
import { describe, expect, it } from "vitest";
import { EXCERPT_MAX, excerptAround, focusOf } from "../../src/emit/excerpt.js";
import { emptyFacts, type Evidence, type Facts, type ProfileRecord } from "../../src/schemas/record.js";

const record = (facts: Partial<Facts>): ProfileRecord => ({
  schemaVersion: "1",
  source: { path: null, format: "text", sha256: "0".repeat(64), pages: null },
  kind: "profile",
  title: null,
  employer: null,
  consultancy: null,
  sections: [],
  facts: { ...emptyFacts(), ...facts },
  evidence: [],
  warnings: [],
  dropped: [],
});
const quote = (facts: Partial<Facts>, fact: string, text: string) => {
  const e: Evidence = { fact, text, section: null, position: null };
  return excerptAround(text, focusOf(record(facts), e));
};

const long001 =
  "Ansøgningen sendes via stillingsmodulet på www.lundgaard-konsulenterne.dk, hvor der også ligger en uddybende job- og personprofil, så den er modtaget senest den 5. marts 2020 kl. 8.30.";
const contacts =
  "Hvis du har spørgsmål om stillingen, er du meget velkommen til at kontakte borgmester Stephanie Storbank på tlf. 7972 7207 eller chefkonsulent i Genitor Lisbeth Binderup på tlf. 2049 5140, som begge gerne fortæller mere.";

describe("evidence quotes hold the phrase that gave the value", () => {
  const cases: [string, Partial<Facts>, string, string, string[]][] = [
    ["a deadline at the end of a long sentence", { applicationDeadline: "2020-03-05T08:30" }, "applicationDeadline", long001, ["den 5. marts 2020 kl. 8.30."]],
    ["the second contact's whole number", { contacts: [{ name: "Stephanie Storbank", role: null, phone: "79727207", email: null }, { name: "Lisbeth Binderup", role: null, phone: "20495140", email: null }] }, "contacts[1]", contacts, ["Lisbeth Binderup på tlf. 2049 5140"]],
    ["the first contact", { contacts: [{ name: "Stephanie Storbank", role: null, phone: "79727207", email: null }] }, "contacts[0]", contacts, ["Stephanie Storbank på tlf. 7972 7207"]],
    [
      "an interview date without its year",
      { interviewDates: ["2023-06-07", "2023-06-19"] },
      "interviewDates[1]",
      "Første samtalerunde afvikles på Hotel Legoland i Billund onsdag den 7. juni om formiddagen, og anden samtalerunde afvikles efter nærmere aftale med kandidaterne mandag den 19. juni.",
      ["mandag den 19. juni"],
    ],
    [
      "a salary in a long sentence",
      { salary: { amount: 1_050_000, maxAmount: null, period: "year", currency: "DKK", text: "" } },
      "salary",
      "Stillingen besættes på kontraktvilkår og efter konkret forhandling på et niveau, der i dag forventes at ligge på ca.1.050.000 årligt (inklusive kontrakttillæg, eksklusive pension).",
      ["ca.1.050.000 årligt"],
    ],
    [
      "a pension",
      { pensionPercent: 19.55 },
      "pensionPercent",
      "Løn- og ansættelsesvilkår aftales i henhold til gældende overenskomst for chefer i kommunerne efter forhandling med den valgte kandidat, og hertil kommer pension på 19,55%.",
      ["19,55%"],
    ],
    [
      "a form of employment",
      { employmentTerms: ["aaremaal"] },
      "employmentTerms[0]",
      "Efter forhandling med den valgte kandidat og i henhold til de gældende regler for chefer i kommunerne vil stillingen blive besat på åremålsvilkår for en periode på seks år.",
      ["åremålsvilkår"],
    ],
  ];
  it.each(cases)("%s", (_name, facts, fact, text, wants) => {
    const got = quote(facts, fact, text);
    for (const want of wants) expect(got).toContain(want);
    expect(got.length).toBeLessThanOrEqual(EXCERPT_MAX + 2);
    // ellipses at the ends only
    expect(got.slice(1, -1)).not.toContain("…");
  });

  it("shows a short sentence whole, without ellipses", () => {
    expect(quote({ applicationDeadline: "2026-08-12" }, "applicationDeadline", "Ansøgningsfristen er den 12. august 2026.")).toBe("Ansøgningsfristen er den 12. august 2026.");
  });

  it("marks a cut at the start and keeps the sentence's end when the value stands there", () => {
    const got = quote({ applicationDeadline: "2020-03-05T08:30" }, "applicationDeadline", long001);
    expect(got.startsWith("…")).toBe(true);
    expect(got.endsWith("kl. 8.30.")).toBe(true);
  });

  it("never cuts inside a word", () => {
    const got = quote({ contacts: [{ name: "Lisbeth Binderup", role: null, phone: "20495140", email: null }] }, "contacts[0]", contacts);
    const inner = got.replace(/^…|…$/gu, "");
    expect(contacts).toContain(inner);
    const at = contacts.indexOf(inner);
    expect(at === 0 || contacts[at - 1] === " ").toBe(true);
  });
});
