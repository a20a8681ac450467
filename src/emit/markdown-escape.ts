/**
 * Markdown escaping for text taken from a document. The summary is pasted
 * into wikis and mails that render Markdown with raw HTML allowed, so a
 * document's `<script>`, `<img onerror=…>` or `[x](javascript:…)` must come
 * out as text, never as markup (issue 16). Only what could start markup is
 * escaped, so the source stays readable: `<` and `>` as entities (an entity
 * renders as the character in every Markdown flavour), `&` only where it
 * would start an entity, brackets (no link can form), emphasis and code
 * marks, and the marks that open a block at the start of a line.
 */

/** Escapes text that stands inside a line: a paragraph's line, a list item, a heading. */
export function escapeInline(text: string): string {
  return text
    .replace(/\\/gu, "\\\\")
    .replace(/&(?=#?[A-Za-z0-9]{1,32};)/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/[`*[\]]/gu, "\\$&")
    .replace(/~~/gu, "\\~\\~")
    // "_" inside a word ("a_b@x.dk") is no emphasis; at a word's edge it may be
    .replace(/(?<![\p{L}\d])_|_(?![\p{L}\d])/gu, "\\_");
}

/** A line's first characters that would open a block: a heading, a list item, a numbered item, a table, a setext rule. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([#+|=])/u, "$1\\$2")
    .replace(/^(\s*)-(?=\s|-|$)/u, "$1\\-")
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/u, "$1\\$2");
}

/**
 * A paragraph: each of its lines escaped, and its line breaks kept as hard
 * breaks (a cover's "VIBORG" / "KOMMUNE"). Two spaces before the newline,
 * not a backslash: every renderer reads both, and a summary pasted as plain
 * text into a mail shows no stray marks.
 */
export function escapeLines(text: string): string {
  return text
    .split("\n")
    .map((l) => escapeLineStart(escapeInline(l.replace(/\s+/gu, " ").trim())))
    .filter(Boolean)
    .join("  \n");
}

/** A heading's text: inline escapes, and no closing `#` run for the heading to lose. */
export function escapeHeading(text: string): string {
  return escapeInline(text.replace(/\s+/gu, " ").trim()).replace(/#(?=\s*$)/u, "\\#");
}

/** A table cell: one line, its pipes escaped; a no-break space stays one ("51 58 48 78" is not split). */
export function escapeCell(text: string): string {
  return escapeInline(text.replace(/[^\S\u00a0]+/gu, " ").trim()).replace(/\|/gu, "\\|");
}
