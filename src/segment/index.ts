/**
 * Blocks into sections. The headings give the structure (which open a
 * section, which nest under one); the kind of every piece of text is decided
 * once over the whole document (`decode.ts`), from its words, the headings
 * and lead-in lines above it, and the genre's order. A section ends where the
 * kind changes, even without a heading there.
 */
import type { Block, ListItem, Section, SectionKind, Subsection } from "../schemas/record.js";
import type { DocBlock, HeadingShape } from "../normalise/index.js";
import { classifyHeading, isKnownHeading } from "./classify.js";
import { decode, type Boundary, type Cue, type Piece } from "./decode.js";
import { MODEL_KINDS } from "./kinds.js";
import { wordEvidence } from "./model.js";
import {
  CONTENTS_HEADINGS,
  NEWSLETTER_CONTENTS,
  DOCUMENT_TYPE_PHRASES,
  FACT_LABELS,
  GENERIC_HEADINGS,
  OFFER_HEADINGS,
  FACT_BOX_HEADINGS,
  LEAD_IN_MEANS,
  ASKED_OF_THE_POST,
  BARE_EXPECTATION,
  FIRST_PERIOD,
  LEAD_IN_PATTERNS,
  OPEN_CLAUSE,
  PORTAL_DOCUMENT_LABELS,
  normaliseHeading,
  TEASER_QUESTION,
  ORGANISATION_HEADING,
  ORGANISATION_NOUNS,
  vocabularyKey,
  WORKPLACE_LABELS,
} from "../vocabulary/headings.js";
import { APPLY_CALL, BANNERS, FETCH_CALL, FILE_LINK, REPOSTED, isColophon, READ_CALL, LANGUAGE_SWITCH, LINK_LINES, MAIL_CLOSING, MAIL_DISCLAIMERS, OFFICE_HOURS_LABEL, OTHER_POSTINGS_HEADING, POSTING_NOTES, PRINT_CREDIT, PUBLICATION_ISSUE, PUBLICATION_LINE } from "../vocabulary/furniture.js";
import { isContactDetails } from "../normalise/furniture.js";
import { isOrganisationName } from "../vocabulary/employers.js";
import { isClosingStatement, isDiversityStatement } from "../vocabulary/closing.js";
import { ATTESTATION, isInterviewStatement, isProcessStatement, TIMETABLE_DATE_HEADS } from "../vocabulary/process.js";
import { isOfferStatement, isSmokeFreeStatement, OFFER_GOES_ON, isStartStatement, isTermsStatement, isWorkplaceStatement } from "../vocabulary/terms.js";
import { withoutTrailingPictographs } from "../vocabulary/marks.js";
import { isPersonItem, isPersonParagraph } from "../vocabulary/person.js";
import { isEmployerPresentation, isVacancyReason } from "../vocabulary/presentation.js";
import { BACK_POINTERS } from "../vocabulary/abbreviations.js";
import { MONTH_ALTERNATION } from "../vocabulary/dates.js";
import { ANNOUNCING_VERBS, ANOTHER_POST, BOTH_POSTS, ENGLISH_ANNOUNCEMENT, POINTS_TO_ITS_AD, HEADLINE_PASSIVE, HIRING_VERBS, NOT_AN_ORGANISATION, POSITION_WORDS, POST_PLACE_WORDS, isJobOpening, isPositionNoun, isReportingLine } from "../vocabulary/positions.js";
import { holdsContactDetail, onlyOrganisationMailboxes } from "../vocabulary/contact-details.js";
import { isConsultancyHeading, isConsultancyName } from "../vocabulary/consultancies.js";
import { words } from "../normalise/words.js";
import { isTocLine } from "../normalise/blocks.js";
// The sentence splitter the fact extractors use too, so that both steps agree on where a sentence ends (the segmenter
// reads a long sentence's clauses at its semicolons apart as well: `clausesOf`).
import { firstSentence, splitSentences } from "../normalise/sentences.js";

/** How a heading looks, so that headings styled like the document's top level open sections. */
function styleRank(shape: HeadingShape | undefined): string {
  if (!shape) return "plain";
  if (shape.markdownLevel !== null) return `md${shape.markdownLevel}`;
  if (shape.numbering !== null) return `num${shape.numbering.split(".").length}`;
  if (shape.bold) return "bold";
  if (shape.allCaps) return "caps";
  return "plain";
}

/** Styles that tell levels apart; plain lines do not. */
const isDistinctive = (style: string) => style !== "plain";

const BILAG_LINE = /^(?:bilag|appendiks|appendix)\s*(?:\d{1,2}\s*)?[:.–|·-]\s*\S/iu;
/** "Bilag 1. Organisationsdiagram": an attachment by its number, no list's "Bilag: CV og eksamensbevis". */
const NUMBERED_BILAG = /^(?:bilag|appendiks|appendix)\s*\d{1,2}\s*[:.–|·-]\s*\S/iu;

interface Draft {
  kind: SectionKind;
  heading: DocBlock | null;
  content: DocBlock[];
  subsections: { heading: DocBlock; content: DocBlock[] }[];
}

/** Why a piece of text got its kind: `jobprofil explain` prints these. */
export interface Explanation {
  position: DocBlock["position"];
  kind: SectionKind;
  text: string;
  /** The cues from headings, lead-ins and labels, then the word model's three best kinds. */
  why: string[];
}

export interface SegmentOptions {
  /** Filled with one explanation per piece of text, in document order. */
  explain?: Explanation[];
}

/** How much each kind of cue weighs against the words of the text itself (the word model's scores lie within −8…0). */
export const CUE_WEIGHT = {
  /** A heading the vocabulary knows ("Personprofil"): its content is its kind, short of a contradiction. */
  known: 12,
  /** A known heading that advertisements put over anything ("Om stillingen", "Vi tilbyder"). */
  generic: 5,
  /** A heading whose words suggest a kind ("Ledelsesmæssige kompetencer"). */
  weak: 5,
  /** An unknown heading's own words, through the word model, at most this much. */
  unknown: 2.5,
  /** A line ending in a colon before a list ("Vi forventer, at du:"). */
  leadIn: 8,
  /** "Vi forventer, at du:" under the job's heading: it leans, the list's words decide. */
  expectation: 2,
  /** A fact box's label ("Ansøgningsfrist: …"): the line says what it is, whatever the heading above. */
  label: 14,
  /** Text before the first heading: the introduction, unless its words say otherwise. */
  cover: 2,
  /** A fact box's line of where or what the post is ("Afdeling: …") in a text's second half: the box's, short of a known heading over it. */
  factBox: 8,
  /** A question before the first heading ("Er du vores nye leder?"): a teaser. */
  teaser: 4,
  /**
   * A sentence before the first heading in which the employer hires ("Frederiksberg Kommune søger en ny skolechef …",
   * "The Faculty of Science … invites applications for the position of …"): the introduction's, though its words name
   * the post's tasks. It must outweigh the word model's lean (up to 8) with the cover's own cue (2).
   */
  announcement: 7,
  /** "Bilag 1: Organisationsdiagram". */
  attachment: 20,
  /**
   * A footer of contact details ("Niels Bohrs Vej 30 · 9220 Aalborg Øst"): it
   * must outweigh a known heading above it (12) and the cost of going back to
   * the cover's kind at the end of the text (8, and a change of kind, 2.5).
   */
  footer: 24,
  /**
   * A link's text on its own line ("Læs hele job- og personprofilen her",
   * "Læs mere om at arbejde på Nationalmuseet"): a pointer to more, further
   * information, under whatever known heading it stands (15: past a known heading's 12 and the cost of going back in
   * the genre's order, as "Søg stillingen her" under "Hvem kan du kontakte?" must).
   */
  link: 15,
  /**
   * A sentence a posting closes with ("Har du spørgsmål, så ring til …", "… opfordrer alle uanset baggrund til at
   * søge"): further information under any heading. It must outweigh a known heading (12) and leaving that heading's
   * kind and coming back to it between two sentences (3 each way, and 1 for going back in the genre's order).
   */
  closing: 20,
  /**
   * A paragraph of "Du har …", "Du er …", "Du trives …" sentences after the tasks' list (isPersonParagraph): the
   * person, over the known heading the tasks stood under (12).
   */
  person: 14,
  /**
   * A paragraph that opens on what the post holds ("Som skolechef får du ansvaret for …") under the employer's
   * presentation: the job, over the known heading (12) it stands under.
   */
  job: 14,
  /**
   * A post's name set in capitals before the first heading ("IT-CHEF TIL DRIFT OG INFRASTRUKTUR"), after a mail's
   * or a page's words: the title, cover matter. It must outweigh the words of the post it names and the cost of
   * going back to the cover's kind (8).
   */
  title: 12,
  /**
   * A sentence that tells a step of the process ("Samtaler forventes afholdt i uge 14", "Ansøgningen sendes
   * elektronisk") after the terms or the contacts, with no heading of its own: the process, as a closing sentence
   * is further information, and for the same reasons as much.
   */
  process: 20,
  /**
   * A line that gives the start ("Start den 1. maj 2027.") under the terms' heading or the process's: that heading's,
   * whatever its date's words suggest to the word model (dates are the timetable's there); and a sentence that opens on
   * what the post offers ("Vi kan tilbyde et team …"), the terms'. It must outweigh the word model's lean (up to 8)
   * short of a known heading of another kind.
   */
  term: 8,
  /**
   * Why the post is open ("Vores nuværende centerchef går på pension til foråret"): the introduction under any heading,
   * as a closing sentence is further information, and for the same reasons as much.
   */
  vacancy: 20,
  /**
   * A sentence of the checks before hiring ("… skal have udarbejdet en straffeattest"): the process, short of a known
   * heading (12), under which it may be the terms'.
   */
  attestation: 8,
  /**
   * A paragraph presenting the employer by its size ("Norddjurs Kommune har ca. 37.000 indbyggere …") under the
   * process's or the contacts' heading at an ad's end: the introduction, over the known heading (12) and the cost of
   * leaving its kind and coming back.
   */
  presentation: 16,
};

type Role = "top" | "sub" | "content";
interface Slot {
  block: DocBlock;
  role: Role;
  /** Before the first heading. */
  inCover?: boolean;
  /** The text's last line, a heading over nothing ("Holbæk Kommune – vi skaber sammen"): the page's foot. */
  lastLine?: boolean;
}

export function segment(input: DocBlock[], options: SegmentOptions = {}): Section[] {
  const blocks = prepare(input);
  markOtherNews(blocks);
  const firstOpen = findFirstSectionHeading(blocks);
  const coverEnd = firstOpen === -1 ? blocks.length : firstOpen;
  const proseAt = coverProseStart(blocks, coverEnd);
  const drafts: Draft[] = [];
  if (proseAt > 0) drafts.push({ kind: "andet", heading: null, content: blocks.slice(0, proseAt).map(asParagraph), subsections: [] });

  const slots: Slot[] = [];
  for (let i = proseAt; i < coverEnd; i++) slots.push({ block: asParagraph(blocks[i]), role: "content", inCover: true });
  if (firstOpen !== -1) slots.push(...bodySlots(blocks, firstOpen));

  const { pieces, owners } = piecesOf(slots);
  const decisions = decode(pieces, { explain: !!options.explain });
  if (options.explain) {
    // the title block is decided before any piece is weighed: said so, or a document that is all title block explains nothing
    for (const b of blocks.slice(0, proseAt)) options.explain.push({ position: b.position, kind: "andet", text: b.text, why: ["the cover's title block (the short lines before the first prose)"] });
    for (let i = 0; i < pieces.length; i++)
      options.explain.push({
        position: slots[owners[i]].block.position,
        kind: decisions[i].kind,
        text: pieces[i].text,
        why: [
          ...pieces[i].cues.map((c) => `${c.source} → ${c.kind} +${c.weight}`),
          ...(pieces[i].boundary === "attached" ? ["an attribution under its quote: the quote's kind"] : []),
          `words${decisions[i].weighed ? "" : pieces[i].boundary === "attached" ? " (not weighed: the quote's)" : " (not weighed: a decisive cue)"}: ${decisions[i].words.map(([k, s]) => `${k} ${s}`).join(", ")}`,
        ],
      });
  }

  // Each slot's parts: a paragraph whose sentences differ in kind is split where they change.
  const parts: { slot: Slot; block: DocBlock; kind: SectionKind | null }[] = [];
  for (let i = 0, p = 0; i < slots.length; i++) {
    const slot = slots[i];
    if (slot.role !== "content") {
      parts.push({ slot, block: slot.block, kind: null });
      continue;
    }
    const mine: number[] = [];
    while (p < owners.length && owners[p] === i) mine.push(p++);
    let runStart = 0;
    for (let j = 1; j <= mine.length; j++) {
      if (j < mine.length && decisions[mine[j]].kind === decisions[mine[runStart]].kind) continue;
      // a fact box's lines stay lines, a fact table's rows rows
      const lineByLine = FACT_BOXES.has(slot.block) || slot.block.type === "table";
      const text = mine.length === 1 ? slot.block.text : mine.slice(runStart, j).map((q) => pieces[q].text).join(lineByLine ? "\n" : " ");
      const rows = slot.block.rows && mine.length > 1 ? { rows: slot.block.rows.slice(runStart, j) } : {};
      parts.push({ slot, block: { ...slot.block, text, ...rows }, kind: decisions[mine[runStart]].kind });
      runStart = j;
    }
  }
  // A heading takes the kind of the first text under it, else its own, else the kind before it.
  let after: SectionKind | null = null;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i];
    if (part.kind !== null) after = part.kind;
    else {
      part.kind = after ?? classifyHeading(part.block.text)?.kind ?? null;
      if (part.slot.role === "top") after = null;
    }
  }

  // the cover's title block goes on with whatever the page put under it before its text ("Stillingen er besat", the notice's words)
  let current: Draft | null = drafts[0] ?? null;
  const open = (kind: SectionKind, heading: DocBlock | null) => {
    current = { kind, heading, content: [], subsections: [] };
    drafts.push(current);
    return current;
  };
  for (const part of parts) {
    const cur = current as Draft | null;
    const kind = part.kind ?? cur?.kind ?? "indledning";
    if (part.slot.role === "top") open(kind, part.block);
    else if (part.slot.role === "sub") {
      if (cur && cur.kind === kind) cur.subsections.push({ heading: part.block, content: [] });
      else open(kind, part.block);
    } else {
      const target = cur && cur.kind === kind ? cur : open(kind, null);
      const sub = target.subsections.at(-1);
      (sub ? sub.content : target.content).push(part.block);
    }
  }
  return finish(drafts);
}

