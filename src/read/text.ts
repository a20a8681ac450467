/**
 * Plain text and Markdown-ish text: decode whatever encoding Danish users'
 * files come in, then split into lines with page numbers from form feeds.
 */
import { iconv } from "../lazy.js";
import type { SourceFormat } from "../schemas/record.js";
import { InputError, type RawDocument, type SourceLine } from "./types.js";

export function decodeText(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString("utf8");
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv().decode(buf.subarray(2), "utf16le");
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv().decode(buf.subarray(2), "utf16be");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    // Not UTF-8: Windows-1252, the superset of ISO-8859-1 that Danish Word
    // exports use. iconv-lite maps 0x80–0x9F to • – ’ ” …, which Node's own
    // TextDecoder("windows-1252") turns into C1 control characters.
    return iconv().decode(buf, "win1252");
  }
}

export function readText(bytes: Uint8Array, format: Extract<SourceFormat, "text" | "markdown">): RawDocument {
  const text = decodeText(bytes).normalize("NFC");
  if (text.trim() === "") throw new InputError("empty file", "empty");
  const lines: SourceLine[] = [];
  const hasPages = text.includes("\f");
  let page = 1;
  const raw = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i];
    // A form feed starts a new page; text after it belongs to that page.
    while (t.includes("\f")) {
      const at = t.indexOf("\f");
      const before = t.slice(0, at);
      if (before.trim()) lines.push({ text: before, line: i + 1, page: hasPages ? page : null });
      page++;
      t = t.slice(at + 1);
    }
    lines.push({ text: t, line: i + 1, page: hasPages ? page : null });
  }
  return { format, pages: hasPages ? page : null, lines };
}
