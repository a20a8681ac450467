/**
 * The post a document hires for, as its title: "Direktør for Børn og Unge",
 * not the headline "Holbæk Kommune søger direktør for Børn og Unge".
 *
 * Candidates come from the head of the document (its first short lines) and
 * from the sentences that name the post; each gets a score for where and how
 * it was found, and posts named more than once gain. The rules of the cut:
 *
 * | written                                   | title                          |
 * | ----------------------------------------- | ------------------------------ |
 * | Job- og personprofil for direktør for X    | Direktør for X                 |
 * | X Kommune søger (en ny) direktør for Y     | Direktør for Y                 |
 * | Bliv økonomichef og styr …                | Økonomichef                    |
 * | Vi søger en ny afdelingsleder til …       | Afdelingsleder                 |
 * | Skoleleder søges til Y                    | Skoleleder                     |
 * | Y til X, Y hos X, Y i <organisation>      | Y (X a place: an organisation, a unit, "vores team") |
 * | Y at the X, Y at X (English)              | Y                              |
 * | Y til <remit> (lower case)                | kept whole: "Specialkonsulent til analyser af elmarkedet" |
 * | Y – Z-afdelingen, Y · Z, Y | Z            | Y (the part after the dash names the unit, not the post) |
 * | Y (37 timer), Ny Y                        | Y                              |
 * | … til stillingen som skoleleder …         | Skoleleder                     |
 * | Y for X, Y med ansvar for X               | kept whole: the remit is part of the post |
 * | leder af Administrativt Center            | kept whole: the unit it heads, by its name |
 * | Y med lyst til …, Y med mod på …          | Y (praise of the person, not the post) |
 *
 * Never a title: a question or a sentence, a clause without its verb
 * ("Derfor en nysgerrig leder"), a file name, a date, a section heading, a
 * banner ("Opslaget er lukket"), navigation ("Forside › Job").
 */
import { cutAt, sliceWhole, trimTrailing } from "../normalise/words.js";
import { vocabularyKey, STRONG_HEADING_KEYS, DOCUMENT_TYPE_PHRASES } from "../vocabulary/headings.js";
import { BARE_POSTS, FORM_TITLE_LABELS, TITLE_DESCRIPTORS, HEADLINE_CALLS, HEADLINE_PASSIVE, isPositionNoun, NOT_A_POST_AFTER, PLACE_AFTER_TIL, RECRUITMENT_LEADS, POST_GREETING, TERM_LEADS, TITLE_LABELS, TITLE_PRAISE, TOOK_ANOTHER_POST_BEFORE, TITLE_MODIFIERS, ZEAL_AFTER_MED } from "../vocabulary/positions.js";
import { MONTH_WORDS } from "../vocabulary/months.js";
import { withoutTrailingPictographs } from "../vocabulary/marks.js";
import { ENGLISH_TITLE_JOINERS } from "../vocabulary/languages.js";
import { CONTACT_DETAIL_LABEL, holdsContactDetail } from "../vocabulary/contact-details.js";
import { FORWARD_MARK, MAIL_CLOSING, NETWORK_AUTHOR_MARKS, TRAILING_PAGE_MARK } from "../vocabulary/furniture.js";
import { execAll } from "./facts/regex.js";
import { DEFINITE_SERVICE_WORDS, GENERIC_UNIT_WORDS, UNIT_WORDS } from "../vocabulary/employers.js";
import { findNames } from "./facts/people.js";

const KNOWN_HEADINGS = STRONG_HEADING_KEYS;
const MODIFIERS: ReadonlySet<string> = new Set(TITLE_MODIFIERS);
const TITLE_LABEL = new RegExp(`^(?:${TITLE_LABELS.join("|")})\\s*[:–—-]\\s*`, "iu");
/**
 * The line without its label: "Stillingsbetegnelse: Teamleder", and a form's "Stilling    Afdelingsleder" whose gap the
 * head's lines closed to a space (the post after it capitalised, as a form's value is).
 */
function withoutLabel(line: string): string {
  const cut = line.replace(TITLE_LABEL, "");
  if (cut !== line) return cut;
  const lower = line.toLowerCase();
  const label = [...FORM_TITLE_LABELS, ...TITLE_LABELS].find((l) => lower.startsWith(`${l} `));
  if (!label) return line;
  const rest = line.slice(label.length + 1);
  // (the value a post, perhaps after its modifier, "Pædagogisk leder": "Stilling Som Leder" is no label's)
  const [first = "", second = ""] = rest.split(" ").map(wordOf);
  return isPositionNoun(first) || (MODIFIERS.has(first.toLowerCase()) && isPositionNoun(second)) ? rest : line;
}
/** "Erfaren specialkonsulent", "Erfaren, engageret og nysgerrig afdelingsleder": praise before the post, up to four words. */
const PRAISE_LEAD = new RegExp(`^(?:${TITLE_PRAISE.join("|")})(?:,?\\s+(?:og\\s+)?(?:${TITLE_PRAISE.join("|")})){0,3}\\s+(?=\\p{L})`, "iu");
/** "Barselsvikariat som dagtilbudsleder", "Midlertidig stilling som teamleder": the terms before the post. */
const TERM_LEAD = new RegExp(`^(?:${TERM_LEADS.join("|")})\\s+som\\s+`, "iu");
/** "Rekruttering af vicedirektør …", "Recruitment of a Head of …": the lead before the post. */
const RECRUITMENT_LEAD = new RegExp(`^(?:${RECRUITMENT_LEADS.join("|")})\\s+(?:af|of)\\s+(?:(?:en|et|ny|nyt|a|an|the|new)\\s+)*`, "iu");
/**
 * English's "at" before the place: "… at the Department of …", or after a title's capitalised word ("Head of Finance at
 * Gudenå Forsyning"); Danish "at" follows "for", "til", "med" in lower case ("med ansvar for at Region Midtjylland …").
 */
