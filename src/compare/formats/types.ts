import type { FieldName, Row } from "../rows.js";
import type { Summary } from "../summary.js";

export interface FormatContext {
  fields: readonly FieldName[];
  /**
   * Whether the user chose the fields (--fields). When not, `table` chooses
   * its columns for the width, and the others write `fields`, the defaults.
   */
  fieldsGiven?: boolean;
  summary: Summary;
  /** Width to fit `table` to. */
  columns: number;
  /** CSV for Danish Excel: a BOM, ";" between fields, decimal commas. */
  excel: boolean;
}

/** Text formats return a string; a binary one (xlsx) bytes, and may take its time (a library writing a zip). */
export type Formatter = (rows: readonly Row[], ctx: FormatContext) => string | Uint8Array | Promise<string | Uint8Array>;
