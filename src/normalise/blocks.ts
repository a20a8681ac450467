/**
 * Lines into blocks: headings, paragraphs (hard wrapping and line-break
 * hyphenation undone) and list items (with their wrapped continuation
 * lines), each with the source lines it consumed.
 */
import type { Position } from "../schemas/record.js";
import type { SourceLine } from "../read/types.js";
import { APPENDIX_HEADING, BARE_EXPECTATION, BYLINE_OR_SALUTATION, CONTENTS_HEADINGS, DOCUMENT_TYPE_PHRASES, FACT_LABELS, STRONG_HEADING_KEYS, TRAILING_FUNCTION_WORDS, normaliseHeading, vocabularyKey } from "../vocabulary/headings.js";
import { isAbbreviation, wordBefore } from "../vocabulary/abbreviations.js";
import { MONTH_WORDS } from "../vocabulary/months.js";
import { MEMBERS_LEAD_IN, ORDINAL_TITLES, ROLE_WORDS } from "../vocabulary/roles.js";
import { CLOCK_WORD, DATE_JOINERS, DAY_OR_WEEK_CELL, MONTH_ALTERNATION, WEEK_WORD, WEEKDAY_ALTERNATION } from "../vocabulary/dates.js";
import { stripInlineMarkdown } from "./clean.js";
import { ADDRESS_LINE, APPLY_CALL, FILE_LINK, MAIL_CLOSING } from "../vocabulary/furniture.js";
import { BOX_BARS, BOX_CORNERS, BULLET_GLYPHS, SYMBOL_FONT_BULLET } from "../vocabulary/marks.js";
import { isClosingStatement } from "../vocabulary/closing.js";
import { isDigit, isSpace, words } from "./words.js";

export interface HeadingShape {
  /** `#` count for Markdown headings. */
  markdownLevel: number | null;
  /** "2" for "2. Baggrund", "2.1" for "2.1 Opgaver". */
  numbering: string | null;
  bold: boolean;
  allCaps: boolean;
  /** Known to the heading vocabulary. */
  known: boolean;
}

export interface DocBlock {
  type: "heading" | "paragraph" | "item" | "table";
  text: string;
  /** Source lines this block consumed, for the nothing-lost invariant. */
  lines: number[];
  position: Position;
  shape?: HeadingShape;
  ordered?: boolean;
  /** The bullet that opened an item, so that its list's next item is known even after a wrapped line. */
  marker?: string;
  rows?: string[][];
  /** Set by the normaliser: the block is a forwarding mail's own text around the post. */
  wrapper?: boolean;
  /** Set by the normaliser: the block is a line of the page's furniture (a menu, a breadcrumb, a share button). */
  furniture?: boolean;
  /** Set by the normaliser: the block stands in a box beside the posting (SourceLine.beside). */
  beside?: boolean;
  /** A rule ("---", "***") stands right above the block: what follows is set off from the text before it. */
  afterRule?: boolean;
}

interface Line {
  src: SourceLine;
  text: string;
  blank: boolean;
}

