import { InputError } from "../read/types.js";
import { InvalidRecordError } from "../validate/index.js";
import type { ProfileRecord } from "../schemas/record.js";

/** One document's result in a batch: a record, or the one-line reason it has none. */
export type Outcome = { ok: true; path: string; record: ProfileRecord } | { ok: false; path: string; reason: string; code: string };

/** The same one-line reasons whether the document failed in a worker or in-process. */
export function failure(path: string, err: unknown): Outcome {
  if (err instanceof InputError) return { ok: false, path, reason: err.reason, code: err.code };
  if (err instanceof InvalidRecordError) return { ok: false, path, reason: err.message.split("\n")[0], code: "invalid-record" };
  const message = err instanceof Error ? err.message : String(err);
  return { ok: false, path, reason: `internal error: ${message.split("\n")[0]}`, code: "internal" };
}
