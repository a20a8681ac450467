/**
 * The last thing reading does for every format: no control character and no
 * lone UTF-16 surrogate goes on into the record. A control character in a
 * document's text is never content — it is a NUL from a broken export, an
 * ESC sequence meant for whoever prints the record on a terminal, a glyph a
 * PDF font maps to U+0003 — and a lone surrogate (from UTF-16 or a PDF's
 * ToUnicode map) is written by JSON.stringify as "\ud800", which other JSON
 * readers refuse. Both are mended and named in a warning, never silently.
 */
import type { Warning } from "../schemas/record.js";
import type { RawDocument, SourceLine } from "./types.js";

/** C0 but tab, DEL and C1; lines never hold CR or LF, and a text's form feeds have become pages already. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/gu;
/** Without the u flag a pattern sees surrogates one by one: a high one not followed by a low one, or a low one alone. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const DIRTY = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\ud800-\udfff]/;

export function removeControls(doc: RawDocument): RawDocument {
  return mendMetadata(mendLines(doc));
}

function mendLines(doc: RawDocument): RawDocument {
  if (!doc.lines.some((l) => DIRTY.test(l.text))) return doc;
  const controls = new Tally();
  const surrogates = new Tally();
  const lines = doc.lines.map((l): SourceLine => {
    if (!DIRTY.test(l.text)) return l;
    const text = mend(l.text, (c) => controls.add(l, c), (c) => surrogates.add(l, c));
    return { ...l, text };
  });
  const warnings = [
    ...(doc.warnings ?? []),
    ...controls.warning("control-characters", (n) => `${n} removed`, "control character"),
    ...surrogates.warning("lone-surrogate", (n) => `${n} replaced by U+FFFD`, "lone UTF-16 surrogate"),
  ];
  return { ...doc, lines, warnings };
}

function mend(text: string, onControl: (c: string) => void, onSurrogate: (c: string) => void): string {
  return (
    text
      // a vertical tab is Word's line break inside a paragraph: a space, not a loss
      .replace(/\u000b/gu, " ")
      .replace(CONTROL, (c) => {
        onControl(c);
        return "";
      })
      .replace(LONE_SURROGATE, (c) => {
        onSurrogate(c);
        return "\ufffd";
      })
  );
}

/** A page's JSON-LD is text from the document too (it can become the title): its strings are mended alike, and said to be. */
function mendMetadata(doc: RawDocument): RawDocument {
  const posting = doc.metadata?.jobPosting;
  if (!posting) return doc;
  let mended = 0;
  const count = () => mended++;
  const jobPosting = { ...posting };
  for (const key of Object.keys(jobPosting) as (keyof typeof jobPosting)[]) {
    const value = jobPosting[key];
    if (typeof value === "string" && DIRTY.test(value)) (jobPosting as Record<string, unknown>)[key] = mend(value, count, count);
  }
  if (mended === 0) return doc;
  const warning: Warning = {
    code: "control-characters",
    message: `${mended} control character${mended === 1 ? "" : "s"} or lone surrogate${mended === 1 ? "" : "s"} in the page's JSON-LD removed or replaced by U+FFFD`,
  };
  return { ...doc, metadata: { ...doc.metadata, jobPosting }, warnings: [...(doc.warnings ?? []), warning] };
}

class Tally {
  count = 0;
  readonly kinds = new Set<string>();
  readonly lines: SourceLine[] = [];

  add(line: SourceLine, c: string): void {
    this.count++;
    this.kinds.add(`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
    if (this.lines.at(-1) !== line) this.lines.push(line);
  }

  warning(code: string, done: (n: string) => string, noun: string): Warning[] {
    if (this.count === 0) return [];
    const n = `${this.count} ${noun}${this.count === 1 ? "" : "s"}`;
    const kinds = [...this.kinds].slice(0, 5).join(", ") + (this.kinds.size > 5 ? ", …" : "");
    const where = this.lines.slice(0, 5).map((l) => (l.page === null ? `${l.line}` : `${l.line} (p. ${l.page})`));
    const more = this.lines.length > where.length ? ` and ${this.lines.length - where.length} more` : "";
    const first = { line: this.lines[0].line, page: this.lines[0].page };
    return [
      {
        code,
        message: `${done(n)} (${kinds}) on line${this.lines.length === 1 ? "" : "s"} ${where.join(", ")}${more}`,
        position: { start: first, end: first },
      },
    ];
  }
}
