/**
 * The record's header: what kind of document it is, the post, the employer
 * and the consultancy, read from the head of the document (its first
 * lines, up to the first section heading), its sentences and its process.
 */
import { words as countWords } from "../normalise/words.js";
import type { Dropped, Section } from "../schemas/record.js";
import type { SourceLine } from "../read/types.js";
import type { TextUnit } from "../segment/units.js";
import { CONSULTANCIES, CONSULTANCY_CUES, FIRM_KIND_BEFORE, FIRM_LIKE, NOT_A_FIRM, type Consultancy } from "../vocabulary/consultancies.js";
import { DOCUMENT_TYPE_PHRASES, OFFER_HEADING, POSTING_HEAD_LABEL, POSTING_PARTICULARS, PROFILE_TYPE_LINE, normaliseHeading, vocabularyKey, STRONG_HEADING_KEYS } from "../vocabulary/headings.js";
import { COOKIE_LINE, LANGUAGE_SWITCH, SUBJECT_LABELS, TRAILING_PAGE_MARK } from "../vocabulary/furniture.js";
import { DANISH_SMALL_WORDS, ENGLISH_SMALL_WORDS } from "../vocabulary/languages.js";
import { isBreadcrumb } from "../normalise/furniture.js";
import { latin } from "../vocabulary/letters.js";
import { findEmployer } from "./employer.js";
import { bestTitle, recased, titleCandidates, withoutHook } from "./title.js";
import { isBulletLine } from "../normalise/blocks.js";
import { POSITION_ACRONYMS } from "../vocabulary/positions.js";
import { isTestName } from "../vocabulary/tests.js";

export interface Header {
  kind: "profile" | "advertisement";
  title: string | null;
  employer: string | null;
  consultancy: string | null;
  /** Keys (`organisationKey`) of the organisations the text names: among these a page's JSON-LD may choose the employer. */
  organisations?: string[];
}

export interface HeaderInput {
  sections: Section[];
  units: TextUnit[];
  /** Content lines in order, for the title block, whose line breaks matter. */
  lines: SourceLine[];
  /** Running headers and footers: no content, but they often name the document type. */
  dropped?: Dropped[];
  /** The page's furniture lines (menus, breadcrumbs, buttons): no content, but a breadcrumb names the page. */
  furniture?: string[];
  /** The name the page's site gives itself (HTML): its owner, often the employer. */
  siteName?: string;
  /** The text is a web page's (HTML, or copied from a browser): an ad unless it names itself a profile. */
  webPage?: boolean;
  /** A forwarding mail's subject, its marks taken off ("Ny opgave: Børne- og ungedirektør til Silkeborg Kommune"). */
  mailSubject?: string;
  /** The title the file gives itself apart from its text (Markdown front matter's `title`). */
  declaredTitle?: string;
}

const KNOWN_HEADINGS = STRONG_HEADING_KEYS;
/** A subject's label before what it names: "Ny opgave: …", "Stillingsopslag: …" (not the post's own name before a colon). */
const SUBJECT_LABEL = new RegExp(`^(?:${SUBJECT_LABELS.join("|")}):\\s+(?=\\S)`, "iu");
/** How far the head of a document reaches when no section heading ends it first. */
const HEAD_LINES = 40;
/** A head line longer than this is running text, not a cover line or a page title. */
const HEAD_LINE_WORDS = 14;

