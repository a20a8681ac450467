/**
 * The section classifier's word model: for a piece of text, how much each
 * kind of section explains its words (naive Bayes over `features`), tempered
 * so that a long paragraph does not shout down the headings and the order of
 * the genre. The table is parsed on first use: a document without any text to
 * classify never pays for it.
 */
import { BIGRAM_JOIN, DIGITS, NOT_A_WORD, NUM, shapesOf, wordCharClass } from "./features.js";
import { MODEL_KINDS } from "./kinds.js";
import { MODEL } from "./model.generated.js";

const K = MODEL_KINDS.length;

/**
 * The table, packed into typed arrays. A word is looked up by a hash of its
 * characters, computed on the text in place, so no word's string is built
 * (slicing and hashing a string for a `Map` was most of the classifier's
 * time); the hash's slot is confirmed against the word's characters, so the
 * lookup is exact. A pair is looked up by its two words' ids. `rows` holds
 * each feature's K numbers side by side.
 */
interface Table {
  /** Open addressing, mask + 1 slots: the word's id + 1, or 0 for an empty slot. */
  wordSlots: Int32Array;
  wordMask: number;
  /** Per word id: its text, its hash, its row's offset in `rows` (-1 when only its pairs are known). */
  words: string[];
  hashes: Int32Array;
  unigram: Int32Array;
  /** Open addressing over pairs: the pair's index + 1, or 0. */
  pairSlots: Int32Array;
  pairMask: number;
  pairFirst: Int32Array;
  pairSecond: Int32Array;
  pairRow: Int32Array;
  /** The shape tokens' rows. */
  shapes: Map<string, number>;
  /** The id of NUM, or -1. */
  num: number;
  rows: Float32Array;
}
let table: Table | null = null;

/** FNV-1a over a span of a string's UTF-16 code units. */
function hashSpan(s: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

const pairHash = (a: number, b: number) => Math.imul(a * 0x9e3779b1 + b, 0x85ebca6b) | 0;

/** The smallest power of two at least twice n: slots stay at most half full. */
const slotsFor = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(2, n * 2)));

function load(): Table {
  const lines = MODEL.split("\n");
  const rows = new Float32Array(lines.length * K);
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const unigramOf: number[] = [];
  const shapes = new Map<string, number>();
  const pairs: [number, number, number][] = [];
  const id = (word: string) => {
    let i = wordIds.get(word);
    if (i === undefined) {
      wordIds.set(word, (i = words.length));
      words.push(word);
      unigramOf.push(-1);
    }
    return i;
  };
  lines.forEach((line, n) => {
    const parts = line.split(" ");
    for (let k = 0; k < K; k++) rows[n * K + k] = Number(parts[k + 1]);
    const feature = parts[0];
    // words hold no "_" (features.ts): a feature with one is a pair; shapes are "<…>" tokens of their own
    const join = feature.indexOf(BIGRAM_JOIN);
    if (join !== -1) pairs.push([id(feature.slice(0, join)), id(feature.slice(join + 1)), n * K]);
    else if (feature.startsWith("<") && feature !== NUM) shapes.set(feature, n * K);
    else unigramOf[id(feature)] = n * K;
  });
  const wordMask = slotsFor(words.length) - 1;
  const wordSlots = new Int32Array(wordMask + 1);
  const hashes = new Int32Array(words.length);
  words.forEach((w, i) => {
    // NUM is never hashed: a run of digits is looked up by its id
    const h = (hashes[i] = hashSpan(w, 0, w.length));
    let slot = h & wordMask;
    while (wordSlots[slot] !== 0) slot = (slot + 1) & wordMask;
    wordSlots[slot] = i + 1;
  });
  const pairMask = slotsFor(pairs.length) - 1;
  const pairSlots = new Int32Array(pairMask + 1);
  const pairFirst = new Int32Array(pairs.length);
  const pairSecond = new Int32Array(pairs.length);
  const pairRow = new Int32Array(pairs.length);
  pairs.forEach(([a, b, row], i) => {
    pairFirst[i] = a;
    pairSecond[i] = b;
    pairRow[i] = row;
    let slot = pairHash(a, b) & pairMask;
    while (pairSlots[slot] !== 0) slot = (slot + 1) & pairMask;
    pairSlots[slot] = i + 1;
  });
  const unigram = Int32Array.from(unigramOf);
  return { wordSlots, wordMask, words, hashes, unigram, pairSlots, pairMask, pairFirst, pairSecond, pairRow, shapes, num: wordIds.get(NUM) ?? -1, rows };
}

