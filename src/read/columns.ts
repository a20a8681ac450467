/**
 * Two columns side by side in plain text: what `pdftotext -layout` prints for
 * a two-column page, each line holding a left-column line, a gutter of
 * spaces, and a right-column line. Read line by line, a paragraph would be
 * woven with its neighbour's. Where a page has such a run of lines, the run
 * is read as the page is: its left column first, then its right.
 *
 * Each side of a split line becomes a `SourceLine` of its own with the line's
 * number, so a source line may stand in two blocks — once per column — and
 * the nothing-lost invariant counts pieces, not lines.
 *
 * A table in layout text has a gutter too (names | roles, dates | rounds),
 * and must stay row by row: a row's cells belong together. Columns of prose
 * are told from it by their lines: running text of several words on both
 * sides, most lines reaching near the column's edge.
 */
import type { SourceLine } from "./types.js";
import { FACT_LABELS, TRAILING_FUNCTION_WORDS, vocabularyKey } from "../vocabulary/headings.js";
import { DAY_OR_WEEK_CELL } from "../vocabulary/dates.js";

/** Fewer lines with text on both sides of one gutter than this are no columns. */
const MIN_SPLIT_LINES = 4;
/** Contacts' cards side by side (a name, a phone, an e-mail each) have as few lines with both sides as this. */
const MIN_CARD_LINES = 2;
/** A contact's card: a title, a name, a phone or two, an e-mail. */
const MAX_CONTACT_CARD_LINES = 6;
/** A phone number of eight digits (spaced in pairs or not) or an e-mail address. */
const CONTACT_DETAIL = /\S@\S|(?<!\d)\d{2} ?\d{2} ?\d{2} ?\d{2}(?!\d)/u;
/** How many columns left of the commonest start a ragged right column may begin, and the spaces free before it. */
const RAGGED = 8;
const RAGGED_GAP = 2;
/** A right column starts this far in at least: nearer, the "gutter" is an indented list. */
const MIN_GUTTER_AT = 24;
/** A side of a prose column carries this many words to a line on average; a table's cells fewer. */
const PROSE_WORDS = 4;
/** A heading above the text after the columns: this many words at most. */
const HEADING_WORDS = 6;
/** A list on one side: this many bulleted items at least. */
const MIN_BULLETS = 2;
const BULLET = /^\s*[•▪◦·*–-]\s/u;
/** A page's foot: a page number, "Side 3 af 9", a short running footer. */
const FOOT_CHARS = 40;
/** A foot of any length that ends in its page's number: "Odsherred Kommune · Børn, Unge og Læring      Side 1 af 2". */
const FOOT_PAGE_NUMBER = /\S {2,}(?:(?:side|page)\s\d{1,4}(?:\s?(?:af|of|\/)\s?\d{1,4})?|\d{1,4}\s?(?:af|of|\/)\s?\d{1,4})$/iu;

export function splitColumns(lines: SourceLine[]): SourceLine[] {
  // Cheap refusal first: a gutter needs a run of spaces inside a line, which most texts never have.
  if (!lines.some((l) => l.text.length > MIN_GUTTER_AT && /\S {2,}\S/u.test(l.text))) return lines;
  const out: SourceLine[] = [];
  for (const page of pagesOf(lines)) out.push(...splitPage(page));
  return out;
}

function pagesOf(lines: SourceLine[]): SourceLine[][] {
  const pages: SourceLine[][] = [];
  for (const l of lines) {
    if (!pages.length || pages.at(-1)![0].page !== l.page) pages.push([]);
    pages.at(-1)!.push(l);
  }
  return pages;
}

/** Where a right-hand piece begins: after two spaces or more, with text before them. */
function rightStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<=\S) {2,}(?=\S)/gu)) {
    const at = m.index + m[0].length;
    if (at >= MIN_GUTTER_AT) out.push(at);
  }
  return out;
}

type Shape = "blank" | "left" | "right" | "both" | "across";