export function extractHeader({ sections, units, lines, dropped = [], furniture = [], siteName, webPage = false, mailSubject, declaredTitle }: HeaderInput): Header {
  const head = headLines(lines, false, proseLines(units, lines));
  // the post's line whole, as a narrow box wrapped it; the employer and the kind are read from the lines as they stand
  const titleHead = headLines(lines, true);
  const paragraphs = units.filter((u) => u.kind !== "heading").map((u) => u.text);
  const named = new Set<string>();
  const body = paragraphs.join("\n");
  // a network post's byline ("Partner i Lindholm & Partnere | Rekruttering af topledere …"), repeated over its author's
  // comments and dropped as a running line, or the page's furniture, still names the firm its author works for
  // (its page mark no part of a name: "Rekrutteringsfirmaet Eksempel Side 1")
  const aside = [...new Set([...furniture, ...dropped.map((d) => d.text.replace(TRAILING_PAGE_MARK, "").trimEnd())])];
  const firms = firmCandidates(aside.length ? `${body}\n${aside.join("\n")}` : body);
  const employer = findEmployer({ head, paragraphs: units.map((u) => u.text), lines: lines.map((l) => l.text), site: siteName, firm: bestFirm(firms, null) }, named);
  const consultancy = bestFirm(firms, employer);
  const organisations = [employer, consultancy].filter((x): x is string => x !== null);
  // a breadcrumb, the page's furniture, still names the page: its last crumb is often the post
  const crumbs = furniture.filter((line) => isBreadcrumb(line, true));
  // a mail's subject names what it sends ("Ny opgave: Børne- og ungedirektør til …"): a title line above the text's own
  const subject = mailSubject?.replace(SUBJECT_LABEL, "");
  // so does the title a file gives itself (Markdown's front matter), as a site generator prints it over the text
  const declared = [subject, declaredTitle].filter((x): x is string => !!x);
  const best = bestTitle(titleCandidates([...declared, ...titleHead, ...crumbs], paragraphs, organisations));
  // ("VI SØGER EN NY LEDER!": a post read from a shouted headline, in capitals, is written as a title is)
  // (but an acronym is written as one: "CFO", "IT-chef", "HR-konsulent")
  const shouted = best !== null && !/\p{Ll}/u.test(best) && /\p{Lu}{3}/u.test(best) ? unshouted(best) : best;
  const title = shouted && shouted.slice(1) === shouted.slice(1).toLowerCase() ? recased(shouted, body) : shouted;
  const running = dropped.filter((d) => d.reason === "running-header" || d.reason === "running-footer").map((d) => d.text);
  // a web page (HTML, or text a browser copied with the site's furniture) that never calls itself a profile is an ad, however long
  return { kind: documentKind(sections, head, running, body, webPage), title, employer, consultancy, organisations: [...named] };
}

/**
 * The document's head: its short lines before the first line that is a
 * known section heading, at most `HEAD_LINES`. It is found from the lines
 * themselves, not from the sections, so a page title the segmenter took for
 * a heading still counts.
 */
export function headLines(lines: SourceLine[], joinWraps = false, prose: ReadonlySet<number> = new Set()): string[] {
  const out: string[] = [];
  // a line a narrow box wrapped ("Dekan for Det Naturvidenskabelige" / "Fakultet") is read with the line it wraps from
  const texts: string[] = [];
  // the lines of a wrapped paragraph of prose: no head lines, but running text under a heading all the same
  const running: boolean[] = [];
  for (const l of lines.slice(0, HEAD_LINES)) {
    const text = unspaced(stripMarks(l.text.trim()));
    if (!text || l.caption) continue;
    if (joinWraps && l.flow === "wraps" && texts.length) texts[texts.length - 1] += ` ${text}`;
    else {
      texts.push(text);
      running.push(prose.has(l.line));
    }
  }
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    // A known heading over running text opens the body; one in a menu ("Om os", "Kontakt") does not.
    // A cookie banner's sentence under a menu's "Kontakt" is no running text.
    const next = texts[i + 1] ?? "";
    if (KNOWN_HEADINGS.has(vocabularyKey(text)) && (running[i + 1] || countWords(next, 10) >= 10) && !COOKIE_LINE.test(next)) break;
    if (running[i]) continue;
    // a list's item is the body's ("- udvikle partnerskaber med skoler, foreninger, Svendborg Museum og …"), short or not
    if (isBulletLine(text)) continue;
    // (a title line with its hook, "Centerleder til Center for Handicap – vil du stå i spidsen for …?", by its title's words)
    if (countWords(text, HEAD_LINE_WORDS) <= HEAD_LINE_WORDS || countWords(withoutHook(text), HEAD_LINE_WORDS) <= HEAD_LINE_WORDS) out.push(text);
  }
  return out;
}