const ENGLISH_AT = /\sat\s(?=the\s|\p{Lu})/gu;
/** "… af Myndighed, Handicap og Psykiatri": a unit's name of capitalised words listed, after the "af" of what the post heads. */
const UNIT_NAMED_AS_LIST = /\saf\s\p{Lu}[\p{L}-]*(?:,\s\p{Lu}[\p{L}-]*)+\s(?:og|&)\s\p{Lu}[\p{L}-]*$/u;
/** "Chief Physician for the Department of Neurology": the unit a post is for, after "for the". */
const ENGLISH_FOR_UNIT = /\sfor\s+the\s+(?:Department|Section|Unit|Clinic|Division|Faculty|Institute|Centre|Center)\b/u;
function beforeEnglishAt(title: string): string {
  const unit = ENGLISH_FOR_UNIT.exec(title);
  if (unit) title = title.slice(0, unit.index);
  for (const m of title.matchAll(ENGLISH_AT)) {
    const before = title.slice(0, m.index).split(" ").at(-1) ?? "";
    if (title.startsWith("the ", m.index + m[0].length) || /^\p{Lu}\p{Ll}+$/u.test(before)) return title.slice(0, m.index);
  }
  return title;
}
/** "DAGLIG LEDER SØGES TIL KULTURSTATIONEN – ER DET DIG?": a headline's question after its dash, a hook, not the post. */
const TEASER_AFTER_DASH = /\s[–—-]\s(?:[^\s?]+\s){0,11}[^\s?]+\?$/u;
/** "Y søges", "X søger Y": where a title line's post ends. */
const SEEKS_IN_TITLE = new RegExp(String.raw`\s(?:${[...HEADLINE_PASSIVE, "søger"].join("|")})(?!\p{L})`, "iu");
/** A title line's own words before the dash a teaser's call follows: "Teamleder til Privat – ". */
const TITLE_BEFORE_DASH = /^(.{3,60}?)\s[–—-]\s$/u;
/** Headlines: "X søger Y", "Bliv Y og …", "Vi søger Y", "Vil du være vores nye Y?"; the post follows the call. */
const HEADLINE = new RegExp(String.raw`^(.{0,60}?\s)?(${HEADLINE_CALLS.join("|")})\s`, "iu");
const CALLS_FOR_POST = new RegExp(String.raw`(?<!\p{L})(?:${HEADLINE_CALLS.join("|")})(?!\p{L})`, "iu");
/** A headline without its hook; a question that names the post ("Tarup Skole – vil du være vores nye skoleleder?") stays. */
export function withoutHook(line: string): string {
  line = withoutTrailingPictographs(line);
  const hook = TEASER_AFTER_DASH.exec(line);
  if (!hook || CALLS_FOR_POST.test(hook[0]) || hook[0].split(/\s+/u).some((w) => isPositionNoun(wordOf(w).toLowerCase()))) return line;
  return line.slice(0, hook.index);
}
/** "… med lyst til at sætte sit eget præg": the headline's praise after the post. */
const ZEAL = new RegExp(`\\s+med\\s+(?:${ZEAL_AFTER_MED.join("|")})(?![\\p{L}]).*$`, "iu");

/** Words that open a clause or a noun phrase, never a title line: "Derfor en …", "Som leder …". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "en", "et", "den", "det", "de", "derfor", "og", "men", "som", "at", "der", "hvor", "så", "vi", "du", "jeg", "har",
  "er", "kan", "vil", "skal", "hvis", "når", "om", "til", "med", "fra", "for", "i", "på", "hos", "ved", "efter",
  "her", "nu", "dit", "din", "dine", "vores", "vi", "sådan", "hvad", "hvem", "hvorfor", "læs", "se", "klik", "del",
]);
/** Words a post name does not end on. */
const CLAUSE_CLOSERS: ReadonlySet<string> = new Set([
  "at", "af", "for", "til", "med", "om", "og", "i", "på", "som", "der", "er", "en", "et", "den", "det", "eller",
  "samt", "fra", "ved", "hvor", "har", "vil", "skal", "kan",
]);
/** Words before the post in a sentence that the title leaves out: "søger hermed en ny …". */
const SKIPPED_BEFORE_POST: ReadonlySet<string> = new Set([
  "en", "et", "ny", "nyt", "nye", "hermed", "derfor", "nu", "vores", "din", "dig", "som", "den", "det", "endnu",
  "to", "tre", "fast", "faste", "barselsvikar", "vikar",
]);
/** After the post, these end it in a sentence: "direktør til …", "leder, der …". */
const PHRASE_STOPS: ReadonlySet<string> = new Set([
  "til", "som", "der", "hvor", "hos", "i", "ved", "på", "fra", "så", "at", "og", "eller", "med", "inden", "under",
  "efter", "mellem", "blandt", "gennem", "pr", "per", "fra", "senest", "snarest", "hurtigst", "du", "vi",
  // "stillingen som institutleder for Institut for Kemi ledig til besættelse"
  "ledig", "vakant",
]);