const BULLET = new RegExp(String.raw`^([${BULLET_GLYPHS}]\uFE0F?|o|-|–|—)(?:(?<=[${SYMBOL_FONT_BULLET}])\s*|\s+)(\S.*)$`, "u");
/** A line that opens with a list's bullet ("- udvikle partnerskaber …", "• Gem job"): the block builder's own test. */
export const isBulletLine = (text: string): boolean => BULLET.test(text);
/** A label and its value on one line: "Ansøgningsfrist: 14. april", "1. samtale: 23. april", a week's "Uge 14: 1. samtalerunde". */
const LABEL_LINE = /^(?:\d{1,2}\.\s)?[A-ZÆØÅa-zæøå][\p{L} -]{1,40}(?:\s\d{1,2}(?:[–-]\d{1,2})?)?:\s+\S/u;
const LONE_BULLET = /^[•●○◦▪■►‣·✓✔➢➤❖◆\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06c\uf06e]$/u;
/** Attachment lists ("Bilag 1: Organisationsdiagram") are lists even without bullets. */
const ATTACHMENT = /^bilag\s+\d{1,2}\s*[:.–-]\s*\S/iu;
const ORDERED = /^(\d{1,2}[.)]|[a-hA-H][.)])\s+(\S.*)$/u;
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/u;
// The text's closing hashes and spaces are cut in code (mdHeading): a pattern for them backtracks on long runs of spaces.
const MD_HEADING = /^(#{1,6})\s+(\S.*)?$/u;
const BOLD_LINE = /^\*\*([^*]{1,200})\*\*:?$/u;
const TABLE_ROW = /^\|.*\|$/u;
const TABLE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/u;
/**
 * A Markdown thematic break, "---", "***", "___", or a plain text's rule of equals signs, as a newsletter sets its
 * head and foot between (a mail's longer rules of dashes are mail.ts's DASH_RULE).
 */
// "--" alone: a mail's signature delimiter ("-- " before the signature), a rule as much as "---"
// a table's rule of box-drawing lines ("──────", "══════"), as a plain text's table draws it, is one too
// (and a text box's top or bottom drawn with box-drawing characters, "┌──────", "╰──────╯", "┗━━━━━━┛")
const THEMATIC_BREAK = new RegExp(String.raw`^(?:-{2,}|\*{3,}|_{3,}|={10,}|[${BOX_CORNERS}]?[${BOX_BARS}]{3,}[${BOX_CORNERS}]?)$`, "u");
/** A grid table's border, as pandoc draws one in plain text: "+------+------+", "+======+======+". */
const GRID_BORDER = /^\+(?:[-=:]{2,}\+)+$/u;
const THREE_LETTERS = /\p{L}(?:[^\p{L}]*\p{L}){2}/u;
const TERMINAL = /[.!?:;]["”’)]?$/u;
const STRONG = STRONG_HEADING_KEYS;
/** A toggle's mark before its heading, inside a list item's: "- ▸ Dine opgaver". */
const TOGGLE = /^[▸▶►▾▼]\uFE0F?\s+(\S.*)$/u;
/**
 * A timetable's row that opens with its date and a dash before the step: "Torsdag den 29. april 2027 – 2. samtale …",
 * "Torsdag den 18. og fredag den 19. marts 2027 – Test", or a gap a cell too wide for its column left two spaces wide
 * ("15.–17. marts  Test og testfeedback").
 */
const DATE_ROW = new RegExp(
  String.raw`^(?:\p{L}{3,8}dag(?: den)? )?\d{1,2}\.?(?:\s?[–-]\s?\d{1,2}\.?|\sog\s(?:\p{L}{3,8}dag(?: den)? )?\d{1,2}\.)?\s?(?:${MONTH_ALTERNATION})\.?(?:\s\d{4})?(?:,?\s(?:kl\.\s?)?\d{1,2}[.:]\d{2})?(?:(?:\s[–-]|:)\s| {2,})\S`,
  "iu",
);
/**
 * A timetable's row dated by numbers, its date cell wider than the rows' column ("26.04.2027 og 27.04.2027  2.
 * samtalerunde med case" under "15.04.–20.04.2027       Test …"): a row of its own.
 */
const NUMERIC_DATE = String.raw`\d{1,2}[./]\d{1,2}\.?(?:\d{4}|\d{2})?`;
const NUMERIC_DATE_ROW = new RegExp(String.raw`^${NUMERIC_DATE}(?:\s?[–-]\s?${NUMERIC_DATE}|\sog\s${NUMERIC_DATE})?(?:,?\s(?:kl\.\s?)?\d{1,2}[.:]\d{2})?(?:\s[–-]\s| {2,}|\t)\S`, "u");
/** A timetable's row that opens with its week and a dash before the step: "Uge 21 – 2. samtalerunde torsdag den 27. maj …". */
const WEEK_ROW = new RegExp(String.raw`^(?:${WEEK_WORD})\s\d{1,2}(?:\s?[–-]\s?\d{1,2})?\s[–-]\s\S`, "iu");
/** The row after a timetable's dated ones, a word in the date's place: "Herefter – Referencer indhentes". */
const WORD_ROW = /^\p{Lu}\p{Ll}{2,15}\s[–-]\s\p{Lu}/u;
/** A member or a contact a line, the name before its role: "Jonas Ravnholt, medarbejderrepræsentant", "Sanne Lykke Pallesen, kontorchef, …". */
// (the role up to three words: "ledende overlæge", "uddannelsesansvarlig overlæge")
// (no clause after the comma: "Aalborg Universitet, hvor forskere og studerende mødes" is a tagline)
const NAME_ROLE = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}, (?!(?:hvor|som|der|hvis|når|og|men) )(\p{Ll}[\p{L}-]*(?: \p{Ll}[\p{L}-]*){0,2})/u;
/** A line of a list of members: capitalised, no longer than a title and a name make it, no sentence ended in it or at its end. */
const isMemberLine = (text: string): boolean => text.length <= 100 && /^\p{Lu}/u.test(text) && !TERMINAL.test(text) && !/[.!?]\s+\p{Lu}/u.test(text);
/** Such a line, its role a title's word ("Aarhus Vand, som leverer …" is a sentence's organisation, no member). */
const isNameRoleRow = (text: string): boolean => {
  const m = NAME_ROLE.exec(text);
  if (!m) return false;
  ROLE_WORDS.lastIndex = 0;
  return ROLE_WORDS.test(m[1]);
};
/**
 * "Søndag den 14. marts 2027 kl. 23.59", "14.03.2027", "Uge 17": a date is the
 * value of a timetable's or a fact box's label, never a heading, even alone on
 * its line between blank lines (a table exported one cell to a line).
 */
const DATE_VALUE = new RegExp(String.raw`\d{1,2}\.\s?(?:${MONTH_ALTERNATION})(?!\p{L})|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)|^uge\s\d{1,2}(?!\d)`, "iu");

export interface BuildResult {
  blocks: DocBlock[];
  /** Lines that are layout, not content (Markdown rules). */
  separators: SourceLine[];
  /** The lines of its rules ("---", "***"), a subset of the separators. */
  rules: number[];
}

export interface BuildOptions {
  /**
   * The reader parsed the document's blocks and set a blank line between
   * each two (HTML, Word): a blank line is a block's end, never the spacing
   * of a text extracted with one between every line.
   */
  blocksParsed?: boolean;
}

export function buildBlocks(source: SourceLine[], options: BuildOptions = {}): BuildResult {
  const lines: Line[] = source.map((src) => ({ src, text: src.text.trim(), blank: src.text.trim() === "" }));
  const nonBlank = lines.filter((l) => !l.blank);
  const doubleSpaced = !options.blocksParsed && isDoubleSpaced(lines);
  const width = typicalWidth(nonBlank.map((l) => l.text));
  const chapters = contentsTitles(nonBlank.map((l) => l.text));
  // the contents lines' titles read so far: a chapter's heading printed with its leader stands after the contents page
  // that listed it
  const tocSeen = new Set<string>();
  const blocks: DocBlock[] = [];
  const separators: SourceLine[] = [];
  const rules: number[] = [];
  // paragraphs that so far hold only short title-block lines, to which the next such line may belong
  const lineBlocks = new Set<DocBlock>();
  // past the cover: after a heading a reader would call one, or after prose
  let pastCover = false;
  let current: DocBlock | null = null;
  // The current paragraph's or item's text in pieces, joined once at its end, and its last characters:
  // rebuilding or re-reading the whole text at every wrapped line made a long paragraph quadratic.
  let pieces: string[] = [];
  let tail = "";
  const nextIndex = nextNonBlankIndex(lines);
  const nextNonBlank = (i: number): Line | null => (nextIndex[i] >= 0 ? lines[nextIndex[i]] : null);
  let prevText: string | null = null; // the previous non-blank line, for paragraph-break cues
  let blankBefore = true;
  /** Lines run on from a lead-in ending in a colon ("Indstillingsudvalget består af:"): its list, one entry a line. */
  let colonList = false;
  let membersRun = false;
  let prevPage: number | null = null;
  let pendingItem = false;
  let lastPage: number | null = null;
  /**
   * From a letter's closing ("Mange hilsner", "Venlig hilsen") to the next blank line, heading, sentence or process label,
   * or its fourth line under the closing: its signature's name, title and number, one block and no headings.
   */
  let signature = false;
  let signatureBlock: DocBlock | null = null;
  /** The column the open item's text starts in, after its bullet: a line set there continues it (0: no bulleted item open). */
  let hangingIndent = 0;

  const flush = () => {
    const b = current as DocBlock | null;
    if (b) {
      if (b.type === "table") b.text = b.rows!.map((r) => r.join(" | ")).join("\n");
      else if (pieces.length > 1) b.text = pieces.join("");
      // A bullet with nothing after it ("•" over another bullet) holds no text: layout, kept among the separators.
      if (b.type === "item" && !b.text.trim())
        for (const line of b.lines) separators.push({ text: b.marker ?? "", line, page: b.position.start.page });
      else blocks.push(b);
    }
    current = null;
  };
  const setText = (b: DocBlock, text: string) => {
    b.text = text;
    pieces = [text];
    tail = text.slice(-TAIL);
  };
  const start = (type: DocBlock["type"], text: string, l: Line, extra: Partial<DocBlock> = {}) => {
    flush();
    current = { type, text, lines: [l.src.line], position: pos(l.src, l.src), ...extra };
    setText(current, text);
  };
  const append = (l: Line, text: string) => {
    const b = current!;
    // a layout table's first cell wrapped under itself: "Onsdag den 17. og      1. samtalerunde …" over "torsdag den 18.
    // februar 2027" is one date beside its step
    const found = pieces.length && text.length <= DATE_CELL_CHARS && DATE_GOES_ON.test(text) && pieces[pieces.length - 1].includes("   ") && !GAP.test(text) ? WRAPPED_FIRST_CELL.exec(pieces[pieces.length - 1]) : null;
    // (a date's cell and a date's rest: not a right cell's next line, "Slagelse Rådhus", nor justified prose)
    const row = found && DATE_GOES_ON.test(found[1].trim()) ? found : null;
    if (b.type !== "table" && row) {
      pieces[pieces.length - 1] = `${row[1]} ${text}${row[2]}${row[3]}`;
      if (pieces.length === 1) b.text = pieces[0];
      tail = pieces.slice(-2).join("").slice(-TAIL);
    } else if (b.type !== "table" && text) {
      if (!tail) setText(b, text);
      else {
        const { separator, dropHyphen } = wrapJoint(tail, text);
        if (dropHyphen) pieces[pieces.length - 1] = pieces[pieces.length - 1].slice(0, -1);
        pieces.push(separator + text);
        tail = ((dropHyphen ? tail.slice(0, -1) : tail) + separator + text).slice(-TAIL);
      }
    }
    b.lines.push(l.src.line);
    b.position = pos(b.position.start, l.src);
  };
  /** The line on a line of its own in the open block (a Markdown break, a cover's next line, a signature's next line): no wrap. */
  const appendLine = (l: Line, text: string) => {
    const b = current!;
    pieces.push("\n" + text);
    tail = (tail + "\n" + text).slice(-TAIL);
    b.lines.push(l.src.line);
    b.position = pos(b.position.start, l.src);
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l.blank && i > 0) prevPage = lastPage;
    if (!l.blank) lastPage = l.src.page;
    if (l.blank) {
      // a double-spaced text sets a blank line after every line: there the cap on its lines ends a signature; and a
      // blank line under the closing alone ("Med venlig hilsen" / "" / "**Signe Dall**") parts it from the signer only
      const closingAlone = (signatureBlock as DocBlock | null)?.lines.length === 1 && MAIL_CLOSING.test(signatureBlock!.text.trim());
      if (!doubleSpaced && !closingAlone) signature = false;
      if (!doubleSpaced && !pendingItem) {
        blankBefore = true;
        // A block broken by a page's blank lines continues when the next line does (lower case, no full stop before).
        const next = nextNonBlank(i);
        const cur = current as DocBlock | null;
        const joins = next?.src.flow === "wraps" || next?.src.flow === "breaks";
        if (cur && (cur.type === "paragraph" || cur.type === "item") && next && (joins || continuesAfterBreak(tail, next.text)))
          blankBefore = false;
        else flush();
      }
      continue;
    }
    const text = l.text;
    if (prevText === null) colonList = false;
    else if (opensList(prevText)) colonList = true;
    // "… budget på ca. 62 mio. kr." ends an entry, not the list: an abbreviation's full stop ends no sentence
    else if (blankBefore || (/[.!?]["”’)]?$/u.test(prevText) && !(prevText.endsWith(".") && isAbbreviation(wordBefore(prevText.slice(0, -1)))))) colonList = false;
    const next = nextNonBlank(i);
    const nextText = next?.text ?? null;
    const blankAfter = doubleSpaced || !next || lines[i + 1]?.blank === true;

    // pdftotext sets a bullet on a line of its own, the item's text on the next.
    if (LONE_BULLET.test(text) && next) {
      start("item", "", l, { ordered: false, marker: text });
      prevText = text;
      blankBefore = false;
      pendingItem = true;
      continue;
    }
    // "📍 Arbejdssted: …" over "💼 37 timer om ugen": lines each led by a pictograph are a list, whatever joins them
    const emoji = emojiEntry(text, prevText, nextText);
    // "📌 Dine opgaver" over "✅ Personlig pleje …": a heading the vocabulary knows, with its mark, heads the list
    if (emoji !== null && STRONG.has(vocabularyKey(emoji))) {
      start("heading", stripInlineMarkdown(text), l, { shape: shape(text, {}) });
      flush();
      prevText = text;
      blankBefore = true;
      continue;
    }
    if (emoji !== null) {
      start("item", stripInlineMarkdown(emoji), l, { ordered: false, marker: text.slice(0, text.length - emoji.length).trim() });
      prevText = text;
      blankBefore = false;
      continue;
    }
    // The reader parsed how this line joins the text before it (Markdown): no guessing from its shape.
    if (l.src.flow) {
      const open = current as DocBlock | null;
      const plain = stripInlineMarkdown(text);
      if (l.src.flow === "opens" || !(open?.type === "item" || open?.type === "paragraph")) start("paragraph", plain, l);
      else if (l.src.flow === "wraps") append(l, plain);
      else appendLine(l, plain);
      prevText = text;
      blankBefore = false;
      continue;
    }
    const pending = current as DocBlock | null;
    if (pendingItem && pending) {
      pendingItem = false;
      setText(pending, stripInlineMarkdown(text));
      pending.lines.push(l.src.line);
      pending.position = pos(pending.position.start, l.src);
      prevText = text;
      blankBefore = false;
      continue;
    }

    // An item's wrapped line set under its text, not its bullet ("• Skolechef Birgitte" over "  Munk Sørensen (formand)"):
    // the item's, however short the line above it (a narrow column's list of names); not a sub-item ("   1. Samtale …",
    // "a) økonomi"), a label's line, a known heading, nor a new sentence after one that ended
    const open = current as DocBlock | null;
    if (
      open?.type === "item" &&
      !blankBefore &&
      hangingIndent > 0 &&
      l.src.text.length - l.src.text.trimStart().length === hangingIndent &&
      l.src.page === open.position.end.page &&
      !BULLET.test(text) &&
      !ORDERED.test(text) &&
      !LABEL_LINE.test(text) &&
      !STRONG.has(vocabularyKey(text)) &&
      !(TERMINAL.test(prevText ?? "") && /^\p{Lu}/u.test(text))
    ) {
      append(l, stripInlineMarkdown(text));
      prevText = text;
      continue;
    }
    hangingIndent = 0;
    if (THEMATIC_BREAK.test(text)) {
      flush();
      separators.push(l.src);
      rules.push(l.src.line);
      prevText = null;
      blankBefore = true;
      continue;
    }
    // A line between two rows of tab-parted cells is the table's too: a row whose cells pdf.js set closer than a tab.
    const between = !l.src.cells && (current as DocBlock | null)?.type === "table" && next?.src.cells !== undefined && text.length <= 120 && /\d/u.test(text);
    // A justified line of prose that pdf.js cut at its wide gaps ("prodekan   Morten   Schou,") runs on in the
    // unfinished paragraph above it: a lower-case line of a word a cell, or between lower-case lines ("Uge | Dato |
    // Aktivitet" after a list's last line is a table's head).
    const cells = l.src.cells;
    if (
      cells &&
      (current as DocBlock | null)?.type === "paragraph" &&
      !blankBefore &&
      prevText !== null &&
      !/[.:!?]["”’)]?$/u.test(prevText) &&
      /^\p{Ll}/u.test(cells[0]) &&
      ((cells.length >= 3 && cells.every((c) => !/\s/u.test(c))) || (nextText !== null && /^\p{Ll}/u.test(nextText)))
    ) {
      append(l, stripInlineMarkdown(cells.join(" ")));
      prevText = text;
      blankBefore = false;
      continue;
    }
    if (TABLE_ROW.test(text) || l.src.cells || between || (GRID_BORDER.test(text) && (TABLE_ROW.test(nextText ?? "") || (current as DocBlock | null)?.type === "table"))) {
      const cur = current as DocBlock | null;
      if (cur?.type !== "table") start("table", "", l, { rows: [] });
      else append(l, "");
      if (l.src.cells) current!.rows!.push(l.src.cells.map(stripInlineMarkdown));
      else if (between) current!.rows!.push([stripInlineMarkdown(text)]);
      else if (!TABLE_SEPARATOR.test(text) && !GRID_BORDER.test(text)) current!.rows!.push(splitRow(text));
      prevText = text;
      blankBefore = false;
      continue;
    }

    const md = text.match(MD_HEADING);
    if (md) {
      const title = mdHeadingText(md[2] ?? "");
      start("heading", stripInlineMarkdown(title), l, { shape: shape(title, { markdownLevel: md[1].length }) });
      flush();
      prevText = text;
      blankBefore = true; // nothing continues a heading
      continue;
    }
    const bold = text.match(BOLD_LINE);
    // "Med venlig hilsen" over "**Signe Dall**": the signer's name in bold, no heading
    const signer = prevText !== null && MAIL_CLOSING.test(stripInlineMarkdown(prevText).trim());
    // ("**Vi glæder os til at høre fra dig!**": a posting's last words set in bold, no heading)
    if (bold && !signer && words(bold[1], 12) <= 12 && !/[.,;]$/u.test(bold[1]) && !PARTICULARS.test(bold[1]) && !isClosingStatement(bold[1])) {
      start("heading", bold[1].trim(), l, { shape: shape(bold[1], { bold: true }) });
      flush();
      prevText = text;
      blankBefore = true; // nothing continues a heading
      continue;
    }

    const sentenceBreak = blankBefore || prevText === null || endsParagraph(prevText, width);
    const listBreak = colonList && (current as DocBlock | null)?.type === "paragraph" && listLineBreak(prevText ?? "", text, width);
    // a page's fact column, a label a line and its value under it ("Ansættelsestype" / "Fastansat" / "Ugentligt timetal" / "37"):
    // each label a block of its own, and its value, for the segmenter to pair
    const labelBreak = isFactLabelAlone(text) || (prevText !== null && isFactLabelAlone(prevText));
    // the members under "Ansættelsesudvalget består af:" run one a line, however long each is, to a blank line or a line
    // of prose ("Ansøgningsfristen er mandag den 8. februar 2027 kl. 9.00. Ansøgning med CV")
    const membersBefore = membersRun;
    membersRun = !blankBefore && (membersRun || MEMBERS_LEAD_IN.test(prevText ?? "")) && isMemberLine(text);
    // (and the prose after the last member starts its own paragraph)
    const paragraphBreak = membersRun || (membersBefore && !blankBefore) || sentenceBreak || shortLineBreak(prevText ?? "", text, width, indentOf(l), () => indentOf(lastNonBlank(lines, i))) || afterBareUrl(prevText ?? "", text) || listBreak || labelBreak;
    // A heading may follow a sentence that filled its line; its own shortness marks it.
    const newPage = prevPage !== null && l.src.page !== prevPage && !/[-,]$/u.test(prevText ?? "");
    const sentenceEnded = sentenceBreak || newPage || TERMINAL.test(prevText ?? "");
    // After "består af:" short lines are the list's content; "… i figuren nedenfor:" may be followed by a heading and prose.
    // (and after "Ansættelsesudvalget består af:" its members, however long a line their titles make)
    const afterColon = !blankBefore && opensList(prevText ?? "") && (nextText === null || nextText.length < width * 0.6 || MEMBERS_LEAD_IN.test(prevText ?? ""));
    // "6. Sådan foregår det" as the contents page names it: a chapter's heading, whatever its words' shape
    const chapter = sentenceEnded && chapters.size > 0 && chapters.has(text.replace(/\s+/gu, " ")) && !isTocLine(text);
    // "9. Ansættelsesproces og tidsplan ........ 11" standing alone over its text, the contents page's line again: the
    // chapter's heading, printed with its leader and page (a contents page's own lines run on, one after another)
    const ledChapter = blankBefore && blankAfter && !!nextText && !isTocLine(nextText) && isTocLine(text) && tocSeen.has(tocTitle(text));
    const opensSignature: boolean = !signature && sentenceEnded && MAIL_CLOSING.test(text.trim());
    // a signature is a few lines (a PDF's text may have no blank line to end it before the page's footer), and ends at a
    // section's heading, a sentence or a label of the process ("Ansættelsesproces", "Ansøgningsfrist: 1. maj 2027")
    if (signature && (newPage || ((signatureBlock as DocBlock | null)?.lines.length ?? 0) > LETTER_SIGNATURE_LINES || endsSignature(text))) signature = false;
    signature ||= opensSignature;
    if (signature) {
      // the closing and the lines under it, one block: a name, a title, a number
      if (opensSignature || current === null || current !== signatureBlock) {
        start("paragraph", stripInlineMarkdown(text), l);
        signatureBlock = current;
      } else appendLine(l, stripInlineMarkdown(text));
      prevText = text;
      blankBefore = false;
      continue;
    }
    if (ledChapter) {
      pastCover = true;
      start("heading", tocTitle(text), l, { shape: shape(tocTitle(text), {}) });
      flush();
      prevText = text;
      blankBefore = true;
      continue;
    }
    if (!coverLine(text, nextText, blankAfter, pastCover) && (chapter || isHeading(text, { paragraphBreak: sentenceEnded, afterColon, blankAfter, nextText, width, doubleSpaced, prevText: blankBefore ? null : prevText }))) {
      // the body begins at a heading a reader would call one; a cover's big short lines do not begin it
      pastCover ||= STRONG.has(vocabularyKey(text)) || NUMBERED_HEADING.test(text);
      start("heading", stripInlineMarkdown(text), l, { shape: shape(text, {}) });
      flush();
      prevText = text;
      blankBefore = true; // nothing continues a heading
      continue;
    }

    if (isTocLine(text)) {
      tocSeen.add(tocTitle(text));
      // A contents line ends where its page number stands; what follows starts afresh.
      start("item", text.replace(/\s{2,}/gu, " "), l, { ordered: false });
      flush();
      prevText = null;
      blankBefore = true;
      continue;
    }
    const cur0 = current as DocBlock | null;
    const bullet = matchBullet(text, prevText, paragraphBreak, cur0?.type === "item" ? cur0.marker : undefined, nextText);
    // "- ▸ Om Bostedet Lindely", a toggle's heading as Notion exports it, its text indented under it
    const toggle = bullet ? TOGGLE.exec(bullet.text) : null;
    if (toggle && words(toggle[1], 12) <= 10 && !/[.,;:]$/u.test(toggle[1])) {
      start("heading", stripInlineMarkdown(toggle[1]), l, { shape: shape(toggle[1], {}) });
      flush();
      prevText = text;
      blankBefore = true; // nothing continues a heading
      continue;
    }
    if (bullet) {
      start("item", stripInlineMarkdown(toggle ? toggle[1] : bullet.text), l, { ordered: bullet.ordered, marker: bullet.marker });
      // the column the item's text starts in, after its bullet and the space behind it
      const lead = l.src.text.length - l.src.text.trimStart().length;
      const mark = l.src.text.trimStart().match(/^\S+\s+/u)?.[0].length ?? 0;
      hangingIndent = lead + mark;
      prevText = text;
      blankBefore = false;
      continue;
    }
    if (ATTACHMENT.test(text)) {
      start("item", stripInlineMarkdown(text), l, { ordered: false });
      prevText = text;
      blankBefore = false;
      continue;
    }

    const cur = current as DocBlock | null;
    if (cur && (cur.type === "paragraph" || cur.type === "item") && !paragraphBreak) {
      append(l, stripInlineMarkdown(text));
      if (!isBlockLine(text)) lineBlocks.delete(cur);
    } else if (cur && cur.type !== "heading" && cur.type !== "table" && !blankBefore && !listBreak && continuesAfterBreak(tail, text))
      append(l, stripInlineMarkdown(text));
    else if (cur?.type === "paragraph" && !sentenceBreak && !newPage && !labelBreak && lineBlocks.has(cur) && isBlockLine(text)) {
      // a cover's or an address's next short line: the same paragraph, on a line of its own
      appendLine(l, unglue(stripInlineMarkdown(text)));
    } else {
      start("paragraph", unglue(stripInlineMarkdown(text)), l);
      if (isBlockLine(text)) lineBlocks.add(current!);
      else if (text.length > 60 || TERMINAL.test(text)) pastCover = true;
    }
    prevText = text;
    blankBefore = false;
  }
  flush();
  return { blocks, separators, rules };
}

/** Mark the block right below each rule (`rules`: the rules' line numbers, in order). */
export function markAfterRules(blocks: DocBlock[], rules: number[]): void {
  for (let r = 0, k = 0; r < rules.length; r++) {
    while (k < blocks.length && blocks[k].position.start.line < rules[r]) k++;
    if (k < blocks.length) blocks[k].afterRule = true;
  }
}

function pos(a: { line: number; page: number | null }, b: { line: number; page: number | null }): Position {
  return { start: { line: a.line, page: a.page }, end: { line: b.line, page: b.page } };
}

/** For each line, the index of the next non-blank line after it (-1: none), in one pass from the end: a search from every blank line was quadratic in a run of them. */
function nextNonBlankIndex(lines: Line[]): Int32Array {
  const next = new Int32Array(lines.length);
  for (let i = lines.length - 1, n = -1; i >= 0; i--) {
    next[i] = n;
    if (!lines[i].blank) n = i;
  }
  return next;
}

/** A blank line after almost every line: the extractor double-spaced the text, and blanks say nothing. */
function isDoubleSpaced(lines: Line[]): boolean {
  let nonBlank = 0;
  let followedByBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank) continue;
    nonBlank++;
    if (i + 1 >= lines.length || lines[i + 1].blank) followedByBlank++;
  }
  return nonBlank >= 20 && followedByBlank / nonBlank > 0.85;
}

export const LAYOUT_GAP = /\S {3,}\S/u;

/** The width lines are wrapped at; unwrapped text (a paragraph per line) gives a large one, and no line looks short. */
function typicalWidth(texts: string[]): number {
  // Prose lines only: contents pages and timetables are short by nature, and a line of layout ("FOLKETIDENDE      LØRDAG
  // 16. JANUAR 2027      27", a paper's head over its narrow columns) is set, not wrapped.
  const lengths = texts
    .filter((t) => words(t, 6) >= 6 && !LAYOUT_GAP.test(t.trim()))
    .map((t) => t.length)
    .sort((a, b) => a - b);
  if (lengths.length === 0) return 80;
  return lengths[Math.floor(lengths.length * 0.9)];
}

/** A wrapped line that ends a sentence well short of the margin ends its paragraph. */
function endsParagraph(prev: string, width: number): boolean {
  // "… herunder bl.a." / "økonomi, HR mv." wrapped early: an abbreviation's full stop ends no sentence
  return TERMINAL.test(prev) && (prev.length < width * 0.8 || width > UNWRAPPED) && !(prev.endsWith(".") && isAbbreviation(wordBefore(prev.slice(0, -1))));
}

/**
 * Lines this long are no wrapping's: a browser's copy or a text editor's
 * file holds a paragraph to a line, and there a line that ends a sentence
 * ends its paragraph however long it is.
 */
const UNWRAPPED = 140;
/** In unwrapped text, a line shorter than this that stops without a sentence's end is a line of its own (a link, a label). */
const UNWRAPPED_SHORT_LINE = 100;

/** A year alone on its line, or with a time: the end of a date that a narrow column wrapped. */
const WRAPPED_YEAR = new RegExp(String.raw`^20\d\d(?:\s{1,3}(?:${CLOCK_WORD})\s{0,3}\d{1,2}(?:[.:]\d\d)?)?\.?$`, "u");

/**
 * Two short lines, the second capitalised, the first not reaching for more
 * (no hyphen, comma or "og" at its end), are separate lines: a title block
 * or an address, not a wrapped paragraph.
 */
function shortLineBreak(prev: string, text: string, width: number, indent = 0, prevIndent: () => number = () => 0): boolean {
  // A timetable: "Ansøgningsfrist: 14. april", "1. samtale: 23. april", each a line of its own.
  if (LABEL_LINE.test(prev) && (LABEL_LINE.test(text) || ORDERED.test(text))) return true;
  // Or its date first: "Onsdag den 21. april 2027 – 1. samtale", "22.–27. april 2027 – Test …", "8. marts 2027: Ansøgningsfrist",
  // "Herefter – Referencer …".
  // (or its week: "Uge 21 – 2. samtalerunde …" over "Uge 22 – Referencer …" over "1. august 2027 – Tiltrædelse")
  if ((DATE_ROW.test(prev) || WEEK_ROW.test(prev)) && (DATE_ROW.test(text) || WEEK_ROW.test(text) || WORD_ROW.test(text))) return true;
  if (NUMERIC_DATE_ROW.test(prev) && NUMERIC_DATE_ROW.test(text)) return true;
  // Or a list of people whose bullets were lost: "Henriette Kjærsgaard, departementschef (formand)" / "Mikkel Østergaard
  // Brandt, afdelingschef, Økonomi og Analyse", each a line of its own however long (prose has no two such lines running)
  if (isNameRoleRow(prev) && isNameRoleRow(text)) return true;
  // Or a layout table's rows, their second cells in one column: "26.-28. april 2027      Test og testtilbagemelding",
  // or its figures right-aligned: "Antal folkeskoler      14      13" over "Elever i folkeskolerne      5.080      4.990".
  if (secondCellAt(prev) > 0 && secondCellAt(prev) === secondCellAt(text)) return true;
  if (endsInFigureCell(prev) && endsInFigureCell(text)) return true;
  // a row whose first cell is empty ("            1. juni 2027      Forventet tiltrædelse" under "Uge 13      Efter aftale
  // Referencer …"): its cells stand in the columns of the row above
  // (the line above's indent looked up only for an indented line: most are not)
  if (indent > 0) {
    const above = prevIndent();
    if (indent > above && inColumnsOf(prev, text, indent - above)) return true;
  }
  // A narrow column's date whose year (and time) wrapped: "mandag den 12. april" over "2027 kl. 09.00" is one date.
  if (WRAPPED_YEAR.test(text) && MONTH_WORDS.has(prev.split(/\s+/u).at(-1)!.replace(/\.$/u, "").toLowerCase())) return false;
  // In a text of a paragraph a line (a browser's copy) no line was wrapped: a link's text of 70 characters ends its line.
  const short = width > UNWRAPPED ? UNWRAPPED_SHORT_LINE : Math.min(width * 0.6, 60);
  if (prev.length >= short || !/^[A-ZÆØÅ0-9]/u.test(text)) return false;
  const lastWord = prev.split(/\s+/u).at(-1)!.toLowerCase();
  return !/[-,;(]$/u.test(prev) && !TRAILING_FUNCTION_WORDS.has(lastWord);
}

/**
 * Where a layout table's second cell starts in a row (after three spaces or more), or -1. A table's first cell is
 * short (a date, a label); a long one is a column of prose beside another the column reader left woven.
 */
function secondCellAt(text: string): number {
  const gap = GAP.exec(text);
  if (!gap) return -1;
  const first = text.slice(0, gap.index).trim();
  // a date's cell may be long: "Mandag den 1. til fredag den 5. marts 2027", "Mandag den 15. februar 2027 kl. 12.00"
  return first.length <= FIRST_CELL_CHARS || (first.length <= DATE_CELL_CHARS && DATE_CELL.test(first)) ? gap.index + gap[0].length : -1;
}
// (the row's cells are told by their columns in the source, where the page set them, before its lines are trimmed)
const indentOf = (l: { src: { text: string } } | undefined) => (l ? l.src.text.length - l.src.text.trimStart().length : 0);
// (the row above may stand across a blank line: a table's rows spaced out)
function lastNonBlank<T extends { blank?: boolean }>(lines: readonly T[], i: number): T | undefined {
  for (let j = i - 1; j >= 0; j--) if (!lines[j].blank) return lines[j];
  return undefined;
}
/** Where each cell of a layout row starts: at the line's start, and after three spaces or more. */
function cellStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?:^|(?<=\S) {3,})(?=\S)/gu)) out.push(m.index + m[0].length);
  return out;
}
/** Two cells or more, the line indented by `indent`, each under a cell of the row above, which has more. */
function inColumnsOf(prev: string, text: string, indent: number): boolean {
  // its first cell a row's: a date, a week, a weekday; a wrapped cell's next line with a name ("MPA og Garuda
  // Direktionen") is none, and one that goes on in small letters is joined by the wrapped cell's own rule
  if (!GAP.test(text) || !DAY_OR_WEEK_CELL.test(text)) return false;
  const above = cellStarts(prev);
  const here = cellStarts(text).map((at) => at + indent);
  return here.length >= 2 && above.length > here.length && here.every((at) => above.includes(at));
}
const FIRST_CELL_CHARS = 32;
const DATE_CELL_CHARS = 56;
// (two days in it: "Mandag den 15. og tirsdag den 16. marts 2027", "Onsdag den 17. – fredag den 19. marts 2027")
const DATE_CELL = new RegExp(String.raw`^(?:\p{L}{3,8}dag(?: den)? )?\d{1,2}\.?(?:\s?(?:[–-]|og)\s?(?:\p{L}{3,8}dag(?: den)? )?\d{1,2}\.?)?\s?(?:${MONTH_ALTERNATION}|til )`, "iu");
const GAP = /(?<=\S) {3,}(?=\S)/u;
/** A layout row whose first cell, a date, ends on a word that goes on ("og", "til", a dash): the cell, the gap, the rest. */
const WRAPPED_FIRST_CELL = new RegExp(String.raw`^(\n?[^\s][^\n]{0,60}?\s(?:${DATE_JOINERS.join("|")}|[–-]))( {3,})(\S[^\n]*)$`, "u");
/** A date's start, in its cell or on the cell's next line: a weekday, "den", a day's number ("torsdag den 18. februar 2027"). */
const DATE_GOES_ON = new RegExp(String.raw`^(?:(?:${WEEKDAY_ALTERNATION})(?!\p{L})|den\s|d\.\s|\d)`, "iu");

