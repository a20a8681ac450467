/**
 * HTML into Markdown-flavoured lines: the page's own structure says what is a
 * heading, a list or a table, so the text pipeline never has to guess it.
 *
 *   h1–h6                         → "#"×level lines
 *   a paragraph that is all bold  → "**bold line**"
 *   li                            → "- item" / "1. item" (nested lists indented)
 *   tr                            → "| a | b |"
 *   each paragraph                → one line and a blank line
 *
 * Parser: cheerio's htmlparser2 back end (`cheerio/slim`), not parse5.
 * Measured on this machine (cheerio 1.2): a page nested 10,000 divs deep took
 * 1,140 ms and +16 MB with parse5 against 142 ms and +1 MB with htmlparser2; a
 * page with one 20 MB attribute took 5,000 ms and +700 MB with parse5 against
 * 690 ms and +1 MB. Hostile or merely bloated pages (inlined images, tracking
 * blobs) are what a saved posting looks like, and htmlparser2's looser tree
 * building (no HTML5 adoption agency) does not matter for reading text.
 */
import { load } from "cheerio/slim";
import { iconv } from "../lazy.js";
import {
  BOILERPLATE_LABEL,
  BOILERPLATE_ROLES,
  BOILERPLATE_SUBSTRINGS,
  BOILERPLATE_TOKEN_PARTS,
  BREADCRUMB_MARK,
  FRAME_TOKEN_PARTS,
  NEVER_CONTENT,
  NEVER_SEEN,
  PAGE_FURNITURE,
  POSITION_TOKEN_PARTS,
} from "./boilerplate.js";
import { holdsContactDetail, onlyOrganisationMailboxes } from "../vocabulary/contact-details.js";
import { DEADLINE_LABELS, FACT_LABELS, STRONG_HEADINGS, TIMELINE_HEADINGS, vocabularyKey } from "../vocabulary/headings.js";
import { extractJobPosting, type JobPostingMetadata } from "./jsonld.js";
import { isJobPostingScope, microdataJobPosting } from "./microdata.js";
import { decodeText } from "./text.js";
import { foldText } from "../vocabulary/letters.js";
import { MONTH_ALTERNATION, WEEK_WORD } from "../vocabulary/dates.js";
import { isoDay } from "./published.js";
import { FILE_HREF, POSTING_FILE_WORDS } from "../vocabulary/furniture.js";
import { isPositionNoun, POST_PLACE_WORDS_WIDE } from "../vocabulary/positions.js";
import { InputError, type RawDocument, type SourceLine } from "./types.js";

/** The parts of domhandler's nodes that the renderer reads (cheerio does not re-export the types). */
const isCrumbs = (node: DomNode | null | undefined) =>
  !!node?.attribs && [node.attribs.class, node.attribs.id, node.attribs["aria-label"]].some((v) => v !== undefined && BREADCRUMB_MARK.test(v));

interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent?: DomNode | null;
  /** The next sibling and the one before it (domhandler keeps the links). */
  next?: DomNode | null;
  prev?: DomNode | null;
}

const INLINE = new Set([
  "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label",
  "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "nobr", "o:p",
]);
const STRONG_TAGS = new Set(["strong", "b"]);
const HEADING = /^h([1-6])$/u;

/**
 * Below this depth the structure is flattened to text: real postings nest a
 * few dozen levels, and recursion 10,000 levels deep would exhaust the stack.
 */
const MAX_DEPTH = 200;

/** The share of the page's own text (furniture dropped) that a <main> or <article> must hold to be read alone. */
const MAIN_SHARE = 0.3;
/**
 * The least text a page must hold for its largest box to be taken for the
 * posting: postings in the fixtures hold 1,300 characters and more, cookie
 * banners 50–250.
 */
const POSTING_MIN_TEXT = 500;
const textLength = (lines: string[]) => lines.reduce((n, l) => n + l.length, 0);

export interface HtmlReadOptions {
  /** "docx" when the HTML came from mammoth: no page furniture, no JSON-LD. */
  format?: "html" | "docx";
}

export function readHtml(bytes: Uint8Array, options: HtmlReadOptions = {}): RawDocument {
  return htmlToDocument(decodeHtml(bytes), options);
}

export function htmlToDocument(html: string, options: HtmlReadOptions = {}): RawDocument {
  const format = options.format ?? "html";
  const $ = load(capNesting(html), { xml: false });
  if (html.includes("srcdoc")) inlineFrames($);
  const metadata: { jobPosting?: JobPostingMetadata; siteName?: string; published?: string } = {};
  const page = $.root()[0] as unknown as DomNode;
  // One walk instead of cheerio's selectors, whose matching was quadratic in nested elements (50,000 <article>s).
  const marks = landmarks(page);
  if (format === "html") {
    const jobPosting = extractJobPosting(marks.jsonLd.map((el) => $(el as never).text())) ?? (marks.microdata ? microdataJobPosting(marks.microdata, (n) => $(n as never).text()) : null);
    if (jobPosting) metadata.jobPosting = jobPosting;
    const siteName = siteNameOf(marks);
    if (siteName) metadata.siteName = siteName;
    const published = isoDay(marks.published) ?? isoDay(jobPosting?.datePosted);
    if (published) metadata.published = published;
  }
  const lengths = textLengths(page);
  const factBoxes = new Set([...marks.factBoxCandidates.filter((b) => isPostingFactBox(b, lengths)), ...contactBoxes(marks, lengths), ...deadlineBoxes(marks, lengths), ...timelineBoxes(marks, lengths)]);
  const { panels } = marks;
  const pageSpine = contentSpine(page, lengths);
  const pageTexts = renderLines(page, { dropFurniture: true, spine: pageSpine, factBoxes, panels, posting: postingBox(pageSpine, marks.h1s.find((h) => !droppedOnTheWay(h, panels)) ?? null) });
  const chosen = chooseRoot(marks, lengths, metadata.jobPosting?.title ?? marks.pageTitle);
  let texts = pageTexts;
  let beside: ReadonlySet<number> = new Set();
  if (chosen) {
    const asides = chosen.name === "main" ? sitesAsides(chosen, new Set([...marks.factBoxCandidates, ...factBoxes]), lengths) : undefined;
    const withBoxes = withFactBoxesBeside(chosen, renderLines(chosen, { dropFurniture: false, asides, spine: contentSpine(chosen, lengths), factBoxes, panels }), factBoxes, marks);
    // A <main> that wraps only a banner, with the posting beside it, is not the posting.
    if (textLength(withBoxes.texts) >= MAIN_SHARE * textLength(pageTexts)) ({ texts, beside } = withBoxes);
  }
  // A page that shows nothing but carries its posting in JSON-LD (some applicant-tracking systems render with scripts).
  const shown = texts.some((t) => t.trim());
  if (!shown && metadata.jobPosting?.descriptionHtml) {
    const $d = load(metadata.jobPosting.descriptionHtml, { xml: false });
    const description = $d.root()[0] as unknown as DomNode;
    texts = renderLines(description, { dropFurniture: true, spine: contentSpine(description, textLengths(description)) });
  }
  if (!texts.some((t) => t.trim())) throw new InputError(format === "docx" ? "empty file (the DOCX has no text)" : "empty file (the HTML page has no text)", "empty");
  // The page around the posting (its menus, cookie banner, footer, list of other posts) is kept too, as the page's furniture.
  const whole = format === "html" && shown ? withFurniture(page, texts, panels, beside) : null;
  const lines: SourceLine[] = whole
    ? whole.texts.map((text, i) => ({ text, line: i + 1, page: null, ...(whole.furniture.has(i) ? { furniture: true as const } : whole.beside.has(i) ? { beside: true as const } : {}) }))
    : texts.map((text, i) => ({ text, line: i + 1, page: null, ...(beside.has(i) ? { beside: true as const } : {}) }));
  const doc: RawDocument = { format, pages: null, lines };
  if (metadata.jobPosting) {
    // The description is the page's own text again; the record needs only the corroborating fields.
    const { descriptionHtml: _unused, ...jobPosting } = metadata.jobPosting;
    doc.metadata = { jobPosting };
  }
  if (metadata.siteName) doc.metadata = { ...doc.metadata, siteName: metadata.siteName };
  if (metadata.published) doc.metadata = { ...doc.metadata, published: metadata.published };
  return doc;
}

/**
 * An ad shown in a frame whose page is written into the frame's own attribute (`<iframe srcdoc="…">`, as job boards
 * embed an employer's ad): the frame's body stands in the page where the frame does, read as the page's own text.
 */