function shapeAt(text: string, at: number, gap = 1): Shape {
  if (!text.trim()) return "blank";
  const end = text.trimEnd().length;
  if (end < at) return "left";
  const lead = text.length - text.trimStart().length;
  if (lead >= at) return "right";
  // text on both sides with the gutter free just before the right column (whose line may be indented: "    (formand)");
  // a line with no gap of two spaces anywhere is one line of prose that crosses the gutter, whatever its word ends
  // (`gap` spaces free before it: a ragged gutter is a gutter only where a gap stands, not inside a line's word space)
  return !text.slice(at - gap, at).trim() && /\S {2,}\S/u.test(text) && text.slice(0, at).trim() ? "both" : "across";
}

function splitPage(page: SourceLine[], tried: number | null = null): SourceLine[] {
  const counts = new Map<number, number>();
  for (const l of page) for (const at of rightStarts(l.text)) if (tried === null || Math.abs(at - tried) > RAGGED) counts.set(at, (counts.get(at) ?? 0) + 1);
  let gutter = -1;
  let best = 0;
  for (const [at, n] of counts) if (n > best || (n === best && at < gutter)) [gutter, best] = [at, n];
  if (best < MIN_CARD_LINES) return page;

  let shapes = page.map((l) => shapeAt(l.text, gutter));
  // a box's lines set ragged, a few columns either side ("Roskilde" at 64 under values at 68–71): the gutter is its
  // leftmost start, where that reads more lines as two sides than the commonest start does
  const ragged = Math.min(...[...counts.keys()].filter((at) => at < gutter && at >= gutter - RAGGED));
  if (Number.isFinite(ragged)) {
    const wider = page.map((l) => shapeAt(l.text, ragged, RAGGED_GAP));
    if (wider.filter((x) => x === "both").length > shapes.filter((x) => x === "both").length) {
      for (const [at, n] of counts) if (at >= ragged && at < gutter) best += n;
      [gutter, shapes] = [ragged, wider];
    }
  }
  // The page's foot (a page number set off below the text) stays below the columns, where the artefact step looks for it.
  for (let i = footAt(page); i < page.length; i++) shapes[i] = "across";
  const out: SourceLine[] = [];
  let pending: SourceLine[] = [];
  let done = 0;
  for (let first = shapes.indexOf("both"); first >= 0; first = shapes.indexOf("both", done)) {
    // A run: from a line with both sides to the last before a line across (a full-width paragraph or
    // title after the columns, or the page's foot).
    let last = first;
    let end = first + 1;
    for (; end < page.length && shapes[end] !== "across"; end++) if (shapes[end] !== "blank") last = end;
    // A heading set off above the full-width text that ends the run is that text's ("Løn- og ansættelsesvilkår").
    if (end < page.length && shapes[last] === "left" && shapes[last - 1] === "blank" && isHeadingLike(page[last].text)) last--;
    // A right column that starts a line or two higher than the left joins the run; a running header above it, set off by a blank line, does not.
    let start = first;
    while (start > done && shapes[start - 1] === "right") start--;
    // and a box whose lines the text's lines alternate with above it, each on a line of its own ("Vil du være med …" /
    // "FAKTA OM STILLINGEN" / "Sjælland kommer til …" / "Stilling"): from the text's line just above the box's first
    // (no further than a blank line: a running header set off above the text is no line of the box)
    let top = start;
    while (top > done && shapes[top - 1] !== "across" && shapes[top - 1] !== "blank") top--;
    const boxTop = shapes.slice(top, start).indexOf("right");
    if (boxTop >= 0 && shapes.slice(top + boxTop, first).filter((x) => x === "right").length >= MIN_CARD_LINES) start = Math.max(top, top + boxTop - 1);
    const run = page.slice(start, last + 1);
    // Too few lines with both sides, or no prose (a running header's gap, a table's rows): the lines stay as they are.
    const bothLines = run.filter((_, i) => shapes[start + i] === "both").length;
    const both = best >= MIN_SPLIT_LINES && bothLines >= MIN_SPLIT_LINES;
    const members = both && isMemberColumns(run, gutter);
    let cards: SourceLine[][] | null;
    // (the second reading looks for members' columns only: a timetable's rows at a gutter of their own stay rows)
    if (tried !== null && !members) pending.push(...page.slice(done, last + 1));
    else if (members) {
      // a committee's members set in two columns, a name and its title an entry, a long title wrapped under it
      // ("Lone Bækgaard, formand for Sundheds- og" over "Ældreudvalget"): read as the page is, left column first, each
      // column set off from what follows by a blank line; at the page's own gutter as at a stretch's (row by row, a
      // wrapped title's line would join the next row's name)
      flush(page.slice(done, start));
      for (const l of run) if (l.text.slice(0, gutter).trim()) out.push({ ...l, text: l.text.slice(0, gutter).trimEnd() });
      out.push({ ...run[0], text: "" });
      for (const l of run) if (l.text.slice(gutter).trim()) out.push({ ...l, text: l.text.slice(gutter).trimStart() });
      out.push({ ...run[run.length - 1], text: "" });
    } else if (both && isProse(run, gutter)) {
      flush(page.slice(done, start));
      for (const l of run) out.push({ ...l, text: l.text.slice(0, gutter).trimEnd() });
      for (const l of run) out.push({ ...l, text: l.text.slice(gutter) });
    } else if (both && isWrappedProse(run.map((l) => l.text.slice(gutter)))) {
      // the paragraph beside the table is set narrower than the page's text: its lines say themselves how they run on
      // (a short line of it is no title's, "Rekrutteringen gennemføres af Lindgaard" / "Executive i tæt samarbejde med")
      flush(page.slice(done, start));
      for (const l of run) out.push({ ...l, text: l.text.slice(0, gutter).trimEnd() });
      let before = "";
      for (const l of run) {
        const text = l.text.slice(gutter);
        if (!text.trim()) continue;
        out.push({ ...l, text, flow: !before ? "opens" : /[.!?]$/u.test(before) ? "breaks" : "wraps" });
        before = text.trimEnd();
      }
    } else if (both && isWrappedProse(run.map((l) => l.text.slice(0, gutter))) && isFactBox(run.map((l) => l.text.slice(gutter)))) {
      // running text beside a box of facts ("Ansøgningsfrist" over "Onsdag den 14. april 2027", "Kontakt" over a name):
      // the text first, then the box, each line of it as set, a blank line between them
      // (a line of the box alone is no gap in the text: the text's lines run on past it)
      flush(page.slice(done, start));
      run.forEach((l, k) => {
        if (shapes[start + k] !== "right") out.push({ ...l, text: l.text.slice(0, gutter).trimEnd() });
      });
      out.push({ ...run[0], text: "" });
      // (a ragged box's lines start a few columns apart: each from its own first letter)
      for (const l of run) if (l.text.slice(gutter).trim()) out.push({ ...l, text: l.text.slice(gutter).trimStart() });
    } else if ((cards = (both ? cardsOf(run, gutter) : null) ?? (bothLines >= MIN_CARD_LINES ? contactCardsOf(run, gutter) : null))) {
      // cards side by side ("Rasmus Holm" over "Borgmester (formand)", beside the next member's): each card whole,
      // the left one first
      flush(page.slice(done, start));
      for (const card of cards) {
        for (const l of card) out.push({ ...l, text: l.text.slice(0, gutter).trimEnd() });
        for (const l of card) if (l.text.slice(gutter).trim()) out.push({ ...l, text: l.text.slice(gutter) });
        out.push({ ...card[0], text: "" });
      }
    } else pending.push(...page.slice(done, last + 1));
    done = last + 1;
  }
  flush(page.slice(done));
  return out;

  // A page's stretches outside the runs it split may set their own columns at another gutter (a timetable's at 26,
  // the committee's two columns at 49 above it): read once more, for members' columns, at the stretch's commonest
  // start but this one.
  function flush(before: SourceLine[]): void {
    pending.push(...before);
    out.push(...(tried === null && pending.length >= MIN_CARD_LINES ? splitPage(pending, gutter) : pending));
    pending = [];
  }
}

