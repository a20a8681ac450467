/**
 * Each language's commonest small words, counted to tell a text written in
 * English (a university's international ad) from a Danish one with an
 * English name or heading in it. "for" is both languages': counted as Danish.
 */
export const ENGLISH_SMALL_WORDS: ReadonlySet<string> = new Set(["the", "and", "of", "to", "with", "you", "our"]);
export const DANISH_SMALL_WORDS: ReadonlySet<string> = new Set(["og", "at", "til", "med", "for", "du", "vores", "af", "er", "det"]);
/**
 * The small words that join an English title's parts ("Head of Section in … at the Department of the Built
 * Environment"): a long title of them is still a title, not a sentence.
 */
export const ENGLISH_TITLE_JOINERS: ReadonlySet<string> = new Set(["of", "the", "in", "and"]);
