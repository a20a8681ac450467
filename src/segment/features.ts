/**
 * What the section classifier sees of a piece of text: its words, lower
 * case, with the shapes that matter more than their digits (a phone number,
 * an e-mail address, a web address, an amount, a year) as tokens of their
 * own, and each pair of neighbouring words. Shared by the trainer
 * (`scripts/train-sections.mjs`, through `dist/`) and the classifier, so the
 * two can never disagree about what a feature is.
 */

const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
// "22 33 44 55", "2233 4455", "+45 22334455"
const PHONE = /(?<!\d)(?:\+45\s?)?\d{2}\s?\d{2}\s?\d{2}\s?\d{2}(?!\d)/gu;
const AMOUNT = /\b\d{1,3}(?:\.\d{3})+(?:,\d+)?\b|\b\d+(?:,\d+)?\s?(?:kr\.?|mio\.?|mia\.?|%|procent)/giu;
const YEAR = /\b(?:19|20)\d{2}\b/gu;
const WORD = /[a-zæøåéüöäá]+|\d+/gu;

/** The features of a text: unigrams, the shape tokens, and bigrams of neighbouring words. */
export function features(text: string): string[] {
  let t = text.toLowerCase();
  const out: string[] = [];
  // Shapes first, each replaced by a blank so its digits are not counted again as numbers.
  const shape = (re: RegExp, token: string) => {
    if (!re.test(t)) return;
    re.lastIndex = 0;
    t = t.replace(re, () => {
      out.push(token);
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
  let prev: string | null = null;
  for (const m of t.matchAll(WORD)) {
    const w = m[0].charCodeAt(0) <= 0x39 ? "<num>" : m[0];
    out.push(w);
    if (prev !== null) out.push(`${prev}_${w}`);
    prev = w;
  }
  return out;
}