/**
 * A lead-in's colon opens a list, one entry a line; "Vi forventer, at du" opens one without it, as a web page copied
 * with its list's bullets lost gives it ("Vi forventer, at du" / "er uddannet sygeplejerske …" / "har klinisk erfaring …").
 */
const opensList = (prev: string) => /:$/u.test(prev) || BARE_EXPECTATION.test(prev.trim());

/**
 * In a list a lead-in's colon opens, a line after one that stops short of the
 * margin, where its first word would have fitted, is the next entry, however
 * long the one before
 * ("Lægefaglig direktør Anna Sofie Thygesen, Regionshospital Nordjylland"
 * over "Sygeplejefaglig direktør Merete Kold, …"): a PDF's lines without
 * bullets, which wrapped prose would have filled. An item with a bullet
 * goes on over such a line: its bullet marks where the next one begins.
 */
function listLineBreak(prev: string, text: string, width: number): boolean {
  // A wrapped entry's line is one the next word would not fit on; an entry may begin in lower case ("har erfaring med …").
  // Letters are not all as wide: the next word fits for sure only well inside the margin.
  const nextWord = text.split(/\s/u, 1)[0];
  if (!/^\p{L}/u.test(text) || /[-,;(]$/u.test(prev)) return false;
  // a full line that ends in a colon may be a sentence wrapped there ("… i tre enheder:" / "Økonomi og Indkøb, …")
  if (prev.length + 1 + nextWord.length > width * 0.9) return false;
  return !TRAILING_FUNCTION_WORDS.has(prev.split(/\s+/u).at(-1)!.toLowerCase());
}

/**
 * A line of a cover, a title block or a postal address ("VIBORG", "KOMMUNE",
 * "Weidekampsgade 10", "Juni 2026"): short, no punctuation that makes it a
 * sentence, a label or a contact, and not shaped like a person's name, whose
 * lines (a committee listed one member a line) the extractors read one by one.
 * Such lines stay one paragraph with their line breaks, neither glued into
 * one line nor exploded into a paragraph each.
 */
function isBlockLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 50 || /[.,;:!?@|()]/u.test(t) || /\d{4}\s?\d{4}/u.test(t) || LABEL_LINE.test(t) || ORDERED.test(t) || BULLET.test(t)) return false;
  const ws = t.split(/\s+/u);
  // "Mai-Britt Iversen", "Rådmand Jens Munk": capitalised words only, none in capitals or with a digit
  const nameShaped = ws.length >= 2 && ws.length <= 4 && ws.every((w) => /^[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?$/u.test(w));
  return !nameShaped;
}