function inlineFrames($: ReturnType<typeof load>): void {
  for (const frame of $("iframe[srcdoc]").toArray()) {
    const body = load(capNesting($(frame).attr("srcdoc") ?? ""), { xml: false })("body").html() ?? "";
    $(frame).replaceWith(`<div>${body}</div>`);
  }
}

/**
 * The whole page as a reader sees it, with the lines that are not the
 * posting's marked. The posting's lines are found in it in order, each after
 * the last and not far on; a line the two readings render a little apart (a
 * button dropped from the posting's reading, kept in the page's) is the same
 * line, and the posting's reading of it is kept. What lies between is the
 * page's. Where the posting's lines cannot be found so (a fact box moved
 * beside the posting), the posting's lines alone are read, as before.
 */
function withFurniture(
  page: DomNode,
  posting: string[],
  panels: ReadonlySet<string>,
  postingBeside: ReadonlySet<number>,
): { texts: string[]; furniture: Set<number>; beside: Set<number> } | null {
  const all = renderLines(page, { dropFurniture: false, spine: new Set(), panels, everything: true });
  const texts: string[] = [];
  const furniture = new Set<number>();
  const beside = new Set<number>();
  const pageLine = (line: string) => {
    if (line.trim()) furniture.add(texts.length);
    texts.push(line);
  };
  let at = 0;
  let missed = 0;
  const content = posting.filter((l) => l.trim());
  for (const [k, line] of posting.entries()) {
    if (!line.trim()) {
      texts.push(line);
      continue;
    }
    if (postingBeside.has(k)) beside.add(texts.length);
    let found = -1;
    for (let j = at; j < all.length && j - at <= FURNITURE_REACH; j++)
      if (sameLine(all[j], line)) {
        found = j;
        break;
      }
    if (found < 0) {
      missed++;
      texts.push(line);
      continue;
    }
    for (; at < found; at++) if (all[at].trim()) pageLine(all[at]);
    if (postingBeside.has(k)) beside.add(texts.length);
    texts.push(line);
    at = found + 1;
  }
  for (; at < all.length; at++) if (all[at].trim()) pageLine(all[at]);
  // Readings too far apart to trust the match: the posting alone.
  if (!furniture.size || missed * 10 > content.length) return null;
  return { texts, furniture, beside };
}

/** How many of the page's lines may stand between two of the posting's: a long menu, a cookie text. */
const FURNITURE_REACH = 400;
/** The same line in the posting's reading and the page's: equal, or one inside the other, or the same start or end. */
function sameLine(page: string, posting: string): boolean {
  if (page === posting) return true;
  const a = page.trim();
  const b = posting.trim();
  if (a.length < 24 || b.length < 24) return false;
  return a.includes(b) || b.includes(a) || a.slice(0, 24) === b.slice(0, 24) || a.slice(-24) === b.slice(-24);
}

/**
 * "Skoleleder til Virklund Skole | Silkeborg Kommune": the site's own name,
 * from its meta tag, else the parts of its title after the headline (which
 * may name the employer and the job board that shows the post).
 */
/** Meta tags that date a page's publication. */
const PUBLISHED_META = new Set(["article:published_time", "datePublished", "date", "dcterms.created", "DC.date.issued"]);

function siteNameOf({ siteName, pageTitle }: Landmarks): string | null {
  const named = siteName?.replace(/\s+/gu, " ").trim();
  if (named) return named;
  const parts = (pageTitle ?? "").replace(/\s+/gu, " ").trim().split(/ [|–—-] /u);
  return parts.length > 1 ? parts.slice(1).join(" | ") : null;
}

interface Landmarks {
  /** The first `<main>` or `[role=main]` in document order. */
  main: DomNode | null;
  articles: DomNode[];
  /** `<script type="application/ld+json">` elements. */
  jsonLd: DomNode[];
  /** The first element marked as a schema.org JobPosting in microdata (`itemscope itemtype=…/JobPosting`). */
  microdata?: DomNode;
  /** `<dl>`s and `<table>`s, which may be a posting's fact box. */
  factBoxCandidates: DomNode[];
  /** Document order of the landmarks and the candidates, to place a fact box before or after the posting. */
  order: Map<DomNode, number>;
  /** Ids of the panels a tab or a disclosure button opens (`aria-controls`). */
  panels: Set<string>;
  /** `<meta property="og:site_name">`'s content, and the first `<title>`'s text. */
  siteName?: string;
  /** `<meta property="article:published_time">` (or its `itemprop="datePublished"` kin)'s content. */
  published?: string;
  pageTitle?: string;
  /** The first `<h1>`s in document order: the posting's title is one, on most pages. */
  h1s: DomNode[];
  /** The first `<h2>`…`<h6>`s in document order, which may head a sidebar's contact box. */
  subHeadings: DomNode[];
}

/** The elements the reader looks for, in document order, from one iterative walk. */
function landmarks(root: DomNode): Landmarks {
  const found: Landmarks = { main: null, articles: [], jsonLd: [], factBoxCandidates: [], order: new Map(), panels: new Set(), h1s: [], subHeadings: [] };
  const stack: DomNode[] = [root];
  let index = 0;
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "script") {
      if (n.attribs?.type?.trim().toLowerCase() === "application/ld+json") found.jsonLd.push(n);
      continue;
    }
    if (n.type === "tag") {
      index++;
      if (!found.main && (n.name === "main" || n.attribs?.role === "main")) {
        found.main = n;
        found.order.set(n, index);
      }
      if (n.name === "article") {
        found.articles.push(n);
        found.order.set(n, index);
      }
      if (!found.microdata && isJobPostingScope(n)) found.microdata = n;
      if (n.name === "h1" && found.h1s.length < MAX_TITLES) found.h1s.push(n);
      else if (HEADING.test(n.name ?? "") && found.subHeadings.length < MAX_SUB_HEADINGS) {
        found.subHeadings.push(n);
        found.order.set(n, index);
      }
      if (n.name === "meta" && n.attribs?.property === "og:site_name" && found.siteName === undefined) found.siteName = n.attribs.content?.slice(0, 200);
      if (n.name === "meta" && found.published === undefined && PUBLISHED_META.has(n.attribs?.property ?? n.attribs?.itemprop ?? n.attribs?.name ?? ""))
        found.published = n.attribs?.content?.slice(0, 40);
      if (n.name === "title" && found.pageTitle === undefined) found.pageTitle = (n.children ?? []).map((c) => c.data ?? "").join("").slice(0, 300);
      if (n.name === "dl" || n.name === "table") {
        found.factBoxCandidates.push(n);
        found.order.set(n, index);
      }
      const a = n.attribs;
      // a tab, or an accordion's button, that is not the site's menu or cookie toggle
      if (a?.["aria-controls"] && (a.role === "tab" || "aria-expanded" in a) && !isSiteToggle(a))
        for (const id of a["aria-controls"].slice(0, 1000).split(/\s+/u)) if (id) found.panels.add(id);
    }
    const ch = n.children ?? [];
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
  }
  return found;
}

/**
 * The posting itself when the page marks it: `<main>`, else the `<article>`
 * with the most text. The lengths are textLengths(page): reading each
 * article's text anew was quadratic when articles nest (50,000 levels did not finish).
 */
function chooseRoot({ main, articles, h1s }: Landmarks, lengths: Map<DomNode, number>, pageTitle?: string): DomNode | null {
  const postings = separatePostings(main, articles, lengths);
  // of several, the one the page names (its <title>, its JSON-LD, its first <h1>), else the first
  if (postings) return postings.find((p) => pageTitle && foldText(pageTitle).includes(foldText(p.headline)))?.article ?? postings.find((p) => h1s[0] && isWithin(h1s[0], p.article))?.article ?? postings[0].article;
  if (main) return main;
  if (articles.length === 0) return null;
  if (articles.length === 1) return articles[0];
  let best = articles[0];
  let bestLength = -1;
  for (const a of articles) {
    const n = lengths.get(a) ?? 0;
    if (n > bestLength) [best, bestLength] = [a, n];
  }
  return best;
}

/** The least text of each of a page's several postings ("Ledige stillinger" with two full ads): a teaser is shorter. */
const SEPARATE_POSTING_TEXT = 1000;
/** More articles than this are a feed or a nesting, not a page of a few postings. */
const MAX_SEPARATE_POSTINGS = 20;

/**
 * Two or more full postings side by side in the page's content, each an
 * `<article>` under its own headline that names a post and where it is
 * ("Kontorchef til Produktsikkerhed", "Fuldmægtig til Elsikkerhed"): the page
 * is a list of postings, one of them the document and the others the page's.
 * The parts of one posting ("Lederen vi søger", "Dig som leder") name no post
 * at a place, one post's name twice is one posting, and a `<main>` that names
 * its post in its own heading, outside the articles, is one posting in parts.
 */