const MONTHS = [...MONTH_WORDS].join("|");
const DATE_LINE = new RegExp(`^(?:[a-zæøå]+dag\\s+)?(?:den\\s+)?(?:\\d{1,2}\\.\\s*)?(?:${MONTHS})\\.?\\s+\\d{4}$|^\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}$|^\\d{4}$`, "iu");
const TRAILING_DATE = new RegExp(`(?<!\\s)\\s*\\b(?:\\d{1,2}\\.\\s*)?(?:${MONTHS})\\.?\\s+\\d{4}\\s*$`, "i");
const FILE_NAME = /\.(?:pdf|docx?|txt|html?|odt|rtf)$|^[\p{L}\d-]+_[\p{L}\d_.-]+$/iu;
const BANNER = /\b(?:opslaget|stillingen|annoncen|jobbet)\s+er\s+(?:lukket|udløbet|besat|ikke længere aktiv)|\bansøgningsfristen er (?:udløbet|overskredet)|^genopslag$|^udløbet$/i;
const NAVIGATION = /\s[›»]\s|\s[/>]\s.*\s[/>]\s|^(?:gå til|spring til|skip to|forside|menu|søg|del|udskriv|print|log ind|tilbage|cookie|vi bruger cookies|accepter|afvis|billede|foto)\b/i;
/** A job board's fact label: "Arbejdssted", "Ansøgningsfrist: …". */
const FACT_LABEL = /^(?:arbejdssted|ansøgningsfrist|stillingstype|arbejdstid|tiltrædelse|ansættelsesform|kontaktperson|sted|område|afdeling|lokation|jobtype|frist|opslået|indrykket|deadline|løn|timer)\b/i;

/** A key figure's label before its figure: "Medarbejdere: ca. 4.100", "Budget: 3,9 mia. kr.". */
const FIGURE_LABEL = /^(?:antal\s)?(?:medarbejdere|ansatte|indbyggere|borgere|budget|driftsbudget|omsætning|elever|studerende|beboere|årsværk|ledere)\s?:\s*(?:ca\.\s*|cirka\s*|over\s*|knap\s*)?\d/iu;