/** Before any heading, a short line run on by another ("VIBORG" / "KOMMUNE") is the cover's, not a heading. */
function coverLine(text: string, nextText: string | null, blankAfter: boolean, pastCover: boolean): boolean {
  // e.g. "Om os" / "Kommune i vækst" in the body stay a heading and its line; "Dagsorden" over its slides, a contents list's
  if (pastCover || !isBlockLine(text) || STRONG.has(vocabularyKey(text)) || CONTENTS_HEADINGS.has(vocabularyKey(text))) return false;
  return unglue(text) !== text || (!blankAfter && nextText !== null && isBlockLine(nextText));
}

/** A line no signature holds: a known heading, a sentence, a fact label other than a contact's ("Ansøgningsfrist: …"). */
function endsSignature(text: string): boolean {
  const t = text.trim();
  if (STRONG.has(vocabularyKey(t))) return true;
  if (TERMINAL.test(t) && words(t, 6) >= 6) return true;
  const label = /^([\p{L} .-]{2,30}?):/u.exec(t);
  const kind = label ? FACT_LABELS.get(vocabularyKey(label[1])) : undefined;
  return kind !== undefined && kind !== "yderligere";
}

/** The lines a signature holds under its closing, at most: a name, a title, a phone, an address. */
const LETTER_SIGNATURE_LINES = 4;

