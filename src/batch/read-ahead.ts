/**
 * Reading a file while the one before it is parsed: the read is started
 * early and settles into a value, never a rejection left waiting (Node ends
 * the process on an unhandled one), and the failure is raised where the
 * document's turn comes.
 */
import { parseProfile, readInput } from "../pipeline.js";
import type { ProfileRecord } from "../schemas/record.js";

export type Read = { bytes: Uint8Array } | { error: unknown };

export function readAhead(path: string, maxBytes?: number): Promise<Read> {
  return readInput(path, maxBytes).then(
    (bytes) => ({ bytes }),
    (error: unknown) => ({ error }),
  );
}

export async function parseRead(path: string, read: Read): Promise<ProfileRecord> {
  if ("error" in read) throw read.error;
  return (await parseProfile(read.bytes, { path, fileName: path })).record;
}