function separatePostings(main: DomNode | null, articles: DomNode[], lengths: Map<DomNode, number>): { article: DomNode; headline: string }[] | null {
  if (articles.length < 2 || articles.length > MAX_SEPARATE_POSTINGS) return null;
  const all = new Set(articles);
  const postings: DomNode[] = [];
  // one walk up from each article (not one for each pair: a page may nest thousands of levels)
  for (const a of articles) {
    let nested = false;
    let inMain = !main;
    for (let p = a.parent; p; p = p.parent) {
      if (all.has(p)) nested = true;
      if (p === main) inMain = true;
    }
    if (!nested && inMain) postings.push(a);
  }
  if (postings.length < 2) return null;
  const own = main ? firstHeading(main) : null;
  if (own && !postings.some((a) => isWithin(own, a)) && postHeadline(own)) return null;
  const headlines = postings.map((a) => {
    const h = firstHeading(a);
    return h ? postHeadline(h) : null;
  });
  const distinct = new Set(headlines.map((h) => h && foldText(h)));
  if (!headlines.every((h) => h !== null) || distinct.size !== postings.length || !postings.every((a) => (lengths.get(a) ?? 0) >= SEPARATE_POSTING_TEXT)) return null;
  return postings.map((article, k) => ({ article, headline: headlines[k]! }));
}

/** A heading that names a post and where it is ("Kontorchef til Produktsikkerhed", "Sygeplejerske ved Akutmodtagelsen"), else null. */
const POST_AT_PLACE = new RegExp(String.raw`^(\S+)\s+(?:${POST_PLACE_WORDS_WIDE.join("|")})\s+\p{Lu}`, "u");
function postHeadline(heading: DomNode): string | null {
  const text = flatText(heading).trim();
  const m = POST_AT_PLACE.exec(text);
  return m && isPositionNoun(m[1].replace(/[^\p{L}-]/gu, "").toLowerCase()) ? text : null;
}
const isWithin = (n: DomNode, box: DomNode): boolean => {
  for (let p = n.parent; p; p = p.parent) if (p === box) return true;
  return false;
};

/** The first `<h1>`–`<h3>` below a node, in document order. */
function firstHeading(root: DomNode): DomNode | null {
  const stack = [...(root.children ?? [])].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "tag" && /^h[1-3]$/u.test(n.name ?? "")) return n;
    const ch = n.children ?? [];
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
  }
  return null;
}

/**
 * The length of flatText(node) for every node below the root, bottom-up in
 * one iterative pass (no recursion: a page may nest 50,000 levels).
 */
function textLengths(root: DomNode): Map<DomNode, number> {
  const lengths = new Map<DomNode, number>();
  const own = (n: DomNode): number => {
    if (n.type === "text") return (n.data ?? "").length;
    if (n.type !== "tag" && n.type !== "root") return 0;
    if (n.name === "br") return 1;
    return INLINE.has(n.name ?? "") ? 0 : 1;
  };
  // Post-order: a node is summed once all its children are.
  const stack: [DomNode, boolean][] = [[root, false]];
  while (stack.length) {
    const [n, visited] = stack.pop()!;
    const ch = n.type === "tag" || n.type === "root" ? (n.children ?? []) : [];
    if (!visited && n.name !== "br" && ch.length) {
      stack.push([n, true]);
      for (const c of ch) stack.push([c, false]);
      continue;
    }
    let total = own(n);
    if (n.name !== "br")
      for (const c of ch) if (!(c.type === "tag" && NEVER_CONTENT.has(c.name ?? ""))) total += lengths.get(c) ?? 0;
    lengths.set(n, total);
  }
  return lengths;
}

/**
 * The root and, going down, each element that holds more than half of the
 * root's text: the boxes the posting is in, which no furniture cue may drop.
 * A site's class names on them describe the layout around the posting
 * ("layout layout--sidebar", "menu-open"), and a dialog that was open when the
 * page was saved leaves aria-hidden on them; dropping one would drop the
 * posting. At most one child can hold more than half, so this is a chain.
 */
function contentSpine(root: DomNode, lengths: Map<DomNode, number>): Set<DomNode> {
  const spine = new Set([root]);
  const total = lengths.get(root) ?? 0;
  // On a page of a few lines a cookie banner can outweigh the rest; then only the cues speak.
  if (total < POSTING_MIN_TEXT) return spine;
  const half = total / 2;
  for (let n: DomNode | undefined = root; n; ) {
    n = n.children?.find((c) => c.type === "tag" && !NEVER_CONTENT.has(c.name ?? "") && (lengths.get(c) ?? 0) > half);
    if (n) spine.add(n);
  }
  return spine;
}

/**
 * The box that holds the posting from its title to its text: the deepest box
 * of the spine, widened to take in the page's first <h1> when that stands
 * beside it ("article" over "article__header" and "article__body"). With no
 * <h1>, one level up: a posting's own header or footer stands beside its body.
 */
function postingBox(spine: Set<DomNode>, h1: DomNode | null): DomNode | null {
  if (spine.size < 2) return null;
  const deepest = [...spine].at(-1)!;
  if (!h1) return deepest.parent ?? deepest;
  for (let n: DomNode | null | undefined = deepest; n; n = n.parent) if (isInside(h1, n)) return n;
  return null;
}

// ---------------------------------------------------------------------------
// Fact boxes

/**
 * A posting's fact box: a `<dl>`, or a table of label and value, with two or
 * more labels of the vocabulary's fact box, one of them about the post's
 * dates or terms (a deadline, a start, hours, a form of employment). A site
 * prints such a box beside the posting, in an `<aside>` outside `<main>`, and
 * the deadline may stand nowhere else; a box of "Telefon" and "E-mail" alone is
 * an organisation's address card, not the post's facts.
 */
function isPostingFactBox(box: DomNode, lengths: Map<DomNode, number>): boolean {
  const labels: DomNode[] = [];
  if (box.name === "dl") {
    // HTML lets a <div> hold each <dt>/<dd> group
    for (const c of box.children ?? []) {
      if (c.type !== "tag") continue;
      if (c.name === "dt") labels.push(c);
      else if (c.name === "div") for (const d of c.children ?? []) if (d.type === "tag" && d.name === "dt") labels.push(d);
    }
  } else {
    for (const row of tableRows(box)) {
      const cells = row.filter((c) => c.type === "tag" && (c.name === "td" || c.name === "th"));
      if (cells.length === 2) labels.push(cells[0]);
    }
  }
  // A label is a few words: a longer cell is not read (a table nested in tables would make this quadratic).
  const short = labels.filter((l) => (lengths.get(l) ?? 0) <= MAX_LABEL_LENGTH);
  const kinds = short.map((l) => FACT_LABELS.get(vocabularyKey(collapse(flatText(l))))).filter((k) => k !== undefined);
  return kinds.length >= 2 && kinds.some((k) => k === "ansaettelsesproces" || k === "vilkaar");
}

const MAX_LABEL_LENGTH = 60;

/** How many sub-headings are looked at for a contact box: a page has a few dozen. */
const MAX_SUB_HEADINGS = 200;
/** A contact box is a card, not a page: a few people's names, titles, numbers and a line of text. */
const MAX_CONTACT_BOX = 1200;
const CONTACT_HEADINGS: ReadonlySet<string> = new Set(STRONG_HEADINGS.yderligere.filter((h) => h !== "kontakt os"));

/**
 * A posting's contact box: a heading the vocabulary knows for whom to ask
 * ("Kontakt", "Spørgsmål til stillingen") over a short box with an e-mail
 * address or a phone number. A site prints it beside the posting, in an
 * `<aside>` outside `<main>`, and the people to ask may stand nowhere else;
 * one in the page's header or footer, or under "Kontakt os", is the
 * organisation's (its switchboard), and so is one whose only e-mail is the
 * house's ("info@"). Read as a fact box is, beside the posting.
 */
function contactBoxes(marks: Landmarks, lengths: Map<DomNode, number>): DomNode[] {
  return headedBoxes(marks, lengths, MAX_CONTACT_BOX, (h, box) => {
    // (a heading in two languages, "Kontakt / Contact", by either half)
    if (!collapse(flatText(h)).split("/").some((half) => CONTACT_HEADINGS.has(vocabularyKey(half.trim())))) return false;
    const text = flatText(box);
    return holdsContactDetail(text) && !onlyOrganisationMailboxes(text);
  });
}