const EMOJI_LEAD = /^\p{Extended_Pictographic}\uFE0F?\s+(\S.*)$/u;
/** A line led by a pictograph and a space, beside another such line: a list's entry (or its heading), its text after the mark; else null. */
function emojiEntry(text: string, prev: string | null, next: string | null): string | null {
  const m = EMOJI_LEAD.exec(text);
  return m && (EMOJI_LEAD.test(prev ?? "") || EMOJI_LEAD.test(next ?? "")) ? m[1] : null;
}

/** A fact box's label alone on its line ("Ansættelsestype", "Job-ID"), capitalised as a label is. */
const isFactLabelAlone = (text: string) => text.length <= 30 && /^\p{Lu}/u.test(text) && FACT_LABELS.has(vocabularyKey(text));

/** "KjeldgaardJuni 2026": an extractor glued a credit line to the date below it; the date goes on its own line. */
function unglue(text: string): string {
  if (text.length > 60) return text;
  const m = /(?<=\p{Ll})(\p{Lu}\p{Ll}{2,9})(?=\s\d{4}$)/u.exec(text);
  return m && MONTH_WORDS.has(m[1].toLowerCase()) ? `${text.slice(0, m.index)}\n${text.slice(m.index)}` : text;
}

/** A line that is only a link address ends its paragraph when the next line starts a sentence ("https://…/edd50" / "Læs kommunens …"). */
function afterBareUrl(prev: string, text: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/u.test(prev.trim()) && /^[A-ZÆØÅ]/u.test(text);
}

