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
 * | a job board's byline under the post ("Danfoss Drives · Gråsten") | +2 once, as the post's own line |
 * | subject of "søger" / "har brug for" / "ansætter"           | +5 once         |
 * | named by the page's site (`og:site_name`, the title's tail) | +4 once, as the head's (a known site the text does not name: 3 + 4) |
 * | after "hos", "ved", "på vegne af" / "Velkommen til", "Om X" | +2 once / +1 once |
 * | a signature: the name over an address or a postcode line    | +2 once         |
 * | each mention                                               | +1, at most +5  |
 * | a mention as someone else's ("ejet af", "nyt job i", "fået en stilling i", "i samarbejde med", "fra", an agreement "mellem") | −2 each |
 *
 * An organisation named only by a role cue ("hos X") and never by its shape
 * must be named twice or in the head; the subject of the text's opening
 * sentence ("Arla Foods søger …") counts as named in the head. Job boards
 * and consultancies are never the employer. A kommune's own place ("Virklund
 * Skole") yields to the kommune that names itself or owns the site; a page
 * where the text names no employer belongs to the known organisation whose
 * site it is.
 */
import { trimTrailing } from "../normalise/words.js";
import { foldText } from "../vocabulary/letters.js";
import {
  AREA_WORDS, BODY_ENDINGS, ENGLISH_ARTICLE_BEFORE_BODY, FOUNDATION_TYPES, INSTITUTIONS, JOB_BOARDS, KOMMUNE_PLACE_WORDS, LEGAL_FORM_ALTERNATIVES, LEGAL_FORMS, UNIT_TAIL_WORDS, UNIT_WORDS, KOMMUNER, NAME_ARTICLES, NAMED_ADJECTIVE, GENITIVE_BODY_ENDINGS, KIND_PREFIXES, KOMMUNE_PLACE_PREFIXES, ORGANISATION_PREFIXES, ORGANISATION_SUFFIXES, SOCIETY_PREFIXES, ORGANISATION_WORD_ENDINGS, REGION_SHORT_NAMES, PARTS_OF_THE_COUNTRY, REGIONER, SELF_GOVERNING_WORDS, SELF_PRESENTED_KINDS, HOUSE_KIND_WORDS, FOR_PLACE_ENDINGS, STATE_BODIES, EMPLOYER_LABELS, UNIT_LABELS, NOT_AN_EMPLOYER_VALUE, isOrganisationName,
} from "../vocabulary/employers.js";
import { isKnownConsultancy } from "../vocabulary/consultancies.js";
import { escapeRe } from "./title.js";
import { EMPLOYER_VOICE, HIRING_VERBS, isPositionNoun, NAME_PLACE_WORDS, POST_PLACE_WORDS_WIDE, TOOK_ANOTHER_POST_BEFORE } from "../vocabulary/positions.js";
import { NOT_NAME_ENDINGS } from "../vocabulary/roles.js";
import { NAME_ABBREVIATIONS } from "../vocabulary/abbreviations.js";
import { NETWORK_AUTHOR_MARKS } from "../vocabulary/furniture.js";

const LEGAL_FORM = new RegExp(String.raw`(?<!\s)\s+(?:${LEGAL_FORM_ALTERNATIVES})$`, "u");
/** As the scan holds them: a word's trailing dot is not part of it. */
const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set(LEGAL_FORMS.map((f) => f.replace(/\.$/u, "")));
/** The key two spellings of one organisation share: no legal form, no genitive, letters only. */
export const organisationKey = (name: string) => foldText(name.replace(LEGAL_FORM, ""));
const keyOf = organisationKey;

const KNOWN = [...KOMMUNER, ...REGIONER, ...STATE_BODIES, ...INSTITUTIONS];
const KNOWN_BY_KEY = new Map(KNOWN.map((n) => [keyOf(n), n]));
const BOARD_KEYS = new Set(JOB_BOARDS.map(keyOf));
const UNITS: ReadonlySet<string> = new Set(UNIT_WORDS);
const AREAS: ReadonlySet<string> = new Set(AREA_WORDS);
const COUNTRY_PARTS: ReadonlySet<string> = new Set(PARTS_OF_THE_COUNTRY);
/** "Børn, Unge og Læring": a directorate's fields and nothing else. */
const isAreaName = (name: string) => name.split(/[\s,&]+/u).every((w) => w === "og" || w === "" || AREAS.has(w.toLowerCase()));
const UNIT_TAILS: ReadonlySet<string> = new Set(UNIT_TAIL_WORDS);
const KOMMUNE_NAMES: ReadonlySet<string> = new Set(KOMMUNER);
// "Virklund Skole", and "Børnehuset Mariehønen" with its kind first
const PART_OF_KOMMUNE = new RegExp(`\\s(?:${KOMMUNE_PLACE_WORDS.join("|")})$|^(?:${KOMMUNE_PLACE_PREFIXES.join("|")})\\s`, "u");

const SELF_GOVERNING_WORD = `(?:${SELF_GOVERNING_WORDS.join("|")})`;
/** "den selvejende institution ", "det privatejede ": a house's own kind, right before its name. */
const SELF_GOVERNING_BEFORE = new RegExp(`(?<!\\p{L})${SELF_GOVERNING_WORD}\\s+(?:\\p{Ll}+\\s+)?$`, "iu");
/** " er en selvejende institution", " er et privat plejehjem": what the house says it is, right after its name. */
const SELF_GOVERNING_AFTER = new RegExp(`^\\s+er\\s+(?:en|et)\\s+(?:\\p{Ll}+\\s+)?${SELF_GOVERNING_WORD}(?!\\p{L})`, "iu");
/** Whether the text calls the place by `name` a house of its own, or has its board seek, where it names it. */
function selfGoverning(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + name.length, at + name.length + 40);
    if (SELF_GOVERNING_BEFORE.test(before) || SELF_GOVERNING_AFTER.test(after) || (/(?<!\p{L})bestyrelsen for\s+$/iu.test(before) && /^\s+søger(?!\p{L})/u.test(after))) return true;
  }
  return false;
}

const L = "A-Za-zÆØÅæøåÉéÜüÖöÄä";
const CAP = `[A-ZÆØÅ][${L}.'’-]*`;
/** Capitalised sentence openers and function words that are not part of a name before "Kommune" or "Friskole". */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "Hos", "Ved", "Vi", "Jeg", "Du", "Man", "Han", "Hun", "I", "Om", "Til", "På", "Som", "Det", "Den", "De", "Der", "Hele", "Her", "Nu", "Derfor",
  "Velkommen", "Bliv", "Job", "Og", "For", "Fra", "Med", "Når", "Hvis", "Både", "Alle", "Hver", "Vores", "Din",
  "Dit", "En", "Et", "Ny", "Nyt", "Kontakt", "Kom", "Søg", "Læs", "Se", "Forside", "Om", "Også", "Hvor", "Mens",
  "Ansøgning", "Stillingen", "Arbejdssted", "Tlf", "Mail", "Email", "E-mail", "Adresse",
  // a heading's question ("Hvem søger vi?") opens with its question word, no organisation
  "Hvem", "Hvad", "Hvilken", "Hvilke", "Hvordan", "Hvorfor", "Hvornår",
  // and a heading's "Sådan søger du": the verb before its subject, the word before it an adverb
  "Sådan", "Således",
]);