/**
 * The `<aside>`s inside a chosen `<main>` that hold nothing of the post's: no fact box, not even a candidate one (a
 * box of labels in English), no contact box, no deadline box, no label of the post's dates or terms (a box of
 * `<div>`s). A museum's address, its opening hours and its switchboard stand there beside the posting, the site's
 * as its footer is.
 */
function sitesAsides(main: DomNode, boxes: ReadonlySet<DomNode>, lengths: Map<DomNode, number>): Set<DomNode> {
  const out = new Set<DomNode>();
  const stack = [...(main.children ?? [])];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== "tag") continue;
    if (n.name === "aside") {
      if (!holdsPostFacts(n, boxes, lengths) && !isFileList(n)) out.add(n);
      continue;
    }
    for (const c of n.children ?? []) stack.push(c);
  }
  return out;
}

function holdsPostFacts(root: DomNode, boxes: ReadonlySet<DomNode>, lengths: Map<DomNode, number>): boolean {
  return someBelow(root, (n) => {
    if (boxes.has(n)) return true;
    if ((lengths.get(n) ?? 0) > MAX_LABEL_LENGTH) return false;
    // "Ansøgningsfrist", "Ansøgningsfrist: 6. april 2027": a label of the post's dates or terms, on its own or before its value
    const kind = FACT_LABELS.get(vocabularyKey(collapse(flatText(n)).split(":")[0]));
    return kind === "ansaettelsesproces" || kind === "vilkaar";
  });
}

/**
 * A list whose items each open on a heading, one of them over a paragraph of prose: chapters laid out as a list (not
 * a list of contact cards, "<li><h3>Anne Holm</h3><p>Skolechef</p>", whose paragraphs are a title and a number).
 */
function laysOutChapters(list: DomNode): boolean {
  const items = (list.children ?? []).filter((c) => c.type === "tag" && c.name === "li");
  const opensOnHeading = (li: DomNode) => /^h[1-6]$/u.test((li.children ?? []).find((c) => c.type === "tag")?.name ?? "");
  const prose = (li: DomNode) => someBelow(li, (x) => x.name === "p" && collapse(flatText(x)).split(" ").length >= CHAPTER_PROSE_WORDS);
  return items.length > 0 && items.every(opensOnHeading) && items.some(prose);
}
/** The words of a paragraph of prose under a chapter's heading, at the least. */
const CHAPTER_PROSE_WORDS = 10;

/** Whether `root` or an element below it passes `test`: one iterative walk, stopped at the first that does. */
function someBelow(root: DomNode, test: (n: DomNode) => boolean): boolean {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (test(n)) return true;
    for (const c of n.children ?? []) if (c.type === "tag") stack.push(c);
  }
  return false;
}

/** A deadline box is a label, a date and a button. */
const MAX_DEADLINE_BOX = 300;

/**
 * A posting's deadline box: "Ansøg senest" over "Mandag 20. september 2027 kl. 09.00" (and the button to apply),
 * a small box of its own beside the posting, where the deadline may stand nowhere else. Read as a fact box is.
 */
function deadlineBoxes(marks: Landmarks, lengths: Map<DomNode, number>): DomNode[] {
  return headedBoxes(marks, lengths, MAX_DEADLINE_BOX, (h, box) => DEADLINE_LABELS.has(vocabularyKey(collapse(flatText(h)))) && /\d/u.test(flatText(box)));
}

/** A timeline beside the posting is a few dates and their steps: this many characters at most. */
const MAX_TIMELINE_BOX = 1200;
/** Dates in a box: "29. april 2027", "uge 18" (not a step's number, "1. samtalerunde", a time, "kl. 8.30-16.00", or an amount). */
const BOX_DATE = new RegExp(String.raw`\d{1,2}\.\s?(?:${MONTH_ALTERNATION})(?!\p{L})|(?<!\p{L})(?:${WEEK_WORD})\s\d`, "giu");

/**
 * A posting's timeline: "Tidsplan" over "29. april 2027: 1. samtalerunde", "Uge 18: MPA-test …", a box of its own
 * beside the posting (an `<aside>` in the page's sidebar), where the rounds may stand nowhere else. Read as a fact box is.
 */
function timelineBoxes(marks: Landmarks, lengths: Map<DomNode, number>): DomNode[] {
  return headedBoxes(marks, lengths, MAX_TIMELINE_BOX, (h, box) => TIMELINE_HEADINGS.has(vocabularyKey(collapse(flatText(h)))) && (flatText(box).match(BOX_DATE)?.length ?? 0) >= 2);
}

/**
 * The small boxes a sub-heading opens (it is their first element) that `accepts` takes, outside the page's header,
 * footer and menus, each placed before or after the posting where its heading stands.
 */
function headedBoxes({ subHeadings, order }: Landmarks, lengths: Map<DomNode, number>, max: number, accepts: (heading: DomNode, box: DomNode) => boolean): DomNode[] {
  const boxes: DomNode[] = [];
  for (const h of subHeadings) {
    const box = h.parent;
    if (!box || box.type !== "tag" || (lengths.get(box) ?? 0) > max) continue;
    // a sidebar's heading may stand below its fact box ("Fakta", then "Vil du vide mere?" over the cards): the sidebar is
    // the box when all above the heading is fact boxes (a list of other posts above "Kontakt" is not)
    // (what holds no text above the heading, a recruiter's portrait, linked or framed, is no part of the card's words)
    if (box.children?.find((c) => c.type === "tag" && flatText(c).trim() !== "") !== h && !(box.name === "aside" && factBoxesAbove(box, h))) continue;
    if (!accepts(h, box)) continue;
    let framed = false;
    for (let n: DomNode | null | undefined = box; n && !framed; n = n.parent) framed = n.name === "header" || n.name === "footer" || n.name === "nav";
    if (framed) continue;
    order.set(box, order.get(h) ?? 0);
    boxes.push(box);
  }
  return boxes;
}
/** Whether every element before `heading` in `box` holds a fact list (a `<dl>` or a table), or heads one ("Fakta om stillingen"). */
function factBoxesAbove(box: DomNode, heading: DomNode): boolean {
  for (const c of box.children ?? []) {
    if (c === heading) return true;
    if (c.type !== "tag" || HEADING.test(c.name ?? "")) continue;
    if (!someBelow(c, (n) => n.name === "dl" || n.name === "table")) return false;
  }
  return false;
}
/** How many <h1>s are looked at for the posting's title (one in a cookie dialog may come first). */
const MAX_TITLES = 20;

/** Inside something dropped outright (a cookie dialog, a hidden box), whatever its own tag. */
function droppedOnTheWay(node: DomNode, panels?: ReadonlySet<string>): boolean {
  for (let n: DomNode | null | undefined = node; n && n.type === "tag"; n = n.parent) if (droppedOutright(n, panels)) return true;
  return false;
}

const isInside = (node: DomNode, box: DomNode): boolean => {
  for (let n: DomNode | null | undefined = node; n; n = n.parent) if (n === box) return true;
  return false;
};

/** Dropped whatever stands around it: never content, hidden, a dialog, a cookie banner; not for where it stands. */
const droppedOutright = (el: DomNode, panels?: ReadonlySet<string>) => dropReason(el, { dropFurniture: false, spine: new Set(), panels }) !== null;

/**
 * The outermost fact boxes below `within`, in document order, looked for
 * only through what is not dropped outright (a fact box in a cookie dialog
 * or a "related jobs" list is theirs). One iterative walk of the subtree:
 * the subtrees of the boxes dropped for their position do not overlap.
 */
function factBoxesIn(within: DomNode, factBoxes: ReadonlySet<DomNode>, panels?: ReadonlySet<string>): DomNode[] {
  // an <aside> that is itself a contact box, on a page that marks no posting
  if (factBoxes.has(within)) return [within];
  const found: DomNode[] = [];
  const stack = [...(within.children ?? [])].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== "tag" || droppedOutright(n, panels)) continue;
    if (factBoxes.has(n)) {
      found.push(n);
      continue;
    }
    const ch = n.children ?? [];
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
  }
  return found;
}

/**
 * The chosen posting's lines with the posting's fact boxes that stand outside
 * it, each in its place in document order (before the posting or after it).
 */