/** The body from its first heading: which headings open a section and which nest under one, by their style and words. */
function bodySlots(blocks: DocBlock[], firstOpen: number): Slot[] {
  const slots: Slot[] = [{ block: blocks[firstOpen], role: "top" }];
  let topStyle = styleRank(blocks[firstOpen].shape);
  let inForce: SectionKind = classifyHeading(blocks[firstOpen].text)?.kind ?? "indledning";
  let amongOtherPosts = OTHER_POSTINGS_HEADING.test(blocks[firstOpen].text.trim());
  for (let i = firstOpen + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type !== "heading") {
      slots.push({ block: b, role: "content" });
      continue;
    }
    // "Lignende job": the page's list of other posts ends the posting, whatever headings stand in it (and a newsletter's
    // other items after the post, OTHER_NEWS, as much)
    if (OTHER_POSTINGS_HEADING.test(b.text.trim()) || OTHER_NEWS.has(b)) {
      slots.push({ block: b, role: "top" });
      inForce = "andet";
      amongOtherPosts = true;
      continue;
    }
    // "Nøglefakta", "KORT FORTALT": a box of facts ends the heading above it (its lines each say their kind)
    if (FACT_BOX_HEADINGS.has(vocabularyKey(b.text))) {
      slots.push({ block: b, role: "top" });
      inForce = "andet";
      continue;
    }
    // "Bilag 1. Organisationsdiagram", a heading "Bilag: Organisationsdiagram": an attachment begins a part of its own,
    // whatever its style beside the chapters' (a list's item "Bilag: CV og eksamensbevis" is no heading: prepare)
    if (BILAG_LINE.test(b.text.trim())) {
      slots.push({ block: b, role: "top" });
      inForce = "bilag";
      continue;
    }
    const cls = classifyHeading(b.text);
    // a slogan or the house's name as the text's last line heads nothing: the page's foot (an attachment's last title
    // is the attachments', and "Seniorkonsulent Per Hviid, Rekruttering.dk" is whom to ask)
    if (i === blocks.length - 1 && inForce !== "bilag" && cls?.strength !== "strong" && !POSITION_WORDS.test(b.text) && b.text.length <= FOOT_LENGTH && !/[.!?:]["”»)]?$/u.test(b.text.trim())) {
      slots.push({ block: asParagraph(b), role: "content", lastLine: true });
      continue;
    }
    // "Procesingeniør, spildevand" under "Lignende job": the next of the other posts, each under its own title, no
    // section of the posting's, whatever word of a section a title or a teaser's run-in label holds ("Proces…", "Løn:
    // …"); a heading the vocabulary knows whole ("Det praktiske", "Kontakt") ends the list
    if (amongOtherPosts && cls?.strength !== "strong") {
      slots.push({ block: b, role: "sub" });
      continue;
    }
    amongOtherPosts = false;
    const style = styleRank(b.shape);
    // "### Fjordland Forsyning A/S" under the cover's title, then "## 1. Baggrund": the chapters' level is the top one,
    // and a "###" under a chapter is its sub-heading
    if (isDistinctive(topStyle) && outranks(style, topStyle) && cls?.strength === "strong") topStyle = style;
    const sameLevel = style === topStyle || (isDistinctive(topStyle) && outranks(style, topStyle));
    const lower = isDistinctive(topStyle) && !sameLevel;
    let opensSection: boolean;
    if (cls?.strength === "strong") opensSection = !lower || cls.kind !== inForce;
    else if (cls?.strength === "weak") opensSection = cls.kind !== inForce && !lower;
    else opensSection = isDistinctive(topStyle) && sameLevel;
    if (opensSection && cls) inForce = cls.kind;
    slots.push({ block: b, role: opensSection ? "top" : "sub" });
  }
  return slots;
}

/**
 * How a heading's hold on the text below it fades, block by block, unless the
 * vocabulary knows it as a section's name: "Om stillingen" speaks for the
 * paragraph under it more than for the fifth.
 */
const FADE = 0.7;
const COVER_SENTENCE_FADE = 0.7;
/** From the second block below a known heading (any: a strong one too), a long paragraph's own words are weighed against it. */
const KNOWN_HOLD = 1;
const LONG_PARAGRAPH = 60;
/** Under a sub-heading, the section's heading counts this much. */
const UNDER_SUBHEADING = 0.5;
/** Under two headings stacked back to back, each counts this much. */
const STACKED = 0.5;
/** Under a lead-in line, the headings above count this much: the line is the nearer heading. */
const UNDER_LEAD_IN = 0.5;

/** Fewer labelled lines than this make no page's fact column. */
const TRAILING_BOX_LINES = 3;

/**
 * The slots of a fact box that ends a section after its text ("How to apply" … / "Ansøgningsfrist" / "01-06-2027" /
 * "Arbejdssted" / … / "Del"): the page's fact column, whatever the heading above it. Only the box's lines and the
 * page's furniture follow it to the section's end, and the section has text of its own before it.
 */
function trailingBoxes(slots: Slot[]): Set<number> {
  const out = new Set<number>();
  const lines = (b: DocBlock) => FACT_BOXES.get(b)?.length ?? (LABELLED.has(b) ? 1 : 0);
  let start = 0;
  for (let i = 0; i <= slots.length; i++) {
    if (i < slots.length && slots[i].role === "content") continue;
    // the section's content runs from start to i: its tail of box lines and furniture
    let k = i;
    while (k > start && (lines(slots[k - 1].block) > 0 || slots[k - 1].block.furniture)) k--;
    const boxLines = slots.slice(k, i).reduce((n, s) => n + lines(s.block), 0);
    if (k > start && boxLines >= TRAILING_BOX_LINES) for (let j = k; j < i; j++) if (lines(slots[j].block) > 0) out.add(j);
    start = i + 1;
  }
  return out;
}

/** A page's foot below its last rule holds this many lines at most, each this short. */
const FOOT_LINES = 2;
const FOOT_LENGTH = 150;

/**
 * The slots of a page's foot set off by a rule at the text's end ("---" / "*Kirkebakkeskolen · Vejle Kommune*"): a
 * line or two of names, no sentence, no label and no list, and nothing after them. Empty for any other end.
 */
