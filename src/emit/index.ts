/** Emitters: pure functions from a record to text, registered by format name. */
import { yaml } from "../lazy.js";
import type { ProfileRecord } from "../schemas/record.js";
import { compactRecord } from "./compact.js";
import { toJsonLd } from "./jsonld.js";
import { toMarkdown, type MarkdownOptions } from "./markdown.js";

export const EMIT_FORMATS = ["json", "yaml", "md", "jsonld"] as const;
export type EmitFormat = (typeof EMIT_FORMATS)[number];

/** What the command line may ask of an emitter; each format reads the options that concern it. */
export interface EmitOptions extends MarkdownOptions {
  /** JSON and YAML without positions, evidence and dropped artefacts. */
  compact?: boolean;
}

/** The record as JSON and YAML write it: whole, or compact. */
export const shaped = (r: ProfileRecord, o: EmitOptions): unknown => (o.compact ? compactRecord(r) : r);

export const emitters: Record<EmitFormat, (record: ProfileRecord, options?: EmitOptions) => string> = {
  json: (r, o = {}) => JSON.stringify(shaped(r, o), null, 2) + "\n",
  // Line width 0: never fold long paragraphs, so the YAML reads back byte for byte.
  yaml: (r, o = {}) => yaml().stringify(shaped(r, o), { lineWidth: 0 }),
  md: (r, o = {}) => toMarkdown(r, o),
  // A schema.org JobPosting; what it lacks is in jobPostingWarnings (./jsonld.js), for stderr.
  jsonld: (r) => toJsonLd(r),
};

export const FILE_EXTENSIONS: Record<EmitFormat, string> = { json: ".json", yaml: ".yaml", md: ".md", jsonld: ".jsonld" };
