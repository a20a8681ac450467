import { emptyFacts, type Evidence, type Facts, type Warning } from "../../schemas/record.js";
import type { TextUnit } from "../../segment/units.js";

export interface FactsResult {
  facts: Facts;
  evidence: Evidence[];
  warnings: Warning[];
}

// Placeholder: the extractors arrive with issue 3.
export function extractFacts(_units: TextUnit[]): FactsResult {
  return { facts: emptyFacts(), evidence: [], warnings: [] };
}
