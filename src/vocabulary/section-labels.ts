import type { SectionKind } from "../schemas/record.js";

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
