/**
 * People: the contacts a candidate may call (name, role, phone, e-mail) and
 * the hiring committee (name, role). Names are read word by word, not by one
 * large pattern: a run of 2–4 capitalised words, hyphens allowed
 * ("Sejersgaard-Jacobsen"), broken by punctuation and by words that name
 * bodies ("Økonomiudvalget", "Viborg Kommune"), never by a role.
 */
import { foldDanish } from "../../vocabulary/letters.js";
import { LETTER, latin } from "../../vocabulary/letters.js";
import type { CommitteeMember, Contact } from "../../schemas/record.js";
import { isContactDetails } from "../../normalise/furniture.js";
import type { TextUnit } from "../../segment/units.js";
import { CONSULTANCIES, FIRM_CLOSING_WORDS } from "../../vocabulary/consultancies.js";
import { APPLICATION_HELP, CONTACT_LEAD_IN, EMAIL, isGeneralMailbox, isHouseDesk, isOrganisationMailbox, OFFICE_NUMBER_LINE, PERSONAL_DATA_NOTE, PHONE, PHONE_DIGITS, PORTAL_QUESTIONS, QUESTIONS_INVITED, SENT_TO_SOMEONE } from "../../vocabulary/contact-details.js";
import { STRONG_HEADING_KEYS, vocabularyKey } from "../../vocabulary/headings.js";
import { HOUSE_KIND_AFTER_NAME, isOrganisationName, LEGAL_FORM_ALTERNATIVES, ORGANISATION_SUFFIXES, ORGANISATION_WORD_ENDINGS, SOCIETY_WORD_ENDINGS, UNIT_WORDS } from "../../vocabulary/employers.js";
import { ADDRESS_LINE, MAIL_CLOSING, POSTING_NUMBER_LABEL } from "../../vocabulary/furniture.js";
import {
  APPLICATION_WORD,
  AREA_OPENERS,
  PLACE_OPENERS,
  UNIT_OPENERS,
  CLAUSE_BREAK,
  COLUMN_HEADS,
  MAIL_COLUMN_HEADS,
  PHONE_COLUMN_HEADS,
  ASSESSMENT_COMMITTEE_CUE,
  COMMITTEE_CUE,
  COMMITTEE_LIST_CUE,
  COMMITTEE_AGAIN,
  COMMITTEE_THEN_COLON,
  ENGLISH_BODY_NOUNS,
  ENGLISH_ROLE_BODIES,
  ENGLISH_AREA_TITLES,
  ENGLISH_TITLE_NOUNS,
  ENGLISH_UNIT_KINDS,
  CONTACT_CUE,
  isAreaNameEnd,
  BODY_NOUN_ENDING,
  LIST_ENDS,
  NOT_NAME_ENDINGS,
  NOT_NAME_WORDS,
  LIST_CONJUNCTIONS,
  NOT_A_ROLE_OPENERS,
  RECEIVER_CUE,
  ROLE_FILLERS,
  ROLE_WORDS,
  SEND_WORD,
  ADVISES_COMMITTEE,
  QUESTIONS_ABOUT,
  QUESTIONS_SENT,
  WRITER_CALLED,
  WRITER_MEMBER,
  WRITER_RECEIVES,
  SELF_NAMED,
  SELF_NAMED_LEADER,
} from "../../vocabulary/roles.js";
import { execAll, hits } from "./regex.js";
import { firstSentenceEnd, splitSentences } from "../../normalise/sentences.js";
import { LAYOUT_GAP } from "../../normalise/blocks.js";
import { sliceWhole, words } from "../../normalise/words.js";
import { isTestName } from "../../vocabulary/tests.js";

/** A word that makes eight digits a phone number. */
export const PHONE_CUE = /(?:tlf|telefon|tel|mobil|mob|ring|direkte|nr)\.?[ :]{0,3}(?:nr\.?[ :]{0,3})?(?:på[ ]{1,2})?$/iu;

const MAY_HOLD_CONTACT = /[\d@]/u;

