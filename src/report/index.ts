/** The check reporters by format name: each a pure function from results to text. */
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { text } from "./text.js";
import type { Reporter } from "./types.js";

export const REPORT_FORMATS = ["text", "json", "github", "junit", "sarif"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const reporters: Record<ReportFormat, Reporter> = { text, json, github, junit, sarif };

export type { Reporter, ReportContext } from "./types.js";