function withFactBoxesBeside(
  chosen: DomNode,
  chosenTexts: string[],
  factBoxes: ReadonlySet<DomNode>,
  { order, panels }: Landmarks,
): { texts: string[]; beside: Set<number> } {
  const none = { texts: chosenTexts, beside: new Set<number>() };
  if (!factBoxes.size) return none;
  // the outermost boxes outside the posting, not inside anything dropped outright
  const kept = [...factBoxes].filter((b) => {
    for (let n = b.parent; n; n = n.parent) if (n === chosen || factBoxes.has(n)) return false;
    return !droppedOnTheWay(b, panels);
  });
  if (!kept.length) return none;
  const at = order.get(chosen) ?? 0;
  const render = (boxes: DomNode[]) => boxes.flatMap((b) => ["", ...renderLines(b, { dropFurniture: false, spine: new Set([b]), panels })]);
  kept.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const before = render(kept.filter((b) => (order.get(b) ?? 0) < at)).slice(1);
  const after = render(kept.filter((b) => (order.get(b) ?? 0) > at));
  const texts = [...before, ...(before.length ? [""] : []), ...chosenTexts, ...after];
  const beside = new Set<number>();
  for (let i = 0; i < texts.length; i++) if (i < before.length || i >= texts.length - after.length) beside.add(i);
  return { texts, beside };
}

// ---------------------------------------------------------------------------
// Nesting

/**
 * How deep elements may nest before their tags are taken out (their text
 * stays). htmlparser2 keeps its open elements in an array it shifts and
 * searches at every tag, so its time grows with the square of the depth:
 * 6,000 levels took 1 s, 50,000 levels 20 s. The renderer reads anything
 * below MAX_DEPTH as flat text anyway, so nothing it shows changes.
 */
export const MAX_NESTING = 1_000;

/** Elements that close themselves or are closed by the next of their kind: they do not deepen a page. */
const NO_DEPTH = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
  "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp",
  "html", "head", "body",
]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noframes"]);

const isNameChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a;

/**
 * The page with every tag deeper than MAX_NESTING removed (a block's tag
 * becomes a space, so words stay apart), from one pass over the text; the
 * page itself when it nests less, which is every real page. Script and style
 * contents are skipped whole, as the parser reads them.
 */
