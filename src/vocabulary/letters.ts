/**
 * The letters a Danish text's words are made of (Latin, with the accented
 * letters of names like "Ågård", "Müller", "Łukasz"), as a class body for the
 * word-boundary lookarounds of every pattern. A boundary checked against
 * `\p{L}` costs V8 a lookup in the whole Unicode table at every position of
 * the text, several times what these ranges cost; a pattern that opens with
 * one is tried at every position, so it sets the pace of the whole scan.
 */
export const LETTER = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;
