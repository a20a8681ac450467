/**
 * A schema.org JobPosting written as microdata (`itemscope
 * itemtype="https://schema.org/JobPosting"` and `itemprop`s on the page's own
 * elements), as job boards mark their postings where others write JSON-LD:
 * the same corroborating evidence, read from the same few properties.
 */
import { isoDate, type JobPostingMetadata } from "./jsonld.js";

/** The parts of a DOM node this reader needs (htmlparser2's nodes, as cheerio gives them). */
interface MicrodataNode {
  name?: string;
  attribs?: Record<string, string>;
  children?: MicrodataNode[];
}

/** Properties are looked for among this many nodes at most, and a value is cut to MAX_TEXT characters. */
const MAX_NODES = 20_000;
const MAX_TEXT = 300;

export const isJobPostingScope = (n: MicrodataNode): boolean =>
  n.attribs !== undefined && "itemscope" in n.attribs && /schema\.org\/JobPosting(?![A-Za-z])/iu.test(n.attribs.itemtype ?? "");

/** The posting's properties the record is corroborated by; the rest (its description: the page again) are not read. */
const WANTED = new Set(["title", "validThrough", "datePosted"]);

/** `textOf`: an element's text, as the reader's DOM library gives it. */
export function microdataJobPosting(posting: MicrodataNode, textOf: (n: MicrodataNode) => string): JobPostingMetadata | null {
  const props = new Map<string, string | null>();
  let employer: string | null = null;
  const valueOf = (n: MicrodataNode) => value(n, textOf);
  const stack: MicrodataNode[] = [...(posting.children ?? [])].reverse();
  for (let seen = 0; stack.length && seen < MAX_NODES; seen++) {
    const n = stack.pop()!;
    const prop = n.attribs?.itemprop?.trim();
    const scope = n.attribs !== undefined && "itemscope" in n.attribs;
    if (prop === "hiringOrganization" && employer === null) employer = scope ? (propertyOf(n, "name", valueOf) ?? valueOf(n)) : valueOf(n);
    else if (prop && WANTED.has(prop) && !props.has(prop)) props.set(prop, valueOf(n));
    // a nested item's properties are its own (a place's name is no posting's name)
    if (scope) continue;
    const ch = n.children ?? [];
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
  }
  const title = props.get("title") ?? null;
  const validThrough = props.get("validThrough") ?? null;
  if (!title && !employer && !validThrough) return null;
  return { title, employer, validThrough, deadline: validThrough ? isoDate(validThrough) : null, datePosted: props.get("datePosted") ?? null, from: "microdata" };
}

/** The first `itemprop=name` below an item, not inside an item of its own. */
function propertyOf(item: MicrodataNode, name: string, valueOf: (n: MicrodataNode) => string | null): string | null {
  const stack = [...(item.children ?? [])].reverse();
  for (let seen = 0; stack.length && seen < MAX_NODES; seen++) {
    const n = stack.pop()!;
    if (n.attribs?.itemprop?.trim() === name) return valueOf(n);
    if (n.attribs && "itemscope" in n.attribs) continue;
    const ch = n.children ?? [];
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
  }
  return null;
}

/** A property's value as microdata defines it: `content` (meta), `datetime` (time), else the element's text. */
function value(n: MicrodataNode, textOf: (n: MicrodataNode) => string): string | null {
  const a = n.attribs ?? {};
  const raw = a.content ?? (n.name === "time" ? a.datetime : undefined) ?? textOf(n);
  const t = raw.replace(/\s+/gu, " ").trim().slice(0, MAX_TEXT);
  return t || null;
}