export function capNesting(html: string, cap = MAX_NESTING): string {
  // A page cannot nest deeper than it has tags.
  let opens = 0;
  for (let i = html.indexOf("<"); i !== -1 && opens <= cap; i = html.indexOf("<", i + 1)) opens++;
  if (opens <= cap) return html;
  const lower = html.toLowerCase();
  const out: string[] = [];
  let copied = 0; // html[0, copied) is in out
  let depth = 0;
  let capped = false;
  const drop = (from: number, to: number, name: string) => {
    out.push(html.slice(copied, from), INLINE.has(name) ? "" : " ");
    copied = to;
    capped = true;
  };
  let i = 0;
  while ((i = lower.indexOf("<", i)) !== -1) {
    if (lower.startsWith("<!--", i)) {
      const end = lower.indexOf("-->", i + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    const end = lower.indexOf(">", i + 1);
    if (end < 0) break;
    const closing = lower.charCodeAt(i + 1) === 0x2f;
    const from = closing ? i + 2 : i + 1;
    let k = from;
    while (k < end && isNameChar(lower.charCodeAt(k))) k++;
    const name = lower.slice(from, k);
    const tagEnd = end + 1;
    if (!name || lower.charCodeAt(from) < 0x61 || lower.charCodeAt(from) > 0x7a) {
      i = tagEnd;
      continue;
    }
    if (closing) {
      if (!NO_DEPTH.has(name) && depth > 0) {
        if (depth > cap) drop(i, tagEnd, name);
        depth--;
      }
      i = tagEnd;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      // its text is not markup; the element itself is a leaf
      const close = lower.indexOf(`</${name}`, tagEnd);
      i = close < 0 ? html.length : close;
      if (close >= 0) {
        const closeEnd = lower.indexOf(">", close);
        i = closeEnd < 0 ? html.length : closeEnd + 1;
      }
      continue;
    }
    if (NO_DEPTH.has(name) || lower.charCodeAt(end - 1) === 0x2f) {
      if (depth >= cap) drop(i, tagEnd, name);
      i = tagEnd;
      continue;
    }
    depth++;
    if (depth > cap) drop(i, tagEnd, name);
    i = tagEnd;
  }
  if (!capped) return html;
  out.push(html.slice(copied));
  return out.join("");
}

// ---------------------------------------------------------------------------
// Decoding

const META_CHARSET = /<meta[^>]{0,300}?charset\s*=\s*["']?([A-Za-z0-9_:.-]{1,40})/iu;

/** UTF-8 unless the page says otherwise in its first kilobytes; Danish pages of a certain age say windows-1252. */
export function decodeHtml(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("latin1");
  const declared = head.match(META_CHARSET)?.[1]?.toLowerCase();
  if (declared && !/^utf-?8$/u.test(declared) && iconv().encodingExists(declared)) {
    // Browsers read ISO-8859-1 as windows-1252 (WHATWG Encoding), and so do we.
    const enc = /^(iso-?8859-1|latin-?1|us-ascii|ascii)$/u.test(declared) ? "win1252" : declared;
    return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), enc);
  }
  return decodeText(bytes);
}

// ---------------------------------------------------------------------------
// Boilerplate

/**
 * The tags and the hidden attribute are the page's own word and hold for every
 * element; the cues guessed from a site's attributes never hold for the boxes
 * the posting is in (contentSpine). "position": dropped only for where it
 * stands (a header, footer, aside or sidebar framing the page), so a posting's
 * fact box inside it is still read.
 */
function dropReason(el: DomNode, { dropFurniture, asides, spine, panels, posting, everything }: RenderOptions): "furniture" | "position" | null {
  const name = el.name ?? "";
  if (everything ? NEVER_SEEN.has(name) : NEVER_CONTENT.has(name)) return "furniture";
  const a = el.attribs ?? {};
  // A second tab or a closed accordion is hidden until the reader clicks it open, and holds the posting's text all the same.
  const panel = a.role === "tabpanel" || a.hidden === "until-found" || (!!a.id && !!panels?.has(a.id));
  if ("hidden" in a && !panel) return "furniture";
  if (everything) return a["aria-hidden"] === "true" && !panel ? "furniture" : null;
  if (dropFurniture && PAGE_FURNITURE.has(name) && !(name === "aside" && isFileList(el))) return "position";
  if (spine.has(el)) return null;
  if (dropFurniture && isPageFoot(el)) return "position";
  if (asides?.has(el)) return "furniture";
  if ((name === "ul" || name === "ol") && isPostingsList(el)) return "furniture";
  if (a["aria-hidden"] === "true" && !panel) return "furniture";
  // (a button that links the post's own paper, "Download job- og personprofil (PDF)", is the posting's: where it is read)
  if (hasBoilerplateCue(a) && !isOwnFileLink(el)) return "furniture";
  if (dropFurniture && (hasToken(a.class, POSITION_TOKEN_PARTS) || hasToken(a.id, POSITION_TOKEN_PARTS))) return "position";
  if (dropFurniture && posting && (hasToken(a.class, FRAME_TOKEN_PARTS) || hasToken(a.id, FRAME_TOKEN_PARTS)) && !isInside(el, posting) && !isInside(posting, el))
    return "position";
  return null;
}

/** A link to a file that is the post's own paper by its words ("Download job- og personprofil (PDF)"). */
const isOwnFileLink = (el: DomNode): boolean => el.name === "a" && FILE_HREF.test(el.attribs?.href ?? "") && POSTING_FILE_WORDS.test(flatText(el));

/**
 * A sidebar of the posting's files ("Dokumenter": "Hent job- og personprofilen (PDF)", "Organisationsdiagram (PDF)"):
 * its attachments, kept as the text's, though an `<aside>` frames the page elsewhere. Two file links or more, one of
 * them the post's own paper by its words (a site's "Budget 2027 (PDF)" and "Privatlivspolitik (PDF)" are the site's).
 */
function isFileList(el: DomNode): boolean {
  let files = 0;
  let own = false;
  const walk = (n: DomNode): void => {
    if (n.name === "a" && FILE_HREF.test(n.attribs?.href ?? "")) {
      files++;
      own ||= isOwnFileLink(n);
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(el);
  return files >= 2 && own;
}

/** A blockquote's last paragraph when a <cite> follows it, the quote's attribution; null for any other quote. */
function attributedQuote(children: DomNode[]): DomNode | null {
  const tags = children.filter((c) => c.type === "tag");
  const cite = tags.at(-1);
  const quote = tags.at(-2);
  return cite?.name === "cite" && quote?.name === "p" && flatText(cite).trim().length <= 120 ? quote : null;
}

/**
 * The page's foot set in a box of its own with no tag or class to say so (an old layout's last `<table>`): the last
 * box in `<body>`, short, holding the site's address and a © or a CVR number.
 */
function isPageFoot(el: DomNode): boolean {
  if (el.parent?.name !== "body" || !PAGE_FOOT_BOXES.has(el.name ?? "")) return false;
  // from the end, not over every box: a body of ten thousand paragraphs asks this of each
  const children = el.parent.children ?? [];
  const boxes = (c: DomNode) => c.type === "tag" && !NEVER_CONTENT.has(c.name ?? "");
  let last = children.length - 1;
  while (last >= 0 && !boxes(children[last])) last--;
  if (last < 0 || children[last] !== el || !children.slice(0, last).some(boxes)) return false;
  const text = flatText(el);
  // a postcode and its town, not the year after a © ("© 2027 Fjordegnens Museum")
  return text.length <= PAGE_FOOT_CHARS && PAGE_FOOT_MARK.test(text) && /(?<![\d©]\s?)(?<!\d)\d{4}\s\p{Lu}/u.test(text);
}
const PAGE_FOOT_BOXES = new Set(["table", "div", "p", "center"]);
const PAGE_FOOT_CHARS = 400;
const PAGE_FOOT_MARK = /©|&copy;|(?<!\p{L})CVR(?!\p{L})/u;

/**
 * A job board's list of posts ("Teamleder til Debitorservice · Skattestyrelsen · Ansøgningsfrist: 14.03.2027", one
 * card an item): three or more items, most of them a link and a deadline. Their deadlines and teasers are other
 * posts', the page's furniture, though no heading ("Lignende job") names the list.
 */
function isPostingsList(list: DomNode): boolean {
  let items = 0;
  let postings = 0;
  for (const li of list.children ?? []) {
    if (li.type !== "tag" || li.name !== "li") continue;
    items++;
    if (someBelow(li, (n) => n.name === "a") && OTHER_POST_DEADLINE.test(flatText(li))) postings++;
  }
  return postings >= 3 && postings * 2 >= items;
}
// the deadline box's labels, anywhere in the card's text
const OTHER_POST_DEADLINE = new RegExp(`(?<![a-zæøå])(?:${[...DEADLINE_LABELS].join("|")})(?![a-zæøå])`, "i");

/** A control's class words that say it is a control, not which: "accordion__button" opens the posting's text. */
const CONTROL_WORDS = new Set(["btn", "button"]);
const TOGGLE_CUE_PARTS: ReadonlySet<string> = new Set([...BOILERPLATE_TOKEN_PARTS].filter((p) => !CONTROL_WORDS.has(p)));

/** A button that opens the site's menu, search or cookie settings, by the same cues as furniture. */
function isSiteToggle(a: Record<string, string>): boolean {
  if (a["aria-label"] && BOILERPLATE_LABEL.test(a["aria-label"].slice(0, 200))) return true;
  return hasToken(a.class, TOGGLE_CUE_PARTS, BOILERPLATE_SUBSTRINGS) || hasToken(a.id, TOGGLE_CUE_PARTS, BOILERPLATE_SUBSTRINGS);
}

/** The cues a site's attributes give of furniture: a role, an aria-label, a class or id word. */
function hasBoilerplateCue(a: Record<string, string>): boolean {
  if (a.role && BOILERPLATE_ROLES.has(a.role.toLowerCase())) return true;
  if (a["aria-label"] && BOILERPLATE_LABEL.test(a["aria-label"].slice(0, 200))) return true;
  return hasToken(a.class, BOILERPLATE_TOKEN_PARTS, BOILERPLATE_SUBSTRINGS) || hasToken(a.id, BOILERPLATE_TOKEN_PARTS, BOILERPLATE_SUBSTRINGS);
}

const isBoilerplate = (el: DomNode, options: RenderOptions) => dropReason(el, options) !== null;

function hasToken(value: string | undefined, parts: ReadonlySet<string>, substrings: readonly string[] = []): boolean {
  if (!value) return false;
  // Class lists are short; a megabyte of them is an attack, and only the start is read.
  for (const token of value.slice(0, 1000).toLowerCase().split(/\s+/u)) {
    if (!token) continue;
    if (substrings.some((s) => token.includes(s))) return true;
    if (token.split(/[-_]+/u).some((part) => parts.has(part))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Rendering

interface Piece {
  text: string;
  strong: boolean;
}
const BREAK: Piece = { text: "\n", strong: false };

interface RenderOptions {
  /** Outside the chosen `<main>` or `<article>`: headers, footers, asides and sidebars are furniture. */
  dropFurniture: boolean;
  /** Inside a chosen `<main>`: the `<aside>`s that are the site's (sitesAsides). */
  asides?: ReadonlySet<DomNode>;
  spine: ReadonlySet<DomNode>;
  /** The page's posting fact boxes (isPostingFactBox) and contact boxes (contactBoxes): read even inside furniture dropped for its position. */
  factBoxes?: ReadonlySet<DomNode>;
  /** Landmarks.panels: hidden, but opened by a click. */
  panels?: ReadonlySet<string>;
  /** postingBox(): outside it, a box classed as a header or footer is the site's. */
  posting?: DomNode | null;
  /** Everything a reader sees, the page's furniture with the posting: only what is never seen is left out. */
  everything?: boolean;
}

/** The rendered lines, blank lines between blocks. */
export function renderLines(root: DomNode, options: RenderOptions): string[] {
  const out: string[] = [];
  let inline: Piece[] = [];

  const blank = () => {
    if (out.length > 0 && out[out.length - 1] !== "") out.push("");
  };
  const flush = () => {
    for (const line of paragraphLines(inline)) out.push(line);
    inline = [];
    blank();
  };

  // `box`: a fact box walked from the furniture it stands in (or that it is: an <aside> that is a contact box), kept whatever its place
  const walk = (node: DomNode, depth: number, strong: boolean, box = false): void => {
    if (node.type === "text") {
      inline.push({ text: node.data ?? "", strong });
      return;
    }
    if (node.type === "comment" || node.type === "directive" || node.type === "cdata") return;
    const children = node.children ?? [];
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") {
      for (const c of children) walk(c, depth + 1, strong);
      return;
    }
    const drop = box ? null : dropReason(node, options);
    if (drop) {
      if (drop === "position" && options.factBoxes?.size) for (const b of factBoxesIn(node, options.factBoxes, options.panels)) walk(b, depth + 1, false, true);
      return;
    }
    const name = node.name ?? "";
    if (depth > MAX_DEPTH) {
      inline.push({ text: ` ${flatText(node)} `, strong: false });
      return;
    }
    if (name === "br") {
      inline.push(BREAK);
      return;
    }
    if (INLINE.has(name)) {
      for (const c of children) walk(c, depth + 1, strong || isBold(node));
      // "<span class="fakta-label">Tiltrædelse</span><span class="fakta-value">1. juni 2027</span>", set side by side
      // with no space and laid out by the site's style: a label and its value, a pair a line
      const pair = pairPart(node);
      if (pair) {
        const next = nextTag(node);
        const after = next && INLINE.has(next.name ?? "") ? pairPart(next) : null;
        if (pair === "label" && after === "value") inline.push({ text: flatText(node).trim().endsWith(":") ? " " : ": ", strong: false });
        else if (pair === "value" && after === "label") inline.push(BREAK);
      }
      return;
    }
    const h = name.match(HEADING);
    if (h) {
      flush();
      const text = collapse(flatText(node)) || collapse(toggleText(node));
      if (text) out.push(`${"#".repeat(Number(h[1]))} ${text}`);
      blank();
      return;
    }
    if (name === "ul" || name === "ol") {
      flush();
      renderList(node, 0, depth);
      blank();
      return;
    }
    if (name === "table") {
      flush();
      renderTable(node, depth);
      blank();
      return;
    }
    if (name === "hr") {
      flush();
      out.push("---");
      blank();
      return;
    }
    if (name === "pre") {
      flush();
      for (const l of flatText(node).split(/\r\n|\r|\n/u)) if (l.trim()) out.push(l.trim());
      blank();
      return;
    }
    if (name === "dt") {
      // "Ansøgningsfrist" / "1. april 2026" in a fact box reads as one label line.
      flush();
      const label = collapse(flatText(node));
      if (label) inline.push({ text: /[:?]$/u.test(label) ? `${label} ` : `${label}: `, strong: false });
      return;
    }
    if (name === "dd") {
      for (const c of children) walk(c, depth + 1, false);
      flush();
      return;
    }
    // "<div class="field-label">Løn og vilkår:</div><div class="field-item">Efter overenskomst …</div>": a label and its
    // value in blocks of their own, one label line, as a <dt> and its <dd> are
    const next = nextTag(node);
    const previous = previousTag(node);
    if (next && isBlockPair(node, next)) {
      flush();
      const label = collapse(flatText(node));
      if (label) inline.push({ text: /[:?]$/u.test(label) ? `${label} ` : `${label}: `, strong: false });
      return;
    }
    if (previous && isBlockPair(previous, node)) {
      for (const c of children) walk(c, depth + 1, false);
      flush();
      return;
    }
    // A quote's attribution (<cite> after its last paragraph) is said with the quote, on its line: "“…” — Mette Rask, formand"
    const quote = name === "blockquote" ? attributedQuote(children) : null;
    // Any other element (p, div, section, li outside a list, custom elements) is a block.
    flush();
    for (const c of children) {
      if (quote && c === quote) {
        for (const g of c.children ?? []) walk(g, depth + 2, strong);
        inline.push({ text: " — ", strong: false });
        continue;
      }
      walk(c, depth + 1, strong);
    }
    flush();
  };

  const renderList = (list: DomNode, level: number, depth: number) => {
    if (depth > MAX_DEPTH) {
      const text = collapse(flatText(list));
      if (text) out.push(`${"  ".repeat(Math.min(level, 10))}- ${text}`);
      return;
    }
    // a list whose items hold headings (<ol class="chapters"> of <li><h3>…</h3><p>…</p></li>) lays out chapters, not
    // a list's points: each item is read as the blocks inside it, as a layout table's cells are
    if (laysOutChapters(list)) {
      for (const li of list.children ?? []) {
        if (li.type !== "tag" || isBoilerplate(li, options)) continue;
        for (const ch of li.children ?? []) walk(ch, depth + 1, false);
        flush();
        blank();
      }
      return;
    }
    // a breadcrumb trail marked up as <ol> shows no numbers: its order is the path's
    const ordered = list.name === "ol" && !isCrumbs(list) && !isCrumbs(list.parent);
    let n = Number(list.attribs?.start) || 1;
    for (const li of list.children ?? []) {
      if (li.type !== "tag") continue;
      if (li.name === "ul" || li.name === "ol") {
        // Word and some editors nest a list directly in a list.
        renderList(li, level + 1, depth + 1);
        continue;
      }
      if (isBoilerplate(li, options)) continue;
      const nested: DomNode[] = [];
      const pieces: Piece[] = [];
      const collect = (node: DomNode, d: number, strong: boolean) => {
        if (node.type === "text") pieces.push({ text: node.data ?? "", strong });
        if (node.type !== "tag") return;
        if (isBoilerplate(node, options)) return;
        if (node.name === "ul" || node.name === "ol") nested.push(node);
        else if (d > MAX_DEPTH) pieces.push({ text: ` ${flatText(node)} `, strong });
        else {
          // Paragraphs inside an item are the item's sentences, one after the other.
          if (!INLINE.has(node.name ?? "")) pieces.push({ text: " ", strong });
          for (const c of node.children ?? []) collect(c, d + 1, strong || isBold(node));
        }
      };
      for (const c of li.children ?? []) collect(c, depth + 1, false);
      const text = collapse(pieces.map((p) => (p === BREAK || p.text === "\n" ? " " : p.text)).join(""));
      // Deeper than ten levels is no outline anyone reads; the text stays, the indentation stops.
      const indent = "  ".repeat(Math.min(level, 10));
      if (text) out.push(`${indent}${ordered ? `${n}.` : "-"} ${text}`);
      n++;
      for (const sub of nested) renderList(sub, level + 1, depth + 1);
    }
  };

  const renderTable = (table: DomNode, depth: number) => {
    // "Fakta om stillingen" as the table's <caption>: its title, a line of its own above it (nothing lost)
    const caption = (table.children ?? []).find((c) => c.type === "tag" && c.name === "caption");
    const title = caption ? collapse(flatText(caption)) : "";
    if (title) {
      out.push(title);
      blank();
    }
    const rows = tableRows(table);
    const cells = rows.map((r) => r.filter((c) => c.type === "tag" && (c.name === "td" || c.name === "th")));
    const blockCell = (c: DomNode) => hasBlockContent(c, 0);
    // A table used for layout (one column, or cells holding headings, lists or paragraphs) is read as the blocks inside it.
    if (cells.every((r) => r.length <= 1) || cells.some((r) => r.some(blockCell))) {
      for (const r of cells) {
        // An old page's grid: beside the posting's column, a column of links is its menu or its list of other jobs.
        const besidePosting = r.some((c) => options.spine.has(c));
        for (const c of r) {
          if (besidePosting && !options.spine.has(c) && isLinkList(c)) continue;
          for (const ch of c.children ?? []) walk(ch, depth + 1, false);
          // each cell is a box of its own: its last words never run on into the next cell's
          flush();
        }
      }
      return;
    }
    cells.forEach((r, i) => {
      const texts = r.map((c) => collapse(flatText(c)).replace(/\|/gu, "/"));
      if (!texts.some(Boolean)) return;
      out.push(`| ${texts.join(" | ")} |`);
      // A header row of <th> cells gets Markdown's rule under it, which the normaliser reads as layout.
      if (i === 0 && r.every((c) => c.name === "th")) out.push(`| ${texts.map(() => "---").join(" | ")} |`);
    });
  };

  walk(root, 0, false);
  flush();
  while (out.length && out[out.length - 1] === "") out.pop();
  return out;
}

function tableRows(table: DomNode): DomNode[][] {
  const rows: DomNode[][] = [];
  for (const c of table.children ?? []) {
    if (c.type !== "tag") continue;
    if (c.name === "tr") rows.push(c.children ?? []);
    else if (c.name === "thead" || c.name === "tbody" || c.name === "tfoot")
      for (const r of c.children ?? []) if (r.type === "tag" && r.name === "tr") rows.push(r.children ?? []);
  }
  return rows;
}

const BLOCK_IN_CELL = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "p", "div"]);

/** A cell with headings, lists or more than one paragraph is a layout box, not a value. */
function hasBlockContent(node: DomNode, depth: number): boolean {
  if (depth > 20) return true;
  let paragraphs = 0;
  for (const c of node.children ?? []) {
    if (c.type !== "tag") continue;
    const name = c.name ?? "";
    if (name === "p" || name === "div") {
      paragraphs++;
      if (paragraphs > 1 || hasBlockContent(c, depth + 1)) return true;
    } else if (BLOCK_IN_CELL.has(name)) return true;
    // an old page's `<font>` (or `<span>`, `<center>`) around the cell's paragraphs and lists hides nothing
    else if ((INLINE.has(name) || name === "center") && hasBlockContent(c, depth + 1)) return true;
  }
  return depth === 0 && hasParagraphBreak(node);
}

/**
 * Two <br>s with nothing but white space between them, however many inline
 * tags (`<font>`, `<span>`) wrap them: how pages made before CSS, and editors
 * without paragraphs, part one paragraph from the next.
 */
function hasParagraphBreak(cell: DomNode): boolean {
  let brBefore = false;
  const stack = [...(cell.children ?? [])].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "text") {
      if ((n.data ?? "").trim()) brBefore = false;
    } else if (n.type === "tag" && INLINE.has(n.name ?? "")) {
      const ch = n.children ?? [];
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
    } else if (n.type === "tag" && n.name === "br") {
      if (brBefore) return true;
      brBefore = true;
    }
  }
  return false;
}

/** The share of a cell's text in links (not links of the text's own, TEXT_OWN_LINK) at or above which a column is a list of links. */
const LINK_LIST_SHARE = 0.5;

/** Links that are the text's own: an address to write or call, a document the posting attaches. */
const TEXT_OWN_LINK = /^(?:mailto|tel):|\.(?:pdf|docx?|odt|rtf)(?:[?#][^/\s]*)?$/iu;

/** A box of two or more links that make up most of its text: a menu, or a list of other postings with their deadlines. */
function isLinkList(cell: DomNode): boolean {
  let links = 0;
  let linkChars = 0;
  let chars = 0;
  const stack: [DomNode, boolean][] = [[cell, false]];
  while (stack.length) {
    const [n, inLink] = stack.pop()!;
    if (n.type === "text") {
      const len = (n.data ?? "").replace(/\s+/gu, "").length;
      chars += len;
      if (inLink) linkChars += len;
      continue;
    }
    if (n.type !== "tag" || (n !== cell && NEVER_CONTENT.has(n.name ?? ""))) continue;
    let link = inLink;
    if (n.name === "a" && !inLink && !TEXT_OWN_LINK.test((n.attribs?.href ?? "").slice(0, 2000).trim())) {
      links++;
      link = true;
    }
    for (const c of n.children ?? []) stack.push([c, link]);
  }
  return links >= 2 && linkChars >= LINK_LIST_SHARE * chars;
}

/** All text below a node, iteratively (a node may be 10,000 levels deep), skipping what is never content. */
/** A class word that names a label or its value ("fakta-label", "job-facts__value", "key", "val"). */
const PAIR_LABEL = /(?:^|[-_])(?:label|key|term|navn|name)$/u;
const PAIR_VALUE = /(?:^|[-_])(?:value|val|data|vaerdi|værdi)$/u;
/** A block's label class and its value's with one prefix ("field-label" and "field-item", "job__label" and "job__item"). */
const BLOCK_LABEL = /^(.+?)(?:-|__?)label$/u;
const BLOCK_ITEM = /^(.+?)(?:-|__?)items?$/u;

/** Whether two blocks side by side are a label and its value: by the classes inline pairs have, or a prefix both share. */
function isBlockPair(label: DomNode, value: DomNode): boolean {
  if (pairPart(label) === "label" && pairPart(value) === "value") return true;
  const labels = (label.attribs?.class ?? "").slice(0, 200).toLowerCase().split(/\s+/u).map((t) => BLOCK_LABEL.exec(t)?.[1]).filter(Boolean);
  if (!labels.length) return false;
  return (value.attribs?.class ?? "").slice(0, 200).toLowerCase().split(/\s+/u).some((t) => labels.includes(BLOCK_ITEM.exec(t)?.[1]));
}

/** Whether an inline element is a label or a value of a pair set side by side, by its class. */
function pairPart(node: DomNode): "label" | "value" | null {
  const cls = node.attribs?.class;
  if (!cls) return null;
  const tokens = cls.slice(0, 200).toLowerCase().split(/\s+/u);
  return tokens.some((t) => PAIR_LABEL.test(t)) ? "label" : tokens.some((t) => PAIR_VALUE.test(t)) ? "value" : null;
}

/** The next element beside a node, past whitespace (by the sibling link: no search of a long list of siblings). */
function nextTag(node: DomNode): DomNode | null {
  for (let s = node.next; s; s = s.next) {
    if (s.type === "tag") return s;
    if (s.type !== "text" || (s.data ?? "").trim()) return null;
  }
  return null;
}

/** The element before a node, past whitespace. */
function previousTag(node: DomNode): DomNode | null {
  for (let s = node.prev; s; s = s.prev) {
    if (s.type === "tag") return s;
    if (s.type !== "text" || (s.data ?? "").trim()) return null;
  }
  return null;
}

/**
 * An accordion's heading, whose words stand in its toggle ("<h2><button aria-controls=…>Om arbejdspladsen<span
 * aria-hidden="true">+</span></button></h2>"): the button's words, without what it hides from a screen reader.
 */
function toggleText(heading: DomNode): string {
  const parts: string[] = [];
  // (the page's nesting is capped on reading: capNesting)
  const walk = (n: DomNode, button: boolean): void => {
    if (n.type === "text") {
      if (button) parts.push(n.data ?? "");
      return;
    }
    if (n.type !== "tag" || n.attribs?.["aria-hidden"] === "true") return;
    for (const c of n.children ?? []) walk(c, button || n.name === "button");
  };
  walk(heading, false);
  return parts.join(" ");
}

function flatText(node: DomNode): string {
  const parts: string[] = [];
  const stack: DomNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "text") {
      parts.push(n.data ?? "");
      continue;
    }
    if (n.type === "tag" || n.type === "root") {
      if (n !== node && n.type === "tag" && NEVER_CONTENT.has(n.name ?? "")) continue;
      if (n.name === "br") {
        parts.push(" ");
        continue;
      }
      const ch = n.children ?? [];
      // Block children are separate words even without spaces between the tags.
      if (!INLINE.has(n.name ?? "")) parts.push(" ");
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
    }
  }
  return parts.join("");
}

/** <strong>, <b>, or a span styled bold, as Word's "Save as web page" and some editors write it. */
function isBold(el: DomNode): boolean {
  if (STRONG_TAGS.has(el.name ?? "")) return true;
  const style = el.attribs?.style;
  return !!style && /font-weight\s*:\s*(?:bold|[6-9]00)/iu.test(style.slice(0, 500));
}

/** HTML's white space is any run of spaces, tabs and newlines; a non-breaking space stays for the cleaner. */
const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/gu, " ").trim();

