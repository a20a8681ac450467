/**
 * Word counts without splitting: they run for every line of every document,
 * and `split(/\s+/)` makes an array of strings only to measure it.
 */

/** What `\s` matches. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whitespace-separated words, counted without splitting: it runs for every
 * line. Counting stops past `enough`, for a caller that compares with it: a
 * long paragraph is not walked to its end to learn it is not a heading.
 */
export function words(s: string, enough = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord && ++n > enough) return n;
    inWord = !space;
  }
  return n;
}

/**
 * `text` without the characters of `chars` at its end: what `/[…]+$/` does,
 * in one pass from the end (the pattern is tried at every position of a run
 * it then rejects, quadratic on a long run).
 */
export function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` cut where `separator` first matches (a pattern without quantifiers), or `text` whole. */
export function cutAt(text: string, separator: RegExp): string {
  const i = text.search(separator);
  return i < 0 ? text : text.slice(0, i);
}
