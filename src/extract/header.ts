/**
 * The record's header: what kind of document it is, the post, the employer
 * and the consultancy, read from the title block, the first sentences and
 * the process section.
 */
import { words as countWords } from "../normalise/words.js";
import type { Dropped, Section } from "../schemas/record.js";
import type { SourceLine } from "../read/types.js";
import type { TextUnit } from "../segment/units.js";
import { CONSULTANCIES, CONSULTANCY_CUES, GENERIC_DOMAINS } from "../vocabulary/consultancies.js";
import { DOCUMENT_TYPE_PHRASES } from "../vocabulary/headings.js";
import { EMPLOYER_PATTERNS, POSITION_WORDS } from "../vocabulary/positions.js";
import { MONTH_WORDS } from "../vocabulary/months.js";

export interface Header {
  kind: "profile" | "advertisement";
  title: string | null;
  employer: string | null;
  consultancy: string | null;
}

export interface HeaderInput {
  sections: Section[];
  units: TextUnit[];
  /** Content lines in order, for the title block, whose line breaks matter. */
  lines: SourceLine[];
  /** Running headers and footers: no content, but they often name the document type. */
  dropped?: Dropped[];
}

export function extractHeader({ sections, units, lines, dropped = [] }: HeaderInput): Header {
  const coverLines = titleBlock(sections, lines);
  const allText = units.map((u) => u.text).join("\n");
  const employer = findEmployer(coverLines.join("\n") + "\n" + allText);
  const consultancy = findConsultancy(units, employer);
  const title = findTitle(coverLines, units, employer, consultancy);
  const running = dropped.filter((d) => d.reason === "running-header" || d.reason === "running-footer").map((d) => d.text);
  return { kind: documentKind(sections, [...coverLines, ...running], allText), title, employer, consultancy };
}

/** The lines before the first section with a heading: the cover. */
function titleBlock(sections: Section[], lines: SourceLine[]): string[] {
  const firstHeaded = sections.find((s) => s.heading !== null);
  const end = firstHeaded ? firstHeaded.position.start.line : Infinity;
  return lines.filter((l) => l.line < end && l.text.trim()).map((l) => stripMarks(l.text.trim()));
}

const stripMarks = (s: string) => s.replace(/\*\*|__|^#+\s*/gu, "").trim();
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])([a-zæøå])/gu, (_, a, b) => a + b.toUpperCase());

function documentKind(sections: Section[], cover: string[], text: string): Header["kind"] {
  if (cover.some((l) => DOCUMENT_TYPE_PHRASES.some((re) => re.test(l)) || /job-?\s*og\s+personprofil/iu.test(l))) return "profile";
  // A profile is long and names its parts; an advertisement with "Om jobbet" and "Om dig" is still short.
  const named = new Set(sections.filter((s) => s.heading).map((s) => s.kind));
  const core = ["jobprofil", "personprofil", "ansaettelsesproces"].filter((k) => named.has(k as Section["kind"])).length;
  const words = countWords(text);
  return words >= 1000 || (core === 3 && words >= 600) ? "profile" : "advertisement";
}

