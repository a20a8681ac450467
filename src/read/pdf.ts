/**
 * PDF through pdf-parse 2 (pdf.js). Imported lazily: a text file must not pay
 * pdf.js's start-up cost.
 */
import { pdfParse } from "../lazy.js";
import type { Warning } from "../schemas/record.js";
import { linesOfPage, type PdfItem, type PdfLine, wrapsFromPrevious } from "./pdfLayout.js";
import { InputError, type RawDocument, type SourceLine } from "./types.js";

/**
 * pdf.js's legacy build (the one pdf-parse runs on Node) brings core-js, which
 * replaces some of the engine's own built-ins process-wide with spec-complete
 * JavaScript versions: `Array.prototype.push` becomes several times slower
 * for every line of code that runs after the first PDF, ours included. The
 * engine's own are put back once pdf.js and its in-thread worker are loaded;
 * what core-js adds where Node has nothing (Promise.withResolvers, …) stays.
 */
const BUILT_INS: object[] = [
  Array.prototype, Object, Object.prototype, String.prototype, Function.prototype, JSON, Math, Number, Promise, Promise.prototype,
  Map.prototype, Set.prototype, RegExp.prototype, Object.getPrototypeOf(Uint8Array.prototype) as object, Uint8Array.prototype,
  ArrayBuffer.prototype,
];
const natives = BUILT_INS.map((target) => ({ target, own: Object.getOwnPropertyDescriptors(target) }));

function restoreBuiltIns(): void {
  for (const { target, own } of natives)
    for (const key of Reflect.ownKeys(own)) {
      const native = own[key as keyof typeof own] as PropertyDescriptor;
      const now = Object.getOwnPropertyDescriptor(target, key);
      if (now && "value" in native && now.value !== native.value && typeof native.value === "function") Object.defineProperty(target, key, native);
    }
}

/**
 * pdf.js leaves some promises of a broken document (a page tree whose
 * references have wrong generation numbers) rejected with no handler, and
 * Node ends the process for that — after the document was answered, so a
 * pool blamed the next document of its worker. Such rejections are caught
 * here: during a document's read they are that document's error; a later
 * one has no document left to report and is dropped. Any other unhandled
 * rejection is thrown on, as Node would.
 */
const PDFJS_ERRORS = new Set([
  "XRefEntryException", "XRefParseException", "FormatError", "InvalidPDFException", "UnknownErrorException",
  "MissingPDFException", "UnexpectedResponseException", "PasswordException", "AbortException", "ResponseException",
]);
let rejections: unknown[] | null = null;
let listening = false;

function catchPdfJsRejections(): void {
  if (listening) return;
  listening = true;
  process.on("unhandledRejection", (reason) => {
    if (!PDFJS_ERRORS.has((reason as Error)?.name ?? "")) throw reason;
    rejections?.push(reason);
  });
}

export async function readPdf(bytes: Uint8Array): Promise<RawDocument> {
  catchPdfJsRejections();
  const seen: unknown[] = [];
  rejections = seen;
  let doc: RawDocument | null = null;
  let error: unknown = null;
  try {
    doc = await readPdfText(bytes);
  } catch (err) {
    error = err;
  }
  // Node reports unhandled rejections once the microtasks run out: wait for that before closing this document's account.
  await new Promise((resolve) => setImmediate(resolve));
  if (rejections === seen) rejections = null;
  // "Inconsistent generation in XRef" says more than the "no text layer" it led to.
  if (seen.length && (error || !doc)) throw pdfError(seen[0]);
  if (error) throw pdfError(error);
  return doc!;
}

async function readPdfText(bytes: Uint8Array): Promise<RawDocument> {
  const { PDFParse } = pdfParse();
  restoreBuiltIns();
  // pdf.js may detach the buffer it is given; keep the caller's bytes intact.
  const data = new Uint8Array(bytes);
  const parser = new PDFParse({
    data,
    // Never run code from the document (CVE-2024-4367 was a font program doing so).
    isEvalSupported: false,
    verbosity: 0,
    stopAtErrors: false,
  });
  try {
    const { pages, total } = await pagesOf(parser);
    const lines: SourceLine[] = [];
    let n = 0;
    let textChars = 0;
    for (const page of pages) {
      const wraps = wrapsFromPrevious(page.lines);
      page.lines.forEach(({ text }, i) => {
        n++;
        lines.push({ text, line: n, page: page.num, ...(wraps[i] ? { flow: "wraps" as const } : {}) });
        textChars += text.trim().length;
      });
    }
    if (textChars === 0) {
      throw new InputError(
        total > 0 ? "PDF has no text layer (scanned?)" : "PDF has no pages",
        total > 0 ? "no-text-layer" : "corrupt-pdf",
      );
    }
    const decodable = textLayerWarning(lines);
    return { format: "pdf", pages: total, lines, ...(decodable ? { warnings: [decodable] } : {}) };
  } catch (err) {
    throw pdfError(err);
  } finally {
    await parser.destroy().catch(() => undefined);
    // the worker module loads with the first document, and patches again
    restoreBuiltIns();
  }
}

