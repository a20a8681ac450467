/**
 * A schema.org JobPosting in a page's JSON-LD: corroborating evidence for the
 * title, the employer and the deadline. Read defensively: the blocks are
 * written by content systems, and arrays, `@graph`, nested objects and plain
 * strings all occur where a single object is expected.
 */
import { isoDay } from "./published.js";

export interface JobPostingMetadata {
  title: string | null;
  /** hiringOrganization.name */
  employer: string | null;
  /** validThrough as written ("2026-04-01T23:59:00+02:00") */
  validThrough: string | null;
  /** validThrough's calendar date, as the record writes dates: YYYY-MM-DD, or YYYY-MM-DDTHH:MM when a time other than midnight is given. */
  deadline: string | null;
  datePosted: string | null;
  /** Where the page gives it: a JSON-LD block (the default) or microdata on its elements. */
  from?: "JSON-LD" | "microdata";
  /** Only for the reader's own fallback when a page shows nothing else; not kept in the document's metadata. */
  descriptionHtml?: string | null;
}

/** Scripts larger than this are not metadata; parsing them would only cost memory. */
const MAX_JSON_LD = 2 * 1024 * 1024;
const MAX_NODES = 10_000;

export function extractJobPosting(scripts: string[]): JobPostingMetadata | null {
  for (const script of scripts) {
    if (script.length > MAX_JSON_LD) continue;
    let data: unknown;
    try {
      // CDATA wrappers and HTML comments around the JSON are common in CMS output.
      data = JSON.parse(script.replace(/^\s*(?:<!--|<!\[CDATA\[)/u, "").replace(/(?:-->|\]\]>)\s*$/u, ""));
    } catch {
      continue;
    }
    const posting = findJobPosting(data);
    if (posting) return toMetadata(posting);
  }
  return null;
}

/** Breadth-first through arrays and `@graph`, bounded, for the first node typed JobPosting. */
function findJobPosting(data: unknown): Record<string, unknown> | null {
  const queue: unknown[] = [data];
  for (let seen = 0; queue.length && seen < MAX_NODES; seen++) {
    const node = queue.shift();
    if (Array.isArray(node)) {
      // no push(...node): a huge array as arguments overflows the stack, and only MAX_NODES are looked at
      for (const x of node) {
        if (queue.length >= MAX_NODES) break;
        queue.push(x);
      }
      continue;
    }
    if (!node || typeof node !== "object") continue;
    const obj = node as Record<string, unknown>;
    const type = obj["@type"];
    if (type === "JobPosting" || (Array.isArray(type) && type.includes("JobPosting"))) return obj;
    if (obj["@graph"]) queue.push(obj["@graph"]);
  }
  return null;
}

function toMetadata(p: Record<string, unknown>): JobPostingMetadata {
  const validThrough = str(p.validThrough);
  return {
    title: str(p.title) ?? str(p.name),
    employer: orgName(p.hiringOrganization),
    validThrough,
    deadline: validThrough ? isoDate(validThrough) : null,
    datePosted: str(p.datePosted),
    descriptionHtml: str(p.description),
  };
}

function orgName(org: unknown): string | null {
  if (typeof org === "string") return str(org);
  if (Array.isArray(org)) return orgName(org[0]);
  if (org && typeof org === "object") return str((org as Record<string, unknown>).name);
  return null;
}

function str(v: unknown): string | null {
  if (Array.isArray(v)) return str(v[0]);
  if (typeof v !== "string") return null;
  const t = v.replace(/\s+/gu, " ").trim();
  return t ? t : null;
}

/** "2026-04-01" and "2026-04-01T12:00:00+02:00" → "2026-04-01" / "2026-04-01T12:00"; the clock as written, not moved to UTC. */
export function isoDate(value: string): string | null {
  // the day as a publication date's (a real calendar day), then the clock
  const day = isoDay(value);
  if (!day) return null;
  const clock = value.trim().slice(day.length).match(/^[T ](\d{2}):(\d{2})/u);
  if (!clock || (clock[1] === "00" && clock[2] === "00") || (clock[1] === "23" && clock[2] === "59")) return day;
  return `${day}T${clock[1]}:${clock[2]}`;
}