function footBelowRule(slots: Slot[]): Set<number> {
  let at = slots.length - 1;
  while (at >= 0 && !slots[at].block.afterRule) at--;
  const tail = at < 0 ? [] : slots.slice(at);
  const isFoot = (s: Slot) =>
    s.role === "content" && s.block.type === "paragraph" && s.block.text.length <= FOOT_LENGTH && !/[.!?:]["”»)]?$/u.test(s.block.text.trim()) && !s.block.text.includes(":") && !s.block.text.includes("\n");
  return new Set(tail.length > 0 && tail.length <= FOOT_LINES && tail.every(isFoot) ? tail.map((_, k) => at + k) : []);
}

/**
 * The slots of the page's fact column, whose heading cues do not count: a box after the page's furniture (its button
 * to apply: "Søg stillingen" / "Ansøgningsfrist" / "15.04.2027" / …) and the box lines that follow it, or a box
 * trailing a section's text. A list's entry is read as an item, never as a box line.
 */
function pageColumn(slots: Slot[], entry: boolean[]): Set<number> {
  const out = new Set<number>();
  const trailing = trailingBoxes(slots);
  let column = false;
  slots.forEach((s, i) => {
    if (s.role !== "content") {
      column = false;
      return;
    }
    const b = entry[i] && s.block.type !== "item" ? null : s.block;
    column = !!s.block.furniture || trailing.has(i) || (column && !!b && (!!FACT_BOXES.get(b) || LABELLED.has(b)));
    if (column && !s.block.furniture) out.add(i);
  });
  return out;
}

/** The pieces the decoder decides on, each with the cues in force, and the slot each came from. */
function piecesOf(slots: Slot[]): { pieces: Piece[]; owners: number[] } {
  const pieces: Piece[] = [];
  const owners: number[] = [];
  // a text with no heading is all before its first one: its fact box may stand anywhere in it
  const headed = slots.some((s) => s.role !== "content");
  let headingCueList: Cue[] = [];
  let topCues: Cue[] = [];
  let leadCues: Cue[] = [];
  // the lead-in calls to read what its list links to ("Læs mere i den uddybende stillings- og personprofil:")
  let readingList = false;
  let since = 0;
  let listScoped: "top" | "sub" | null = null;
  let runInScoped: Role | null = null;
  // a lead-in of another kind than the heading's turned the text away from it ("Hvad kommer du til at stå for?" …
  // "Vi forventer, at du:"): the prose after its list is no longer the heading's by right
  let turned = false;
  // a paragraph on what the post holds overruled the heading of another kind above it
  let overruled = false;
  // how much of the text's content came before this block, and of its prose (the page's furniture left out)
  let textBefore = 0;
  let proseBefore = 0;
  const prose = slots.reduce((n, s) => n + (s.block.furniture || s.block.wrapper ? 0 : s.block.text.length), 0);
  let boundary: Boundary = "block";
  let prevType: DocBlock["type"] | null = null;
  // the heading in force stands in a box beside the posting (a sidebar's "Kontakt")
  let headingBeside = false;
  let prevApart = false;
  // under "Lignende job": the labels and dates there are the other posts', and say nothing of this one
  let otherPosts = false;
  // the lines of a letter's signature still to come under its closing ("Med venlig hilsen" / name / title / house)
  let signatureLeft = 0;
  // no section's heading has been met yet: the first may be a teaser over the text's opening
  let firstTop = true;
  // the items of a list right under "Vi tilbyder" (no colon: a page's heading over its list) are what is offered, and
  // so is a paragraph right under it that goes on from its words ("Vi tilbyder" / "Et nyt center med engagerede …")
  let offerList = false;
  const entry = listEntries(slots);
  const column = pageColumn(slots, entry);
  const foot = footBelowRule(slots);
  for (let i = 0; i < slots.length; i++) {
    const { role } = slots[i];
    const b = entry[i] && slots[i].block.type !== "item" ? { ...slots[i].block, type: "item" as const } : slots[i].block;
    const next = slots[i + 1] && entry[i + 1] ? { ...slots[i + 1], block: { ...slots[i + 1].block, type: "item" as const } } : slots[i + 1];
    if (role !== "content") {
      headingBeside = !!b.beside;
      if (role === "top") otherPosts = OTHER_POSTINGS_HEADING.test(b.text.trim()) || OTHER_NEWS.has(slots[i].block);
      // "Stillingsbeskrivelse" over the post's title and the whole ad, as a job portal heads its page: the page's label
      // for the text, no section's heading
      const own = i === 0 && PORTAL_DOCUMENT_LABELS.has(vocabularyKey(b.text)) ? [] : headingCues(b, i === 0 && !overProse(next));
      // "Kan du få en hel musikskole til at spille sammen?" as the first heading, over the scene the ad opens on: a teaser,
      // the introduction's, as a question before any heading is (its own words weigh no more than an unknown heading's)
      const teaserFirst = role === "top" && firstTop && TEASER_QUESTION.test(b.text.trim()) && own.every((c) => c.weight <= CUE_WEIGHT.unknown);
      const cues = teaserFirst ? [{ kind: "indledning" as const, weight: CUE_WEIGHT.teaser, source: `heading “${b.text}” (a teaser question, the first heading)` }] : own;
      if (role === "top") firstTop = false;
      // Two section headings back to back, the first over nothing: a two-column page read across ("Om os",
      // "Dit ansvar", then the texts of both). Both speak for the text below, neither decides it: its words do.
      const stacked = role === "top" && slots[i - 1]?.role === "top" && topCues.length > 0 && cues.length > 0 && topCues[0].kind !== cues[0].kind;
      if (role === "top") topCues = stacked ? [...topCues, ...cues].map((c) => ({ ...c, weight: round(c.weight * STACKED), source: `${c.source}, stacked` })) : cues;
      // Under a sub-heading the section's heading still counts, but the nearer heading and the words count more.
      headingCueList = role === "top" ? topCues : [...topCues.map((c) => ({ ...c, weight: round(c.weight * UNDER_SUBHEADING), source: `${c.source}, above a sub-heading` })), ...cues];
      // "Det får du hos os:" over a list speaks for the list only, and so does a clause the list ends ("Vi forestiller os, at du")
      listScoped = (b.text.trim().endsWith(":") || OPEN_CLAUSE.test(b.text.trim())) && next?.role === "content" && next.block.type === "item" ? role : null;
      runInScoped = RUN_IN.has(b) ? role : null;
      offerList =
        OFFER_HEADINGS.has(vocabularyKey(b.text)) &&
        !b.text.trim().endsWith(":") &&
        next?.role === "content" &&
        (next.block.type === "item" || (next.block.type === "paragraph" && OFFER_GOES_ON.test(next.block.text)));
      leadCues = [];
      readingList = false;
      turned = false;
      overruled = false;
      signatureLeft = 0;
      since = 0;
      boundary = "heading";
      prevType = null;
      continue;
    }
    // (a sub-heading's list done, its section's heading speaks again where the two spoke for the same: "Er det dig, vi leder
    // efter?" over "Det er det, hvis du" over the list, then "Du skal have kørekort, …"; not "Dine opgaver" over "Vi
    // forventer, at du:", which turned the text to the person)
    if (listScoped && b.type !== "item") {
      const own = headingCueList.slice(topCues.length);
      const resumed = listScoped === "sub" && topCues.length > 0 && (own.length === 0 || strongest(own) === strongest(topCues));
      // (for the prose after the list only: a later sub-heading speaks alone, as it did before the list ended)
      [headingCueList, topCues] = [resumed ? topCues : [], []];
      listScoped = null;
    }
    // "English version" under the Danish text's last heading: the text goes on anew in another language, and that
    // heading speaks for none of it
    if (b.text.length < 40 && LANGUAGE_SWITCH.test(b.text.trim())) [headingCueList, topCues] = [[], []];
    // the run-in heading's own paragraph is the first block under it; the next paragraph stands apart
    // (under a section's heading, that heading speaks for it again)
    if (runInScoped && b.type !== "item" && since > 0) {
      if (runInScoped === "top") topCues = [];
      headingCueList = topCues;
      runInScoped = null;
    }
    // "Ansættelsesudvalget består af:" over a list, or over a table of its members
    const found = b.type === "paragraph" && next?.role === "content" && (next.block.type === "item" || next.block.type === "table") ? leadInCue(b.text) : null;
    // "Vi forventer, at du:" under "Hvad kommer du til at lave?": what is expected of the post's holder there is its tasks
    // ("sætter en tydelig faglig retning", "styrer et budget") as often as the person's gifts; the list's words say which
    // (unless its items say what the person has and is: "har erfaring med …", "er uddannet …")
    const leadIn =
      found?.kind === "personprofil" && headingCueList.length && strongest(headingCueList) === "jobprofil" && BARE_EXPECTATION.test(b.text.trim()) && !personItems(slots, entry, i)
        ? { ...found, weight: CUE_WEIGHT.expectation, source: `${found.source} (under the job's heading)` }
        : found;
    if (b.type !== "item" && b.type !== "table") {
      leadCues = leadIn ? [leadIn] : [];
      readingList = !!leadIn && READ_CALL.test(b.text.trim());
    }
    if (leadIn && headingCueList.length && leadIn.kind !== strongest(headingCueList)) turned = true;
    const fade = FADE ** since;
    const scale = leadCues.length || turned ? UNDER_LEAD_IN : 1;
    const box = FACT_BOXES.get(b);
    const sentences = b.type === "paragraph" && !leadIn ? sentencesOf(b.text) : null;
    // "Som afdelingssygeplejerske har du det daglige ledelsesansvar …" under "Om afdelingen": the job's, and so is the
    // rest of the section; the heading of the employer's presentation no longer speaks for it (the person's, the terms'
    // or the process's heading keeps its hold)
    const jobOpening = !!sentences && isJobOpening(sentences[0]);
    if (jobOpening && headingCueList.length > 0 && strongest(headingCueList) === "indledning") overruled = true;
    // a sidebar's box printed after the posting's last section is not that section's, nor is the page's fact column
    // a long paragraph from the second block below a known heading is no longer held by it alone: its words are weighed ("Stillingens
    // indhold" over an administrative ad's every paragraph, the person's, the terms' and the process's)
    const heldLoosely = since >= KNOWN_HOLD && b.type === "paragraph" && words(b.text, LONG_PARAGRAPH) >= LONG_PARAGRAPH;
    const held = (c: Cue) => (c.weight >= CUE_WEIGHT.known && !heldLoosely ? c : { ...c, weight: round(Math.min(c.weight, heldLoosely ? CUE_WEIGHT.generic : c.weight) * fade) });
    const headings = overruled || (b.beside && !headingBeside) || column.has(i) ? [] : fade === 1 && scale === 1 ? headingCueList : headingCueList.map(held).map((c) => (scale === 1 ? c : { ...c, weight: round(c.weight * scale) }));
    const cover = slots[i].inCover ? [{ kind: "indledning" as const, weight: round(CUE_WEIGHT.cover * fade), source: "before the first heading" }] : [];
    // "IT-CHEF TIL DRIFT OG INFRASTRUKTUR" under a job agent's mail: the post's title, set in capitals
    const title =
      (slots[i].inCover && slots[i].block.type === "paragraph" && isCapitalTitle(b.text)) || ANNOUNCED.has(slots[i].block)
        ? [{ kind: "andet" as const, weight: CUE_WEIGHT.title, source: "a post's name in capitals before the first heading, or the one a sentence announces" }]
        : [];
    // "Er du en erfaren leder …?" above an ad: a teaser, the introduction's. And "Lemvig Kommune søger en …" before the
    // first heading, or under none known (the post's name set as the first heading, "Head of Department"), near the
    // text's start: the post's announcement, the introduction's too
    const announcing = textBefore < ANNOUNCEMENT_REACH && (slots[i].inCover || !headingCueList.some((c) => c.weight >= CUE_WEIGHT.generic));
    const coverCues = (text: string): Cue[] =>
      slots[i].inCover && /\?["”»]?$/u.test(text.trim())
        ? [{ kind: "indledning", weight: CUE_WEIGHT.teaser, source: "a question before the first heading" }]
        : announcing && text.length < ANNOUNCEMENT_LENGTH && ANNOUNCEMENT.some((re) => re.test(text))
          ? [{ kind: "indledning", weight: CUE_WEIGHT.announcement, source: "a sentence in which the employer hires, before the first heading or under none known" }]
          : [];
    // "Hej Jonas, jeg faldt over den her …": the forwarding mail's own words, around the post
    const aside = b.wrapper
      ? [{ kind: "andet" as const, weight: CUE_WEIGHT.footer, source: "the forwarding mail around the post" }]
      : b.furniture
        ? [{ kind: "andet" as const, weight: CUE_WEIGHT.footer, source: "the page's furniture (a menu, a breadcrumb, a button, a footer)" }]
        : [];
    const contents = CONTENTS.has(b)
      ? [{ kind: "andet" as const, weight: CUE_WEIGHT.attachment, source: "a contents list (its chapters stand again below)" }]
      : foot.has(i)
        ? [{ kind: "andet" as const, weight: CUE_WEIGHT.footer, source: "a short line set off by a rule at the text's end (the page's foot)" }]
        : slots[i].lastLine
          ? [{ kind: "andet" as const, weight: CUE_WEIGHT.footer, source: "a short line heading nothing at the text's end (the page's foot)" }]
        : [];
    // the offer goes on through the list's items, or holds the one paragraph right under the heading; the prose after
    // either is no longer what the heading offers (so the test before the cue, and the list's test after it)
    offerList &&= b.type === "item" || prevType === null;
    const offered = offerList && headings.length > 0 ? [OFFER_ITEM_CUE] : [];
    offerList &&= b.type === "item";
    const cues = [...headings, ...leadCues, ...cover, ...title, ...aside, ...contents, ...offered];
    const inForce = headings.length > 0 ? strongestCue(headings) : null;
    const sure = cues.some((c) => c.weight >= CUE_WEIGHT.known);
    // a sidebar's box is outside the text's flow: no step of the genre's order leads in or out
    const apart = !!b.beside;
    const here: Boundary = apart !== prevApart ? "apart" : boundary === "heading" ? "heading" : b.type === "item" && prevType === "item" ? "item" : "block";
    prevApart = apart;
    // "Ansøgningsfristen er udløbet. Tak for de mange ansøgninger …": a notice is read whole, its thanks with it
    // (not a post put up again, "… Vi genopslår derfor stillingen med ny frist. Har du allerede søgt, …": its steps follow)
    const notice = !!sentences && sentences.length > 1 && isBanner(sentences[0]) && !REPOSTED.test(b.text);
    // "Se, hvordan du sammenligner med over 100 ansøgere. Prøv Premium …": the page's note, read whole as well, and so
    // is a mail's disclaimer ("Denne e-mail kan indeholde fortrolige oplysninger … Hvis du har modtaget den ved en fejl …")
    const pageNote = !!sentences && sentences.length > 1 && ((b.text.length < NOTE_LENGTH && isPostingNote(sentences[0])) || isMailDisclaimer(sentences[0], b.text));
    const table = b.type === "table" ? factTableRows(b) : null;
    const boxLines = box ?? table;
    // a sentence that says what it is: a label's, a closing's, a step of the process
    const saysWhat = (x: string) => !!factLabel(x) || isClosingStatement(x) || isProcessStatement(x);
    // "Hospitalsenhed Midt har ca. 5.200 medarbejdere …": the employer's presentation is read whole, the introduction's
    const presentation = !!sentences && isEmployerPresentation(sentences[0]) && !sentences.some(saysWhat);
    // "Vi tilbyder en spændende lederstilling … Du får gode kolleger …": a paragraph that opens on the offer is read whole
    const offer = !presentation && !!sentences && isOfferStatement(sentences[0]) && !sentences.some(saysWhat);
    const texts = boxLines ? boxLines.map((x) => x.text) : !notice && !pageNote && !presentation && !offer && sentences && sentences.length > 1 && (!sure || sentences.some(saysWhat)) ? sentences : [b.text];
    // "Karin Østergaard Bach" / "Direktør for Borger og Arbejdsmarked" under "Med venlig hilsen": the signature's lines
    // (a fact's line ends it: "Løn: efter overenskomst", "Ansøgningsfrist: 1. marts 2027" are the post's, not the signer's)
    // (or all of them as one block under it: "Henrik Lund" / "Formand for bestyrelsen" / "Bøgeskov Friskole" / "Skovvej 8, …")
    // (a block of several lines only where the builder kept its lines apart, each a signature's: no wrapped sentence)
    const signed =
      signatureLeft > 0 &&
      b.type === "paragraph" &&
      (b.lines.length === 1 ? b.text.length <= SIGNATURE_LINE && !/[.!?]$/u.test(b.text.trim()) : signatureLeft === SIGNATURE_LINES && b.lines.length <= SIGNATURE_BLOCK_LINES && isSignatureBlock(b.text)) &&
      !factLabel(b.text) &&
      !isStartStatement(b.text);
    signatureLeft = signed ? Math.max(0, signatureLeft - b.lines.length) : b.type === "paragraph" && MAIL_CLOSING.test(b.text.trim()) ? SIGNATURE_LINES : 0;
    texts.forEach((text, j) => {
      const labelled = LABELLED.get(b);
      const own = otherPosts
        ? []
        : signed
        ? [holdsContactDetail(text) ? SIGNATURE_CONTACT_CUE : SIGNATURE_CUE]
        : boxLines
        ? // (a page's menus and share buttons are many slots of few words: the prose before the box says where it stands)
          boxLineCues(boxLines[j], (!!slots[i].inCover && headed) || !!b.beside, i > slots.length / 2 || proseBefore > prose / 2)
        : notice
        ? [NOTICE_CUE]
        : labelled && j === 0
          ? [{ kind: startFollows(text, inForce) ?? labelled, weight: CUE_WEIGHT.label, source: `fact label “${text.split(" ")[0]}”` }]
          : texts.length === 1 && sentences && isPersonParagraph(sentences)
          ? [{ kind: "personprofil" as const, weight: CUE_WEIGHT.person, source: "a paragraph of what the person has and is (“Du har …”, “Du er …”)" }]
          : j === 0 && jobOpening
          ? [{ kind: "jobprofil" as const, weight: CUE_WEIGHT.job, source: "a paragraph that opens on what the post holds (“Som skolechef får du ansvaret for …”)" }]
          : texts.length === 1 && presentation
          ? [{ kind: "indledning" as const, weight: CUE_WEIGHT.presentation, source: "a paragraph presenting the employer by its size (“Kommunen har ca. 37.000 indbyggere …”)" }]
          : texts.length === 1 && offer
          ? [{ kind: "vilkaar" as const, weight: CUE_WEIGHT.term, source: "a paragraph that opens on what the post offers (“Vi tilbyder …”)" }]
          : [...ownCues(text, { inForce, late: i > slots.length / 2 && !b.beside, readingList, alone: !sentences || sentences.length <= 1 }), ...coverCues(text)];
      // a paragraph of several sentences before any heading (an ad written as one block) moves on from its opening as a
      // text of many paragraphs would: the cover's lean fades sentence by sentence, not only block by block
      const fading = j > 0 && cover.length ? cues.map((c) => (c === cover[0] ? { ...c, weight: round(c.weight * COVER_SENTENCE_FADE ** j) } : c)) : cues;
      // "– Annelise Bruun, bestyrelsesformand" under a quote: who said it, as much the quote's section as the quote
      const loneItem = b.type === "item" && slots[i - 1]?.block.type !== "item" && slots[i + 1]?.block.type !== "item";
      // right under its quote, in the same flow (no heading, no box's edge between), and no line that says what it is:
      // "- Jens Holm, direktør, tlf. 40 12 34 56" after a quote is a contact
      const underQuote = (j > 0 || (here !== "heading" && here !== "apart")) && !b.furniture && own.length === 0 && !holdsContactDetail(text);
      if (underQuote && isAttribution(loneItem ? `– ${text}` : text, pieces.at(-1)?.text)) {
        pieces.push({ text, boundary: "attached", cues: [] });
        owners.push(i);
        return;
      }
      // a letter's closing and its signature as the text's last lines: the page's foot, over a known heading above
      // ("Ansøgning og samtaler", then "Jeg glæder mig …", "Med venlig hilsen", "Anders Holm Kjeldsen / Rektor, …")
      const signing = i >= slots.length - 1 - SIGNATURE_LINES ? own.map((c) => (LETTER_END_CUES.has(c) ? { ...c, weight: CUE_WEIGHT.footer, source: `${c.source}, the text's last lines` } : c)) : own;
      pieces.push({ text, boundary: j === 0 ? here : "sentence", cues: signing.length ? [...fading, ...signing] : fading });
      owners.push(i);
    });
    boundary = "block";
    textBefore += b.text.length;
    if (!b.furniture && !b.wrapper) proseBefore += b.text.length;
    prevType = b.type;
    if (b.type !== "item") since++;
  }
  return { pieces, owners };
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * A dash, then who said it: a name, a group, a role ("– Else, 87 år, beboer på Plejecenter Ellehøj", "– Jens Holm,
 * adm. direktør"), no sentence: a full stop only after a short word in lower case, an abbreviation's. The normaliser
 * reads the dash as a bullet, so a lone item is tested with its dash put back.
 */
const ATTRIBUTION = /^[—–-]\s?\p{Lu}(?:[^.!?:]|(?<=(?:^|[\s.,])\p{Ll}{1,6})\.){1,100}$/u;
/** What a quote ends on: its closing mark, after its sentence's stop or not (a Danish »…« closes on «). */
const QUOTE_END = /["”»«“’]$/u;
const isAttribution = (text: string, before: string | undefined): boolean => !!before && ATTRIBUTION.test(text.trim()) && QUOTE_END.test(before.trim());

/**
 * "| Ansøgningsfrist | 18.03.2027 kl. 12.00 |", "| Løn | Efter overenskomst … |": a table of the post's facts, a
 * label and its value a row, whose rows a reader files each by its label as the lines of a fact box. The kind
 * each row's label gives (null for a row the vocabulary has no label for, as a table's head), or null for a
 * table of anything else (a timetable, the committee, the contacts).
 */
function factTableRows(b: DocBlock): BoxLine[] | null {
  const rows = b.rows;
  const texts = b.text.split("\n");
  if (!rows || rows.length < 2 || texts.length !== rows.length) return null;
  const lines = rows.map((r, i) => boxLine(texts[i], r.length >= 2 ? (FACT_LABELS.get(normaliseHeading(r[0].replace(/:$/u, ""))) ?? null) : null));
  const known = lines.flatMap((l) => (l.kind ? [l.kind] : []));
  // a table of one kind's labels is a fact table when every row has one ("Ansøgningsfrist", "Samtaler", "Tiltrædelse"
  // under "Løn- og ansættelsesvilkår"); a timetable's rows are its dates and steps
  return known.length >= 2 && (new Set(known).size >= 2 || known.length === lines.length) ? lines : null;
}

/** The kinds a fact box's line may take from its label: the process's, the terms', further information. */
const BOX_LINE_KINDS: ReadonlySet<SectionKind> = new Set(["ansaettelsesproces", "vilkaar", "yderligere"]);

/** A slot of running prose: a paragraph of a sentence or more ("Vores kunde, Nordlys Plast A/S, søger en økonomichef …"). */
const overProse = (slot: Slot | undefined): boolean => slot?.role === "content" && slot.block.type === "paragraph" && !slot.block.furniture && words(slot.block.text, 8) >= 8;
/** As much again as a generic heading's weight makes a lead-in's: the list says what the heading over it offers. */
const OFFER_ITEM_CUE: Cue = { kind: "vilkaar", weight: CUE_WEIGHT.leadIn - CUE_WEIGHT.generic, source: "what is offered, right under a heading of what is offered" };
/** The sections an ad's own text ends in: a second post named under them stands after it. */
const AFTER_THE_POST: ReadonlySet<SectionKind> = new Set(["ansaettelsesproces", "vilkaar", "yderligere"]);
const OFFICE_HOURS_CUE: Cue = { kind: "andet", weight: CUE_WEIGHT.label, source: "the house's office hours on its card, after the ad" };
const isOfficeHours = (text: string) => text.length < 120 && OFFICE_HOURS_LABEL.test(text.trim());

/**
 * A fact box's line, as a reader files it: "Ansøgningsfrist: 18.04.2027 kl. 23.59" is the process's, "Løn: efter
 * overenskomst" the terms', "Kontakt: …" further information. "Arbejdssted: Sønderborg Slot" is a term of the
 * post among the dates and terms in the text's second half (`late`); "Stillingsnr. 4471" the page's; near the
 * top, on the cover or in a box beside the posting (`apart`), a place, a category or a number is the box's, the
 * post's summary under its title.
 */
function boxLineCues(line: BoxLine, apart: boolean, late: boolean): Cue[] {
  const { kind, text } = line;
  // (among a card's lines at the end: "Tlf. 45 86 10 24 · …" / "Åbningstider: mandag–fredag kl. 10.00–13.00")
  if (!kind) return late && isOfficeHours(text) ? [OFFICE_HOURS_CUE] : [];
  const label = text.split(/[:\s]/u)[0];
  if (BOX_LINE_KINDS.has(kind)) return [{ kind, weight: CUE_WEIGHT.label, source: `a fact box's line, labelled “${label}”` }];
  if (line.workplace && late && !apart) return [{ kind: "vilkaar", weight: CUE_WEIGHT.label, source: `a fact box's line of the workplace at the text's end, labelled “${label}”` }];
  return [{ kind: "andet", weight: apart || !late || kind === "andet" ? CUE_WEIGHT.label : CUE_WEIGHT.factBox, source: `a fact box's line of where or which post, labelled “${label}”` }];
}

/** The kind the heaviest of some cues speaks for. */
function strongest(cues: Cue[]): SectionKind {
  return strongestCue(cues).kind;
}
function strongestCue(cues: Cue[]): Cue {
  return cues.reduce((a, b) => (b.weight > a.weight ? b : a));
}

/** A list entry whose bullet the text lost is at most this long, and one sentence. */
const ENTRY_LENGTH = 160;

/**
 * The blocks that are a list's entries: items, and the short one-sentence
 * paragraphs without a full stop after a lead-in that ends in a colon
 * ("Udvalget består af:", then a member a line), whose bullets a PDF's text
 * layer or a copy lost.
 * Such a paragraph is decided as an item is: under its lead-in, and costly
 * to leave its list's kind for one name that reads like a contact.
 */
function listEntries(slots: Slot[]): boolean[] {
  const entry = slots.map((s) => s.block.type === "item");
  for (let i = 1; i < slots.length; i++) {
    const { block: b, role } = slots[i];
    const prev = slots[i - 1];
    if (entry[i] || role !== "content" || prev.role !== "content" || b.type !== "paragraph") continue;
    const opens = prev.block.type === "paragraph" && (entry[i - 1] || prev.block.text.trimEnd().endsWith(":") || OPEN_CLAUSE.test(prev.block.text.trim()));
    // a full stop ends a list that runs on without bullets; the prose after it is no entry
    const closed = /[.!?:]["”’)]?$/u.test(b.text.trimEnd());
    entry[i] = opens && !closed && !OPEN_CLAUSE.test(b.text.trim()) && b.text.length <= ENTRY_LENGTH && !b.text.includes("\n") && sentencesOf(b.text).length === 1;
  }
  return entry;
}

/** Initials ("J.B. Winsløws Vej", "H.C. Andersen") do not end a sentence. */
const INITIALS = /(?:^|\s)(?:\p{Lu}\.){1,3}$/u;

function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const s of splitSentences(text)) {
    if (out.length && (INITIALS.test(out[out.length - 1]) || isAfterthought(s.text))) out[out.length - 1] += ` ${s.text}`;
    else out.push(s.text);
  }
  return out.some((s) => s.length > RUN_ON_LENGTH) ? out.flatMap(clausesOf) : out;
}

/**
 * "Og så håber vi, at du har humor. Det får du brug for.": a sentence of a few words that points back at the one
 * before is that one's, too short to say what it is about on its own.
 */
const AFTERTHOUGHT_WORDS = 5;
const AFTERTHOUGHT = new RegExp(String.raw`^(?:${BACK_POINTERS.join("|")})\s`, "iu");
const isAfterthought = (sentence: string): boolean => AFTERTHOUGHT.test(sentence) && !/[\d:@]/u.test(sentence) && words(sentence, AFTERTHOUGHT_WORDS + 1) <= AFTERTHOUGHT_WORDS;

/** A sentence this long that a semicolon parts may tell of more than one thing. */
const RUN_ON_LENGTH = 250;
/**
 * A long sentence's clauses at its semicolons, each read on its own: "Ansættelse sker i henhold til overenskomst …, idet
 * tiltrædelse forventes at ske den 1. maj 2027; vil du høre mere om stillingen, er du velkommen til at kontakte …" tells
 * the terms, then whom to ask. Only where the next clause goes on in lower case, as a sentence's next clause does.
 */
function clausesOf(sentence: string): string[] {
  if (sentence.length <= RUN_ON_LENGTH) return [sentence];
  const clauses = sentence.includes("; ") ? sentence.split(/(?<=;) (?=\p{Ll})/u) : [sentence];
  return clauses.flatMap(closingAfterDash);
}

/**
 * "… mens der før anden samtale indhentes referencer – har du spørgsmål til stillingen, er du velkommen til at kontakte
 * …": the process told, then whom to ask, parted by a dash. The part after the dash is read alone only where it is a
 * closing's question or welcome on its own, so a dash inside a clause ("ledere – og medarbejdere – der …") parts nothing.
 */
function closingAfterDash(clause: string): string[] {
  const dash = clause.lastIndexOf(" – ");
  if (dash < 0) return [clause];
  const after = clause.slice(dash + 3);
  return /^\p{Ll}/u.test(after) && isClosingStatement(after[0].toUpperCase() + after.slice(1)) ? [clause.slice(0, dash + 2), after] : [clause];
}

/** How many lines a signature under a letter's closing holds at most (name, title, unit, house), and how long each is. */
const SIGNATURE_LINES = 4;
/** A signature set as one block right under the closing may add the house's address and site to those four. */
const SIGNATURE_BLOCK_LINES = 6;
/** Its lines kept apart, each short, none a sentence's end or running on ("…, og", a next line's words in lower case). */
const isSignatureBlock = (text: string): boolean =>
  text.includes("\n") && text.split("\n").every((line) => line.length <= SIGNATURE_LINE && !/[.!?,]$|\sog$/u.test(line.trim()) && !/^\p{Ll}+\s/u.test(line.trim()));
const SIGNATURE_LINE = 80;
const SIGNATURE_CUE: Cue = { kind: "andet", weight: CUE_WEIGHT.label, source: "a line of a letter's signature, under its closing" };
const LETTER_CLOSING_CUE: Cue = { kind: "andet", weight: CUE_WEIGHT.label, source: "a letter's closing and its signature" };
/** The cues of a letter's end, as heavy as a footer's where the text ends on them. */
const LETTER_END_CUES: ReadonlySet<Cue> = new Set([SIGNATURE_CUE, LETTER_CLOSING_CUE]);
const SIGNATURE_CONTACT_CUE: Cue = { kind: "yderligere", weight: CUE_WEIGHT.label, source: "a line of a letter's signature with a way in, under its closing" };

const isBanner = (text: string) => BANNERS.some((re) => re.test(text.trim()));
const isPostingNote = (text: string) => POSTING_NOTES.some((re) => re.test(text.trim()));
/** A mail's disclaimer or note on printing opens `first`; `whole`, the text it opens, is no longer than one. */
const isMailDisclaimer = (first: string, whole: string) => whole.length < DISCLAIMER_LENGTH && MAIL_DISCLAIMERS.some((re) => re.test(first.trim()));
const DISCLAIMER_LENGTH = 700;
/** A page's note is a line or two: a longer text that opens like one goes on about the post. */
const NOTE_LENGTH = 200;
const NOTICE_CUE: Cue = { kind: "andet", weight: CUE_WEIGHT.label, source: "a notice that the post is gone" };

/** A link's words that say it is the way to apply: "Læs hele opslaget og søg her: …". */
const APPLY_LINK = /(?<!\p{L})(?:og|eller) (?:søg|ansøg)(?: stillingen| jobbet)? (?:her|via|på)(?!\p{L})/iu;

const isPublicationLine = (text: string) =>
  (text.length < 120 && PUBLICATION_LINE.test(text) && PUBLICATION_ISSUE.test(text.slice(text.indexOf(" · ")))) || (text.length < 200 && PRINT_CREDIT.test(text) && PUBLICATION_ISSUE.test(text));

/**
 * The kind a line that gives the start takes from the heading in force: the terms' or the process's, which readers
 * file it under alike; null under any other heading, or for any other line.
 */
function startFollows(text: string, inForce: Cue | null): SectionKind | null {
  return inForce && (inForce.kind === "vilkaar" || inForce.kind === "ansaettelsesproces") && isStartStatement(text) ? inForce.kind : null;
}

/** Where a piece stands, as far as its own words' reading depends on it. */
interface PiecePlace {
  /**
   * The heading's cue in force, if any: under the process's own heading the employer's statement on diversity is the
   * process's last word, and a line that gives the start follows the terms' or the process's heading.
   */
  inForce?: Cue | null;
  /**
   * The piece's block is in the second half of the text's blocks, counted as slots (not characters: a fact box of
   * one-line slots weighs as its lines), and not beside it (where a workplace's line is a term, as in a box there).
   */
  late?: boolean;
  /** The piece is an item of a list led in as further reading ("Læs mere i …:"), where a file's line is a link. */
  readingList?: boolean;
  /** The piece is its block's whole text, no sentence of a longer paragraph. */
  alone?: boolean;
}

/** What a piece says of itself: an attachment line, a contents line, a fact box's label. */
function ownCues(text: string, { inForce = null, late = false, readingList = false, alone = false }: PiecePlace = {}): Cue[] {
  const underProcess = inForce?.kind === "ansaettelsesproces" && inForce.weight >= CUE_WEIGHT.known;
  // its date is the paper's, no step of the process
  if (isPublicationLine(text)) return [{ kind: "andet", weight: CUE_WEIGHT.footer, source: "a newspaper's or magazine's name and issue (its page's head or foot)" }];
  if (text.length < 250 && isColophon(text.trim(), alone)) return [{ kind: "andet", weight: CUE_WEIGHT.label, source: "the profile's colophon (who wrote it, and when)" }];
  if (text.length < 40 && LANGUAGE_SWITCH.test(text.trim())) return [{ kind: "andet", weight: CUE_WEIGHT.label, source: "a note that the text goes on in another language" }];
  // "Med venlig hilsen" over "Bestyrelsen for Ravnsbjerg Friskole": the letter's closing and its signer; with a phone or
  // an address, whom to ask
  if (text.length < 250 && MAIL_CLOSING.test(text.split("\n")[0].trim()))
    return holdsContactDetail(text)
      ? [{ kind: "yderligere", weight: CUE_WEIGHT.label, source: "a letter's closing and its signature, with a way in" }]
      : [LETTER_CLOSING_CUE];
  const own: Cue[] = [];
  if (BILAG_LINE.test(text) && text.length < 200) own.push({ kind: "bilag", weight: CUE_WEIGHT.attachment, source: "an attachment line" });
  // a file's name and type is an attachment ("Organisationsdiagram (PDF, 96 KB)"); a call to read it ("Læs hele job- og
  // personprofilen her (PDF)", or a list's lead-in "Læs mere i …:") further reading, as a link is
  else if (text.length < 120 && inForce?.kind !== "bilag" && FILE_LINK.test(text.trim())) {
    // (a button to fetch it, "Download profil (PDF, 1,2 MB)", is the file, and a link under whatever heading, as a link's text is)
    const fetches = FETCH_CALL.test(text.trim());
    own.push(
      readingList || (!fetches && READ_CALL.test(text.trim()))
        ? { kind: "yderligere", weight: CUE_WEIGHT.link, source: "a call to read a file (“Læs … (PDF)”)" }
        : { kind: "bilag", weight: fetches ? CUE_WEIGHT.link : CUE_WEIGHT.label, source: "a file's name and type (“… (PDF, 212 KB)”)" },
    );
  }
  if (text.length < 120 && isTocLine(text)) own.push({ kind: "andet", weight: CUE_WEIGHT.attachment, source: "a contents line" });
  if (isMailDisclaimer(text, text)) return [{ kind: "andet", weight: CUE_WEIGHT.footer, source: "a mail's disclaimer, or its note on printing" }];
  // "Ansøgningsfristen er overskredet.": the page's notice, not a step of the process
  const note = text.length < NOTE_LENGTH && isPostingNote(text);
  if (text.length < 120 && isBanner(text)) own.push(NOTICE_CUE);
  // the page's note, its words no closing's nor a step's ("Ledertorvet.dk er ikke ansvarlig …. Husk at nævne …")
  // as much as a footer: under the last section's known heading ("Ofte stillede spørgsmål"), still the page's
  else if (note) return [...own, { kind: "andet", weight: CUE_WEIGHT.footer, source: "the page's note on when or by whom the post was put up" }];
  if (text.length < 120 && LINK_LINES.some((re) => re.test(text.trim())))
    // "Læs hele opslaget og søg her: …": the link to apply by, a step of the process
    own.push(APPLY_LINK.test(text) || APPLY_CALL.test(text.trim()) ? { kind: "ansaettelsesproces", weight: CUE_WEIGHT.link, source: "a link's text, to apply by" } : { kind: "yderligere", weight: CUE_WEIGHT.link, source: "a link's text" });
  // "Stillingen er tidsbegrænset til 31. juli 2028. Tiltrædelse 1. august 2027.": a start written as a sentence, no
  // box's "Tiltrædelse:" label, is a term under no heading (below)
  const label = !inForce && /[.!]$/u.test(text.trim()) && !text.includes(":") && isStartStatement(text) ? null : factLabel(text);
  const start = startFollows(text, inForce);
  // "Arbejdssted: Jobcenter Faaborg-Midtfyn, Østre Ringvej 22" among the facts at the text's end: a term, as in a box there
  if (label === "indledning" && late && boxLine(text, label).workplace)
    own.push({ kind: "vilkaar", weight: CUE_WEIGHT.label, source: `fact label “${text.split(/[:\s]/u)[0]}”, the workplace at the text's end` });
  else if (label) own.push({ kind: start ?? label, weight: CUE_WEIGHT.label, source: `fact label “${text.split(/[:\s]/u)[0]}”${start ? ", the start under its heading" : ""}` });
  else if (start) own.push({ kind: start, weight: CUE_WEIGHT.term, source: "a line that gives the start, under the terms' or the process's heading" });
  // "Stillingen ønskes besat pr. 1. august 2027." under no heading: when the post begins, a term of it
  else if (!inForce && isStartStatement(text)) own.push({ kind: "vilkaar", weight: CUE_WEIGHT.term, source: "a line that gives the start, under no heading" });
  else if (isOfferStatement(text)) own.push({ kind: "vilkaar", weight: CUE_WEIGHT.term, source: "a sentence on what the post offers (“Vi kan tilbyde …”)" });
  else if (isWorkplaceStatement(text)) own.push({ kind: "vilkaar", weight: CUE_WEIGHT.term, source: "a sentence naming the place of work (“Arbejdsstedet er …”)" });
  // as strong as a step of the process, and for the same reasons: the pay and the contract in a process's chapter
  else if (isTermsStatement(text) && !isProcessStatement(text)) own.push({ kind: "vilkaar", weight: CUE_WEIGHT.process, source: "a sentence on the pay, the pension or the contract (“Lønnen forhandles …”)" });
  // "Vi søger samtidig en klinikassistent til Klinik Nord – se opslaget på vores hjemmeside.": another post, past this
  // one's text (under its process's, terms' or contacts' heading, or pointing to its own ad), a pointer onwards as a
  // link is; not a joint ad's second post under "Om stillingerne"
  // (a step of the process for both posts is the process's: "Vi søger samtidig en souschef, og samtaler til begge
  // stillinger afholdes i uge 20")
  else if (late && ANOTHER_POST.test(text.trim()) && !isProcessStatement(text) && !BOTH_POSTS.test(firstSentence(text)) && (POINTS_TO_ITS_AD.test(text) || (!!inForce && AFTER_THE_POST.has(inForce.kind))))
    own.push({ kind: "yderligere", weight: CUE_WEIGHT.closing, source: "another post the ad names, after its own text" });
  else if (isReportingLine(text)) own.push({ kind: "jobprofil", weight: CUE_WEIGHT.term, source: "the post's line of command (“Du refererer til …”)" });
  else if (isVacancyReason(text)) own.push({ kind: "indledning", weight: CUE_WEIGHT.vacancy, source: "why the post is open (“Vores nuværende centerchef går på pension …”)" });
  // ("Vi holder samtaler tirsdag den 11. maj, og du er meget velkommen til at kigge forbi inden": the step it opens on)
  else if (isClosingStatement(text) && !isInterviewStatement(text))
    own.push(
      // "Horsens Kommune … opfordrer alle … til at søge" as the last words under "Sådan søger du": the process's
      underProcess && isDiversityStatement(text)
        ? { kind: "ansaettelsesproces", weight: CUE_WEIGHT.closing, source: "the employer's statement on whom it wants to hear from, under the process's heading" }
        : { kind: "yderligere", weight: CUE_WEIGHT.closing, source: "a sentence postings close with (whom to ask, diversity, no agencies)" },
    );
  else if (late && isOfficeHours(text)) own.push(OFFICE_HOURS_CUE);
  // as strong as a closing sentence, among which it often stands: a sentence of its own under any heading
  else if (isSmokeFreeStatement(text)) own.push({ kind: "vilkaar", weight: CUE_WEIGHT.closing, source: "a smoke-free workplace: a condition of the work" });
  else if (isProcessStatement(text)) own.push({ kind: "ansaettelsesproces", weight: CUE_WEIGHT.process, source: "a sentence that tells a step of the process" });
  else if (text.length < 300 && ATTESTATION.test(text)) own.push({ kind: "ansaettelsesproces", weight: CUE_WEIGHT.attestation, source: "a check before hiring (a criminal record, a child protection certificate)" });
  else if (isContactDetails(text)) own.push({ kind: "andet", weight: CUE_WEIGHT.footer, source: "an address and contact details" });
  return own;
}

function headingCues(h: DocBlock, first = false): Cue[] {
  const name = `heading “${h.text}”`;
  // "Lignende job", "Andre ledige stillinger": the page's list of other posts, whose deadlines are theirs
  if (OTHER_POSTINGS_HEADING.test(h.text.trim())) return [{ kind: "andet", weight: CUE_WEIGHT.footer, source: `${name} (other posts)` }];
  // "SOMMERJOB TIL STUDERENDE" after the post in a newsletter whose contents list names it: another item of the letter
  if (OTHER_NEWS.has(h)) return [{ kind: "andet", weight: CUE_WEIGHT.footer, source: `${name} (another item of the newsletter)` }];
  // "Bilag 1 | Organisationsdiagram": what follows to the end is the attachment, its chart's boxes too
  if (BILAG_LINE.test(h.text.trim())) return [{ kind: "bilag", weight: CUE_WEIGHT.attachment, source: `${name} (an attachment)` }];
  // "Nøglefakta": a box of the post's facts, whose lines say their kinds
  if (FACT_BOX_HEADINGS.has(vocabularyKey(h.text))) return [];
  const cls = classifyHeading(h.text);
  if (cls?.strength === "strong") {
    // "Stillingen / The position": a heading in two languages is as generic as its halves
    const generic = h.text.split(" / ").some((half) => GENERIC_HEADINGS.has(vocabularyKey(half)));
    // "Vi kan tilbyde:" over a list: a lead-in that says what the list holds, as strong as one
    if (generic && h.text.trim().endsWith(":")) return [{ kind: cls.kind, weight: CUE_WEIGHT.leadIn, source: `${name} (known, generic, a lead-in)` }];
    return [{ kind: cls.kind, weight: generic ? CUE_WEIGHT.generic : CUE_WEIGHT.known, source: `${name} (known${generic ? ", generic" : ""})` }];
  }
  if (isConsultancyHeading(h.text)) return [{ kind: "andet", weight: CUE_WEIGHT.known, source: `${name} (the recruitment firm presenting itself)` }];
  // ("Bjerre & Vang Rekruttering" over the page copied from the firm's site, its menu and the post's title: its name,
  // whose word "Rekruttering" heads no process; over the ad's prose, or further down over its consultants' cards, no cue)
  if (first && isConsultancyName(h.text)) return [{ kind: "andet", weight: CUE_WEIGHT.known, source: `${name} (a recruitment firm's name alone)` }];
  // "2. Om Aarhus Universitet og Faculty of Technical Sciences": a chapter's number before it
  if (ORGANISATION_HEADING.test(h.text.trim().replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/u, ""))) return [{ kind: "indledning", weight: CUE_WEIGHT.weak, source: `${name} (an organisation by its name)` }];
  const teaser = TEASER_QUESTION.test(h.text.trim());
  // "Vil du have det økonomiske ansvar i en boligforening …?": a hook whose words name a kind no more than the text below
  if (cls && teaser) return [{ kind: cls.kind, weight: CUE_WEIGHT.unknown, source: `${name} (a teaser's words)` }];
  if (cls) return [{ kind: cls.kind, weight: CUE_WEIGHT.weak, source: `${name} (its words)` }];
  // A heading phrased as a lead-in ("Hvad kommer du til at lave?", "**Vi forventer, at du:**") says what follows.
  const lead = teaser ? null : leadInCue(h.text, false);
  if (lead) return [{ ...lead, weight: CUE_WEIGHT.weak, source: `${name} (phrased as a lead-in)` }];
  // An unknown heading ("Det bringer du med") still has words the model knows.
  const w = wordEvidence(h.text);
  if (w.known === 0) return [];
  let best = 0;
  let second = -Infinity;
  for (let k = 0; k < w.scores.length; k++) {
    if (w.scores[k] > w.scores[best]) [second, best] = [w.scores[best], k];
    else if (k !== best && w.scores[k] > second) second = w.scores[k];
  }
  const kind = MODEL_KINDS[best];
  if (kind === "andet" || kind === "bilag") return [];
  const weight = Math.min(CUE_WEIGHT.unknown, Math.round((w.scores[best] - second) * 100) / 100);
  return weight > 0 ? [{ kind, weight, source: `${name} (unknown; its words)` }] : [];
}

/** A short line in capitals that names a post: "IT-CHEF TIL DRIFT OG INFRASTRUKTUR", "KOMMUNALDIREKTØR". */
function isCapitalTitle(text: string): boolean {
  const t = text.trim();
  return t.length <= 80 && /\p{Lu}{3}/u.test(t) && t === t.toUpperCase() && !/[.!?:]$/u.test(t) && POSITION_WORDS.test(t);
}

/** A lead-in that is a heading's words set with a colon has this many words at most ("Løn og ansættelsesvilkår:"). */
const LEAD_IN_HEADING_WORDS = 4;
/** Half the items of the list after slot `i` or more say what the person has and is (`isPersonItem`). */
function personItems(slots: readonly Slot[], entry: readonly boolean[], i: number): boolean {
  let items = 0;
  let person = 0;
  for (let k = i + 1; k < slots.length && slots[k].role === "content" && (entry[k] || slots[k].block.type === "item"); k++) {
    items++;
    if (isPersonItem(slots[k].block.text)) person++;
  }
  return items > 0 && person * 2 >= items;
}

function leadInCue(text: string, colon = true): Cue | null {
  const t = text.trim();
  if ((colon && !t.endsWith(":") && !OPEN_CLAUSE.test(t)) || words(t, 30) > 30) return null;
  // "Du får personaleansvar for tre ledere. Dine vigtigste opgaver bliver blandt andet at:": the sentence that opens the list says what it holds
  const sentences = sentencesOf(t);
  const lower = (sentences.at(-1) ?? t).toLowerCase();
  // "Du bliver daglig leder af to boenheder. Konkret betyder det, at du:": the sentence before tells what the list holds
  const told = sentences.length > 1 && LEAD_IN_MEANS.test(lower) ? sentences.at(-2)!.toLowerCase() : null;
  if (told !== null && LEAD_IN_PATTERNS.some(([kind, re]) => kind === "jobprofil" && re.test(told)))
    return { kind: "jobprofil", weight: CUE_WEIGHT.leadIn, source: `lead-in “${t}” (what the job before it means)` };
  // "I de første 100 dage forventer vi, at du bruger tid på … Vi forventer, at du:": what the post is to have done by then
  // (what is asked of that stretch, not what it gives: "de første tre måneder har du en fast mentor" is the terms')
  const before = sentences.length > 1 ? sentences.at(-2)!.toLowerCase() : "";
  if (BARE_EXPECTATION.test(lower) && FIRST_PERIOD.test(before) && ASKED_OF_THE_POST.test(before))
    return { kind: "jobprofil", weight: CUE_WEIGHT.leadIn, source: `lead-in “${t}” (what the post's first stretch asks)` };
  for (const [kind, re] of LEAD_IN_PATTERNS) if (re.test(lower)) return { kind, weight: CUE_WEIGHT.leadIn, source: `lead-in “${t}”` };
  // "Det praktiske:", "Løn og vilkår:" over a list: a heading's words set as its lead-in (a few words, a heading's:
  // "Afdelingen arbejder med rekruttering og onboarding, herunder:" is a sentence, its words no heading's)
  // (a heading the vocabulary knows whole: "Rekruttering:", "Test og kvalitetssikring:" over a list are tasks, whatever
  // section a heading's word in them might name)
  const named = colon && t.endsWith(":") && words(t, LEAD_IN_HEADING_WORDS) <= LEAD_IN_HEADING_WORDS ? classifyHeading(t.slice(0, -1)) : null;
  // (a heading's word for the job or the person, "Rollen i korte træk:", names what the list holds as well)
  if (named && (named.strength === "strong" || named.kind === "jobprofil" || named.kind === "personprofil"))
    return { kind: named.kind, weight: CUE_WEIGHT.leadIn, source: `lead-in “${t}” (a heading's words)` };
  return null;
}

/**
 * A paragraph's last sentence that leads in a list, a block of its own after the sentences before it, or null. The
 * lead-in has the paragraph's last line, the sentences before it the lines above (a paragraph of one line is both's).
 */
function leadInTail(b: DocBlock): [DocBlock, DocBlock] | null {
  const { text } = b;
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return null;
  const lead = sentences.at(-1)!;
  // (the tasks' list only: a committee's lead-in keeps the sentence before it, where its name may stand ("… fondens
  // ansættelsesudvalg. The search committee consists of:"), and "Vi forventer, at du inden for dine første to år
  // lykkes med følgende:" under "Det skal du lykkes med" speaks for the job its heading names, not the person)
  if (leadInCue(lead)?.kind !== "jobprofil") return null;
  const at = text.lastIndexOf(lead);
  if (at <= 0) return null;
  const above = b.lines.length > 1 ? b.lines.slice(0, -1) : b.lines;
  const lastLine = b.lines.at(-1)!;
  const body: DocBlock = { ...b, text: text.slice(0, at).trimEnd(), lines: above, position: { start: b.position.start, end: { ...b.position.end, line: above.at(-1)! } } };
  const leadIn: DocBlock = { ...b, text: lead, lines: [lastLine], position: { start: { ...b.position.end, line: lastLine }, end: b.position.end } };
  return [body, leadIn];
}

/** A fact box's label, on its own line or before its value: "Ansøgningsfrist", "Arbejdstid 37 timer". */
const isBoxLabel = (b: DocBlock | undefined): boolean => !!b && b.type !== "item" && (FACT_LABELS.has(vocabularyKey(b.text)) || factLabel(b.text) !== null);

/** "Ansøgningsfrist: 14. marts 2027", "Arbejdstid 37 timer": the kind a fact box's label gives its line. */
function factLabel(text: string): SectionKind | null {
  if (text.length > 120) return null;
  // ("1. samtale: 17. februar": a round's number before its label)
  const m = text.match(/^(?:\d\.\s)?([\p{L} .-]{2,30}?)(?::\s*|\s+(?=\d))/u);
  return m ? (FACT_LABELS.get(normaliseHeading(m[1])) ?? null) : null;
}

/**
 * Blocks as the sections need them: a run-in heading ("Om stillingen Du får
 * ansvaret …", "Faglige kompetencer: Du har …") becomes a heading and its
 * paragraph; a fact box's label on its own line joins the value below it
 * ("Ansøgningsfrist" over "14. marts 2027"), so that it opens no section.
 */
export function prepare(blocks: DocBlock[]): DocBlock[] {
  const out: DocBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const next = blocks[i + 1];
    // "… Derfor søger vi en ny:" over "LEDER AF HJEMMEPLEJEN NORD": the post the sentence announces, its title, no
    // heading; and "English version" over "Vice-Dean for Education at …": the other language's title
    const prev = out.at(-1);
    const announces = () => (prev?.type === "paragraph" && ANNOUNCES_POST.test(prev.text.trim())) || (!!prev && prev.text.length < 40 && LANGUAGE_SWITCH.test(prev.text.trim()));
    if (b.type === "heading" && announces() && !classifyHeading(b.text) && POSITION_WORDS.test(b.text)) {
      const title: DocBlock = { ...b, type: "paragraph" };
      ANNOUNCED.add(title);
      out.push(title);
      continue;
    }
    const contents = contentsList(blocks, i);
    if (contents > 0) {
      const run = blocks.slice(i, i + contents + 1);
      const merged: DocBlock = { type: "paragraph", text: run.map((x) => x.text).join("\n"), lines: run.flatMap((x) => x.lines), position: { start: b.position.start, end: run.at(-1)!.position.end } };
      CONTENTS.add(merged);
      out.push(merged);
      i += contents;
      continue;
    }
    // "Dato" / "Aktivitet" / "15. marts 2027" / "Stillingen annonceres" / "Mandag 12. april 2027 kl. 12.00" /
    // "Ansøgningsfrist": a timetable a cell a line; each date goes with the step under it, never a label with the
    // date of the next step
    const rows = timetableRows(blocks, i);
    if (rows > 0) {
      for (let k = i; k < i + rows * 2; k += 2) {
        const [date, step] = [blocks[k], blocks[k + 1]];
        out.push({ type: "paragraph", text: `${date.text} ${step.text}`, lines: [...date.lines, ...step.lines], position: { start: date.position.start, end: step.position.end } });
      }
      i += rows * 2 - 1;
      continue;
    }
    // the page's furniture is a line of its own, whatever its words
    if (b.furniture) {
      out.push(b);
      continue;
    }
    const label = b.type !== "item" && !isStyled(b) ? FACT_LABELS.get(vocabularyKey(b.text)) : undefined;
    // A value is short and no sentence: "14. marts 2027", "Fuldtid, 37 timer" (under "Kontakt", a sentence makes it a heading).
    // (after a label's colon, a value alone on its line may have been taken for a heading: "Virksomhed:" over
    // "Boligselskabet Sundbo"; without one, "KONTAKT" over a name is a heading over its section)
    const value =
      next && (next.type === "paragraph" || (next.type === "heading" && b.text.trimEnd().endsWith(":") && !isStyled(next) && !next.shape?.known));
    // (a known heading alone over a contact's card, no box around it: "Kontakt" over "Ejendomschef Søren Ravn, tlf. …"
    // after the process's lines, then the closing words, heads its section)
    const inBox = () => LABELLED.has(out.at(-1)!) || isBoxLabel(blocks[i + 2]);
    const heads = b.type === "heading" && !!next && holdsContactDetail(next.text) && classifyHeading(b.text)?.strength === "strong" && !inBox();
    if (label && value && !heads && words(next.text, LABEL_VALUE_WORDS) <= LABEL_VALUE_WORDS && !/[.:!?]$/u.test(next.text.trim())) {
      const merged: DocBlock = {
        type: "paragraph",
        text: `${b.text} ${next.text}`,
        lines: [...b.lines, ...next.lines],
        position: { start: b.position.start, end: next.position.end },
        ...(b.beside && next.beside ? { beside: true } : {}),
      };
      LABELLED.set(merged, label);
      out.push(merged);
      i++;
      continue;
    }
    // "Andre job du måske synes om" on a line of its own heads the page's list of other posts
    if (b.type === "paragraph" && b.text.length <= 60 && !b.text.includes("\n") && OTHER_POSTINGS_HEADING.test(b.text.trim())) {
      out.push({ ...b, type: "heading", shape: { markdownLevel: null, numbering: null, bold: false, allCaps: false, known: false } });
      continue;
    }
    // "Bilag 1. Organisationsdiagram" over the chart's boxes, each taken for a heading: the attachment's heading (not the
    // last line of a list of them, "Bilag 1: …" / "Bilag 2: …", over the next page's heading)
    const listed = out.length > 0 && NUMBERED_BILAG.test(out[out.length - 1].text.trim()) && out[out.length - 1].position.end.page === b.position.start.page;
    if ((b.type === "item" || b.type === "paragraph") && NUMBERED_BILAG.test(b.text.trim()) && next?.type === "heading" && !BILAG_LINE.test(next.text.trim()) && !listed) {
      out.push({ ...b, type: "heading", shape: { markdownLevel: null, numbering: null, bold: false, allCaps: false, known: false } });
      continue;
    }
    // "Læs mere" over a list of links heads it ("## Læs mere" / "* [Nationalmuseets strategi](…)")
    const linksHead = b.type === "heading" && next?.type === "item" ? classifyHeading(b.text) : null;
    const headsLinks = linksHead?.strength === "strong" && linksHead.kind === "yderligere";
    if (b.type === "heading" && !headsLinks && [...BANNERS, ...LINK_LINES, ...POSTING_NOTES, LANGUAGE_SWITCH].some((re) => re.test(b.text.trim()))) {
      out.push({ ...b, type: "paragraph" });
      continue;
    }
    const parts = (b.type === "paragraph" ? splitRunIn(b) : null) ?? [b];
    // "Sektion for Lungekirurgi varetager … Som sektionsleder får du ansvaret for:" over a list: the paragraph's last
    // sentence is the list's lead-in, the sentences before it the paragraph they were (after a run-in heading's split)
    const last = parts.at(-1)!;
    const tail = last.type === "paragraph" && next?.type === "item" && last.text.trimEnd().endsWith(":") ? leadInTail(last) : null;
    out.push(...parts.slice(0, -1), ...(tail ?? [last]));
  }
  return addressCards(factBoxes(out));
}

/** An organisation's card is a few short lines: its name, street, town, switchboard, CVR. */
const CARD_LINES = 5;
const CARD_LINE_LENGTH = 80;

/**
 * "Thisted Kommune" over "Asylgade 30, 7700 Thisted" over "Tlf. 9917 5200":
 * the organisation's address card at a page's or a document's foot, a line
 * each. Read together it is contact details (`isContactDetails`) and filed
 * as one; a line apart is a name, a place, a phone label ("Tlf.") that would
 * each go where its words lead.
 */
function addressCards(blocks: DocBlock[]): DocBlock[] {
  const out: DocBlock[] = [];
  const line = (b: DocBlock | undefined) => !!b && b.type === "paragraph" && !b.furniture && !b.beside && b.text.length <= CARD_LINE_LENGTH && !b.text.includes("\n");
  for (let i = 0; i < blocks.length; i++) {
    let end = i;
    // ("Ulrik Fogh, regionschef" over "Tlf. 22 18 47 19 · uf@…" over the house's card: a card opens on no one's own mail)
    if (line(blocks[i]) && !(blocks[i].text.includes("@") && !onlyOrganisationMailboxes(blocks[i].text)))
      for (let k = Math.min(i + CARD_LINES - 1, blocks.length - 1); k > i; k--) {
        const run = blocks.slice(i, k + 1);
        if (run.every(line) && isContactDetails(run.map((b) => b.text).join("\n"))) {
          end = k;
          break;
        }
      }
    if (end === i) {
      out.push(blocks[i]);
      continue;
    }
    const run = blocks.slice(i, end + 1);
    out.push({ type: "paragraph", text: run.map((b) => b.text).join("\n"), lines: run.flatMap((b) => b.lines), position: { start: run[0].position.start, end: run.at(-1)!.position.end } });
    i = end;
  }
  return out;
}

/**
 * A fact box's line: a label and its value, one short line, no sentence after
 * it; a list's item too ("<li>Arbejdssted: Vejle</li>"), when the vocabulary
 * knows its label (a list of "Ledelse: …", "Økonomi: …" is the person's).
 */
const factLine = (b: DocBlock): SectionKind | null =>
  (b.type !== "paragraph" && b.type !== "item") || b.furniture || b.wrapper || b.text.length > FACT_LINE_LENGTH || b.text.includes("\n") || /[.!?]["”]?\s+[A-ZÆØÅ]/u.test(b.text)
    ? null
    : (LABELLED.get(b) ?? factLabel(b.text) ?? cellLabel(b.text) ?? (b.type === "paragraph" && LABEL_AND_VALUE.test(b.text) ? "andet" : null));

/** The kind a fact line's label gives it, a label the vocabulary lacks the page's ("Ansættelsesområde: Staten"), else null. */
const labelledLine = (text: string): SectionKind | null => factLabel(text) ?? cellLabel(text) ?? (LABEL_AND_VALUE.test(text) ? "andet" : null);

/** "Ansættelsesområde: Staten": a label the vocabulary does not know, one to three words and a colon, and its value. */
const LABEL_AND_VALUE = /^\p{Lu}[\p{L}-]{1,25}(?: [\p{L}-]{1,20}){0,2}: \S/u;

/** "Arbejdssted  Dagtilbud Hanstholm": a label and its value set apart by a wide gap, as a table's row is extracted. */
function cellLabel(text: string): SectionKind | null {
  const m = text.match(/^(\p{L}[\p{L} .-]{1,29}?)(?:\s{2,}|\t)\S/u);
  return m ? (FACT_LABELS.get(normaliseHeading(m[1])) ?? null) : null;
}

/** A value is a date, a place, some hours: a line longer than this holds a sentence or two. */
const FACT_LINE_LENGTH = 100;

/**
 * "Ansøgningsfrist 21. marts 2027", "Arbejdssted Hanstholm", "Arbejdstid 37
 * timer" a line each: a page's fact box, which a reader takes in as one
 * thing, the post's summary. Two or more such lines of different labels,
 * one of them naming the post's place or kind, run together into one block
 * (as a table of them is one), so that no label's kind cuts the box into
 * sections of a line each.
 */
function factBoxes(blocks: DocBlock[]): DocBlock[] {
  const out: DocBlock[] = [];
  for (let i = 0; i < blocks.length; ) {
    // "Stillingsbetegnelse: Rengøringsleder" / "Arbejdssted: …" / "Timetal: …" at the top, kept as one block of short
    // lines: a box whose lines are one block's
    const lines = blocks[i].type === "paragraph" && !blocks[i].furniture && blocks[i].text.includes("\n") ? blocks[i].text.split("\n") : null;
    const lineKinds = lines && lines.length >= 2 && lines.every((l) => l.length <= FACT_LINE_LENGTH) ? lines.map(labelledLine) : null;
    if (lines && lineKinds?.every((k) => k !== null) && new Set(lineKinds).size >= 2 && (lineKinds.includes("indledning") || lineKinds.includes("andet"))) {
      FACT_BOXES.set(blocks[i], lines.map((l, k) => boxLine(l, lineKinds[k])));
      out.push(blocks[i++]);
      continue;
    }
    const kinds = new Set<SectionKind>();
    let j = i;
    for (let kind = factLine(blocks[j]); kind; kind = j < blocks.length ? factLine(blocks[j]) : null) {
      kinds.add(kind);
      j++;
    }
    // A box names where and what the post is (a workplace, a category, its number) beside the dates and
    // terms; lines of the process alone ("Ansøgningsfrist: …", "Samtaler: …", "Kontakt: …") are the process's.
    if (j - i >= 2 && kinds.size >= 2 && (kinds.has("indledning") || kinds.has("andet"))) {
      const run = blocks.slice(i, j);
      const box: DocBlock = {
        type: "paragraph",
        text: run.map((x) => x.text).join("\n"),
        lines: run.flatMap((x) => x.lines),
        position: { start: run[0].position.start, end: run.at(-1)!.position.end },
        ...(run.every((x) => x.beside) ? { beside: true } : {}),
      };
      // each line's own label's kind; a label the vocabulary lacks gives none, and the line's words decide
      FACT_BOXES.set(box, run.map((x) => boxLine(x.text, LABELLED.get(x) ?? factLabel(x.text) ?? cellLabel(x.text))));
      out.push(box);
      i = j;
    } else {
      // no part of a run that is no box is one (its kinds are the run's, or fewer): the run is passed whole, not
      // tried again from each of its lines
      const end = Math.max(j, i + 1);
      for (; i < end; i++) out.push(blocks[i]);
    }
  }
  return out;
}

/** "Mandag 12. april 2027 kl. 12.00", "26.-28. april 2027", "22.04.2027": a date and nothing else. */
const DATE_ONLY = new RegExp(String.raw`^(?:\p{L}+dag(?:\s+den)?\s+)?\d{1,2}\.(?:\s?[-–]\s?\d{1,2}\.)?\s*(?:(?:${MONTH_ALTERNATION})\.?|\d{1,2}\.?)\s*(?:\d{4})?(?:,?\s+(?:kl\.\s*)?\d{1,2}[.:]\d{2})?$`, "iu");
const isDateOnly = (b: DocBlock | undefined) => !!b && b.type === "paragraph" && b.text.length <= 50 && DATE_ONLY.test(b.text.trim());

/**
 * The rows of a timetable set a cell a line, starting at `i`, after its head ("Dato" and the next column's name):
 * the number of date-and-step pairs, or 0 where no such head stands right above.
 */
function timetableRows(blocks: DocBlock[], i: number): number {
  if (!isDateOnly(blocks[i])) return 0;
  const head = [blocks[i - 1], blocks[i - 2]].some((h) => h && h.text.length <= 20 && TIMETABLE_DATE_HEADS.has(h.text.trim().replace(/:$/u, "").toLowerCase()));
  if (!head) return 0;
  let rows = 0;
  for (let k = i; isDateOnly(blocks[k]) && blocks[k + 1]?.type === "paragraph" && !isDateOnly(blocks[k + 1]) && words(blocks[k + 1].text, 12) <= 12 && !blocks[k + 1].text.includes("\n"); k += 2) rows++;
  return rows >= 2 ? rows : 0;
}

/** Fact-box lines made of a label and the value below it, with the kind the label gives. */
const LABELLED = new WeakMap<DocBlock, SectionKind>();
/** The longest value a label on its own line takes from the line under it: "1. runde torsdag den 14. oktober 2027, 2. runde tirsdag den 26. oktober 2027". */
const LABEL_VALUE_WORDS = 16;
/** A page's contents list without page numbers, as one block under its heading: cover matter. */
const CONTENTS = new WeakSet<DocBlock>();
/** A fact box's line: its text, the kind its label gives, and whether the label names the workplace. */
interface BoxLine {
  text: string;
  kind: SectionKind | null;
  workplace: boolean;
}
/** "BV-2027-014", "RM-2027-04418", "2027-1184": a post's number, whatever its label ("Reference", "Sag") */
const POST_NUMBER = /:\s*(?:[A-ZÆØÅ]{1,6}-?\d{2,4}(?:[-/]\d{2,6}){1,2}|\d{4}[-/]\d{3,6})\s*$/u;
const boxLine = (text: string, kind: SectionKind | null): BoxLine => ({
  text,
  kind: kind ?? (POST_NUMBER.test(text) ? "andet" : null),
  workplace: kind === "indledning" && WORKPLACE_LABELS.has(normaliseHeading(text.match(/^([\p{L} .-]{2,30}?)(?::|\s{2,}|\t|\s\|)/u)?.[1] ?? text)),
});
/** A fact box's lines run together (factBoxes), each with the kind its label gives. */
const FACT_BOXES = new WeakMap<DocBlock, BoxLine[]>();

/** A slide's or a page's number before its title in a list of them: "03 Baggrund for rekrutteringen". */
const LEADING_PAGE = /^\d{1,3}\s+(?=\p{Lu})/u;

/**
 * "Indhold på siden" over "1. Indledning", "2. Odsherred Kommune", …: the
 * chapter names a page lists before its text, each of which stands again
 * later as a heading. No page numbers say so (`isTocLine`), or only two
 * spaces set them apart: the repetition does, or the page number; a slide
 * deck's agenda numbers each slide before its title. The number of such
 * lines after the contents heading at `i`, or 0.
 */

function contentsList(blocks: DocBlock[], i: number): number {
  const b = blocks[i];
  if (b.type !== "heading" && b.type !== "paragraph") return 0;
  if (!CONTENTS_HEADINGS.has(vocabularyKey(b.text))) return 0;
  // where each heading's words stand last: a listed chapter stands again after its line
  const last = new Map<string, number>();
  for (let j = i + 1; j < blocks.length; j++) if (blocks[j].type === "heading") last.set(vocabularyKey(blocks[j].text), j);
  let listed = 0;
  // every line so far numbered before its title: the list goes on over one whose slide stands under other words ("12 Kontakt")
  let numbered = true;
  for (let k = i + 1; k < blocks.length && listed < 40 && blocks[k].text.length <= 80 && !blocks[k].text.includes("\n"); k++, listed++) {
    const leading = LEADING_PAGE.test(blocks[k].text);
    numbered &&= leading;
    // a line with its page number ("Forord fra bestyrelsen  3": two spaces will do under a contents heading) is the
    // list's, though its chapter stands again under other words
    if (!isTocLine(blocks[k].text, 2) && !(numbered && listed >= 2) && (last.get(vocabularyKey(blocks[k].text.replace(LEADING_PAGE, ""))) ?? -1) <= k) break;
  }
  return listed >= 3 ? listed : 0;
}
/** The headings of a newsletter's other items, after the post it carries (markOtherNews). */
const OTHER_NEWS = new WeakSet<DocBlock>();

/**
 * A newsletter that carries the post among its items lists them under "I dette nummer" (or another
 * NEWSLETTER_CONTENTS heading), each item standing again below under its own heading. The item that names a post
 * ("Vi søger en driftsleder til spildevand") is the post; the others' headings after the post's first line open the
 * letter's other news, no part of the post. One before it is left to the genre's order: marked, it would take the
 * post's text under it wherever the post's own title is no heading.
 */
function markOtherNews(blocks: DocBlock[]): void {
  const at = blocks.findIndex((b) => b.text.length <= 40 && NEWSLETTER_CONTENTS.has(vocabularyKey(b.text)));
  if (at < 0) return;
  const items: string[] = [];
  for (let k = at + 1; k < blocks.length && blocks[k].type === "item" && items.length < 12; k++) items.push(vocabularyKey(blocks[k].text));
  const post = items.findIndex((item) => item.split(" ").some((w) => isPositionNoun(w)));
  if (items.length < 2 || post < 0) return;
  // the list itself is the letter's contents, as a profile's is
  for (let k = at + 1; k <= at + items.length; k++) CONTENTS.add(blocks[k]);
  // the post's first line: the first block after the list that names its position
  const noun = new RegExp(`(?<!\\p{L})${items[post].split(" ").find((w) => isPositionNoun(w))!.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?!\\p{L})`, "iu");
  const from = blocks.findIndex((b, j) => j > at + items.length && noun.test(b.text));
  if (from < 0) return;
  for (let j = from + 1; j < blocks.length; j++) {
    const b = blocks[j];
    if (b.type !== "heading") continue;
    const key = vocabularyKey(b.text);
    if (key.length >= 8 && items.some((item, n) => n !== post && (item.startsWith(key) || key.startsWith(item)))) OTHER_NEWS.add(b);
  }
}

/**
 * Headings that ran in on their paragraph's line ("Løn og ansættelse: Du
 * ansættes …"): written into the paragraph, they speak for it (and a list
 * right under it), not for the paragraphs after it.
 */
const RUN_IN = new WeakSet<DocBlock>();

/** A heading set apart by its style (Markdown, bold, numbered) is a heading, never a fact box's label. */
const isStyled = (b: DocBlock) => !!b.shape && (b.shape.markdownLevel !== null || b.shape.bold || b.shape.numbering !== null);

const RUN_IN_MAX_WORDS = 6;
/** A person's pronoun opening five words or more: a sentence's subject, not a heading's first word ("Det får du hos os:" is one). */
const SENTENCE_SUBJECT = /^(?:du|vi|jeg|han|hun|de)\s/iu;

const CAPITAL = /^[A-ZÆØÅ]/u;

function splitRunIn(b: DocBlock): DocBlock[] | null {
  if (!CAPITAL.test(b.text)) return null;
  // Where each of the first words starts (split at single spaces, as the block's text is joined): a
  // heading is at most RUN_IN_MAX_WORDS of them with four more after it, and a long paragraph is not split whole.
  const starts: number[] = [0];
  for (let at = b.text.indexOf(" "); at >= 0 && starts.length < RUN_IN_MAX_WORDS + 4; at = b.text.indexOf(" ", at + 1)) starts.push(at + 1);
  if (starts.length < RUN_IN_MAX_WORDS) return null;
  for (let n = Math.min(RUN_IN_MAX_WORDS, starts.length - 4); n >= 1; n--) {
    // A run-in heading ends before a capital: "Om stillingen Du får …", "Faglige kompetencer: Du har …".
    if (!CAPITAL.test(b.text.slice(starts[n], starts[n] + 1))) continue;
    const head = b.text.slice(0, starts[n] - 1);
    // a run-in heading stands on its paragraph's first line: "Ansøgningsfrist: 24.05.2027" / "Arbejdssted: …" are a box's lines
    if (head.includes("\n")) continue;
    const colon = head.endsWith(":");
    if (FACT_LABELS.has(normaliseHeading(head))) continue;
    // "Du er ikke alene om opgaverne: Vi har en souschef …": a sentence of its own before a colon, its subject first
    if (n >= 5 && SENTENCE_SUBJECT.test(head)) continue;
    // the weak patterns matter only after a colon: most paragraphs are spared them at six lengths each
    const cls = colon || isKnownHeading(head) ? classifyHeading(head) : null;
    // Without a colon only a heading the vocabulary knows word for word may run in: "Om stillingen Du får …";
    // not an organisation's kind, which opens its sentence as its subject ("Fonden Kysthuset er …")
    if (colon ? !cls : cls?.strength !== "strong" || UNIT_NOUNS.has(normaliseHeading(head))) continue;
    const rest = b.text.slice(starts[n]);
    if (words(rest, 4) < 4) return null;
    const heading: DocBlock = { type: "heading", text: head.replace(/:$/u, ""), lines: [], position: b.position, shape: { markdownLevel: null, numbering: null, bold: false, allCaps: false, known: cls?.strength === "strong" } };
    RUN_IN.add(heading);
    return [heading, { ...b, text: rest }];
  }
  return null;
}

/** "… søger en ny forstander med …": the organisation hiring, in a sentence, not a title line (no capitals for the post). */
const HIRING_CLAUSE = new RegExp(String.raw`(?<!\p{L})(?:${HIRING_VERBS.join("|")})\s+(?:en|et|nu en|hermed en)\s+\p{Ll}`, "u");
/**
 * An organisation hires in a sentence, by its name: "Lemvig Kommune søger en afdelingsleder …", "… invites applications
 * for the position of …", or in the passive ("Der søges en …"). Not "Vi søger en leder, der …" nor "Vi har brug for en
 * leder, der …": those describe the person.
 */
const ANNOUNCEMENT = [
  // (a sentence's first word is capitalised too: "Vi", "Derfor" name no one)
  new RegExp(String.raw`(?<![\p{L}])(?!(?:${NOT_AN_ORGANISATION.join("|")})\s)\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,4}\s(?:${ANNOUNCING_VERBS.join("|")})\s(?:nu\s)?(?:en|et)\s\p{Ll}`, "u"),
  ENGLISH_ANNOUNCEMENT,
  // in the passive, the house unnamed: "Der søges en teamkoordinator til Skibsregistret …"
  new RegExp(String.raw`^(?:der|hermed)\s(?:${HEADLINE_PASSIVE.join("|")})\s(?:hermed\s|nu\s)?(?:en|et)\s\p{Ll}`, "iu"),
];
/** Longer, a sentence tells more than that someone hires. */
const ANNOUNCEMENT_LENGTH = 300;
/** How far into the text's content (in characters) the sentence that announces the post stands at most. */
const ANNOUNCEMENT_REACH = 700;

/**
 * Where the cover's title block ends and its prose begins: a paragraph of
 * some length, a sentence ("Vil du være med til at …?"), or a fact box that
 * opens the text right above its prose.
 */
function coverProseStart(blocks: DocBlock[], coverEnd: number): number {
  for (let i = 0; i < coverEnd; i++) {
    const b = blocks[i];
    // the page's furniture (a menu, a breadcrumb) before the title is no prose: the title block goes on past it
    if (b.type === "heading" || b.furniture) continue;
    // nor is the page's notice that the post is gone ("Tak til alle ansøgere for interessen. … kan ikke længere søges."): the title follows it
    if (b.text.length < NOTE_LENGTH && isBanner(firstSentence(b.text)) && !REPOSTED.test(b.text)) continue;
    // nor is a box of the post's facts under the title, its labelled lines run together ("Stillingstype Fuldtid",
    // "Ansættelse Fast", …); a box that opens the text, no title above it, is the text's first part, each line its label's
    if (FACT_BOXES.has(b)) {
      const next = blocks.slice(i + 1, coverEnd).find((x) => !x.furniture);
      if (blocks.slice(0, i).every((x) => x.furniture) && next && isCoverProse(next)) return i;
      continue;
    }
    // a short question right above it opens the text with it ("Vil du sætte retningen for 13 folkeskoler?" over
    // "Vordingborg Kommune søger en skolechef, …"): the teaser, the introduction's, no line of the title
    if (isCoverProse(b)) return i > 0 && isTeaserAbove(blocks[i - 1]) ? i - 1 : i;
  }
  return coverEnd;
}

const TEASER_WORDS = 4;
const isTeaserAbove = (b: DocBlock): boolean =>
  b.type === "paragraph" && !b.furniture && /\?$/u.test(b.text.trim()) && words(b.text, TEASER_WORDS) >= TEASER_WORDS && !isTitleWithHook(b.text);

/**
 * A cover's block that is prose: a paragraph of some length, or a sentence. A fact box's line ("Ansøgningsfrist 14.
 * marts 2027") on the cover, among its title lines, is the cover's; "Tangbjerg Efterskole søger en ny forstander med
 * tiltrædelse 1. august 2027", its full stop left out, is a sentence.
 */
function isCoverProse(b: DocBlock): boolean {
  // a cover's letter-spaced capitals ("P O S I T I O N P R O F I L E") are one word each line, not sixteen
  const n = b.text.split(/\s+/u).filter((w) => w.length > 1).length;
  return b.type !== "heading" && !isTitleWithHook(b.text) && (n >= 25 || (n >= 8 && (/[.!?]$/u.test(b.text.trim()) || HIRING_CLAUSE.test(b.text))));
}

/** "Kantineleder til Hedegaard Emballage A/S – vil du være hjertet i vores kantine?": the post at its place, then a short question. */
const TITLE_HOOK = new RegExp(String.raw`^(\p{Lu}[\p{L}-]*)\s(?:[\p{L}-]+\s){0,2}(?:${POST_PLACE_WORDS.join("|")})\s[^–—\n]{2,80}\s[–—]\s[^–—\n.!?]{3,70}\?$`, "u");
const isTitleWithHook = (text: string): boolean => {
  const m = TITLE_HOOK.exec(withoutTrailingPictographs(text.trim()));
  return !!m && isPositionNoun(m[1].toLowerCase());
};

const asParagraph = (b: DocBlock): DocBlock => (b.type === "heading" ? { ...b, type: "paragraph" } : b);

/**
 * A page's or a Word file's one top-level heading above all the others
 * ("# Skoleleder til Hedeskolen", then "## Baggrund", "## Jobprofil") names
 * the post: it is the title, not the first section.
 */
function documentTitleHeading(blocks: DocBlock[]): DocBlock | null {
  const levels = blocks.filter((b) => b.type === "heading" && b.shape?.markdownLevel != null);
  const first = levels[0];
  if (!first || levels.length < 3 || classifyHeading(first.text)?.strength === "strong") return null;
  const top = first.shape!.markdownLevel!;
  return levels.slice(1).every((b) => b.shape!.markdownLevel! > top) ? first : null;
}

/** "Horsens Kommune · Sundhed og Omsorg", "Region Midtjylland | Psykiatrien": an organisation's name and its unit's. */
const BYLINE_SEPARATOR = /\s[·|–—]\s/u;
function isByline(text: string): boolean {
  const parts = text.trim().split(BYLINE_SEPARATOR).map((p) => p.trim());
  if (parts.length >= 2 && parts.length <= 4 && text.length <= 100 && isOrganisationName(parts[0].split(/,\s/u)[0])) return true;
  // "Kulturhuset Mølleværket, Ringkøbing": a name and its town, every word capitalised (a heading in capitals, "OPGAVER,
  // ANSVAR OG KOMPETENCER", is none, nor one the vocabulary knows)
  const words = text.trim().split(/,?\s+/u);
  return (
    /,\s/u.test(text) && words.length <= 6 && text !== text.toUpperCase() && !classifyHeading(text) && words.every((w) => /^(?:\p{Lu}[\p{L}-]*,?|og|&|A\/S)$/u.test(w))
  );
}

/** A document's own title ("# Job- og personprofil: …") or its contents page: cover matter, never a section. */
function isCoverHeading(text: string): boolean {
  return DOCUMENT_TYPE_PHRASES.some((re) => re.test(text.trim())) || CONTENTS_HEADINGS.has(vocabularyKey(text));
}

/** Numbered "1." outranks "1.1"; Markdown "#" outranks "##". */
function outranks(style: string, top: string): boolean {
  const m = style.match(/^(md|num)(\d)$/u);
  const t = top.match(/^(md|num)(\d)$/u);
  return !!m && !!t && m[1] === t[1] && Number(m[2]) < Number(t[2]);
}

/**
 * The first heading that opens the body: one the vocabulary knows, or one
 * followed by prose. Short lines before it are the cover's title block.
 */
const UNIT_NOUNS: ReadonlySet<string> = new Set(ORGANISATION_NOUNS);

/** A post's name the sentence before it announces (prepare): the title, wherever it stands. */
const ANNOUNCED = new WeakSet<DocBlock>();
/** A sentence that ends announcing the post named on the next line: "Derfor søger vi en ny:", "… leder vi efter en:". */
const ANNOUNCES_POST = new RegExp(`(?<!\\p{L})(?:${HIRING_VERBS.join("|")})(?:\\s+\\p{L}+){0,4}:$`, "iu");

/** A firm's headline over the post it seeks for another: "Brandt & Holm Rekruttering søger på vegne af Skovgaard Fødevarer A/S". */
const ON_BEHALF_HEADLINE = new RegExp(String.raw`^\p{Lu}[^.!?]{1,80}\s(?:${HIRING_VERBS.join("|")})\s(?:nu\s)?på\svegne\saf\s\p{Lu}[^.!?]{1,80}$`, "u");

/** "DAGLIG LEDER SØGES TIL …": the passive headline; "Vi søger en leder, der …" is a sentence over the job. */
const SEEKS = new RegExp(String.raw`\s(?:${HEADLINE_PASSIVE.join("|")})(?!\p{L})`, "iu");

/** The cover's lines that may stand above the post's name: the house's name and its unit's, a page's menu and breadcrumbs. */
const COVER_LINES = 8;
/** Fewer words than a line of prose has: a cover's or a page's line ("Søg | Menu | English", "EGEBJERG GYMNASIUM"). */
const COVER_LINE_WORDS = 20;

/**
 * Heading i stands under only the house's own lines ("Odense University Hospital" / "Department of Neurology" over
 * "Head of Research …"), a banner ("Ledig stilling") and a page's short lines (a menu, a breadcrumb, "Del på
 * LinkedIn"): no heading above it is a section's or names a post (a post's name above it is the title already:
 * "Direktør for Børn og Unge" over "Flyvefærdig direktør i børnehøjde"), and no line above it is prose. It counts as the first.
 */
function underHouseLinesOnly(blocks: DocBlock[], i: number): boolean {
  // (the page's menu and breadcrumb above count for nothing: "Gå til indhold", "Søg", "Menu", …)
  const above = blocks.slice(0, i).filter((h) => !h.furniture);
  return (
    above.length <= COVER_LINES &&
    above.every((h) => (h.type === "heading" ? !classifyHeading(h.text) && !POSITION_WORDS.test(h.text) : h.type === "paragraph" && words(h.text, COVER_LINE_WORDS) < COVER_LINE_WORDS))
  );
}

/**
 * A headline that names the post: no section's heading, or a weak one that seeks the post ("DAGLIG LEDER SØGES TIL
 * … – ER DET DIG?", whatever words of a section its hook has) or leads with the post's noun ("VICEDIREKTØR MED
 * ANSVAR FOR DRIFT, ØKONOMI OG SERVICE").
 */
/** The post's noun, then where it is: "Pedel til Lyngbakkeskolen, 37 timer", "Kordegn, Skt. Nikolaj Sogn". */
const POST_NAMED_FIRST = new RegExp(String.raw`^\p{L}+(?:\s(?:${POST_PLACE_WORDS.join("|")})\s|,\s)`, "u");
function isPostHeadline(text: string, known: ReturnType<typeof classifyHeading>): boolean {
  // ("Pedel til Lyngbakkeskolen, 37 timer": a post the common heads leave out, named first)
  const firstWord = text.trim().split(/[\s,–-]/u, 1)[0];
  if (!POSITION_WORDS.test(text) && !(isPositionNoun(firstWord.toLowerCase()) && POST_NAMED_FIRST.test(text.trim()))) return false;
  return !known || (known.strength === "weak" && (SEEKS.test(text) || isPositionNoun(firstWord)));
}

function findFirstSectionHeading(blocks: DocBlock[]): number {
  const title = documentTitleHeading(blocks);
  // Word's title page through pandoc: bold lines ("**Boligselskabet Kystbo**") above the first "#" heading
  const firstMarkdown = blocks.findIndex((b) => b.type === "heading" && b.shape?.markdownLevel != null);
  let headingsSeen = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type !== "heading") continue;
    if (i < firstMarkdown && b.shape?.bold && b.shape.markdownLevel == null && !classifyHeading(b.text)) continue;
    const known = classifyHeading(b.text);
    // The first heading naming a post ("Økonomichef til Favrskov Kommune") is the title block's.
    const first = headingsSeen++ === 0 || underHouseLinesOnly(blocks, i);
    // (over a list it heads the list; over a lone dash line in lower case, "– en faglig stærk leder, der …", it has
    // its tagline)
    const tagline = blocks[i + 1]?.type === "item" && blocks[i + 2]?.type !== "item" && /^\p{Ll}/u.test(blocks[i + 1].text);
    const namesPost = first && isPostHeadline(b.text, known) && (blocks[i + 1]?.type !== "item" || tagline);
    if (b === title || namesPost || isCoverHeading(b.text)) continue;
    // "Brandt & Holm Rekruttering søger på vegne af Skovgaard Fødevarer A/S": the firm's line over the post, the cover's
    if (first && ON_BEHALF_HEADLINE.test(b.text.trim())) continue;
    const prev = blocks[i - 1];
    // "**Horsens Kommune · Sundhed og Omsorg**" under the post's title: the title block's byline (under a banner
    // "GENOPSLAG" too, the post's title its second line)
    // ("**Skanderborg Kommune**" alone right under the post's title, over the cover's short lines: the house's name, no
    // section's; "## Aarhus Kommune" over a paragraph on the kommune heads the introduction)
    const underPost = prev?.type === "heading" && isPostHeadline(prev.text, classifyHeading(prev.text));
    if ((headingsSeen <= 2 || underPost) && isByline(b.text)) continue;
    const overCover = !blocks[i + 1] || blocks[i + 1].type === "heading" || words(blocks[i + 1].text, COVER_LINE_WORDS) < COVER_LINE_WORDS;
    if (underPost && overCover && !known && b.text.length <= 60 && isOrganisationName(b.text.trim())) continue;
    // The line after "Job- og personprofil" is the post's title, not a section.
    if (prev && /^job-?\s*og\s+personprofil$/iu.test(prev.text.trim()) && !classifyHeading(b.text)) continue;
    const next = blocks[i + 1];
    // "Brandbjerg Industri A/S, Vejle" over "Stillings- og personprofil · april 2027": the title page's
    if (!known && next && next.type !== "heading" && DOCUMENT_TYPE_PHRASES.some((re) => re.test(next.text.trim()))) continue;
    if (known && !(next?.type === "heading" && UNIT_NOUNS.has(normaliseHeading(b.text)))) return i;
    if (styleRank(b.shape) !== "plain" && styleRank(b.shape) !== "caps") return i;
    // a contents list is cover matter, however many words its chapters make
    // (and a box of the post's facts, however many words its labelled lines make)
    if (next && next.type !== "heading" && !CONTENTS.has(next) && !FACT_BOXES.has(next) && next.text.split(/\s+/u).length >= 20) return i;
    if (next && next.type === "item") return i;
  }
  return -1;
}

function finish(drafts: Draft[]): Section[] {
  return drafts
    .filter((d) => d.heading || d.content.length || d.subsections.length)
    .map((d) => {
      const all = [d.heading, ...d.content, ...d.subsections.flatMap((s) => [s.heading, ...s.content])].filter(
        (b): b is DocBlock => b !== null,
      );
      const subsections: Subsection[] = d.subsections.map((s) => ({
        heading: s.heading.text,
        position: span([s.heading, ...s.content]),
        content: toContent(s.content),
      }));
      return {
        kind: d.kind,
        heading: d.heading?.text ?? null,
        position: span(all),
        content: toContent(d.content),
        subsections,
      };
    });
}

function span(blocks: DocBlock[]): Section["position"] {
  return { start: blocks[0].position.start, end: blocks.at(-1)!.position.end };
}

/** Consecutive items become one list; everything else keeps its order. */
function toContent(blocks: DocBlock[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.type === "item") {
      const item: ListItem = { text: b.text, position: b.position };
      const last = out.at(-1);
      if (last?.kind === "list" && last.ordered === !!b.ordered) {
        last.items.push(item);
        last.position = { start: last.position.start, end: b.position.end };
      } else out.push({ kind: "list", ordered: !!b.ordered, items: [item], position: b.position });
    } else if (b.type === "table") {
      out.push({ kind: "table", rows: b.rows ?? [], position: b.position });
    } else out.push({ kind: "paragraph", text: b.text, position: b.position, ...(b.furniture ? { furniture: true as const } : {}) });
  }
  return out;
}
