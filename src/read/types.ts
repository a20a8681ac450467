import type { SourceFormat, Warning } from "../schemas/record.js";

/** One line of extracted text with where it stood: the unit every later step keeps track of. */
export interface SourceLine {
  text: string;
  /** 1-based line number in the extracted text (for a PDF: counted across pages). */
  line: number;
  /** 1-based page, or null for formats without pages. */
  page: number | null;
}

export interface RawDocument {
  format: SourceFormat;
  pages: number | null;
  lines: SourceLine[];
  /** What the file says about itself apart from its text (HTML: a schema.org JobPosting in JSON-LD). */
  metadata?: { jobPosting?: import("./jsonld.js").JobPostingMetadata };
  /** What reading had to mend (bytes that were not UTF-8, control characters removed): into the record's warnings. */
  warnings?: Warning[];
}

/** A document that cannot be read; `reason` is the short phrase users see after the file name. */
export class InputError extends Error {
  constructor(
    readonly reason: string,
    readonly code: InputErrorCode,
  ) {
    super(reason);
    this.name = "InputError";
  }
}

export type InputErrorCode =
  | "not-found"
  | "unreadable"
  | "empty"
  | "binary"
  | "too-large"
  | "not-pdf"
  | "encrypted-pdf"
  | "corrupt-pdf"
  | "no-text-layer"
  | "unsupported-format"
  | "undecodable"
  | "timeout";