/** The id of the word at text[start, end), whose `hashSpan` is h, or -1 when the model does not know it. */
function wordId(t: Table, h: number, text: string, start: number, end: number): number {
  const length = end - start;
  for (let slot = h & t.wordMask; ; slot = (slot + 1) & t.wordMask) {
    const entry = t.wordSlots[slot];
    if (entry === 0) return -1;
    const i = entry - 1;
    if (t.hashes[i] !== h) continue;
    const w = t.words[i];
    if (w.length !== length) continue;
    let same = true;
    for (let k = 0; k < length && same; k++) same = w.charCodeAt(k) === text.charCodeAt(start + k);
    if (same) return i;
  }
}

/** The row of the pair (a, b), or -1. */
function pairRow(t: Table, a: number, b: number): number {
  for (let slot = pairHash(a, b) & t.pairMask; ; slot = (slot + 1) & t.pairMask) {
    const entry = t.pairSlots[slot];
    if (entry === 0) return -1;
    if (t.pairFirst[entry - 1] === a && t.pairSecond[entry - 1] === b) return t.pairRow[entry - 1];
  }
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
  const scores = new Float64Array(K);
  return { scores, known: wordEvidenceInto(text, scores, 0) };
}

/** The running sums of one text's features: one array for every text, not one each. */
const SUM = new Float64Array(K);

/**
 * `wordEvidence`, written into `out` at `offset` (K numbers; zeros when the
 * model knows none of the words): the decoder keeps every piece's scores in
 * one array. Returns how many features the model knew.
 */
export function wordEvidenceInto(text: string, out: Float64Array, offset: number): number {
  const t = (table ??= load());
  const { rows } = t;
  const sum = SUM.fill(0);
  let known = 0;
  // the features in the order `features` lists them (shapes, then each word and the pair it closes): the same sum, bit for bit
  const add = (row: number | undefined) => {
    if (row === undefined || row < 0) return;
    known++;
    for (let k = 0; k < K; k++) sum[k] += rows[row + k];
  };
  const { shapes, rest } = shapesOf(text);
  for (const shape of shapes) add(t.shapes.get(shape));
  // the walk of `forEachWord`, with each word's hash taken as its characters are read
  let prev = -1;
  for (let i = 0; i < rest.length; ) {
    const c = wordCharClass(rest.charCodeAt(i));
    if (c === NOT_A_WORD) {
      i++;
      continue;
    }
    let h = FNV_OFFSET;
    let j = i;
    for (let code = rest.charCodeAt(j); j < rest.length && wordCharClass(code) === c; code = rest.charCodeAt(++j)) h = Math.imul(h ^ code, FNV_PRIME);
    const id = c === DIGITS ? t.num : wordId(t, h, rest, i, j);
    if (id !== -1) {
      add(t.unigram[id]);
      if (prev !== -1) add(pairRow(t, prev, id));
    }
    prev = id;
    i = j;
  }
  if (known === 0) {
    out.fill(0, offset, offset + K);
    return 0;
  }
  let max = -Infinity;
  for (let k = 0; k < K; k++) if (sum[k] > max) max = sum[k];
  const scale = SCALE / Math.sqrt(known);
  for (let k = 0; k < K; k++) out[offset + k] = Math.max(-CAP, (sum[k] - max) * scale);
  return known;
}
