import { LEGAL_FORM_ALTERNATIVES } from "./employers.js";

/**
 * Recruitment firms that run Danish public-sector leader searches: the name
 * to report, the spellings that name them, and their web domains.
 */
export interface Consultancy {
  name: string;
  /** Lower case, in every spelling the aliases match: a text without it is not searched with them. */
  hint: string;
  aliases: RegExp;
  domains: string[];
  /** Lower-case words beyond the hint that name the firm on their own ("klik"). */
  words?: string[];
}

// The case-insensitive aliases are ASCII and carry no `u` flag: V8 runs `\b` under `iu` about ten times slower.
export const CONSULTANCIES: Consultancy[] = [
  { name: "Genitor", hint: "genitor", aliases: /\bGenitors?\b/u, domains: ["genitor.dk"] },
  { name: "Lundgaard Konsulenterne", hint: "lundgaard", aliases: /\bLundgaard[- ]Konsulenterne\b/i, domains: ["lundgaard-konsulenterne.dk"] },
  { name: "KL's Konsulentvirksomhed", hint: "kl", aliases: /\bKL[’'`´]?s Konsulentvirksomhed\b|\bKLIK\b/u, domains: [], words: ["klik"] },
  { name: "Mercuri Urval", hint: "mercuri", aliases: /\bMercuri Urval\b/i, domains: ["mercuriurval.com", "mercuriurval.dk"] },
  { name: "Muusmann", hint: "muusmann", aliases: /\bMuusmann\b/u, domains: ["muusmann.dk", "muusmann.com"] },
  // (not "Hartmann & Bech Executive Search": a name joined to another is another firm's)
  { name: "Hartmanns", hint: "hartmann", aliases: /\bHartmanns\b|\bHartmann\b(?! & \p{Lu})/u, domains: ["hartmanns.dk"] },
  { name: "Odgers Berndtson", hint: "odgers", aliases: /\bOdgers Berndtson\b/i, domains: ["odgersberndtson.com"] },
  { name: "Amrop", hint: "amrop", aliases: /\bAmrop\b/u, domains: ["amrop.dk"] },
  { name: "Heidrick & Struggles", hint: "heidrick", aliases: /\bHeidrick (?:&|og) Struggles\b/i, domains: ["heidrick.com"] },
  { name: "Egon Zehnder", hint: "zehnder", aliases: /\bEgon Zehnder\b/i, domains: ["egonzehnder.com"] },
  { name: "Korn Ferry", hint: "korn ferry", aliases: /\bKorn Ferry\b/i, domains: ["kornferry.com"] },
  { name: "Stanton Chase", hint: "stanton", aliases: /\bStanton Chase\b/i, domains: ["stantonchase.com"] },
  { name: "Signium", hint: "signium", aliases: /\bSignium\b/u, domains: ["signium.dk"] },
  { name: "Capacent", hint: "capacent", aliases: /\bCapacent\b/u, domains: ["capacent.dk"] },
  { name: "Kompetencehuset", hint: "kompetencehuset", aliases: /\bKompetencehuset\b/u, domains: ["kompetencehuset.dk"] },
  { name: "Rambøll Management Consulting", hint: "rambøll", aliases: /\bRambøll Management\b/u, domains: ["ramboll.dk"] },
  { name: "Dansk Kommunikation", hint: "dansk kommunikation", aliases: /\bDansk Kommunikation\b/u, domains: [] },
  { name: "Kirstein", hint: "kirstein", aliases: /\bKirstein\b/u, domains: ["kirstein.dk"] },
  { name: "Boyden", hint: "boyden", aliases: /\bBoyden\b/u, domains: ["boyden.dk", "boyden.com"] },
  { name: "Spencer Stuart", hint: "spencer stuart", aliases: /\bSpencer Stuart\b/i, domains: ["spencerstuart.com"] },
  { name: "Russell Reynolds", hint: "russell reynolds", aliases: /\bRussell Reynolds\b/i, domains: ["russellreynolds.com"] },
  { name: "Hays", hint: "hays", aliases: /\bHays\b/u, domains: ["hays.dk"] },
  { name: "Michael Page", hint: "michael page", aliases: /\bMichael Page\b/i, domains: ["michaelpage.dk"] },
  { name: "Randstad", hint: "randstad", aliases: /\bRandstad\b/u, domains: ["randstad.dk"] },
  { name: "Adecco", hint: "adecco", aliases: /\bAdecco\b/u, domains: ["adecco.dk"] },
  { name: "Mploy", hint: "mploy", aliases: /\bMploy(?: A\/S)?\b/u, domains: ["mploy.dk"] },
  // A firm named by its address counts only where the name is written as a name, capitalised and outside an
  // address: "uploades via rekruttering.dk" and "shn@rekruttering.dk" name an application site and a mailbox
  { name: "Rekruttering.dk", hint: "rekruttering", aliases: /(?<![@/.\w-])Rekruttering\.dk\b/u, domains: [] },
];

/**
 * Phrases that put a firm in charge of the process: "med hjælp fra Genitor",
 * "partner i Genitor". Each is tried only on a text that holds one of its
 * words (lower case): most texts hold none, and a pattern that fails costs a
 * scan of the whole text.
 */
// A firm's name: up to four capitalised words, an ampersand between two of them ("Strand & Donslund").
const FIRM = String.raw`([A-ZÆØÅ][\wæøåÆØÅ&'’/-]*(?: (?:& )?[A-ZÆØÅ][\wæøåÆØÅ&'’/-]*){0,3})`;
const cue = (source: string) => new RegExp(source.replaceAll("FIRM", FIRM), "gu");

/**
 * A name shaped like a firm's: two names an ampersand joins, or a closing word
 * that firms take ("Executive", "Search", "Rekruttering", a legal form). Cues
 * that a person could stand in as well ("Mette Holm står for processen") take
 * only such names.
 */
/** The closing words firms take and no person's name holds ("Holm Kjær Partners"; a singular "Partner" is a title too). */
export const FIRM_CLOSING_WORDS = ["Executive", "Search", "Selection", "Rekruttering", "Recruitment", "Consulting", "Partners", "Group", "Gruppen", "Advisory"];

export const FIRM_LIKE = new RegExp(
  // (and a compound of "rekruttering": "Kragelund Ledelsesrekruttering"; of "rådgivning" after a name, "Mølgaard
  // Ledelsesrådgivning", for a kommune's "Bygherrerådgivning" alone is its own unit)
  String.raw`&|\b(?:${[...FIRM_CLOSING_WORDS, "Partner", "Management", "Talent"].join("|")})$|\p{Ll}rekruttering$|\p{Lu}\p{L}+\s\p{Lu}\p{Ll}+rådgivning$|(?:^|\s)(?:${LEGAL_FORM_ALTERNATIVES})$`,
  "u",
);

/**
 * The words only a recruitment firm's name closes with ("Strand & Kiær Executive", "Nordvang Search"); not
 * "Rekruttering" or "Consulting", which an employer's own unit ("HR og Rekruttering") or a firm of advisers takes.
 */
const CONSULTANCY_NAME_END = /\s(?:Executive|Search)(?:\s(?:A\/S|ApS))?$/u;
const ABOUT_HEADING = /^(?:\d{1,2}\.?\s+)?(?:[Oo]m|[Aa]bout)\s+(\p{Lu}.{1,60})$/u;

/**
 * "8. Om Strand & Kiær Executive", "Om Hartmanns": the recruitment firm presenting itself at a profile's end, the
 * document's colophon at length, not the employer's presentation that "Om …" opens elsewhere.
 */
export function isConsultancyHeading(text: string): boolean {
  const name = ABOUT_HEADING.exec(text.trim())?.[1];
  return !!name && (CONSULTANCY_NAME_END.test(name) || isKnownConsultancy(name));
}

// A firm by its partners' names joined by "&" ("Sales Executive", "Intern Rekruttering", "HR & Rekruttering" are a post
// and units; "Styrelsen for Arbejdsmarked og Rekruttering" an authority)
const FIRM_NAME = /^\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)?\s&\s\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*)?\s(?:Rekruttering|Executive|Search)(?:\s(?:A\/S|ApS))?$/u;
/**
 * A line that is a recruitment firm's name and nothing more ("Bjerre & Vang Rekruttering", "Hartmanns"): at a page's
 * top, its site's head over the page copied from it, no section's heading.
 */
