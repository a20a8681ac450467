/**
 * Who is hiring: the organisation the post belongs to, chosen among every
 * organisation the document names by the evidence of where and how it is
 * named. An organisation that is only mentioned (a partner, the place a
 * predecessor left for, the owner of a company) gains nothing and loses
 * where the wording says so.
 *
 * | cue (for one organisation)                                 | weight          |
 * | ---------------------------------------------------------- | --------------- |
 * | a name we know (kommune, region, state body, institution)  | +3              |
 * | a name recognised by its shape ("… Friskole", "…styrelsen") | +2              |
 * | set apart in the head (its own line, first before a dash)  | +4 once         |
 * | only contained in a line of the head                       | +2 once         |
 * | after "til"/"hos" on the post's own line ("… til Provas")  | +2 once         |
 * | subject of "søger" / "har brug for" / "ansætter"           | +5 once         |
 * | after "hos", "ved", "på vegne af" / "Velkommen til", "Om X" | +2 once / +1 once |
 * | a signature: the name over an address or a postcode line    | +2 once         |
 * | each mention                                               | +1, at most +5  |
 * | a mention as someone else's ("ejet af", "nyt job i", "i samarbejde med", "fra") | −2 each |
 *
 * An organisation named only by a role cue ("hos X") and never by its shape
 * must be named twice or in the head. Job boards and consultancies are never
 * the employer.
 */
import {
  INSTITUTIONS, JOB_BOARDS, UNIT_WORDS, KOMMUNER, ORGANISATION_PREFIXES, ORGANISATION_SUFFIXES, ORGANISATION_WORD_ENDINGS, REGIONER, STATE_BODIES,
} from "../vocabulary/employers.js";
import { CONSULTANCIES } from "../vocabulary/consultancies.js";
import { escapeRe } from "./title.js";

const fold = (s: string) => s.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
const LEGAL_FORM = /\s+(?:A\/S|ApS|I\/S|P\/S|K\/S|a\.m\.b\.a\.)$/u;
/** The key two spellings of one organisation share: no legal form, no genitive, letters only. */
export const organisationKey = (name: string) => fold(name.replace(LEGAL_FORM, ""));
const keyOf = organisationKey;

const KNOWN = [...KOMMUNER, ...REGIONER, ...STATE_BODIES, ...INSTITUTIONS];
const KNOWN_BY_KEY = new Map(KNOWN.map((n) => [keyOf(n), n]));
const BOARD_KEYS = new Set(JOB_BOARDS.map(keyOf));
const UNITS: ReadonlySet<string> = new Set(UNIT_WORDS);

const L = "A-Za-zÆØÅæøåÉéÜüÖöÄä";
const CAP = `[A-ZÆØÅ][${L}.'’-]*`;
/** Capitalised sentence openers and function words that are not part of a name before "Kommune" or "Friskole". */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "Hos", "Ved", "Vi", "I", "Om", "Til", "På", "Som", "Det", "Den", "De", "Der", "Hele", "Her", "Nu", "Derfor",
  "Velkommen", "Bliv", "Job", "Og", "For", "Fra", "Med", "Når", "Hvis", "Både", "Alle", "Hver", "Vores", "Din",
  "Dit", "En", "Et", "Ny", "Nyt", "Kontakt", "Kom", "Søg", "Læs", "Se", "Forside", "Om", "Også", "Hvor", "Mens",
  "Ansøgning", "Stillingen", "Arbejdssted", "Tlf", "Mail", "Email", "E-mail", "Adresse",
]);