/**
 * A paragraph's inline pieces into lines. A `<br>` breaks the line only where
 * it separates things (a label from the next, an address line from the
 * next); one that falls mid-sentence ("… i tæt<br>samarbejde") is a soft wrap.
 * A segment that is bold throughout is a heading line. Two shapes that Word's
 * soft breaks and editors without lists make are read for what they are: a
 * fact box's label over its value ("Tiltrædelse" / "1. maj 2027") is one
 * label line, as a `<dt>` and its `<dd>` are; and the short lines that a
 * lead-in ending in a colon opens ("Ansættelsesudvalget består af:" / a name
 * a line) are its list's items.
 */
function paragraphLines(pieces: Piece[]): string[] {
  const segments: Piece[][] = [[]];
  for (const p of pieces) {
    if (p === BREAK) segments.push([]);
    else segments[segments.length - 1].push(p);
  }
  const segs: Segment[] = segments.map((seg) => {
    const text = collapse(seg.map((p) => p.text).join(""));
    return { text, strong: !!text && seg.every((p) => p.strong || !p.text.trim()) };
  });
  const lines: string[] = [];
  for (let i = 0; i < segs.length; i++) {
    const { text, strong } = segs[i];
    if (!text) {
      // "<br><br>" is how editors without paragraphs make one: a blank line, which the normaliser reads as a break.
      if (lines.length && lines[lines.length - 1] !== "") lines.push("");
      continue;
    }
    const next = segs[i + 1];
    if (next && isFactLabel(text) && isFactValue(next)) {
      lines.push(`${text.endsWith(":") ? text.slice(0, -1).trimEnd() : text}: ${next.text}`);
      i++;
      continue;
    }
    let items = 0;
    if (text.endsWith(":")) while (i + 1 + items < segs.length && isListLine(segs[i + 1 + items])) items++;
    if (items >= 2) {
      lines.push(text);
      for (let k = 1; k <= items; k++) lines.push(`- ${segs[i + k].text}`);
      i += items;
      continue;
    }
    const line = strong && looksLikeHeading(text) ? `**${text}**` : text;
    const prev = lines.length ? lines[lines.length - 1] : null;
    if (prev && !line.startsWith("**") && !prev.startsWith("**") && /[\p{L},]$/u.test(prev) && /^\p{Ll}/u.test(line))
      lines[lines.length - 1] = `${prev} ${line}`;
    else lines.push(line);
  }
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

interface Segment {
  text: string;
  /** Bold throughout. */
  strong: boolean;
}

const isFactLabel = (text: string) => text.length <= MAX_LABEL_LENGTH && FACT_LABELS.has(vocabularyKey(text));

/** A label's value: short, and no sentence ("Kontakt" over "Ring til Lone." is a heading over its text). */
const isFactValue = ({ text, strong }: Segment) => !!text && !strong && text.length <= 80 && !/[.!?:]$/u.test(text);

/** How long a line a lead-in's list item may be. */
const MAX_ITEM_LENGTH = 150;

/**
 * One of the lines a lead-in opens: short, no label of a list of its own, no
 * heading, no sentence of prose (those end the list), and not bulleted
 * already (the normaliser reads a bullet).
 */
function isListLine({ text, strong }: Segment): boolean {
  if (!text || strong || text.length > MAX_ITEM_LENGTH || text.endsWith(":")) return false;
  if (/^(?:[-–—•*+▪·o]\s|\d{1,2}[.)]\s)/u.test(text)) return false;
  return !(/[.!?]$/u.test(text) && text.split(" ").length >= 6);
}

/** Mirrors what the normaliser takes for a bold heading, so that a long bold sentence is not wrapped in stars it keeps. */
function looksLikeHeading(text: string): boolean {
  // (a fact's line set in bold, "Deadline: 15 May 2027, 23:59 CET", is the fact, no heading over what follows)
  const label = /^([^:]{1,40}):\s+\S/u.exec(text);
  return text.length <= 200 && !text.includes("*") && text.split(" ").length <= 12 && !/[.,;]$/u.test(text) && !(label && isFactLabel(label[1]));
}
