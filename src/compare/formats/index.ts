/** Formatters are pure functions from rows to text, registered by name (knip's reporters). */
import { csv } from "./csv.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { md } from "./md.js";
import { table } from "./table.js";
import type { Formatter } from "./types.js";

export const COMPARE_FORMATS = ["table", "csv", "md", "json", "html"] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

export const formatters: Record<CompareFormat, Formatter> = { table, csv, md, json, html };
export type { FormatContext, Formatter } from "./types.js";
