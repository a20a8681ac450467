import type { SourceFormat } from "../schemas/record.js";
import { removeControls } from "./controls.js";
import { sniff } from "./sniff.js";
import { readText } from "./text.js";
import { InputError, type RawDocument } from "./types.js";

export interface ReadOptions {
  /** The file name, for the extension; bytes decide first. */
  fileName?: string | null;
  /** Force a format instead of sniffing. */
  format?: SourceFormat;
  maxBytes?: number;
}

/** Bytes in, lines with pages out; every refusal is an InputError with a one-line reason. */
export async function read(bytes: Uint8Array, options: ReadOptions = {}): Promise<RawDocument> {
  // Whatever the format, no control character or lone surrogate goes on (./controls.ts).
  return removeControls(await readFormat(bytes, options));
}

async function readFormat(bytes: Uint8Array, options: ReadOptions): Promise<RawDocument> {
  if (bytes.length === 0) throw new InputError("empty file", "empty");
  const format = options.format ?? sniff(bytes, options.fileName);
  const ext = (options.fileName ?? "").toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === "pdf" && format !== "pdf") throw new InputError("not a PDF (no %PDF header)", "not-pdf");
  // A Word file that is not a zip (renamed text, an old .doc, a download's error page): say so, not "binary".
  if (ext === "docx" && format !== "zip" && format !== "docx")
    throw new InputError(format === "ole" ? "not a DOCX (an old Word .doc file; save it as .docx)" : "not a DOCX (not a zip archive)", "unsupported-format");
  switch (format) {
    case "pdf": {
      const { readPdf } = await import("./pdf.js");
      return readPdf(bytes);
    }
    case "text":
      return readText(bytes, format);
    case "markdown": {
      // Loaded on demand: a text or a PDF never pays for the Markdown parser.
      const { readMarkdown } = await import("./markdown.js");
      return readMarkdown(bytes);
    }
    case "zip":
    case "docx": {
      // Loaded lazily, like pdf.js: mammoth and its zip library cost start-up time a text file should not pay.
      const { readDocx } = await import("./docx.js");
      return readDocx(bytes);
    }
    case "html": {
      const { readHtml } = await import("./html.js");
      return readHtml(bytes);
    }
    case "ole":
      throw new InputError("unsupported format (an old Word .doc or Office file; save it as .docx or PDF)", "unsupported-format");
    case "binary":
    case "unknown-binary":
      throw new InputError("unsupported format (binary file, not a document)", "unsupported-format");
  }
}