export const isConsultancyName = (text: string): boolean => {
  const t = text.trim();
  return t.length <= 60 && (FIRM_NAME.test(t) || (t.split(/\s+/u).length <= 4 && isKnownConsultancy(t)));
};

/** A name one of the firms above is known by ("Hartmanns", "Mercuri Urval A/S"). */
export function isKnownConsultancy(name: string): boolean {
  const lower = name.toLowerCase();
  return CONSULTANCIES.some((c) => lower.includes(c.hint) && c.aliases.test(name));
}

/** A firm's kind set before its name at a sentence's start, no part of the name: "Rekrutteringsfirmaet …", "Konsulenthuset …". */
export const FIRM_KIND_BEFORE = /^(?:Rekrutteringsfirmaet|Konsulentfirmaet|Rekrutteringsvirksomheden|Rekrutteringsbureauet|Rekrutteringspartneren|Konsulenthuset|Search-firmaet)\s+(?=\p{Lu})/u;

export const CONSULTANCY_CUES: { words: string[]; pattern: RegExp; firmLike?: boolean; onlyIf?: RegExp }[] = [
  // a firm's own page of its assignments, its client labelled ("Kunde: Holbæk Kommune"): the site's owner, in its
  // copyright line ("© 2027 Ravnsholt Partners"), is the firm
  { words: ["©"], pattern: cue(String.raw`©\s?\d{4}\s+FIRM`), firmLike: true, onlyIf: /(?:^|\n)(?:Kunde|Klient|Opdragsgiver):\s/u },
  // a profile's running footer, the firm that wrote it before its address: "Brandt & Kjærgaard Executive · Vestergade 18,
  // 1. · 7800 Skive    Side 1 af 7" (a name that only a firm closes with: "Børn & Unge · Side 3" is a unit's; "Executive
  // Search · Rekruttering · Lederudvikling" under the firm's name is what it does; an address follows the name, or the
  // profile's type, so a post's "Account Executive · Fuldtid · København" is none); the firm's legal form may close it
  // ("Krogh & Vinther Executive A/S · Job- og personprofil · Kalundborg Kommune")
  {
    words: ["executive ", "search "],
    pattern: cue(String.raw`(?:^|\n)(?!Executive |Search )FIRM(?<= (?:Executive|Search))(?: (?:${LEGAL_FORM_ALTERNATIVES}))? [·|] (?=[^\n]*?(?:\d{4} \p{Lu}|profil(?!\p{L})))`),
  },
  { words: ["med hjælp fra", "med bistand fra", "med assistance fra", "med støtte fra"], pattern: cue(String.raw`\bmed (?:hjælp|bistand|assistance|støtte) fra FIRM`) },
  { words: ["har bedt"], pattern: cue(String.raw`\bhar bedt FIRM om at (?:assistere|bistå|hjælpe)`) },
  // "Brink Executive er blevet bedt om at bistå med rekrutteringen"
  { words: ["bedt om at"], pattern: cue(String.raw`FIRM (?:er|er blevet|blev) bedt om at (?:assistere|bistå|hjælpe)`), firmLike: true },
  // (not an "HR-partner hos …", "HR partner i …", "business partner": the house's own HR)
  { words: ["partner", "rekrutteringskonsulent", "headhunter", "researcher"], pattern: cue(String.raw`(?<![\p{L}-])(?<!(?:HR|hr|[Bb]usiness|[Pp]eople)[ -])(?:partner|seniorpartner|managing partner|rekrutteringskonsulent|headhunter|researcher) (?:i|hos) FIRM`) },
  // a network's byline under its author's name, its own line: "Partner i Lindholm & Partnere | Rekruttering af topledere …"
  // (a capitalised "Partner i Kromann Reumert" in a committee's list is a member's other job)
  { words: ["partner i", "partner hos"], pattern: cue(String.raw`(?:^|\n)(?:Partner|Seniorpartner|Managing Partner) (?:i|hos) FIRM\.?(?= [|·•] )`) },
  { words: ["konsulent i"], pattern: cue(String.raw`\b(?:chefkonsulent|seniorkonsulent|konsulent) i FIRM(?=[^.]{0,300}?\b(?:rekruttering|ansættelse|proces|søgning|stillingen))`) },
  { words: ["firmaet", "virksomheden", "bureauet", "partneren", "konsulenthuset"], pattern: cue(String.raw`\b(?:[Rr]ekrutteringsfirmaet|[Kk]onsulentfirmaet|[Rr]ekrutteringsvirksomheden|[Rr]ekrutteringsbureauet|[Rr]ekrutteringspartneren|[Kk]onsulenthuset|[Ss]earch-firmaet) FIRM`) },
  {
    words: ["rekrutteringen", "processen", "søgningen", "testningen"],
    pattern: cue(
      String.raw`\b(?:[Rr]ekrutteringen|[Pp]rocessen|[Ss]øgningen|[Rr]ekrutteringsprocessen|[Aa]nsættelsesprocessen|[Tt]estningen) (?:varetages|gennemføres|styres|faciliteres|sker|foregår|køres) (?:af|i samarbejde med|med bistand fra|med hjælp fra) FIRM`,
    ),
  },
  // "Energistyrelsen samarbejder med Mploy om rekrutteringen", "Kvist Møbler har valgt at samarbejde med Lindholm Search om
  // rekrutteringen"
  { words: ["samarbejder med", "samarbejde med"], pattern: cue(String.raw`\bsamarbejde(?:r)? med FIRM om (?:rekrutteringen|processen|ansættelsen|ansættelsesprocessen|rekrutteringsprocessen|søgningen|at (?:finde|rekruttere))`) },
  // "Strand & Donslund bistår ansættelsesudvalget (or the employer by name, or its board: "Midttrafiks bestyrelse") med
  // processen": the firm stands before the verb
  {
    words: ["bistår", "assisterer"],
    pattern: cue(String.raw`FIRM (?:bistår|assisterer) (?:ansættelsesudvalget|bestyrelsen|direktionen|kommunen|regionen|selskabet|virksomheden|os|[A-ZÆØÅ][\wæøåÆØÅ-]*s (?:bestyrelse|direktion|ansættelsesudvalg)|[A-ZÆØÅ][\wæøåÆØÅ-]*(?: [A-ZÆØÅ][\wæøåÆØÅ-]*){0,3})? ?(?:med|i) (?:rekrutteringen|processen|ansættelsesprocessen|rekrutteringsprocessen|søgningen|at (?:finde|rekruttere|ansætte))`),
  },
  // "Lindholm Search søger på vegne af Kvist Møbler A/S en marketingchef": the firm seeks for its client
  { words: ["på vegne af"], pattern: cue(String.raw`FIRM søger (?:nu )?på vegne af`), firmLike: true },
  // "Brandt & Lykke Executive står for rekrutteringen", "Udvalget bistås af Aagaard & Winther"
  {
    words: ["står for", "varetager", "faciliterer"],
    pattern: cue(String.raw`FIRM (?:står for|varetager|faciliterer) (?:rekrutteringen|processen|rekrutteringsprocessen|ansættelsesprocessen|søgningen)`),
    firmLike: true,
  },
  // "Det er Brink & Lykke Rekruttering, der står for rekrutteringen": the same, the firm set first by "Det er"
  {
    words: ["der står for", "der varetager", "som står for", "som varetager"],
    pattern: cue(String.raw`\b[Dd]et er FIRM,? (?:der|som) (?:står for|varetager|faciliterer) (?:rekrutteringen|processen|rekrutteringsprocessen|ansættelsesprocessen|søgningen)`),
    firmLike: true,
  },
  { words: ["bistås af", "assisteres af", "bistået af", "assisteret af"], pattern: cue(String.raw`\b(?:bistås|assisteres|bistået|assisteret) af FIRM`), firmLike: true },
  { words: ["udarbejdet af", "skrevet af"], pattern: cue(String.raw`\b(?:personprofil(?:en)?|[Pp]rofil(?:en)?) er (?:udarbejdet|skrevet) af FIRM`) },
  { words: ["test", "interview"], pattern: cue(String.raw`\b(?:[Tt]est(?:s|en|ene|ning)?|personlighedstest|interview) (?:hos|via|gennemføres af) FIRM`) },
  // "… et ansættelsesudvalg, som får hjælp af Ravnsborg Rekruttering"; a person may help as well, so a firm's shape only
  { words: ["hjælp af", "hjælp fra", "bistand af", "bistand fra"], pattern: cue(String.raw`\b(?:får|fik|har fået) (?:hjælp|bistand|assistance|støtte) (?:af|fra) FIRM`), firmLike: true },
  // a cover's or a running header's "Udarbejdet af Lindholm Search & Selection · Januar 2027"
  { words: ["udarbejdet af"], pattern: cue(String.raw`\b[Uu]darbejdet af FIRM`), firmLike: true },
  // "… udarbejdet af Region Syddanmark i samarbejde med Bach & Friis Executive, som bistår med rekrutteringen"
  { words: ["i samarbejde med"], pattern: cue(String.raw`\bi samarbejde med FIRM,? (?:som|der) (?:bistår|assisterer|hjælper|står for|varetager)`) },
  // "I samarbejde med Lindholm Search søger Vedels Fond en økonomichef": the firm opens the ad (a partner may too: a firm's shape only)
  { words: ["i samarbejde med"], pattern: cue(String.raw`\b[Ii] samarbejde med FIRM søger`), firmLike: true },
  // "Vi har bedt Signe Kappel fra Kappel Search om at hjælpe os med rekrutteringen", "… bedt Holm Rekruttering om bistand"
  {
    words: ["bedt"],
    pattern: cue(String.raw`\bbedt (?:(?:[A-ZÆØÅ][\wæøå-]+ ){1,3}(?:fra|hos) )?FIRM om (?:at (?:hjælpe|bistå|assistere|stå for)|hjælp|bistand|assistance)`),
    firmLike: true,
  },
  // "Du er velkommen til at kontakte Bach & Friis Executive for en fortrolig samtale", "… en feedbacksamtale med Holmsgaard & Lind"
  { words: ["fortrolig"], pattern: cue(String.raw`\bkontakte FIRM (?:for|til) en fortrolig`), firmLike: true },
  // "… er du velkommen til at kontakte Mikkel Stær hos Hedegaard & Partners på tlf. …": whom to ask works at a firm, one
  // whose name ends in a search firm's word (a kommune's "Løn & Personale" or "HR & Rekruttering" is its own unit)
  {
    words: ["kontakte", "ringe til", "kontakt"],
    pattern: cue(
      String.raw`\b(?:kontakte|ringe til|[Kk]ontakt) (?:[A-ZÆØÅ][\wæøå-]+ ){1,3}(?:hos|fra) (?!HR\b)FIRM(?<=(?:Partners|Partnere|Executive|Search|Selection|Consulting|Advisory|Recruitment))(?=\s(?:på|tlf\.?|via|eller)(?![\p{L}])|[,.])`,
    ),
  },
  // ("… en personlighedstest med personlig tilbagemelding fra Perspektiv Rekruttering")
  { words: ["feedbacksamtale", "testfeedback", "tilbagemelding"], pattern: cue(String.raw`\b(?:feedbacksamtale|testfeedback|tilbagemelding(?: på testen)?) (?:med|hos|fra) FIRM`), firmLike: true },
  // a fact box's line that names the firm: "Rekrutteringskonsulent: Lindholm & Partnere", "Konsulent: Brink & Holm"
  {
    words: ["konsulent:", "rekrutteringsfirma:", "rekrutteringspartner:"],
    pattern: cue(String.raw`(?:^|\n)(?:[Rr]ekrutteringskonsulent|[Kk]onsulent|[Rr]ekrutteringsfirma|[Rr]ekrutteringspartner)\s*:\s*FIRM`),
    firmLike: true,
  },
  // "The university is assisted in the recruitment by Kragh & Lund Executive Search"
  {
    words: ["assisted", "supported"],
    pattern: cue(String.raw`\b(?:is|are|will be) (?:assisted|supported) (?:in|with|during) (?:the )?(?:recruitment|process|search|recruitment process) by FIRM`),
    firmLike: true,
  },
  // an English ad's "The recruitment process is handled by Lindqvist & Bay Executive Search"
  { words: ["handled by", "managed by", "conducted by", "run by", "carried out by"], pattern: cue(String.raw`\b(?:process|recruitment|search) (?:is|will be) (?:handled|managed|conducted|run|carried out) by FIRM`) },
  // a contact table's role cell: "Partner, Brink Executive"; a signature's title over its firm, "Partner" / "Aagaard &
  // Winther Rekruttering", read as one line
  {
    words: ["partner", "konsulent", "headhunter"],
    pattern: cue(String.raw`\b(?:[Pp]artner|[Ss]eniorpartner|[Mm]anaging partner|[Rr]ekrutteringskonsulent|[Cc]hefkonsulent|[Ss]eniorkonsulent|[Hh]eadhunter)(?:,? |\n)FIRM`),
    firmLike: true,
  },
  // "partner Claus Bering fra Lindholm Search & Selection", "seniorpartner Kamilla Ravnsborg, Ravnsborg Rekruttering, på …"
  {
    words: ["partner", "konsulent", "headhunter"],
    pattern: cue(
      String.raw`\b(?:[Pp]artner|[Ss]eniorpartner|[Mm]anaging partner|[Rr]ekrutteringskonsulent|[Cc]hefkonsulent|[Ss]eniorkonsulent|[Hh]eadhunter) [A-ZÆØÅ][\wæøåÆØÅ-]+(?: [A-ZÆØÅ][\wæøåÆØÅ-]+){0,3}(?:,| (?:fra|i|hos)) FIRM`,
    ),
    firmLike: true,
  },
];

/**
 * Names a cue can catch that are the hiring side, never a firm: public bodies and their parts, a sentence's first word,
 * and a genitive, whose noun follows it ("med støtte fra EU's regionalfond").
 */
export const NOT_A_FIRM =
  /['’]s$|kommune|region|byråd|direktion|ministeri|styrelse|direktorat|universitet|hospital|sygehus|museum|museet|skole|gymnasium|forsyning|fond(?:en)?(?!\p{L})|bestyrelse|udvalg|afdeling|sekretariat|forvaltning|^cent(?:er|ret|eret)(?!\p{L})|^(?:hr|personale)(?:-|\s+(?:&|og)\s|$)|^(?:vi|du|de|den|det|der|han|hun|som|en|et)$/iu;