/**
 * A run of cards side by side: groups of two or three lines, blank lines between them, every group as long as
 * the first and every line with text on both sides and no digit (a name over a title, twice). Null for any other
 * run: a table's rows (a label and its date), one a line, stay row by row.
 */
function cardsOf(run: SourceLine[], gutter: number): SourceLine[][] | null {
  // a card holds a name and a title: no date, no number (a timetable's label and its day stay row by row)
  if (run.some((l) => /\d/u.test(l.text))) return null;
  const groups: SourceLine[][] = [[]];
  for (const l of run) {
    if (!l.text.trim()) {
      if (groups.at(-1)!.length) groups.push([]);
    } else groups.at(-1)!.push(l);
  }
  if (!groups.at(-1)!.length) groups.pop();
  const size = groups[0]?.length ?? 0;
  if (groups.length < 2 || size < 2 || size > 3) return null;
  // every card has a neighbour on its line, but the last may stand alone on the left
  const last = groups.length - 1;
  const sideBySide = (g: SourceLine[], i: number) => g.every((l) => shapeAt(l.text, gutter) === "both" || (i === last && shapeAt(l.text, gutter) === "left"));
  return groups.every((g, i) => (g.length === size || (i === last && g.length > 0 && g.length <= size)) && sideBySide(g, i)) ? groups : null;
}