/** After a page break: the previous block (its last characters) stopped mid-sentence and this line goes on in lower case. */
function continuesAfterBreak(prevBlockTail: string, text: string): boolean {
  return !TERMINAL.test(prevBlockTail) && /^[a-zæøå]/u.test(text) && !BULLET.test(text);
}

function matchBullet(
  text: string,
  prevText: string | null,
  paragraphBreak: boolean,
  listMarker: string | undefined,
  nextText: string | null = null,
): { text: string; ordered: boolean; marker: string } | null {
  const b = text.match(BULLET);
  if (b) {
    // A dash or an "o" at the start of a wrapped line may be the sentence going on ("… kan – men behøver ikke");
    // not when the next line opens on the same mark: "Vi søger en leder, der" over "- har …" / "- er …" is a list
    const weak = b[1] === "-" || b[1] === "–" || b[1] === "—" || b[1] === "o" || b[1] === "*" || b[1] === "+";
    const run = nextText !== null && nextText.match(BULLET)?.[1] === b[1];
    if (!weak || run || paragraphBreak || prevText === null || TERMINAL.test(prevText) || BULLET.test(prevText) || listMarker === b[1])
      return { text: b[2], ordered: false, marker: b[1] };
    return null;
  }
  const o = text.match(ORDERED);
  if (o) {
    if (isWrappedDay(o[2])) return null;
    const firstWord = o[2].split(/\s/u)[0].toLowerCase().replace(/[.,]$/u, "");
    // "1. viceborgmester Poul Erik Bach": a title's ordinal among a committee's lines
    if (ORDINAL_TITLES.has(firstWord)) return null;
    // The number stays in the text: in "2. samtale: 30. april" it is the content, not only the list's order.
    if (paragraphBreak || prevText === null || ORDERED.test(prevText) || /[:;]$/u.test(prevText) || listMarker === "ordered")
      return { text, ordered: true, marker: "ordered" };
  }
  return null;
}

