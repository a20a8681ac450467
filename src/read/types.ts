import type { DropReason, SourceFormat, Warning } from "../schemas/record.js";

/** One line of extracted text with where it stood: the unit every later step keeps track of. */
export interface SourceLine {
  text: string;
  /** 1-based line number in the extracted text (for a PDF: counted across pages). */
  line: number;
  /** 1-based page, or null for formats without pages. */
  page: number | null;
  /**
   * Set by a reader that parsed the document's structure (Markdown): the line
   * is markup, not content (a heading's underline, front matter), and the
   * normaliser drops it with this reason.
   */
  drop?: DropReason;
  /**
   * Set by such a reader where it knows how the line joins the text before
   * it, whatever the line's shape: "wraps" goes on the open paragraph or list
   * item after a space (a wrapped line, an item's second paragraph); "breaks"
   * goes on it on a line of its own (after a hard line break), or opens a
   * paragraph when none is open; "opens" opens a paragraph. None of them is
   * ever a heading.
   */
  flow?: "opens" | "wraps" | "breaks";
  /**
   * Set by a reader that knows the line is the page's, not the posting's
   * (HTML: a menu, a cookie banner, a footer, a list of other posts): kept,
   * and filed as the page's furniture.
   */
  furniture?: true;
  /** Set by a reader that knows the line is an image's alt text alone ("Elever i frikvarter på skolegården"): no title. */
  caption?: true;
  /** Set by the normaliser: the line stood quoted in a plain-text mail ("> …"), its marks taken off. */
  quoted?: true;
  /**
   * Set by a reader that knows the line stands in a box beside the posting
   * (HTML: a fact box in a sidebar, outside <main>): the posting's, but under
   * none of its headings.
   */
  beside?: true;
  /**
   * Set by the normaliser: the cells of a table row that the text gave with
   * tabs between them (pdf.js at a wide gap, a browser's copy of a table).
   */
  cells?: string[];
}

export interface RawDocument {
  format: SourceFormat;
  pages: number | null;
  lines: SourceLine[];
  /** What the file says about itself apart from its text (HTML: a schema.org JobPosting in JSON-LD). */
  metadata?: {
    jobPosting?: import("./jsonld.js").JobPostingMetadata;
    /** The site a page belongs to, as it names itself (`og:site_name`, or the tail of `<title>` after a bar or dash). */
    siteName?: string;
    /**
     * The day the file says it was published, YYYY-MM-DD (front matter's `date`,
     * `<meta property="article:published_time">`, JSON-LD's `datePosted`): the
     * document is not older than it, which bounds the years its dates leave out.
     */
    published?: string;
    /** The title the file gives itself apart from its text (Markdown front matter's `title`). */
    title?: string;
  };
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
