import type { SectionKind } from "../schemas/record.js";

/**
 * The kinds the classifier decides between, in the order a profile of the
 * genre usually takes them: cover, introduction, the job, the person, the
 * terms and the process (either order), further information, attachments.
 * `andet` is the cover's; it is not entered again once the body has begun.
 */
export const MODEL_KINDS = [
  "andet",
  "indledning",
  "jobprofil",
  "personprofil",
  "vilkaar",
  "ansaettelsesproces",
  "yderligere",
  "bilag",
] as const satisfies readonly SectionKind[];

/** Where a kind stands in the genre's order; vilkår and the process share a place, since profiles put either first. */
export const GENRE_ORDER: Record<SectionKind, number> = {
  andet: 0,
  indledning: 1,
  jobprofil: 2,
  personprofil: 3,
  vilkaar: 4,
  ansaettelsesproces: 4,
  yderligere: 5,
  bilag: 6,
};
