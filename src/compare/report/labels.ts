/**
 * What the report says to a Danish reader: column heads, chart titles and
 * notes, and the Danish locale its charts format numbers and dates with.
 * The rows keep their machine forms ("aaremaal", "2026-08-12"); these are for
 * people. Words the summary already has (the forms of employment, the month
 * names) come from src/vocabulary/section-labels.ts.
 */
import type { FieldName } from "../rows.js";
import { MONTH_NAMES } from "../../vocabulary/section-labels.js";

/** Column heads, by field. */
export const FIELD_LABELS: Record<FieldName, string> = {
  file: "Fil",
  status: "Status",
  employer: "Arbejdsgiver",
  kommune: "Kommune",
  region: "Region",
  postType: "Stillingstype",
  title: "Stilling",
  consultancy: "Rekrutteringsfirma",
  kind: "Dokument",
  deadline: "Ansøgningsfrist",
  interviews: "Samtaler",
  rounds: "Runder",
  start: "Tiltrædelse",
  daysToStart: "Dage til tiltrædelse",
  salary: "Løn",
  salaryMax: "Løn, op til",
  period: "Lønperiode",
  salaryApprox: "Ca.-beløb",
  annualSalary: "Årsløn",
  annualSalaryMax: "Årsløn, op til",
  pension: "Pension",
  terms: "Ansættelsesform",
  tests: "Test",
  contacts: "Kontakter",
  committee: "Ansættelsesudvalg",
  requirements: "Krav",
  tasks: "Opgaver",
  sections: "Afsnit",
};

/** Values that are codes in the row. */
export const VALUE_LABELS = {
  profile: "job- og personprofil",
  advertisement: "stillingsopslag",
  year: "om året",
  month: "om måneden",
  yes: "ja",
  no: "nej",
  ok: "læst",
  timedOut: "gav op (tidsgrænse)",
  failed: "kunne ikke læses:",
  kr: "kr.",
  clock: "kl.",
} as const;

export const REPORT_LABELS = {
  pageTitle: (n: number) => `Sammenligning af ${n} ${n === 1 ? "stilling" : "stillinger"}`,
  heading: "Sammenligning af stillinger",
  generator: "Lavet med jobprofil compare --format html.",
  contents: "Indhold",
  figures: "Nøgletal",
  vacancies: (n: number) => (n === 1 ? "stilling" : "stillinger"),
  failed: (n: number) => (n === 1 ? "fil kunne ikke læses" : "filer kunne ikke læses"),
  withDeadline: "med ansøgningsfrist",
  withSalary: "med løn",
  medianAnnual: "medianårsløn",
  table: "Stillinger",
  filter: "Filtrér",
  filterHint: "fx Region, åremål, Genitor",
  /** The page's script fills in the numbers as the filter changes. */
  showing: "Viser {shown} af {all}",
  sortHint: "Klik på en kolonne for at sortere; klik igen for omvendt rækkefølge.",
  timeline: "Tidslinje",
  timelineNote:
    "Hver stillings forløb fra ansøgningsfrist over samtalerunder til tiltrædelse, én linje pr. stilling, sorteret efter frist: til venstre i kalenderen, så forløb der overlapper ses side om side; til højre i dage efter fristen. En rød tiltrædelse ligger under 30 dage efter fristen.",
  timelineMissing: (n: number) => `${n} ${n === 1 ? "stilling" : "stillinger"} uden datoer er ikke med.`,
  event: "Begivenhed",
  deadline: "Ansøgningsfrist",
  interview: "Samtale",
  start: "Tiltrædelse",
  shortStart: "Tiltrædelse under 30 dage efter fristen",
  calendar: "Kalender",
  daysAfter: "Dage efter fristen",
  salary: "Løn",
  salaryNote:
    "Årsløn pr. stilling (månedsløn × 12), efter stillingstype, når titlen siger den. En streg viser et spænd fra–til; en åben cirkel er et ca.-beløb; den sorte streg er medianen.",
  salaryMissing: (n: number) => `${n} ${n === 1 ? "stilling" : "stillinger"} uden årsløn er ikke med.`,
  noSalary: "Ingen af stillingerne angiver en løn med periode.",
  annualSalary: "Årsløn (kr.)",
  postType: "Stillingstype",
  otherPost: "anden stilling",
  glance: "Overblik",
  terms: "Ansættelsesform",
  consultancy: "Rekrutteringsfirma",
  tests: "Test",
  pension: "Pension (% af lønnen)",
  count: "Stillinger",
  notStated: "ikke angivet",
  noConsultancy: "intet firma nævnt",
  noTests: "ingen test nævnt",
  noPension: (n: number) => `${n} ${n === 1 ? "stilling" : "stillinger"} uden pensionsprocent.`,
  nothing: "Ingen af stillingerne siger noget om det.",
} as const;

/**
 * The Danish locale of the charts' number and date formats (d3-format and
 * d3-time-format definitions, as Vega takes them): "1.050.000", "12. aug. 2026".
 */
export const DANISH_LOCALE = {
  number: { decimal: ",", thousands: ".", grouping: [3], currency: ["", " kr."] },
  time: {
    dateTime: "%A den %d. %B %Y %X",
    date: "%d.%m.%Y",
    time: "%H.%M.%S",
    periods: ["", ""],
    days: ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
    shortDays: ["søn", "man", "tir", "ons", "tor", "fre", "lør"],
    months: [...MONTH_NAMES],
    // Danish abbreviates with a full stop, and leaves the short names whole: "maj", "juni", "juli".
    shortMonths: ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
  },
} as const;