/** "7. juni, og anden samtalerunde …": what follows a number is a month's name, a date wrapped to the line start, no item. */
export function isWrappedDay(afterNumber: string): boolean {
  // ("3. marts-møde": the month's name before a hyphen too)
  return MONTH_WORDS.has(afterNumber.split(/[\s-]/u)[0].toLowerCase().replace(/[.,]$/u, ""));
}

interface HeadingContext {
  paragraphBreak: boolean;
  /** The line before ends in a colon: what follows is its content ("Udvalget består af:"). */
  afterColon?: boolean;
  blankAfter: boolean;
  nextText: string | null;
  width: number;
  doubleSpaced: boolean;
  /** The line before, when it runs on into this one (no blank line between). */
  prevText?: string | null;
}

/**
 * A PDF loses the bold of a heading, and its list items their bullets and
 * full stops: a known heading ("Løn og vilkår", "Det får du.") on a short
 * line of its own, capitalised and followed by a capitalised line, still
 * opens a section after such an item. After a fact box's label line it is
 * a button copied with the page ("Tiltrædelse: 1. april" over "Søg
 * stillingen"), unless closed like a sentence; a single word there is the
 * next label of a fact box ("Løn" over "Efter overenskomst").
 */
const knownAlone = (plain: string, ctx: HeadingContext) =>
  /^\p{Lu}/u.test(plain) &&
  /\s/u.test(plain) &&
  (/[.?]$/u.test(plain) || !LABEL_LINE.test(ctx.prevText ?? "")) &&
  plain.length < ctx.width * 0.6 &&
  !!ctx.nextText &&
  /^\p{Lu}/u.test(ctx.nextText) &&
  STRONG.has(normaliseHeading(plain));
/** "Aalborg · Fuld tid · Ref.nr. 2027-118", "Region Nordjylland, Koncern IT, Aalborg": a posting's particulars in a row, in bold or not. */
const PARTICULARS = / · .* · |, .*, /u;
/** A case's or a posting's number: "Ref.nr. 2027-118", "Ref. no. 12", "J.nr. 27-0412", "Sagsnr.: 88", "Stillingsnummer 2027-0219". */
const REFERENCE_NUMBER = /(?<!\p{L})(?:(?:ref|j|sags|journal|stillings|job)\.?\s?(?:nr|no)\.?|(?:stillings|job|sags|journal|reference)nummer|job-?id):?\s?\d/iu;

/** "Den vi leder efter", "Det vi står for", "Hvad du kan se frem til": a clause whose preposition ends it. */
const STRANDED = /\b(?:vi|du|I|man)\s+\p{L}+(?:\s+\p{L}+)?\s+(?:efter|for|på|med|til|om)$/u;
const isStyled = (plain: string) => NUMBERED_HEADING.test(plain) || (plain === plain.toUpperCase() && /\p{Lu}/u.test(plain));

