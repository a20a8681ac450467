/**
 * The Danish words a profile's headings use for each section kind: data, not
 * code. Strong headings name a section outright ("Personprofil"); weak ones
 * only suggest a kind ("Ledelsesmæssige og personlige kompetencer") and open a
 * new section only when they leave the current kind.
 */
import type { SectionKind } from "../schemas/record.js";

/** Exact headings, compared after `normaliseHeading` (lower case, no numbering, no trailing colon or question mark). */
export const STRONG_HEADINGS: Record<Exclude<SectionKind, "andet">, string[]> = {
  indledning: [
    "indledning", "baggrund", "introduktion", "forord", "velkommen", "indledende bemærkninger",
    "baggrund for stillingen", "kort om stillingen", "hvem er vi", "om os",
  ],
  jobprofil: [
    "jobprofil", "jobprofilen", "job profil", "stillingen", "jobbet", "om jobbet", "om stillingen",
    "opgaver og ansvar", "ansvar og opgaver", "stillingens indhold", "stillingens opgaver", "jobbeskrivelse",
    "stillingsbeskrivelse", "hvad skal du", "arbejdsopgaver", "opgaver", "jobindhold", "jobbet og opgaverne",
    "stillingen og opgaverne", "ansvarsområder", "dine opgaver", "hvad går jobbet ud på", "hvad skal du lave",
    "jobbet og opgaverne", "opgaver og udfordringer", "jobbets indhold",
  ],
  personprofil: [
    "personprofil", "personprofilen", "profilen", "kvalifikationer", "personlige kompetencer", "hvem er du",
    "hvem søger vi", "vi søger", "kompetencer", "faglige kvalifikationer", "personlige egenskaber",
    "krav til kandidaten", "kandidatprofil", "kandidatprofilen", "den rette kandidat", "hvem leder vi efter",
    "faglige og personlige kompetencer", "personlige og faglige kompetencer", "din profil", "om dig", "profil",
    "dine kompetencer", "vi forventer", "hvad forventer vi", "forventninger til dig", "din baggrund",
  ],
  ansaettelsesproces: [
    "ansættelsesproces", "ansættelsesprocessen", "rekrutteringsproces", "rekrutteringsprocessen", "proces",
    "processen", "tidsplan", "ansøgning", "ansøgningen", "ansøgning og proces", "ansøgningsproces",
    "procesplan", "ansættelsesforløb", "rekrutteringsforløb", "søg stillingen", "sådan søger du",
    "ansøgningsfrist", "ansøgning og ansættelse", "proces og tidsplan", "tidsplan for ansættelsen",
    "ansøgning og tidsplan", "forløb", "den videre proces",
  ],
  vilkaar: [
    "ansættelsesvilkår", "løn og ansættelse", "vilkår", "løn- og ansættelsesvilkår", "løn og ansættelsesvilkår",
    "løn", "løn og vilkår", "lønforhold", "ansættelsesforhold", "aflønning", "løn og pension", "vi tilbyder",
    "hvad tilbyder vi", "ansættelse og løn", "løn- og ansættelsesforhold",
  ],
  yderligere: [
    "yderligere information", "yderligere oplysninger", "kontakt", "kontaktpersoner", "kontaktinformation",
    "spørgsmål", "mere information", "flere oplysninger", "yderligere spørgsmål", "kontakt og information",
    "har du spørgsmål", "vil du vide mere", "information", "yderligere informationer", "kontaktoplysninger",
    "praktiske oplysninger",
  ],
  bilag: ["bilag", "bilagsoversigt", "vedlagte bilag", "bilag til profilen", "bilagsliste"],
};

/**
 * Words inside a heading that suggest a kind, tried in this order: the
 * narrow kinds first, so "Løn- og ansættelsesvilkår" is vilkår, not process.
 */
export const WEAK_HEADING_PATTERNS: [Exclude<SectionKind, "andet">, RegExp][] = [
  ["bilag", /^bilag\b/u],
  ["vilkaar", /vilkår|\bløn|\bpension|\bgage\b/u],
  ["ansaettelsesproces", /proces|rekruttering|ansøgning|tidsplan|\bsamtale|\btest(forløb)?\b/u],
  ["personprofil", /kompetencer|kvalifikationer|egenskaber|(?<!job)profil(en)?\b|\bhvem er du\b/u],
  ["jobprofil", /\bopgaver(ne)?\b|ansvarsområder|\budfordringer(ne)?\b|\bjobbet\b|\bstillingen\b/u],
  ["yderligere", /\bkontakt|\bspørgsmål\b|oplysninger|information/u],
];

/** Lines on a cover that name the document type, never a section. */
export const DOCUMENT_TYPE_PHRASES = [/^job-?\s*og\s+personprofil\b/iu, /^stillings-?\s*og\s+personprofil\b/iu, /^job-?\s*og\s+kravprofil\b/iu];

/** Headings of a table of contents, which lists sections but is none. */
export const CONTENTS_HEADINGS: ReadonlySet<string> = new Set(["indhold", "indholdsfortegnelse", "indholdsoversigt"]);

/**
 * Words a heading does not end on: a line that does is the lead-in to a
 * list ("Nogle af de vigtigste opgaver vil være at").
 */
export const TRAILING_FUNCTION_WORDS = new Set([
  "at", "af", "for", "til", "med", "om", "og", "i", "på", "som", "der", "er", "en", "et", "den", "det", "de",
  "eller", "samt", "fra", "ved", "hvor", "har", "vil", "skal", "kan", "blandt", "mellem", "under", "efter",
]);

/** Words that make content lean toward a kind; used only for headings the vocabulary does not know. */
export const CONTENT_KEYWORDS: Record<Exclude<SectionKind, "andet" | "bilag">, RegExp> = {
  indledning: /\b(indbyggere|kommunen er|byen|beliggenhed|søger ny|søger en)\b/giu,
  jobprofil: /\b(opgaver(ne)?|ansvar(et)?|refererer|ledelse af|udfordringer|direktion(en)?|organisation(en)?)\b/giu,
  personprofil: /\b(du har|du er|erfaring|kompetencer|uddannelse|evne|forventes at have|kvalifikationer)\b/giu,
  ansaettelsesproces: /\b(ansøgningsfrist(en)?|samtale(runde)?|ansættelsesudvalg(et)?|referencer|testforløb)\b/giu,
  vilkaar: /\b(løn(nen|niveauet)?|pension|åremål|overenskomst|kontraktvilkår)\b/giu,
  yderligere: /\b(kontakte|tlf\.?|telefon|hjemmeside|spørgsmål)\b/giu,
};

export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\s*(?:[0-9]{1,2}(?:\.[0-9]{1,2})*\.?|[a-h]\.|[ivx]{1,4}\.)\s+/u, "")
    .replace(/(?<![\s:?.!–-])[\s:?.!–-]+$/u, "")
    .replace(/\s+/gu, " ")
    .trim();
}
