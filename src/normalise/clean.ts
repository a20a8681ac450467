import { FACT_LABELS, STRONG_HEADING_KEYS, vocabularyKey } from "../vocabulary/headings.js";
import { MONTH_ALTERNATION, WEEK_WORD, WEEKDAY_NAME } from "../vocabulary/dates.js";
import { isOrganisationName } from "../vocabulary/employers.js";
import { BOX_BARS, BOX_CORNERS, BOX_SIDES } from "../vocabulary/marks.js";

/** Characters that extraction leaves behind and no reader wants: they change no word. */
const NEEDS_CLEANING = /[\u00ad\u2010\u2011\u00a0\u2007\u202f\u2009\u200b-\u200d\u2060\ufeff\t]/u;

/**
 * A text box's sides ("│ Arbejdssted: …  │"): the box's, not the line's words. A side stands apart from the text, a
 * space between or the line's end; indentation before a line without one is kept.
 */
function withoutBoxSides(text: string): string {
  let t = text;
  const lead = t.length - t.trimStart().length;
  const end = t.trimEnd();
  // a side on both ends is the box's, padded or not ("│Frist: 5. marts 2027│")
  const both = end.length > lead + 1 && BOX_SIDES.includes(end[lead]) && BOX_SIDES.includes(end[end.length - 1]);
  if (BOX_SIDES.includes(t[lead] ?? "") && (both || t.length === lead + 1 || /\s/u.test(t[lead + 1]))) t = t.slice(lead + 1).trimStart();
  const rest = t.trimEnd();
  if (rest.length > 0 && BOX_SIDES.includes(rest[rest.length - 1]) && (both || rest.length === 1 || /\s/u.test(rest[rest.length - 2]))) t = rest.slice(0, -1).trimEnd();
  return t;
}
const HAS_BOX_SIDE = new RegExp(`[${BOX_SIDES}]`, "u");
/** Whether a line holds a text box's mark, a side or a bar: layout, where the line holds nothing else. */
export const hasBoxMark = (text: string): boolean => HAS_BOX_MARK.test(text);
const HAS_BOX_MARK = new RegExp(`[${BOX_SIDES}${BOX_BARS}${BOX_CORNERS}]`, "u");
/** A box's top border with its title set in it: "┌─ KORT FORTALT ──────┐" is the title, a heading's line. */
const TITLED_BORDER = new RegExp(`^[${BOX_CORNERS}]?[${BOX_BARS}]+[ \\t]+([^${BOX_BARS}${BOX_CORNERS}]*[^\\s${BOX_BARS}${BOX_CORNERS}])[ \\t]+[${BOX_BARS}]+[${BOX_CORNERS}]?$`, "u");

export function cleanLine(text: string): string {
  text = unspaceLetters(leaderToGap(text));
  const titled = HAS_BOX_MARK.test(text) ? TITLED_BORDER.exec(text.trim()) : null;
  if (titled) text = titled[1];
  // most lines hold none of these characters: one scan instead of four
  if (!NEEDS_CLEANING.test(text)) return HAS_BOX_SIDE.test(text) ? withoutBoxSides(text).trimEnd() : text.trimEnd();
  const cleaned = text
    // A soft or non-breaking hyphen that ends a line is where a word was broken: make it one the joiner undoes.
    .replace(/[\u00ad\u2010\u2011]\s*$/u, "-")
    .replace(/[\u00a0\u2007\u202f\u2009]/gu, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, "")
    .replace(/\t/gu, " ")
    // trimEnd, not /\s+$/: the pattern retries from every space of a long run that something follows (quadratic).
    .trimEnd();
  return HAS_BOX_SIDE.test(cleaned) ? withoutBoxSides(cleaned) : cleaned;
}

/** Capitals set letter-spaced: a word's letters one space apart, the words two or more ("L Ø N -   O G   A N S …"). */
const LETTER_SPACED = /^(?:[\p{Lu}\d&-] ){2,}[\p{Lu}\d&-](?: {2,}(?:[\p{Lu}\d&-] )*[\p{Lu}\d&-])*$/u;

const KNOWN_HEADINGS = STRONG_HEADING_KEYS;

/**
 * A heading set in letter-spaced capitals, as a designer's PDF gives it ("L Ø N -   O G   A N S Æ T T E L S E S V I L
 * K Å R", "B A G G R U N D"): read as its words, "LØN- OG ANSÆTTELSESVILKÅR", "BAGGRUND", so that a reader and the
 * heading vocabulary see them. Where no wider gap parts its words ("J O B - O G P E R S O N P R O F I L"), only a
 * heading the vocabulary knows is read so; the rest is left as set. A look at two characters turns almost every line away.
 */
