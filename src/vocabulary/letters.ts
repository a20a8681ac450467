/**
 * The letters a Danish text's words are made of (Latin, with the accented
 * letters of names like "Ågård", "Müller", "Łukasz", "Nguyễn"), as a class
 * body for the word-boundary lookarounds of every pattern. A boundary checked against
 * `\p{L}` costs V8 a lookup in the whole Unicode table at every position of
 * the text, several times what these ranges cost; a pattern that opens with
 * one is tried at every position, so it sets the pace of the whole scan.
 * The price: a Greek or Cyrillic letter beside a Danish word no longer
 * counts as part of it, which a Danish profile never asks of us.
 */
export const LETTER = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF`;

const ANY_LETTER = String.raw`\p{L}`;
/**
 * `\p{L}`, a character class whole, or any other escape (so that an escaped
 * bracket opens no class). A class is taken from its last unescaped "[":
 * "[[\p{L}]" is read from the second, the same class for what matters here,
 * and a run of "[" costs no search from each of them to the text's end.
 */
const CLASS_OR_ESCAPE = /\\p\{L\}|\[(?:\\[\s\S]|[^[\]\\])*\]|\\[\s\S]/gu;
/** Inside a class: `\p{L}` or any other escape. */
const ESCAPE = /\\p\{L\}|\\[\s\S]/gu;

/**
 * A pattern source with each `\p{L}` narrowed to the Latin letters above,
 * inside a class or out. The vocabulary keeps writing `\p{L}` ("any letter"),
 * which reads best; under the `iu` flags V8 spends about half a millisecond
 * per pattern folding the case of every letter in Unicode, and a process pays
 * that for each of the hundred patterns before its first document is read.
 */
export function latin(source: string): string {
  // one native scan, not a walk in JavaScript: a cold start runs this for every pattern before its first document
  if (!source.includes(ANY_LETTER)) return source;
  return source.replace(CLASS_OR_ESCAPE, (m) =>
    m === ANY_LETTER ? `[${LETTER}]` : m.startsWith("[") ? m.replace(ESCAPE, (e) => (e === ANY_LETTER ? LETTER : e)) : m,
  );
}

/**
 * Letters and digits only, in lower case: the key under which two spellings
 * of one name ("Kontorchef til Produktsikkerhed" in a page's `<title>`, "Vejle
 * Kommune" and "Vejle kommune,") are the same, whatever their spaces and marks.
 */
/** Lower case, NFC, and the Danish letters as their two-letter spellings: "Århus" ~ "aarhus", "Køge" ~ "koege". */
export function foldDanish(s: string): string {
  return s
    .normalize("NFC")
    .toLocaleLowerCase("da")
    .replace(/å/gu, "aa")
    .replace(/æ/gu, "ae")
    .replace(/ø/gu, "oe")
    .replace(/\s+/gu, " ")
    .trim();
}

export function foldText(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
