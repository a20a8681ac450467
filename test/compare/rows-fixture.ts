/** Small rows for the compare tests: records built in code, each with the facts a test names. */
import { emptyFacts, ProfileRecord } from "../../src/schemas/record.js";
import { failedRow, toRow, type Row } from "../../src/compare/rows.js";

export function record(over: Partial<ProfileRecord> & { facts?: Partial<ProfileRecord["facts"]> } = {}): ProfileRecord {
  return ProfileRecord.parse({
    schemaVersion: "1",
    source: { path: "x.txt", format: "text", sha256: "0".repeat(64), pages: null },
    kind: "profile",
    title: "Chef for Økonomi",
    employer: "Høje-Taastrup Kommune",
    consultancy: null,
    sections: [],
    evidence: [],
    warnings: [],
    dropped: [],
    ...over,
    facts: { ...emptyFacts(), ...over.facts },
  });
}

const salary = (amount: number, period: "year" | "month", text: string) => ({ amount, maxAmount: null, period, currency: "DKK" as const, text });

/** Four inputs: a region, a kommune, another kommune with few facts, and a file that could not be read. */
export const ROWS: Row[] = [
  toRow(
    record({
      employer: "Region Midtjylland",
      title: "Direktør for Regional Udvikling",
      consultancy: "Genitor",
      facts: {
        applicationDeadline: "2024-03-01",
        startDate: "2024-06-01",
        interviewDates: ["2024-03-10", "2024-03-20"],
        employmentTerms: ["aaremaal", "kontrakt"],
        salary: salary(1_100_000, "year", "Lønnen er ca. 1,1 mio. kr. om året."),
        tests: ["NEO-PI-3"],
      },
    }),
    "arkiv/2024/midt/direktoer.pdf",
  ),
  toRow(
    record({
      employer: "Aarhus Kommune",
      title: "Skolechef",
      kind: "advertisement",
      facts: {
        applicationDeadline: "2023-11-09T12:00",
        startDate: "2024-01-01",
        employmentTerms: ["overenskomst"],
        salary: salary(60_000, "month", "Månedslønnen er 60.000 kr."),
        pensionPercent: 17.1,
      },
    }),
    "arkiv/2023/nord/skolechef.pdf",
  ),
  toRow(record({ employer: "Køge Kommune", title: "Afdelingsleder" }), "arkiv/2024/koege/leder.txt"),
  failedRow("arkiv/2024/hemmelig.pdf", "encrypted PDF"),
];

export const names = (rows: readonly Row[]) => rows.map((r) => r.file.split("/").pop());
