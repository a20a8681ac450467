/**
 * How the summary (`--format md`) names things to Danish readers: section
 * kinds without a heading, the facts table's labels, the forms of employment
 * and the warnings. The record keeps its machine forms; these are for people.
 */
import type { EmploymentTerm, SectionKind } from "../schemas/record.js";

/** How a section kind is named to Danish readers when the document gave no heading. */
export const SECTION_LABELS: Record<SectionKind, string> = {
  indledning: "Indledning",
  jobprofil: "Jobprofil",
  personprofil: "Personprofil",
  ansaettelsesproces: "Ansættelsesproces",
  vilkaar: "Vilkår",
  yderligere: "Yderligere information",
  bilag: "Bilag",
  andet: "Forside",
};

/** The facts table: its column heads and row labels. */
export const FACT_LABELS = {
  fact: "Fakta",
  value: "Værdi",
  source: "Kilde",
  deadline: "Ansøgningsfrist",
  interview: (round: number) => `Samtale, ${round}. runde`,
  start: "Tiltrædelse",
  salary: "Løn",
  pension: "Pension",
  terms: "Ansættelsesform",
  contact: "Kontakt",
  committee: "Ansættelsesudvalg",
  tests: "Test",
  phone: "tlf.",
  page: "s.",
  line: "l.",
  untitled: "Stilling uden titel",
  recruiter: "rekruttering:",
  profile: "job- og personprofil",
  advertisement: "stillingsopslag",
  warning: "Bemærk",
} as const;

/** The forms of employment as a Danish reader writes them ("aaremaal" is the record's ASCII form). */
export const TERM_LABELS: Record<EmploymentTerm, string> = {
  kontrakt: "kontrakt",
  aaremaal: "åremål",
  overenskomst: "overenskomst",
  tjenestemand: "tjenestemandsansættelse",
};

/** Danish month names by number, for dates written out ("2. december 2010"). */
export const MONTH_NAMES = [
  "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december",
] as const;

/** Salary wording: a period, an approximate amount, pension on top or included. */
export const SALARY_LABELS = {
  year: "om året",
  month: "om måneden",
  approximate: "ca.",
  plusPension: "+ pension",
  inclPension: "inkl. pension",
  kr: "kr.",
} as const;
/** The salary sentence gives an approximate amount: "ca.", "i niveauet", "omkring", "forventes at ligge på". */
export const APPROXIMATE_PAY = /(?<![\p{L}])(?:ca\.|cirka|omkring|i niveauet|niveau|i størrelsesordenen|forventes|forventet|anslået)(?![\p{L}])/iu;
/** Pension comes on top of the amount: "plus pensionsbidrag", "eksklusive pension", "hertil kommer pension". */
export const PENSION_ON_TOP = /(?<![\p{L}])(?:plus|\+|eksklusiv[e]?|ekskl\.|excl\.?|hertil kommer|med tillæg af|tillagt|samt)\s{1,3}(?:\p{L}{1,12}\s{1,3}){0,2}pension/iu;
/** Pension is part of the amount: "inklusive pension", "inkl. pension". */
export const PENSION_INCLUDED = /(?<![\p{L}])(?:inklusiv[e]?|inkl\.|incl\.?)\s{1,3}(?:\p{L}{1,12}\s{1,3}){0,2}pension/iu;

/** The summary's note for a warning, by its code; the record's own message is English, for the command line. */
export const WARNING_LABELS: Record<string, string> = {
  "date-order": "Datoerne modsiger hinanden",
  "unparsed-date": "En dato kunne ikke fastlægges",
  "approximate-date": "En dato er kun omtrentlig",
  "jsonld-disagrees": "Sidens JSON-LD siger noget andet end teksten",
};
