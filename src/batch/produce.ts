/**
 * One document of a batch, from its path to its product, the same in a worker
 * and in-process. The file is read ahead, when its task arrives (a regular
 * file at once, see `readInput`): the read settles into a value, never a
 * rejection left waiting (Node ends the process on an unhandled one), and a
 * failure is raised when the document's turn comes.
 */
import { basename } from "node:path";
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
    stallForTests(path);
    const { record } = await parseProfile(settled.bytes, { path, fileName: path, maxBytes: Infinity, timeoutMs });
    return { ok: true, path, value: makeProduct(spec, record, path) };
  } catch (err) {
    return failure(path, err);
  }
}

/**
 * A test hook (test/outputs.e2e.test.ts): the document whose file name is
 * JOBPROFIL_TEST_STALL holds its thread for two minutes, as a step that runs
 * long would — synchronously, so that no check between steps can end it and
 * only a time limit that stops the thread does.
 */
function stallForTests(path: string): void {
  const name = process.env.JOBPROFIL_TEST_STALL;
  if (!name || basename(path) !== name) return;
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    // busy, as a regular expression that backtracks would be
  }
}