/** A heading is known by its shape: short, unpunctuated, isolated, capitalised, numbered — or by its words. */
export function isHeading(text: string, ctx: HeadingContext): boolean {
  const plain = stripInlineMarkdown(text).trim();
  if (!plain || plain.length > 90) return false;
  // In running text only a styled known heading opens a section (below): most lines are running text.
  if (!ctx.paragraphBreak && !isStyled(plain) && !knownAlone(plain, ctx)) return false;
  if (words(plain, 12) > 12) return false;
  // "KL", "HR": an address line or an acronym, too little to name a section.
  if (!THREE_LETTERS.test(plain)) return false;
  if (DOCUMENT_TYPE_PHRASES.some((re) => re.test(plain))) return false;
  // "Udarbejdet af Hvidberg & Kvist i samarbejde med Vordingborg Kommune": who wrote the document, a cover's byline
  if (BYLINE_OR_SALUTATION.test(plain)) return false;
  // A known heading after an unpunctuated list item still opens a section when it is styled as one; nothing else there does.
  if (!ctx.paragraphBreak) return STRONG.has(normaliseHeading(plain));
  if (STRONG.has(normaliseHeading(plain))) return true;
  // "Søg stillingen her": a link's call to apply, never a heading
  // (nor a link to a file, "Organisationsdiagram (PDF, 96 KB)")
  if (ATTACHMENT.test(plain) || isTocLine(plain) || DATE_VALUE.test(plain) || APPLY_CALL.test(plain) || FILE_LINK.test(plain)) return false;
  if (/[.,;]$/u.test(plain) || /:$/u.test(plain)) return false;
  // "(Algoritmen kan ikke lide links i selve opslaget 🙈)", "Jeg tager gerne en snak over en kop kaffe ☕": an aside in
  // brackets, or the writer speaking, without a full stop
  if (/^\(.*\)$/u.test(plain) || /^jeg\s/iu.test(plain)) return false;
  // "Vi glæder os til at høre fra dig", its full stop left out: a posting's last words, no heading
  if (isClosingStatement(plain)) return false;
  // "Ansøgningsfrist: 14. april 2025" is a label and its value, not a heading.
  if (/:\s+\S/u.test(plain) && !NUMBERED_HEADING.test(plain)) return false;
  // a phone number, whole or cut by the line's end ("Bo Stenholt, tlf. 62 23"), belongs to a sentence
  if (/https?:|www\.|@|\d{4}\s?\d{4}|\d\d \d\d \d\d \d\d|(?<!\p{L})(?:tlf|telefon|mobil)\.?:?\s?\d/iu.test(plain) || ADDRESS_LINE.test(plain)) return false;
  // "Aalborg · Fuld tid · Ref.nr. 2027-118", "Region Nordjylland, Koncern IT, Aalborg": a posting's particulars in a row, not a heading
  if (PARTICULARS.test(plain) || REFERENCE_NUMBER.test(plain)) return false;
  // "Kirsten Møllgaard Bech, hospitalsdirektør (formand)": a member or a contact a line, the name before its role, alone
  // or in a list of them ("… over Mikkel Østergaard Brandt, afdelingschef"), no heading
  if (isNameRoleRow(plain)) return false;
  if ((BULLET.test(plain) || ORDERED.test(plain)) && !NUMBERED_HEADING.test(plain)) return false;
  const numbered = plain.match(NUMBERED_HEADING);
  const body = numbered ? numbered[2] : plain;
  const first = body.split(/\s+/u)[0].toLowerCase().replace(/[.,]$/u, "");
  if (numbered && (MONTH_WORDS.has(first) || /^\d/u.test(body))) return false;
  if (!/^[A-ZÆØÅ0-9"“”'‘’(]/u.test(body)) return false;
  const last = body.split(/\s+/u).at(-1)!.toLowerCase().replace(/[?!]$/u, "");
  // "4. Den vi leder efter": a chapter's number marks a heading that a stranded preposition ends; elsewhere such a line wraps on
  // (a question strands its preposition where a sentence ends, no line's wrap: "Har du det, der skal til?")
  if (TRAILING_FUNCTION_WORDS.has(last) && !(numbered && STRANDED.test(body)) && !body.endsWith("?")) return false;
  if (ctx.afterColon) return false;
  // "Navn      Funktion" over "Mette Ravnkilde      Borgmester": the head of a table laid out with spaces, one of its rows
  // (but "Bilag 1   Skolevæsenet i tal" over its table is the appendix's heading)
  if (LAYOUT_GAP.test(plain) && ctx.nextText && LAYOUT_GAP.test(ctx.nextText) && !APPENDIX_HEADING.test(normaliseHeading(plain))) return false;
  if (ctx.nextText && numbered && ctx.nextText.match(NUMBERED_HEADING)?.[1] === String(Number(numbered[1]) + 1)) return false;
  if (ctx.nextText && !/^[A-ZÆØÅ0-9•●▪■►\-–*o"“(]/u.test(ctx.nextText)) return false;
  if (ctx.doubleSpaced || !ctx.blankAfter) {
    // Dense text: only a line well short of the margin can stand alone.
    return plain.length < ctx.width * 0.6 && words(plain, 8) <= 8;
  }
  return true;
}

function shape(text: string, extra: Partial<HeadingShape>): HeadingShape {
  const plain = stripInlineMarkdown(text).trim();
  const numbering = plain.match(NUMBERED_HEADING)?.[1] ?? null;
  const letters = plain.replace(/[^A-Za-zÆØÅæøå]/gu, "");
  return {
    markdownLevel: null,
    numbering,
    bold: false,
    allCaps: letters.length >= 3 && letters === letters.toUpperCase(),
    known: STRONG.has(normaliseHeading(plain)),
    ...extra,
  };
}

/** Undo hard wrapping; undo line-break hyphenation but keep real hyphens ("Økonomi- og", "MED-organisationen", "politisk-strategiske"). */
export function joinWrapped(before: string, after: string): string {
  if (!before) return after;
  if (!after) return before;
  const { separator, dropHyphen } = wrapJoint(before.slice(-TAIL), after);
  return (dropHyphen ? before.slice(0, -1) : before) + separator + after;
}

/** How much of a paragraph's end the joiner and the page-break test read. */
const TAIL = 64;

/** How a wrapped line joins the text before it, from that text's last characters only. */
function wrapJoint(tail: string, after: string): { separator: string; dropHyphen: boolean } {
  const m = tail.endsWith("-") ? tail.match(/(?<![A-Za-zÆØÅæøå])([A-Za-zÆØÅæøå]+)-$/u) : null;
  if (m) {
    const nextWord = after.split(/\s/u, 1)[0];
    if (/^(og|eller|samt|til|and|or)$/u.test(nextWord)) return { separator: " ", dropHyphen: false };
    // An upper-case stem (MED-, IT-, KL-) or a capitalised continuation is a real compound hyphen.
    if (m[1] === m[1].toUpperCase() || /^[A-ZÆØÅ0-9]/u.test(nextWord)) return { separator: "", dropHyphen: false };
    // Compound adjectives keep theirs: politisk-strategisk, faglig-administrativ.
    if (/(isk|lig|ig)$/u.test(m[1]) && /(isk|lig|ig|e|t)$/u.test(nextWord.replace(/[.,;:]$/u, ""))) return { separator: "", dropHyphen: false };
    return { separator: "", dropHyphen: true };
  }
  // "personalehåndbog/-" + "politik": a suspended compound after a slash goes on without a space
  if (tail.endsWith("/-")) return { separator: "", dropHyphen: false };
  return { separator: " ", dropHyphen: false };
}

/** A Markdown heading's text without its closing hashes and spaces ("# Jobprofil ##"), cut from the end in linear time. */
function mdHeadingText(text: string): string {
  let end = text.trimEnd().length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x23) end--;
  return text.slice(0, end).trimEnd();
}

/** The chapter titles a contents page lists ("6. Sådan foregår det ..... 9"), as written, when it lists two or more. */
function contentsTitles(texts: string[]): Set<string> {
  const titles = new Set<string>();
  for (const text of texts) if (isTocLine(text)) titles.add(tocTitle(text));
  if (titles.size >= 2) return titles;
  return listedChapters(texts);
}

/**
 * "Indhold" over "Afsnit 1: Baggrund for stillingen", "Afsnit 2: Bostedet og
 * beboerne", … with no page numbers: the short lines under a contents heading
 * that stand again further down, each of them a chapter's heading there.
 */
function listedChapters(texts: string[]): Set<string> {
  const at = texts.findIndex((t) => t.length <= 40 && CONTENTS_HEADINGS.has(vocabularyKey(t)));
  if (at < 0) return new Set();
  const listed: string[] = [];
  for (let i = at + 1; i < texts.length && listed.length < 40 && texts[i].length <= 80 && !/[.!?]$/u.test(texts[i].trim()); i++) {
    const line = texts[i].replace(/\s+/gu, " ").trim();
    // the first chapter listed standing again is where the text begins
    if (listed.includes(line)) break;
    listed.push(line);
  }
  const later = new Set(texts.slice(at + 1 + listed.length).map((t) => t.replace(/\s+/gu, " ").trim()));
  const again = listed.filter((t) => later.has(t));
  return again.length >= 2 ? new Set(again) : new Set();
}

/** A contents line's title: its page number and leader cut from the end, by a scan (a pattern for them backtracks on a long leader). */
function tocTitle(text: string): string {
  let i = text.length;
  while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  while (i > 0 && (isSpace(text.charCodeAt(i - 1)) || text[i - 1] === "." || text[i - 1] === "…")) i--;
  return text.slice(0, i).replace(/\s+/gu, " ").trim();
}

/** The line ends in a cell of a figure ("… 2.784", "… 26,6", "… 17,9 %") set `gap` spaces or more after the text before it. */
function endsInFigureCell(text: string, gap = 3): boolean {
  let f = text.length;
  if (text.endsWith("%")) f--;
  while (f > 0 && isSpace(text.charCodeAt(f - 1))) f--;
  const end = f;
  while (f > 0 && (isDigit(text.charCodeAt(f - 1)) || text[f - 1] === "." || text[f - 1] === ",")) f--;
  let g = f;
  while (g > 0 && isSpace(text.charCodeAt(g - 1))) g--;
  return f < end && isDigit(text.charCodeAt(end - 1)) && f - g >= gap && g > 0;
}

/**
 * A contents line: a title of 2 to 80 characters, a leader (three dots, two
 * ellipses or three spaces) and a page number of one to three digits at the
 * end — `^.{2,80}?\s*(?:\.{3,}|…{2,}|\s{3,})\s*\d{1,3}$`, read once from the
 * end: the pattern retried its lazy title at every length over a long run of
 * spaces or tabs, a minute for a line of 800 spaces. `gap`: the spaces a
 * leader needs; two will do under a contents heading, where the line is
 * known to be one ("Forord fra bestyrelsen  3").
 */
export function isTocLine(text: string, gap = 3): boolean {
  let i = text.length;
  while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  if (text.length - i < 1 || text.length - i > 3 || /[\n\r\u2028\u2029]/u.test(text)) return false;
  // the title may end anywhere from `lo` to `hi`
  const fits = (lo: number, hi: number) => Math.max(lo, 2) <= Math.min(hi, 80);
  let k = i;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
  // "Areal (km²)      768      768      768": a table's row of figures, its columns set apart as a contents line's page is
  if (endsInFigureCell(text.slice(0, k), gap)) return false;
  if (i - k >= gap && fits(k, i - gap)) return true;
  const leader = text[k - 1];
  if (leader !== "." && leader !== "…") return false;
  const need = leader === "." ? 3 : 2;
  let m = k;
  while (m > 0 && text[m - 1] === leader) m--;
  if (k - m < need) return false;
  let w = m;
  while (w > 0 && isSpace(text.charCodeAt(w - 1))) w--;
  return fits(w, k - need);
}

function splitRow(text: string): string[] {
  return text
    .replace(/^\|/u, "")
    .replace(/\|$/u, "")
    .split("|")
    .map((c) => stripInlineMarkdown(c.trim()));
}
