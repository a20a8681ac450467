/**
 * The section classifier's word model: for a piece of text, how much each
 * kind of section explains its words (naive Bayes over `features`), tempered
 * so that a long paragraph does not shout down the headings and the order of
 * the genre. The table is parsed on first use: a document without any text to
 * classify never pays for it.
 */
import { features } from "./features.js";
import { MODEL_KINDS } from "./kinds.js";
import { MODEL } from "./model.generated.js";

const K = MODEL_KINDS.length;
let table: Map<string, Float32Array> | null = null;

function load(): Map<string, Float32Array> {
  const t = new Map<string, Float32Array>();
  let start = 0;
  while (start < MODEL.length) {
    let end = MODEL.indexOf("\n", start);
    if (end === -1) end = MODEL.length;
    const parts = MODEL.slice(start, end).split(" ");
    const row = new Float32Array(K);
    for (let k = 0; k < K; k++) row[k] = Number(parts[k + 1]);
    t.set(parts[0], row);
    start = end + 1;
  }
  return t;
}

export interface WordEvidence {
  /** Per kind of MODEL_KINDS: 0 for the best, negative for the others (log scale, tempered). */
  scores: Float64Array;
  /** Features the model knew. */
  known: number;
}

/** How strongly the words lean, at most: one sentence never outweighs a known heading. */
const CAP = 8;
/** Temper the naive Bayes sum, whose features are far from independent: divide by √(features known). */
const SCALE = 1.5;

export function wordEvidence(text: string): WordEvidence {
  table ??= load();
  const sum = new Float64Array(K);
  let known = 0;
  for (const f of features(text)) {
    const row = table.get(f);
    if (!row) continue;
    known++;
    for (let k = 0; k < K; k++) sum[k] += row[k];
  }
  const scores = new Float64Array(K);
  if (known === 0) return { scores, known };
  let max = -Infinity;
  for (let k = 0; k < K; k++) if (sum[k] > max) max = sum[k];
  const t = SCALE / Math.sqrt(known);
  for (let k = 0; k < K; k++) scores[k] = Math.max(-CAP, (sum[k] - max) * t);
  return { scores, known };
}
