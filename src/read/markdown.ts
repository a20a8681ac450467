/**
 * Markdown through a Markdown parser: micromark, by way of
 * mdast-util-from-markdown, with GFM (tables, autolinks, footnotes,
 * strikethrough) and YAML front matter. The tree is mapped to the same
 * Markdown-flavoured lines the HTML and Word readers write (html.ts), so the
 * normaliser reads one form whatever the source was:
 *
 *   heading (ATX or setext)     → "#"×depth line; a setext underline is dropped as a separator
 *   paragraph line              → its text, marks, escapes and link targets gone; a line all in bold → "**bold line**"
 *   list item                   → "- item" / "3. item" (nested items indented); its other lines go on the item
 *   table row                   → "| a | b |" (the delimiter row as "| --- | --- |", which the normaliser reads as layout)
 *   code, block quote           → their text, line by line
 *   front matter, HTML comments,
 *   a line of bare tags, a link
 *   definition, an image without
 *   alt text                    → dropped, with the reason, never silently
 *
 * micromark is not linear on every shape (measured on this machine, 50,000
 * characters: 3,800 setext headings 18 s, 12,500 "[a](" 7 s and four times
 * as many 67 s, 8,300 hard breaks 1.4 s; 100,000 nested ">" overflow the
 * stack), while real profiles have a few dozen of each. A document past
 * `PARSER_BUDGET` is read as text instead, by the normaliser's line patterns,
 * with a warning that says so: slower documents never, a hostile one never
 * hangs a batch.
 *
 * Unlike HTML, every line keeps its number in the source: the tree's
 * positions say which source line each piece of text came from. The parser
 * is loaded only when a Markdown file is read (read/index.ts imports this
 * module on demand), so text and PDF inputs never pay for it.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfm } from "micromark-extension-gfm";
import { frontmatter } from "micromark-extension-frontmatter";
import type { Nodes, PhrasingContent, RootContent } from "mdast";
import type { DropReason, Warning } from "../schemas/record.js";
import { publishedInFrontMatter, titleInFrontMatter } from "./published.js";
import { decode, readText, replacedWarning } from "./text.js";
import { InputError, type RawDocument, type SourceLine } from "./types.js";

/**
 * A list item that opens on a number and its full stop: a day and its month ("- 4. marts 2027: …") or an ordinal title
 * ("- 1. viceborgmester Hanne Lykkeberg"), its text after the bullet.
 */
const NUMBER_FIRST_ITEM = /^\s*[-*+]\s+(\d{1,2}\.\s*\S.*)$/u;

/** One source line as the reader renders it; `null` until a node claims it. */
interface Out {
  text: string | null;
  drop?: DropReason;
  flow?: SourceLine["flow"];
  furniture?: true;
  caption?: true;
}

interface Piece {
  line: number;
  text: string;
  strong: boolean;
  image?: boolean;
  link?: boolean;
}

/** Where inline content has got to: the source line of the last piece, and the last line of its block. */
interface Cursor {
  line: number;
  last: number;
}

const LINE_BREAK = /\r\n|\r|\n/u;

/** What a Markdown document may hold and still go through the parser (see the top of this file). */
export const PARSER_BUDGET = {
  /** Real profiles have 5,000 to 40,000; micromark reads some 200,000 a second on a loaded core, a GFM table row in about 0.7 ms. */
  characters: 150_000,
  setextUnderlines: 500,
  brackets: 2_000,
  hardBreaks: 2_000,
  emphasisMarks: 10_000,
  /** Block quotes and list markers opening one line: the tree is built and walked recursively. */
  nesting: 40,
  /** Container markers and indentation over all lines: each costs micromark a state per line. */
  containerDepth: 20_000,
} as const;