const known = new RegExp(`(?<![${L}])(?:${[...KNOWN].sort((a, b) => b.length - a.length).map(escapeRe).join("|")})(?:s(?![${L}]))?`, "gu");
const suffixed = new RegExp(`((?:${CAP}\\s+){0,2}${CAP})\\s+(${ORGANISATION_SUFFIXES.map(escapeRe).join("|")})s?(?![${L}])`, "gu");
const capsKommune = /(?<![A-ZÆØÅ])([A-ZÆØÅ][A-ZÆØÅ-]+)\s+KOMMUNE(?![A-ZÆØÅ])/gu;
/** "Styrelsen for Arbejdsmarked og Rekruttering" runs on over "og" and commas; "Region Sjælland" is one word. */
const prefixed = new RegExp(
  `(?<![${L}])(?:(${ORGANISATION_PREFIXES.filter((p) => p.endsWith(" for")).map(escapeRe).join("|")})\\s+((?:${CAP})(?:(?:,\\s+|\\s+og\\s+|\\s+)(?:${CAP})){0,3})` +
    `|(${ORGANISATION_PREFIXES.filter((p) => !p.endsWith(" for")).map(escapeRe).join("|")})\\s+(${CAP}))`,
  "gu",
);
const oneWord = new RegExp(`(?<![${L}])((?:[A-ZÆØÅ][${L}]*-,?\\s+(?:og\\s+)?){0,2}[A-ZÆØÅ][${L}]+(?:${ORGANISATION_WORD_ENDINGS.join("|")}))(?![${L}])`, "gu");
/** Words with an organisation's ending that name a body of one: "Bestyrelsen", "Skolebestyrelsen". */
const NOT_ORGANISATION_WORD = /[Bb]estyrelsen$|^(?:Museet|Hospitalet|Sygehuset|Ministeriet|Styrelsen|Direktoratet|Tilsynet)$/u;
/** Organisations named by a role only: "hos Kronborg Analyse", "Egebjerg Friskole søger". */
const byRole = new RegExp(`(?<![${L}])(?:hos|ved)\\s+((?:${CAP})(?:\\s+(?:${CAP})){0,3})`, "gu");
/** An unknown organisation as the subject of "søger": a capitalised name opening its sentence. */
const subject = new RegExp(`(?:^|[.!?:]\\s+|\\n)((?:${CAP}\\s+){0,3}${CAP})\\s+(?:søger|har brug for|ansætter)(?![${L}])`, "gu");
const HIRES = /^s?\s+(?:søger|har brug for|ansætter|opslår)(?![\p{L}])/u;

/** Words before a mention that make it someone else's. */
const ELSEWHERE = /(?<![\p{L}])(?:ejet af|ejes af|job i|job hos|samarbejde med|samarbejder med|sammen med|partnere?|fra|skiftet til|gået til|flyttet til|rejst til|overgår til|bestyrelsesformand i|formand for|medlem af|ligesom|end)\s+(?:både\s+)?$/iu;
/** "nyt job hos" is elsewhere; "dit nye job hos" is here. */
const OWN_JOB = /(?<![\p{L}])(?:dit|dine|jeres|vores)\s+(?:nye\s+)?job\s+(?:hos|i)\s+$/iu;
const ROLE_HOS = /(?<![\p{L}])(?:hos|ved|vegne af)\s+$/iu;
const WELCOME = /(?<![\p{L}])(?:velkommen til|om)\s+$/iu;

export interface EmployerInput {
  /** Short lines at the head of the document (cover, page title). */
  head: string[];
  /** The document's running text, one paragraph or item a string. */
  paragraphs: string[];
  /** All content lines in order, for signatures (a name over an address). */
  lines: string[];
}

interface Evidence {
  name: string;
  forms: Map<string, number>;
  base: number;
  mentions: number;
  elsewhere: number;
  /** +4 when the head sets the name apart, +2 when a head line only contains it. */
  head: number;
  titled: boolean;
  subject: boolean;
  hos: boolean;
  welcome: boolean;
  signature: boolean;
  shaped: boolean;
}

/**
 * The employer, or null. `named` collects the keys (`organisationKey`) of
 * the organisations the text names, for a second witness to choose among.
 */
