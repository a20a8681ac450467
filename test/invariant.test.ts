// Nothing lost: every line of every fixture ends in exactly one section or
// in `dropped` with its reason.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { read } from "../src/read/index.js";
import { normalise } from "../src/normalise/index.js";
import { segment } from "../src/segment/index.js";
import { textUnits } from "../src/segment/units.js";
import { parseFile } from "../src/pipeline.js";
import { ROOT, allDocumentFixtures, fold } from "./helpers.js";

function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === "string") out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => strings(n, out));
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) if (k !== "kind") strings(v, out);
  return out;
}

describe.each(allDocumentFixtures())("%s", (fixture) => {
  it("puts every non-blank line in exactly one block or in dropped", async () => {
    const bytes = readFileSync(join(ROOT, fixture));
    const raw = await read(bytes, { fileName: fixture });
    const { blocks, dropped } = normalise(raw);
    const seen = new Map<number, number>();
    for (const b of blocks) for (const line of b.lines) seen.set(line, (seen.get(line) ?? 0) + 1);
    for (const d of dropped) seen.set(d.position.start.line, (seen.get(d.position.start.line) ?? 0) + 1);
    // A line of two columns side by side is read as two pieces (src/read/columns.ts): each piece once.
    const pieces = new Map<number, number>();
    for (const l of raw.lines) if (l.text.trim()) pieces.set(l.line, (pieces.get(l.line) ?? 0) + 1);
    for (const [line, n] of pieces) expect(seen.get(line), `line ${line}`).toBe(n);
    for (const line of seen.keys()) expect(pieces.has(line), `line ${line} is not in the source`).toBe(true);
  });

  it("places every block in a section, in order, each once", async () => {
    const raw = await read(readFileSync(join(ROOT, fixture)), { fileName: fixture });
    const { blocks } = normalise(raw);
    const units = textUnits(segment(blocks));
    // Sections may split a paragraph where its sentences change kind, or a run-in heading off its paragraph:
    // the text, in order, is the same, and nothing is there twice.
    expect(fold(units.map((u) => u.text).join(" "))).toBe(fold(blocks.map((b) => b.text).join(" ")));
  });

  it("keeps the words of every kept line inside the sections", async () => {
    const { record } = await parseFile(join(ROOT, fixture));
    const inSections = fold(record.sections.map((s) => strings(s).join(" ")).join(" "));
    const droppedLines = new Set(record.dropped.map((d) => d.position.start.line));
    const raw = await read(readFileSync(join(ROOT, fixture)), { fileName: fixture });
    for (const l of raw.lines) {
      const text = fold(l.text.replace(/^\s*(?:\d{1,2}[.)]|[#>*•▪o-]+)\s+/u, ""));
      if (!text || droppedLines.has(l.line) || /^-{3,}$/u.test(l.text.trim())) continue;
      // A line's words may be split by hyphenation undone at its end; its first 12 letters must be there.
      expect(inSections.includes(text.slice(0, 12)), `line ${l.line}: ${l.text}`).toBe(true);
    }
  });
});
