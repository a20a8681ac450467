/** Formatters are pure functions from rows to text, registered by name (knip's reporters). */
import { csv } from "./csv.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { md } from "./md.js";
import { table } from "./table.js";
import { xlsx } from "./xlsx.js";
import type { Formatter } from "./types.js";

export const COMPARE_FORMATS = ["table", "csv", "md", "json", "xlsx", "html"] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

export const formatters: Record<CompareFormat, Formatter> = { table, csv, md, json, xlsx, html };
export type { FormatContext, Formatter } from "./types.js";

/** Formats whose output is bytes, not text: never written to a terminal. */
export const BINARY_FORMATS: ReadonlySet<CompareFormat> = new Set(["xlsx"]);
