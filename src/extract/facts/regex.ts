/**
 * Whether a pattern occurs in a text. Global patterns keep `lastIndex`
 * between `test` calls, so a shared pattern would skip the start of the next
 * text: start each test afresh, and leave the pattern as it was found.
 */
export function hits(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}