/** The part of pdf.js's document and page that the reader uses. */
interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
}
interface PdfJsPage {
  getViewport(o: { scale: number }): { convertToViewportPoint(x: number, y: number): number[] };
  getTextContent(o: object): Promise<{ items: Array<{ str?: string; transform?: number[]; width?: number; height?: number; fontName?: string; hasEOL?: boolean }> }>;
  cleanup(): void;
}

/**
 * A page's text as pdf-parse's `getText` gives it, with each line's place
 * on the page. pdf-parse keeps the pdf.js document it loads (and the errors
 * it maps) behind `load`, which its own `getText` calls; the items are read
 * here instead of there because `getText` returns text alone.
 */
async function pagesOf(parser: object): Promise<{ total: number; pages: Array<{ num: number; lines: PdfLine[] }> }> {
  const load = (parser as { load?: () => Promise<PdfJsDocument> }).load;
  if (typeof load !== "function") throw new Error("pdf-parse no longer has load(): see src/read/pdf.ts");
  const doc = await load.call(parser);
  const pages: Array<{ num: number; lines: PdfLine[] }> = [];
  for (let num = 1; num <= doc.numPages; num++) {
    const page = await doc.getPage(num);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
    const items: PdfItem[] = [];
    for (const it of content.items) {
      if (typeof it.str !== "string") continue;
      const [x, y] = viewport.convertToViewportPoint(it.transform![4], it.transform![5]);
      items.push({ str: it.str, x, y, width: it.width ?? 0, height: it.height ?? 0, font: it.fontName ?? "", hasEOL: !!it.hasEOL });
    }
    pages.push({ num, lines: linesOfPage(items) });
    page.cleanup();
  }
  return { total: doc.numPages, pages };
}

/**
 * A font without a ToUnicode map (a subset CID font, typically) gives pdf.js
 * glyph numbers for letters: the text layer comes out as control characters
 * and private-use code points, which would pass the "has text" test and make
 * a record of nothing. Mostly such characters: the text cannot be decoded,
 * and the PDF is refused like a scan. A noticeable share: the record is made
 * (the control characters are then removed, ./controls.ts) with a warning
 * that part of the text is lost. A few private-use bullets (Symbol's U+F0B7)
 * are ordinary and stay below both limits.
 */
const UNDECODABLE_REFUSED = 0.5;
const UNDECODABLE_WARNED = 0.1;

function textLayerWarning(lines: SourceLine[]): Warning | null {
  let total = 0;
  let bad = 0;
  for (const { text } of lines)
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      if (u === 0x20 || u === 0x09 || (u >= 0xdc00 && u <= 0xdfff)) continue; // a low surrogate was counted with its high one
      total++;
      if (undecodable(u)) bad++;
    }
  if (total === 0 || bad / total < UNDECODABLE_WARNED) return null;
  if (bad / total >= UNDECODABLE_REFUSED)
    throw new InputError("text cannot be decoded (its fonts map glyphs to no letters; print it to PDF again or OCR it)", "undecodable");
  return {
    code: "undecodable-text",
    message: `${bad} of ${total} characters of the PDF's text layer are control or private-use characters (a font without a Unicode map): part of the text is lost`,
  };
}

/**
 * Control characters, private-use code points and U+FFFD: what a glyph
 * without a Unicode value becomes. Planes 15–16 (private use too) are the
 * high surrogates from U+DB80 up; code units, not a regex per character, as
 * this runs over every character of every PDF.
 */
const undecodable = (u: number) =>
  u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0xe000 && u <= 0xf8ff) || u === 0xfffd || (u >= 0xdb80 && u <= 0xdbff);

function pdfError(err: unknown): InputError {
  if (err instanceof InputError) return err;
  const name = (err as Error)?.name ?? "";
  const message = String((err as Error)?.message ?? err);
  if (name === "PasswordException" || /password/i.test(message)) return new InputError("encrypted PDF", "encrypted-pdf");
  if (name === "InvalidPDFException" || name === "FormatError" || /invalid pdf|bad xref|unexpected/i.test(message))
    return new InputError(`corrupt PDF (${oneLine(message)})`, "corrupt-pdf");
  return new InputError(`unreadable PDF (${oneLine(message)})`, "corrupt-pdf");
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim().slice(0, 120);
