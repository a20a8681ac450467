import type { Dropped } from "../schemas/record.js";
import type { RawDocument, SourceLine } from "../read/types.js";
import { dropArtefacts } from "./artefacts.js";
import { buildBlocks, isWrappedDay, markAfterRules, type DocBlock } from "./blocks.js";
import { cleanLine, hasBoxMark, tableCells } from "./clean.js";
import { findFurniture, footnoteLines } from "./furniture.js";
import { mailWrapper, unquote } from "./mail.js";

export type { DocBlock, HeadingShape } from "./blocks.js";

export interface Normalised {
  blocks: DocBlock[];
  dropped: Dropped[];
  /** The cleaned lines that remain content, for readers of the title block. */
  lines: SourceLine[];
  /**
   * Line numbers of text kept but no source of facts or header: a forwarding mail's own lines around the
   * post (./mail.ts) and the page's furniture (./furniture.ts).
   */
  aside: Set<number>;
  /** The page's furniture lines (a breadcrumb still names the page for the header). */
  furniture: SourceLine[];
  /** The text is a web page's, as a browser showed it: it has a browser's furniture (./furniture.ts). */
  webPage: boolean;
}

/** A Markdown rule as the reader marked it ("---", "* * *", "___"); not a code fence's "```". */
const RULE = /^(?:[-*_]\s*){3,}$/u;

/** Clean each line, drop running matter (keeping it, with its reason), and build blocks that remember their source lines. */
export function normalise(raw: RawDocument): Normalised {
  // A reader that parsed the structure (Markdown) has marked its markup lines already.
  const marked: Dropped[] = [];
  const lines: SourceLine[] = [];
  for (const l of raw.format === "text" ? unquote(raw.lines) : raw.lines) {
    if (l.drop) {
      const point = { line: l.line, page: l.page };
      marked.push({ text: l.text.trim(), reason: l.drop, position: { start: point, end: point } });
    } else {
      const cells = tableCells(l.text);
      const text = cleanLine(l.text);
      // a text box's side alone on its line ("│"): a blank line between the box's lines, its mark dropped as layout
      if (!text && l.text.trim() && hasBoxMark(l.text)) {
        const point = { line: l.line, page: l.page };
        marked.push({ text: l.text.trim(), reason: "separator", position: { start: point, end: point } });
      }
      lines.push({ ...l, text, ...(cells ? { cells } : {}) });
    }
  }
  const artefacts = dropArtefacts(lines, raw.pages);
  const { kept, furniture, browser } = findFurniture(artefacts.kept);
  const dropped = [...marked, ...artefacts.dropped];
  const built = buildBlocks(furniture.length ? withGaps(artefacts.kept, furniture) : kept, { blocksParsed: raw.format === "html" || raw.format === "docx" });
  const { separators } = built;
  const wrapper = mailWrapper(kept);
  if (wrapper.size) markWrapper(built.blocks, wrapper);
  markBeside(built.blocks, kept);
  // a rule the reader found in the markup ("---" in Markdown) or the block builder in plain text
  const readerRules = marked.filter((d) => d.reason === "separator" && RULE.test(d.text)).map((d) => d.position.start.line);
  markAfterRules(built.blocks, readerRules.length ? [...readerRules, ...built.rules].sort((a, b) => a - b) : built.rules);
  const blocks = furniture.length ? withFurniture(built.blocks, furniture) : built.blocks;
  // (a Markdown footnote is filed with the page's notes, but its facts are the text's: footnoteLines)
  const footnotes = furniture.length ? footnoteLines(artefacts.kept) : new Set<SourceLine>();
  const aside = new Set([...wrapper, ...furniture.filter((l) => !footnotes.has(l)).map((l) => l.line)]);
  for (const s of separators) {
    const point = { line: s.line, page: s.page };
    dropped.push({ text: s.text.trim(), reason: "separator", position: { start: point, end: point } });
  }
  dropped.sort((a, b) => a.position.start.line - b.position.start.line);
  return { blocks, dropped, lines: kept, aside, furniture, webPage: browser || raw.format === "html" };
}

/**
 * The posting's lines with a blank where the page's furniture stood: a
 * browser's copy sets a menu word between a site's name and the post's
 * title, and the two must not join into one block over it.
 */
function withGaps(lines: SourceLine[], furniture: SourceLine[]): SourceLine[] {
  const aside = new Set(furniture);
  const out: SourceLine[] = [];
  for (const l of lines) {
    if (!aside.has(l)) out.push(l);
    else if (out.length && out.at(-1)!.text.trim()) out.push({ text: "", line: l.line, page: l.page });
  }
  return out;
}

/** A block wholly inside the mail around the post is the mail's, and no heading of the post ("Hej Jonas", "Kh Mette"). */
function markWrapper(blocks: DocBlock[], wrapper: Set<number>): void {
  for (const b of blocks) {
    if (!b.lines.length || !b.lines.every((l) => wrapper.has(l))) continue;
    b.wrapper = true;
    if (b.type === "heading") {
      b.type = "paragraph";
      delete b.shape;
    }
  }
}

/** A block wholly in a box beside the posting (a sidebar's fact box) stands under none of the posting's headings. */
function markBeside(blocks: DocBlock[], lines: SourceLine[]): void {
  const beside = new Set(lines.filter((l) => l.beside).map((l) => l.line));
  if (!beside.size) return;
  for (const b of blocks) if (b.lines.length && b.lines.every((l) => beside.has(l))) b.beside = true;
}

/**
 * Each furniture line as a block of its own, in its place among the others:
 * it never merges with the text beside it, and is filed `andet`. One that
 * stood inside a block's lines (between two lines a paragraph joined) goes
 * after that block.
 */
function withFurniture(blocks: DocBlock[], furniture: SourceLine[]): DocBlock[] {
  const out: DocBlock[] = [];
  let f = 0;
  for (const b of blocks) {
    for (; f < furniture.length && furniture[f].line < b.position.start.line; f++) out.push(furnitureBlock(furniture[f]));
    out.push(b);
  }
  for (; f < furniture.length; f++) out.push(furnitureBlock(furniture[f]));
  return out;
}

function furnitureBlock(l: SourceLine): DocBlock {
  const point = { line: l.line, page: l.page };
  return { type: "paragraph", text: withoutMarks(l.text.trim()), lines: [l.line], position: { start: point, end: point }, furniture: true };
}

/**
 * A rendered page's marks around a furniture line ("## Se også", "- Afdelinger", "**Regionshospitalet Gødstrup**"): its
 * words only. A day's number is no list's mark: "3. februar 2027 kl. 20.14 · 🌍", a post's age, keeps it.
 */
function withoutMarks(text: string): string {
  const number = NUMBER_MARK.exec(text);
  const unlisted = !number ? text.replace(LIST_MARK, "") : isWrappedDay(text.slice(number[0].length)) ? text : text.slice(number[0].length);
  const bare = unlisted.replace(/^\*\*(.+)\*\*$/u, "$1").trim();
  return bare || text;
}
const LIST_MARK = /^(?:#{1,6}\s+|[-*•]\s+)/u;
const NUMBER_MARK = /^\d{1,2}\.\s+/u;
