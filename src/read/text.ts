/**
 * Plain text and Markdown-ish text: decode whatever encoding Danish users'
 * files come in, then split into lines with page numbers from form feeds.
 */
import { iconv } from "../lazy.js";
import type { SourceFormat, Warning } from "../schemas/record.js";
import { splitColumns } from "./columns.js";
import { InputError, type RawDocument, type SourceLine } from "./types.js";

export interface Decoded {
  text: string;
  /** Bytes that were not UTF-8 in a text decoded as UTF-8, each replaced by U+FFFD: where they stood. */
  replaced: { offset: number; line: number }[];
}

export function decodeText(bytes: Uint8Array): string {
  return decode(bytes).text;
}

export function decode(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const clean = (text: string): Decoded => ({ text, replaced: [] });
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return utf8(buf.subarray(3), 3);
  if (buf[0] === 0xff && buf[1] === 0xfe) return clean(iconv().decode(buf.subarray(2), "utf16le"));
  if (buf[0] === 0xfe && buf[1] === 0xff) return clean(iconv().decode(buf.subarray(2), "utf16be"));
  return utf8(buf, 0);
}

/**
 * UTF-8, or Windows-1252 when the bytes are not UTF-8. Which one a file that
 * fails strict UTF-8 is, its multi-byte sequences tell: a Windows-1252 file
 * has (next to) none that are valid — each æ, ø, å is a lone byte — while a
 * UTF-8 file with a stray byte (a truncated copy, a 0xFF appended) has many
 * more valid ones than broken. Reading the second as Windows-1252 would turn
 * every æøå of it into mojibake ("ByrÃ¥dssekretariatet"); it is UTF-8 with
 * the broken bytes replaced, and the caller warns where they stood.
 */
function utf8(buf: Buffer, base: number): Decoded {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buf), replaced: [] };
  } catch {
    const { valid, invalid } = scanUtf8(buf);
    if (valid > invalid.length)
      return { text: new TextDecoder("utf-8").decode(buf), replaced: invalid.map((e) => ({ offset: e.offset + base, line: e.line })) };
    // Windows-1252, the superset of ISO-8859-1 that Danish Word exports use.
    // iconv-lite maps 0x80–0x9F to • – ’ ” …, which Node's own
    // TextDecoder("windows-1252") turns into C1 control characters.
    return { text: iconv().decode(buf, "win1252"), replaced: [] };
  }
}

/**
 * Counts valid multi-byte UTF-8 sequences and finds the broken ones (WHATWG's
 * rules: each maximal invalid subpart is one error, as TextDecoder replaces
 * it by one U+FFFD), with the 1-based line each stands on.
 */
export function scanUtf8(buf: Uint8Array): { valid: number; invalid: { offset: number; line: number }[] } {
  let valid = 0;
  let line = 1;
  const invalid: { offset: number; line: number }[] = [];
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < buf.length && buf[i] >= lo && buf[i] <= hi;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    if (b < 0x80) {
      // lines as readText counts them: LF, CRLF or a lone CR
      if (b === 0x0a || (b === 0x0d && buf[i + 1] !== 0x0a)) line++;
      i++;
      continue;
    }
    // bytes needed after the lead, and the range allowed for the first of them
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) [need, lo, hi] = [2, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf];
    else if (b >= 0xf0 && b <= 0xf4) [need, lo, hi] = [3, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf];
    let n = 0;
    if (need > 0 && cont(i + 1, lo, hi)) for (n = 1; n < need && cont(i + 1 + n); ) n++;
    if (need > 0 && n === need) {
      valid++;
      i += need + 1;
    } else {
      invalid.push({ offset: i, line });
      i += 1 + n;
    }
  }
  return { valid, invalid };
}

/** Where the broken bytes stood, for the record's warnings: the first few, and how many more. */
export function replacedWarning(replaced: Decoded["replaced"]): Warning | null {
  if (replaced.length === 0) return null;
  const shown = replaced.slice(0, 5).map((r) => `byte ${r.offset} (line ${r.line})`);
  const more = replaced.length > shown.length ? ` and ${replaced.length - shown.length} more` : "";
  const what = replaced.length === 1 ? "1 byte sequence that is not UTF-8 was" : `${replaced.length} byte sequences that are not UTF-8 were`;
  const first = { line: replaced[0].line, page: null };
  return {
    code: "invalid-utf8",
    message: `the text is UTF-8 but ${what} replaced by U+FFFD: ${shown.join(", ")}${more}`,
    position: { start: first, end: first },
  };
}

export function readText(bytes: Uint8Array, format: Extract<SourceFormat, "text" | "markdown">): RawDocument {
  const decoded = decode(bytes);
  const text = decoded.text.normalize("NFC");
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
  const warning = replacedWarning(decoded.replaced);
  // Markdown's own structure says how its lines run; plain text may be a layout print of columns (./columns.ts).
  const read = format === "text" ? splitColumns(lines) : lines;
  return { format, pages: hasPages ? page : null, lines: read, ...(warning ? { warnings: [warning] } : {}) };
}
