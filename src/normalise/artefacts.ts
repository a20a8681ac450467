/**
 * Running headers, footers, page numbers and page-break debris: lines that
 * are no content. They are found by repetition across pages, not from a
 * list of known strings (but for a known section heading over prose, which
 * is kept: `headsText`), and each is kept in `dropped` with its reason.
 */
import type { DropReason, Dropped } from "../schemas/record.js";
import type { SourceLine } from "../read/types.js";
import { isDigit, words } from "./words.js";
import { DOCUMENT_TYPE_CELL, FACT_LABELS, STRONG_HEADING_KEYS, normaliseHeading, vocabularyKey } from "../vocabulary/headings.js";
import { WEB_ADDRESS } from "../vocabulary/furniture.js";

export interface ArtefactResult {
  kept: SourceLine[];
  dropped: Dropped[];
}

const PAGE_NUMBER = /^(?:side|page|s\.)?\s*(?:[-–—]\s*)?\d{1,4}\s*(?:[-–—]\s*)?(?:(?:af|of|\/)\s*\d{1,4})?$/iu;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/iu;
/** How many lines at a page's top and bottom may be running matter. */
const EDGE = 2;

/** Digits vary from page to page ("Side 2 af 8"); the rest of a running line does not. */
const repeatKey = (text: string) => text.toLowerCase().replace(/\d+/gu, "#").replace(/\s+/gu, " ").trim();

/**
 * A hash of `repeatKey(text)`, taken in one walk without building the key:
 * lines are counted by it first, and only the few whose hash recurs are
 * keyed (equal keys have equal hashes, so no repeat is missed).
 */