export function findEmployer({ head, paragraphs, lines }: EmployerInput, named?: Set<string>): string | null {
  const orgs = new Map<string, Evidence>();
  const note = (raw: string, base: number): Evidence | null => {
    const name = cleanName(raw);
    if (!name) return null;
    const key = keyOf(name);
    if (BOARD_KEYS.has(key) || isConsultancy(name)) return null;
    // "Bestyrelsen", "Jobcenter Slagelse": a body or a part of an organisation, not the organisation.
    if (base === 0 && !KNOWN_BY_KEY.has(key) && !orgs.has(key) && (DEFINITE_NOUN.test(name) || UNITS.has(name.split(" ")[0].toLowerCase())))
      return null;
    let e = orgs.get(key);
    if (!e) {
      const knownName = KNOWN_BY_KEY.get(key);
      e = { name: knownName ?? name, forms: new Map(), base: knownName ? 3 : base, mentions: 0, elsewhere: 0, head: 0, titled: false, subject: false, hos: false, welcome: false, signature: false, shaped: base > 0 };
      orgs.set(key, e);
    }
    e.forms.set(name, (e.forms.get(name) ?? 0) + 1);
    return e;
  };
  for (const text of paragraphs) {
    const seen = new Set<string>();
    const hiring = new Set<number>();
    const mention = (raw: string, at: number, base: number) => {
      const e = note(raw, base);
      if (!e) return;
      // "Statens Museum for Kunst søger", "Sengeafsnit 2143 på Rigshospitalet søger": the name just before "søger".
      if (HIRES.test(text.slice(at + raw.length, at + raw.length + 24))) {
        e.subject = true;
        hiring.add(at + raw.length);
      }
      // One mention per place: the same name found by two shapes is counted once.
      const spot = `${keyOf(e.name)}@${at}`;
      if (seen.has(spot)) return;
      seen.add(spot);
      const before = text.slice(Math.max(0, at - 30), at);
      if (ELSEWHERE.test(before) && !OWN_JOB.test(before)) e.elsewhere++;
      else e.mentions++;
      if (ROLE_HOS.test(before)) e.hos = true;
      if (WELCOME.test(before)) e.welcome = true;
    };
    for (const m of text.matchAll(known)) mention(m[0], m.index, 3);
    for (const m of text.matchAll(suffixed)) {
      const [name, at] = trimLead(m[1], m.index);
      mention(`${name} ${m[2]}`, at, 2);
    }
    for (const m of text.matchAll(capsKommune)) mention(`${m[1]} Kommune`, m.index, 2);
    for (const m of text.matchAll(prefixed)) mention(m[1] ? `${m[1]} ${m[2]}` : `${m[3]} ${m[4]}`, m.index, 2);
    for (const m of text.matchAll(oneWord)) if (!NOT_ORGANISATION_WORD.test(m[1])) mention(m[1], m.index, 2);
    for (const m of text.matchAll(byRole)) mention(m[1], m.index + m[0].length - m[1].length, 0);
    for (const m of text.matchAll(subject)) {
      if ([...hiring].some((h) => Math.abs(h - (m.index + m[0].indexOf(m[1]) + m[1].length)) <= 1)) continue;
      const [name] = trimLead(m[1], m.index);
      const e = note(name, 0);
      if (e) e.subject = true;
    }
  }
  // A cover sets the name over two lines: "VIBORG" / "KOMMUNE".
  for (const m of head.join(" ").matchAll(capsKommune)) note(`${m[1]} Kommune`, 2);
  // The post's own line names its organisation after "til" or "hos": "Administrerende direktør til Provas".
  for (const line of head.slice(0, 8)) {
    const m = line.match(new RegExp(`^[^.?!]{3,60}?\\s(?:til|hos)\\s+((?:${CAP})(?:\\s+${CAP}){0,3})\\s*$`, "u"));
    const e = m ? note(m[1], 0) : null;
    if (e) e.titled = true;
  }
  for (const text of paragraphs) {
    const m = text.match(new RegExp(`^(?:Om|Velkommen til)\\s+((?:${CAP})(?:\\s+${CAP}){0,3})\\s*[:?!.]?$`, "u"));
    const e = m ? note(m[1], 0) : null;
    if (e) e.welcome = true;
  }
  // A name the head sets apart (its own line, or first before a dash or a comma) is the page's or the cover's owner.
  const segments = [...head, ...head.slice(1).map((l, i) => `${head[i]} ${l}`)].flatMap((l) => l.split(/\s+[–—|·•]\s+|,\s+/u)).map(fold);
  const headKey = fold(head.join(" "));
  for (const [key, e] of orgs) {
    if (segments.some((s) => s.startsWith(key))) e.head = 4;
    else if (headKey.includes(key)) e.head = 2;
  }
  // A name found only by its role is counted wherever it stands.
  const all = paragraphs.join("\n");
  for (const e of orgs.values()) if (!e.shaped) e.mentions = Math.max(e.mentions, all.split(e.name).length - 1);
  for (let i = 0; i + 1 < lines.length; i++) {
    const k = keyOf(lines[i].trim());
    const e = orgs.get(k);
    if (e && /^\d{4}\s+[A-ZÆØÅ]|^[A-ZÆØÅ][\p{L}.' -]+\s\d{1,3}[A-Za-z]?(?:,|$)/u.test(lines[i + 1].trim())) e.signature = true;
  }
  if (named) for (const [key, e] of orgs) if (e.shaped) named.add(key);
  let best: Evidence | null = null;
  let bestScore = 0;
  for (const e of orgs.values()) {
    if (!e.shaped && e.mentions + e.elsewhere < 2 && !e.head) continue;
    const score =
      e.base + e.head + (e.titled ? 2 : 0) + (e.subject ? 5 : 0) + (e.hos ? 2 : 0) + (e.welcome ? 1 : 0) + (e.signature ? 2 : 0) +
      Math.min(e.mentions, 5) - 2 * e.elsewhere;
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  if (!best || bestScore < 3) return null;
  if (KNOWN_BY_KEY.has(keyOf(best.name))) return best.name;
  return [...best.forms].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
}

/** Leading sentence words are not part of the name: "Hos Aarhus Vand" → "Aarhus Vand". */
function trimLead(name: string, at: number): [string, number] {
  const words = name.split(/\s+/u);
  let cut = 0;
  while (cut < words.length - 1 && NOT_NAME_WORDS.has(words[cut])) cut++;
  const kept = words.slice(cut).join(" ");
  return [kept, at + name.length - kept.length];
}

function cleanName(raw: string): string | null {
  let name = raw.replace(/\s+/gu, " ").trim().replace(/[.,;:]+$/u, "");
  if (name.endsWith("s") && KNOWN_BY_KEY.has(keyOf(name.slice(0, -1)))) name = name.slice(0, -1);
  name = name.replace(/\s+(Kommune|Region|Universitet|Hospital|Sygehus|Museum)s$/u, " $1");
  if (/\b(KOMMUNE)$/u.test(name)) name = name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
  const words = name.split(" ");
  while (words.length > 1 && NOT_NAME_WORDS.has(words[0])) words.shift();
  name = words.join(" ");
  return name.length >= 3 && isNameLike(name) ? name : null;
}

const isNameLike = (name: string) => !NOT_NAME_WORDS.has(name.split(" ")[0]);
const DEFINITE_NOUN = /^[A-ZÆØÅ][a-zæøå]+(?:en|et|ne)$/u;

/** A job board or a recruitment firm: a name that is never the employer, whoever says so. */
export const neverEmployer = (name: string) => BOARD_KEYS.has(keyOf(name)) || isConsultancy(name);

function isConsultancy(name: string): boolean {
  const lower = name.toLowerCase();
  return CONSULTANCIES.some((c) => lower.includes(c.hint) && c.aliases.test(name));
}
