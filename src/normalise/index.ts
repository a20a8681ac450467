import type { Dropped } from "../schemas/record.js";
import type { RawDocument, SourceLine } from "../read/types.js";
import { dropArtefacts } from "./artefacts.js";
import { buildBlocks, type DocBlock } from "./blocks.js";
import { cleanLine, tableCells } from "./clean.js";
import { dropFurniture } from "./furniture.js";
import { mailWrapper } from "./mail.js";

export type { DocBlock, HeadingShape } from "./blocks.js";

export interface Normalised {
  blocks: DocBlock[];
  dropped: Dropped[];
  /** The cleaned lines that remain content, for readers of the title block. */
  lines: SourceLine[];
  /** Line numbers of a forwarding mail's own lines around the post (see ./mail.ts): kept, but no source of facts. */
  wrapper: Set<number>;
}

/** Clean each line, drop running matter (keeping it, with its reason), and build blocks that remember their source lines. */
export function normalise(raw: RawDocument): Normalised {
  // A reader that parsed the structure (Markdown) has marked its markup lines already.
  const marked: Dropped[] = [];
  const lines: SourceLine[] = [];
  for (const l of raw.lines) {
    if (l.drop) {
      const point = { line: l.line, page: l.page };
      marked.push({ text: l.text.trim(), reason: l.drop, position: { start: point, end: point } });
    } else {
      const cells = tableCells(l.text);
      lines.push({ ...l, text: cleanLine(l.text), ...(cells ? { cells } : {}) });
    }
  }
  const artefacts = dropArtefacts(lines, raw.pages);
  const { kept, dropped: furniture } = dropFurniture(artefacts.kept);
  const dropped = [...marked, ...artefacts.dropped, ...furniture];
  const { blocks, separators } = buildBlocks(kept);
  const wrapper = mailWrapper(kept);
  if (wrapper.size) markWrapper(blocks, wrapper);
  for (const s of separators) {
    const point = { line: s.line, page: s.page };
    dropped.push({ text: s.text.trim(), reason: "separator", position: { start: point, end: point } });
  }
  dropped.sort((a, b) => a.position.start.line - b.position.start.line);
  return { blocks, dropped, lines: kept, wrapper };
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
