import type { Block, Position, Section, SectionKind } from "../schemas/record.js";

/**
 * The flat view of a sectioned document that fact extractors read: each
 * heading, paragraph, list item and table row with its section and place.
 */
export interface TextUnit {
  kind: "heading" | "paragraph" | "item" | "row";
  text: string;
  section: SectionKind;
  /** The nearest heading above it (sub-heading if any), as written. */
  heading: string | null;
  /** Under a sub-heading: the heading of its section ("Lignende job" over "Teamleder til drift og anlæg"). */
  sectionHeading?: string | null;
  position: Position;
  /** Kept in the record but no source of facts (a forwarding mail's own lines): its dates only date the document. */
  aside?: boolean;
  /** The page's own line (a menu, a footer, a button), kept in the record. */
  furniture?: boolean;
}

function blockUnits(block: Block, section: SectionKind, heading: string | null): TextUnit[] {
  switch (block.kind) {
    case "paragraph":
      return [{ kind: "paragraph", text: block.text, section, heading, position: block.position, ...(block.furniture ? { furniture: true } : {}) }];
    case "list":
      return block.items.map((it) => ({ kind: "item", text: it.text, section, heading, position: it.position }));
    case "table":
      return block.rows.map((cells) => ({ kind: "row", text: cells.join(" | "), section, heading, position: block.position }));
  }
}

export function textUnits(sections: Section[]): TextUnit[] {
  const out: TextUnit[] = [];
  for (const s of sections) {
    if (s.heading) out.push({ kind: "heading", text: s.heading, section: s.kind, heading: s.heading, position: s.position });
    // A loop, not push(...): a spread of a list's 125,000 items overflows the stack.
    for (const b of s.content) for (const u of blockUnits(b, s.kind, s.heading)) out.push(u);
    for (const sub of s.subsections) {
      out.push({ kind: "heading", text: sub.heading, section: s.kind, heading: sub.heading, sectionHeading: s.heading, position: sub.position });
      for (const b of sub.content) for (const u of blockUnits(b, s.kind, sub.heading)) out.push({ ...u, sectionHeading: s.heading });
    }
  }
  return out;
}
