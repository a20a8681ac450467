/**
 * One document of a batch, from its path to its product, the same in a worker
 * and in-process. The file is read ahead (while the document before it is
 * parsed): the read settles into a value, never a rejection left waiting
 * (Node ends the process on an unhandled one), and a failure is raised when
 * the document's turn comes.
 */
import { parseProfile, readInput } from "../pipeline.js";
import { failure, type Outcome } from "./outcome.js";
import { makeProduct, type ProductOf, type ProductSpec } from "./products.js";

export type Read = { bytes: Uint8Array } | { error: unknown };

export function readAhead(path: string, maxBytes?: number): Promise<Read> {
  return readInput(path, maxBytes).then(
    (bytes) => ({ bytes }),
    (error: unknown) => ({ error }),
  );
}

export async function produce<S extends ProductSpec>(path: string, read: Promise<Read>, spec: S, timeoutMs?: number): Promise<Outcome<ProductOf<S>>> {
  try {
    const settled = await read;
    if ("error" in settled) throw settled.error;
    const { record } = await parseProfile(settled.bytes, { path, fileName: path, maxBytes: Infinity, timeoutMs });
    return { ok: true, path, value: makeProduct(spec, record, path) };
  } catch (err) {
    return failure(path, err);
  }
}
