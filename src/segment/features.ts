/**
 * What the section classifier sees of a piece of text: its words, lower
 * case, with the shapes that matter more than their digits (a phone number,
 * an e-mail address, a web address, an amount, a year) as tokens of their
 * own, and each pair of neighbouring words. The trainer
 * (`scripts/train-sections.mjs`, through `dist/`) reads these features; the
 * classifier (`model.ts`) takes the same shapes and walks the same character
 * classes, hashing each word in place, and a test holds its scores equal, to
 * the bit, to a sum over these features.
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
 * classifier's time). The trainer slices each span; the classifier walks
 * the same classes itself (`wordCharClass`) and hashes each word as it reads it.
 */
export function forEachWord(t: string, visit: (start: number, end: number, digits: boolean) => void): void {
  for (let i = 0; i < t.length; ) {
    const c = wordCharClass(t.charCodeAt(i));
    if (c === NOT_A_WORD) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < t.length && wordCharClass(t.charCodeAt(j)) === c) j++;
    visit(i, j, c === DIGITS);
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

/** What a character is to the word walk: no part of a word, a letter, a digit. */
export const NOT_A_WORD = 0;
const LETTER = 1;
export const DIGITS = 2;
/** The class of each character code below 256: a–z, the word letters beyond them (æ ø å é ü ö ä á), digits. */
const CLASS = new Uint8Array(256);
for (let c = 0x61; c <= 0x7a; c++) CLASS[c] = LETTER;
for (const c of "æøåéüöäá") CLASS[c.charCodeAt(0)] = LETTER;
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = DIGITS;

/** A word is a run of characters of one class (letters or digits); the classifier walks them itself (model.ts). */
export const wordCharClass = (code: number): number => (code < 256 ? CLASS[code] : NOT_A_WORD);
