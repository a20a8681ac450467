import type { FieldName, Row } from "../rows.js";
import type { Summary } from "../summary.js";

export interface FormatContext {
  fields: readonly FieldName[];
  summary: Summary;
  /** Width to fit `table` to; Infinity for a pipe or file. */
  columns: number;
  /** CSV for Danish Excel: a BOM, ";" between fields, decimal commas. */
  excel: boolean;
}

/** A promise for a format that draws (html: the charts are drawn in a worker). */
export type Formatter = (rows: readonly Row[], ctx: FormatContext) => string | Promise<string>;