/** A capitalised word: where every name starts. No `u` flag and no `\\p{L}`: it runs over every character of the text. */
const CAP_WORD = /[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ'’\/&-]*/g;
/** A Latin letter, by its code: this runs for every capitalised word, where a pattern test costs more than the scan. */
function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
const isLetter = (c: string | undefined) => c !== undefined && isLetterCode(c.charCodeAt(0));

/** The names we know, by their first word, longest first: "Region" → "Region Hovedstaden", … */
const KNOWN_BY_FIRST = new Map<string, string[]>();
for (const name of [...KNOWN].sort((a, b) => b.length - a.length)) {
  const first = name.split(" ")[0];
  KNOWN_BY_FIRST.set(first, [...(KNOWN_BY_FIRST.get(first) ?? []), name]);
}
const SUFFIXES: ReadonlySet<string> = new Set(ORGANISATION_SUFFIXES);
const FOUNDATION_WORDS: ReadonlySet<string> = new Set(FOUNDATION_TYPES);
const BODY_WORDS: ReadonlySet<string> = new Set(BODY_ENDINGS);
const PREFIX_WORDS: ReadonlySet<string> = new Set(ORGANISATION_PREFIXES.map((p) => p.split(" ")[0]));
/** A Danish prefix that ends in "for" names what the body is for, over "og" and commas ("Styrelsen for …"). */
function namesAfter(prefix: string): boolean {
  return prefix.endsWith(" for");
}
/** An English one that ends in "of" names its place in a few words, which a comma ends ("University of Southern Denmark, Esbjerg"). */
const ENGLISH_OF_PREFIXES = ORGANISATION_PREFIXES.filter((p) => p.endsWith(" of"));
/** A capitalised word with no full stop in it: a society's or an English body's name stops at its sentence's end. */
const WORD_CAP = `[A-ZÆØÅ][${L}'’-]*`;
/**
 * "Styrelsen for Arbejdsmarked og Rekruttering" runs on over "og" and commas; "Foreningen Kulturstationen Skjern"
 * and "University of Southern Denmark" over a few capitalised words on one line, and over one "og" to a last word
 * that ends the name ("Forbundet Pleje og Service"; not "… og FOA", "… og Danske Handicaporganisationer": another
 * organisation); "Region Sjælland" is one word.
 */
const PREFIXED = new RegExp(
  `(?:(${ORGANISATION_PREFIXES.filter(namesAfter).map(escapeRe).join("|")})\\s+((?:${CAP})(?:(?:,\\s+|\\s+og\\s+|\\s+)(?:${CAP})){0,3})` +
    `|(${[...SOCIETY_PREFIXES, ...ENGLISH_OF_PREFIXES].join("|")})[^\\S\\n]+(${WORD_CAP}(?:[^\\S\\n]+${WORD_CAP}){0,2}(?:[^\\S\\n]+og[^\\S\\n]+[A-ZÆØÅ][a-zæøå][${L}'’-]*(?![\\wæøåÆØÅ-]|[^\\S\\n]+[A-ZÆØÅ]))?)` +
    `|(${ORGANISATION_PREFIXES.filter((p) => !namesAfter(p) && !SOCIETY_PREFIXES.includes(p) && !ENGLISH_OF_PREFIXES.includes(p)).map(escapeRe).join("|")})\\s+(${CAP}))`,
  "y",
);
/** The place a one-word name is for: " for Nordfalster", " for Søfart" (not " for første gang"). */
const FOR_PLACE = /^ for [A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?(?![\p{L}-])/u;
/** The compound's first parts before a one-word name: "Børne- og " before "Undervisningsministeriet". */
const COMPOUND_LEAD = /(?<![A-Za-zÀ-ÖØ-öø-ÿ])(?:[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ]*-,? (?:og )?){1,2}$/;
const ENDS_AS_ORGANISATION = new RegExp(`(?:${ORGANISATION_WORD_ENDINGS.join("|")})s?$`);
const ENDS_AS_ORGANISATION_EXACTLY = new RegExp(`(?:${ORGANISATION_WORD_ENDINGS.join("|")})$`);
const ENDS_AS_GENITIVE_BODY = new RegExp(`(?:${GENITIVE_BODY_ENDINGS.join("|")})$`);
/** The genitive that opens such a body's name, and the compound's first parts: "Forsvarets Cyber- og ". */
const GENITIVE_LEAD = /(?<![A-Za-zÀ-ÖØ-öø-ÿ])[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ]+s (?:[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ]*-,? (?:og )?){0,2}$/;
/** How far into the running text "X søger" still opens it: a title line or two may stand before. */
const OPENING_CHARS = 200;
/** A postcode and town ("6000 Kolding") or a street and number ("Havnevej 12"). */
const ADDRESS = /^\d{4}\s+[A-ZÆØÅ]|^[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ.' -]+\s\d{1,3}[A-Za-z]?(?:,|$)/;
// the verb right after the name's last word, or after an "s" the word's match left out
const HIRING = [...HIRING_VERBS, ...EMPLOYER_VOICE].map((v) => ` ${v}`).concat(["s søger", "s har brug for"]);
const capsKommune = /(?<![A-ZÆØÅ])([A-ZÆØÅ][A-ZÆØÅ-]+)\s+KOMMUNE(?![A-ZÆØÅ])/g;

/** A professional network's byline of a post or a comment: its author's name, then "Forfatter", "Author", "Følger". */
const NETWORK_BYLINE = new RegExp(String.raw`[·|•]\s+(?:${NETWORK_AUTHOR_MARKS.join("|")})\s*$`, "u");
/** A job board's byline under the post: the employer, a middle dot or a bar, the place ("Danfoss Drives · Gråsten"). */
const BYLINE = new RegExp(`^((?:${CAP})(?:\\s+${CAP}){1,3})\\s+[·|•]\\s+${CAP}(?:\\s+${CAP})?$`, "u");
const LEGAL_FORM_TAIL = String.raw`(?:\s+(?:${LEGAL_FORM_ALTERNATIVES}))?`;
// "Driftschef til Scanport Terminals A/S, Aarhus Havn": the post's organisation, then perhaps its place, or its unit
// after a dash ("Ledende overlæge til Psykiatrisk Center Nordsjælland – Affective Disorders &")
const POST_OF = new RegExp(`^[^.?!]{3,60}?\\s(?:til|hos)\\s+((?:${CAP})(?:\\s+${CAP}){0,3}${LEGAL_FORM_TAIL})(?:,\\s+[^,.?!]{2,40}|\\s+[–—]\\s+[A-ZÆØÅ][^.?!]{1,60})?\\s*$`, "u");
/** A heading about the organisation: "Om Provas", "Velkommen til Havbo". */
const ABOUT = new RegExp(`^(?:Om|Velkommen til)\\s+((?:${CAP})(?:\\s+${CAP}){0,3})\\s*[:?!.]?$`, "u");

/** An abbreviation opening a name ("Skt. Nikolaj Kirke", "Sct. Knuds Skole", "Brdr. Kjærsgaard Emballage A/S"). */
const NAME_ABBREVIATION: ReadonlySet<string> = new Set(NAME_ABBREVIATIONS.map((a) => `${a[0].toUpperCase()}${a.slice(1)}`));

/**
 * A fact box's line that names the employer: its label, then the name ("Arbejdsgiver: Teatret Fyrtårnet", "Virksomhed |
 * Vestjysk Staal A/S"), capitalised as a label and a name are. A table's row keeps its bars: they are taken off.
 */
const labelledLine = (labels: readonly string[]) =>
  new RegExp(`^\\|?\\s*(?:${labels.map((l) => `[${l[0].toUpperCase()}${l[0]}]${escapeRe(l.slice(1))}`).join("|")})\\s*(?::|\\|)\\s*(\\p{Lu}[^\\n]{2,80})$`, "u");
const EMPLOYER_LABEL = labelledLine(EMPLOYER_LABELS);
const EMPLOYER_LINE = 120;
const LEGAL_FORM_AT_END = new RegExp(`\\s(?:${LEGAL_FORM_ALTERNATIVES})\\.?$`, "u");
/** A fact box's line that names the post's unit ("Afdeling | Fjernvarme |"): its name up to a table's bar. */
const UNIT_LABEL = labelledLine(UNIT_LABELS);
/** Where the name in such a line ends: before its place or its unit ("Teatret Fyrtårnet, Esbjerg", "… · Aarhus"), or a table's bar. */
const EMPLOYER_VALUE_END = /,\s|\s[·|–—-]\s|\s\(|\s?\|/u;
/** "Den selvejende institution Teatret Fyrtårnet": what kind of house it is, before its name. */
const SELF_GOVERNING_KIND = new RegExp(`^den\\s+(?:${SELF_GOVERNING_WORDS.join("|")})\\s+institution\\s+`, "iu");
/** A name's words: capitalised, a number, or a name's small word ("Kirsten og Aage Holms Musikfond", "Vestjysk Staal A/S"). */
const NAME_WORDS = /^(?:(?:\p{Lu}|\d)[\p{L}\d.&/'’-]*|og|for|i|af|&)(?:\s+(?:(?:\p{Lu}|\d)[\p{L}\d.&/'’-]*|og|for|i|af|&))*$/u;

/**
 * The organisation a fact box's line names, or null: "Arbejdsgiver: Den selvejende institution Teatret Fyrtårnet,
 * Esbjerg". A name is two words at least, or one the vocabulary shows to be an organisation's ("Sikkerhedsstyrelsen"):
 * "Arbejdsgiver: Anonym", "Company: Confidential" and a table's head row ("| Virksomhed | Ansatte | Omsætning |") name none.
 */
function labelledEmployer(line: string): string | null {
  const l = line.length <= EMPLOYER_LINE ? EMPLOYER_LABEL.exec(line.trim()) : null;
  if (!l) return null;
  const value = l[1].split(EMPLOYER_VALUE_END)[0].replace(SELF_GOVERNING_KIND, "").trim();
  if (!NAME_WORDS.test(value) || NOT_AN_EMPLOYER_VALUE.has(value.split(/\s/u)[0].toLowerCase())) return null;
  return /\s/u.test(value) || isOrganisationName(value) ? value : null;
}

/**
 * "Engholm er et selvejende bosted", "Hjortø Efterskole er en privat efterskole", "Fjordtrafik er det regionale
 * trafikselskab", "Grøn Byggebranche er brancheforeningen for …", "Landsforeningen for Bæredygtigt Byggeri (LBB) er
 * interesseorganisation for …", "Sammen om Ældre er en landsdækkende frivillig organisation": the name, up to four
 * capitalised words (a small word may join two), and the short name in brackets after it.
 */
const PRESENTS_ITSELF = new RegExp(
  `^(${CAP}(?:\\s+(?:(?:for|om|og|af|i|til|ved|på)\\s+)?${CAP}){0,3})(?:\\s+\\([A-ZÆØÅ]{2,8}\\))?\\s+er\\s+(?:(?:et|en|det|den)\\s+(?:[a-zæøå-]+\\s+){0,3}[a-zæøå]*(?:${SELF_PRESENTED_KINDS.join("|")})(?![a-zæøå])|[a-zæøå]*(?:${SELF_PRESENTED_KINDS.join("|")})(?:en|et)?\\s+for\\s)`,
  "u",
);

/** How far before a mention its words are read: a list of partners may stand between "samarbejdet med" and the name. */
const ELSEWHERE_REACH = 80;
/** A name that is one of the five regions', or a part of one's ("Region Hovedstadens Psykiatri", "Region Midt"). */
const OF_A_REGION = new RegExp(`^(?:${[...REGIONER, ...REGION_SHORT_NAMES].map(escapeRe).join("|")})s?(?![\\p{L}])`, "u");
/** Words before a mention that make it someone else's. */
const ELSEWHERE = new RegExp(
  String.raw`(?<![\p{L}])(?:ejet af|ejes af|mellem|(?:drifts|samarbejds|partnerskabs|ramme)(?:overenskomst|aftale) med|job i|job hos|samarbejde(?:t)? (?:tæt |nært )?med|samarbejder (?:tæt |nært )?med|sammen med|partnere?|fra|skiftet til|gået til|flyttet til|rejst til|overgår til|bestyrelsesformand i|formand for|medlem af|ligesom|end|${TOOK_ANOTHER_POST_BEFORE}\s+(?:i|hos|ved))\s+(?:både\s+)?$`,
  "iu",
);
/** A word of a list of names: a capitalised word, with its comma, or the "og" before the last. */
const LIST_WORD = /^(?:\p{Lu}[\p{L}-]*,?|og)$/u;
/**
 * The text before a list of names that ends right before a mention ("samarbejdet med Jobcenter, Ydelsesservice og "
 * before "Udbetaling Danmark"), or null when no such list stands there: the words before the list make the last name
 * someone else's as they do the first. Word by word, as a pattern anchored at the end would be tried at every place.
 */
function beforeList(before: string, after: string): string | null {
  const words = before.trimEnd().split(/\s+/u);
  let i = words.length;
  while (i > 0 && LIST_WORD.test(words[i - 1])) i--;
  const list = words.slice(i);
  // "A, B og " and no less: a comma before "og" ("fra HR, og Horsens Kommune tilbyder …") opens a clause, and "A og "
  // alone may be a clause's too; the list's last name ends it ("… og Udbetaling Danmark."), not a verb ("… og
  // Horsens Kommune tilbyder"); a name in the list's middle ("…, Udbetaling Danmark, Ydelsesservice og …") has the list
  // go on after it
  const commas = list.filter((w) => w.endsWith(","));
  const andAfterComma = list.some((w, k) => w === "og" && list[k - 1]?.endsWith(","));
  const last = list.at(-1) ?? "";
  const ends = last === "og" ? LIST_ENDS.test(after) : last.endsWith(",") && LIST_GOES_ON.test(after);
  if (commas.length === 0 || andAfterComma || i === 0 || !ends) return null;
  return `${words.slice(0, i).join(" ")} `;
}
/**
 * Whether the words before a mention make it someone else's: right before it ("samarbejder med Vejle Kommune"), or
 * before a list it ends or stands in ("samarbejdet med Jobcenter, Ydelsesservice og Udbetaling Danmark") — but not a
 * list's name in the genitive ("med Sundhed, Ældre og Horsens Kommunes øvrige direktion"). `after` is the text just
 * after the mention.
 */
function saysElsewhere(before: string, after: string): boolean {
  if (ELSEWHERE.test(before)) return true;
  if (after.startsWith("s")) return false;
  const lead = beforeList(before, after);
  return lead !== null && ELSEWHERE.test(lead);
}
/** After a list's last name: its end, a stop or the line's (a list item's "… og Udbetaling Danmark"). */
const LIST_ENDS = /^(?:[.,;:)]|[^\S\n]*(?:\n|$)|\s+(?:og|samt)\s)/u;
/** After a name in a list's middle: the list's next name. */
const LIST_GOES_ON = /^(?:,\s|\s+(?:og|samt)\s)/u;
/** "Bente Kjærsgaard" / "Formand for Ølstykke Menighedsråd": a signature's title on a line of its own is the signer's own body's. */
const SIGNER_TITLE = /(?:^|\n)[^\S\n]*(?:bestyrelses)?formand for\s+$/iu;
/**
 * "Job i Horsens Kommune" on a line of its own, or as a link of the page's menu ("Borger   Erhverv   Job i Viborg
 * Kommune"): the job portal's name for itself, the house's own.
 */
const PORTAL_TITLE = /(?:^\s*|\S {2,}|[|·•]\s*)(?:job|jobs|ledige job|ledige stillinger|karriere)\s+(?:i|hos|ved)\s+$/iu;
/** "nyt job hos" is elsewhere; "dit nye job hos" is here. */
const OWN_JOB = /(?<![\p{L}])(?:dit|dine|jeres|vores)\s+(?:nye\s+)?job\s+(?:hos|i)\s+$/iu;
const ROLE_HOS = /(?<![\p{L}])(?:hos|ved|vegne af)\s+$/iu;
/** A capitalised name, then "ved" or "i", ending `before`: the place after it is where that one stands. */
function placeOfAName(before: string): boolean {
  const words = before.trimEnd().split(/\s+/u);
  const [name, preposition] = words.slice(-2);
  // ("Menighedsrådet ved Vor Frue Kirke søger": a body's word before "ved" is no name, and the church is the employer's)
  return /\s$/u.test(before) && NAME_PLACE_WORDS.has(preposition) && !!name && /^\p{Lu}[\p{L}-]*$/u.test(name) && !NOT_NAME_ENDINGS.test(name.toLowerCase());
}
const WELCOME = /(?<![\p{L}])(?:velkommen til|om)\s+$/iu;

export interface EmployerInput {
  /** Short lines at the head of the document (cover, page title). */
  head: string[];
  /** The document's running text, one paragraph or item a string. */
  paragraphs: string[];
  /** All content lines in order, for signatures (a name over an address). */
  lines: string[];
  /** The name a page's site gives itself: a known organisation there owns the page. */
  site?: string;
  /** The recruitment firm the text says runs the process ("har bedt X om at bistå"): never the employer, however big its logo. */
  firm?: string | null;
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
  /** The subject of "søger" in the text's opening sentence: a page that begins "X søger" belongs to X. */
  opens: boolean;
  hos: boolean;
  welcome: boolean;
  signature: boolean;
  shaped: boolean;
  /** Named by a fact box's label ("Arbejdsgiver: …", "Virksomhed | …"). */
  labelled: boolean;
}

/**
 * The employer, or null. `named` collects the keys (`organisationKey`) of
 * the organisations the text names, for a second witness to choose among.
 */
export function findEmployer({ head, paragraphs, lines, site, firm }: EmployerInput, named?: Set<string>): string | null {
  RESOLVED.clear();
  const orgs = new Map<string, Evidence>();
  // the key organisations are compared by, as a known consultancy's name is refused in `resolve`
  const firmKey = firm ? keyOf(firm) : null;
  const note = (raw: string, base: number, proper = false): Evidence | null => {
    const resolved = resolve(raw);
    if (!resolved) return null;
    const { name, key } = resolved;
    // (and by its short name, its partners' names joined: "hos Holm & Brink" for "Holm & Brink Executive Search")
    if (key === firmKey || (firmKey !== null && name.includes(" & ") && firm!.startsWith(`${name} `))) return null;
    if (!KNOWN_BY_KEY.has(key) && (isAreaName(name) || COUNTRY_PARTS.has(name))) return null;
    // "I Region Syd har vi vundet tre kontrakter": a company's own region, no regional council ("Region Sjælland", "Region
    // Hovedstadens Psykiatri")
    if (name.startsWith("Region ") && !KNOWN_BY_KEY.has(key) && !OF_A_REGION.test(name)) return null;
    // "Bestyrelsen", "Jobcenter Slagelse": a body or a part of an organisation, not the organisation.
    if (base === 0 && !KNOWN_BY_KEY.has(key) && !orgs.has(key) && ((!proper && DEFINITE_NOUN.test(name)) || UNITS.has(name.split(" ")[0].toLowerCase()) || UNIT_TAILS.has(name.split(" ").at(-1)!.toLowerCase())))
      return null;
    let e = orgs.get(key);
    if (!e) {
      const knownName = KNOWN_BY_KEY.get(key);
      e = { name: knownName ?? name, forms: new Map(), base: knownName ? 3 : base, mentions: 0, elsewhere: 0, head: 0, titled: false, subject: false, opens: false, hos: false, welcome: false, signature: false, shaped: base > 0, labelled: false };
      orgs.set(key, e);
    }
    e.forms.set(name, (e.forms.get(name) ?? 0) + 1);
    return e;
  };
  // One pass over the whole text: each pattern compiled once, not once a paragraph.
  const text = paragraphs.join("\n");
  const seen = new Set<string>();
  const hiring = new Set<number>();
  const placed: { e: Evidence; at: number; elsewhere: boolean }[] = [];
  const mention = (raw: string, at: number, base: number) => {
    const e = note(raw, base);
    if (!e) return;
    const before = text.slice(Math.max(0, at - ELSEWHERE_REACH), at);
    // "Kildemosen ved Haderslev søger", "Børnehuset Mælkebøtten i Gjern": a town named only by its place after a name is
    // where the house stands, neither the one who hires nor one met "hos"
    const whereItStands = !e.shaped && placeOfAName(before);
    // "Statens Museum for Kunst søger", "Sengeafsnit 2143 på Rigshospitalet søger": the name just before "søger".
    if (!whereItStands && hires(text, at + raw.length)) {
      e.subject = true;
      hiring.add(at + raw.length);
    }
    // One mention per place: the same name found by two shapes is counted once.
    const spot = `${e.name}@${at}`;
    if (seen.has(spot)) return;
    seen.add(spot);
    const elsewhere = saysElsewhere(before, text.slice(at + raw.length, at + raw.length + 8)) && !OWN_JOB.test(before) && !SIGNER_TITLE.test(before) && !PORTAL_TITLE.test(text.slice(text.lastIndexOf("\n", at - 1) + 1, at));
    if (elsewhere) e.elsewhere++;
    else e.mentions++;
    placed.push({ e, at, elsewhere });
    if (ROLE_HOS.test(before) && !whereItStands) e.hos = true;
    if (WELCOME.test(before)) e.welcome = true;
  };
  scan(text, mention, (name, at) => {
    const e = note(name, 0);
    if (!e) return;
    e.subject = true;
    if (at < OPENING_CHARS) e.opens = true;
  }, hiring);
  // "Aalborg University" inside "Aalborg University Hospital": where a longer name one type word on starts at the same
  // place, that name is the one named there
  // (the mentions by place first: a long text names organisations thousands of times)
  const byPlace = new Map<number, Evidence[]>();
  for (const { e, at } of placed) byPlace.set(at, [...(byPlace.get(at) ?? []), e]);
  for (const m of placed)
    if (byPlace.get(m.at)!.some((o) => o !== m.e && o.name.startsWith(`${m.e.name} `) && SUFFIXES.has(o.name.slice(m.e.name.length + 1)))) {
      if (m.elsewhere) m.e.elsewhere--;
      else m.e.mentions--;
    }
  // A cover sets the name over two lines: "VIBORG" / "KOMMUNE".
  each(capsKommune, head.join(" "), (m) => note(`${m[1]} Kommune`, 2));
  // The post's own line names its organisation after "til" or "hos": "Administrerende direktør til Provas".
  for (const line of head.slice(0, 8)) {
    const m = line.match(POST_OF);
    const e = m ? note(m[1], 0) : null;
    if (e) e.titled = true;
  }
  for (const line of head) {
    // "Mads Østergaard • Forfatter": a professional network's byline of a post's author, a person
    const m = line.length < 60 && !NETWORK_BYLINE.test(line) ? BYLINE.exec(line) : null;
    const e = m && !m[1].split(/\s+/u).some(isPositionNoun) ? note(m[1], 0) : null;
    if (e) e.titled = true;
  }
  // "Afdeling | Fjernvarme": the post's unit, by a fact box's label, which the title's "til Fjernvarme" names too
  const unitNames = new Set<string>();
  for (const paragraph of paragraphs) {
    const m = paragraph.length < 60 && (paragraph.startsWith("Om ") || paragraph.startsWith("Velkommen")) ? paragraph.match(ABOUT) : null;
    const e = m ? note(m[1], 0) : null;
    if (e) e.welcome = true;
    // "Engholm er et selvejende bosted …": a bare name that opens a paragraph by saying what kind of house it is
    const p = paragraph.length > 40 && paragraph.includes(" er ") ? PRESENTS_ITSELF.exec(paragraph) : null;
    // its mentions counted in every paragraph, not only this one
    // ("Skovgården er en selvejende institution": a house's name may end as a definite noun does, where the text
    // capitalises it inside a sentence too, "… i spidsen for Skovgården"; "Plejehjemmet er …" is no name)
    const definite = !!p && DEFINITE_NOUN.test(p[1]);
    const presented = p && (!definite || (!namesNoOrganisation(p[1]) && namedInsideSentence(p[1], text))) ? note(p[1], 0, definite) : null;
    if (presented) presented.welcome = true;
    // "Arbejdsgiver: Den selvejende institution Teatret Fyrtårnet", "Virksomhed | Vestjysk Staal A/S": a fact box names
    // it, on any of the box's lines (a box of short lines is one paragraph)
    for (const line of paragraph.length <= EMPLOYER_LINE * 12 ? paragraph.split("\n") : []) {
      const unit = line.length <= EMPLOYER_LINE ? UNIT_LABEL.exec(line.trim()) : null;
      if (unit) unitNames.add(keyOf(unit[1].split(EMPLOYER_VALUE_END)[0].trim()));
      const value = labelledEmployer(line);
      const labelled = value ? note(value, 2) : null;
      if (!labelled) continue;
      labelled.labelled = true;
      labelled.shaped = true;
      labelled.mentions = Math.max(labelled.mentions, occurrences(text, labelled.name));
    }
  }
  // A name the head sets apart (its own line, or first before a dash or a comma) is the page's or the cover's owner.
  const segments = [...head, ...head.slice(1).map((l, i) => `${head[i]} ${l}`)].flatMap((l) => l.split(/(?<!\s)\s+[–—|·•]\s+|,\s+/u)).map(foldText);
  const headKey = foldText(head.join(" "));
  // ("Aarhus University Hospital" sets apart the hospital, not "Aarhus University" its name begins with)
  const longerAt = (s: string, key: string) => [...orgs.keys()].some((k) => k.length > key.length && k.startsWith(key) && s.startsWith(k));
  for (const [key, e] of orgs) {
    if (segments.some((s) => s.startsWith(key) && !longerAt(s, key))) e.head = 4;
    // a head's sentence that names it only as someone else's ("efter overenskomsten mellem Kirkeministeriet og HK") sets nothing apart
    else if (headKey.includes(key) && (e.mentions > 0 || e.elsewhere === 0)) e.head = 2;
  }
  // A name found only by its role is counted wherever it stands.
  for (const e of orgs.values()) if (!e.shaped) e.mentions = Math.max(e.mentions, occurrences(text, e.name));
  // "Bostedet Skovbrynet" once, then "Skovbrynet" throughout: each is a mention of the institution
  for (const e of orgs.values()) {
    const kind = KIND_PREFIXES.find((p) => e.name.startsWith(`${p} `));
    if (kind) e.mentions = Math.max(e.mentions, occurrences(text, e.name.slice(kind.length + 1)));
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    // A signature's name line is short and stands over an address; most lines are neither.
    if (lines[i].length > 60 || !ADDRESS.test(lines[i + 1].trim())) continue;
    const e = orgs.get(keyOf(lines[i].trim()));
    if (e) e.signature = true;
  }
  // The page's site names its owner: "Job i Region Midtjylland", "… | Vandcenter Syd"
  const siteNames = site ? siteCandidates(site) : [];
  for (const name of siteNames) {
    const e = orgs.get(keyOf(name));
    if (e) e.head = 4;
  }
  // "Forsvarets Cyber- og Kommunikationsstyrelse" holds "Forsvaret" in the genitive: those mentions, and the head's, are
  // the body's the longer name names, not its ministry's or its service's
  for (const e of orgs.values())
    for (const f of orgs.values())
      if (f !== e && f.name.startsWith(`${e.name}s `)) {
        e.mentions = Math.max(0, e.mentions - f.mentions);
        if (f.head >= e.head) e.head = 0;
      }
  if (named) for (const [key, e] of orgs) if (e.shaped) named.add(key);
  let best: Evidence | null = null;
  let bestScore = 0;
  for (const [key, e] of orgs) {
    if (!e.shaped && e.mentions + e.elsewhere < 2 && !e.head && !e.opens) continue;
    // (only the unit the post's own line names, "Forretningschef til Fjernvarme": a house that hires, "Nordlys Plast A/S
    // søger …", or one with its legal form, is the employer whatever a label calls it)
    if (unitNames.has(key) && e.titled && !e.subject && !e.labelled && !KNOWN_BY_KEY.has(key) && !LEGAL_FORM_AT_END.test(e.name)) continue;
    const score =
      e.base + e.head + (e.titled ? 2 : 0) + (e.subject ? 5 : 0) + (e.hos ? 2 : 0) + (e.welcome ? 1 : 0) + (e.signature ? 2 : 0) + (e.labelled ? 8 : 0) +
      Math.min(e.mentions, 5) - 2 * e.elsewhere;
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  // The site's own name, where we know it as an organisation's: "… | Silkeborg Kommune"
  const siteName = siteNames.map((n) => KNOWN_BY_KEY.get(keyOf(n))).find((n) => n !== undefined) ?? null;
  if (!best || bestScore < 3) return siteName;
  // a known site the text never names outside its furniture scores as a known name in the head (+3, +4): more than
  // an organisation the text only mentions ("samarbejdet med … Region Sjælland" on Vordingborg Kommune's page)
  if (siteName && !orgs.has(keyOf(siteName)) && bestScore < 3 + 4) return siteName;
  // "Skoleleder til Virklund Skole | Silkeborg Kommune": a kommune's school or care home is a place of the kommune's,
  // and the kommune that names itself is the employer
  if (PART_OF_KOMMUNE.test(best.name) && !selfGoverning(best.name, text)) {
    if (siteName && KOMMUNE_NAMES.has(siteName)) return siteName;
    const owner = [...orgs.values()].find((e) => KOMMUNE_NAMES.has(e.name) && e.elsewhere === 0 && (e.head > 0 || e.mentions >= 2));
    if (owner) return owner.name;
  }
  // "Velkommen til Holbæk", "Centerchef, Holbæk": the town named bare, where the text names its kommune, is the kommune
  // (a kommune the text names as the one the page is from, in its head or as the one who hires; not one it only
  // mentions: "Esbjerg Kommune støtter klubbens talentarbejde")
  const townsKommune = !best.shaped && KOMMUNE_NAMES.has(`${best.name} Kommune`) ? orgs.get(keyOf(`${best.name} Kommune`)) : undefined;
  if (townsKommune && (townsKommune.head > 0 || townsKommune.subject) && townsKommune.mentions + 1 > townsKommune.elsewhere) return townsKommune.name;
  if (KNOWN_BY_KEY.has(keyOf(best.name))) return best.name;
  // "kontorchef for Kollektiv Trafik i Transportministeriets departement": a unit the text places inside a known
  // organisation is that organisation's, and the organisation is the employer
  const owner = ownerOf(best.name, text, orgs);
  if (owner) return owner;
  // (a headline's capitals last: "MØLLEBÆK FORSYNING A/S" is the name as the text writes it elsewhere)
  const capitals = (f: string) => Number(f === f.toUpperCase());
  const form = [...best.forms].sort((a, b) => b[1] - a[1] || capitals(a[0]) - capitals(b[0]) || b[0].length - a[0].length)[0][0];
  // "Limfjord Vand & Varme" in the text, "Limfjord Vand & Varme A/S" once: the name in full, its legal form with it
  return [...best.forms.keys()].find((f) => f.startsWith(`${form} `) && LEGAL_FORM_WORDS.has(f.slice(form.length + 1).replace(/\.$/u, ""))) ?? form;
}

/** Where a unit is placed inside its organisation: "Kollektiv Trafik i Transportministeriets …", "… under Kulturministeriet". */
const INSIDE = /^\s(?:i|under|ved|på)\s/u;
/** A byline's separator between an organisation and its unit, on the unit's line: "Region Nordjylland, ", "… · ". */
const BYLINE_SEPARATOR_AT_END = /(?:,| ·| \|| –) $/u;

/**
 * The known organisation the text places `unit` in, named there in full or in the genitive, or before it in a byline,
 * and nowhere as someone else's.
 */
function ownerOf(unit: string, text: string, orgs: Map<string, Evidence>): string | null {
  const known = [...orgs].filter(([key, e]) => KNOWN_BY_KEY.has(key) && e.elsewhere === 0).map(([, e]) => e.name);
  for (let at = text.indexOf(unit); at !== -1; at = text.indexOf(unit, at + unit.length)) {
    // "Region Nordjylland, Regional Udvikling, Aalborg": a byline names the organisation, then its unit
    const line = text.slice(text.lastIndexOf("\n", at) + 1, at);
    const separator = BYLINE_SEPARATOR_AT_END.exec(line);
    if (separator) {
      const head = line.slice(0, separator.index);
      const owner = known.find((name) => head.endsWith(name) && !/\p{L}$/u.test(head.slice(0, -name.length)));
      if (owner) return owner;
    }
    const after = text.slice(at + unit.length, at + unit.length + 80);
    const inside = INSIDE.exec(after);
    if (!inside) continue;
    const rest = after.slice(inside[0].length);
    for (const [key, e] of orgs)
      if (e !== undefined && KNOWN_BY_KEY.has(key) && e.elsewhere === 0 && rest.startsWith(e.name) && !/^[\p{L}]/u.test(rest.slice(e.name.length).replace(/^s(?![\p{L}])/u, "")))
        return e.name;
  }
  return null;
}

/** The names a site's name may hold: "Silkeborg Kommune - job" → "Silkeborg Kommune", "STAR – Styrelsen for …" → both parts. */
function siteCandidates(site: string): string[] {
  return site
    .replace(/\s+/gu, " ")
    .split(/ [|–—·-] /u)
    .map((part) => part.replace(SITE_WORDS, "").trim())
    .filter((part) => part.length >= 3 && !neverEmployer(part));
}
const SITE_WORDS = /^(?:job|ledige stillinger|karriere) (?:i|hos|ved) | (?:job|jobs|vacancies)$/iu;

/** How often a name occurs in the text, without overlaps (what `text.split(name).length - 1` counts, without the pieces). */
function occurrences(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at !== -1 && name; at = text.indexOf(name, at + name.length)) n++;
  return n;
}

/**
 * Names already resolved, for one document only (`findEmployer` empties it):
 * a name is a slice of its document's text and would keep that whole text
 * alive from one document to the next.
 */
const RESOLVED = new Map<string, { name: string; key: string } | null>();

/**
 * A raw mention's name and key, or null for what is never an employer. The
 * same few names recur in every document, so the answers are kept.
 */
function resolve(raw: string): { name: string; key: string } | null {
  let r = RESOLVED.get(raw);
  if (r !== undefined) return r;
  const name = cleanName(raw);
  const key = name ? keyOf(name) : "";
  r = name && !BOARD_KEYS.has(key) && !isKnownConsultancy(name) ? { name, key } : null;
  RESOLVED.set(raw, r);
  return r;
}

/** Whether the word that ends at `at` opened with a bracket: "(Energistyrelsen". */
function openedIn(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 60; i--) {
    if (text[i] === "(") return true;
    if (text[i] === " " || text[i] === "\n") return false;
  }
  return false;
}

function hires(text: string, at: number): boolean {
  // "Styrelsen for Dataforsyning og Infrastruktur (SDFI) søger": the short name in brackets stands between
  if (text[at] === " " && text[at + 1] === "(") {
    const close = text.indexOf(")", at + 2);
    if (close > 0 && close - at <= 12 && /^[A-ZÆØÅ]{2,9}$/u.test(text.slice(at + 2, close))) at = close + 1;
  }
  // "The Danish Energy Agency (Energistyrelsen) is looking for": the name in brackets is the one that hires
  // (the bracket looked for within the name's own word: a search back through the text was quadratic)
  else if (text[at] === ")" && openedIn(text, at)) at++;
  const c = text[at];
  if (c !== " " && c !== "s") return false;
  for (const v of HIRING) if (text.startsWith(v, at) && !isLetter(text[at + v.length])) return true;
  return false;
}

interface Word {
  w: string;
  i: number;
  end: number;
}

/**
 * Every organisation name in the text, in one pass over its capitalised
 * words: a name we know, a type word after a name ("Egebjerg Friskole",
 * "Aarhus Vand A/S"), a type word before one ("Region Sjælland", "Styrelsen
 * for …"), a one-word name by its ending ("Skatteministeriet"), a name after
 * "hos" or "ved", and a capitalised name opening a sentence with "søger".
 * Regular expressions over the whole text cost ten times as much.
 */
function scan(text: string, mention: (raw: string, at: number, base: number) => void, subject: (name: string, at: number) => void, hiring: Set<number>): void {
  const words: Word[] = [];
  CAP_WORD.lastIndex = 0;
  for (let m = CAP_WORD.exec(text); m; m = CAP_WORD.exec(text)) {
    if (m.index > 0 && isLetterCode(text.charCodeAt(m.index - 1))) continue;
    let w = m[0];
    while (w.length > 1 && !isLetterCode(w.charCodeAt(w.length - 1))) w = w.slice(0, -1);
    words.push({ w, i: m.index, end: m.index + m[0].length });
  }
  // Words j and j + 1 stand side by side, with only spaces between, or an ampersand ("Hedegaard & Lund A/S").
  const joined = (j: number) => {
    if (j + 1 >= words.length) return false;
    let amp = 0;
    for (let k = words[j].end; k < words[j + 1].i; k++) {
      const c = text.charCodeAt(k);
      if (c === 38 && amp++ === 0 && text.charCodeAt(k - 1) === 32 && text.charCodeAt(k + 1) === 32) continue;
      // "Skt. Nikolaj Kirke", "Brdr. Kjærsgaard": the abbreviation is a word of the name, its stop no sentence's end
      if (c === 46 && k === words[j].end && NAME_ABBREVIATION.has(words[j].w)) continue;
      if (c !== 32) return false;
    }
    return words[j + 1].i > words[j].end;
  };
  const ampersand = (j: number) => text.slice(words[j].end, words[j + 1].i).includes("&");
  // the end of the last name found by its prefix: the words inside it are no names of their own
  let covered = 0;
  for (let j = 0; j < words.length; j++) {
    const { w, i } = words[j];
    const bare = w.endsWith("s") ? w.slice(0, -1) : w;
    const knownNames = KNOWN_BY_FIRST.get(w) ?? (bare !== w ? KNOWN_BY_FIRST.get(bare) : undefined);
    if (knownNames) for (const name of knownNames) {
      if (!text.startsWith(name, i)) continue;
      const after = text[i + name.length] === "s" ? i + name.length + 1 : i + name.length;
      if (isLetter(text[after])) continue;
      mention(name, i, 3);
      break;
    }
    if (PREFIX_WORDS.has(w)) {
      PREFIXED.lastIndex = i;
      const m = PREFIXED.exec(text);
      if (m) {
        mention(m[1] ? `${m[1]} ${m[2]}` : m[3] ? `${m[3]} ${m[4]}` : `${m[5]} ${m[6]}`, i, 2);
        covered = i + m[0].length;
      }
    }
    // "Styrelsen for Dataforsyning og Infrastruktur": "Dataforsyning" is a word of that name, not a name of its own
    if (w.length > 7 && i >= covered && ENDS_AS_ORGANISATION.test(w) && !namesNoOrganisation(bare)) {
      const name = ENDS_AS_ORGANISATION_EXACTLY.test(w) ? w : bare;
      const lead = text.slice(Math.max(0, i - 40), i).match(COMPOUND_LEAD)?.[0] ?? "";
      // "Egnsmuseet for Nordfalster": a museum's name goes on to the place it is for, as "Statens Museum for …" does
      const tail = name === w && FOR_PLACE_ENDINGS.some((e) => name.endsWith(e)) ? (FOR_PLACE.exec(text.slice(i + w.length, i + w.length + 40))?.[0] ?? "") : "";
      mention(lead + name + tail, i - lead.length, 2);
    }
    // "Forsvarets Cyber- og Kommunikationsstyrelse": the genitive and the compound's parts before the body's word
    if (w.length > 8 && ENDS_AS_GENITIVE_BODY.test(w) && !/[Bb]estyrelse$/u.test(w)) {
      const lead = text.slice(Math.max(0, i - 60), i).match(GENITIVE_LEAD)?.[0];
      if (lead) mention(lead + w, i - lead.length, 2);
    }
    // a type word bound by an ampersand to another type word is inside the name the second closes ("Limfjord Vand &
    // Varme (A/S)", "Nordkyst Gymnasium & HF"): "Limfjord Vand" is no name of its own
    if (j > 0 && (SUFFIXES.has(w) || SUFFIXES.has(bare)) && joined(j - 1) && !(joined(j) && ampersand(j) && SUFFIXES.has(words[j + 1].w))) {
      let k = j - 1;
      // a legal form closes a firm's whole name ("Hedegaard & Lund Rådgivende Ingeniører A/S"); a type word, up to three words
      const reach = LEGAL_FORM_WORDS.has(w) ? 5 : 3;
      while (k > 0 && j - k < reach && joined(k - 1) && (!SUFFIXES.has(words[k - 1].w) || ampersand(k - 1))) k--;
      // "Gudenå Vand og Varme A/S" opening its line or sentence: an "og" inside the name a legal form closes
      // (not "… Kommune og Aarhus Vand A/S", nor a run that starts inside a sentence: two bodies named side by side)
      if (LEGAL_FORM_WORDS.has(w) && k > 0 && j - k < reach - 1 && text.slice(words[k - 1].end, words[k].i) === " og ") {
        let o = k - 1;
        while (o > 0 && j - o < reach && joined(o - 1) && !SUFFIXES.has(words[o - 1].w)) o--;
        if (!SUFFIXES.has(words[o].w) && !BODY_WORDS.has(words[k - 1].w) && (words[o].i === 0 || /(?:[.!?:]\s+|\n)$/u.test(text.slice(Math.max(0, words[o].i - 3), words[o].i)))) k = o;
      }
      // "Ellen og Aksel Rosenkjærs Fond": a couple's first names before the genitive a foundation is named by
      if (FOUNDATION_WORDS.has(w) && k > 0 && words[j - 1].w.endsWith("s") && text.slice(words[k - 1].end, words[k].i) === " og " && !SUFFIXES.has(words[k - 1].w) && !BODY_WORDS.has(words[k - 1].w))
        k--;
      // "Forsyning Helsingør A/S": a type word may open the name a legal form closes, where the run of capitals starts
      if (LEGAL_FORM_WORDS.has(w) && k > 0 && j - k < reach && joined(k - 1) && SUFFIXES.has(words[k - 1].w) && (k === 1 || !joined(k - 2))) k--;
      const [name, at] = trimLead(text.slice(words[k].i, words[j - 1].end), words[k].i);
      // the words' own separator, an ampersand kept ("Limfjord Vand & Varme")
      mention(`${name}${text.slice(words[j - 1].end, i).replace(/\s+/gu, " ")}${SUFFIXES.has(w) ? w : bare}`, at, 2);
    }
    // A name after "hos" or "ved", up to four capitalised words.
    if (i >= 4 && /(?:^|[^A-Za-zÀ-ÖØ-öø-ÿ])(?:hos|ved) $/.test(text.slice(Math.max(0, i - 5), i))) {
      let k = j;
      while (k - j < 3 && joined(k)) k++;
      mention(text.slice(i, words[k].end), i, 0);
    }
    // The last word of a run that "søger": the run is an unknown organisation when it opens its sentence.
    if (hires(text, words[j].end) && ![...hiring].some((h) => Math.abs(h - words[j].end) <= 1)) {
      let k = j;
      while (k > 0 && j - k < 3 && joined(k - 1)) k--;
      const before = text.slice(Math.max(0, words[k].i - 3), words[k].i);
      if (words[k].i === 0 || /(?:[.!?:]\s+|\n)$/.test(before)) subject(trimLead(text.slice(words[k].i, words[j].end), words[k].i)[0], words[k].i);
    }
  }
}

/** Every match of a global pattern, by `exec`: `matchAll` copies the pattern, and a copy of a large one is compiled anew. */
function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) fn(m);
}

