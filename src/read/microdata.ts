/**
 * A schema.org JobPosting written as microdata (`itemscope
 * itemtype="https://schema.org/JobPosting"` and `itemprop`s on the page's own
 * elements), as job boards mark their postings where others write JSON-LD:
 * the same corroborating evidence, read from the same few properties.
 */
import type { JobPostingMetadata } from "./jsonld.js";
import { isoDate } from "./jsonld.js";

/** The parts of a DOM node this reader needs (htmlparser2's nodes, as cheerio gives them). */
interface MicrodataNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: MicrodataNode[];
}

/** Properties are looked for this deep below the posting, and this many nodes at most: a page is not walked twice whole. */
const MAX_NODES = 20_000;
const MAX_TEXT = 300;

export const isJobPostingScope = (n: MicrodataNode): boolean =>
  n.attribs !== undefined && "itemscope" in n.attribs && /schema\.org\/JobPosting(?![A-Za-z])/iu.test(n.attribs.itemtype ?? "");

export function microdataJobPosting(posting: MicrodataNode): JobPostingMetadata | null {
  const props = new Map<string, string>();
  let employer: string | null = null;
  const stack: MicrodataNode[] = [...(posting.children ?? [])].reverse();
  for (let seen = 0; stack.length && seen < MAX_NODES; seen++) {
    const n = stack.pop()!;
    const prop = n.attribs?.itemprop?.trim();
    const scope = n.attribs !== undefined && "itemscope" in n.attribs;
    if (prop === "hiringOrganization" && employer === null) employer = scope ? (propertyOf(n, "name") ?? valueOf(n)) : valueOf(n);
    else if (prop && !props.has(prop)) props.set(prop, valueOf(n) ?? "");
    // a nested item's properties are its own (a place's name is no posting's name)
    if (scope) continue;
    const ch = n.children ?? [];
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
  }
  const title = props.get("title") || null;
  const validThrough = props.get("validThrough") || null;
  if (!title && !employer && !validThrough) return null;
  return {
    title,
    employer,
    validThrough,
    deadline: validThrough ? isoDate(validThrough) : null,
    datePosted: props.get("datePosted") || null,
    from: "microdata",
  };
}

/** The first `itemprop=name` below an item, not inside an item of its own. */
function propertyOf(item: MicrodataNode, name: string): string | null {
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
function valueOf(n: MicrodataNode): string | null {
  const a = n.attribs ?? {};
  const raw = a.content ?? (n.name === "time" ? a.datetime : undefined) ?? textOf(n);
  const t = raw.replace(/\s+/gu, " ").trim().slice(0, MAX_TEXT);
  return t || null;
}

function textOf(n: MicrodataNode): string {
  let out = "";
  const stack = [n];
  for (let seen = 0; stack.length && seen < MAX_NODES && out.length < MAX_TEXT; seen++) {
    const x = stack.pop()!;
    if (x.type === "text") out += x.data ?? "";
    else if (x.type === "tag") {
      const ch = x.children ?? [];
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
    }
  }
  return out;
}
