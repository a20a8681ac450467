/**
 * The section classifier's word model: for a piece of text, how much each
 * kind of section explains its words (naive Bayes over `features`), tempered
 * so that a long paragraph does not shout down the headings and the order of
 * the genre. The table is parsed on first use: a document without any text to
 * classify never pays for it.
 */
import { BIGRAM_JOIN, tokens } from "./features.js";
import { MODEL_KINDS } from "./kinds.js";
import { MODEL } from "./model.generated.js";

const K = MODEL_KINDS.length;

/**
 * The table, packed: a word's id from `ids`, its row's offset in `rows` (or
 * -1 when only its pairs are known), and the pairs it opens, each to its
 * row's offset. A pair is found from its first word without building the
 * pair's string (building one for every pair of words was a tenth of a
 * parse), and the numbers sit side by side in one array.
 */
interface Table {
  ids: Map<string, number>;
  unigram: number[];
  pairs: (Map<string, number> | undefined)[];
  rows: Float32Array;
}
let table: Table | null = null;

function load(): Table {
  const lines = MODEL.split("\n");
  const t: Table = { ids: new Map(), unigram: [], pairs: [], rows: new Float32Array(lines.length * K) };
  const id = (word: string) => {
    let i = t.ids.get(word);
    if (i === undefined) {
      t.ids.set(word, (i = t.unigram.length));
      t.unigram.push(-1);
      t.pairs.push(undefined);
    }
    return i;
  };
  lines.forEach((line, n) => {
    const parts = line.split(" ");
    for (let k = 0; k < K; k++) t.rows[n * K + k] = Number(parts[k + 1]);
    // words hold no "_" (features.ts): a feature with one is a pair
    const join = parts[0].indexOf(BIGRAM_JOIN);
    if (join === -1) t.unigram[id(parts[0])] = n * K;
    else (t.pairs[id(parts[0].slice(0, join))] ??= new Map()).set(parts[0].slice(join + 1), n * K);
  });
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
  const { ids, unigram, pairs, rows } = (table ??= load());
  const sum = new Float64Array(K);
  let known = 0;
  const add = (offset: number | undefined) => {
    if (offset === undefined || offset < 0) return;
    known++;
    for (let k = 0; k < K; k++) sum[k] += rows[offset + k];
  };
  const { shapes, words } = tokens(text);
  for (const shape of shapes) {
    const i = ids.get(shape);
    if (i !== undefined) add(unigram[i]);
  }
  let prev: number | undefined;
  for (const word of words) {
    const i = ids.get(word);
    if (i !== undefined) add(unigram[i]);
    if (prev !== undefined) add(pairs[prev]?.get(word));
    prev = i;
  }
  const scores = new Float64Array(K);
  if (known === 0) return { scores, known };
  let max = -Infinity;
  for (let k = 0; k < K; k++) if (sum[k] > max) max = sum[k];
  const scale = SCALE / Math.sqrt(known);
  for (let k = 0; k < K; k++) scores[k] = Math.max(-CAP, (sum[k] - max) * scale);
  return { scores, known };
}
