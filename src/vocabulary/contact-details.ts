/**
 * How a phone number and an e-mail address are written: one definition for
 * the contact extractor, which reads them out of sentences, and the HTML
 * reader, which knows a page's contact box by them. (The section model's
 * `<phone>` and `<email>` tokens keep patterns of their own, in
 * `segment/features.ts`: they are what the model was trained on.)
 */
import { LETTER, latin } from "./letters.js";

/** A phone number's digits as a line gives them, spaced or not, with a country's plus: "+45 2049 5140", "86964010". */
export const PHONE_DIGITS = String.raw`\+?(?:\d ?){8,11}`;
/** e.g. "tlf. 4030 7570", "+45 33 92 33 00", "40 30 75 70", "40307570". */
export const PHONE = /(?<![\d+])(?:\+45[ \u00a0]?|0045[ \u00a0]?)?(?<digits>\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2})(?![\d]|[.,]\d)/gu;
/** e-mail addresses; the lookbehind keeps a long run of letters from being retried at every position. */
export const EMAIL = new RegExp(latin(String.raw`(?<![${LETTER}\d._%+-])[\p{L}\d._%+-]{1,64}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,4}`), "gu");

/** A line's label of a phone or an address: "Tlf.: 97 66 31 84", "Mobil 40 18 27 63", "E-mail: hesj@rn.dk". */
export const CONTACT_DETAIL_LABEL = /^(?:tlf|telefon|mobil|e-?mail|mail)(?!\p{L})/iu;

/**
 * A lead-in over the people to call, one a line: "Har du spørgsmål til stillingen, er du velkommen til at kontakte:",
 * "Kontaktpersoner:". Under it, eight digits on a name's line are that person's phone, without a "tlf." before them.
 */
export const CONTACT_LEAD_IN = /(?<!\p{L})(?:kontakte|kontakt|kontaktperson|kontaktpersoner|ringe til|ring til|contact|(?:ring|ringe|skriv|skrive)(?: eller (?:ring|ringe|skriv|skrive))? til (?:mig|os))\s*:$/iu;

/** Whether a text holds a phone number or an e-mail address. */
export function holdsContactDetail(text: string): boolean {
  for (const re of [PHONE, EMAIL]) {
    // global patterns keep where they stopped: each search starts afresh and leaves them as found
    re.lastIndex = 0;
    const found = re.test(text);
    re.lastIndex = 0;
    if (found) return true;
  }
  return false;
}

/** An address's mailbox, before its "@", in lower case: "Info@Skole.dk" → "info". */
const localPart = (email: string): string => email.slice(0, email.indexOf("@")).toLowerCase();

/** The names of an organisation's own mailbox: "info@", "post@" answer for the house, "job@", "hr@" for every post, not for this one. */
const ORGANISATION_MAILBOXES: ReadonlySet<string> = new Set([
  "info", "post", "kontakt", "mail", "administration", "reception", "sekretariat", "hovedpostkasse",
  "job", "jobs", "hr", "rekruttering", "karriere",
]);

/**
 * An organisation's general mailbox ("info@", "post@", "support@"): the house's, or a job board's, switchboard in
 * writing, which readers list as no contact for the post where a person is named (`job@` and `hr@` they list: an
 * application address given as a contact).
 */
const GENERAL_MAILBOXES: ReadonlySet<string> = new Set(["info", "post", "kontakt", "kontor", "mail", "support", "service", "kundeservice", "reception", "administration", "sekretariat", "hovedpostkasse", "billet", "billetter", "billetsalg", "booking"]);
/**
 * A parish's office mailbox on the church's shared domain: every sogn has "<sogn>.sogn@km.dk" (and a menighedsråd
 * "<its number>@sogn.dk", or a "…menighedsraad@" of its own), the church office's, no one's to ask about a post while a person is named.
 */
const PARISH_MAILBOX = /^[a-zæøå0-9.-]+\.sogn@km\.dk$|^\d{4}@sogn\.dk$|^[a-zæøå0-9.-]*menighedsraad@/iu;
export const isGeneralMailbox = (email: string): boolean => GENERAL_MAILBOXES.has(localPart(email)) || isHouseDesk(email) || PARISH_MAILBOX.test(email);

/**
 * A sentence that asks the reader to call or write about the post ("Har du spørgsmål, så ring eller skriv til Jeppe på
 * …"): whoever it gives is the post's contact, named in full or not, and a footer's switchboard is then no one's.
 */
