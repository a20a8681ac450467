import type { Evidence, Position, ProfileRecord } from "../schemas/record.js";

/** The evidence behind a fact ("startDate", "interviewDates[1]"), so a finding can point at the sentence. */
export function evidenceFor(record: ProfileRecord, fact: string): Evidence | undefined {
  return record.evidence.find((e) => e.fact === fact);
}

export function positionOf(record: ProfileRecord, fact: string): Position | null {
  return evidenceFor(record, fact)?.position ?? null;
}

/** The value a fact path names ("interviewDates[1]" → facts.interviewDates[1]); undefined when the path leads nowhere. */
export function factValue(record: ProfileRecord, fact: string): unknown {
  let node: unknown = record.facts;
  for (const part of fact.split(/[.[\]]/u).filter(Boolean)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