const wordOf = (token: string) => trimTrailing(token.replace(/^[("“”'‘’«»]+/u, ""), `)"“”'‘’«».,;:!?`);
const endsClause = (token: string) => /[.,;:!?)]["”’]?$/u.test(token);
const isPost = (word: string, next: string | undefined) =>
  isPositionNoun(word) &&
  !(next !== undefined && NOT_A_POST_AFTER.has(wordOf(next).toLowerCase())) &&
  // "specialeansvarlig overlæge": a modifier that could be a post of its own, before the post's noun
  !(next !== undefined && MODIFIERS.has(word.toLowerCase()) && isPositionNoun(wordOf(next).toLowerCase()));
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface TitleCandidate {
  title: string;
  score: number;
  /** The post noun in lower case, for agreement between candidates. */
  noun: string;
  source: string;
}

/**
 * The post named in a run of words from `from` on: praise and articles
 * before it are skipped, modifiers that belong to it kept, a remit ("for …",
 * "med ansvar for …") kept up to the end of the clause.
 */
export function postPhrase(tokens: string[], from = 0, lookahead = 7): { title: string; noun: string } | null {
  let n = -1;
  for (let i = from; i < tokens.length && i < from + lookahead; i++) {
    const w = wordOf(tokens[i]);
    if (isPost(w, tokens[i + 1])) {
      n = i;
      break;
    }
    if (endsClause(tokens[i])) return null;
    // Only articles, praise and modifiers stand between the cue and the post (in a headline in capitals, "VI SØGER EN NY
    // LEDER", a capital says nothing)
    if (/^[A-ZÆØÅ]/u.test(w) && i > from && !MODIFIERS.has(w.toLowerCase()) && !(w === w.toUpperCase() && SKIPPED_BEFORE_POST.has(w.toLowerCase()))) return null;
  }
  if (n < 0) return null;
  let start = n;
  while (start > from) {
    const prev = wordOf(tokens[start - 1]);
    const lower = prev.toLowerCase();
    if (MODIFIERS.has(lower) || (lower === "og" && start - 2 >= from && /-$/u.test(tokens[start - 2])) || /-$/u.test(prev)) start--;
    else break;
  }
  while (start < n && (SKIPPED_BEFORE_POST.has(wordOf(tokens[start]).toLowerCase()) || wordOf(tokens[start]).toLowerCase() === "og")) start++;
  // "en samlende og strategisk centerchef": a modifier that ends a list of praise is the praise's, not the post's
  if (start < n && start > from && wordOf(tokens[start - 1]).toLowerCase() === "og") start = n;
  const words = tokens.slice(start, n + 1).map(wordOf);
  if (!endsClause(tokens[n])) words.push(...remit(tokens, n + 1));
  const title = withoutCounted(words.join(" ").trim());
  return title ? { title: capitalise(title), noun: wordOf(tokens[n]).toLowerCase() } : null;
}

/** "forstander for 24 unge", "leder af 60 medarbejdere": those the post is for, counted, are no remit of its name. */
// (a cardinal only: "Leder til 10. klassecenter", "Lærer til 0. klasse" name their remit by an ordinal)
const withoutCounted = (title: string) => title.replace(/\s(?:for|af|til|med)\s+\d{1,3}(?:\.\d{3})*(?![.\d])\s.*$/u, "");

/** The units' words in the definite form ("skolen", "hjemmeplejen", "sekretariatet"), which a compound ends in. */
const DEFINITE_UNIT_WORDS = UNIT_WORDS.filter((w) => /(?:en|et)$/u.test(w) && w !== "området");
const GENERIC_UNITS: ReadonlySet<string> = new Set(GENERIC_UNIT_WORDS);
/**
 * A unit in the definite form, one word: "ungdomsskolen", "hjemmeplejen", "myndighedsafdelingen", or a service a
 * compound names ("socialpsykiatrien", "tandplejen", not "tjenesten" alone); not one named by its kind alone
 * ("afdelingen", "teamet"), nor "ansvarsområdet".
 */
const isDefiniteUnit = (word: string): boolean =>
  /^\p{Ll}+$/u.test(word) && !GENERIC_UNITS.has(word) && (DEFINITE_UNIT_WORDS.some((u) => word.endsWith(u)) || DEFINITE_SERVICE_WORDS.some((u) => word.endsWith(u) && word !== u));

/** "for Børn og Unge", "med ansvar for økonomi": the remit after a post, up to the end of its clause. */
function remit(tokens: string[], at: number): string[] {
  let i = at;
  const lead: string[] = [];
  if (wordOf(tokens[i] ?? "") === "med" && wordOf(tokens[i + 1] ?? "") === "ansvar" && wordOf(tokens[i + 2] ?? "") === "for") {
    lead.push("med", "ansvar", "for");
    i += 3;
  } else if (wordOf(tokens[i] ?? "") === "for") {
    lead.push("for");
    i += 1;
  } else if (wordOf(tokens[i] ?? "") === "af" && /^[A-ZÆØÅ]/u.test(tokens[i + 1] ?? "")) {
    // "leder af Administrativt Center": a named unit the post heads
    lead.push("af");
    i += 1;
  } else if (wordOf(tokens[i] ?? "") === "af" && isDefiniteUnit(wordOf(tokens[i + 1] ?? ""))) {
    // "Som leder af ungdomsskolen får du …": the unit in the definite form, its one word (not "leder af forandringen")
    return ["af", wordOf(tokens[i + 1])];
  } else return [];
  const out: string[] = [];
  for (; i < tokens.length && out.length < 7; i++) {
    const w = wordOf(tokens[i]);
    const lower = w.toLowerCase();
    if (!w) break;
    // "og" joins two parts of the remit ("Børn og Unge"), not a new clause ("og du får …").
    if (lower === "og" && out.length > 0) {
      const next = wordOf(tokens[i + 1] ?? "").toLowerCase();
      if (!next || PHRASE_STOPS.has(next) || CLAUSE_OPENERS.has(next)) break;
      out.push(w);
      continue;
    }
    // "leder af Center for Økonomi": a unit named "X for Y" is one name
    // (not "leder af Jobcenter for Vejle Kommune": the body the unit belongs to)
    const inName =
      lower === "for" &&
      out.length > 0 &&
      /^\p{Lu}/u.test(out[out.length - 1]) &&
      /^\p{Lu}/u.test(tokens[i + 1] ?? "") &&
      !/[,.;:]$/u.test(tokens[i - 1] ?? "") &&
      !tokens.slice(i + 1, i + 4).some((w) => /^(?:Kommunes?|Regions?|Region\p{L}+|Kommunernes)[,.]?$/u.test(w));
    if (!inName && (PHRASE_STOPS.has(lower) || (CLAUSE_OPENERS.has(lower) && out.length > 0 && lower !== "de"))) break;
    out.push(w);
    // A comma goes on only into a list of named areas: "for Klima, Teknik og Erhverv".
    // After "med ansvar for" a list of tasks in lower case as well: "drift, økonomi og planlægning".
    const named = /^[A-ZÆØÅ]/u.test(w) && /^[A-ZÆØÅ]/u.test(tokens[i + 1] ?? "");
    const tasks = lead[0] === "med" && /^\p{Ll}/u.test(tokens[i + 1] ?? "") && (/,$/u.test(tokens[i + 1] ?? "") || wordOf(tokens[i + 2] ?? "").toLowerCase() === "og");
    const listGoesOn = /,$/u.test(tokens[i]) && (named || tasks);
    if (listGoesOn) out[out.length - 1] = `${w},`;
    else if (endsClause(tokens[i])) break;
  }
  while (out.length && CLAUSE_CLOSERS.has(out[out.length - 1].toLowerCase())) out.pop();
  return out.length ? [...lead, ...out] : [];
}

/** A contact's title under the contact's name is a few words ("Oversygeplejerske", "Chef for HR"); a post's line is often longer. */
const CONTACT_TITLE_WORDS = 3;
const tokensOf = (line: string) => line.trim().split(/\s+/u).length;
/** The line under a contact's title: the contact's phone or address ("Tlf.: 97 66 31 84", "hesj@rn.dk"). */
const isContactDetailLine = (line: string) => CONTACT_DETAIL_LABEL.test(line) || holdsContactDetail(line);

/** A line that is a person's name and nothing else. */
function isNameLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 40) return false;
  const names = findNames(t);
  return names.length === 1 && names[0].start === 0 && names[0].end === t.length;
}

/** A line that ends in a person's name after some words of its own: "Dagtilbudsleder Charlotte Friis Madsen". */
function endsInName(line: string): boolean {
  const t = line.trim();
  return findNames(t).some((n) => n.start > 0 && n.end === t.length);
}

/** Why a line of the head cannot be a title, or null when it may be one. */
export function notATitle(line: string): string | null {
  const t = line.trim();
  if (!t) return "empty";
  if (FILE_NAME.test(t)) return "file name";
  if (DATE_LINE.test(t) || TRAILING_DATE.test(t) && t.replace(TRAILING_DATE, "").trim().split(/\s+/u).length <= 1) return "date";
  if (BANNER.test(t)) return "banner";
  if (NAVIGATION.test(t)) return "navigation";
  // and any label before a figure: "Medarbejdere: ca. 4.100", "Budget: 3,9 mia. kr." in a cover's box of key figures
  if (FACT_LABEL.test(t) || FIGURE_LABEL.test(t)) return "fact label";
  if (KNOWN_HEADINGS.has(vocabularyKey(t))) return "section heading";
  if (/\?\s*$/u.test(t)) return "question";
  const tokens = t.split(/\s+/u);
  // an English title's small words ("Head of Section in … at the Department of the Built Environment") make no sentence
  if (tokens.filter((w) => !ENGLISH_TITLE_JOINERS.has(w)).length > 12) return "sentence";
  if (/[.!]$/u.test(t) && tokens.length > 3) return "sentence";
  if (/^[a-zæøå]/u.test(t)) return "fragment";
  const first = wordOf(tokens[0]).toLowerCase();
  const last = wordOf(tokens[tokens.length - 1]).toLowerCase();
  if (CLAUSE_OPENERS.has(first)) return "fragment";
  if (CLAUSE_CLOSERS.has(last) && tokens.length > 1) return "fragment";
  if (/\b(?:du|dig|vi|os|jeg)\b/i.test(t)) return "sentence";
  return null;
}

/**
 * A short line that names a post, cut to the post: "Museumsinspektør til
 * Nyere Tid" → "Museumsinspektør". `organisations` are names whose "i X"
 * tail is cut too. Null when the line does not begin with a post.
 */
export function titleFromLine(line: string, organisations: string[] = []): { title: string; noun: string; loose: boolean } | null {
  // (a footnote's mark is no part of the post: "Afdelingsleder til indskolingen¹")
  let t = line.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu, "").replace(/\s+/gu, " ").trim().replace(/^[·•–—:\-]\s*/u, "");
  const capitals = t === t.toUpperCase() && /[A-ZÆØÅ]{3}/u.test(t);
  if (capitals) t = t.toLowerCase();
  // "(32-37 timer)", "(barselsvikariat)": terms of the post, not its name.
  t = t.replace(/(?<!\s)\s*\([^()]*\)/gu, "").replace(TRAILING_DATE, "").replace(TRAILING_PAGE_MARK, "").trimEnd();
  t = withoutLabel(t).replace(TERM_LEAD, "").replace(RECRUITMENT_LEAD, "").replace(/^(?:ny|nyt|nye)\s+/iu, "").replace(PRAISE_LEAD, "");
  const tokens = t.split(" ");
  // The post opens the line, after at most one modifier we do not know ("Tværgående projektleder").
  let n = -1;
  for (let i = 0; i < Math.min(tokens.length, 4); i++) {
    if (isPost(wordOf(tokens[i]), tokens[i + 1])) {
      n = i;
      break;
    }
  }
  if (n < 0) return null;
  // "Rekruttering: Teamleder, Kundeservice": a label before a colon says what the line is, not the post
  let label = n - 1;
  while (label >= 0 && !tokens[label].endsWith(":")) label--;
  if (label >= 0) {
    tokens.splice(0, label + 1);
    n -= label + 1;
    t = tokens.join(" ");
  }
  const before = tokens.slice(0, n).map((w) => wordOf(w).toLowerCase());
  const unknown = before.filter((w, i) => !MODIFIERS.has(w) && !(w === "og" && /-$/u.test(tokens[i - 1] ?? "")) && !/-$/u.test(w));
  if (unknown.length > 1) return null;
  let out = t;
  // The unit after a dash, a bar or a middle dot: "Teamleder – Mobilitetsafdelingen" → "Teamleder".
  // "Y – Z-afdelingen", "Y søges", "Y til X": the post is what comes before
  out = cutAt(out, /\s[–—|·•-]\s/u).trimEnd();
  out = cutAt(out, SEEKS_IN_TITLE).trimEnd();
  out = cutAt(out, /\shos\s/iu).trimEnd();
  // an English title's "Head of Department at the Department of …", "Head of Finance at Gudenå Forsyning"
  out = beforeEnglishAt(out).trimEnd();
  out = out.replace(ZEAL, "");
  out = withoutCounted(out);
  out = cutAtPlace(out, capitals, organisations);
  // "Dagtilbudsleder i Dagtilbud Holsted": a place of two or more capitalised words after "i" is where, not what; after
  // a remit it is the remit's ("Oversygeplejerske til afdelingsledelsen i Medicinsk Afdeling")
  if (!capitals && !/\s(?:til|for|med)\s/iu.test(out)) out = out.replace(/\si\s+[A-ZÆØÅ][\p{L}-]*(?:\s+(?:og\s+)?[A-ZÆØÅ][\p{L}-]*)+$/u, "");
  // "Afdelingsleder til indskolingen på Kildebjergskolen": the house where, a school's or a home's one-word name
  out = out.replace(/\s(?:på|ved)\s+\p{Lu}[\p{L}-]*(?:skolen|skole|gymnasiet|hospitalet|sygehuset|museet|centret|centeret|huset|hjemmet)$/u, "");
  for (const org of organisations) {
    const re = new RegExp(`\\s+(?:i|ved|på)\\s+${escapeRe(org)}s?\\b.*$`, "i");
    out = out.replace(re, "");
    // a cover's post and its employer, the line a box wrapped ("Direktør for Koncern IT" / "Region Hovedstaden"); a remit
    // ("Direktør for Region Hovedstadens IT") keeps it
    const trailing = new RegExp(`(?<!\\b(?:for|til|af|i|ved|på|med))\\s+${escapeRe(org)}$`, "i");
    out = out.replace(trailing, "");
  }
  // ("Overlæge, ledende": a modifier after the post, as a hospital's lists name posts, is the post's)
  // (in lower case, ending its part: "Overlæge, Medicinsk Afdeling" names a unit)
  const after = /^([^,]*),\s(\p{Ll}+)(?=$|,|\s[–—-])/u.exec(out);
  const modifierAfter = after && MODIFIERS.has(after[2]) ? `${after[1]}, ${after[2]}` : null;
  // ("Leder af Myndighed, Handicap og Psykiatri": the unit it heads, by its name, a list of capitalised words)
  // (a remit before the comma goes on past it, "Chef for Plan, Byg og Miljø"; a house's "for" after it is its name's,
  // "Direktør, Lyngholm Fonden for Sundhedsinnovation")
  if (!/(?<!\p{L})(?:for|med ansvar)(?!\p{L})/iu.test(out.split(",")[0]) && !UNIT_NAMED_AS_LIST.test(out)) out = modifierAfter ?? out.replace(/,\s.*$/u, "");
  out = trimTrailing(out, ".,;:").trim();
  if (out.split(" ").length > 10 || out.length < 3) return null;
  return { title: capitalise(out), noun: wordOf(tokens[n]).toLowerCase(), loose: unknown.length === 1 };
}

/**
 * "Y til X" is cut to "Y" where X is a place: an organisation, a unit, "vores
 * team". A remit stays ("Specialkonsulent til analyser af elmarkedet"), as does the place of a bare "Leder". A line
 * in capitals tells no names by case: only a known organisation is cut there.
 */
function cutAtPlace(line: string, capitals: boolean, organisations: string[]): string {
  const m = /\stil\s+(\S+)/iu.exec(line);
  if (!m) return line;
  const rest = line.slice(m.index).replace(/^\s+til\s+/iu, "").toLowerCase();
  // ("Leder til Ungecenter Skive": a unit by its name; not "Leder til Vores Dagtilbud" nor the employer, "Leder til
  // Hedensted Kommune", which the record names apart)
  const next = wordOf(m[1]);
  if (BARE_POSTS.has(line.slice(0, m.index).trim().toLowerCase()) && !capitals && /^\p{Lu}/u.test(next) && !PLACE_AFTER_TIL.has(next.toLowerCase()) && !organisations.some((o) => rest.startsWith(o.toLowerCase())))
    return line;
  const place = capitals
    ? organisations.some((o) => rest.startsWith(o.toLowerCase())) || PLACE_AFTER_TIL.has(next.toLowerCase())
    : /^[A-ZÆØÅ]/u.test(next) || PLACE_AFTER_TIL.has(next.toLowerCase());
  return place ? line.slice(0, m.index).trimEnd() : line;
}

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** Cover lines wrap; a line ending on "og", a comma or a hyphen goes on, as does one the next line continues in lower case. */
function joinWrapped(lines: string[], from: number): string {
  let out = lines[from] ?? "";
  // "Direktør for" / "Regional" / "Udvikling": an area's name set a word a line goes on after "for" or "og"
  let named = false;
  for (let i = from + 1; i < lines.length && i < from + 4; i++) {
    const next = lines[i];
    // ("SKOLELEDER TIL" over "BAKKESKOLEN": a headline in capitals wraps after its preposition too)
    const connected = /(-|,|\bog|\bfor|\bmed|\bi|\bsamt|(?<![\p{L}])(?:TIL|FOR|OG|AF|VED|MED))$/u.test(out);
    const goesOn = connected || /^[a-zæøå]/u.test(next) || (named && /^[A-ZÆØÅ][\p{Ll}-]+$/u.test(next));
    named = connected && /\b(?:for|og)$/u.test(out);
    if (!goesOn || TRAILING_DATE.test(next) || /^\d{1,2}\.\s/u.test(next)) break;
    out = /[a-zæøå]-$/u.test(out) && /^[a-zæøå]/u.test(next) ? out.slice(0, -1) + next : `${out} ${next}`;
  }
  return out;
}

/**
 * Sentence cues that name the post, as one pattern (one scan of the text,
 * not one a cue), each alternative with the score its candidate gets and the
 * words the post may stand behind. Latin letter classes and no `u` flag:
 * under `iu` V8 checks `\\b` about ten times slower.
 */
const SENTENCE_CUES: [string, number, string][] = [
  [String.raw`stilling(?:en)?\s+som`, 8, "stillingen som"],
  [String.raw`ansættelse\s+af`, 6, "ansættelse af"],
  [String.raw`vil du være(?:\s+(?:vores|den|ny|nye))*`, 6, "bliv"],
  [String.raw`bliv(?:\s+(?:vores|den|ny|nye))*`, 6, "bliv"],
  [String.raw`leder\s+(?:nu\s+)?efter`, 6, "søger"],
  [String.raw`søger(?:\s+(?:hermed|derfor|nu|pr\.\s+\d+\.\s+\S+))?`, 6, "søger"],
  [String.raw`skal\s+have\s+(?:en\s+|et\s+)?(?:ny|nyt)`, 5, "skal have ny"],
  [String.raw`(?<=(?:^|[.!?]\s|\n))som(?:\s+ny)?`, 3, "som"],
];
/**
 * A professional network's mark after an author's name: how near the author is ("• 1.", "· 2.", "• 3.+", "• 2nd"), or
 * the author's role on the page ("(Forfatter)", "• Author"), above the author's own headline.
 */
const NETWORK_DEGREE = new RegExp(String.raw`\s[·•]\s*(?:[123]\.\+?|1st|2nd|3rd\+?)$|\s(?:\(|[·•]\s*)(?:${NETWORK_AUTHOR_MARKS.join("|")})\)?$`, "u");
/** A letter's signature under its closing: a name, a title, a house, a number. */
const SIGNATURE_LINES = 4;
/** A greeting's post is the letter's word for it: below a title line (9) and a headline (10), as a loose title line. */
const GREETING_SCORE = 6;
/** Where a sentence's "stilling som" is someone else's. */
const ANOTHER_POST = new RegExp(String.raw`(?<![\p{L}])${TOOK_ANOTHER_POST_BEFORE}\s+som\s+$`, "iu");
const CUE = new RegExp(`(?<![a-zæøåA-ZÆØÅ])(?:${SENTENCE_CUES.map(([re]) => `(${re})`).join("|")})\\s+`, "gi");

/**
 * Every candidate title with its score. `head` is the document's first
 * lines, `sentences` its running text in order (only the first part is
 * read), `organisations` the names that may trail a title ("… i Billund Kommune").
 */
export function titleCandidates(head: string[], sentences: string[], organisations: string[]): TitleCandidate[] {
  const out: TitleCandidate[] = [];
  const add = (title: string, noun: string, score: number, source: string) => {
    if (!TITLE_DESCRIPTORS.has(noun.toLowerCase())) out.push({ title, noun, score, source });
  };
  let afterDocType = false;
  // How far down the cover a line stands, counting only lines that say something (not menus, dates, fact labels).
  let i = -1;
  // the lines under a letter's "Med venlig hilsen": the signer's name and title, not the post
  let signer = 0;
  for (let at = 0; at < head.length; at++) {
    const line = withoutHook(head[at].trim());
    if (MAIL_CLOSING.test(line)) {
      signer = SIGNATURE_LINES;
      continue;
    }
    // (a line in capitals is the post's headline again, no signer's: "SKOLELEDER TIL HJORTEBRO FRISKOLE")
    if (signer > 0 && !FORWARD_MARK.test(line) && !(line === line.toUpperCase() && /\p{Lu}{3}/u.test(line))) {
      signer--;
      continue;
    }
    signer = 0;
    // "Anders Bæk Rasmussen • 1." over "CEO hos Nordvind Energi A/S | Grøn omstilling": a network's author and the
    // headline of the author's own post, not the one the text hires for
    if (at > 0 && NETWORK_DEGREE.test(head[at - 1].trim())) continue;
    // "Kære kommende skoleleder": a letter to the one it hires names the post
    const greeting = POST_GREETING.exec(line);
    if (greeting) {
      const t = titleFromLine(capitalise(greeting[1]), organisations) ?? postPhrase(greeting[1].split(/\s+/u), 0, 3);
      if (t) add(t.title, t.noun, GREETING_SCORE, "greeting");
      continue;
    }
    const why = notATitle(line);
    if (why !== "navigation" && why !== "banner" && why !== "fact label" && why !== "date" && why !== "file name") i++;
    const joined = joinWrapped(head, at);
    // "Job- og personprofil for direktør med ansvar for …": the document names its post.
    const docType = joined.match(/(?:job|stillings)-?\s*og\s+(?:person|krav)profil(?:en)?\s*(?:for|til|[·•–—:-])\s*(?:(?:en|ny)\s+)*(\S.*)$/iu);
    if (docType) {
      const t = titleFromLine(docType[1], organisations) ?? postPhrase(docType[1].split(/\s+/u), 0, 4);
      if (t) add(t.title, t.noun, 12, "document type line");
      continue;
    }
    if (DOCUMENT_TYPE_PHRASES.some((re) => re.test(line))) {
      afterDocType = true;
      continue;
    }
    // A list item or a lead-in ("Vi søger en leder, der:") belongs to the body, not to the cover.
    if (/^[-•*]\s|:$/u.test(line)) continue;
    // "Helle Stampe Jensen" over "Oversygeplejerske" over "Tlf.: 97 66 31 84": a contact's title in the page's sidebar, not
    // the post ("Horsens Teater" over "Teaterchef" is)
    if (at > 0 && tokensOf(line) <= CONTACT_TITLE_WORDS && isNameLine(head[at - 1]) && isContactDetailLine(head[at + 1] ?? "")) continue;
    // "Dagtilbudsleder Charlotte Friis Madsen" over "Tlf. 20 36 58 14": a contact, her title before her name
    if (endsInName(line) && isContactDetailLine(head[at + 1] ?? "")) continue;
    // "Ungdomsskoleleder Bente Kjær Iversen (tlf. 21 48 90 35)": the same on one line, her number after her name
    if (holdsContactDetail(line) && findNames(line).length > 0) continue;
    const tokens = line.trim().split(/\s+/u);
    const nextLine = head[at + 1]?.trim() ?? "";
    const headline = line.match(HEADLINE);
    if (headline && tokens.length <= 16 && !BANNER.test(line) && !NAVIGATION.test(line)) {
      const at = headline[0].trim().split(/\s+/u).length;
      const t = postPhrase(tokens, at);
      // "X søger Y" names the post wherever the verb stands; "bliv Y" after a teaser's dash ("Vækst og ejerskifte –
      // bliv finansiel sparringspartner …") names what the post is like, less than the page's own title line
      const teaser = headline[1] !== undefined && headline[2].toLowerCase() !== "søger";
      // "Syddjurs Kommune søger en erfaren og nysgerrig leder, der kan samle vores IT-drift," over "digitaliseringsprojekter
      // og …": a paragraph's first line, wrapped, as a sentence's "søger" names the post (less than the title line above it)
      const wrapped = !/[.!?:]$/u.test(line.trim()) && /^\p{Ll}/u.test(nextLine);
      // "Bliv den økonomiske sparringspartner i …" under "Økonomichef til Boligselskabet Kildebo": a call to be "den" one
      // of a kind says what the post is like, less than the title line
      const describes = /^den\s(?!nye?\s)/iu.test(line.slice(headline[0].length));
      // "Teamleder til Privat – bliv vores nye people leader i Aars": the post's own name before the teaser's dash
      const before = teaser ? TITLE_BEFORE_DASH.exec(headline[1] ?? "")?.[1] : undefined;
      const own = before ? titleFromLine(before, organisations) : null;
      if (own) add(own.title, own.noun, 9 - i * 0.3, "title line");
      if (t) {
        add(t.title, t.noun, (wrapped ? 6 : teaser ? 7 : describes ? 8 : 10) - i * 0.3, "headline");
        continue;
      }
      if (own) continue;
    }
    // A title wrapped over two lines is read whole: "Chef for Stabs- og" + "Byrådssekretariatet".
    // A cover line that reads as a title may still go on: "Direktør for Forsyning" + "og Anlæg".
    const goesOn = /^(?:og|samt|for|med)\s/u.test(head[at + 1] ?? "");
    const whole = (notATitle(line) || goesOn) && !notATitle(joined) ? joined : line;
    if (notATitle(whole)) continue;
    const t = titleFromLine(afterDocType ? joined : whole, organisations);
    if (t) add(t.title, t.noun, (afterDocType ? 11 : t.loose ? 7 : 9) - i * 0.3, afterDocType ? "after document type" : "title line");
    afterDocType = false;
  }
  // A post the vocabulary lacks still has the shape of a title line: "Y til X", "Y – X".
  if (out.length === 0)
    for (const line of head.slice(0, 8)) {
      const m = line.match(/^([A-ZÆØÅ][\p{L}-]+(?: [a-zæøå][\p{L}-]+)?) (?:til|[–—]) \S/u);
      if (m && !notATitle(line)) {
        add(m[1], m[1].split(" ").pop()!.toLowerCase(), 2, "title shape");
        break;
      }
    }
  // The last crumb of a breadcrumb trail often is the post.
  for (const line of head) {
    const crumbs = line.split(/(?<!\s)\s+[›»>/]\s+/u);
    if (crumbs.length < 3) continue;
    const t = titleFromLine(crumbs[crumbs.length - 1], organisations);
    if (t) add(t.title, t.noun, 3, "breadcrumb");
  }
  // The post is named early: the first 6000 characters of running text are read.
  let text = "";
  for (const s of sentences) {
    if (text.length > 6000) break;
    text += `${s}\n`;
  }
  for (const m of execAll(CUE, text)) {
    const cue = m.slice(1).findIndex((g) => g !== undefined);
    const [, score, source] = SENTENCE_CUES[cue];
    // "… har fået en stilling som dagtilbudsleder": the predecessor's new post
    if (source === "stillingen som" && ANOTHER_POST.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
    const from = m.index + m[0].length;
    const line = text.indexOf("\n", from);
    const rest = sliceWhole(text, from, Math.min(from + 240, line < 0 ? text.length : line)).split(/\s+/u).slice(0, 16);
    const t = postPhrase(rest, 0, source === "søger" ? 7 : 3);
    if (t) add(t.title, t.noun, score, source);
  }
  return out;
}

/**
 * A title read from a line in capitals ("KIRKEGÅRDSLEDER TIL SANKT JØRGENS KIRKEGÅRD") comes out in lower case: each
 * word after the first takes the case the running text writes it in inside its sentences ("… til Sankt Jørgens
 * Kirkegård med …"), where it is capitalised more often than not.
 */
export function recased(title: string, text: string): string {
  const words = title.split(" ");
  if (words.length < 2) return title;
  const wanted = new Set(words.slice(1).map((w) => w.toLowerCase()));
  const upper = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const m of text.matchAll(INNER_WORD)) {
    const w = m[1];
    // "Svendborgs": the genitive writes the name as the name is written
    let key = w.toLowerCase();
    if (!wanted.has(key) && key.endsWith("s") && wanted.has(key.slice(0, -1))) key = key.slice(0, -1);
    if (!wanted.has(key)) continue;
    const counts = /^\p{Lu}\p{Ll}/u.test(w) ? upper : w === w.toLowerCase() ? lower : null;
    counts?.set(key, (counts.get(key) ?? 0) + 1);
  }
  // a name the text writes only where a sentence opens ("Bakkeskolen i Juelsminde er …"), and never in lower case
  const opensOnly = (w: string) => !upper.has(w) && !lower.has(w) && wholeWord(capitalise(w)).test(text) && !wholeWord(w).test(text);
  return words.map((w, i) => (i > 0 && w === w.toLowerCase() && ((upper.get(w) ?? 0) > (lower.get(w) ?? 0) || opensOnly(w)) ? capitalise(w) : w)).join(" ");
}
/** A word standing whole, not inside a longer one ("Økonomi" in "Økonomiafdelingen"). */
const wholeWord = (w: string): RegExp => new RegExp(`(?<![\\p{L}-])${escapeRe(w)}(?![\\p{L}-])`, "u");
/** A word inside a sentence: after a letter, a digit or a comma and a space, not after a sentence's end. */
const INNER_WORD = /(?<=[\p{L}\d,] )([\p{L}-]+)/gu;

/** The best candidate, with a point for each other source that names the same post (at most two). */
export function bestTitle(candidates: TitleCandidate[]): string | null {
  let best: TitleCandidate | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    // "Psykiatridirektør" on the cover and "… søger en direktør" below name one post, the first more precisely
    const agreeing = new Set(candidates.filter((o) => o !== c && (sameNoun(o.noun, c.noun) || narrows(c.noun, o.noun) || narrows(o.noun, c.noun))).map((o) => o.source));
    // (and "Leder af Borgerservice" on its line beside a headline's bare "… søger en leder til Borgerservice i Ebeltoft":
    // the post and the unit it heads, not a tagline's "Skoleleder i verdensklasse")
    // (or "Pædagogisk leder" on the page's title line beside a question's bare "Vil du være leder i et hus …?": the post
    // with its kind)
    const precise = candidates.some(
      (o) =>
        narrows(c.noun, o.noun) ||
        (sameNoun(o.noun, c.noun) && c.title.startsWith(`${o.title} `) && UNIT_AFTER_POST.test(c.title.slice(o.title.length))) ||
        (sameNoun(o.noun, c.noun) && c.title.length > o.title.length && c.title.toLowerCase().endsWith(` ${o.title.toLowerCase()}`)),
    )
      ? 1
      : 0;
    // the breadcrumb is the site's own word for what the page is: a line it agrees with beats a menu's line above
    const score = c.score + Math.min(agreeing.size, 2) + (agreeing.has("breadcrumb") ? 1 : 0) + precise;
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best?.title ?? null;
}

/** " af Borgerservice", " for Børn og Unge": the unit a post heads, named after it. */
const UNIT_AFTER_POST = /^ (?:af|for|til|ved) \p{Lu}/u;
const sameNoun = (a: string, b: string) => a.replace(/(?:en|e|er|ne)$/u, "") === b.replace(/(?:en|e|er|ne)$/u, "");
/** A compound that ends in the other noun names the same post more precisely: "psykiatridirektør", "direktør". */
const narrows = (compound: string, noun: string) => compound.length > noun.length + 2 && compound.endsWith(noun);

/** A headline (a page's own title, a JSON-LD title) cut to the post, or null when it names none. */
export function postFromHeadline(headline: string, organisations: string[] = []): string | null {
  const c = titleCandidates([headline], [], organisations);
  return bestTitle(c);
}
