/**
 * `--compact`: the record without what only a program tracing text back to
 * its source needs — every `position`, the `evidence` list and the `dropped`
 * artefacts. A profile's YAML shrinks from ~900 lines to what a person reads.
 * The contract's fields (CONTRACT.md) are all kept.
 */
import type { ProfileRecord } from "../schemas/record.js";

export type CompactRecord = Omit<ProfileRecord, "evidence" | "dropped">;

function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== "position") out[k] = withoutPositions(v);
  return out;
}

export function compactRecord(r: ProfileRecord): CompactRecord {
  const { evidence: _evidence, dropped: _dropped, ...rest } = r;
  return withoutPositions(rest) as CompactRecord;
}