/** The first budget the text goes past, as the reason in the warning; null when it is within all. */
export function overBudget(text: string, source: string[]): string | null {
  const b = PARSER_BUDGET;
  if (text.length > b.characters) return `${text.length.toLocaleString("en")} characters (the limit is ${b.characters.toLocaleString("en")})`;
  let brackets = 0;
  let emphasis = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) brackets++;
    else if (c === 0x2a || c === 0x5f) emphasis++;
  }
  if (brackets > b.brackets) return `${brackets.toLocaleString("en")} "[" (the limit is ${b.brackets.toLocaleString("en")})`;
  if (emphasis > b.emphasisMarks) return `${emphasis.toLocaleString("en")} "*" and "_" (the limit is ${b.emphasisMarks.toLocaleString("en")})`;
  let underlines = 0;
  let breaks = 0;
  let depth = 0;
  for (const line of source) {
    let k = 0;
    let markers = 0;
    // The line's opening run of indentation and container markers (">", "-", "*", "+").
    for (; k < line.length; k++) {
      const c = line[k];
      if (c === ">" || ((c === "-" || c === "*" || c === "+") && (line[k + 1] === " " || line[k + 1] === "\t"))) markers++;
      else if (c !== " " && c !== "\t") break;
    }
    if (markers > b.nesting) return `a line nested ${markers} levels deep (the limit is ${b.nesting})`;
    depth += markers + Math.floor(k / 4);
    if (isUnderline(line)) underlines++;
    if (line.endsWith("\\") || line.endsWith("  ")) breaks++;
  }
  if (underlines > b.setextUnderlines) return `${underlines.toLocaleString("en")} heading underlines (the limit is ${b.setextUnderlines})`;
  if (breaks > b.hardBreaks) return `${breaks.toLocaleString("en")} hard line breaks (the limit is ${b.hardBreaks.toLocaleString("en")})`;
  if (depth > b.containerDepth) return `lists and quotes ${depth.toLocaleString("en")} levels deep in all (the limit is ${b.containerDepth.toLocaleString("en")})`;
  return null;
}

/** "=====" or "-----" (up to three spaces before, spaces after): a setext heading's underline, or a rule. */
function isUnderline(line: string): boolean {
  let k = 0;
  while (k < 3 && line[k] === " ") k++;
  const c = line[k];
  if (c !== "=" && c !== "-") return false;
  while (line[k] === c) k++;
  while (line[k] === " " || line[k] === "\t") k++;
  return k === line.length;
}

export function readMarkdown(bytes: Uint8Array): RawDocument {
  const decoded = decode(bytes);
  const text = decoded.text.normalize("NFC");
  if (text.trim() === "") throw new InputError("empty file", "empty");
  const source = text.split(LINE_BREAK);
  const over = overBudget(text, source);
  if (over) {
    const doc = readText(bytes, "markdown");
    const warning: Warning = { code: "markdown-read-as-text", message: `read as plain text, not parsed as Markdown: ${over}` };
    return { ...doc, warnings: [...(doc.warnings ?? []), warning] };
  }
  const { pages, pageOf } = formFeedPages(source);
  // A form feed is white space to Markdown: replaced one for one, every offset and line stays where it was.
  const tree = fromMarkdown(pages === null ? text : text.replace(/\f/gu, " "), parserOptions());
  const out: Out[] = source.map(() => ({ text: null }));
  const r = new Renderer(source, out);
  for (const node of tree.children) r.block(node, 0);
  const lines: SourceLine[] = source.map((raw, i) => {
    const o = out[i];
    // A line no node claimed: a block quote's or a list's bare marker (">", "-"), or text kept as it stands.
    if (o.text === null && !o.drop && raw.trim() && /^(?:\s*(?:>|[-*+]|\d{1,9}[.)]))+\s*$/u.test(raw)) o.drop = "separator";
    const line: SourceLine = { text: o.text ?? raw.replace(/\f/gu, " ").trim(), line: i + 1, page: pageOf(i) };
    if (o.drop) {
      line.text = raw.replace(/\f/gu, " ").trim();
      line.drop = o.drop;
    } else {
      if (o.flow) line.flow = o.flow;
      if (o.furniture) line.furniture = true;
      if (o.caption) line.caption = true;
    }
    return line;
  });
  const warning = replacedWarning(decoded.replaced);
  const frontMatter = tree.children.find((n) => n.type === "yaml");
  const yaml = frontMatter && "value" in frontMatter ? String(frontMatter.value) : "";
  const published = publishedInFrontMatter(yaml);
  const title = titleInFrontMatter(yaml);
  const metadata = { ...(published ? { published } : {}), ...(title ? { title } : {}) };
  return { format: "markdown", pages, lines, ...(warning ? { warnings: [warning] } : {}), ...(published || title ? { metadata } : {}) };
}

