/**
 * How `compare --format table|md|xlsx` shows a row's machine values to a
 * Danish reader. JSON and CSV keep the machine values ("aaremaal", "year"):
 * scripts read those.
 */
export const KIND_LABELS = { profile: "profil", advertisement: "opslag" } as const;
export const PERIOD_LABELS = { year: "år", month: "måned" } as const;
/** salaryApprox when true; nothing when the amount is exact. */
export const APPROXIMATE_LABEL = "ca.";
/** salaryApprox and other yes/no values in a filter: "salaryApprox=ja". */
export const YES_WORDS: readonly string[] = ["ja", "true", "yes", "1"];
export const NO_WORDS: readonly string[] = ["nej", "false", "no", "0"];

/** The workbook's sheets and the summary sheet's labels. */
export const WORKBOOK_LABELS = {
  rowsSheet: "Stillinger",
  summarySheet: "Oversigt",
  what: "Oversigt",
  value: "Værdi",
  vacancies: "Stillinger læst",
  failed: "Filer der ikke kunne læses",
  withDeadline: "Med ansøgningsfrist",
  withSalary: "Med løn",
  salaryYear: "Årsløn",
  salaryMonth: "Månedsløn",
  salaryUnknown: "Løn, periode ikke oplyst",
  annualSalary: "Årsløn (månedsløn × 12)",
  median: "median",
  min: "laveste",
  max: "højeste",
  count: "antal",
  kind: "Dokumenttype",
  postType: "Stillingstype",
  region: "Region",
  test: "Test",
  consultancy: "Rekrutteringsfirma",
} as const;
