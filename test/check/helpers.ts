/**
 * Hand-made records for the rule tests: `record()` is a complete, clean
 * profile that no rule objects to (on TODAY); each case changes only what it
 * is about, so a failing case names its cause.
 */
import { resolveRules, type RuleLayer } from "../../src/check/config.js";
import { RULES_BY_ID } from "../../src/check/rules/index.js";
import { checkRecord } from "../../src/check/runner.js";
import { emptyFacts, ProfileRecord, type Facts, type Position, type Section, type SectionKind } from "../../src/schemas/record.js";

/** The day the clean record is checked on: before its deadline. */
export const TODAY = "2026-08-01";

export const at = (line: number, page: number | null = null): Position => ({ start: { line, page }, end: { line, page } });

export function section(kind: SectionKind, heading: string | null, texts: string[], line = 1): Section {
  return {
    kind,
    heading,
    position: at(line),
    content: texts.map((text, i) => ({ kind: "paragraph" as const, text, position: at(line + 1 + i) })),
    subsections: [],
  };
}

export const CLEAN_SECTIONS: Section[] = [
  section("indledning", "Indledning", ["Viborg Kommune søger en chef."], 1),
  section("jobprofil", "Jobprofil", ["Chefen leder sekretariatet."], 10),
  section("personprofil", "Personprofil", ["Du er en erfaren leder."], 20),
  section(
    "ansaettelsesproces",
    "Ansættelsesproces",
    [
      "Ansættelsesudvalget består af Lasse Jacobsen og Lene Christensen.",
      "Ansøgningsfristen er onsdag den 12. august 2026.",
      "Første samtalerunde afvikles tirsdag den 18. august.",
      "Anden samtalerunde afvikles torsdag den 27. august.",
      "Forventet tiltrædelse den 1. oktober 2026.",
    ],
    30,
  ),
  section("vilkaar", "Løn- og ansættelsesvilkår", ["Lønnen er 900.000 kr. årligt på kontrakt."], 40),
];

export const CLEAN_FACTS: Facts = {
  ...emptyFacts(),
  applicationDeadline: "2026-08-12",
  interviewDates: ["2026-08-18", "2026-08-27"],
  startDate: "2026-10-01",
  salary: { amount: 900000, maxAmount: null, period: "year", currency: "DKK", text: "900.000 kr. årligt" },
  employmentTerms: ["kontrakt"],
  contacts: [{ name: "Lasse Jacobsen", role: "kommunaldirektør", phone: "51584878", email: "laj@viborg.dk" }],
  committee: [
    { name: "Lasse Jacobsen", role: "kommunaldirektør" },
    { name: "Lene Christensen", role: null },
  ],
};

export const CLEAN_EVIDENCE: ProfileRecord["evidence"] = [
  { fact: "applicationDeadline", text: "Ansøgningsfristen er onsdag den 12. august 2026.", section: "ansaettelsesproces", position: at(33) },
  { fact: "interviewDates[0]", text: "Første samtalerunde afvikles tirsdag den 18. august.", section: "ansaettelsesproces", position: at(34) },
  { fact: "interviewDates[1]", text: "Anden samtalerunde afvikles torsdag den 27. august.", section: "ansaettelsesproces", position: at(35) },
  { fact: "startDate", text: "Forventet tiltrædelse den 1. oktober 2026.", section: "ansaettelsesproces", position: at(36) },
];

export interface RecordChanges {
  facts?: Partial<Facts>;
  sections?: Section[];
  evidence?: ProfileRecord["evidence"];
  warnings?: ProfileRecord["warnings"];
  kind?: ProfileRecord["kind"];
}

/** A valid record (checked against the schema, so a test cannot pass on a shape the parser never makes). */
export function record(changes: RecordChanges = {}): ProfileRecord {
  return ProfileRecord.parse({
    schemaVersion: "1",
    source: { path: "profil.txt", format: "text", sha256: "0".repeat(64), pages: null },
    kind: changes.kind ?? "profile",
    title: "Chef for Stabs- og Byrådssekretariatet",
    employer: "Viborg Kommune",
    consultancy: "Genitor",
    sections: changes.sections ?? CLEAN_SECTIONS,
    facts: { ...CLEAN_FACTS, ...changes.facts },
    evidence: changes.evidence ?? CLEAN_EVIDENCE,
    warnings: changes.warnings ?? [],
    dropped: [],
  });
}

export const withoutSection = (kind: SectionKind) => CLEAN_SECTIONS.filter((s) => s.kind !== kind);

/** Runs one rule (as an error) on a record, with options as a config file would give them. */
export function runRule(id: string, rec: ProfileRecord, options?: Record<string, unknown>, today = TODAY) {
  if (!RULES_BY_ID.has(id)) throw new Error(`no rule ${id}`);
  const layer: RuleLayer = {
    source: "test",
    rules: Object.fromEntries([...RULES_BY_ID.keys()].map((k) => [k, k === id ? (options ? ["error", options] : "error") : "off"])),
  };
  return checkRecord(rec, resolveRules([layer]), today);
}
