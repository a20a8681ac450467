/**
 * Blocks into sections: find the headings that open a section, classify
 * them into the contract's kinds, and nest the rest as subsections.
 */
import type { Block, ListItem, Section, SectionKind, Subsection } from "../schemas/record.js";
import type { DocBlock, HeadingShape } from "../normalise/index.js";
import { classifyContent, classifyHeading } from "./classify.js";
import { CONTENTS_HEADINGS, DOCUMENT_TYPE_PHRASES, normaliseHeading } from "../vocabulary/headings.js";
import { POSITION_WORDS } from "../vocabulary/positions.js";

/** How a heading looks, so that headings styled like the document's top level open sections. */
function styleRank(shape: HeadingShape | undefined): string {
  if (!shape) return "plain";
  if (shape.markdownLevel !== null) return `md${shape.markdownLevel}`;
  if (shape.numbering !== null) return `num${shape.numbering.split(".").length}`;
  if (shape.bold) return "bold";
  if (shape.allCaps) return "caps";
  return "plain";
}

/** Styles that tell levels apart; plain lines do not. */
const isDistinctive = (style: string) => style !== "plain";

const BILAG_LINE = /^bilag\s*(?:\d{1,2}\s*)?[:.–-]\s*\S/iu;

interface Draft {
  kind: SectionKind;
  heading: DocBlock | null;
  content: DocBlock[];
  subsections: { heading: DocBlock; content: DocBlock[] }[];
}

export function segment(blocks: DocBlock[]): Section[] {
  const drafts: Draft[] = [];
  const firstOpen = findFirstSectionHeading(blocks);
  const cover = firstOpen === -1 ? blocks : blocks.slice(0, firstOpen);
  drafts.push(...coverDrafts(cover));
  if (firstOpen === -1) return finish(drafts);

  const topStyle = styleRank(blocks[firstOpen].shape);
  const open = (kind: SectionKind, heading: DocBlock | null): Draft => {
    const draft: Draft = { kind, heading, content: [], subsections: [] };
    drafts.push(draft);
    return draft;
  };
  // The body starts at a heading, so there is always a section to add to.
  let current = open(classifyHeading(blocks[firstOpen].text)?.kind ?? "indledning", blocks[firstOpen]);

  for (let i = firstOpen + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === "heading") {
      const cls = classifyHeading(b.text);
      const style = styleRank(b.shape);
      const sameLevel = style === topStyle || (isDistinctive(topStyle) && outranks(style, topStyle));
      const lower = isDistinctive(topStyle) && !sameLevel;
      let opensSection: boolean;
      if (cls?.strength === "strong") opensSection = !lower || cls.kind !== current.kind;
      else if (cls?.strength === "weak") opensSection = cls.kind !== current.kind && !lower;
      else opensSection = isDistinctive(topStyle) && sameLevel;
      if (opensSection) {
        // A heading the vocabulary does not know leans on its content, else continues the kind before it.
        current = open(cls?.kind ?? classifyContent(textUntilNextHeading(blocks, i)) ?? current.kind, b);
      } else current.subsections.push({ heading: b, content: [] });
      continue;
    }
    if (BILAG_LINE.test(b.text) && b.text.length < 200 && current.kind !== "bilag") current = open("bilag", null);
    const sub = current.subsections.at(-1);
    (sub ? sub.content : current.content).push(b);
  }
  return finish(drafts);
}

/**
 * A page's or a Word file's one top-level heading above all the others
 * ("# Skoleleder til Hedeskolen", then "## Baggrund", "## Jobprofil") names
 * the post: it is the title, not the first section.
 */
function documentTitleHeading(blocks: DocBlock[]): DocBlock | null {
  const levels = blocks.filter((b) => b.type === "heading" && b.shape?.markdownLevel != null);
  const first = levels[0];
  if (!first || levels.length < 3 || classifyHeading(first.text)?.strength === "strong") return null;
  const top = first.shape!.markdownLevel!;
  return levels.slice(1).every((b) => b.shape!.markdownLevel! > top) ? first : null;
}

/** A document's own title ("# Job- og personprofil: …") or its contents page: cover matter, never a section. */
function isCoverHeading(text: string): boolean {
  return DOCUMENT_TYPE_PHRASES.some((re) => re.test(text.trim())) || CONTENTS_HEADINGS.has(normaliseHeading(text));
}