let options: Parameters<typeof fromMarkdown>[1] | undefined;

/** Made once: building the extensions cost more than parsing a profile (14 ms a document when made for each). */
function parserOptions(): NonNullable<typeof options> {
  return (options ??= {
    // "ca. ~900.000 kr. ~ 75.000 kr. om måneden" is no strikethrough: only "~~x~~" is.
    extensions: [gfm({ singleTilde: false }), frontmatter(["yaml"])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(["yaml"])],
  });
}

/** Pages from form feeds, as for plain text: a line's page is the one its first character stands on. */
function formFeedPages(source: string[]): { pages: number | null; pageOf: (i: number) => number | null } {
  if (!source.some((l) => l.includes("\f"))) return { pages: null, pageOf: () => null };
  const page: number[] = [];
  let p = 1;
  for (const l of source) {
    let k = 0;
    while (k < l.length && (l[k] === "\f" || l[k] === " " || l[k] === "\t")) if (l[k++] === "\f") p++;
    page.push(p);
    for (; k < l.length; k++) if (l[k] === "\f") p++;
  }
  return { pages: p, pageOf: (i) => page[i] };
}

class Renderer {
  constructor(
    private readonly source: string[],
    private readonly out: Out[],
  ) {}

  private set(line: number, text: string, extra: Omit<Out, "text"> = {}): void {
    const o = this.out[line - 1];
    if (!o || o.text !== null || o.drop) return;
    o.text = text;
    if (extra.flow) o.flow = extra.flow;
    if (extra.furniture) o.furniture = true;
    if (extra.caption) o.caption = true;
  }

  private drop(from: number, to: number, reason: DropReason): void {
    for (let line = from; line <= to; line++) {
      const o = this.out[line - 1];
      if (!o || o.text !== null || o.drop) continue;
      if (this.source[line - 1].trim() === "") o.text = "";
      else o.drop = reason;
    }
  }

