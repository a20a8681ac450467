import { z } from "zod";
import { SECTION_KINDS, type ProfileRecord, type SectionKind } from "../../schemas/record.js";
import { oneOf, ruleOptions } from "../options.js";
import { defineRule } from "../types.js";

type DocumentKind = ProfileRecord["kind"];

/**
 * What each kind of document cannot be published without. A profile splits
 * the job, the person and the process into sections; a short advertisement
 * need not split the post and the person, but must still say how to apply.
 */
export const DEFAULT_REQUIRED_SECTIONS: Record<DocumentKind, SectionKind[]> = {
  profile: ["jobprofil", "personprofil", "ansaettelsesproces"],
  advertisement: ["ansaettelsesproces"],
};

// A flat list (the first form of the option) applies to every kind; per kind, an empty list requires nothing.
const Sections = z.array(oneOf(SECTION_KINDS));
const Required = z.union(
  [
    Sections.min(1, { error: "name at least one section kind" }),
    ruleOptions({ profile: Sections.optional(), advertisement: Sections.optional() }),
  ],
  { error: "expected a list of section kinds, or { profile: [...], advertisement: [...] }" },
);

export default defineRule({
  id: "missing-section",
  description: "A section the document's kind requires is absent (profile: jobprofil, personprofil, ansaettelsesproces; advertisement: ansaettelsesproces).",
  defaultSeverity: "error",
  kinds: ["profile", "advertisement"],
  messages: {
    missing: 'no "{{section}}" section ({{what}})',
  },
  options: ruleOptions({ required: Required }),
  defaultOptions: { required: DEFAULT_REQUIRED_SECTIONS },
  check(record, { options }) {
    const present = new Set(record.sections.map((s) => s.kind));
    const required = Array.isArray(options.required)
      ? options.required
      : (options.required[record.kind] ?? DEFAULT_REQUIRED_SECTIONS[record.kind]);
    return required
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
