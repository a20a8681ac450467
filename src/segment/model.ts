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
 * lookup is exact. A pair is looked up by its two words' ids. What one
 * lookup reads sits side by side in one slot: the lookups are bound by the
 * memory they touch, not by the arithmetic.
 */
interface Table {
  /**
   * Open addressing over words, WORD_SLOT numbers a slot: the word's hash,
   * its id + 1 (0: an empty slot), its row's offset in `rows` (-1 when only
   * its pairs are known), and where its characters are in `chars` (offset,
   * length).
   */
  words: Int32Array;
  wordMask: number;
  chars: Uint16Array;
  /** Open addressing over pairs, PAIR_SLOT numbers a slot: the first word's id + 1 (0: empty), the second's id, the row. */
  pairs: Int32Array;
  pairMask: number;
  /** The shape tokens' rows. */
  shapes: Map<string, number>;
  /** The id of NUM, and its row; -1 when the model has none. */
  num: number;
  numRow: number;
  /** Each feature's K numbers side by side. */
  rows: Float32Array;
}
let table: Table | null = null;

const WORD_SLOT = 5;
const PAIR_SLOT = 3;

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

/**
 * Each line's feature and its K numbers, read in one walk over the text.
 * Splitting 25,000 lines and 200,000 numbers into strings and `Number`-ing
 * them took about 110 ms of a cold `parse` (a fifth of it); the walk reads
 * the characters in place. The trainer writes every number as
 * `-?\d+(\.\d{1,2})?`, and such a number is its hundredths divided by 100:
 * both integers are exact, so the quotient is the double `Number` would
 * give, to the bit (test/segment/model.test.ts).
 */
export function parseModel(text: string, k: number): { features: string[]; rows: Float32Array } {
  let lineCount = text.length ? 1 : 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lineCount++;
  const rows = new Float32Array(lineCount * k);
  const features: string[] = new Array<string>(lineCount);
  let at = 0;
  for (let n = 0; n < lineCount; n++) {
    const space = text.indexOf(" ", at);
    if (space < 0) throw new Error(`model line ${n + 1}: a feature without its numbers`);
    features[n] = text.slice(at, space);
    at = space;
    for (let c = 0; c < k; c++) {
      at++; // the space before the number
      const negative = text.charCodeAt(at) === 45;
      if (negative) at++;
      let hundredths = 0;
      let code = text.charCodeAt(at);
      for (; code >= 48 && code <= 57; code = text.charCodeAt(++at)) hundredths = hundredths * 10 + (code - 48);
      let decimals = 0;
      if (code === 46)
        for (code = text.charCodeAt(++at); code >= 48 && code <= 57; code = text.charCodeAt(++at), decimals++) hundredths = hundredths * 10 + (code - 48);
      if (decimals > 2) throw new Error(`model line ${n + 1}: a number with more than two decimals`);
      hundredths *= decimals === 0 ? 100 : decimals === 1 ? 10 : 1;
      rows[n * k + c] = (negative ? -hundredths : hundredths) / 100;
    }
    at++; // the line's end
  }
  return { features, rows };
}

function load(): Table {
  const { features, rows } = parseModel(MODEL, K);
  const wordIds = new Map<string, number>();
  const wordList: string[] = [];
  const unigramOf: number[] = [];
  const shapes = new Map<string, number>();
  // each pair as three numbers side by side (its words' ids and its row): no array of its own to allocate
  const pairList: number[] = [];
  const id = (word: string) => {
    let i = wordIds.get(word);
    if (i === undefined) {
      wordIds.set(word, (i = wordList.length));
      wordList.push(word);
      unigramOf.push(-1);
    }
    return i;
  };
  features.forEach((feature, n) => {
    // words hold no "_" (features.ts): a feature with one is a pair; shapes are "<…>" tokens of their own
    const join = feature.indexOf(BIGRAM_JOIN);
    if (join !== -1) pairList.push(id(feature.slice(0, join)), id(feature.slice(join + 1)), n * K);
    else if (feature.startsWith("<") && feature !== NUM) shapes.set(feature, n * K);
    else unigramOf[id(feature)] = n * K;
  });
  const wordMask = slotsFor(wordList.length) - 1;
  const words = new Int32Array((wordMask + 1) * WORD_SLOT);
  const chars = new Uint16Array(wordList.reduce((n, w) => n + w.length, 0));
  let offset = 0;
  wordList.forEach((w, i) => {
    // NUM is never hashed (a run of digits is looked up by its id), but it sits in the table like any word
    const h = hashSpan(w, 0, w.length);
    let slot = h & wordMask;
    while (words[slot * WORD_SLOT + 1] !== 0) slot = (slot + 1) & wordMask;
    const at = slot * WORD_SLOT;
    words[at] = h;
    words[at + 1] = i + 1;
    words[at + 2] = unigramOf[i];
    words[at + 3] = offset;
    words[at + 4] = w.length;
    for (let k = 0; k < w.length; k++) chars[offset + k] = w.charCodeAt(k);
    offset += w.length;
  });
  const pairMask = slotsFor(pairList.length / 3) - 1;
  const pairs = new Int32Array((pairMask + 1) * PAIR_SLOT);
  for (let p = 0; p < pairList.length; p += 3) {
    const a = pairList[p];
    const b = pairList[p + 1];
    let slot = pairHash(a, b) & pairMask;
    while (pairs[slot * PAIR_SLOT] !== 0) slot = (slot + 1) & pairMask;
    const at = slot * PAIR_SLOT;
    pairs[at] = a + 1;
    pairs[at + 1] = b;
    pairs[at + 2] = pairList[p + 2];
  }
  const num = wordIds.get(NUM) ?? -1;
  return { words, wordMask, chars, pairs, pairMask, shapes, num, numRow: num === -1 ? -1 : unigramOf[num], rows };
}

/** The slot of the word at text[start, end), whose `hashSpan` is h, or -1 when the model does not know it. */
function wordSlot(t: Table, h: number, text: string, start: number, end: number): number {
  const { words, chars, wordMask } = t;
  const length = end - start;
  for (let slot = h & wordMask; ; slot = (slot + 1) & wordMask) {
    const at = slot * WORD_SLOT;
    if (words[at + 1] === 0) return -1;
    if (words[at] !== h || words[at + 4] !== length) continue;
    const offset = words[at + 3];
    let same = true;
    for (let k = 0; k < length && same; k++) same = chars[offset + k] === text.charCodeAt(start + k);
    if (same) return at;
  }
}

/** The row of the pair (a, b), or -1. */
function pairRow(t: Table, a: number, b: number): number {
  const { pairs, pairMask } = t;
  for (let slot = pairHash(a, b) & pairMask; ; slot = (slot + 1) & pairMask) {
    const at = slot * PAIR_SLOT;
    const first = pairs[at];
    if (first === 0) return -1;
    if (first === a + 1 && pairs[at + 1] === b) return pairs[at + 2];
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
    let id = t.num;
    let row = t.numRow;
    if (c !== DIGITS) {
      const at = wordSlot(t, h, rest, i, j);
      id = at === -1 ? -1 : t.words[at + 1] - 1;
      row = at === -1 ? -1 : t.words[at + 2];
    }
    if (id !== -1) {
      add(row);
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