  /** A block and everything in it; `level` is the list nesting, for the items' indentation. */
  block(node: RootContent, level: number): void {
    const at = node.position;
    if (!at) return;
    const first = at.start.line;
    const last = at.end.line;
    switch (node.type) {
      case "heading": {
        if (last - first > 1) {
          // A setext "heading" of more than one line is far more often a paragraph over a rule ("---"): read as its lines.
          this.paragraph(node.children, first, last - 1, null);
          this.drop(last, last, "separator");
          return;
        }
        // (pandoc writes a heading's identifier and classes after it: "# Jobbet {#jobbet .unnumbered}")
        const text = inlineText(this.phrasing(node.children, { line: first, last: first })).replace(PANDOC_HEADING_ATTRIBUTES, "");
        if (text) this.set(first, `${"#".repeat(node.depth)} ${text}`);
        else this.drop(first, first, "separator");
        if (last > first) this.drop(last, last, "separator");
        return;
      }
      case "paragraph":
        this.paragraph(node.children, first, last, null);
        return;
      case "list": {
        let n = node.start ?? 1;
        for (const item of node.children) {
          this.item(item, level, node.ordered ? `${n}.` : "-");
          n++;
        }
        return;
      }
      case "table":
        node.children.forEach((row, i) => {
          if (!row.position) return;
          const at = row.position.start.line;
          const cells = row.children.map((c) => inlineText(this.phrasing(c.children, { line: at, last: at })).replace(/\|/gu, "/"));
          this.set(row.position.start.line, `| ${cells.join(" | ")} |`);
          // The delimiter row stands between the head row and the body; it is layout.
          if (i === 0) this.set(row.position.start.line + 1, `| ${cells.map(() => "---").join(" | ")} |`);
        });
        return;
      case "blockquote":
        for (const c of node.children) this.block(c, level);
        return;
      case "footnoteDefinition": {
        for (const c of node.children) this.block(c, level);
        // the note keeps its mark, as its reference in the text does: the normaliser files the notes by them
        const o = this.out[first - 1];
        if (o?.text) o.text = `[^${node.label ?? node.identifier}]: ${o.text}`;
        return;
      }
      case "code": {
        // Text indented four spaces (copied from a mail, a PDF) is a code block to Markdown; its lines are the document's.
        const fenced = /^\s{0,3}(?:`{3,}|~{3,})/u.test(this.source[first - 1]);
        const body = node.value.split(LINE_BREAK);
        const from = fenced ? first + 1 : first;
        body.forEach((t, k) => this.set(from + k, t.trim()));
        if (fenced) this.drop(first, last, "separator");
        return;
      }
      case "html":
        this.html(node.value, first, last);
        return;
      case "thematicBreak":
        this.drop(first, last, "separator");
        return;
      case "yaml":
        // Metadata for a site generator, not the document's text: kept in `dropped`, where a reader can still see it.
        this.drop(first, last, "front-matter");
        return;
      case "definition":
        // "[1]: https://…": a link's address, whose text is kept where the link stands.
        this.drop(first, last, "markup");
        return;
      default:
        return;
    }
  }

  /**
   * A list item: its marker on the first line of its first paragraph; the
   * other lines of its paragraphs go on the item (`flow`), whatever they
   * look like. A nested list's items are items of their own; anything else
   * in an item (a code block, a table) is read as a block.
   */
  private item(item: Extract<Nodes, { type: "listItem" }>, level: number, marker: string): void {
    if (!item.position) return;
    const indent = "  ".repeat(Math.min(level, 10));
    let opened = false;
    for (const child of item.children) {
      // "- 4. marts 2027 kl. 12.00: Ansøgningsfrist", "- 1. viceborgmester Hanne Lykkeberg": a date or an ordinal at the
      // item's start, which Markdown reads as a list numbered from 4 (or 1) inside the item; the line is the item's, as written
      if (!opened && child.type === "list" && child.ordered && child.position && child.position.start.line === child.position.end.line) {
        const line = child.position.start.line;
        const written = NUMBER_FIRST_ITEM.exec(this.source[line - 1] ?? "");
        if (written) {
          this.set(line, `${indent}${marker} ${written[1].trimEnd()}`);
          opened = true;
          continue;
        }
      }
      if (child.type === "paragraph" && child.position) {
        this.paragraph(child.children, child.position.start.line, child.position.end.line, opened ? "wraps" : `${indent}${marker} `);
        opened = true;
      } else this.block(child, level + (child.type === "list" ? 1 : 0));
    }
    // An empty item ("-" alone) holds no text: its marker is layout.
    this.drop(item.position.start.line, item.position.start.line, "separator");
  }

  /**
   * A paragraph's lines, each with the text that stands on it. `lead` is a
   * list item's marker for the first line, or "wraps" for a paragraph that
   * goes on an item. A paragraph without hard line breaks is left to the
   * normaliser, which reads headings and address lines from their shape as
   * for any text; one with them ("Jesper Holm Kirkegaard\" over "Partner")
   * is one paragraph of lines, which the author said it is.
   */
  private paragraph(children: PhrasingContent[], first: number, last: number, lead: string | null): void {
    const byLine = new Map<number, Piece[]>();
    const pieces = this.phrasing(children, { line: first, last });
    for (const p of pieces) {
      const list = byLine.get(p.line);
      if (list) list.push(p);
      else byLine.set(p.line, [p]);
    }
    const broken = new Set(breaks(children));
    // "[← Tilbage til ledige stillinger](../) · [Om os](../om-os/)": a line of links and nothing else is the page's menu
    const menu = lead === null && first === last && isLinkRow(pieces);
    let opened = false;
    for (let line = first; line <= last; line++) {
      const on = byLine.get(line) ?? [];
      // Trimmed, not collapsed: a run of spaces may be a contents line's leader ("Indledning      3").
      const text = withoutAttributes(on.map((p) => p.text).join("")).trim();
      // A line of only an inline tag or an image without alt text, or a raw TeX command pandoc passed on ("\newpage").
      if (!text || RAW_TEX.test(text)) {
        this.drop(line, line, "markup");
        continue;
      }
      const after = broken.has(line - 1) ? "breaks" : "wraps";
      if (lead !== null && lead !== "wraps" && !opened) this.set(line, `${lead}${text}`);
      else if (lead !== null) this.set(line, text, { flow: after });
      else if (!opened) {
        const bold = on.every((p) => p.strong || !p.text.trim()) && looksLikeHeading(text);
        // A bold line over hard-broken lines is still a heading ("**Kontakt**\" over the names).
        // An image's alt text alone on its line is a caption, never a heading.
        const caption = on.every((p) => p.image || !p.text.trim());
        const opens = (broken.size > 0 && !bold) || caption;
        this.set(line, bold ? `**${text}**` : text, {
          ...(opens ? { flow: "opens" as const } : {}),
          ...(menu ? { furniture: true as const } : {}),
          ...(caption ? { caption: true as const } : {}),
        });
      } else this.set(line, text, broken.size > 0 ? { flow: after } : {});
      opened = true;
    }
  }

  /**
   * Inline content as pieces of text, each on the source line it stands on.
   * `at` is where the previous piece ended: a node without a position (GFM
   * makes "www.example.dk" a link after a "[" that opened no link, and its
   * text and the text around it lose their positions) stands there.
   */
  private phrasing(nodes: PhrasingContent[], at: Cursor, strong = false, out: Piece[] = []): Piece[] {
    for (const node of nodes) {
      const line = node.position?.start.line ?? at.line;
      const end = node.position?.end.line;
      switch (node.type) {
        case "text":
        case "inlineCode": {
          // A text that runs over lines holds their line endings: one piece a line (a "&#10;" is one too, so never past the node's end).
          const last = end ?? at.last;
          const parts = node.value.split(LINE_BREAK);
          parts.forEach((t, k) => out.push({ line: Math.min(line + k, last), text: t, strong }));
          at.line = end ?? Math.min(line + parts.length - 1, last);
          continue;
        }
        case "strong":
          at.line = line;
          this.phrasing(node.children, at, true, out);
          break;
        case "emphasis":
        case "delete":
          at.line = line;
          this.phrasing(node.children, at, strong, out);
          break;
        case "link":
        case "linkReference": {
          at.line = line;
          const from = out.length;
          this.phrasing(node.children, at, strong, out);
          // a link to write or ring someone is a contact's, never a menu's entry
          const page = node.type === "linkReference" || !CONTACT_LINK.test(node.url);
          for (let k = from; k < out.length; k++) out[k].link = page;
          break;
        }
        case "image":
        case "imageReference":
          // An image's alt text is what it says ("Viborg Kommunes logo"); without one it says nothing.
          if (node.alt?.trim()) out.push({ line, text: ` ${node.alt} `, strong, image: true });
          break;
        case "footnoteReference":
          out.push({ line, text: `[^${node.label ?? node.identifier}]`, strong });
          break;
        case "break":
          // A hard break ends the source line too: the next piece is on the next line.
          if (end === undefined) at.line = Math.min(line + 1, at.last);
          break;
        case "html":
          // An inline tag is markup; a <br> still separates words.
          if (/^<br\b/i.test(node.value)) out.push({ line, text: " ", strong });
          break;
        default:
          break;
      }
      if (end !== undefined) at.line = end;
    }
    return out;
  }

  /** Raw HTML in Markdown: a comment is dropped whole; other lines keep the text between their tags. */
  private html(value: string, first: number, last: number): void {
    if (value.trimStart().startsWith("<!--")) {
      this.drop(first, last, "markup");
      return;
    }
    for (let line = first; line <= last; line++) {
      const text = collapse(stripTags(this.source[line - 1] ?? ""));
      if (text) this.set(line, text);
      else this.drop(line, line, "markup");
    }
  }
}

/** Tags out, their text kept: `<p align="center">Tekst</p>` → "Tekst". Linear: a tag ends at the first ">". */
function stripTags(line: string): string {
  return line.replace(/<[^<>]*>/gu, " ").replace(/&nbsp;/gu, " ").replace(/&amp;/gu, "&");
}

/** The lines a paragraph's hard line breaks end. */
function breaks(nodes: PhrasingContent[], out: number[] = []): number[] {
  for (const n of nodes) {
    if (n.type === "break" && n.position) out.push(n.position.start.line);
    else if ("children" in n) breaks(n.children as PhrasingContent[], out);
  }
  return out;
}

/** Pieces as one line: joined as they stand within a source line, with a space between lines. */
function inlineText(pieces: Piece[]): string {
  let text = "";
  for (let i = 0; i < pieces.length; i++) text += (i > 0 && pieces[i].line !== pieces[i - 1].line ? " " : "") + pieces[i].text;
  return collapse(text);
}

const collapse = (s: string) => s.replace(/[ \t]+/gu, " ").trim();

/** The same test as html.ts and the normaliser's bold line: a long bold sentence is emphasis, not a heading. */
function looksLikeHeading(text: string): boolean {
  return text.length <= 200 && !text.includes("*") && text.split(" ").length <= 12 && !/[.,;]$/u.test(text);
}

/**
 * Pandoc's attributes, which Markdown does not know and leaves as text: a
 * span's ("[www.x.dk/job]{.underline}" is its words) and an image's size
 * ("{width="1.97in" height="0.69in"}", the image itself without words).
 */
function withoutAttributes(text: string): string {
  if (!text.includes("]{") && !text.includes("{width=") && !text.includes("{height=")) return text;
  return text.replace(PANDOC_SPAN, "$1").replace(PANDOC_SIZE, "");
}
const PANDOC_SPAN = /\[([^[\]\n]{1,300})\]\{[.#][\w:-]{1,40}(?:\s[^{}\n]{0,200})?\}/gu;
const PANDOC_SIZE = /\{(?:width|height)=[^{}\n]{0,200}\}/gu;
const PANDOC_HEADING_ATTRIBUTES = /\s\{[#.][\w:-]{1,60}(?: [#.][\w:-]{1,60}){0,5}\}$/u;
/** A raw TeX command alone on its line, which pandoc passes on from a Word file's page breaks and contents. */
const RAW_TEX = /^\\(?:newpage|pagebreak|clearpage|tableofcontents|noindent|vfill)$/u;

const CONTACT_LINK = /^(?:mailto|tel|sms):/iu;

/** Two links or more on a line, with nothing between them but separators ("·", "|", "–"): a row of the page's links. */
function isLinkRow(pieces: Piece[]): boolean {
  let links = 0;
  let inLink = false;
  for (const p of pieces) {
    if (p.link) {
      if (!inLink) links++;
      inLink = true;
    } else {
      inLink = false;
      if (!/^[\s·|•–—/-]*$/u.test(p.text)) return false;
    }
  }
  return links >= 2;
}
