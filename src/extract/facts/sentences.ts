/**
 * Splits a unit's text into sentences, keeping each one's offset, so that a
 * fact's evidence is the sentence it came from. Abbreviations ("tlf.", "ca.",
 * "kl.", "bl.a.") and ordinals ("2. juni") do not end a sentence.
 */

export interface Sentence {
  text: string;
  /** Offset of the sentence in the unit's text. */
  offset: number;
}

/** Lower-case words that take a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  "tlf", "tel", "ca", "kl", "bl.a", "f.eks", "jf", "pr", "evt", "inkl", "ekskl", "excl", "incl", "mio", "mia", "kr", "nr",
  "d", "att", "konst", "m.m", "mv", "m.v", "mht", "vedr", "ift", "hhv", "dvs", "osv", "etc", "ref", "stk", "tlf.nr", "mob",
  "ang", "iht", "el", "o.l", "s", "t", "mdr", "md", "årl", "cand", "scient", "polit", "jur", "oecon", "merc", "adm", "st",
  // shortened first names inside a name: "Hans Chr. Andersen"
  "chr", "fr", "th", "jac", "joh", "wm", "ch", "aa",
]);

/** A full stop, question or exclamation mark followed by space and a capital (or an opening mark before one). */
export const SENTENCE_END = /[.!?](?=[ \t\u00a0]{1,8}["“„'(*]{0,3}[A-ZÆØÅ])/gu;

// Every extractor splits the same units: within one document's extraction
// (`withSentenceMemo`) each text is split once. The memo lives for that call
// only, so nothing is carried from one document to the next.
let memo: Map<string, Sentence[]> | null = null;

export function withSentenceMemo<T>(run: () => T): T {
  const outer = memo;
  memo = new Map();
  try {
    return run();
  } finally {
    memo = outer;
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
    // the word before the mark: a pattern anchored at the end still scans from the start, so give it only the tail
    const before = text.slice(Math.max(start, m.index - 20), m.index);
    const word = (before.match(/[^\s(]{1,20}$/u)?.[0] ?? "").toLowerCase();
    // "A. P. Møller", "tlf. Lone": initials and abbreviations run on
    if (m[0] === "." && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const s = raw.trim();
  if (s) out.push({ text: s, offset: start + lead });
}
