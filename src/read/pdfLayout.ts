/**
 * A PDF page's lines with where they stand on the page, and which of them a
 * narrow box wrapped.
 *
 * pdf.js gives a page as text items with positions. Read as text alone, a
 * side box's or a grid cell's lines are short beside the body's, so the
 * block builder takes each for a line of its own: "Torsdag den 16." and
 * "september" become two paragraphs, a committee member's wrapped role
 * stands between names. Positions tell what the text cannot: the next
 * line's first word would not have fitted on the line before, in the same
 * font, at the same left edge, one line's pitch below. Such a line wraps,
 * and the reader says so (`SourceLine.flow`), as a Markdown reader does.
 */
import { BULLET_GLYPHS, SYMBOL_FONT_BULLET } from "../vocabulary/marks.js";

/** One text item of a page, in the page's viewport coordinates (y grows downward). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  font: string;
  hasEOL: boolean;
}

/** A line of a page's text, with the geometry of its visible items (null for a blank line). */
export interface PdfLine {
  text: string;
  box: LineBox | null;
}

export interface LineBox {
  x: number;
  right: number;
  y: number;
  size: number;
  font: string;
  /** How wide the line's first word is, from its items' widths. */
  firstWord: number;
}

/**
 * pdf-parse's own rules for joining a page's items into text (its
 * `getPageText`, with its defaults): a new line where the baseline moves by
 * more than `LINE_THRESHOLD` and the move is larger than the line's height,
 * a tab between items on one baseline further apart than `CELL_THRESHOLD`.
 * The text is kept exactly as pdf-parse gives it, so this step changes no
 * line of any PDF; it only adds where each line stands.
 */
const LINE_THRESHOLD = 4.6;
const CELL_THRESHOLD = 7;

export function linesOfPage(items: PdfItem[]): PdfLine[] {
  const buffer: string[] = [];
  // the items of each line, by the line their first visible character lands on
  const itemsOf = new Map<number, PdfItem[]>();
  let line = 0;
  const push = (s: string, item?: PdfItem) => {
    buffer.push(s);
    const visible = s.search(/\S/u);
    if (item && visible >= 0) {
      const at = line + newlines(s.slice(0, visible));
      const onLine = itemsOf.get(at);
      if (onLine) onLine.push(item);
      else itemsOf.set(at, [item]);
    }
    line += newlines(s);
  };
  let lastX: number | undefined;
  let lastY: number | undefined;
  let lineHeight = 0;
  for (const item of items) {
    let str = item.str;
    if (lastY !== undefined && Math.abs(lastY - item.y) > LINE_THRESHOLD) {
      const lastPiece = buffer.at(-1);
      const opensLine = str.startsWith("\n") || (str.trim() === "" && item.hasEOL);
      if (lastPiece !== undefined && !lastPiece.endsWith("\n") && !opensLine && Math.abs(lastY - item.y) - 1 > lineHeight) {
        push("\n");
        lineHeight = 0;
      }
    }
    if (lastY !== undefined && Math.abs(lastY - item.y) < LINE_THRESHOLD && lastX !== undefined && Math.abs(lastX - item.x) > CELL_THRESHOLD)
      str = "\t" + str;
    push(str, item);
    lastX = item.x + item.width;
    lastY = item.y;
    lineHeight = Math.max(lineHeight, item.height);
    if (item.hasEOL) push("\n");
    if (item.hasEOL || str.endsWith("\n")) lineHeight = 0;
  }
  const text = buffer.join("");
  // A carriage return inside an item ends a line where this count does not: the lines as the reader always split them, and no geometry.
  if (text.includes("\r")) return text.split(/\r\n|\r|\n/u).map((t) => ({ text: t, box: null }));
  return text.split("\n").map((t, i) => ({ text: t, box: t.trim() ? boxOf(itemsOf.get(i) ?? []) : null }));
}

const newlines = (s: string) => s.split("\n").length - 1;

function boxOf(items: PdfItem[]): LineBox | null {
  const visible = items.filter((it) => it.str.trim() && it.width > 0);
  if (!visible.length) return null;
  const first = visible[0];
  let firstWord = 0;
  for (const it of visible) {
    const s = it === first ? it.str.trimStart() : it.str;
    const space = s.search(/\s/u);
    const share = space < 0 ? 1 : space / Math.max(1, s.length);
    firstWord += it.width * share;
    if (space >= 0) break;
  }
  // a loop, not Math.max(...items): a line of a hundred thousand items would overflow the call stack
  let right = -Infinity;
  let size = 0;
  for (const it of visible) {
    right = Math.max(right, it.x + it.width);
    size = Math.max(size, it.height);
  }
  return {
    x: first.x,
    right,
    y: first.y,
    size,
    font: first.font,
    firstWord,
  };
}