/** Leading sentence words are not part of the name: "Hos Aarhus Vand" → "Aarhus Vand". */
function trimLead(name: string, at: number): [string, number] {
  const words = name.split(/\s+/u);
  let cut = 0;
  while (cut < words.length - 1 && NOT_NAME_WORDS.has(words[cut]) && !namedWithArticle(words, cut)) cut++;
  const kept = words.slice(cut).join(" ");
  return [kept, at + name.length - kept.length];
}

function cleanName(raw: string): string | null {
  let name = trimTrailing(raw.replace(/\s+/gu, " ").trim(), ".,;:");
  if (name.endsWith("s") && KNOWN_BY_KEY.has(keyOf(name.slice(0, -1)))) name = name.slice(0, -1);
  name = name.replace(/(?<!\s)\s+(Kommune|Region|Universitet|Hospital|Sygehus|Museum)s$/u, " $1");
  // "DRIFTSCHEF TIL MØLLEBÆK FORSYNING A/S": a headline in capitals, the post before its preposition; the house is after it
  // (not "FONDEN FOR SOCIALT ANSVAR", "HUSET PÅ HJØRNET": a name in capitals, no post before its preposition)
  const post = name === name.toUpperCase() ? CAPITALS_POST_BEFORE.exec(name) : null;
  if (post && isPositionNoun(post[1].toLowerCase())) name = name.slice(post[0].length);
  if (/\b(KOMMUNE)$/u.test(name)) name = name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
  const words = name.split(" ");
  while (words.length > 1 && NOT_NAME_WORDS.has(words[0]) && !namedWithArticle(words, 0)) words.shift();
  name = words.join(" ").replace(ENGLISH_ARTICLE_BEFORE_BODY, "");
  // (a short name only where we know it: "KL")
  return (name.length >= 3 || KNOWN_BY_KEY.has(keyOf(name))) && isNameLike(name) ? name : null;
}

