/** Characters that extraction leaves behind and no reader wants: they change no word. */
const NEEDS_CLEANING = /[\u00ad\u2010\u2011\u00a0\u2007\u202f\u2009\u200b-\u200d\u2060\ufeff\t]/u;

export function cleanLine(text: string): string {
  // most lines hold none of these characters: one scan instead of four
  if (!NEEDS_CLEANING.test(text)) return text.trimEnd();
  return text
    // A soft or non-breaking hyphen that ends a line is where a word was broken: make it one the joiner undoes.
    .replace(/[\u00ad\u2010\u2011]\s*$/u, "-")
    .replace(/[\u00a0\u2007\u202f\u2009]/gu, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, "")
    .replace(/\t/gu, " ")
    // trimEnd, not /\s+$/: the pattern retries from every space of a long run that something follows (quadratic).
    .trimEnd();
}

const INLINE_MARK = /[[*_\\]/u;

/** Markdown's inline marks, which a summary does not need: `**x**`, `*x*`, `__x__`, `[x](#)`. */
export function stripInlineMarkdown(text: string): string {
  // most lines carry no mark at all: one scan instead of six
  if (!INLINE_MARK.test(text)) return text;
  return text
    .replace(/\[([^\]\n]{1,300})\]\((?:#[^)\s]{0,200}|)\)/gu, "$1")
    .replace(/\[([^\]\n]{1,300})\]\(([^)\s]{1,500})\)/gu, "$1 ($2)")
    .replace(/\*\*([^*\n]{1,500})\*\*/gu, "$1")
    .replace(/__([^_\n]{1,500})__/gu, "$1")
    .replace(/(^|[\s(])\*([^*\s][^*\n]{0,500}?)\*(?=$|[\s).,:;!?])/gu, "$1$2")
    .replace(/\\([*_#\-.[\]])/gu, "$1");
}
