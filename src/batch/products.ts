/**
 * What a batch hands on for each document: the record itself, or what the
 * command makes of it (a compare row, the output text). It is made where the
 * document was parsed, in the worker, so only the small product crosses to
 * the main thread, which then only puts products in order and writes them:
 * cloning whole records across threads cost more than a tenth of a text
 * profile's parse.
 */
import { toRow, type Row } from "../compare/rows.js";
import { emitters, shaped, type EmitFormat, type EmitOptions } from "../emit/index.js";
import { jobPostingWarnings } from "../emit/jsonld.js";
import type { ProfileRecord } from "../schemas/record.js";

/** A document's output text, and what stderr should say about it. */
export interface Rendered {
  text: string;
  warnings: string[];
}

export type TextFormat = EmitFormat | "ndjson";

export type ProductSpec = { kind: "record" } | { kind: "row" } | { kind: "text"; format: TextFormat; options?: EmitOptions };

interface Products {
  record: ProfileRecord;
  row: Row;
  text: Rendered;
}
export type ProductOf<S extends ProductSpec> = Products[S["kind"]];

export const RECORD = { kind: "record" } as const satisfies ProductSpec;

export function makeProduct<S extends ProductSpec>(spec: S, record: ProfileRecord, path: string): ProductOf<S> {
  switch (spec.kind) {
    case "record":
      return record as ProductOf<S>;
    case "row":
      return toRow(record, path) as ProductOf<S>;
    case "text": {
      const { format, options = {} } = spec as Extract<ProductSpec, { kind: "text" }>;
      const text = format === "ndjson" ? JSON.stringify(shaped(record, options)) : emitters[format](record, options);
      const warnings = format === "jsonld" ? jobPostingWarnings(record).map((w) => w.message) : [];
      return { text, warnings } satisfies Rendered as ProductOf<S>;
    }
  }
}
