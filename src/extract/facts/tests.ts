/**
 * Named psychometric and cognitive tests, from the vocabulary in
 * `vocabulary/tests.ts`: only names present, in canonical spelling, with the
 * firm's name before a test's only where the sentence names the firm.
 */
import type { TextUnit } from "../../segment/units.js";
import { TEST_CONTEXT, TEST_HINTS, TEST_IN_BRACKETS, TEST_HEADING, TEST_NAMES, TEST_TAKEN_BEFORE, type TestName } from "../../vocabulary/tests.js";
import { hits } from "./regex.js";
import { splitSentences } from "../../normalise/sentences.js";

export interface FoundTest {
  name: string;
  text: string;
  unit: TextUnit;
}

interface TestHit {
  test: TestName;
  name: string;
  index: number;
}

/** The tests a sentence names; `headed`: its heading or label speaks of a test ("Test: Kandidaterne … gennemfører PI"). */
function testHits(sentence: string, headed = false): TestHit[] {
  const found: TestHit[] = [];
  let context: boolean | undefined;
  if (TEST_HINTS.some((re) => re.test(sentence))) for (const t of TEST_NAMES) {
    const m = [...sentence.matchAll(t.pattern)][0];
    if (!m) continue;
    if (t.needsContext && !(context ??= headed || hits(TEST_CONTEXT, sentence)) && !TEST_TAKEN_BEFORE.test(sentence.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (t.otherSense && t.otherSense.form.test(m[0]) && t.otherSense.beside.test(sentence) && !hits(TEST_CONTEXT, sentence)) continue;
    // "SHL Verify" as written; "SHL's personlighedsprofil OPQ32 og testen Verify G+" names "Verify"
    const own = t.written ? t.written(m[0], sentence) : t.name;
    // the vendor's name before the test's as written ("Hogan HPI"); a name spelt out holds it already ("Hogan Personality Inventory")
    const name = t.vendor?.pattern.test(m[0]) && m[0].includes(own) && !own.startsWith(t.vendor.name) ? `${t.vendor.name} ${own}` : own;
    if (!found.some((h) => h.name === name)) found.push({ test: t, name, index: m.index });
  }
  // a test the vocabulary lacks, named in brackets ("en personlighedstest (PROFILER)"); a known one there
  // ("kognitiv test (Matrigma)") goes by its own name, found above
  if (sentence.includes("("))
    for (const h of bracketedTests(sentence)) if (!found.some((k) => h.index <= k.index && k.index < h.index + h.name.length)) found.push(h);
  // "Talent Q's test Dimensions": the firm's name is its test's, not a test of its own
  const firms = new Set(found.flatMap((h) => (h.test.vendor?.pattern.test(sentence) ? [h.test.vendor.name] : [])));
  return found.filter((h) => !firms.has(h.name)).sort((a, b) => a.index - b.index);
}

/** Tests named in brackets after their kind ("en personlighedstest (PROFILER)"), each as written: one the vocabulary lacks. */
function bracketedTests(sentence: string): TestHit[] {
  const out: TestHit[] = [];
  for (const m of sentence.matchAll(TEST_IN_BRACKETS)) {
    const name = m[1].trim();
    // the pattern's `i` reaches the name too: its capital is asked here ("(online)", "(og feedback)" name no test)
    if (!/^\p{Lu}/u.test(name)) continue;
    const index = m.index + m[0].lastIndexOf(m[1]);
    out.push({ test: { name, pattern: TEST_IN_BRACKETS }, name, index });
  }
  return out;
}

export function testsIn(sentence: string): string[] {
  return testHits(sentence).map((h) => h.name);
}

export function extractTests(units: TextUnit[]): FoundTest[] {
  const out: (FoundTest & { test: TestName })[] = [];
  for (const unit of units)
    for (const s of splitSentences(unit.text))
      for (const { test, name } of testHits(s.text, unit.section === "ansaettelsesproces" && !!unit.heading && TEST_HEADING.test(unit.heading)))
        // "Verify G+" here and "SHL's Verify" there are one test, named as the document first names it
        if (!out.some((t) => t.name === name || t.test.name === test.name)) out.push({ name, text: s.text, unit, test });
  // "Vi bruger Hogan. Testene er HPI, HDS og MVPI.": a firm named alone is its tests', where the text names them
  const vendors = new Set(out.flatMap((t) => (t.test.vendor ? [t.test.vendor.name] : [])));
  return out.filter((t) => t.test.vendor || !vendors.has(t.test.name)).map(({ name, text, unit }) => ({ name, text, unit }));
}
