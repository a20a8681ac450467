import { z } from "zod";
import { SectionKind } from "../../schemas/record.js";
import { defineRule } from "../types.js";

/** The sections a profile cannot be published without: the job, the person, the process. */
export const DEFAULT_REQUIRED_SECTIONS: SectionKind[] = ["jobprofil", "personprofil", "ansaettelsesproces"];

export default defineRule({
  id: "missing-section",
  description: "A required section (by default jobprofil, personprofil, ansaettelsesproces) is absent.",
  defaultSeverity: "error",
  messages: {
    missing: 'no "{{section}}" section ({{what}})',
  },
  options: z.object({ required: z.array(SectionKind).min(1) }).strict(),
  defaultOptions: { required: DEFAULT_REQUIRED_SECTIONS },
  check(record, { options }) {
    const present = new Set(record.sections.map((s) => s.kind));
    return options.required
      .filter((kind) => !present.has(kind))
      .map((kind) => ({ messageId: "missing", data: { section: kind, what: WHAT[kind] }, section: kind }));
  },
});

/** What each section holds, so the message tells a consultant what to add. */
const WHAT: Record<SectionKind, string> = {
  indledning: "introduction and background",
  jobprofil: "the job: tasks, responsibilities, challenges",
  personprofil: "the person: qualifications and personal qualities",
  ansaettelsesproces: "the hiring process: committee, deadline, interviews",
  vilkaar: "the terms: salary, pension, contract form",
  yderligere: "further information and contacts",
  bilag: "attachments",
  andet: "other text",
};