/** Numbered "1." outranks "1.1"; Markdown "#" outranks "##". */
function outranks(style: string, top: string): boolean {
  const m = style.match(/^(md|num)(\d)$/u);
  const t = top.match(/^(md|num)(\d)$/u);
  return !!m && !!t && m[1] === t[1] && Number(m[2]) < Number(t[2]);
}

/**
 * The first heading that opens the body: one the vocabulary knows, or one
 * followed by prose. Short lines before it are the cover's title block.
 */
function findFirstSectionHeading(blocks: DocBlock[]): number {
  const title = documentTitleHeading(blocks);
  let headingsSeen = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type !== "heading") continue;
    // The first heading naming a post ("Økonomichef til Favrskov Kommune") is the title block's.
    const namesPost = headingsSeen++ === 0 && !classifyHeading(b.text) && POSITION_WORDS.test(b.text) && blocks[i + 1]?.type !== "item";
    if (b === title || namesPost || isCoverHeading(b.text)) continue;
    // The line after "Job- og personprofil" is the post's title, not a section.
    const prev = blocks[i - 1];
    if (prev && /^job-?\s*og\s+personprofil$/iu.test(prev.text.trim()) && !classifyHeading(b.text)) continue;
    if (classifyHeading(b.text)) return i;
    if (styleRank(b.shape) !== "plain" && styleRank(b.shape) !== "caps") return i;
    const next = blocks[i + 1];
    if (next && next.type !== "heading" && next.text.split(/\s+/u).length >= 20) return i;
    if (next && next.type === "item") return i;
  }
  return -1;
}

/** The cover: a title block is `andet`; prose before the first heading is the introduction. */
function coverDrafts(cover: DocBlock[]): Draft[] {
  if (cover.length === 0) return [];
  const proseAt = cover.findIndex((b) => b.type !== "heading" && b.text.split(/\s+/u).length >= 25);
  const asContent = (bs: DocBlock[]) => bs.map((b) => (b.type === "heading" ? { ...b, type: "paragraph" as const } : b));
  if (proseAt === -1) return [{ kind: "andet", heading: null, content: asContent(cover), subsections: [] }];
  const out: Draft[] = [];
  if (proseAt > 0) out.push({ kind: "andet", heading: null, content: asContent(cover.slice(0, proseAt)), subsections: [] });
  out.push({ kind: "indledning", heading: null, content: asContent(cover.slice(proseAt)), subsections: [] });
  return out;
}

function textUntilNextHeading(blocks: DocBlock[], i: number): string {
  const parts: string[] = [];
  for (let j = i + 1; j < blocks.length && blocks[j].type !== "heading"; j++) parts.push(blocks[j].text);
  return parts.join(" ");
}

function finish(drafts: Draft[]): Section[] {
  return drafts
    .filter((d) => d.heading || d.content.length || d.subsections.length)
    .map((d) => {
      const all = [d.heading, ...d.content, ...d.subsections.flatMap((s) => [s.heading, ...s.content])].filter(
        (b): b is DocBlock => b !== null,
      );
      const subsections: Subsection[] = d.subsections.map((s) => ({
        heading: s.heading.text,
        position: span([s.heading, ...s.content]),
        content: toContent(s.content),
      }));
      return {
        kind: d.kind,
        heading: d.heading?.text ?? null,
        position: span(all),
        content: toContent(d.content),
        subsections,
      };
    });
}

function span(blocks: DocBlock[]): Section["position"] {
  return { start: blocks[0].position.start, end: blocks.at(-1)!.position.end };
}

/** Consecutive items become one list; everything else keeps its order. */
function toContent(blocks: DocBlock[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.type === "item") {
      const item: ListItem = { text: b.text, position: b.position };
      const last = out.at(-1);
      if (last?.kind === "list" && last.ordered === !!b.ordered) {
        last.items.push(item);
        last.position = { start: last.position.start, end: b.position.end };
      } else out.push({ kind: "list", ordered: !!b.ordered, items: [item], position: b.position });
    } else if (b.type === "table") {
      out.push({ kind: "table", rows: b.rows ?? [], position: b.position });
    } else out.push({ kind: "paragraph", text: b.text, position: b.position });
  }
  return out;
}