/** Left edges this close are one edge. */
const SAME_EDGE = 1.5;
/** A line's pitch within a paragraph is at most this many times its font size; a box's entries and paragraphs stand further apart. */
const MAX_PITCH = 1.75;
/** A space is about this share of the font size wide. */
const SPACE = 0.28;
/** Fewer lines at one left edge than this say nothing about how wide their column is, unless text beside them does. */
const MIN_COLUMN_LINES = 4;
/** Text this many line pitches above or below a run of lines is around it. */
const AROUND_PITCHES = 3;
/** The next line opens an item of a list, whatever the width. */
const LIST_MARK = new RegExp(String.raw`^\s*(?:[${SYMBOL_FONT_BULLET}]|(?:[${BULLET_GLYPHS}–—-]\uFE0F?|o|\d{1,2}[.)]|[a-zæøå][.)])\s)`, "u");
/** A sentence's end before a capital: the next line may as well be a paragraph of its own. */
const SENTENCE_END = /[.!?:]["”’)]?\s*$/u;
const OPENS_UPPER = /^\s*\p{Lu}/u;

/**
 * For each line of a page, whether it wraps from the line before: the same
 * left edge, font and size, one line's pitch below, and the line before it
 * too full for the next line's first word. How full is measured against
 * the column: the widest line at that left edge among the run of lines that
 * share it, and no further than the text set beside it (a grid's next
 * column).
 */
export function wrapsFromPrevious(lines: PdfLine[]): boolean[] {
  const out = lines.map(() => false);
  const set = lines.map((l, i) => ({ box: l.box, i, tabs: l.text.includes("\t") })).filter((l) => l.box !== null) as Array<{
    box: LineBox;
    i: number;
    tabs: boolean;
  }>;
  const columnRight = columnRights(
    set.map((l) => l.box),
    set.map((l) => l.tabs),
  );
  for (let k = 1; k < set.length; k++) {
    const before = set[k - 1];
    const line = set[k];
    const p = before.box;
    const n = line.box;
    if (before.tabs || line.tabs) continue;
    if (Math.abs(n.x - p.x) > SAME_EDGE || n.font !== p.font || Math.abs(n.size - p.size) > 0.3) continue;
    const pitch = n.y - p.y;
    if (pitch <= 0 || pitch > MAX_PITCH * p.size) continue;
    const text = lines[line.i].text;
    if (LIST_MARK.test(text)) continue;
    if (SENTENCE_END.test(lines[before.i].text) && OPENS_UPPER.test(text)) continue;
    const right = Math.min(columnRight[k - 1], besideBound(p, set.map((l) => l.box)));
    if (!Number.isFinite(right)) continue;
    if (p.right + SPACE * p.size + n.firstWord > right + 1) out[line.i] = true;
  }
  return out;
}

/**
 * Per line, the right edge of its column: the widest of the run of lines at
 * its left edge, if the run is long enough to tell, or of the text around
 * the run that spans its left edge. An indented list's box reaches as far
 * right as the paragraph above it, though none of its entries does.
 */
function columnRights(boxes: LineBox[], tabbed: boolean[]): number[] {
  const out = boxes.map(() => Infinity);
  let start = 0;
  for (let k = 1; k <= boxes.length; k++) {
    const ends = k === boxes.length || Math.abs(boxes[k].x - boxes[start].x) > SAME_EDGE || boxes[k].y <= boxes[k - 1].y;
    if (!ends) continue;
    const run = boxes.slice(start, k);
    const x = boxes[start].x;
    const margin = AROUND_PITCHES * MAX_PITCH * boxes[start].size;
    const [top, bottom] = [run[0].y - margin, run.at(-1)!.y + margin];
    // a line with a tab spans several columns (a running header's two ends, a table's row): it says nothing of this one's width
    const own = run.filter((_, j) => !tabbed[start + j]);
    let right = -Infinity;
    if (own.length >= MIN_COLUMN_LINES) for (const b of own) right = Math.max(right, b.right);
    boxes.forEach((b, j) => {
      if (!tabbed[j] && b.x < x - SAME_EDGE && b.right > x && b.y >= top && b.y <= bottom) right = Math.max(right, b.right);
    });
    if (Number.isFinite(right)) for (let j = start; j < k; j++) out[j] = right;
    start = k;
  }
  return out;
}

/** The nearest text set beside a line, to its right on the same band: the line's column ends an em before it. */
function besideBound(line: LineBox, boxes: LineBox[]): number {
  let bound = Infinity;
  for (const b of boxes)
    if (b !== line && b.x >= line.right - 1 && Math.abs(b.y - line.y) < line.size) bound = Math.min(bound, b.x - line.size);
  return bound;
}
