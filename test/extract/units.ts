import type { SectionKind } from "../../src/schemas/record.js";
import type { TextUnit } from "../../src/segment/units.js";

/**
 * Text units from a compact outline, one unit a line:
 * `# kind: Heading` opens a section of that kind (`# kind:` one without a
 * heading), `- text` is a list item, `| a | b` a table row, anything else a
 * paragraph.
 */
export function units(outline: string, first: SectionKind = "ansaettelsesproces"): TextUnit[] {
  let section: SectionKind = first;
  let heading: string | null = null;
  return outline
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .flatMap((line, i) => {
      const position = { start: { line: i + 1, page: null }, end: { line: i + 1, page: null } };
      const h = line.match(/^# (\w+):(?: (.+))?$/u);
      if (h) {
        section = h[1] as SectionKind;
        heading = h[2] ?? null;
        return heading === null ? [] : [{ kind: "heading", text: heading, section, heading, position } as TextUnit];
      }
      if (line.startsWith("- ")) return [{ kind: "item", text: line.slice(2), section, heading, position } as TextUnit];
      if (line.startsWith("| ")) return [{ kind: "row", text: line.slice(2), section, heading, position } as TextUnit];
      return [{ kind: "paragraph", text: line, section, heading, position } as TextUnit];
    });
}