/** Words before a name that open a reference to a person ("… Executive Search, hvor partner Louise Brinck"); the role lies between the last one and the name. */
// "Børne- og Familiechef": an "og" after a suspended compound is part of the title
export const ROLE_OPENER = new RegExp(String.raw`(?<![${LETTER}])(?:kontakte|kontakt|spørge|hos|til|eller|(?<!-\s)og|samt|med|fra|ved|af|at|er|fat i|hvor|:)(?![${LETTER}])`, "giu");
/** Registry numbers are no phones ("CVR-nr. 29 18 98 55"), nor the posting's own number ("Job-ID: 11738452"). */
export const NOT_PHONE_BEFORE = new RegExp(String.raw`(?<!\p{L})(?:cvr|ean|p-nr|se-nr|reg|konto|postboks|kontonr|${POSTING_NUMBER_LABEL})\.?[\s:-]{0,3}(?:nr\.?[\s:]{0,2})?$`, "iu");
/** Whitespace-separated words, each at most 60 characters. */
export const WORD = /[^\s]{1,60}/gu;
/** The role after a name: ", kommunaldirektør" or " (formand". */
export const ROLE_AFTER = /^[\s,(]{1,3}([^,;()]{2,80})/u;
/** Where a list item that swallowed the next paragraph ends, when no full stop marks it ("AC-fuldmægtig Du kan søge …"). */
export const ITEM_RUN_ON = /\s(?=(?:Du|Vi|Hvis|Der|Det|Den|Ansøgningsfristen|Ansøgning)\s)/u;
/**
 * Separators of an inline committee list: "borgmester A, direktør B og C";
 * "Børne- og Familiechef" is one title, and so is "direktør for Kultur og
 * Byudvikling" (one word after "for" is an area, as a name has two).
 */
// "direktør for Børn, Unge og Læring Mette Fuglsang": the words of an area a title heads, listed one word each, are not
// the list of members
const AREA_WORD = String.raw`[A-ZÆØÅ][${LETTER}-]{0,40}`;
const AREA_LISTED = String.raw`(?<![${LETTER}])(?:${AREA_OPENERS.join("|")})\s{1,3}${AREA_WORD}(?:,\s{1,3}${AREA_WORD}){0,4}`;
const AREA_LIST_GOES_ON = String.raw`${AREA_WORD}(?:,\s{1,3}${AREA_WORD}){0,4}\s(?:og|&)\s[A-ZÆØÅ]`;
export const CLAUSE_SEPARATOR = new RegExp(
  String.raw`(?<!${AREA_LISTED}),\s{1,3}|,\s{1,3}(?!${AREA_LIST_GOES_ON})|(?<!-)(?<!${AREA_LISTED})\s(?:og|samt)\s|;\s{0,3}`,
  "u",
);

/**
 * What stands before a name when a title's area ends right there: "centerchef
 * for " or "Chef for Formidling og " before "Publikum Nadia Sørensen Bech".
 * The word before the opener is checked for a title by the caller.
 */
export const AREA_BEFORE = new RegExp(
  String.raw`(?<![${LETTER}])([${LETTER}-]{1,40})\s{1,3}(?:${[...AREA_OPENERS, ...PLACE_OPENERS].join("|")})\s{1,3}(?:(?:${UNIT_WORDS.map(eitherCase).join("|")})\s{1,3})?(?:(?:[A-ZÆØÅ][${LETTER}-]{0,40},?\s{1,3}){1,6}(?:og|&)\s{1,3})?$`,
  "u",
);
/** "plejecenter" as written inside a sentence or opening a name: "Plejecenter Solbakken". */
function eitherCase(word: string): string {
  return `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;
}
/** How much text before a name AREA_BEFORE reads: a title and a few area words. */
const AREA_SPAN = 120;

/** The labels of a forwarded mail's header ("Fra:", "Sendt:", "Til:", "Cc:", "Emne:"), capitalised as mail programs write them. */
const MAIL_HEADER_LABELS = /(?<![\p{L}])(?:Fra|Sendt|Til|Cc|Bcc|Emne|From|Sent|To|Subject):\s/gu;
const MAIL_HEADER_LINE = /^(?:Fra|Til|Cc|Bcc|From|To):\s/u;
/** An address right after a header's sender or receiver label, with only a name between. */
const MAIL_HEADER_BEFORE = /(?<![\p{L}])(?:Fra|Til|Cc|Bcc|From|To):\s[^:@\n]{0,60}$/u;

export const PEOPLE_PATTERNS = { MAIL_HEADER_LABELS, MAIL_HEADER_LINE, MAIL_HEADER_BEFORE, PHONE, PHONE_CUE, EMAIL, ROLE_OPENER, NOT_PHONE_BEFORE, WORD, ROLE_AFTER, ITEM_RUN_ON, CLAUSE_SEPARATOR, CLAUSE_BREAK, AREA_BEFORE };

interface Span {
  start: number;
  end: number;
}
export interface NameSpan extends Span {
  name: string;
}

/** Shortened first names that stand inside a name: "Hans Chr. Andersen". */
const NAME_ABBREVIATIONS = new Set(["Chr.", "Fr.", "Th.", "Kr.", "Jac.", "Joh.", "Wm.", "Ch.", "Aa."]);
// (any Latin letter: "Said Omerović", "Agnieszka Wójcik", "Şeyma Yılmaz" are names of Danish staff too)
const NAME_WORD = /^(?:\p{Lu}\p{Ll}{1,20}\.?|\p{Lu}\.)(?:-\p{Lu}\p{Ll}{1,20}){0,2}$/u;
// One-word firm names are never part of a name; longer ones only as a whole ("Lundgaard" is a surname too).
const CONSULTANCY_WORDS = new Set(CONSULTANCIES.map((c) => c.name.toLowerCase()).filter((n) => !/\s/u.test(n)));
const CONSULTANCY_NAMES = new Set(CONSULTANCIES.map((c) => c.name.toLowerCase()));

function isNameWord(word: string): boolean {
  if (!NAME_WORD.test(word)) return false;
  const lower = word.toLowerCase();
  if (NOT_NAME_WORDS.has(lower) || CONSULTANCY_WORDS.has(lower)) return false;
  return !NOT_NAME_ENDINGS.test(lower) && !ROLE_WORDS_EXACT.test(word);
}
// A capitalised title ("Kommunikationschef") opens no name.
const ROLE_WORDS_EXACT = new RegExp(String.raw`^${ROLE_WORDS.source}$`, "iu");

const NAME_PARTICLES = new Set(["von", "van", "de", "du", "la", "le", "af", "zu", "der", "den"]);

/** A street's number after its name: one to three digits and maybe a letter, never a phone's four. */
const HOUSE_NUMBER = /^ \d{1,3}[A-Za-z]?(?![\d\p{L}])/u;
/**
 * English capitals around "of", "in", "the" name a body or a field, not a person ("Department of the Built
 * Environment", "KTH Royal Institute of Technology", "MSc student in Building Informatics"); Danish has none of the three.
 */
const ENGLISH_BEFORE_BODY = /(?<!\p{L})(of(?:\s+the)?|the|in)\s+$/u;
/** "MSc student in ", "Department of the ": "in" always, "of" and "the" after a capital ("on behalf of Anna Jensen" names her). */
function afterEnglishBody(before: string): boolean {
  const m = ENGLISH_BEFORE_BODY.exec(before);
  if (!m) return false;
  if (m[1] === "in") return true;
  const word = before.slice(0, m.index).trimEnd().split(/\s/u).at(-1) ?? "";
  return /^\p{Lu}/u.test(word);
}

/** The words a unit's name opens with ("Hjemmeplejen Jerne", "Afdeling Syd"). */
const UNIT_NAME_WORDS: ReadonlySet<string> = new Set(UNIT_WORDS);

/** Where the last unit's noun stands in a run of capitalised words, two words at least left after it; -1 where none. */
function lastAreaNoun(run: { word: string }[]): number {
  for (let k = run.length - 3; k >= 0; k--) if (isAreaNameEnd(run[k].word)) return k;
  return -1;
}

/** Personal names in a text: runs of 2–4 name words, not broken by punctuation. */
export function findNames(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  let run: { word: string; start: number; end: number }[] = [];
  const flush = () => {
    while (run.length && NAME_PARTICLES.has(run[run.length - 1].word)) run.pop();
    // "Chef for Formidling og Publikum Nadia Sørensen Bech": the area a title heads ends in a capitalised word
    // no vocabulary can list, and the name follows it; a name of two words is left whole
    // ("Director of Geodata Karsten Ibsen": an English title's area, a word, before a name of two; where the run is longer
    // the area's words cannot be told from the name's, and no name is better than a wrong one)
    const areaBefore = run.length >= 3 ? text.slice(Math.max(0, run[0].start - AREA_SPAN), run[0].start) : "";
    // (a unit's name ends in its noun, which no person's name holds, and the name follows: "Dekan for Det
    // Samfundsvidenskabelige Fakultet Peter Holst Riber")
    const areaEnd = run.length >= 3 ? lastAreaNoun(run) : -1;
    if (areaEnd >= 0) run = run.slice(areaEnd + 1);
    else if (run.length >= 3 && (headsArea(sliceWhole(text.slice(0, run[0].start), -AREA_SPAN)) || ENGLISH_AREA_BEFORE.test(areaBefore) || (run.length === 3 && ENGLISH_TITLE_OF.test(areaBefore) && !run.some((w) => ENGLISH_ROLE_BODIES.has(w.word))))) run.shift();
    // "leder af Hjemmeplejen Syd", "chef for Vej og Park": two words straight after a title's "af" or "for" are what it heads
    else if (run.length === 2 && headsUnit(text.slice(Math.max(0, run[0].start - 60), run[0].start))) run = [];
    // "Jens Holm" over "Aarhus University": a body's name on the next line ends the run before it, not the name
    if (run.length > 1 && ENGLISH_BODY_NOUNS.has(run[run.length - 1].word)) {
      const cut = run.findIndex((w, k) => k + 1 < run.length && text.slice(w.end, run[k + 1].start).includes("\n"));
      if (cut >= 0) run = run.slice(0, cut + 1);
    }
    // "teamleder i Team Pension Sara Holt": the unit's own name, then the person's
    if (run.length >= 3 && UNIT_BEFORE_NAME.test(text.slice(Math.max(0, run[0].start - 12), run[0].start))) run.shift();
    // "Chair of the Board Henrik Salomonsen": the body a title heads, then the name
    // and "Chair of the Audit Committee Birgitte Mølholm": the body's name ends in its noun, the name follows it
    if (run.length >= 3 && afterEnglishBody(text.slice(Math.max(0, run[0].start - 30), run[0].start))) {
      let body = run.length - 3;
      while (body >= 0 && !ENGLISH_ROLE_BODIES.has(run[body].word)) body--;
      if (body >= 0) run = run.slice(body + 1);
    }
    // "Senior Grant Adviser Rasmus Tønnesen", "Karen Bøgh Project Manager": an English title's first word before its noun
    // is the title's, not the name's
    // (the title's noun itself may close the run: "Karen Bøgh Project Manager")
    let titled = false;
    while (run.length > 2 && ENGLISH_TITLE_NOUN_SET.has(run[run.length - 1].word)) {
      run.pop();
      titled = true;
    }
    if (run.length > 0 && (titled || ENGLISH_TITLE_NOUN_AFTER.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 16)))) run.pop();
    const name = run.map((w) => w.word).join(" ");
    // a run of five or more is a title or a heading, not a name; one before a house number is a street ("Winsløws Vej 4")
    const street = run.length > 0 && HOUSE_NUMBER.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 6));
    const last = run[run.length - 1];
    const body =
      run.length > 0 &&
      // "Department of …", and "Lund University", "Aarhus University": no name ends in a body's noun
      (afterEnglishBody(text.slice(Math.max(0, run[0].start - 30), run[0].start)) || ENGLISH_BODY_NOUNS.has(last.word));
    // "Brandt Nørby Executive", "Holm & Kjær A/S": a firm named for its founders
    const firm = run.length > 0 && FIRM_AFTER_NAMES.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 40));
    // "Sankt Lukas Kirke", "Hald Ege Højskole": a house named for a saint or a place, its kind after the name
    // (and "Sankt Lukas Sogns Menighedsråd": a body's noun right after the name, no title)
    const after = run.length > 0 ? text.slice(run[run.length - 1].end, run[run.length - 1].end + 30) : "";
    const bodyNext = / (\p{Lu}\p{Ll}+)/uy.exec(after)?.[1];
    const house = run.length > 0 && (HOUSE_AFTER_NAMES.test(after) || (!!bodyNext && BODY_NOUN_ENDING.test(bodyNext) && !ROLE_WORDS_EXACT.test(bodyNext)));
    // "en arbejdsmiljørepræsentant fra Hjemmeplejen Jerne": a unit's name opens on its kind, no person's does
    // (and "our Geodata Production team": an English unit's name stands before its kind)
    // (and "Plejecenter Kalø Have", "Hjemmeplejen Rønde": two words right after a unit's capitalised kind are its name)
    const unit =
      run.length > 0 &&
      (UNIT_NAME_WORDS.has(run[0].word.toLowerCase()) ||
        ENGLISH_UNIT_AFTER.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 14)) ||
        (run.length === 2 && UNIT_NAME_WORDS.has(UNIT_KIND_BEFORE.exec(text.slice(Math.max(0, run[0].start - 20), run[0].start))?.[1]?.toLowerCase() ?? "")));
    if (run.length >= 2 && run.length <= 4 && !street && !body && !firm && !house && !unit && !run.every((w) => /^[A-ZÆØÅ]\.$/u.test(w.word)) && !CONSULTANCY_NAMES.has(name.toLowerCase()) && !isTestName(name))
      out.push({ name, start: run[0].start, end: run[run.length - 1].end });
    run = [];
  };
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    // an initial or a shortened first name keeps its full stop ("Jens P. Hansen", "Hans Chr. Andersen")
    const abbreviated = /^[A-ZÆØÅ]\.$/u.test(raw) || NAME_ABBREVIATIONS.has(raw);
    const core = abbreviated ? raw : raw.replace(/^[("“„'*]{1,3}/u, "").replace(/[)"”'*.,;:!?]{1,4}$/u, "");
    const start = m.index + raw.indexOf(core);
    // "Anne-Mette von Holstein": a particle joins a name it stands inside
    if (run.length && NAME_PARTICLES.has(core) && raw === core) {
      run.push({ word: core, start, end: start + core.length });
      continue;
    }
    // "Carsten Vind Mikkelsen (Vejle Kommune)": a bracket opens what is said of the name, no more of it
    if (raw.startsWith("(") && run.length) flush();
    const ok = core.length > 0 && isNameWord(core);
    if (ok) run.push({ word: core, start, end: start + core.length });
    else flush();
    // "Jacobsen," and "(Genitor)" end a run after the word
    if (ok && !abbreviated && /[),;:!?]$|[^A-ZÆØÅ]\.$/u.test(raw)) flush();
  }
  flush();
  return out;
}

/** A house's kind after its name: "Sankt Lukas Kirke", "Hald Ege Højskole", "Virklund Skole", "Holstebro Museum". */
const HOUSE_AFTER_NAMES = new RegExp(String.raw`^[^\S\n]+(?:${HOUSE_KIND_AFTER_NAME.join("|")})(?![\p{L}-])`, "u");

/** The word that makes the names before it a firm's: "Brandt Nørby Executive", "Holm Kjær Partners", "Vang Larsen A/S". */
const FIRM_AFTER_NAMES = new RegExp(String.raw`^[^\S\n]+(?:${FIRM_CLOSING_WORDS.join("|")}|\p{Lu}\p{Ll}*rekruttering|${LEGAL_FORM_ALTERNATIVES})(?![\p{L}-])`, "u");

/** "Team Pension", "Afdeling Syd", "Region Syd": a unit's word before its one-word name. */
const UNIT_BEFORE_NAME = /(?<![\p{L}-])(?:Team|Afdeling|Sektion|Enhed|Gruppe|Region|Område|Distrikt)[^\S\n]$/u;

/** The text before two capitalised words is a title or a body and its "af" or "for" ("leder af ", "Afdelingen for "), and nothing between. */
function headsUnit(before: string): boolean {
  const m = TITLE_AND_OPENER.exec(before);
  // "Afdelingen for Kollektiv Transport": a body heads its area as a title does
  return m !== null && (ROLE_WORDS_EXACT.test(m[1]) || NOT_NAME_ENDINGS.test(m[1]));
}
const TITLE_AND_OPENER = new RegExp(String.raw`(?<![${LETTER}])([${LETTER}-]{2,40})\s{1,3}(?:${UNIT_OPENERS.join("|")})\s{1,3}$`, "u");

/**
 * A capitalised word right before a run, one space between, that opens its clause: a unit's kind before its name
 * (", Plejecenter "); not a title's area ("Chef for Dagtilbud ") nor a name's last word ("Medicinsk Afdeling ").
 */
const UNIT_KIND_BEFORE = /(?:^|[,;:(·|][^\S\n]*)(\p{Lu}\p{Ll}+)[^\S\n]$/u;
/** The noun an English title ends in, after its first words: "Senior Grant Adviser", "Chief Financial Officer". */
const ENGLISH_TITLE_NOUN_AFTER = new RegExp(String.raw`^[^\S\n]+(?:${ENGLISH_TITLE_NOUNS.join("|")})(?![\p{L}])`, "u");
const ENGLISH_TITLE_NOUN_SET: ReadonlySet<string> = new Set(ENGLISH_TITLE_NOUNS);
/** The kind after an English unit's name: "the Geodata Production team" (not "office manager", a title). */
const ENGLISH_UNIT_AFTER = new RegExp(String.raw`^[^\S\n]+(?:${ENGLISH_UNIT_KINDS.join("|")})(?![\p{L}])(?![^\S\n]+(?:${ENGLISH_TITLE_NOUNS.join("|")}|leader|lead|head)(?![\p{L}]))`, "iu");
/** An English title and its "of", the area's first word next: "Director of ", "Head of the ". */
const ENGLISH_TITLE_OF = new RegExp(String.raw`(?<![${LETTER}])(?:${ENGLISH_AREA_TITLES.join("|")})\s{1,3}of\s{1,3}(?:the\s{1,3})?$`, "u");
/** "Head of People & ", "Director of Finance and ": an English title's area up to its last "&" or "and", the last word of it next. */
const ENGLISH_AREA_BEFORE = new RegExp(String.raw`(?<![${LETTER}])(?:${ENGLISH_AREA_TITLES.join("|")})\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:[A-ZÆØÅ][${LETTER}-]{0,40},?\s{1,3}){1,5}(?:&|and)\s{1,3}$`, "u");

/** The text before a name ends in a title's area opener, or in its area up to a last "og" ("direktør for Kultur og "). */
function headsArea(before: string): boolean {
  const m = AREA_BEFORE.exec(before);
  // "Formand for Udvalget for Børn og " before "Læring Lene Kofoed": a body heads the area as a title does
  return m !== null && (ROLE_WORDS_EXACT.test(m[1]) || NOT_NAME_ENDINGS.test(m[1]));
}

/**
 * Eight digits are a phone number after a phone word ("tlf. 4030 7570"), with
 * a country code, or anywhere in a sentence that invites contact ("… partner
 * Lise Lund, Muusmann, på 40 50 60 70"); never after a registry word (CVR, EAN).
 */
function phonesIn(text: string, contactSentence: boolean): (Span & { phone: string })[] {
  const out: (Span & { phone: string })[] = [];
  for (const m of text.matchAll(PHONE)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (NOT_PHONE_BEFORE.test(before)) continue;
    const cued = m[0].startsWith("+") || m[0].startsWith("00") || PHONE_CUE.test(before) || /(?:tlf|telefon|mobil)/iu.test(before);
    if (!cued && !contactSentence) continue;
    out.push({ start: m.index, end: m.index + m[0].length, phone: m.groups!.digits.replace(/\D/gu, "") });
  }
  return out;
}

function emailsIn(text: string): (Span & { email: string })[] {
  if (!text.includes("@")) return [];
  // a forwarded mail's header, a line each or run together ("Fra: … Sendt: … Til: …")
  const header = MAIL_HEADER_LINE.test(text) || (text.includes(":") && [...text.matchAll(MAIL_HEADER_LABELS)].length >= 2);
  return [...text.matchAll(EMAIL)]
    // its sender and receivers ("Fra: Hanne Lykke <hals@aalborg.dk>") are the mail's addresses, not the post's contacts
    .filter((m) => !(header && MAIL_HEADER_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))))
    // "[cid:image001.png@01DB6A2C.4F3E1B20]": a mail's picture, named like an address
    .filter((m) => !/cid:$/iu.test(text.slice(Math.max(0, m.index - 4), m.index)) && !/\.(?:png|jpe?g|gif|bmp)@/iu.test(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, email: m[0].replace(/\.$/u, "") }));
}

/** The role words right before a name ("kommunaldirektør", "partner i Genitor") or right after it (", kommunaldirektør"). */
function roleAround(text: string, name: Span, floor: number, ceiling: number): string | null {
  const before = text.slice(floor, name.start);
  // cut at the last word that opens a reference to a person ("kontakte", "hos", "til", "eller", "og");
  // when what follows holds no title, at the one before: "hos direktør for Social og Sundhed Birgit Kjær"
  // ("Direktør for Børn og Familie Lone Jensen": with no such word before the title, from the clause's start)
  const cuts = [0, ...[...before.matchAll(ROLE_OPENER)].map((m) => m.index + m[0].length)].slice(-3);
  let role: string | null = null;
  for (let k = cuts.length - 1; k >= 0 && !role; k--) role = cleanRole(before.slice(cuts[k]), "before");
  // "Jørgen Holt og sognepræst Karen Lund": what follows "og" is the next person's
  const after = text.slice(name.end, ceiling);
  if (!role && !NEXT_PERSON.test(after)) role = cleanRole(after.match(ROLE_AFTER)?.[1] ?? "", "after");
  return role;
}

/**
 * A role is a job title ("kommunaldirektør", "partner i Genitor", "chef for
 * KL's Konsulentvirksomhed, KLIK"), never a connective, a number or a clause.
 * Before a name, leading fillers go ("til enten direktør" → "direktør");
 * after it, the title ends where a phone, an address or a connective begins
 * (", tlf. 4033 2414 og/eller hos kommunaldirektør" holds none).
 */
export function cleanRole(phrase: string, side: "before" | "after"): string | null {
  // a title is a few words: only the end of what stands before a name, the start of what follows, is read
  let role = trimChars(side === "before" ? sliceWhole(phrase, -ROLE_SPAN) : sliceWhole(phrase, 0, ROLE_SPAN), ROLE_TRIM);
  if (side === "after") {
    const end = role.search(ROLE_AFTER_END);
    if (end >= 0) role = trimChars(role.slice(0, end), ROLE_TRIM);
  }
  // "Genitor v/ partner": the firm, represented by its partner, reads "partner i Genitor"
  const by = /^(.{1,60}?)\s{0,2}v\/\s{0,2}(.{1,60})$/u.exec(role);
  if (by && !hasRoleWord(by[1])) role = `${by[2]} i ${by[1]}`;
  // "enten direktør", "vores nye direktør": words that only lead up to the title
  for (let m = role.match(ROLE_LEAD); m; m = role.match(ROLE_LEAD)) role = role.slice(m[0].length);
  role = trimChars(role, ROLE_TRIM);
  // a title is a few words; a longer run is a clause that happens to hold one ("Som leder af 40 medarbejdere …")
  if (!role || !hasRoleWord(role) || NOT_IN_ROLE.test(role) || role.split(/\s+/u).length > 8) return null;
  return role;
}
const ROLE_TRIM = " \t\n\u00a0,;:.–-|";
const NEXT_PERSON = new RegExp(String.raw`^\s*(?:${[...LIST_CONJUNCTIONS, "eller"].join("|")})\s`, "iu");
const ROLE_SPAN = 160;
/** Where a title after a name ends: a phone or mail word, a number, an address, or a word that opens the next clause. */
const ROLE_AFTER_END = new RegExp(
  String.raw`(?:^|\s|,)(?:tlf|telefon|tel|mobil|mob|mail|e-mail|på|og\/eller|eller|hos|til|som|der|kan|vil|skal|er|har|ring|direkte)(?![${LETTER}])|\d{2}|@|\(|https?:|www\.`,
  "iu",
);
/** Words that lead up to a title without being part of it. */
const ROLE_LEAD = new RegExp(String.raw`^(?:${ROLE_FILLERS.join("|")})\s+`, "iu");
/** What no title holds: a phone-sized number, an address, a mail word. */
const NOT_IN_ROLE = /\d{3}|@|(?<![\p{L}])(?:tlf|telefon|e-?mail)(?![\p{L}])|og\/eller/iu;

/**
 * Trims the given characters from both ends. A loop, not `/[…]+$/`: that
 * pattern retries at every position of a long run and turns quadratic.
 */
export function trimChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a])) a++;
  while (b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

const hasRoleWord = (s: string) => hits(ROLE_WORDS, s);

export interface FoundContact {
  contact: Contact;
  text: string;
  unit: TextUnit;
}

/**
 * A postcode and its town ("4573 Højby", "DK-8000 Aarhus C"): the line is an address. On one line, and no part of a
 * phone number ("Mobil: +45 2045 6789" over "Mail: …").
 */
const POSTAL_ADDRESS = /(?<![\d\p{L}])(?<!\d[ .-])(?:DK-)?\d{4}[ \t\u00a0]\p{Lu}\p{Ll}+/u;

/** A word that may be a first name: capitalised, not at a sentence's start (whose capital says nothing). */
const CAPITALISED_WORD = /(?<=\s)\p{Lu}\p{Ll}{1,20}(?=[\s,.]|$)/gu;

/** A clause that sends an application somewhere or addresses a letter: its people and addresses receive, they do not answer. */
function receives(clause: string): boolean {
  // ("Praktiske spørgsmål om ansøgningen kan sendes til HR-partner Nanna Bøgh på …": questions sent to someone to answer;
  // "Ansøgning og eventuelle spørgsmål sendes til job@…" sends the application too)
  if (QUESTIONS_SENT.test(clause) && !hits(APPLICATION_WORD, clause.replace(QUESTIONS_ABOUT, ""))) return false;
  return hits(RECEIVER_CUE, clause) || (hits(APPLICATION_WORD, clause) && hits(SEND_WORD, clause));
}

/**
 * Contacts in one sentence: each phone and e-mail joins the name before it
 * (or, with none, the name after). `phoneColumn`: the sentence is a row of a
 * table whose head names its numbers as phones.
 */
export function contactsIn(sentence: string, phoneColumn = false): Contact[] {
  // A contact needs a number, an address or a word that invites contact: most sentences have none of them.
  if (!MAY_HOLD_CONTACT.test(sentence) && !hits(CONTACT_CUE, sentence)) return [];
  const clauses = sentence.split(CLAUSE_BREAK);
  if (clauses.length > 1) {
    const kept = clauses.filter((c) => !receives(c));
    return kept.length === clauses.length ? contactsInClause(sentence, phoneColumn) : kept.flatMap((c) => contactsInClause(c, phoneColumn));
  }
  return receives(sentence) ? [] : contactsInClause(sentence, phoneColumn);
}

/**
 * The people of the clauses that receive applications ("Ansøgning sendes til
 * formand Mette Holm på mh@skole.dk"): no contacts by themselves, but the
 * address is theirs should the text invite contact with them elsewhere.
 */
export function receiversIn(sentence: string): Contact[] {
  if (!sentence.includes("@")) return [];
  return sentence.split(CLAUSE_BREAK).filter(receives).flatMap((c) => contactsInClause(c));
}

const WRITER_BEFORE = /(?<!\p{L})(?:mig|os)\s+(?:på\s+)?(?:(?:tlf|telefon|mobil|mail|e-mail)\.?:?\s+)?(?:\+45\s?)?$/iu;
/** "… eller til Jørgen på 61 78 22 05": a first name alone, called on its number; the person named in full elsewhere (extractContacts). */
const FIRST_NAME_CALLED = new RegExp(String.raw`(?<=(?:^|\s)(?:til|kontakt|kontakte)\s)\p{Lu}\p{Ll}{1,20}(?=\s(?:på\s)?(?:(?:tlf|telefon|mobil)\.?:?\s)?(?:\+45\s?)?\d{2})`, "gu");
function firstNamesCalled(sentence: string): NameSpan[] {
  return [...sentence.matchAll(FIRST_NAME_CALLED)].filter((m) => isNameWord(m[0])).map((m) => ({ name: m[0], start: m.index, end: m.index + m[0].length }));
}

/** "Fax 76 81 00 01": a number no one answers. */
const FAX_BEFORE = /(?<!\p{L})(?:tele)?fax\.?:?\s*(?:\+45\s?)?$/iu;
/** The numbers a card gives its person beyond the first ("Mobil: …"), at most. */
const MAX_OTHER_NUMBERS = 2;

function contactsInClause(sentence: string, phoneColumn = false): Contact[] {
  const cued = phoneColumn || hits(CONTACT_CUE, sentence);
  const emails = emailsIn(sentence);
  // A line with a person's e-mail address is a way in, and so are its eight digits: a contacts table's row
  // ("Kirsten Dalsgaard | Kommunaldirektør | 99 66 70 00 | kida@…") names neither "tlf." nor "kontakt"
  const phones = phonesIn(sentence, cued || emails.length > 0);
  if (!phones.length && !emails.length && !cued) return [];
  const names = [...findNames(sentence), ...firstNamesCalled(sentence)].sort((a, b) => a.start - b.start);
  if (!phones.length && !emails.length) {
    // each name's role lies between the name before it and the next ("kontaktperson Jørgen Holt og sognepræst Karen Lund")
    return names.map((n, k) => ({ name: n.name, role: roleAround(sentence, n, names[k - 1]?.end ?? 0, names[k + 1]?.start ?? sentence.length), phone: null, email: null }));
  }
  const events = [
    ...names.map((n) => ({ start: n.start, end: n.end, name: n.name, kind: "name" as const })),
    ...phones.map((p) => ({ start: p.start, end: p.end, phone: p.phone, kind: "phone" as const })),
    ...emails.map((e) => ({ start: e.start, end: e.end, email: e.email, kind: "email" as const })),
  ].sort((a, b) => a.start - b.start);
  const out: Contact[] = [];
  let current: Contact | null = null;
  let pending: Contact | null = null;
  // "Tlf.: 97 64 12 38" / "Mobil: 24 81 55 09" before any name (a card whose name stands above): one person's other
  // numbers, each kept after the first
  let pendingPhones: string[] = [];
  const others = (c: Contact) => pendingPhones.map((phone) => ({ name: c.name, role: c.role, phone, email: null }));
  let lastEnd = 0;
  // the writer's own number was the last evidence read ("ring til mig på …")
  let writer = false;
  for (let k = 0; k < events.length; k++) {
    const ev = events[k];
    if (ev.kind === "name") {
      const next = events.find((e) => e.start > ev.start && e.kind === "name");
      const contact: Contact = { name: ev.name, role: roleAround(sentence, ev, lastEnd, next ? next.start : sentence.length), phone: null, email: null };
      out.push(contact);
      if (pending) {
        contact.phone = pending.phone;
        contact.email = pending.email;
        out.push(...others(contact));
        [pending, pendingPhones] = [null, []];
      }
      current = contact;
    } else {
      // (and the address right after it is the writer's too, "skriv til mig på 22 48 19 07 / mk@…"; not one another's
      // words name, "… eller til sekretariatet på 31 72 04 58")
      const writersOwn = current?.name === null && writer && WRITER_GOES_ON.test(sentence.slice(lastEnd, ev.start));
      if (current?.name === null && writer && !writersOwn) current = null;
      writer = false;
      if (current && (ev.kind === "phone" ? current.phone !== null : current.email !== null)) {
        // A second number after a person's own is the next name's when that name has none after it
        // ("…, eller tlf. 4034 8304 til Ole Bladt-Hansen"), else the same person's other number
        // ("på 9611 7420 eller mobil 2173 6655"): a contact's phone is one number, so the other is the same
        // person again, with it. A second address is kept to the first: a person writes from one.
        const nextName = events.findIndex((e, j) => j > k && e.kind === "name");
        const nextNamesOwn = nextName >= 0 && events.slice(nextName + 1).find((e) => e.kind === "name" || e.kind === ev.kind)?.kind === ev.kind;
        if (nextName < 0 || nextNamesOwn) {
          if (ev.kind === "phone" && (current.name || writersOwn) && ev.phone !== current.phone && !FAX_BEFORE.test(sentence.slice(Math.max(0, ev.start - 12), ev.start)))
            out.push({ name: current.name, role: current.role, phone: ev.phone, email: null });
          lastEnd = ev.end;
          continue;
        }
        current = null;
      }
      // "ring til mig på 20 45 67 89 eller til Jørgen på …": the writer's own number, no one's named after it
      if (!current && WRITER_BEFORE.test(sentence.slice(lastEnd, ev.start))) {
        current = { name: null, role: null, phone: ev.kind === "phone" ? ev.phone : null, email: ev.kind === "email" ? ev.email : null };
        out.push(current);
        writer = true;
        lastEnd = ev.end;
        continue;
      }
      if (!current && pending?.phone && ev.kind === "phone" && ev.phone !== pending.phone) {
        // (not a fax's number, and a person has a number or two more at most: a list of numbers is no one's)
        if (!FAX_BEFORE.test(sentence.slice(Math.max(0, ev.start - 12), ev.start)) && pendingPhones.length < MAX_OTHER_NUMBERS && !pendingPhones.includes(ev.phone))
          pendingPhones.push(ev.phone);
        lastEnd = ev.end;
        continue;
      }
      const target: Contact = current ?? (pending ??= { name: null, role: null, phone: null, email: null });
      if (ev.kind === "phone" && !target.phone) target.phone = ev.phone;
      if (ev.kind === "email" && !target.email) target.email = ev.email;
      // a phone or address closes its person's clause: the next number belongs to the next name
      if (current && current.phone && current.email) current = null;
    }
    lastEnd = ev.end;
  }
  if (pending) out.push(pending, ...others(pending));
  return out;
}

/**
 * Between the writer's number and its address: a slash, "eller", a comma, "skriv til", "på" or a mail's word, nothing
 * more ("22 48 19 07 / mk@…", "… eller skriv til mk@…", "… eller på e-mail mk@…"); a noun between ("eller til
 * sekretariatet på …", "… til vores HR-afdeling på …") opens another's.
 */
const WRITER_GOES_ON = /^[\s,/]*(?:(?:eller|or)[\s,/]+)?(?:(?:skriv|send en mail)\s+(?:til\s+)?)?(?:(?:på|e-?mail|mail)[\s:]*){0,2}$/iu;

/** A house's card on one line or a few: its name, address, switchboard. */
const FOOTER_CARD = 240;

/** Contacts across the document, merged by name; a unit of bare numbers joins the person named just above. */
export function extractContacts(units: TextUnit[]): FoundContact[] {
  const found: FoundContact[] = [];
  const receivers: Contact[] = [];
  /** The addresses the writer receives applications at ("Send din ansøgning … til mig på lise@…"). */
  const writerMails = new Set<string>();
  // in the rows under a head row with a phone column ("Navn | Titel | Telefon"), eight digits are a phone
  let phoneColumn = false;
  // and on the short lines under a lead-in to whom to call ("… er du velkommen til at kontakte:" / "Ditte Rask Holm
  // 2046 9931" / "Kommunaldirektør"), up to the next sentence of prose
  let contactList = false;
  // the person a sentence called on with no way in, and the line under it that gave one
  let calledOn: { person: CommitteeMember; unit: TextUnit } | null = null;
  units.forEach((unit, i) => {
    phoneColumn &&= unit.kind === "row";
    contactList &&= unit.kind !== "heading" && unit.text.length <= CONTACT_LIST_LINE && !isProseSentence(unit.text);
    if (unit.kind === "heading") {
      // "Kontaktpersoner" as the heading over the people to call, one a line
      contactList = CONTACT_HEADING.test(unit.text.trim());
      return;
    }
    if (unit.kind === "row" && isPhoneTableHead(unit.text)) {
      phoneColumn = true;
      return;
    }
    // "Dansk Friskolesamvirke · Vestergade 14 · 5700 Svendborg · tlf. 62 21 14 80" filed as the page's: the house's
    // switchboard, no one to ask
    // (a person's card, "Mette Lund · Kanalstræde 2 · 4300 Holbæk · Mobil 20 49 51 40", is hers)
    if (unit.section === "andet" && unit.text.length <= FOOTER_CARD && isOrganisationName(unit.text.split(/[·|\n,]/u)[0]) && isContactDetails(unit.text)) return;
    for (const s of splitSentences(unit.text)) {
      for (const r of receiversIn(s.text)) {
        receivers.push(r);
        if (r.name === null && r.email && WRITER_RECEIVES.test(s.text)) writerMails.add(r.email);
      }
      // (under a lead-in, bare digits only on a line that names its person: "Ditte Rask Holm      2046 9931"; a table's
      // rows are read by its head's columns)
      // (and a number alone right under its person's line: "Jonas Thygesen, klubchef" over "📞 24 87 11 03")
      const underPerson = contactList && i > 0 && BARE_NUMBER.test(s.text.trim()) && findNames(units[i - 1].text).length > 0;
      for (const c of contactsIn(s.text, phoneColumn || underPerson || (contactList && unit.kind !== "row" && findNames(s.text).length > 0))) {
        const last = found[found.length - 1];
        // "Lisbeth Binderup, chefkonsulent" / "Tlf. 2049 5140" on lines of their own
        // (a name on a line of its own: a sentence that names people in passing gives no one the number under it)
        const lineAbove = c.name === null && !!last && last.unit === units[i - 1] && !isProseSentence(last.text);
        if (lineAbove && !last.contact.phone && c.phone) {
          last.contact.phone = c.phone;
          last.contact.email ??= c.email;
          continue;
        }
        if (lineAbove && !last.contact.email && c.email && !c.phone) {
          last.contact.email = c.email;
          continue;
        }
        // "… er du velkommen til at kontakte teknik- og miljødirektør Birgitte Holm Sandager." over "Telefon: 72 36 41 18" /
        // "E-mail: bhsa@holb.dk": the person the sentence above ends on, named with no way in, is reached by these
        // (and "E-mail: …" on the line under "Telefon: …", which that person's line gave)
        const calledAbove =
          c.name === null && i > 0 && units[i - 1].section === unit.section ? (calledOn?.unit === units[i - 1] ? calledOn.person : personCalledAt(units[i - 1].text)) : null;
        // (not a house's mailbox: "job@…" under the sentence is where applications go)
        if (calledAbove && !(c.email && isGeneralMailbox(c.email)) && !found.some((f) => f.contact.name === calledAbove.name && f.contact.phone && f.contact.email)) {
          c.name = calledAbove.name;
          c.role = calledAbove.role;
          calledOn = { person: calledAbove, unit };
        }
        // "Lisbeth Binderup, chefkonsulent" on the line above "Tlf. 2049 5140", or two lines above with the title between;
        // a number in an address line is the organisation's, whoever stands above it
        if (c.name === null && !POSTAL_ADDRESS.test(s.text)) {
          const usable: TextUnit[] = [];
          // a business card's address between its person and the number ("Birgitte Vestergaard" / "Partner" / the firm /
          // "Søndergade 22, 1. sal" / "8000 Aarhus C" / "Mobil: …"): passed over, and the card's three lines above it read,
          // whatever sections the segmenter filed the card's lines in
          const given = (u: TextUnit) => found.some((f) => f.unit === u);
          const address = addressRunAbove(units, i, given);
          const card = address.postcode;
          let j = card ? address.above : i - 1;
          // a card whose person was named with no way in ("Kontakt: Hospitalsdirektør Merete Skovbo Hald" / the house /
          // its address / "Tlf. 47 32 18 65 mesh@…"): the number and the address are that person's
          let named: FoundContact | undefined;
          for (; j >= 0 && usable.length < (card ? CARD_LINES : 2); j--) {
            const u = units[j];
            // stop at a line that already gave a contact: its person is not this number's, unless the card named them alone
            // and at a line that sends the application to someone ("Send ansøgningen til forstander …"): a sentence, not a contact block
            if (card && given(u)) named = found.find((f) => f.unit === u && f.contact.name !== null && f.contact.phone === null && f.contact.email === null);
            if ((!card && u.section !== unit.section) || u.text.length > (card ? 60 : 120) || (card && u.text.includes("\n")) || given(u) || receives(u.text)) break;
            usable.push(u);
          }
          if (named) {
            named.contact.phone = c.phone;
            named.contact.email = c.email;
            continue;
          }
          const person = usable.map((u) => memberIn(u.text)).find((p) => p !== null);
          const title = person ? (usable.find((u) => !findNames(u.text).length && hasRoleWord(u.text))?.text ?? null) : null;
          // a card names its person's title ("Partner", or on the name's line: "Birgitte Vestergaard, partner"); an
          // organisation's footer above its address does not ("Skovsbo Egnsmuseum" / "Møllegade 3" / "9640 Farsø" /
          // "Tlf. 96 15 42 00": the house's switchboard)
          if (person && (!card || title !== null || (person.role !== null && hasRoleWord(person.role)))) {
            c.name = person.name;
            c.role = person.role && hasRoleWord(person.role) ? person.role : title;
          }
        }
        const same = c.name ? found.find((f) => f.contact.name === c.name) : undefined;
        // the same person with another number of theirs ("… eller mobil 2173 6655"): listed again, with it
        const another = same && c.phone && same.contact.phone && !found.some((f) => f.contact.name === c.name && f.contact.phone === c.phone);
        if (same && another) {
          found.push({ contact: { name: c.name, role: same.contact.role, phone: c.phone, email: null }, text: s.text, unit });
          continue;
        }
        if (same) {
          same.contact.phone ??= c.phone;
          same.contact.email ??= c.email;
          same.contact.role ??= c.role;
          continue;
        }
        found.push({ contact: c, text: s.text, unit });
      }
    }
    if (CONTACT_LEAD_IN.test(unit.text.trim())) contactList = true;
  });
  // "… til forstander Mikkel Dam Sørensen på mds@…" and later "kan rettes til Mikkel på 2483 1166": a first
  // name alone is the person named in full elsewhere, when exactly one such person has it
  // the names each sentence gives its contacts, for the nameless numbers beside them: built once, not per contact
  const namedIn = new Map<string, Set<string>>();
  for (const g of found) if (g.contact.name !== null) namedIn.set(g.text, (namedIn.get(g.text) ?? new Set()).add(g.contact.name));
  for (const f of found) {
    const firstName = f.contact.name !== null && !f.contact.name.includes(" ") ? f.contact.name : null;
    if (f.contact.name !== null && !firstName) continue;
    // "ring til mig på … eller til Jørgen på …": the number before "Jørgen" is not Jørgen's
    // (a name's every word: "… eller til min kollega Jonas Frier på …" calls Jonas, no one else's "Jonas")
    const called = new Set([...(namedIn.get(f.text) ?? [])].flatMap((name) => name.split(" ")));
    const words = firstName ? new Set([firstName]) : new Set((f.text.match(CAPITALISED_WORD) ?? []).filter((w) => !called.has(w)));
    const people = [...found.map((g) => g.contact), ...receivers].filter((c) => c.name !== null && c.name.includes(" ") && words.has(c.name.split(" ")[0]));
    if (new Set(people.map((c) => c.name)).size !== 1) {
      // a first name no one named in full has, or two have: no guess at the person
      if (firstName) f.contact.name = null;
      continue;
    }
    const own = found.find((g) => g.contact === people[0]);
    if (own && firstName && own.contact.phone && f.contact.phone && own.contact.phone !== f.contact.phone) {
      // another number of the same person: listed again, by the full name
      f.contact.name = own.contact.name;
      f.contact.role = own.contact.role;
    } else if (own) {
      own.contact.phone ??= f.contact.phone;
      own.contact.email ??= f.contact.email;
      f.contact.phone = f.contact.email = null;
    } else f.contact.name = people[0].name; // a receiving clause's role is not read with care: the name only
  }
  // "ring til mig på 29 64 18 03" and the signature's "Mobil: 29 64 18 03": a number given twice, one way in
  found.forEach((f, i) => {
    if (f.contact.name !== null || !f.contact.phone || f.contact.email) return;
    // kept with the person who has it, or with its first mention
    if (found.some((g, j) => j !== i && g.contact.phone === f.contact.phone && (g.contact.name !== null || j < i))) f.contact.phone = null;
  });
  // "Ansøgningen sendes til Mette Holm på mh@…" and "ring til Mette Holm på …": one person, and her address;
  // "Send din ansøgning til … Jens Ulrik Dam på …" and "Ring gerne til Jens Ulrik på …": the same person, named in full there
  for (const r of receivers) {
    const same = r.name && r.email ? found.find((f) => f.contact.name !== null && (f.contact.name === r.name || r.name!.startsWith(`${f.contact.name} `)) && !f.contact.email) : undefined;
    if (!same) continue;
    same.contact.email = r.email;
    same.contact.name = r.name;
  }
  // "Ansøgningen sendes til kw@…" and "ring til bestyrelsesformand Karen Winther på …": an address of her initials is hers
  for (const r of receivers) {
    // ("job@…" is the house's, though Jens Ole Bækgaard is named to call)
    if (r.name !== null || !r.email || isOrganisationMailbox(r.email)) continue;
    const local = r.email.slice(0, r.email.indexOf("@")).toLowerCase();
    const theirs = found.filter((f) => f.contact.name !== null && !f.contact.email && initialsOf(f.contact.name).includes(local));
    // (one person only: two of the same initials leave it nameless)
    if (theirs.length > 0 && new Set(theirs.map((f) => f.contact.name)).size === 1) theirs[0].contact.email = r.email;
  }
  // "Send din ansøgning … til mig på lise@…" and "ring til mig på 23 45 67 12": the letter's writer, one person, and her address
  const writers = found.filter((f) => f.contact.name === null && f.contact.phone && !f.contact.email && WRITER_CALLED.test(f.text));
  if (writerMails.size === 1 && writers.length === 1) writers[0].contact.email = [...writerMails][0];
  // A name with no number or address is a person mentioned, not a way in, unless nothing else is given
  // (the application system's help desk is no way in to the post, whatever its address)
  // (nor is the house's press or web desk, named by no one and given alone)
  const desk = (f: FoundContact) => f.contact.name === null && !f.contact.phone && !!f.contact.email && isHouseDesk(f.contact.email);
  const reachable = found.filter((f) => (f.contact.phone || f.contact.email) && !APPLICATION_HELP.test(f.text) && !desk(f) && !PERSONAL_DATA_NOTE.test(f.text) && !(f.contact.name === null && PORTAL_QUESTIONS.test(f.text)));
  // "Odsherred Kommune · Nyvej 22 · 4573 Højby · Tlf. 59 66 66 66": the organisation's own switchboard in a
  // page's footer or a letterhead, no one to ask about the post while a person is named
  // "Dansk Vandhjælp · Ryesgade 27, 2200 København N · Tlf. … · CVR …": an organisation's card, whatever name it opens with
  const person = (f: FoundContact) => f.contact.name !== null && !(REGISTRY.test(f.text) && POSTAL_ADDRESS.test(f.text));
  // "Har du spørgsmål, kan du kontakte Velfærdsjob.dk på support@…", a footer's "Tlf. … · info@…": a house's general
  // mailbox, and the number given with it, no one to ask about the post while a person is named
  const general = (f: FoundContact) => f.contact.name === null && !!f.contact.email && isGeneralMailbox(f.contact.email);
  // ("Afdelingens sekretariat: tlf. 79 97 46 00", "Sengeafsnit M3: tlf. …": an office's or a ward's number, by its label)
  const office = (f: FoundContact) => f.contact.name === null && OFFICE_NUMBER_LINE.test(f.unit.text.trim());
  // A reader asked to call someone by first name only ("Har du spørgsmål, så ring til Jeppe på …") has a person named as
  // well; not where the sentence gives the house's own mailbox or office ("… så skriv til post@fjordlund.dk")
  const invited = (f: FoundContact) => f.unit.section !== "andet" && !f.unit.furniture && QUESTIONS_INVITED.test(f.text) && SENT_TO_SOMEONE.test(f.text) && !general(f) && !office(f);
  const named = reachable.some((f) => person(f) || invited(f));
  // (and a nameless number or address among the page's own lines, "Skolens kontor: tlf. 62 23 58 00 · vestermarkskolen@…"
  // in its footer, or in the page's foot after the posting's last section, is the house's; the title block's is not)
  let lastBody = -1;
  units.forEach((u, i) => {
    if (u.section !== "andet") lastBody = i;
  });
  const foot = (f: FoundContact) => f.unit.furniture || (f.unit.section === "andet" && units.indexOf(f.unit) > lastBody);
  return named ? reachable.filter((f) => person(f) || (!inAddressBlock(units, f) && !general(f) && !foot(f) && !office(f))) : reachable;
}

/**
 * The address lines just above unit `i` ("Søndergade 22, 1. sal" / "8000 Aarhus C"), none of them a contact's line
 * already given: the index of the line above the run (i - 1 when there is none), and whether the run held a
 * postcode, which makes it a card's address rather than a street named in passing.
 */
export function addressRunAbove(units: readonly TextUnit[], i: number, given: (u: TextUnit) => boolean = () => false): { above: number; postcode: boolean } {
  let j = i - 1;
  let postcode = false;
  for (; j >= 0; j--) {
    const u = units[j];
    if (u.text.length > 80 || given(u)) break;
    const postal = POSTAL_ADDRESS.test(u.text);
    if (!postal && !ADDRESS_LINE.test(u.text)) break;
    postcode ||= postal;
  }
  return { above: j, postcode };
}

/**
 * A name's initials as a mailbox writes them: first and last name's ("Karen Winther" → "kw"), and every name's ("kmw");
 * a Danish letter as written, or spelt out as mailboxes do ("Øjvind Holm" → "øh", "oeh", "oh").
 */
function initialsOf(name: string): string[] {
  const first = name
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map((w) => w[0].toLowerCase());
  if (first.length < 2) return [];
  const forms = [first[0] + first.at(-1)!, first.join("")];
  return [...new Set(forms.flatMap((f) => [f, foldDanish(f), f.replace(/[æå]/gu, "a").replace(/ø/gu, "o")]))];
}

/** A business card's lines above its address: the person's name, title and firm. */
const CARD_LINES = 3;

/** Registry numbers a footer or letterhead gives beside the address ("CVR-nr. 29189668", "EAN 5798…"). */
const REGISTRY = /\b(?:CVR|EAN|P-nr)\b/u;

/**
 * A nameless number in an organisation's address block: on the address's
 * line, or on a line of its own among the block's (street, "8900 Randers C",
 * "CVR-nr. …") within three lines either way.
 */
function inAddressBlock(units: TextUnit[], f: FoundContact): boolean {
  if (POSTAL_ADDRESS.test(f.text)) return true;
  if (f.unit.text.length > 60) return false;
  const at = units.indexOf(f.unit);
  for (let j = Math.max(0, at - 3); j <= Math.min(units.length - 1, at + 3); j++) {
    const t = units[j].text;
    if (j !== at && t.length <= 60 && (POSTAL_ADDRESS.test(t) || REGISTRY.test(t))) return true;
  }
  return false;
}

export interface FoundMember {
  member: CommitteeMember;
  text: string;
  unit: TextUnit;
}

/** A committee member from one list item or clause: "borgmester Stephanie Storbank, formand for ansættelsesudvalget". */
export function memberIn(text: string): CommitteeMember | null {
  const names = findNames(text);
  if (!names.length) return null;
  const n = names[0];
  // A list item that swallowed the next paragraph ("AC-fuldmægtig Du kan søge …") keeps only its own words
  const rest = text.slice(n.end);
  const stop = firstSentenceEnd(rest);
  // "Jens Jensen, borgmester (formand)": a parenthesis is one more part of the role
  const own = sliceWhole((stop < 0 ? rest : rest.slice(0, stop - 1)).split(ITEM_RUN_ON)[0], 0, 100).replace(/(?<!\s)\s*\(([^()]{1,60})\)?/gu, ", $1");
  // "… and board member Thomas Aagaard": the list's "and" before this member is no part of the role either
  const role = [text.slice(0, n.start).replace(LIST_AND, ""), own]
    // "(formand)" after a name is a role like ", formand"
    // ", og Claus Bjerre" after this member: the list's "og" before the next name is no part of the role
    .map((s) => trimChars(trimChars(s, " \t\n\u00a0,;:.–-|()").replace(TRAILING_AND, ""), " \t\n\u00a0,;:.–-|()"))
    .filter(Boolean)
    .join(", ")
    .replaceAll(" | ", ", ");
  return { name: n.name, role: role || null };
}

/**
 * Committee members in a clause or line: one each, however many names it
 * holds. "Rådmand Mai-Britt Iversen Kommunaldirektør Jens Kristian Munk" (a
 * list whose line breaks were lost) gives two, each with the words before it.
 */
export function membersIn(text: string): CommitteeMember[] {
  const out: CommitteeMember[] = [];
  // ", og Claus Bjerre": the list's last "og" after its comma opens no role
  // (", mens Camilla Ravn fra Lindholm & Krog er konsulent på processen": a clause of contrast ends the list)
  const all = text.split(CLAUSE_SEPARATOR);
  const end = all.findIndex((c, k) => k > 0 && LIST_ENDS.test(c));
  const clauses = (end > 0 ? all.slice(0, end) : all).map((c) => c.replace(LIST_AND, ""));
  // each clause's names once, and whether a name stands in a clause after it (one walk from the end: a long list of
  // clauses must not be read again for each of them)
  const namesOf = clauses.map((c) => findNames(c));
  const nameAfter: boolean[] = [];
  for (let k = clauses.length - 1, seen = false; k >= 0; k--) {
    nameAfter[k] = seen;
    seen ||= namesOf[k].length > 0;
  }
  for (const [k, clause] of clauses.entries()) {
    const names = namesOf[k];
    // "Rikke Vestergaard, lægefaglig vicedirektør, Morten Dahl, …": a name-first list's role, a clause of its own, before
    // the next name or a title by its word ("…, og Claus Bjerre, HR-chef")
    if (!names.length && out.length && out.at(-1)!.role === null && isRoleClause(clause) && (nameAfter[k] || hits(ROLE_WORDS, clause))) {
      out.at(-1)!.role = clause.trim().replace(/\.$/u, "");
      continue;
    }
    if (names.length === 1) {
      const m = memberIn(clause);
      if (m) out.push(m);
      continue;
    }
    // "Tina Holst, sygeplejerske Rasmus Kjeldgaard, læge" (a name first) gives each its words after it; "Borgmester A
    // Kommunaldirektør B" its words before it
    if (!names.length) continue;
    const nameFirst = trimChars(clause.slice(0, names[0].start), " \t\n\u00a0,;:.–-()") === "";
    names.forEach((n, i) => {
      const [from, to] = nameFirst ? [n.end, names[i + 1]?.start ?? clause.length] : [i === 0 ? 0 : names[i - 1].end, n.start];
      // "Kjeldsen and board member Thomas Aagaard": the list's "and" between two members is neither's
      const role = trimChars(trimChars(clause.slice(from, to), " \t\n\u00a0,;:.–-()").replace(LIST_AND, "").replace(TRAILING_AND, ""), " \t\n\u00a0,;:.–-()");
      out.push({ name: n.name, role: role || null });
    });
  }
  return out;
}

const AND = LIST_CONJUNCTIONS.join("|");
/** A clause's "og"/"samt" at its start (its list's last member) and at its end (the next one's). */
const LIST_AND = new RegExp(String.raw`^\s*(?:${AND})\s+`, "u");
const TRAILING_AND = new RegExp(String.raw`(?:^|[\s,])(?:${AND})$`, "u");
/** A title alone ("lægefaglig vicedirektør", "FTR (DSR)", "HR-chef"): a few words, no number, no sentence. */
const isRoleClause = (clause: string) => {
  const t = clause.trim().replace(/\.$/u, "");
  return t.length > 1 && words(t, 7) <= 6 && !/\d|[.!?]/u.test(t) && !NOT_A_ROLE_OPENING.test(t);
};
const NOT_A_ROLE_OPENING = new RegExp(String.raw`^(?:${NOT_A_ROLE_OPENERS.join("|")})\s`, "iu");

/**
 * "Medarbejderrepræsentanter fra Hoved-MED: Annette Lykke og Kasper Nørholm": one role before a colon, and two or
 * more names after it, nothing else between them but commas and "og". Null for any other line.
 */
function membersUnderOneRole(text: string): CommitteeMember[] | null {
  const colon = text.indexOf(": ");
  if (colon < 3 || colon > 80) return membersAfterPluralRole(text);
  const after = text.slice(colon + 2);
  const names = findNames(after);
  if (names.length < 2) return null;
  const between = names.map((n, i) => after.slice(n.end, names[i + 1]?.start ?? after.length));
  if (names[0].start !== 0 || !between.every((b) => /^(?:,\s*|\s+(?:og|samt)\s+|[.\s]*)$/u.test(b))) return null;
  const role = text.slice(0, colon).trim();
  return names.map((n) => ({ name: n.name, role }));
}

/**
 * "medarbejderrepræsentanterne Line Birk og Ahmad Rahimi fra Kommunikation": a role in the plural before the names it
 * holds for each, joined by "og", "samt" or commas; what follows the last name is the place of all of them.
 */
function membersAfterPluralRole(text: string): CommitteeMember[] | null {
  const names = findNames(text);
  if (names.length < 2) return null;
  const role = text.slice(0, names[0].start).trim();
  if (!isPluralRole(role)) return null;
  const between = names.slice(1).map((n, i) => text.slice(names[i].end, n.start));
  if (!between.every((b) => /^(?:,\s*|\s+(?:og|samt)\s+)$/u.test(b))) return null;
  const rest = text.slice(names[names.length - 1].end);
  const place = trimChars(rest, " \t\n\u00a0,;:.–-");
  // ("… fra Kommunikation" runs on from the role; ", Kommunikation" is set apart as a role's place is)
  return names.map((n) => ({ name: n.name, role: place ? `${role}${/^\s*,/u.test(rest) ? "," : ""} ${place}` : role }));
}
/**
 * One or two words, the last a title's plural: its singular, the plural's ending taken off, is a title of its own
 * ("medarbejderrepræsentanterne", "to afdelingschefer", "skoleledere"; not "Forstander", a singular in "-er").
 */
function isPluralRole(role: string): boolean {
  const words = role.split(/\s+/u);
  const last = words[words.length - 1];
  if (words.length > 2 || last.length < 5) return false;
  const singulars = [last.replace(/erne$/u, ""), last.replace(/(?<=er)e$/u, ""), last.replace(/er$/u, ""), last.replace(/ne$/u, "")].filter((w) => w !== last);
  return singulars.some((w) => ROLE_WORDS_EXACT.test(w));
}

/**
 * Members a line, "Name, role", whose line breaks were lost ("Bodil Kirk,
 * formand for udvalget Villy Dahl, medlem"): each member runs from its name
 * to the next name, commas and all. Lines that lead with the role ("Borgmester
 * A Kommunaldirektør B") are clauses as in a sentence.
 */
function membersOfLines(text: string): CommitteeMember[] {
  // "Trine Bech Madsen, næstformand (ejer, Bech Gartneri)": a name in brackets is the member's firm or house, no member
  const names = findNames(text).filter((n) => !insideBrackets(text, n.start));
  if (!names.length || names[0].start !== 0) return membersIn(text);
  return names.map((n, i) => memberIn(text.slice(n.start, names[i + 1]?.start ?? text.length))).filter((m) => m !== null);
}

/** Whether a bracket opened before `at` is still open there. */
function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = Math.max(0, at - 200); i < at; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth = Math.max(0, depth - 1);
    else if (text[i] === "\n") depth = 0;
  }
  return depth > 0;
}

/** A sentence of who serves the committee (its secretary, the consultant who assists it), after its members. */
const SERVES_THE_COMMITTEE = /\b(?:er|bliver|fungerer som) (?:udvalgets )?(?:sekretær|tovholder|konsulent)\b|\bsekretær for (?:udvalget|ansættelsesudvalget)|\b(?:bistår|assisterer|rådgiver|betjener) (?:udvalget|ansættelsesudvalget)\b|(?<![a-zæøå])[a-zæøå]*udvalget (?:sekretariats)?betjenes af\b/i;

/** The sentence under a committee's list on who serves it, its subject first: "Udvalget betjenes af HR-chef …". */
const COMMITTEE_SERVED = /(?<!\p{L})(?:U|\p{Lu}\p{Ll}*u)dvalget (?:sekretariats)?(?:betjenes|bistås|assisteres) af(?!\p{L})/u;

/** A members' lines up to a sentence about the committee under them ("Udvalget betjenes af HR-chef Lone Sandberg."). */
const rowsBeforeProse = (rows: string[]) => {
  const end = rows.findIndex((r) => isProseSentence(r) || SERVES_THE_COMMITTEE.test(r));
  return end < 0 ? rows : rows.slice(0, end);
};

/**
 * A line after the committee's list that is a sentence about it, not a
 * member: "Udvalget bistås af Genitor v/ partner Christian Roslev." It ends
 * in a full stop, runs to five words or more, and opens with neither a name
 * nor a title ("Borgmester Anne Hansen (formand)." and "Jens Jensen,
 * borgmester." are members).
 */
function isProseSentence(text: string): boolean {
  const t = text.trim();
  if (!/[.!?]$/u.test(t) || t.split(/\s+/u).length < 5) return false;
  const first = t.split(/\s+/u)[0].replace(/[,:;]$/u, "");
  const names = findNames(t);
  return !(names.length && names[0].start === 0) && !ROLE_WORDS_EXACT.test(first) && !/^\d/u.test(first);
}

const HEADS: ReadonlySet<string> = new Set(COLUMN_HEADS);
const PHONE_HEADS: ReadonlySet<string> = new Set(PHONE_COLUMN_HEADS);
const CONTACT_HEADS: ReadonlySet<string> = new Set([...COLUMN_HEADS, ...PHONE_COLUMN_HEADS, ...MAIL_COLUMN_HEADS]);

/** "Navn | Titel | Telefon": a head row of column names, one of them a phone's. */
function isPhoneTableHead(text: string): boolean {
  const cells = text.split("|").map((c) => c.trim().toLowerCase());
  return cells.length >= 2 && cells.some((c) => PHONE_HEADS.has(c)) && cells.every((c) => c === "" || CONTACT_HEADS.has(c));
}

/** "Ansættelsesudvalget | Funktion": a members' table whose head names the committee itself. */
function isCommitteeTableHead(unit: TextUnit): boolean {
  if (unit.kind !== "row") return false;
  const cells = unit.text.split("|").map((c) => c.trim()).filter(Boolean);
  return cells.length >= 2 && hits(COMMITTEE_CUE, cells[0]) && words(cells[0], 4) <= 3 && cells.slice(1).every(isColumnHeads);
}
/** "Navn | Funktion", "Navn  Titel": the head of the members' table. */
const isColumnHeads = (text: string) => text.split(/[\s|/]+/u).every((w) => !w || HEADS.has(w.toLowerCase()));

/** How long the label before a committee's members may be ("Ansættelsesudvalget for stillingen:"). */
const LABEL_CHARS = 60;
/** How far into the text after the label its first member's name stands, a title before it ("lægefaglig direktør A"). */
const MEMBER_OPENS = 40;
/** "Ansættelsesudvalg", "Ansættelsesudvalget for stillingen": the committee's word first; "Spørgsmål til udvalget" is no label. */
// (its first words: "Bedømmelses- og ansættelsesudvalg", a compound's first part cut off before "og", three of them)
const isCommitteeLabel = (label: string) => {
  const w = label.trim().split(/\s+/u);
  return (hits(COMMITTEE_CUE, w.slice(0, w[0].endsWith("-") ? 3 : 2).join(" ")) || (WHO_IS_IN.test(label.trim()) && hits(COMMITTEE_CUE, label))) && words(label, 6) <= 5;
};
/** "Hvem sidder i ansættelsesudvalget?": a question of an ad's FAQ that names the committee. */
const WHO_IS_IN = /^hvem (?:sidder|er|består) (?:i|med i)? ?/iu;
/** "… et ansættelsesudvalg med dekan A som formand": the chair named in the sentence that names the committee. */
const CHAIR = /\bmed (\S.{1,88}?\S) som (?:formand|forperson|forkvinde)\b/i;
/**
 * The sentences of a unit that list members inline, each with the text after
 * its cue: the one that names the committee and its composition, its chair
 * ("med dekan A som formand"), and the sentences after it that go on about
 * the same committee ("Udvalget består desuden af B og C.").
 */
function committeeSentences(sentences: readonly { text: string }[], named = false): { text: string; tail: string }[] {
  const out: { text: string; tail: string }[] = [];
  // (`named` grows as the sentences name the committee; the label's is the heading's alone)
  const underLabel = named;
  for (const [k, { text }] of sentences.entries()) {
    const names = hits(COMMITTEE_CUE, text);
    // "**Ansættelsesudvalg:** Kultur- og fritidschef Birgitte Holm Raasted, direktør …": the committee's label run in as
    // its heading, its members the sentence that follows it: names and their roles and nothing else, no way to reach them
    // ("Udvalget består af …" is read below, by its own words)
    if (underLabel && k === 0 && !names && !COMMITTEE_AGAIN.test(text.trim()) && !/@|\d/u.test(text) && !hits(CONTACT_CUE, text) && !SERVES_THE_COMMITTEE.test(text)) {
      const people = findNames(text);
      if (people.length >= 2 && people[0].start <= MEMBER_OPENS && onlyMembers(text, people)) {
        out.push({ text, tail: text });
        continue;
      }
    }
    if (names || (named && COMMITTEE_AGAIN.test(text.trim()))) {
      const cue = [...text.matchAll(COMMITTEE_LIST_CUE)][0];
      const colon = text.indexOf(": ");
      const labelled = cue ? null : COMMITTEE_THEN_COLON.exec(text);
      if (cue) out.push({ text, tail: text.slice(cue.index + cue[0].length).replace(/^\s{0,3}:/u, "") });
      // "… bestyrelsen, som udgør ansættelsesudvalget: formand Birgit Rasmussen, …": its members after its name's colon
      else if (labelled && (findNames(text.slice(labelled.index + labelled[0].length))[0]?.start ?? Infinity) <= MEMBER_OPENS)
        out.push({ text, tail: text.slice(labelled.index + labelled[0].length) });
      // "Ansættelsesudvalg: Jesper Kragh (formand), Rikke Vestergaard, …": the committee's name as the label of its members
      else if (names && colon > 0 && colon <= LABEL_CHARS && isCommitteeLabel(text.slice(0, colon)) && (findNames(text.slice(colon + 2))[0]?.start ?? Infinity) <= MEMBER_OPENS)
        out.push({ text, tail: text.slice(colon + 2) });
      else if (names) {
        const chair = CHAIR.exec(text);
        const aside = chair ? null : parentheticalAfterCue(text);
        if (chair) out.push({ text, tail: chair[1] });
        else if (aside) out.push({ text, tail: aside });
      }
    }
    named ||= names;
  }
  return out;
}

const KNOWN_HEADINGS = STRONG_HEADING_KEYS;

/** A role between two members is a few words: "Kultur- og fritidschef", ", direktør for Kultur, Fritid og Borgerservice ". */
const ROLE_GAP_WORDS = 6;
/** Between the names of a list of members, and before its first, nothing but their roles and the list's commas and "og". */
function onlyMembers(text: string, people: NameSpan[]): boolean {
  const gaps = [text.slice(0, people[0].start), ...people.slice(1).map((p, i) => text.slice(people[i].end, p.start))];
  return gaps.every((gap) => {
    const role = gap.replace(/[,;()]/gu, " ").replace(LIST_JOINERS, " ").trim();
    return role === "" || (words(role, ROLE_GAP_WORDS + 1) <= ROLE_GAP_WORDS && hasRoleWord(role));
  });
}
const LIST_JOINERS = new RegExp(String.raw`(?<!\p{L})(?:${LIST_CONJUNCTIONS.join("|")})(?!\p{L})`, "gu");

/** Its members between dashes or in brackets right after the committee's name: "ansættelsesudvalget – formand A, B og C – forventer …". */
const PARENTHETICAL = /^\s{0,2}[–—(]\s{0,2}([^–—()]{10,400}?)\s{0,2}[–—)]/u;

function parentheticalAfterCue(text: string): string | null {
  const cue = execAll(COMMITTEE_CUE, text)[0];
  if (!cue) return null;
  return PARENTHETICAL.exec(text.slice(cue.index + cue[0].length))?.[1] ?? null;
}

const ASSESSMENT_WORDS = new RegExp(ASSESSMENT_COMMITTEE_CUE.source, "giu");

/**
 * The hiring committee: the list (items, rows, or short lines) after a
 * sentence that names it ("Ansættelsesudvalget består af:"), or the clauses
 * of that sentence itself ("… består af borgmester A, direktør B og C").
 * A university's bedømmelsesudvalg is the record's committee only where no
 * hiring committee is listed after it.
 */
export function extractCommittee(units: TextUnit[]): FoundMember[] {
  let out: FoundMember[] = [];
  // an assessment committee's members, kept while a hiring committee may follow
  let assessment: FoundMember[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    // "Ansættelsesudvalget: Det er bestyrelsen, der ansætter. Udvalget består af …": the heading names the committee
    const underCommittee = unit.kind !== "heading" && !!unit.heading && unit.heading.length <= LABEL_CHARS && isCommitteeLabel(unit.heading);
    if (!hits(COMMITTEE_CUE, unit.text) && !underCommittee) continue;
    const assesses = hits(ASSESSMENT_COMMITTEE_CUE, unit.text) && !hits(COMMITTEE_CUE, unit.text.replace(ASSESSMENT_WORDS, ""));
    const listings = committeeSentences(splitSentences(unit.text), underCommittee);
    // "… består af dagtilbudschefen, to ledere og …." names its members (or their roles) itself: a table after it is not theirs
    // "… der består af" (its colon and its list's bullets lost) runs on into its members, one a line, with no full stop
    const runsOn = listings.length > 0 && !/[.!?]["”’)]?$/u.test(unit.text.trimEnd());
    // (a unit let in by its heading alone lists members in a sentence, or none: "… kontakte:" over contacts is no list)
    const ownCue = hits(COMMITTEE_CUE, unit.text);
    // ("… i samarbejde med et ansættelsesudvalg." over a table headed "Navn | Rolle": the members' table)
    const overMembersTable = units[i + 1]?.kind === "row" && units[i + 1].section === unit.section && isColumnHeads(units[i + 1].text);
    // ("Bedømmelses- og ansættelsesudvalg" over "… Udvalget består af:" and its list: the heading named it, the sentence
    // says the list is its members)
    const opensList = !ownCue ? underCommittee && listings.length > 0 && unit.text.trimEnd().endsWith(":") : unit.kind === "heading" || unit.text.trimEnd().endsWith(":") || isCommitteeTableHead(unit) || runsOn || overMembersTable || (listings.length > 0 && listings.every((l) => words(l.tail, 4) <= 3));
    if (!opensList && !listings.length) continue;
    // inline: "Ansættelsesudvalget består af borgmester A (formand), direktør B og C."
    // run on, the sentence is the first of its lines: its members are "Name, role" a line too
    for (const { text, tail } of listings) for (const m of (runsOn ? membersOfLines : membersIn)(tail.trim())) out.push({ member: m, text, unit });
    if (opensList) for (const m of membersListedAfter(units, i)) out.push(m);
    if (out.length && assesses && !assessment.length) {
      assessment = out;
      out = [];
    } else if (out.length) break;
  }
  if (!out.length) out = assessment;
  // each sentence read once, however many members it names (a long list's members share their sentence)
  const texts = [...new Set(out.map((m) => m.text))];
  // "… et udvalg, hvor jeg selv sidder sammen med …": the letter's writer is a member, named under its closing
  const writerText = texts.find((t) => WRITER_MEMBER.test(t));
  const writer = writerText !== undefined ? (signerOf(units) ?? selfNamed(units)) : null;
  const writerSits = writer ? out.find((m) => m.text === writerText) : undefined;
  if (writerSits && writer && !out.some((m) => m.member.name === writer)) out.unshift({ member: { name: writer, role: null }, text: writerSits.text, unit: writerSits.unit });
  // "Partner Kirsten Holm, Kragh & Holm, deltager som rådgiver for udvalget": at the committee's table, no member of it
  const advising = new Set(texts.filter((t) => ADVISES_COMMITTEE.test(t) && findNames(t).length === 1));
  const seen = new Set<string>();
  return out.filter((m) => !seen.has(m.member.name) && seen.add(m.member.name) && !advising.has(m.text));
}

/** The lines under a letter's closing that may name its signer: a body's name, then the person's. */
const SIGNATURE_UNITS = 3;

/** What a signature's line holds after its name: nothing, or a role after a comma ("…, formand"). */
const SIGNATURE_LINE_AFTER_NAME = /^(?:, ?\p{L}[\p{L} -]{1,40})?$/u;
/** The name a letter is signed with, under its last closing ("Med venlig hilsen" / "Lise Kærgaard, formand"), or null. */
function signerOf(units: readonly TextUnit[]): string | null {
  let closing = units.length - 1;
  while (closing >= 0 && !MAIL_CLOSING.test(units[closing].text.split("\n")[0].trim())) closing--;
  if (closing < 0) return null;
  // the signature's lines, each a name alone or "Name, role" ("Lise Kærgaard, formand"), not a contact's sentence
  const lines = [...units[closing].text.split("\n").slice(1), ...units.slice(closing + 1, closing + 1 + SIGNATURE_UNITS).flatMap((u) => u.text.split("\n"))];
  for (const line of lines) {
    const name = findNames(line)[0];
    if (name && name.start === 0 && SIGNATURE_LINE_AFTER_NAME.test(line.slice(name.end).trimEnd())) return name.name;
  }
  return null;
}

/** The letter's writer, named by herself ("Jeg hedder Henriette Kjærgaard og er direktør for …"). */
function selfNamed(units: readonly TextUnit[]): string | null {
  for (const u of units) {
    const m = SELF_NAMED.exec(u.text);
    if (!m) continue;
    const rest = u.text.slice(m.index + m[0].length);
    const name = findNames(rest)[0];
    // (one who hires: "… og er direktør for Børn og Familie"; a colleague's quote, "… og er pædagog på Solstuen", is not)
    if (name && name.start === 0 && SELF_NAMED_LEADER.test(rest.slice(name.end, name.end + 80))) return name.name;
  }
  return null;
}

/** A number and nothing else on its line (its pictograph taken off as a list's mark). */
const BARE_NUMBER = new RegExp(`^${PHONE_DIGITS}$`, "u");
/** A heading over the people to call: "Kontakt", "Kontaktpersoner". */
const CONTACT_HEADING = /^(?:kontakt|kontakter|kontaktperson|kontaktpersoner)\s*:?$/iu;
/** How long a line of the list under a contact lead-in may be: a name, a title, a number. */
const CONTACT_LIST_LINE = 120;

/** The gap between a table's columns where a text lays one out with spaces. */
const LAYOUT_GAPS = / {3,}/gu;

/**
 * "… kontakte teknik- og miljødirektør Birgitte Holm Sandager.": the words of the call before the name its sentence ends
 * on, after the verb or "Kontakt" opening the sentence ("tæt kontakt med direktør …" calls on no one).
 */
const CALLED_BEFORE_NAME = /(?:(?<!\p{L})(?:kontakte|ringe til|ring til|skrive til|fat i)|^Kontakt)\s+((?:\p{L}[\p{L}-]*\s+){0,5})$/u;

/** The person a text's last sentence calls on and ends with, given no number or address there: their name and role; else null. */
function personCalledAt(text: string): CommitteeMember | null {
  const sentence = splitSentences(text).at(-1)?.text.trim() ?? "";
  if (!sentence || /@|\d{2}\s?\d{2}/u.test(sentence)) return null;
  const names = findNames(sentence);
  const last = names.at(-1);
  if (!last || sentence.slice(last.end).replace(/[.!]$/u, "").trim()) return null;
  // "… kontakte HR-konsulent Mette Lund eller direktør Karen Vind.": the number under it is one of theirs, not which
  if (names.length > 1 && /\s(?:eller|og)\s/u.test(sentence.slice(names.at(-2)!.end, last.start))) return null;
  const call = CALLED_BEFORE_NAME.exec(sentence.slice(0, last.start));
  if (!call) return null;
  const words = call[1].trim();
  const role = words.endsWith(" og") ? words.slice(0, -3).trimEnd() : words;
  return { name: last.name, role: role && hasRoleWord(role) ? role : null };
}

/** The members listed one a unit after a lead-in ("Ansættelsesudvalget består af:"), up to where the list ends. */
function membersListedAfter(units: TextUnit[], at: number): FoundMember[] {
  const found: FoundMember[] = [];
  const section = units[at].section;
  // the kind of unit the list's members came in: a list of items or rows ends where they do
  let listKind: TextUnit["kind"] | null = null;
  // the unit the last member's line ended in
  let lastUnit: TextUnit | null = null;
  for (let j = at + 1; j < units.length; j++) {
    const next = units[j];
    if (next.section !== section) break;
    // "Aktivitet | Dato" after the members' items is the head of the next table, not one more member
    // after members a line, a list item is the next list ("- 1. samtale holdes …"), not one more member
    if ((listKind === "item" || listKind === "row" || (listKind === "paragraph" && next.kind === "item")) && next.kind !== listKind) break;
    // a card's title under its member's name, the two taken for headings ("Rasmus Holm" / "Borgmester (formand)")
    const last = found.at(-1);
    if (next.kind === "heading" && last && last.unit === units[j - 1] && last.member.role === null && next.text.length <= 80 && hasRoleWord(next.text) && !findNames(next.text).length) {
      last.member.role = next.text.trim();
      continue;
    }
    // the table's column heads ("Navn      Funktion"), whatever they were taken for
    if (isColumnHeads(next.text)) continue;
    // a short line with a name may have been taken for a heading ("Rådmand Mai-Britt Iversen")
    if (next.kind === "heading" && (next.text.length > 80 || /^\d/u.test(next.text) || !findNames(next.text).length)) break;
    // "Pia Hvid, …, repræsentant for medarbejderne" run on into "Udvalget betjenes af HR-chef Lone Sandberg, …": the last
    // member's line and the sentence under the list, one paragraph; the member is read, the sentence is not, and the list ends
    const served = next.kind === "paragraph" ? COMMITTEE_SERVED.exec(next.text) : null;
    const text = served && served.index > 0 ? next.text.slice(0, served.index).trim() : next.text;
    // a paragraph that kept its lines (a table's rows as a PDF gives them) lists one member a line
    const rows = next.kind === "paragraph" && text.includes("\n") ? text.split("\n") : null;
    // members a line whose bullets and line breaks were lost run together into one long paragraph: several names in it
    const runTogether = next.kind === "paragraph" && rows === null && text.length > 120 && membersOfLines(text).length >= 2;
    const listy = next.kind === "item" || next.kind === "row" || text.length <= 120 || runTogether || (rows !== null && rows.every((r) => r.length <= 120));
    if (!listy || (next.kind === "paragraph" && isProseSentence(text))) break;
    // "Partner Lene Brink fra Brink & Holt Rekruttering er sekretær for udvalget": who serves the committee, no member
    if (next.kind === "paragraph" && SERVES_THE_COMMITTEE.test(text)) break;
    // "Mette Ravnkilde        Borgmester (formand)": a table's row made with spaces, read as a row
    const spaced = next.kind === "paragraph" && rows === null && LAYOUT_GAP.test(text) ? text.replace(LAYOUT_GAPS, " | ") : null;
    // an item is one member (its commas belong to the role); a paragraph may hold several
    const members = spaced
      ? [memberIn(spaced)].filter((m) => m !== null)
      : next.kind === "item" || next.kind === "row"
        ? (membersUnderOneRole(text) ?? [memberIn(text)].filter((m) => m !== null))
        : rows
          ? rowsBeforeProse(rows).map(memberIn).filter((m) => m !== null)
          : membersOfLines(text);
    if (!members.length) {
      if (next.kind === "item" || next.kind === "row") continue;
      // "Thomas Nyborg Vinding Lægefaglig direktør, Regionshospital" / "Nordjylland": a two-column table's role cell
      // wrapped onto a line of its own, the last member's
      // (no heading, label or date: "Tidsplan", "Ansøgningsfrist 1. maj 2027" end the list; nor a line of two cells)
      const wrapped = rows === null && words(text, 5) <= 4 && !/[.!?:]$|\d/u.test(text.trim()) && !LAYOUT_GAP.test(text) && !KNOWN_HEADINGS.has(vocabularyKey(text));
      if (last && lastUnit === units[j - 1] && wrapped && !/[.)]$/u.test(lastUnit.text.trim())) {
        last.member.role = last.member.role ? `${last.member.role} ${text.trim()}` : text.trim();
        lastUnit = next;
        continue;
      }
      break;
    }
    for (const m of members) found.push({ member: m, text: next.text, unit: next });
    lastUnit = next;
    listKind ??= next.kind;
    if (served) break;
  }
  return found;
}
