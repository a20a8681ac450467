import { describe, expect, it } from "vitest";
import { record } from "./rows-fixture.js";
import { countRounds, failedRow, FIELDS, placeOf, postTypeOf, toRow } from "../../src/compare/rows.js";
import { KOMMUNE_REGION, KOMMUNER, REGIONER } from "../../src/vocabulary/employers.js";


const salary = (amount: number, period: "year" | "month" | null, text: string, maxAmount: number | null = null) => ({ amount, maxAmount, period, currency: "DKK" as const, text });

describe("postTypeOf: the title's first post noun", () => {
  it.each([
    ["Kommunaldirektør", "kommunaldirektør"],
    ["Ny kommunaldirektør til Skive Kommune", "kommunaldirektør"],
    ["Stadsdirektør", "kommunaldirektør"],
    ["Direktør for Børn og Unge", "direktør"],
    ["Vicedirektør", "direktør"],
    ["Chef for Stabs- og Byrådssekretariatet", "chef"],
    ["Skolechef", "chef"],
    ["HR-chef", "chef"],
    ["Sekretariatschef til Direktionen", "chef"],
    ["Afdelingsleder til Sundhed og Omsorg", "leder"],
    ["Pædagogisk leder", "leder"],
    ["Skoleleder ved Nordskolen", "leder"],
    // the first post noun decides, not a later word
    ["Leder af direktørsekretariatet", "leder"],
    // a compound counts by its last part: a chefkonsulent is a konsulent
    ["Chefkonsulent", null],
    ["Ledelseskonsulent", null],
    ["Socialrådgiver", null],
    ["Studievejleder", null],
    [null, null],
  ] as const)("%s → %s", (title, type) => {
    expect(postTypeOf(title)).toBe(type);
  });
});

describe("placeOf: kommune and region from the employer", () => {
  it.each([
    ["Aarhus Kommune", "Aarhus Kommune", "Region Midtjylland"],
    ["Høje-Taastrup Kommune", "Høje-Taastrup Kommune", "Region Hovedstaden"],
    ["Københavns Kommune", "Københavns Kommune", "Region Hovedstaden"],
    ["Bornholms Regionskommune", "Bornholms Regionskommune", "Region Hovedstaden"],
    ["Ærø Kommune", "Ærø Kommune", "Region Syddanmark"],
    ["Skive Kommune, Sundhed og Omsorg", "Skive Kommune", "Region Midtjylland"],
    ["VIBORG KOMMUNE", "Viborg Kommune", "Region Midtjylland"],
    ["Region Sjælland", null, "Region Sjælland"],
    ["Energistyrelsen", null, null],
    [null, null, null],
  ] as const)("%s → %s, %s", (employer, kommune, region) => {
    expect(placeOf(employer)).toEqual({ kommune, region });
  });

  it("every one of the 98 kommuner lies in one of the 5 regions", () => {
    expect(KOMMUNER).toHaveLength(98);
    expect(KOMMUNE_REGION.size).toBe(98);
    const perRegion = Object.fromEntries(REGIONER.map((r) => [r, [...KOMMUNE_REGION.values()].filter((v) => v === r).length]));
    expect(perRegion).toEqual({
      "Region Hovedstaden": 29,
      "Region Sjælland": 17,
      "Region Syddanmark": 22,
      "Region Midtjylland": 19,
      "Region Nordjylland": 11,
    });
  });
});

describe("toRow: the new fields", () => {
  it("counts interview rounds as distinct days", () => {
    expect(countRounds([])).toBeNull();
    expect(countRounds(["2026-09-01", "2026-09-08"])).toBe(2);
    expect(countRounds(["2026-09-01T09:00", "2026-09-01T13:00", "2026-09-08"])).toBe(2);
    expect(toRow(record({ facts: { interviewDates: ["2026-09-01", "2026-09-10"] } })).rounds).toBe(2);
  });

  it.each([
    ["a monthly amount × 12", salary(60000, "month", "Lønnen er 60.000 kr. om måneden."), 720000, null, false],
    ["a yearly amount kept", salary(900000, "year", "Årslønnen er 900.000 kr."), 900000, null, false],
    ["a monthly range, both ends × 12", salary(55000, "month", "Månedsløn ca. 55.000–60.000 kr.", 60000), 660000, 720000, true],
    ["'i niveauet' is approximate", salary(1100000, "year", "Lønnen vil være i niveauet 1,1 mio. kr."), 1100000, null, true],
    ["no period: no annual amount", salary(850000, null, "Løn 850.000 kr."), null, null, false],
  ] as const)("%s", (_, s, annual, annualMax, approx) => {
    const row = toRow(record({ facts: { salary: s } }));
    expect(row.annualSalary).toBe(annual);
    expect(row.annualSalaryMax).toBe(annualMax);
    expect(row.salaryApprox).toBe(approx);
  });

  it("no salary: every salary field null", () => {
    expect(toRow(record())).toMatchObject({ salary: null, annualSalary: null, annualSalaryMax: null, salaryApprox: null });
  });

  it("counts contacts and committee members, and marks the row ok", () => {
    const row = toRow(
      record({
        facts: {
          contacts: [
            { name: "Anne Holm", role: "direktør", phone: "12345678", email: null },
            { name: "Bo Lund", role: null, phone: null, email: "bl@x.dk" },
          ],
          committee: [{ name: "Formand", role: null }, { name: "Næstformand", role: null }, { name: "Medlem", role: null }],
        },
      }),
    );
    expect(row).toMatchObject({ status: "ok", contacts: 2, committee: 3, kommune: "Høje-Taastrup Kommune", region: "Region Hovedstaden", postType: "chef" });
  });

  it("has every field, in the order of FIELDS", () => {
    expect(Object.keys(toRow(record())).sort()).toEqual([...FIELDS].sort());
    expect(Object.keys(failedRow("x.pdf", "encrypted PDF")).sort()).toEqual([...FIELDS].sort());
  });
});

describe("failedRow", () => {
  it.each([
    ["encrypted PDF", undefined, "failed: encrypted PDF"],
    ["not a PDF", "not-pdf", "failed: not a PDF"],
    ["timed out after 30 s", "timeout", "timed out"],
  ] as const)("%s (%s) → %s", (reason, code, status) => {
    const row = failedRow("nord/skolechef.pdf", reason, code);
    expect(row.status).toBe(status);
    expect(row.file).toBe("nord/skolechef.pdf");
    expect(row).toMatchObject({ employer: null, salary: null, rounds: null, terms: [], tests: [], interviews: [] });
  });
});
