import { InputError } from "../read/types.js";
import { InvalidRecordError } from "../validate/index.js";
import type { ProfileRecord } from "../schemas/record.js";

/** A document that gave no record, with the one-line reason users see. */
export type Failed = { ok: false; path: string; reason: string; code: string };

/** One document's result in a batch: its product (by default the record), or why it has none. */
export type Outcome<T = ProfileRecord> = { ok: true; path: string; value: T } | Failed;

/** The same one-line reasons whether the document failed in a worker or in-process. */
export function failure(path: string, err: unknown): Failed {
  if (err instanceof InputError) return { ok: false, path, reason: err.reason, code: err.code };
  if (err instanceof InvalidRecordError) return { ok: false, path, reason: err.message.split("\n")[0], code: "invalid-record" };
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, path, reason: `internal error: ${message.split("\n")[0]}`, code: "internal" };
}