/** A wrapped paragraph's lines are as full as a page's width allows; a cover's or a fact box's are short. */
const PROSE_LINE_WORDS = 7;
/** And it runs over this many lines at least: a cover's title over its subtitle is two. */
const PROSE_LINES = 3;

/**
 * The lines of the paragraphs that a PDF's width wrapped ("… vi er tilknyttet" / "Københavns Universitet med egen
 * forskningsenhed …"): each short, but running text, no head line, as the paragraph on one line would not be.
 */
function proseLines(units: TextUnit[], lines: SourceLine[]): Set<number> {
  const out = new Set<number>();
  // (a line's first text: a page read in two columns gives the right column's text the same line numbers after the left's)
  const textOf = new Map<number, string>();
  for (const l of lines.slice(0, HEAD_LINES * 2)) if (!textOf.has(l.line)) textOf.set(l.line, l.text.trim());
  for (const u of units) {
    const { start, end } = u.position;
    const count = end.line - start.line + 1;
    if (u.kind !== "paragraph" || count < PROSE_LINES || start.line > HEAD_LINES) continue;
    if (countWords(u.text, PROSE_LINE_WORDS * count) < PROSE_LINE_WORDS * count) continue;
    // a sentence wrapped goes on in small letters on most of its lines; a box of labelled lines ("Sted: …" / "Enhed: …")
    // opens each with a capital
    let goesOn = 0;
    for (let n = start.line + 1; n <= end.line; n++) if (/^[\p{Ll}\d]/u.test(textOf.get(n) ?? "")) goesOn++;
    if (goesOn * 2 >= count - 1) for (let n = start.line; n <= end.line; n++) out.add(n);
  }
  return out;
}

/**
 * A title read in capitals, written as a title is: "LEDER" → "Leder", "IT-CHEF" → "IT-chef", "PPR-LEDER" → "PPR-leder",
 * "CFO" stays. A short word before a hyphen, two letters alone, a post's acronym: an acronym more often than a word.
 */
