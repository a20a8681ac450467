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

/**
 * What a contents entry's tab becomes: Word draws it as a dot leader to the
 * page number; HTML would fold a tab into one space, and "3. Jobprofil 5"
 * would read as a heading. Non-breaking spaces survive the HTML reader and
 * become the gap of three spaces that a contents line is known by.
 */
const LEADER = "\u00a0\u00a0\u00a0";

/** A page number: one to three digits, as a contents line ends. */
const PAGE_NUMBER = /^\s*\d{1,3}\s*$/u;

interface WordElement {
  type: string;
  value?: string;
  children?: WordElement[];
}

/** The leaves below an element (text, tabs, breaks), in document order, without recursion. */
function leavesOf(element: WordElement): WordElement[] {
  const out: WordElement[] = [];
  const stack = [...(element.children ?? [])].reverse();
  while (stack.length) {
    const e = stack.pop()!;
    if (e.children) for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i]);
    else out.push(e);
  }
  return out;
}

/** In every paragraph whose last tab is followed by nothing but a page number, that tab is a leader, kept as a gap. */
function leadersBeforePageNumbers(document: WordElement): WordElement {
  const stack = [document];
  while (stack.length) {
    const e = stack.pop()!;
    if (e.type !== "paragraph") {
      for (const c of e.children ?? []) stack.push(c);
      continue;
    }
    const leaves = leavesOf(e);
    let i = leaves.length - 1;
    let after = "";
    // a page number is a few characters: longer text after the tab settles it
    while (i >= 0 && leaves[i].type === "text" && after.length <= 12) after = (leaves[i--].value ?? "") + after;
    const tab = leaves[i];
    if (tab?.type === "tab" && PAGE_NUMBER.test(after) && leaves.slice(0, i).some((l) => l.type === "text" && l.value?.trim())) {
      tab.type = "text";
      tab.value = LEADER;
    }
  }
  return document;
}

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
        transformDocument: leadersBeforePageNumbers,
      },
    );
    html = result.value;
  } catch (err) {
    throw new InputError(`unreadable DOCX (${String((err as Error)?.message ?? err).replace(/\s+/gu, " ").slice(0, 120)})`, "unsupported-format");
  }
  return htmlToDocument(html, { format: "docx" });
}