/** "Den Gamle By", "Det Kongelige Teater": a house whose name opens on its article (vocabulary/employers.ts says when). */
const namedWithArticle = (words: string[], i: number) => NAME_ARTICLES.has(words[i]) && i + 1 < words.length && NAMED_ADJECTIVE.test(words[i + 1]);

/** A headline's post, one word, and the preposition after it, in capitals: "DRIFTSCHEF TIL ", "REKTOR VED ". */
const CAPITALS_POST_BEFORE = new RegExp(`^(\\p{Lu}+) (?:${POST_PLACE_WORDS_WIDE.map((w) => w.toUpperCase()).join("|")}) (?=\\S)`, "u");
const isNameLike = (name: string) => {
  const words = name.split(" ");
  return !NOT_NAME_WORDS.has(words[0]) || namedWithArticle(words, 0);
};
const DEFINITE_NOUN = /^[A-ZÆØÅ][a-zæøå]+(?:en|et|ne)$/u;
const HOUSE_KINDS: ReadonlySet<string> = new Set(HOUSE_KIND_WORDS);
/**
 * "Fonden", "Plejehjemmet", "Tilbuddet", "Skolen", "Museet", "Ministeriet": a kind of house in the definite form (its last
 * consonant doubled, its "e" lost, or a Latin "-um" dropped before the ending), or a board ("Skolebestyrelsen"): words
 * with a name's capital and an organisation's ending that name no organisation of their own.
 */
function namesNoOrganisation(word: string): boolean {
  if (/[Bb]estyrelsen$/u.test(word)) return true;
  const stem = word.toLowerCase().replace(/(?:en|et|ne|n|t)$/u, "");
  return [stem, stem.replace(/(\p{Ll})\1$/u, "$1"), `${stem}e`, `${stem}um`].some((s) => HOUSE_KINDS.has(s));
}
/** Whether `name` stands capitalised after a word in lower case somewhere in `text`: inside a sentence, a name. */
function namedInsideSentence(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = text.slice(Math.max(0, at - 3), at);
    if (/[a-zæøå],? $/u.test(before) && !isLetter(text[at + name.length])) return true;
  }
  return false;
}

/** A job board or a recruitment firm: a name that is never the employer, whoever says so. */
export const neverEmployer = (name: string) => BOARD_KEYS.has(keyOf(name)) || isKnownConsultancy(name);

