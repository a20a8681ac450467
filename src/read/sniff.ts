import type { SourceFormat } from "../schemas/record.js";

export type Sniffed = SourceFormat | "zip" | "ole" | "binary" | "unknown-binary";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An empty zip starts with its end-of-archive record. */
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** OLE compound files: Word 97–2003 .doc (and old .xls). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Where in the first kilobyte "%PDF-" starts: some writers put junk before it, and readers accept that. */
export function pdfMagicOffset(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let i = 0; i <= limit; i++) if (startsWith(bytes, PDF_MAGIC, i)) return i;
  return -1;
}

/** UTF-16 text has NUL bytes too; only a BOM makes it text. */
function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Decide the format from the bytes first and the file name second: names lie more often than magic numbers. */
export function sniff(bytes: Uint8Array, fileName?: string | null): Sniffed {
  if (pdfMagicOffset(bytes) >= 0) return "pdf";
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return "zip";
  if (startsWith(bytes, OLE_MAGIC)) return "ole";
  if (!hasUtf16Bom(bytes) && looksBinary(bytes)) return "binary";
  const ext = (fileName ?? "").toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === "md" || ext === "markdown") return "markdown";
  if (ext === "html" || ext === "htm" || ext === "xhtml") return "html";
  const head = Buffer.from(bytes.subarray(0, 512)).toString("latin1").replace(/^\xef\xbb\xbf/u, "").trimStart().toLowerCase();
  if (/^(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[^>]{0,500}-->\s*)?<!doctype html|^(?:<\?xml[^>]{0,200}>\s*)?<html[\s>]/u.test(head)) return "html";
  return "text";
}

/**
 * A NUL byte anywhere, or many control characters in the first 8 KiB: no
 * text document looks like that. The NUL is looked for in the whole file
 * (a native scan): text with a NUL after its first 8 KiB is a file with
 * something else appended, and is refused like one that starts so, not read
 * as text with holes. Other control characters later in a text are removed
 * with a warning (./controls.ts).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // Tab, LF, VT, FF, CR and ESC-free text; 0x80–0x9F are letters in Windows-1252.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) control++;
  }
  return (n > 0 && control / n > 0.02) || bytes.indexOf(0, n) !== -1;
}
