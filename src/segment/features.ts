/**
 * What the section classifier sees of a piece of text: its words, lower
 * case, with the shapes that matter more than their digits (a phone number,
 * an e-mail address, a web address, an amount, a year) as tokens of their
 * own, and each pair of neighbouring words. Shared by the trainer
 * (`scripts/train-sections.mjs`, through `dist/`) and the classifier, so the
 * two can never disagree about what a feature is.
 */

// The text is lower-cased before these run: none needs the i flag, which makes \b under u fifty times slower.
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const URL = /\b(?:https?:\/\/|www\.)\S+/gu;
// "22 33 44 55", "2233 4455", "+45 22334455"
const PHONE = /(?<!\d)(?:\+45\s?)?\d{2}\s?\d{2}\s?\d{2}\s?\d{2}(?!\d)/gu;
const AMOUNT = /\b\d{1,3}(?:\.\d{3})+(?:,\d+)?\b|\b\d+(?:,\d+)?\s?(?:kr\.?|mio\.?|mia\.?|%|procent)/gu;
const YEAR = /\b(?:19|20)\d{2}\b/gu;

/** A text's shape tokens ("<phone>", "<amount>", …) and its words in text order, numbers as "<num>". */
export interface Tokens {
  shapes: string[];
  words: string[];
}

export function tokens(text: string): Tokens {
  const { shapes, rest } = shapesOf(text);
  const words: string[] = [];
  forEachWord(rest, (start, end, digits) => words.push(digits ? NUM : rest.slice(start, end)));
  return { shapes, words };
}

/** The token of a run of digits. */
export const NUM = "<num>";

/**
 * A text's shape tokens, and the text lower-cased with each shape replaced by
 * a blank so that its digits are not counted again as numbers: what the words
 * are read from.
 */
export function shapesOf(text: string): { shapes: string[]; rest: string } {
  let t = text.toLowerCase();
  const shapes: string[] = [];
  const shape = (re: RegExp, token: string) => {
    if (!re.test(t)) return;
    re.lastIndex = 0;
    t = t.replace(re, () => {
      shapes.push(token);
      return " ";
    });
  };
  if (t.includes("@")) shape(EMAIL, "<email>");
  if (t.includes("www") || t.includes("http")) shape(URL, "<url>");
  if (/\d/u.test(t)) {
    shape(PHONE, "<phone>");
    shape(AMOUNT, "<amount>");
    shape(YEAR, "<year>");
  }
  return { shapes, rest: t };
}

/**
 * Each word of a lower-cased text, in order, as its span: what
 * /[a-zæøåéüöäá]+|\d+/ matches (the test holds them equal), found by a walk
 * over the characters (the pattern's match objects were a third of the
 * classifier's time). The classifier hashes the span in place; the trainer
 * slices it.
 */
export function forEachWord(t: string, visit: (start: number, end: number, digits: boolean) => void): void {
  for (let i = 0; i < t.length; ) {
    const c = charClass(t.charCodeAt(i));
    if (c === OTHER) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < t.length && charClass(t.charCodeAt(j)) === c) j++;
    visit(i, j, c === DIGIT);
    i = j;
  }
}

/** The separator of a pair's two words in the model's table. */
export const BIGRAM_JOIN = "_";

/** The features of a text: the shape tokens, then each word and the pair it closes, in text order. */
export function features(text: string): string[] {
  const { shapes, words } = tokens(text);
  const out = [...shapes];
  for (let i = 0; i < words.length; i++) {
    out.push(words[i]);
    if (i > 0) out.push(`${words[i - 1]}${BIGRAM_JOIN}${words[i]}`);
  }
  return out;
}

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
/** The word letters beyond a–z: æ ø å é ü ö ä á. */
const EXTRA_LETTERS = new Set([..."æøåéüöäá"].map((c) => c.charCodeAt(0)));

function charClass(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return LETTER;
  if (code >= 0x30 && code <= 0x39) return DIGIT;
  return code >= 0xe0 && EXTRA_LETTERS.has(code) ? LETTER : OTHER;
}
