/**
 * Splits a unit's text into sentences, keeping each one's offset, so that a
 * fact's evidence is the sentence it came from. Abbreviations ("tlf.", "ca.",
 * "kl.", "bl.a.", "konst."; the list is src/vocabulary/abbreviations.ts) and
 * ordinals ("2. juni") do not end a sentence.
 */
import { isAbbreviation, wordBefore } from "../vocabulary/abbreviations.js";
import { MONTH_WORDS } from "../vocabulary/months.js";
import { isDigit } from "./words.js";

export interface Sentence {
  text: string;
  /** Offset of the sentence in the unit's text. */
  offset: number;
}

/** A full stop, question or exclamation mark followed by space and a capital (or an opening mark before one). */
export const SENTENCE_END = /[.!?](?=[ \t\u00a0]{1,8}["“„'(*]{0,3}[A-ZÆØÅ])/gu;

// The segmenter and every extractor split the same texts: within one
// document (`withSentenceMemo`) each text is split once. The memo lives for
// the outermost call only, so nothing is carried from one document to the next.
let memo: Map<string, Sentence[]> | null = null;

export function withSentenceMemo<T>(run: () => T): T {
  // an inner call (extractFacts inside the pipeline's document) shares the outer memo
  if (memo) return run();
  memo = new Map();
  try {
    return run();
  } finally {
    memo = null;
  }
}

export function splitSentences(text: string): readonly Sentence[] {
  if (!memo) return split(text);
  let sentences = memo.get(text);
  if (!sentences) memo.set(text, (sentences = split(text)));
  return sentences;
}

function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + 1;
    // "A. P. Møller", "tlf. Lone": initials and abbreviations run on
    if (m[0] === "." && stopIsAbbreviation(text, m.index, start)) continue;
    // "ANSØGNINGSFRIST: 7. MAJ 2027": a day's mark before its month in capitals
    if (m[0] === "." && isDay(text, m.index) && CAPITAL_MONTH.test(text.slice(end, end + 14))) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

/** A month's name in capitals after a day's mark: " MAJ 2027", " SEPTEMBER". */
const CAPITAL_MONTH = new RegExp(String.raw`^[ \t\u00a0]{1,8}(?:${[...MONTH_WORDS].map((m) => m.toUpperCase()).join("|")})\.?(?![\p{L}-])`, "u");
/** The full stop at `dot` follows a day's one or two digits, alone: "7.", "24.", not "2027.". */
const isDay = (text: string, dot: number): boolean => {
  let i = dot;
  while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  return dot - i >= 1 && dot - i <= 2 && (i === 0 || !isDigit(text.charCodeAt(i - 1)));
};

function push(out: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const s = raw.trim();
  if (s) out.push({ text: s, offset: start + lead });
}

/** The full stop at `dot` closes an abbreviation or an initial; only the text from `floor` on is looked at. */
function stopIsAbbreviation(text: string, dot: number, floor = 0): boolean {
  // the word before the mark: a pattern anchored at the end still scans from the start, so give it only the tail
  return isAbbreviation(wordBefore(text.slice(Math.max(floor, dot - 24), dot)));
}

/** A mark that ends a sentence whatever follows it (a list item's own words end there: "AC-fuldmægtig. Du kan …"). */
const STOP = /[.!?](?=\s)/gu;
/** "1. viceborgmester", "2. runde": a number's ordinal mark before a word in lower case, read around the mark. */
const ORDINAL = /(?<!\d)\d{1,2}\.\s\p{Ll}/u;

/**
 * Where the first sentence of `text` ends (after its mark), or -1. Unlike
 * `splitSentences` the next word need not be capitalised, so an item's
 * "Kommunikationschef og konst. sekretariatschef" is read past its abbreviation.
 */
export function firstSentenceEnd(text: string): number {
  for (const m of text.matchAll(STOP)) {
    if (m[0] === "." && (stopIsAbbreviation(text, m.index) || ORDINAL.test(text.slice(Math.max(0, m.index - 3), m.index + 3)))) continue;
    return m.index + 1;
  }
  return -1;
}

/** The first sentence of `text` (all of it when no mark ends one), read past abbreviations as `firstSentenceEnd` is. */
export function firstSentence(text: string): string {
  const end = firstSentenceEnd(text);
  return end < 0 ? text : text.slice(0, end);
}
