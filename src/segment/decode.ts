/**
 * One decision over the whole document: each piece of text (a sentence of a
 * paragraph without a known heading, a paragraph under one, a list item, a
 * table) gets the section kind that best explains, together, its own words,
 * the headings and lead-in lines above it, and the order the genre keeps
 * (cover → indledning → jobprofil → personprofil → vilkår / proces →
 * yderligere). Viterbi over the sequence: one stray word does not flip a
 * sentence, and one heading cannot swallow the rest of the document.
 */
import type { SectionKind } from "../schemas/record.js";
import { GENRE_ORDER, MODEL_KINDS } from "./kinds.js";
import { wordEvidenceInto } from "./model.js";

export type ModelKind = (typeof MODEL_KINDS)[number];

/**
 * What separates a piece from the one before it: the cheaper a change of kind there. "apart": one of them stands in
 * a box beside the posting (a sidebar's fact box), outside the posting's flow, so the genre's order says nothing
 * about the step between them. "attached": a quote's attribution ("– Annelise Bruun, bestyrelsesformand") under the
 * quote, whose kind it keeps: its own words are not weighed.
 */
export type Boundary = "sentence" | "item" | "block" | "heading" | "apart" | "attached";

export interface Cue {
  kind: SectionKind;
  weight: number;
  /** For `explain`: where the cue came from ("heading “Om dig” (known)"). */
  source: string;
}

export interface Piece {
  text: string;
  boundary: Boundary;
  cues: Cue[];
}

export interface Decision {
  kind: SectionKind;
  /** The word model's three best kinds with their scores, when explaining (else empty). */
  words: [SectionKind, number][];
  /** False where a decisive cue left the words unweighed. */
  weighed: boolean;
}

/** The cost of changing kind, by what stands between two pieces. */
export const CHANGE_COST: Record<Boundary, number> = { sentence: 3, item: 2.5, block: 1.5, heading: 0.25, apart: 0, attached: 20 };
/** Going back in the genre's order costs this much more. */
const BACKWARD_COST = 1;
/** The cover's kind is not re-entered once the body has begun. */
const ANDET_COST = 8;
/** Where a document starts: an introduction, most likely. */
const START: Partial<Record<SectionKind, number>> = { indledning: 0, andet: -3 };
const START_OTHER = -1;

const K = MODEL_KINDS.length;
const INDEX = new Map<SectionKind, number>(MODEL_KINDS.map((k, i) => [k, i]));

/** The log-cost of going from one kind to another across each kind of boundary: [boundary][from * K + to]. */
const TRANSITIONS: Record<Boundary, Float64Array> = Object.fromEntries(
  (Object.keys(CHANGE_COST) as Boundary[]).map((boundary) => {
    const t = new Float64Array(K * K);
    for (let from = 0; from < K; from++)
      for (let to = 0; to < K; to++) {
        if (from === to) continue;
        let cost = CHANGE_COST[boundary];
        if (boundary === "apart") continue;
        if (GENRE_ORDER[MODEL_KINDS[to]] < GENRE_ORDER[MODEL_KINDS[from]]) cost += BACKWARD_COST;
        if (MODEL_KINDS[to] === "andet") cost += ANDET_COST;
        t[from * K + to] = -cost;
      }
    return [boundary, t];
  }),
) as Record<Boundary, Float64Array>;

/**
 * Under a cue this strong (a known heading, a fact label), or cues that
 * together lead for one kind by as much (a known heading above a sub-heading
 * that agrees), the words are not weighed: they move a kind by at most 8
 * (the model's cap), and the document is read several times faster.
 * `explain` shows the words all the same, marked as not weighed.
 */
const DECISIVE = 12;

/** One cue this strong decides, and so do cues whose best kind leads the next by as much. */
function isDecisive(cues: readonly Cue[]): boolean {
  if (cues.some((c) => c.weight >= DECISIVE)) return true;
  if (cues.length < 2) return false;
  const total = new Map<SectionKind, number>();
  for (const c of cues) total.set(c.kind, (total.get(c.kind) ?? 0) + c.weight);
  let best = 0;
  let second = 0;
  for (const w of total.values())
    if (w > best) [second, best] = [best, w];
    else if (w > second) second = w;
  return best - second >= DECISIVE;
}

export interface DecodeOptions {
  /** Fill `words` with the word model's three best kinds for every piece. */
  explain?: boolean;
}

export function decode(pieces: Piece[], options: DecodeOptions = {}): Decision[] {
  const n = pieces.length;
  if (n === 0) return [];
  // emissions[i * K + k]: how well kind k explains piece i, its words and its cues together
  const emissions = new Float64Array(n * K);
  const decisive = new Uint8Array(n);
  const words: Decision["words"][] = [];
  for (let i = 0; i < n; i++) {
    const p = pieces[i];
    // an attribution weighs nothing of its own: the quote's kind, by the change's cost, is its kind
    decisive[i] = isDecisive(p.cues) || p.boundary === "attached" ? 1 : 0;
    if (!decisive[i] || options.explain) {
      wordEvidenceInto(p.text, emissions, i * K);
      if (options.explain)
        words.push(
          [...emissions.subarray(i * K, i * K + K)]
            .map((s, k) => [MODEL_KINDS[k], Math.round(s * 100) / 100] as [SectionKind, number])
            .sort((x, y) => y[1] - x[1])
            .slice(0, 3),
        );
      // explained but decisive: the words are shown, not weighed
      if (decisive[i]) emissions.fill(0, i * K, i * K + K);
    }
    for (const c of p.cues) emissions[i * K + INDEX.get(c.kind)!] += c.weight;
  }
  // score[i][k]: the best path ending with piece i in kind k; back[i][k]: its previous kind.
  const score = new Float64Array(n * K);
  const back = new Int8Array(n * K);
  for (let k = 0; k < K; k++) score[k] = (START[MODEL_KINDS[k]] ?? START_OTHER) + emissions[k];
  for (let i = 1; i < n; i++) {
    const t = TRANSITIONS[pieces[i].boundary];
    for (let k = 0; k < K; k++) {
      let best = -Infinity;
      let arg = 0;
      for (let j = 0; j < K; j++) {
        const s = score[(i - 1) * K + j] + t[j * K + k];
        if (s > best) [best, arg] = [s, j];
      }
      score[i * K + k] = best + emissions[i * K + k];
      back[i * K + k] = arg;
    }
  }
  const kinds = new Array<number>(n);
  let last = 0;
  for (let k = 1; k < K; k++) if (score[(n - 1) * K + k] > score[(n - 1) * K + last]) last = k;
  kinds[n - 1] = last;
  for (let i = n - 1; i > 0; i--) kinds[i - 1] = back[i * K + kinds[i]];
  return kinds.map((k, i) => ({ kind: MODEL_KINDS[k], words: words[i] ?? [], weighed: !decisive[i] }));
}
