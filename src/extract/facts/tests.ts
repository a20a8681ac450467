/** Named psychometric and cognitive tests, from the vocabulary in `vocabulary/tests.ts`: only names present, in canonical spelling. */
import type { TextUnit } from "../../segment/units.js";
import { TEST_CONTEXT, TEST_HINTS, TEST_NAMES } from "../../vocabulary/tests.js";
import { hits } from "./regex.js";
import { splitSentences } from "../../normalise/sentences.js";

export interface FoundTest {
  name: string;
  text: string;
  unit: TextUnit;
}

export function testsIn(sentence: string): string[] {
  if (!TEST_HINTS.some((re) => re.test(sentence))) return [];
  const found: { name: string; index: number }[] = [];
  for (const t of TEST_NAMES) {
    if (t.needsContext && !hits(TEST_CONTEXT, sentence)) continue;
    const m = [...sentence.matchAll(t.pattern)][0];
    if (m && !found.some((h) => h.name === t.name)) found.push({ name: t.name, index: m.index });
  }
  return found.sort((a, b) => a.index - b.index).map((h) => h.name);
}

export function extractTests(units: TextUnit[]): FoundTest[] {
  const out: FoundTest[] = [];
  for (const unit of units)
    for (const s of splitSentences(unit.text))
      for (const name of testsIn(s.text)) if (!out.some((t) => t.name === name)) out.push({ name, text: s.text, unit });
  return out;
}
