/**
 * Word counts without splitting: they run for every line of every document,
 * and `split(/\s+/)` makes an array of strings only to measure it.
 */

/** Whether a character code is an ASCII digit. */
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

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

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * `text.slice(start, end)` for a window of a fixed size ("the last 40
 * characters before a name"), narrowed so that it never cuts a surrogate
 * pair: half an emoji or a historic letter would go into the record as a
 * lone surrogate, which no output encoding can carry.
 */
export function sliceWhole(text: string, start: number, end = text.length): string {
  const n = text.length;
  let from = start < 0 ? Math.max(0, n + start) : Math.min(start, n);
  let to = end < 0 ? Math.max(0, n + end) : Math.min(end, n);
  if (from > 0 && from < n && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from++;
  if (to > 0 && to < n && isHigh(text.charCodeAt(to - 1)) && isLow(text.charCodeAt(to))) to--;
  return from === 0 && to === n ? text : text.slice(from, Math.max(from, to));
}