function findEmployer(text: string): string | null {
  const counts = new Map<string, number>();
  for (const re of EMPLOYER_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const stem = m[1] === m[1].toUpperCase() ? titleCase(m[1]) : m[1];
      const name = re === EMPLOYER_PATTERNS[0] ? `${stem} Kommune` : stem;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let n = 0;
  for (const [name, c] of counts) if (c > n) [best, n] = [name, c];
  if (best) return best;
  const m = text.match(/^([A-ZÆØÅ][^\n.]{2,60}?) søger (?:en |et )?(?:ny|nyt)\b/mu);
  return m ? m[1].trim() : null;
}

/** Each firm's aliases as a global pattern, to count its mentions. */
const GLOBAL_ALIASES = new Map(CONSULTANCIES.map((c) => [c, new RegExp(c.aliases.source, c.aliases.flags.replace("g", "") + "g")]));

function findConsultancy(units: TextUnit[], employer: string | null): string | null {
  const text = units.map((u) => u.text).join("\n");
  const score = new Map<string, number>();
  const add = (name: string, w: number) => score.set(name, (score.get(name) ?? 0) + w);
  const lower = text.toLowerCase();
  for (const c of CONSULTANCIES) {
    const mentions = lower.includes(c.hint) ? text.match(GLOBAL_ALIASES.get(c)!) : null;
    if (mentions) add(c.name, mentions.length);
    // `includes` per domain: V8 scans an alternation of literals several times slower
    for (const d of c.domains) if (lower.includes(d)) add(c.name, 2);
  }
  if (score.size === 0) {
    // An unknown firm: the one the process names as running it.
    for (const re of CONSULTANCY_CUES)
      for (const m of text.matchAll(re)) {
        const name = firmName(m[1].replace(/[.,]$/u, ""), text);
        if (employer && (employer.includes(name) || name.includes(employer.split(" ")[0]))) continue;
        if (/kommune|region|byråd|direktion/iu.test(name)) continue;
        add(name, 1);
      }
  }
  if (score.size === 0) {
    const employerStem = employer?.split(/\s/u)[0].toLowerCase() ?? "\u0000";
    for (const m of text.matchAll(/\b(?:www\.|@)([a-z0-9æøå-]+)\.(?:dk|com|net|eu)\b/giu)) {
      const domain = m[1].toLowerCase();
      const full = `${domain}.${m[0].split(".").at(-1)!.toLowerCase()}`;
      if (domain.includes(employerStem) || GENERIC_DOMAINS.includes(full) || domain.length < 4) continue;
      add(titleCase(domain.replace(/-/gu, " ")), 0.5);
    }
  }
  let best: string | null = null;
  let n = 0;
  for (const [name, s] of score) if (s > n) [best, n] = [name, s];
  return best;
}

/**
 * "partner i Rekrutteringshuset Nord Anne Hansen": where an unknown firm's
 * name ends and a person's begins, only repetition tells. Keep the longest
 * run of words the text names more than once, else the first word.
 */
function firmName(capture: string, text: string): string {
  const words = capture.split(" ");
  for (let n = words.length; n > 1; n--) {
    const prefix = words.slice(0, n).join(" ");
    if (text.split(prefix).length > 2) return prefix;
  }
  return words[0];
}

const TRAILING_DATE = new RegExp(`\\s*\\b(?:\\d{1,2}\\.\\s*)?(?:${[...MONTH_WORDS].join("|")})\\.?\\s+\\d{4}\\s*$`, "iu");

function cleanTitle(raw: string, employer: string | null, consultancy: string | null): string | null {
  let t = raw.replace(/\s+/gu, " ").trim();
  t = t.replace(/^[·•–—:\-]\s*/u, "");
  if (consultancy) t = t.replace(new RegExp(`\\s*${escapeRe(consultancy)}\\s*$`, "u"), "");
  t = t.replace(TRAILING_DATE, "");
  if (employer) t = t.replace(new RegExp(`\\s+(?:i|hos|til|ved)\\s+${escapeRe(employer)}s?\\s*$`, "iu"), "");
  t = t.replace(/(?<![.,;:])[.,;:]+$/u, "").trim();
  if (t.length < 3 || t.split(/\s+/u).length > 14) return null;
  return capitalise(t);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** Cover lines wrap; a line ending on "og", a comma or a hyphen goes on, as does one the next line continues in lower case. */
function joinCoverLines(lines: string[], from: number): string {
  let out = lines[from] ?? "";
  for (let i = from + 1; i < lines.length; i++) {
    const next = lines[i];
    const goesOn = /(-|,|\bog|\bfor|\bmed|\bi|\bsamt)$/u.test(out) || /^[a-zæøå]/u.test(next);
    if (!goesOn || TRAILING_DATE.test(next) || /^\d{1,2}\.\s/u.test(next)) break;
    out = /[a-zæøå]-$/u.test(out) && /^[a-zæøå]/u.test(next) ? out.slice(0, -1) + next : `${out} ${next}`;
  }
  return out;
}

function findTitle(cover: string[], units: TextUnit[], employer: string | null, consultancy: string | null): string | null {
  // "Job- og personprofil for direktør med ansvar for …", or the line after a bare "Job- og personprofil".
  for (let i = 0; i < cover.length; i++) {
    const line = cover[i];
    const m = joinCoverLines(cover, i).match(/job-?\s*og\s+personprofil\s*(?:for|til|[·•–—:-])\s*(?:(?:en|ny)\s+)*(\S.*)$/iu);
    if (m) {
      const t = cleanTitle(m[1], employer, consultancy);
      if (t) return t;
    }
    if (DOCUMENT_TYPE_PHRASES.some((re) => re.test(line)) && /personprofil\s*$/iu.test(line)) {
      for (let j = i + 1; j < cover.length; j++) {
        const candidate = joinCoverLines(cover, j);
        if (employer && candidate.toLowerCase() === employer.toLowerCase()) continue;
        if (TRAILING_DATE.test(candidate) && candidate.replace(TRAILING_DATE, "").trim() === "") continue;
        const t = cleanTitle(candidate, employer, consultancy);
        if (t) return t;
      }
    }
  }
  // A first line that names a post: "Direktør for Børn og Unge i Billund Kommune".
  const first = cover[0];
  if (first && POSITION_WORDS.test(first) && first.split(/\s+/u).length <= 12 && !/[.!?]$/u.test(first)) {
    const t = cleanTitle(first, employer, consultancy);
    if (t) return t;
  }
  const text = units.filter((u) => u.kind !== "heading").map((u) => u.text).join("\n");
  const sentence =
    text.match(/\bsøger\s+(?:hermed\s+)?(?:en\s+|et\s+)?(?:ny\s+|nyt\s+)?([a-zæøåA-ZÆØÅ][^.,;:\n]{2,90}?)(?=\s*[.,;:]|\s+(?:til|med|som)\s)/u) ??
    text.match(/\bansættelse af (?:en |et )?(?:ny |nyt )?([a-zæøåA-ZÆØÅ][^.,;:\n]{2,90}?)(?=\s*[.,;:])/u);
  if (sentence && POSITION_WORDS.test(sentence[1])) return cleanTitle(sentence[1], employer, consultancy);
  return null;
}
