/**
 * Word files through mammoth (≥ 1.12.3: earlier versions read local files
 * named by an image link, CVE-2025-11849) into HTML, then the HTML path: Word's
 * heading styles become h1–h6, its lists lists and its tables tables.
 * Headers and footers, which mammoth ignores, carry nothing a profile needs.
 *
 * Before mammoth sees the file it must be a zip holding word/document.xml,
 * and everything in it must inflate to a sane size, counted by inflating.
 */
import { mammoth } from "../lazy.js";
import { htmlToDocument } from "./html.js";
import { InputError, type RawDocument } from "./types.js";
import { checkUnpackedSize, listEntries, ZipError } from "./zip.js";

/**
 * Danish and English style names, so that a template's own styles survive
 * ("Overskrift 1" is Danish Word's "Heading 1"; "Titel" its "Title").
 * mammoth maps the built-in English names by default; localised templates
 * name the style in the document, which the default map does not know.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Titel'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Undertitel'] => h2:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [
    `p[style-name='Heading ${n}'] => h${n}:fresh`,
    `p[style-name='heading ${n}'] => h${n}:fresh`,
    `p[style-name='Overskrift ${n}'] => h${n}:fresh`,
    `p[style-name='overskrift ${n}'] => h${n}:fresh`,
    `p.Overskrift${n} => h${n}:fresh`,
  ]),
  "p.Titel => h1:fresh",
  // Word's list styles carry their bullet or number in the style, not always in numbering properties (numPr)
  "p[style-name='List Bullet'] => ul > li:fresh",
  "p[style-name='List Bullet 2'] => ul > li:fresh",
  "p[style-name='List Number'] => ol > li:fresh",
  "p[style-name='List Number 2'] => ol > li:fresh",
];

export interface DocxCheck {
  entries: number;
  unpackedBytes: number;
}

/** Zip structure and unpacked size, before any parser allocates for the content. */
export function checkDocx(bytes: Uint8Array): DocxCheck {
  let entries;
  try {
    entries = listEntries(bytes);
  } catch (err) {
    if (err instanceof ZipError) {
      // The bytes start like a zip but are not one a reader can open.
      throw new InputError(`unsupported format (damaged zip archive, not a readable DOCX: ${err.message})`, "unsupported-format");
    }
    throw err;
  }
  if (!entries.some((e) => e.name === "word/document.xml"))
    throw new InputError("unsupported format (a zip archive, but not a Word document)", "unsupported-format");
  let unpackedBytes;
  try {
    unpackedBytes = checkUnpackedSize(bytes, entries);
  } catch (err) {
    if (err instanceof ZipError)
      throw new InputError(`unsupported format (damaged zip archive, not a readable DOCX: ${err.message})`, "unsupported-format");
    throw err;
  }
  return { entries: entries.length, unpackedBytes };
}

export async function readDocx(bytes: Uint8Array): Promise<RawDocument> {
  checkDocx(bytes);
  const word = mammoth();
  let html: string;
  try {
    const result = await word.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // Linked (external) images and files are never opened, embedded images never decoded: the text is all we read.
        externalFileAccess: false,
        convertImage: word.images.imgElement(async () => ({ src: "" })),
        ignoreEmptyParagraphs: true,
      },
    );
    html = result.value;
  } catch (err) {
    throw new InputError(`unreadable DOCX (${String((err as Error)?.message ?? err).replace(/\s+/gu, " ").slice(0, 120)})`, "unsupported-format");
  }
  return htmlToDocument(html, { format: "docx" });
}
