import type { SourceFormat } from "../schemas/record.js";
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
  if (bytes.length === 0) throw new InputError("empty file", "empty");
  const format = options.format ?? sniff(bytes, options.fileName);
  const ext = (options.fileName ?? "").toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === "pdf" && format !== "pdf") throw new InputError("not a PDF (no %PDF header)", "not-pdf");
  switch (format) {
    case "pdf": {
      const { readPdf } = await import("./pdf.js");
      return readPdf(bytes);
    }
    case "text":
    case "markdown":
      return readText(bytes, format);
    case "zip":
    case "docx":
      throw new InputError("unsupported format (Word/zip files are not read yet; save as PDF or text)", "unsupported-format");
    case "html":
      throw new InputError("unsupported format (HTML is not read yet; save as PDF or text)", "unsupported-format");
    case "binary":
    case "unknown-binary":
      throw new InputError("unsupported format (binary file, not a document)", "unsupported-format");
  }
}
