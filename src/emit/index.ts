/** Emitters: pure functions from a record to text, registered by format name. */
import { yaml } from "../lazy.js";
import type { ProfileRecord } from "../schemas/record.js";
import { toJsonLd } from "./jsonld.js";
import { toMarkdown } from "./markdown.js";

export const EMIT_FORMATS = ["json", "yaml", "md", "jsonld"] as const;
export type EmitFormat = (typeof EMIT_FORMATS)[number];

export const emitters: Record<EmitFormat, (record: ProfileRecord) => string> = {
  json: (r) => JSON.stringify(r, null, 2) + "\n",
  // Line width 0: never fold long paragraphs, so the YAML reads back byte for byte.
  yaml: (r) => yaml().stringify(r, { lineWidth: 0 }),
  md: toMarkdown,
  // A schema.org JobPosting; what it lacks is in jobPostingWarnings (./jsonld.js), for stderr.
  jsonld: toJsonLd,
};

export const FILE_EXTENSIONS: Record<EmitFormat, string> = { json: ".json", yaml: ".yaml", md: ".md", jsonld: ".jsonld" };