export const QUESTIONS_INVITED = /(?<!\p{L})(?:spørgsmål|ring(?:e)?\s+(?:eller\s+skriv\s+)?til|kontakte?|yderligere\s+oplysninger|questions)(?!\p{L})/iu;
/** Someone the sentence sends the reader to by name, a first name at least: "ring til Jeppe", "kontakte Karen". */
export const SENT_TO_SOMEONE = /(?<!\p{L})(?:til|med|kontakte|hos|contact)\s+\p{Lu}\p{Ll}+(?!\p{L})/u;
/**
 * A note on the applicants' personal data ("Har du spørgsmål til behandlingen af dine personoplysninger, kan du kontakte
 * vores databeskyttelsesrådgiver på …"): whoever it gives answers for the house's data, no one to ask about the post.
 */
export const PERSONAL_DATA_NOTE = /(?<!\p{L})(?:personoplysninger|persondata|databeskyttelse\p{L}*|GDPR)(?!\p{L})/iu;

/** The house's press and web desks: "Spørgsmål om selve siden: kommunikation@…" is no one to ask about the post. */
// (and its data protection officer, whom the note on personal data names: "dpo@gladsaxe.dk")
const HOUSE_DESKS: ReadonlySet<string> = new Set(["kommunikation", "presse", "press", "web", "webmaster", "redaktion", "webredaktion", "dpo", "databeskyttelse", "persondata", "gdpr"]);
export const isHouseDesk = (email: string): boolean => HOUSE_DESKS.has(localPart(email));

/** An organisation's own mailbox or desk ("job@", "info@", "presse@"): no one's, whatever initials its name spells. */
export const isOrganisationMailbox = (email: string): boolean => ORGANISATION_MAILBOXES.has(localPart(email)) || isGeneralMailbox(email);

/** Whether a text's e-mail addresses, one or more, are all an organisation's own mailboxes. */
export function onlyOrganisationMailboxes(text: string): boolean {
  const addresses = [...text.matchAll(EMAIL)].map((m) => localPart(m[0]));
  return addresses.length > 0 && addresses.every((a) => ORGANISATION_MAILBOXES.has(a) || HOUSE_DESKS.has(a));
}

/**
 * "Har du tekniske spørgsmål til ansøgningssystemet, kan du skrive til HR-service på job@…": the application
 * system's help desk, no one to ask about the post.
 */
export const APPLICATION_HELP = /(?<![a-zæøå])(?:tekniske?\s+(?:spørgsmål|problemer|udfordringer)|teknisk\s+(?:support|hjælp|bistand)|(?:problemer|vanskeligheder)\s+med\s+(?:at\s+(?:uploade|søge|sende)|ansøgnings(?:systemet|portalen|formularen)))/i;

/**
 * "Praktiske spørgsmål om ansøgningsportalen kan rettes til job@…", "Spørgsmål om det tekniske i ansøgningssystemet …":
 * questions about the portal, to a mailbox no one is named for, no way in to the post (a person named for them, "… til
 * researcher Ida Lykke på …", is one).
 */
// (and "Spørgsmål om selve ansøgningsproceduren kan rettes til HR Service på hrservice@…": the procedure's desk, no one)
export const PORTAL_QUESTIONS = /(?<![a-zæøå])spørgsmål\s+(?:om|til)\s+(?:selve\s+|det\s+tekniske\s+(?:i|ved)\s+)?ansøgnings(?:portalen|systemet|formularen|modulet|proceduren)/i;

/**
 * The words of an office's or a ward's label before its number: "sekretariat", "sengeafsnit", "kirkekontoret" (in a
 * footer's row as in the text).
 */
export const OFFICE_WORDS = ["sekretariat", "kontor", "afsnit", "ambulatorium", "ambulatorie", "omstilling", "reception", "vagt", "administration", "afdeling", "klinik"];
/**
 * A number on a line of its own under a label that names no one: "Afdelingens sekretariat: tlf. 79 97 46 00",
 * "Sengeafsnit M3: tlf. 79 97 46 70", "Kirkekontoret: 97 40 12 34". An office's or a ward's, no one to ask about the
 * post while a person is named (by the office's word: "Mobiltelefon: …", "Direkte tlf.: …" may be a named person's line).
 */
export const OFFICE_NUMBER_LINE = new RegExp(
  String.raw`^(?:\p{L}+ ){0,2}\p{L}*(?:${OFFICE_WORDS.join("|")})\p{L}*(?: [\p{Lu}\d][\p{L}\d-]{0,5})?:\s(?:(?:tlf|telefon)\.?:?\s)?${PHONE_DIGITS}$`,
  "iu",
);