function unshouted(title: string): string {
  const lower = title.replace(/\p{L}+(?=(-?))/gu, (w, hyphen: string) =>
    (w.length <= 2 || (hyphen && w.length <= 4) || POSITION_ACRONYMS.includes(w.toLowerCase())) ? w : w.toLowerCase(),
  );
  return /^\p{Ll}/u.test(lower) ? `${lower[0].toUpperCase()}${lower.slice(1)}` : lower;
}
const stripMarks = (s: string) => s.replace(/\*\*|__|^#+\s*/gu, "").trim();

/**
 * Profile or advertisement, by these rules in order:
 * 1. The document calls itself a profile in its text ("denne job- og
 *    personprofil", "nærværende stillings- og personprofil", "profilen er
 *    udarbejdet …"): a profile.
 * 2. It links to a profile ("Læs hele job- og personprofilen her", "Se den
 *    uddybende job- og personprofil"): an advertisement for that profile.
 * 3. A line of its head, or a running header, names the type ("Job- og
 *    personprofil", "Favrskov Kommune · Stillings- og personprofil"), or a
 *    cover line gives it beside a date or a name ("Jobprofil · August 2026",
 *    a letter-spaced "P O S I T I O N  P R O F I L E"): a profile.
 * 4. A line of its head says "Stillingsopslag", "Jobopslag" or "Genopslag":
 *    an advertisement. So does a head with two lines of a posting's fact box
 *    ("Arbejdssted: …", "Ansættelsesform: …"), and a text written in English
 *    that does not call itself a profile (a university's international ad).
 * 5. Length and structure: 1000 words or more, or 600 with the three core
 *    sections (job, person, process) under their own headings, or 500 with
 *    at least three numbered chapters: a profile. Otherwise an advertisement.
 */
export function documentKind(sections: Section[], head: string[], running: string[], text: string, webPage = false): Header["kind"] {
  // Both rules turn on the word "profil": they are tried only around it, for the patterns are slow over a whole text.
  const around = profileMentions(text);
  if (around.some((w) => SELF_NAMED.test(w))) return "profile";
  const headed = sections.filter((s) => s.heading);
  const chapters = headed.filter((s) => /^\d{1,2}\.?\s+\S/u.test(s.heading ?? "")).length;
  // "Job- og personprofil" on a line of its own over numbered chapters: the page holds the profile (a consultancy's
  // page of tabs), whatever its ad says of reading it "under fanerne ovenfor"
  if (chapters >= 3 && around.some((w) => w.split("\n").some((l) => l.length < 60 && DOCUMENT_TYPE_PHRASES.some((re) => re.test(l.trim()))))) return "profile";
  const links = around.some((w) => LINKS_TO_PROFILE.test(w)) || head.some((l) => LINKS_TO_PROFILE.test(l));
  if (links) return "advertisement";
  if ([...head, ...running].some((l) => DOCUMENT_TYPE_PHRASES.some((re) => re.test(l)) || PROFILE_NAMED.test(l))) return "profile";
  if (head.some((l) => PROFILE_TYPE_LINE.test(l) && !FILE_LINK.test(l)) || running.some((l) => PROFILE_TYPE_IN_LINE.test(l))) return "profile";
  if (webPage || head.some((l) => /^(?:stillingsopslag|jobopslag|genopslag)\b/iu.test(l))) return "advertisement";
  if (head.filter((l) => POSTING_HEAD_LABEL.test(l) || POSTING_PARTICULARS.test(l)).length >= 2 || writtenInEnglish(text)) return "advertisement";
  const named = new Set(headed.map((s) => s.kind));
  const core = ["jobprofil", "personprofil", "ansaettelsesproces"].filter((k) => named.has(k as Section["kind"])).length;
  const words = countWords(oneLanguage(text));
  // Under a thousand words the three core sections make a profile, unless it speaks to the applicant of what "vi tilbyder".
  // (either half of a heading given in two languages: "What we offer / Det tilbyder vi")
  const offers = headed.some((s) => (s.heading ?? "").split(" / ").some((h) => OFFER_HEADING.test(normaliseHeading(h))));
  // (nor when it opens on a headline that seeks the post: "ULVEDAL HØJSKOLE SØGER NY FORSTANDER", an ad's call)
  const seeks = head.slice(0, 2).some((l) => SEEKING_HEADLINE.test(l));
  return words >= 1000 || (core === 3 && words >= 600 && !offers && !seeks) || (chapters >= 3 && words >= 500) ? "profile" : "advertisement";
}

/** A headline that seeks the post: "Ulvedal Højskole søger ny forstander", "Vi søger en skoleleder". */
const SEEKING_HEADLINE = /^(?:\S+\s+){0,5}(?:søger|søges)(?:\s+\S+){0,6}$/iu;

/**
 * A text given in two languages ("English version" over the same text in English) is as long as its longer half:
 * an ad twice over is no profile.
 */
function oneLanguage(text: string): string {
  const lines = text.split("\n");
  let longer = text;
  // (the switch that parts the text most evenly: "English version below." at the top points to the heading that parts it;
  // a Markdown heading's marks before it, "## English version")
  lines.forEach((l, at) => {
    if (l.length >= 40 || !LANGUAGE_SWITCH.test(l.trim().replace(/^#{1,6}\s+/u, ""))) return;
    const [before, after] = [lines.slice(0, at).join("\n"), lines.slice(at + 1).join("\n")];
    const half = before.length >= after.length ? before : after;
    if (half.length < longer.length) longer = half;
  });
  return longer;
}

/** More of English's commonest small words than of Danish's: a text written in English, a Danish name or two in it. */
function writtenInEnglish(text: string): boolean {
  let english = 0;
  let danish = 0;
  for (const m of text.matchAll(SMALL_WORDS)) {
    if (ENGLISH_SMALL_WORDS.has(m[0].toLowerCase())) english++;
    else danish++;
  }
  return english > 2 * danish && english >= 40;
}
const SMALL_WORDS = new RegExp(`(?<![A-Za-zÆØÅæøå])(?:${[...ENGLISH_SMALL_WORDS, ...DANISH_SMALL_WORDS].join("|")})(?![A-Za-zÆØÅæøå])`, "giu");

/** "Jobprofil – museumsinspektør (PDF, 212 KB) Download": a link to the profile, in an ad. */
const FILE_LINK = /\((?:pdf|docx?)\b|\b\d+\s*[kKmM]B\b|\bdownload\b/i;

/** A running header gives the type after a page number: "2 / 4 Position profile — Museumsdirektør". */
const PROFILE_TYPE_IN_LINE = new RegExp(PROFILE_TYPE_LINE.source.replace(/^\^/u, "(?:^|\\s)"), "i");
/** A cover's letter-spaced capitals ("P O S I T I O N P R O F I L E") as one run of letters, which the type patterns read. */
const unspaced = (line: string) => (/^(?:\S ){4,}\S$/u.test(line) ? line.replace(/ /gu, "") : line);

/** The text around each "profil" it holds: enough for the phrases that name or link to a profile. */
function profileMentions(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (let i = lower.indexOf("profil"); i >= 0 && out.length < 50; i = lower.indexOf("profil", i + 6))
    out.push(text.slice(Math.max(0, i - 70), i + 60));
  return out;
}

const PROFILE = String.raw`(?:job|stillings|leder)-?\s*og\s+(?:person|krav)profil(?:en)?`;
const SELF_NAMED = new RegExp(
  String.raw`\b(?:denne|nærværende|følgende)\s+${PROFILE}|\bpå\s+denne\s+side\b[^.]{0,40}${PROFILE}|\b(?:denne|nærværende)\s+(?:job|stillings)?profil\b|\b${PROFILE}\s+er\s+(?:udarbejdet|skrevet|blevet til)`,
  "i",
);
// (?<!\p{L}), not \b: \b is ASCII's, and "læse hele job- og personprofilen" would hold "se hele …"
const LINKS_TO_PROFILE = new RegExp(
  latin(String.raw`(?<!\p{L})(?:læs|læse|se|hent|hente|download|downloade|find|finde|åbn|åbne)\s+(?:hele\s+|mere\s+i\s+|den\s+|vores\s+)?(?:uddybende\s+|fulde\s+|samlede\s+)?${PROFILE}|\b(?:uddybende|vedhæftede?)\s+${PROFILE}|\b${PROFILE}\s+(?:kan\s+(?:hentes|downloades|læses|ses|findes)|findes|ligger|er vedhæftet)`),
  "i",
);
/** The type anywhere in a cover line or a running header: "Favrskov Kommune · Job- og personprofil". */
const PROFILE_NAMED = new RegExp(PROFILE, "iu");

/** Each firm's aliases as a global pattern, to count its mentions. */
const GLOBAL_ALIASES = new Map(CONSULTANCIES.map((c) => [c, new RegExp(c.aliases.source, c.aliases.flags.replace("g", "") + "g")]));

/** Each firm under the words that must occur for it to be named: its hint's first word, its domains' first words. */
const FIRM_TRIGGERS = new Map<string, Consultancy[]>();
for (const c of CONSULTANCIES)
  for (const w of new Set([c.hint.split(" ")[0], ...(c.words ?? []), ...c.domains.map((d) => d.split(/[.-]/u)[0])]))
    FIRM_TRIGGERS.set(w, [...(FIRM_TRIGGERS.get(w) ?? []), c]);

/**
 * The firms whose words the text holds: its capitalised words, and the
 * first label of each web or mail domain. Looking for each of fifty names
 * and domains costs ten times as much.
 */
function firmsTriggered(text: string, lower: string): Set<Consultancy> {
  const out = new Set<Consultancy>();
  const look = (w: string) => {
    const firms = FIRM_TRIGGERS.get(w) ?? (w.endsWith("s") ? FIRM_TRIGGERS.get(w.slice(0, -1)) : undefined);
    if (firms) for (const c of firms) out.add(c);
  };
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) look(m[0].toLowerCase());
  for (const tld of [".dk", ".com", ".net", ".eu"])
    for (let i = lower.indexOf(tld); i > 0; i = lower.indexOf(tld, i + 1)) {
      let start = i;
      while (start > 0 && /[a-z0-9-]/.test(lower[start - 1])) start--;
      look(lower.slice(start, i).split("-")[0]);
    }
  return out;
}
const CAPITALISED = /[A-ZÆØÅ][A-Za-zæøåÆØÅ]+/g;

interface FirmCandidates {
  /** Firms we know; when the text names one, the cues are not read. */
  known: boolean;
  /** Each candidate's name and its number of mentions. */
  scores: Map<string, number>;
}

/**
 * The recruitment firms a text names: a firm we know (by name or by its own
 * web domain), or else the names the process puts in charge ("med hjælp fra
 * X", "partner i X"). Never a name made from an e-mail or web address: an
 * employer's own domain is not a firm. Read once, for the employer (which
 * must not be a firm) and for the consultancy (which must not be the employer).
 */
function firmCandidates(text: string): FirmCandidates {
  const scores = new Map<string, number>();
  const add = (name: string, w: number) => scores.set(name, (scores.get(name) ?? 0) + w);
  const lower = text.toLowerCase();
  for (const c of firmsTriggered(text, lower)) {
    const mentions = lower.includes(c.hint) ? text.match(GLOBAL_ALIASES.get(c)!) : null;
    if (mentions) add(c.name, mentions.length);
    for (const d of c.domains) if (lower.includes(d)) add(c.name, 2);
  }
  if (scores.size > 0) return { known: true, scores };
  for (const { words, pattern, firmLike, onlyIf } of CONSULTANCY_CUES) {
    if (!words.some((w) => lower.includes(w)) || (onlyIf && !onlyIf.test(text))) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // "skrevet af Børn og Kultur": a forvaltning's areas, two names "og" joins, no firm
      if (/^ og [A-ZÆØÅ]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
      // ("Rekrutteringsfirmaet Halberg & Friis Executive bistår …": the kind of firm opens the sentence, before its name)
      const name = firmName(m[1].replace(/[.,]$/u, "").replace(FIRM_KIND_BEFORE, ""), text);
      // (a test's vendor named by the cue's words before it, "test via Garuda", is the test's)
      if (NOT_A_FIRM.test(name) || isTestName(name, m[0].slice(0, m[0].lastIndexOf(m[1]))) || (firmLike && !FIRM_LIKE.test(name))) continue;
      add(name, 1);
    }
  }
  return { known: false, scores };
}

/** The firm that runs the process: the most mentioned candidate; a name the cues found is none when it is the employer's. */
function bestFirm({ known, scores }: FirmCandidates, employer: string | null): string | null {
  const employerKey = known ? undefined : employer?.split(/\s/u)[0].toLowerCase();
  let best: string | null = null;
  let n = 0;
  for (const [name, s] of scores) {
    if (employerKey && (employer!.includes(name) || name.toLowerCase().includes(employerKey))) continue;
    if (s > n) [best, n] = [name, s];
  }
  return best;
}

/**
 * "partner i Rekrutteringshuset Nord Anne Hansen": where an unknown firm's
 * name ends and a person's begins, repetition tells best: keep the longest
 * run of words the text names more than once. Else a name of one or two
 * words is the firm's ("… i samarbejde med Nordkap Search."), and of a
 * longer one the last two words are taken for the person's.
 */
function firmName(capture: string, text: string): string {
  const words = capture.split(" ");
  for (let n = words.length; n > 1; n--) {
    const prefix = words.slice(0, n).join(" ");
    if (text.split(prefix).length > 2) return prefix;
  }
  // a legal form or a firm's closing word ends a firm's name: "Rekruttering Nord ApS", "Brandt & Lykke Executive"
  if (FIRM_LIKE.test(words[words.length - 1])) return capture;
  // an ampersand joins two words of one name ("Strand & Donslund", "Lindholm Search & Selection"): no person's name holds one
  if (words[words.length - 2] === "&") return capture;
  const named = words.filter((w) => w !== "&").length;
  return named <= 2 ? capture : words.slice(0, words.length - 2).join(" ");
}