function unspaceLetters(text: string): string {
  const start = text.length - text.trimStart().length;
  if (text.charCodeAt(start + 1) !== 0x20 || text.charCodeAt(start + 3) !== 0x20) return text;
  const t = text.trim();
  if (!LETTER_SPACED.test(t)) return text;
  const words = t.split(/ {2,}/u).map((w) => w.replace(/ /gu, ""));
  return words.length > 1 || KNOWN_HEADINGS.has(vocabularyKey(words[0])) ? words.join(" ") : text;
}

/**
 * A dot leader between a timetable's label and its value ("Ansøgningsfrist ........ Mandag den 15. marts 2027"):
 * the layout's gap, as many spaces wide as the leader, so that the rows keep their values in one column and are
 * read as rows of two cells, not run into each other. Five dots at least, or two ellipses: "Er du den rette....
 * så søg" is a sentence's pause. A contents line's leader before its page ("3", "s. 3", "12-13") stays: blocks.ts
 * reads those. Found by a scan, not a pattern: a pattern's leader tried from every dot of a long run is quadratic.
 */
function leaderToGap(text: string): string {
  const dots = text.indexOf(".....");
  const ellipses = text.indexOf("……");
  const at = dots < 0 ? ellipses : ellipses < 0 ? dots : Math.min(dots, ellipses);
  if (at < 0) return text;
  const isLeader = (c: string) => c === "." || c === "…";
  const isBlank = (c: string) => c === " " || c === "\t";
  let start = at;
  while (start > 0 && isBlank(text[start - 1])) start--;
  let end = at;
  while (end < text.length && isLeader(text[end])) end++;
  while (end < text.length && isBlank(text[end])) end++;
  const value = text.slice(end);
  if (start === 0 || end === text.length || PAGE_REFERENCE.test(value)) return text;
  return `${text.slice(0, start)}${" ".repeat(Math.max(3, end - start))}${value}`;
}
/** A contents line's page after its leader: "3", "s. 3", "12-13". */
const PAGE_REFERENCE = /^(?:s\.\s?)?\d{1,3}(?:\s?[–-]\s?\d{1,3})?\s*$/u;

/** "1\tIndledning", "3.1 Opgaver\t4": a chapter's number or a contents line's page, not a column. */
const CHAPTER_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?$/u;

/**
 * The cells of a line whose parts a tab parts: a table's row as pdf.js gives
 * it ("Hanne Krogsgaard\tBorgmester") or a browser copies it. A chapter
 * number before its name and a contents line's page after it are not cells.
 */
export function tableCells(text: string): string[] | null {
  if (!text.includes("\t")) {
    // "Uge 12 · Første samtaler", "1. juni 2027 · Tiltrædelse": a timetable's row, its day and its step a middle dot apart
    const row = text.includes("·") ? TIMETABLE_ROW.exec(cleanLine(text).trim()) : null;
    // (and "3. marts 2027 · Horsens Kommune" under a title is a dateline, its second part a house's name)
    return row && !CHAPTER_NUMBER.test(row[1]) && !isOrganisationName(row[2]) ? [row[1], row[2]] : null;
  }
  const cells = text.split("\t").map((c) => cleanLine(c).trim()).filter((c) => c !== "");
  if (cells.length < 2) return null;
  // "1\tIndledning", "Indledning\t3", "1\tIndledning\t3"; but "33\tFredag den 20. august\tAnsøgningsfrist" is a
  // timetable's row by weeks, three cells the first of which is a number
  const [first, last] = [CHAPTER_NUMBER.test(cells[0]), CHAPTER_NUMBER.test(cells[cells.length - 1])];
  if (cells.length === 2 ? first || last : cells.length === 3 && first && last) return null;
  // "Ansøgningsfrist\t7. marts 2027": a fact box's label line, which the block builder reads as one
  if (cells.length === 2 && (cells[0].endsWith(":") || FACT_LABELS.has(cells[0].toLowerCase()))) return null;
  return cells;
}

/**
 * A day or a week, a middle dot, and what happens then: one row of a timetable set as text. (A chapter's number
 * "1.4 · Baggrund" is a contents line's: CHAPTER_NUMBER turns it away.)
 */
const TIMETABLE_ROW = new RegExp(
  String.raw`^((?:${WEEK_WORD}) \d{1,2}(?:\s?[-–]\s?\d{1,2})?|(?:${WEEKDAY_NAME}(?: den)? )?\d{1,2}\.(?: ?[-–] ?\d{1,2}\.)? ?(?:${MONTH_ALTERNATION})\.?(?: \d{4})?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?) · (\S.{0,120})$`,
  "iu",
);

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