/**
 * Two contacts' cards side by side ("Mette Brask Holm" over "Tlf. 24 81 60 37" over her e-mail, beside the next
 * contact's): every line has both sides, the first no number (a person's title or name), and some line a phone or an
 * e-mail on each (a table of contacts has a number on its first row too). One group, each card whole; null for
 * anything else.
 */
function contactCardsOf(run: SourceLine[], gutter: number): SourceLine[][] | null {
  const lines = run.filter((l) => l.text.trim());
  if (lines.length > MAX_CONTACT_CARD_LINES || lines.length !== run.length || !lines.every((l) => shapeAt(l.text, gutter) === "both")) return null;
  const bothSides = (l: SourceLine) => CONTACT_DETAIL.test(l.text.slice(0, gutter)) && CONTACT_DETAIL.test(l.text.slice(gutter));
  // a card opens on its person (a title or a name), no number; a table of contacts ("Anne Holm   21 34 56 78   anne@…")
  // has a number on every row
  if (CONTACT_DETAIL.test(lines[0].text)) return null;
  return lines.some(bothSides) ? [lines] : null;
}

/** A member's entry: a name of two to four capitalised words, then a comma and the title ("Pia Kirkeby, medarbejderrepræsentant"). */
const MEMBER_ENTRY = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,3},\s/u;
/** A wrapped title's next line: it goes on from "og", "for", a hyphen, or opens in small letters or a bracket. */
const goesOnFrom = (above: string, text: string) => above.endsWith("-") || TRAILING_FUNCTION_WORDS.has(above.split(" ").at(-1)!.toLowerCase()) || /^[\p{Ll}(]/u.test(text);

/**
 * Members' entries in two columns: every piece on each side a member's entry or the wrapped title of the entry above
 * it, and two entries at least on each side. A timetable's rows (a date beside its step) are none.
 */
function isMemberColumns(run: SourceLine[], gutter: number): boolean {
  for (const side of [(t: string) => t.slice(0, gutter).trim(), (t: string) => t.slice(gutter).trim()]) {
    const pieces = run.map((l) => side(l.text)).filter(Boolean);
    let entries = 0;
    for (let i = 0; i < pieces.length; i++) {
      if (MEMBER_ENTRY.test(pieces[i])) entries++;
      else if (i === 0 || !goesOnFrom(pieces[i - 1], pieces[i])) return false;
    }
    if (entries < MIN_CARD_LINES) return false;
  }
  return true;
}

const isHeadingLike = (text: string) => !/[.,;]\s*$/u.test(text) && text.trim().split(/\s+/u).length <= HEADING_WORDS;

/** Where a page's foot starts: its last line, when short or ending in the page's number and set off by two blank lines or more; else the page's end. */
function footAt(page: SourceLine[]): number {
  let end = page.length;
  while (end > 0 && !page[end - 1].text.trim()) end--;
  const lastLine = end - 1;
  let blanks = 0;
  while (lastLine - 1 - blanks >= 0 && !page[lastLine - 1 - blanks].text.trim()) blanks++;
  const foot = page[lastLine]?.text.trim() ?? "";
  return lastLine > 0 && blanks >= 2 && (foot.length <= FOOT_CHARS || FOOT_PAGE_NUMBER.test(foot)) ? lastLine : page.length;
}

/**
 * A column of running text beside a table ("Niels Kjær Pedersen   Bestyrelsesformand" rows to the left of "Rekrutteringen
 * gennemføres af …" / "Executive i tæt samarbejde med" / "ansættelsesudvalget. …"): its lines are a paragraph's, wrapped,
 * several going on in small letters, as a table's cells (a timetable's steps, each its own) seldom do. The table's rows
 * stay whole on their side.
 */
function isWrappedProse(sides: string[]): boolean {
  const pieces = sides.map((t) => t.trim()).filter(Boolean);
  if (pieces.length < MIN_SPLIT_LINES) return false;
  // a line goes on from the one above where that one stopped short of a sentence's end (a table's cells that are sentences,
  // "… via vores hjemmeside." over "mandag den …", each end theirs)
  const goingOn = pieces.slice(1).filter((t, i) => /^\p{Ll}/u.test(t) && !/[.!?:]$/u.test(pieces[i])).length;
  // and sentences end inside its lines: a timetable's days go on in small letters too ("torsdag den 10. juni 2027"), but
  // end none
  const sentenceEnds = pieces.filter((t) => SENTENCE_END.test(t)).length;
  return manyWordsALine(pieces) && goingOn * WRAPPED_SHARE >= pieces.length - 1 && sentenceEnds >= MIN_SENTENCE_ENDS;
}
/**
 * A box beside the text: a label of the vocabulary's fact box alone on a line of it ("Ansøgningsfrist", "Kontakt:"), or
 * a box of words ("MPA er en personprofil, der" / "belyser din adfærd …"); not a timetable's column of dates beside its
 * steps (wrapped, sentences ending in them), whose pieces are days and weeks.
 */
function isFactBox(sides: string[]): boolean {
  const pieces = sides.map((t) => t.trim()).filter(Boolean);
  if (pieces.some((t) => FACT_LABELS.has(vocabularyKey(t.replace(/:$/u, ""))))) return true;
  return pieces.filter((t) => DAY_OR_WEEK_CELL.test(t)).length * 2 < pieces.length;
}

/** A word's last letters, a sentence's stop and the next sentence on the line: "Holstebro. Anden" (not "kl. 9.00", not "10. juni"). */
const SENTENCE_END = /\p{Ll}{3}[.!?]\s/u;
const MIN_SENTENCE_ENDS = 2;
/** At least one line in this many after the first goes on in small letters in a wrapped paragraph. */
const WRAPPED_SHARE = 3;

/**
 * Running text on both sides: several words to a line on average, as a table's cells (a name, a role, a
 * date) seldom have; or a bulleted list, as a table's cells never are ("Faglige kompetencer" beside
 * "Personlige kompetencer").
 */
function isProse(lines: SourceLine[], gutter: number): boolean {
  const prose = (side: (l: SourceLine) => string) => {
    const pieces = lines.map(side).filter((t) => t.trim());
    return manyWordsALine(pieces) || pieces.filter((t) => BULLET.test(t)).length >= MIN_BULLETS;
  };
  return prose((l) => l.text.slice(0, gutter)) && prose((l) => l.text.slice(gutter));
}

/** A side's lines carry PROSE_WORDS words or more on average, as running text does and a table's cells seldom. */
function manyWordsALine(pieces: string[]): boolean {
  const words = pieces.reduce((n, t) => n + t.trim().split(/\s+/u).length, 0);
  return words >= PROSE_WORDS * pieces.length;
}