function repeatHash(text: string): number {
  const lower = text.toLowerCase();
  let h = 0x811c9dc5 | 0;
  let space = false;
  let started = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      while (i + 1 < lower.length && isDigit(lower.charCodeAt(i + 1))) i++;
      h = mix(space && started ? mix(h, 0x20) : h, 0x23);
      space = false;
      started = true;
    } else if (code <= 0x20 || code >= 0x80 ? SPACE.test(lower[i]) : false) space = true;
    else {
      h = mix(space && started ? mix(h, 0x20) : h, code);
      space = false;
      started = true;
    }
  }
  return h;
}
const mix = (h: number, code: number) => Math.imul(h ^ code, 0x01000193);
const SPACE = /^\s$/u;
const urlKey = (url: string) => url.toLowerCase().replace(/^https?:\/\//u, "").replace(/^www\./u, "").replace(/(?<!\/)\/+$/u, "");

export function dropArtefacts(lines: SourceLine[], pages: number | null): ArtefactResult {
  const reasons = new Map<SourceLine, DropReason>();
  if (pages !== null && pages >= 2) markRunningMatter(lines, reasons);
  else markRepeatedLines(lines, reasons);
  markRepeatedLinks(lines, reasons);
  if (pages !== null && pages >= 2) markPageBreakDebris(lines, reasons);

  const kept: SourceLine[] = [];
  const dropped: Dropped[] = [];
  for (const l of lines) {
    const reason = reasons.get(l);
    if (reason && l.text.trim()) {
      const point = { line: l.line, page: l.page };
      dropped.push({ text: l.text.trim(), reason, position: { start: point, end: point } });
    } else kept.push(l);
  }
  return { kept, dropped };
}

function byPage(lines: SourceLine[]): Map<number, SourceLine[]> {
  const pages = new Map<number, SourceLine[]>();
  for (const l of lines) {
    if (!l.text.trim()) continue;
    const p = l.page ?? 1;
    if (!pages.has(p)) pages.set(p, []);
    pages.get(p)!.push(l);
  }
  return pages;
}

function markRunningMatter(lines: SourceLine[], reasons: Map<SourceLine, DropReason>): void {
  const pages = byPage(lines);
  const headCount = new Map<string, number>();
  const footCount = new Map<string, number>();
  for (const content of pages.values()) {
    const heads = new Set(content.slice(0, EDGE).map((l) => repeatKey(l.text)));
    const feet = new Set(content.slice(-EDGE).map((l) => repeatKey(l.text)));
    for (const k of heads) headCount.set(k, (headCount.get(k) ?? 0) + 1);
    for (const k of feet) footCount.set(k, (footCount.get(k) ?? 0) + 1);
  }
  // The cover and the last page often lack them, so "most pages" is enough.
  const needed = Math.max(2, Math.ceil(pages.size * 0.4));
  const isHead = (l: SourceLine) => (headCount.get(repeatKey(l.text)) ?? 0) >= needed;
  const isFoot = (l: SourceLine) => (footCount.get(repeatKey(l.text)) ?? 0) >= needed;
  // a loop, not Math.min(...): 200,000 pages as arguments overflow the stack
  let first = Infinity;
  for (const p of pages.keys()) if (p < first) first = p;
  const firstCell = headCell(pages.get(first)?.[0]?.text ?? "");
  for (const [page, content] of pages) {
    const heads = content.slice(0, EDGE);
    const feet = content.slice(-EDGE);
    // A cover may repeat a header's words ("Høje-Taastrup Kommune") as its title: on the first page,
    // only a page that carries the whole running furniture loses it.
    const furnished = page !== first || heads.filter(isHead).length + feet.filter(isFoot).length >= 2;
    for (const l of heads) {
      if (PAGE_NUMBER.test(l.text.trim())) reasons.set(l, "page-number");
      else if (furnished && isHead(l)) reasons.set(l, "running-header");
      // (a later page's own head, though no other page has the same)
      else if (page !== first && l === content[0] && isPageHead(l.text, firstCell)) reasons.set(l, "running-header");
    }
    for (const l of feet) {
      if (PAGE_NUMBER.test(l.text.trim())) reasons.set(l, "page-number");
      else if (furnished && isFoot(l)) reasons.set(l, "running-footer");
    }
  }
}

/** Text without page breaks: a short line that recurs three times or more is running matter the extractor flattened. */
function markRepeatedLines(lines: SourceLine[], reasons: Map<SourceLine, DropReason>): void {
  // only short lines can be running matter; they are counted by the hash of their key, and keyed only when it recurs
  const hashes = lines.map((l) => {
    const t = l.text.trim();
    // (its length read with a layout's gap between its cells as one space: "Faxe Kommune          Job- og personprofil · …")
    return t.length < 3 || (t.length > 100 && !(t.includes("   ") && t.replace(/\s{2,}/gu, " ").length <= 100)) || /^[•\-–*o▪·]\s/u.test(t) ? null : repeatHash(t);
  });
  const hashCount = new Map<number, number>();
  for (const h of hashes) if (h !== null) hashCount.set(h, (hashCount.get(h) ?? 0) + 1);
  const count = new Map<string, number>();
  // a line that counts its pages ("Lindholt Ledelsespartner · Forstander    Side 1 af 2") is running matter from its second time
  const least = (t: string) => (PAGE_COUNTER.test(t) ? 2 : 3);
  const keys = lines.map((l, i) => {
    const h = hashes[i];
    if (h === null || hashCount.get(h)! < least(l.text.trim())) return null;
    const k = repeatKey(l.text.trim());
    count.set(k, (count.get(k) ?? 0) + 1);
    return k;
  });
  const numbers: SourceLine[] = [];
  const running = new Map<string, SourceLine[]>();
  lines.forEach((l, i) => {
    const t = l.text.trim();
    if (!t) return;
    // "3", "Side 3 af 9", "3/9", "- 3 -"; four digits are a year more often than a page
    if (t.length <= 16 && PAGE_NUMBER.test(t) && !/\d{4}/u.test(t)) numbers.push(l);
    else if (keys[i] !== null && count.get(keys[i]!)! >= least(t) && /[a-zæøå]/iu.test(t)) {
      const group = running.get(keys[i]!);
      if (group) group.push(l);
      else running.set(keys[i]!, [l]);
    }
  });
  // each line's place, looked up once: a text of thousands of repeated headings is no quadratic walk
  const place = running.size ? new Map(lines.map((l, i) => [l, i])) : null;
  for (const group of running.values()) {
    // "Ansøgningsfrist: 7. februar 2027", "… 14. februar 2027", "… 21. februar 2027": the post's deadline and two others'
    // under "Lignende job", a label of the process with values that differ, never a page's running matter, however
    // its numbers count (the same line again and again is)
    if (!countsPages(group) || (isFactLine(group[0].text) && group.some((l) => l.text.trim() !== group[0].text.trim()))) continue;
    // a page's own repetition (a menu's, a breadcrumb's words) stands closer than a page's length; a running header
    // once a page, however much it reads like a heading, goes every time
    const withinPage = group.some((l, k) => k > 0 && l.line - group[k - 1].line < PAGE_LINES);
    for (const l of group) if (!(withinPage && headsText(lines, place!.get(l)!))) reasons.set(l, "running-header");
  }
  // Lone numbers are page numbers only when they count up through the document.
  const values = numbers.map((l) => Number(l.text.trim().match(/\d+/u)![0]));
  if (numbers.length >= 2 && values.every((v, i) => i === 0 || v > values[i - 1]))
    for (const l of numbers) reasons.set(l, "page-number");
  markPageCounters(lines, reasons);
  markNextPageHeads(lines, reasons);
}

/**
 * "Side 1 af 2" alone at one page's foot, "Forstander til Fjordlund Efterskole    Side 2 af 2" at the next page's head:
 * lines that count the same pages, one to the last, are the pages' running matter, each of them standing once, so that
 * the repetition that finds a running line is not there.
 */
function markPageCounters(lines: SourceLine[], reasons: Map<SourceLine, DropReason>): void {
  const counters: { l: SourceLine; page: number; of: number }[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    const m = t.length <= COUNTER_LINE_CHARS && !reasons.has(l) ? PAGE_COUNTER.exec(t) : null;
    if (m) counters.push({ l, page: Number(m[1]), of: Number(m[2]) });
  }
  // "Side 1 af 1" alone: a one-page document's counter, nothing else; beside the house's site ("www.fjordglimt.dk   Side 1
  // af 1"), the page's footer
  if (counters.length === 1 && counters[0].of === 1) {
    const t = counters[0].l.text.trim();
    if (PAGE_NUMBER.test(t)) reasons.set(counters[0].l, "page-number");
    else if (WEB_ADDRESS.test(t.replace(PAGE_COUNTER, "").trim())) reasons.set(counters[0].l, "running-footer");
  }
  if (counters.length < 2) return;
  const of = counters[0].of;
  const counts = counters.every((c, i) => c.of === of && c.page <= of && (i === 0 || c.page === counters[i - 1].page + 1));
  if (!counts || counters.at(-1)!.page !== of) return;
  // a line's other words go with it only where they are running matter too: the title again at a page's head, or cells
  // of a letterhead ("Vesterlund Højskole · Strandvejen 41 · 6950 Ringkøbing"); "Du kan tiltræde 1. august 2027.    Side 2
  // af 2" keeps its sentence
  const texts = new Set(lines.map((l) => l.text.trim()));
  for (const c of counters) {
    const t = c.l.text.trim();
    const rest = t.replace(PAGE_COUNTER, "").trim();
    if (!rest) reasons.set(c.l, "page-number");
    else if (texts.has(rest) || RUNNING_CELLS.test(rest)) reasons.set(c.l, "running-header");
  }
}

/**
 * The next page's head, right after a page's counter, as a text without page breaks gives it: a line that names the
 * document's type or opens on the first line's first cell ("NORDVIG EXECUTIVE SEARCH      Stillingsopslag", then
 * "NORDVIG EXECUTIVE SEARCH      Administrerende direktør, Østjysk Havn A/S"), though no other page has the same.
 */
function markNextPageHeads(lines: SourceLine[], reasons: Map<SourceLine, DropReason>): void {
  const firstLine = lines.find((l) => l.text.trim());
  const firstCell = headCell(firstLine?.text ?? "");
  lines.forEach((l, i) => {
    const m = l.text.length <= COUNTER_LINE_CHARS ? PAGE_COUNTER.exec(l.text.trim()) : null;
    if (!m || Number(m[1]) >= Number(m[2])) return;
    let at = i + 1;
    while (at < lines.length && !lines[at].text.trim()) at++;
    const next = lines[at];
    if (next && !reasons.has(next) && isPageHead(next.text, firstCell)) reasons.set(next, "running-header");
  });
}

/**
 * "About us" in a page's menu, in its breadcrumb, and as the heading of the text under them: the one a known section
 * heading over a paragraph of prose is the text's own heading, whatever repeats its words. (The one exception to
 * finding running matter by repetition alone, and only among repeats a page apart at most.)
 */
function headsText(lines: SourceLine[], at: number): boolean {
  if (!KNOWN_HEADINGS.has(vocabularyKey(lines[at].text.trim()))) return false;
  let next = at + 1;
  while (next < lines.length && !lines[next].text.trim()) next++;
  return next < lines.length && PROSE.test(lines[next].text.trim());
}
const KNOWN_HEADINGS = STRONG_HEADING_KEYS;
/** A line that counts its pages is a running line: no longer than this. */
const COUNTER_LINE_CHARS = 120;
/** A line's page counter at its end, its page and its pages: "… Side 3 af 9", "… Page 2 of 4", "… side 1/2". */
const PAGE_COUNTER = /(?<!\p{L})(?:side|page)\s?(\d{1,3})(?:\s(?:af|of)\s|\s?\/\s?)(\d{1,3})$/iu;
/** A head line's first cell, set off by a wide gap or a middle dot: the house or the firm whose page it is ("" if the line is one cell). */
function headCell(text: string): string {
  const cells = text.trim().split(/ {3,}|\s[·|]\s/u);
  return cells.length > 1 && cells[0].length >= 8 ? cells[0] : "";
}
/** A page's head line is short, and its cells after the house's are no sentence. */
const PAGE_HEAD_CHARS = 160;
const PAGE_HEAD_REST_WORDS = 10;

/**
 * A later page's first line that is its head, though no other page has the same: one that names the document's type
 * ("Aalborg Universitetshospital · Stillingsopslag: Centerchef, …") or opens on the first page's first cell, the rest
 * no sentence ("NORDVIG EXECUTIVE SEARCH      Administrerende direktør, Østjysk Havn A/S"). An attachment's heading
 * ("Bilag 1 · Stillingsopslag") is the attachment's.
 */
function isPageHead(text: string, firstCell: string): boolean {
  const t = text.trim();
  if (t.length > PAGE_HEAD_CHARS || /^bilag(?!\p{L})/iu.test(t)) return false;
  const cell = headCell(t);
  const rest = cell ? t.slice(cell.length) : t;
  if (/[.!?]$/u.test(t) || words(rest, PAGE_HEAD_REST_WORDS + 1) > PAGE_HEAD_REST_WORDS) return false;
  return DOCUMENT_TYPE_CELL.test(t) || (firstCell !== "" && cell === firstCell);
}

/** A running line's cells, a dot or a bar between them: "Vesterlund Højskole · Strandvejen 41". */
const RUNNING_CELLS = /\S\s[·|]\s\S/u;
/** A page holds more lines than this: a running line recurs no closer. */
const PAGE_LINES = 8;
/** A line of prose: some words and a sentence's end, or long enough to be one wrapped. */
const PROSE = /^(?:\S+\s+){5,}\S*(?:[.!?:]|\S{2})$/u;

/**
 * "Ansøgningsfrist: 7. februar 2027": a label of the process the vocabulary knows, and its value, with no page's number
 * beside it ("Adresse: Skolegade 1 · Side 3 af 4" is a letterhead's, running matter).
 */
function isFactLine(text: string): boolean {
  const label = /^\s*([\p{L} .-]{2,30}?):\s*\S/u.exec(text)?.[1];
  return !!label && FACT_LABELS.get(normaliseHeading(label)) === "ansaettelsesproces" && !/(?<!\p{L})(?:side|page)\s?\d|(?<!\d)\d{1,3}\s(?:af|of)\s\d{1,3}(?!\d)/iu.test(text);
}

/**
 * Running matter repeats itself but for its page number, which counts up
 * ("Side 2 af 6", "Side 3 af 6"). Lines alike but for numbers that go up and
 * down are content that happens to share a shape: the deadlines of a job
 * board's other posts ("Ansøgningsfrist: 15.09.2027", "… 04.10.2027").
 */
function countsPages(group: SourceLine[]): boolean {
  const numbers = group.map((l) => (l.text.match(/\d+/gu) ?? []).map(Number));
  for (let j = 0; j < numbers[0].length; j++)
    for (let i = 1; i < numbers.length; i++) if (numbers[i][j] < numbers[i - 1][j]) return false;
  return true;
}

/**
 * PDF extractors repeat a link's address as a line of its own at the end of
 * the page; an address the document already gave is such a repeat.
 */
function markRepeatedLinks(lines: SourceLine[], reasons: Map<SourceLine, DropReason>): void {
  // The addresses given so far, and each of their parent paths ("genitor.dk/job/42" gives "genitor.dk/job" and "genitor.dk"):
  // a set, not a search through all the text before, which made a page of links quadratic.
  // Most documents have no line that is an address alone: nothing to find, and no addresses to collect.
  if (!lines.some((l) => URL_LINE.test(l.text.trim()))) return;
  const seen = new Set<string>();
  for (const l of lines) {
    const t = l.text.trim();
    if (reasons.has(l)) continue;
    if (URL_LINE.test(t) && seen.has(urlKey(t))) {
      reasons.set(l, "repeated-link");
      continue;
    }
    if (!t.includes(".")) continue;
    for (const token of t.split(/\s+/u)) {
      if (!token.includes(".")) continue;
      let key = urlKey(token.replace(/^[("'<[]+/u, "").replace(/(?<![)"'>\].,;:!?])[)"'>\].,;:!?]+$/u, ""));
      for (;;) {
        seen.add(key);
        const slash = key.lastIndexOf("/");
        if (slash <= 0) break;
        key = key.slice(0, slash);
      }
    }
  }
}

/** A page that opens with the tail of the previous page's last line repeats it. */
function markPageBreakDebris(lines: SourceLine[], reasons: Map<SourceLine, DropReason>): void {
  const pages = [...byPage(lines.filter((l) => !reasons.has(l))).entries()].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < pages.length; i++) {
    const prev = pages[i - 1][1].at(-1);
    const first = pages[i][1][0];
    if (!prev || !first) continue;
    const a = prev.text.trim();
    const b = first.text.trim();
    if (b.length >= 3 && a.length > b.length && a.endsWith(b) && /\s/u.test(a.at(-b.length - 1) ?? ""))
      reasons.set(first, "page-break-debris");
  }
}
