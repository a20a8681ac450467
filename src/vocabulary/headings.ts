/**
 * The Danish words a profile's headings use for each section kind: data, not
 * code. Strong headings name a section outright ("Personprofil"); weak ones
 * only suggest a kind ("Ledelsesmæssige og personlige kompetencer") and open a
 * new section only when they leave the current kind.
 */
import { CONTACT_LEAD_IN } from "./contact-details.js";
import { POSTING_NUMBER_HEADINGS, POSTING_NUMBER_LABEL } from "./furniture.js";
import { PICTOGRAPH_CHARS } from "./marks.js";
import { UNIT_WORDS } from "./employers.js";
import type { SectionKind } from "../schemas/record.js";

/**
 * An organisation or a unit by its kind, in the definite form: a heading over
 * the introduction when it stands alone; on a cover, over another short line,
 * the unit's name ("Departementet" over "Maj 2027").
 */
export const ORGANISATION_NOUNS = [
  "instituttet", "universitetet", "museet", "skolen", "hospitalet", "sygehuset", "afdelingen", "centret", "centeret",
  "forvaltningen", "styrelsen", "ministeriet", "departementet", "regionen", "virksomheden", "selskabet", "institutionen",
  "gymnasiet", "fonden", "foreningen", "sekretariatet", "kontoret", "enheden", "klinikken",
];

/** Exact headings, compared after `normaliseHeading` (lower case, no numbering, no trailing colon or question mark). */
export const STRONG_HEADINGS: Record<Exclude<SectionKind, "andet">, string[]> = {
  indledning: [
    // an ad written in English, or a part of one
    "about us", "who we are", "about the company", "about the organisation", "about the organization", "introduction", "background",
    "the department", "our department", "the unit", "the hospital", "the clinic", "the company", "the organisation", "the organization",
    "about the department", "about the faculty", "about the university", "about the institute", "about the centre", "about the center", "about the unit", "about the division",
    "indledning", "baggrund", "baggrunden", "introduktion", "forord", "velkommen", "indledende bemærkninger",
    // the house's values, as it presents itself
    "vores værdier", "værdier", "skolens værdier", "vores værdigrundlag", "værdigrundlag", "værdigrundlaget",
    // a foreword by the one who hires: "Forord ved borgmesteren", "Forord fra direktionen", "Velkommen fra borgmesteren"
    // (not "Hilsen fra bestyrelsen", a letter's sign-off as often as a heading)
    ...["ved", "fra"].flatMap((by) =>
      ["borgmesteren", "kommunaldirektøren", "direktøren", "direktionen", "bestyrelsen", "formanden", "regionsrådsformanden"].flatMap((who) => ["forord", "velkommen"].map((what) => `${what} ${by} ${who}`)),
    ),
    // (and with the one who writes it named: FOREWORD_BY_NAME)
    // the pitch: why the post is worth having ("1. Hvorfor søge stillingen?")
    "hvorfor søge stillingen", "hvorfor søge jobbet", "hvorfor skal du søge stillingen", "hvorfor skal du søge", "why apply",
    "baggrund for stillingen", "kort om stillingen", "hvem er vi", "om os", "om arbejdspladsen", "om organisationen",
    "om kommunen", "om regionen", "om museet", "om skolen", "om hospitalet", "om afdelingen", "om virksomheden",
    "hvem er vi", "det er os", "organisationen", "arbejdspladsen", "kommunen", "om institutionen", "om styrelsen",
    "om ministeriet", "om universitetet", "om instituttet", "om centret", "om centeret", "vores organisation",
    // the unit the post sits in, by its kind of unit
    "om kontoret", "om enheden", "om sekretariatet", "om forvaltningen", "om direktoratet", "om sektionen", "om teamet",
    "om fonden", "om foreningen", "om selskabet", "om koncernen", "om sygehuset", "om klinikken", "om afsnittet",
    "om gymnasiet", "om daginstitutionen", "om børnehuset",
    // the organisation by its kind alone ("2. Instituttet")
    ...ORGANISATION_NOUNS,
  ],
  jobprofil: [
    // a task list's heading as an ad writes it ("Det skal du lave 👇")
    "det skal du lave", "det kommer du til at lave", "hvad skal du lave", "det skal du lave hos os",
    "det kommer du til at arbejde med", "hvad kommer du til at arbejde med", "det skal du arbejde med", "hvad skal du arbejde med",
    // an ad written in English, or a part of one
    "the position", "the role", "the job", "your role", "your tasks", "about the position", "about the job", "about the role", "responsibilities", "key responsibilities", "your responsibilities", "what you will do",
    "job description", "position description", "description of the position", "tasks and responsibilities", "duties", "your main tasks",
    "jobprofil", "jobprofilen", "job profil", "stillingen", "jobbet", "om jobbet", "om stillingen",
    "opgaver og ansvar", "ansvar og opgaver", "stillingens indhold", "stillingens opgaver", "jobbeskrivelse",
    "stillingsbeskrivelse", "hvad skal du", "arbejdsopgaver", "opgaver", "jobindhold", "jobbet og opgaverne",
    "stillingen og opgaverne", "ansvarsområder", "dine opgaver", "hvad går jobbet ud på", "hvad skal du lave",
    "jobbet og opgaverne", "opgaver og udfordringer", "jobbets indhold", "dit ansvarsområde", "dine ansvarsområder",
    "udfordringen", "udfordringerne", "opgaven", "chefopgaven", "lederopgaven", "ledelsesopgaven", "dit job",
    "jobbet som leder", "hvad kommer du til at stå for", "hvad skal du lave hos os", "hvad går opgaven ud på",
    "dine arbejdsopgaver", "stillingens ansvar", "ansvar", "dit ansvar", "rollen", "din rolle", "om rollen",
    "arbejdsområder", "jobindholdet", "opgaverne", "hovedopgaver", "de vigtigste opgaver", "stillingens indhold og opgaver",
    // a profile's headings as questions
    "hvad er opgaven", "hvad er opgaverne", "hvad går stillingen ud på",
    // what the post holds, said to the reader ("Det får du ansvaret for" over "Du får det overordnede … ansvar …")
    "det får du ansvaret for", "det får du ansvar for", "det bliver du ansvarlig for", "det skal du stå for",
  ],
  personprofil: [
    // an ad written in English, or a part of one
    "about you", "your profile", "who are you", "who you are", "what you bring", "what you bring to the table", "qualifications", "your qualifications", "requirements", "what we expect", "we expect", "who we are looking for",
    "the profile", "candidate profile", "the candidate", "the person", "personal profile", "your background",
    "personprofil", "personprofilen", "profilen", "kvalifikationer", "personlige kompetencer", "hvem er du",
    "hvem søger vi", "vi søger", "kompetencer", "faglige kvalifikationer", "personlige egenskaber",
    "krav til kandidaten", "kandidatprofil", "kandidatprofilen", "den rette kandidat", "hvem leder vi efter",
    "hvem drømmer vi om", "hvem håber vi på", "hvem vi leder efter",
    "faglige og personlige kompetencer", "personlige og faglige kompetencer", "din profil", "om dig", "dig", "profil",
    "dine kompetencer", "vi forventer", "hvad forventer vi", "forventninger til dig", "din baggrund",
    "det bringer du med", "hvad bringer du med", "det forventer vi af dig", "er det dig", "hvem er du", "du er",
    // what the holder must know and have, said to the reader ("Det skal du kunne", beside "Det bliver du ansvarlig for")
    "det skal du kunne", "det skal du have", "det skal du have med", "det skal du have med dig", "hvad skal du kunne",
    "du har", "vi forestiller os", "vi forestiller os at du", "kvalifikationer og kompetencer", "faglige kompetencer",
    "ledelsesmæssige kompetencer", "krav", "krav til ansøgere", "krav til dig", "hvad vi forventer", "hvem vi søger", "hvad vi forventer af dig",
    "den direktør vi leder efter", "den direktør vi søger", "den leder vi leder efter", "den leder vi søger", "den chef vi søger", "den chef vi leder efter", "om dig og dine kompetencer",
    "din profil og dine kompetencer", "personlige kvalifikationer", "uddannelse og erfaring", "erfaring", "dine kvalifikationer",
    // the person's side of the bargain, beside the house's "Vi tilbyder"
    "du tilbyder", "det tilbyder du", "hvad tilbyder du", "hvad du tilbyder", "det kan du tilbyde", "hvad kan du tilbyde",
  ],
  ansaettelsesproces: [
    // an ad written in English, or a part of one
    "application", "how to apply", "application process", "recruitment process", "the process", "timeline", "how to apply for the job",
    "process", "selection process",
    "ansættelsesproces", "ansættelsesprocessen", "rekrutteringsproces", "rekrutteringsprocessen", "proces",
    "processen", "tidsplan", "ansøgning", "ansøgningen", "ansøgning og proces", "ansøgningsproces",
    "procesplan", "ansættelsesforløb", "rekrutteringsforløb", "søg stillingen", "sådan søger du",
    "ansøgningsfrist", "ansøgning og ansættelse", "proces og tidsplan", "tidsplan for ansættelsen",
    "ansøgning og tidsplan", "forløb", "den videre proces", "ansøgning og samtaler", "samtaler", "søg jobbet",
    "sådan søger du stillingen", "ansøgningsprocedure", "proceduren", "ansættelsesudvalg", "ansættelsesudvalget",
    "test", "tests", "test og referencer", "referencer", "hvordan søger du", "ansøgningsprocedure og tidsplan",
    "ansættelsesprocedure", "ansættelsesproceduren", "ansøgningsproceduren", "rekrutteringsprocedure",
    "sådan kommer du videre", "hvordan kommer du videre", "sådan gør du", "næste skridt",
    "hvordan foregår processen", "hvordan foregår ansættelsen", "hvordan foregår rekrutteringen",
    // a closing question over the call to apply ("Lyder det som dig?" / "Så send din ansøgning …"; generic, below)
    "lyder det som dig", "lyder det som noget for dig", "lyder det interessant", "lyder det spændende", "er du interesseret",
    // a museum's or a university's assessment of the applicants by a committee, and its English
    "bedømmelse", "bedømmelsen", "bedømmelsesudvalg", "bedømmelse og ansættelse", "bedømmelse og udvælgelse",
    "vurdering og ansættelse", "vurdering og udvælgelse", "vurdering af ansøgerne",
    "assessment", "assessment committee", "assessment procedure", "assessment and selection",
  ],
  vilkaar: [
    // an ad written in English, or a part of one
    "what we offer", "we offer", "terms", "terms of employment", "salary and terms", "salary and benefits", "benefits", "terms and conditions",
    "ansættelsesvilkår", "løn og ansættelse", "vilkår", "løn- og ansættelsesvilkår", "løn og ansættelsesvilkår",
    "løn", "løn og vilkår", "lønforhold", "ansættelsesforhold", "aflønning", "løn og pension", "vi tilbyder",
    "hvad tilbyder vi", "ansættelse og løn", "løn- og ansættelsesforhold", "det får du", "det får du hos os",
    "det tilbyder vi", "det tilbyder vi dig", "hvad får du", "hvad får du hos os", "hvad kan vi tilbyde", "vi kan tilbyde", "vi tilbyder dig", "løn og arbejdstid",
    "hvad vi tilbyder", "hvad vi tilbyder dig", "det vi tilbyder", "det kan vi tilbyde", "det kan vi tilbyde dig", "hvad kan vi tilbyde dig", "om ansættelsen",
    "arbejdstid", "ansættelse", "løn og ansættelse", "vilkår for ansættelsen", "ansættelsesvilkår og løn",
    "hvad tilbydes", "hvad tilbydes der",
    // a letter's offer: "Det, vi kan give dig"
    "det, vi kan give dig", "det vi kan give dig", "hvad vi kan give dig", "hvad kan vi give dig", "det kan vi give dig",
    // the practical lines (the dates, the terms, whom to ask), each then by its own words
    "det praktiske",
  ],
  yderligere: [
    // an ad written in English, or a part of one
    "contact", "questions", "more information", "further information", "additional information", "want to know more",
    // a page's questions and answers about the post ("Ofte stillede spørgsmål": "Skal jeg have en museumsfaglig baggrund?")
    "ofte stillede spørgsmål", "spørgsmål og svar", "faq",
    "yderligere information", "yderligere oplysninger", "kontakt", "kontaktpersoner", "kontaktinformation",
    "spørgsmål", "mere information", "flere oplysninger", "yderligere spørgsmål", "kontakt og information",
    "har du spørgsmål", "vil du vide mere", "information", "yderligere informationer", "kontaktoplysninger",
    "praktiske oplysninger", "kontaktperson", "kontaktpersoner", "vil du vide mere om stillingen", "vil du høre mere",
    "hør mere", "mere om stillingen", "spørgsmål til stillingen", "har du spørgsmål til stillingen", "kontakt os",
    // generic: a list of the deadline, the start, the hours and whom to ask, each line by its own words
    "praktisk", "praktisk information", "praktiske informationer", "praktiske forhold",
    "hvem kan fortælle mere", "hvem kan du kontakte", "hvem kan jeg kontakte",
    // over a list of links
    "læs mere", "links", "nyttige links", "relevante links", "læs også", "read more", "useful links",
  ],
  bilag: ["bilag", "bilagsoversigt", "vedlagte bilag", "bilag til profilen", "bilagsliste", "appendiks", "appendices", "appendix", "attachments", "annexes", "enclosures"],
};
/** Every strong heading's key in one set: a line the vocabulary knows whole as a section's heading. */
export const STRONG_HEADING_KEYS: ReadonlySet<string> = new Set(Object.values(STRONG_HEADINGS).flat());


/**
 * An appendix's own heading, its number after its word ("Bilag 1   Skolevæsenet i tal", "Appendix 2: Organisation
 * chart"): the attachment itself, as strong as "Bilag" alone.
 */
export const APPENDIX_HEADING = /^(?:bilag|appendix|annex)\s+\d{1,2}(?![\d.,])/u;

/** What a house is part of, or lies in, after its own name in a heading: "Skolen og lokalsamfundet". */
const HOUSE_SURROUNDINGS = ["lokalsamfundet", "lokalområdet", "nærmiljøet", "ministerområdet", "kommunen", "regionen", "byen", "koncernen", "området", "omgivelserne", "organisationen"];

/**
 * Words inside a heading that suggest a kind, tried in this order: the
 * narrow kinds first, so "Løn- og ansættelsesvilkår" is vilkår, not process.
 */
export const WEAK_HEADING_PATTERNS: [Exclude<SectionKind, "andet">, RegExp][] = [
  ["bilag", /^bilag\b/u],
  // "1. Baggrund for profilen": the background, whatever it is the background of ("Baggrund for rekrutteringen")
  ["indledning", /^(?:baggrund|indledning|introduktion|forord)\b(?! og)/u],
  // "Stillingen slås op igen", "Vi slår stillingen op igen": why the post is posted again, the introduction's (not the
  // post's "stillingen"); a bare "GENOPSLAG" is the cover's label
  ["indledning", /\b(?:slås|sættes|slået|sat) op igen\b|\b(?:slår|sætter) \S+ op igen\b|\bgenopslås\b/u],
  // "Departementet og ministerområdet", "Skolen og lokalsamfundet": the house and what it is part of (not "Enheden og
  // opgaverne", the post's)
  ["indledning", new RegExp(`^(?:${ORGANISATION_NOUNS.join("|")}) og (?:${HOUSE_SURROUNDINGS.join("|")})$`, "u")],
  // "Tabel 1. Kommunens nøgletal", "Fakta om kommunen", "Tal og fakta", "Kommunen i tal": the house in figures (not the
  // post's: "Nøgletal for stillingen")
  ["indledning", /^(?!.*\b(?:stilling|job))(?:.*\bnøgletal\b|(?:fakta|tal) om (?:kommunen|regionen|os|skolen|selskabet|virksomheden)\b|tal og fakta\b|(?:kommunen|regionen|hospitalet|sygehuset|skolen|selskabet|virksomheden|organisationen|foreningen|museet|universitetet|området|forvaltningen|institutionen) i tal$)/u],
  // "Vi tilbyder", "Fonden tilbyder", "Hvad kommunen tilbyder": the house's offer, whoever the house is
  // and "Praktisk om stillingen", "Det praktiske", "Praktiske forhold": the terms, and the dates beside them by their own cues
  ["vilkaar", /vilkår|\bløn|\bpension|\bgage\b|\bvi tilbyder\b|\btilbyder(?: dig)?$|\bdet får du\b|\btilbud(?:et)? til dig\b|\bvores tilbud\b|^praktisk om\b|^det praktiske$|^praktiske forhold$|^hvad kan du forvente(?: af (?:os|mig))?\??$/u],
  ["yderligere", /^(?:vil du|har du) (?:vide|høre) mere|^spørgsmål\b|^kontakt/u],
  // ("Sådan bliver du vurderet": how the candidates are judged)
  ["ansaettelsesproces", /\b(?:bliver du|vil du blive) (?:vurderet|bedømt)\b|proces|procedure|rekruttering|tidsplan|\bsamtale|\btest(forløb)?\b|^(?:søg|ansøg|send)\b|^ansøgning(?:en|sfrist)?\b/u],
  ["personprofil", /kompetencer|kvalifikationer|egenskaber|(?<!job)profil(en)?\b|\bhvem er du\b|\bom dig\b|\bbringer du\b|\bforventer vi\b|\bvi forventer\b|\ber det dig\b|^har (?:du|i) det,? der skal til\b/u],
  // "De første 12 måneder", "Det første år", "Dine første 100 dage": what the post is to achieve
  ["jobprofil", /^(?:i )?(?:de|det|dine|dit) første (?:\d+(?:\s?[-–]\s?\d+)? )?(?:år|måneder|dage|uger)\b/u],
  // "Resultater efter 18 måneder", "Succeskriterier": what the post is measured by
  ["jobprofil", /^(?:forventede )?resultater (?:efter|inden for|i løbet af) (?:de første )?\d+ (?:år|måneder)\b|^succeskriterier\b/u],
  ["jobprofil", /\bopgaver(ne)?\b|ansvarsområde|\budfordring(en|er|erne)?\b|\bjobbet\b|\bstillingen\b|\bopgaven\b|\bstå for\b|\bansvar(?:et)?\b|\bdin rolle\b|\brollen\b/u],
  ["yderligere", /\bkontakt|\bspørgsmål\b|oplysninger|information/u],
];

/** "Forord ved borgmester Karen Møller Dahl", "Velkommen fra bestyrelsesformand Ole Brix": the foreword, its writer named (normalised). */
export const FOREWORD_BY_NAME = /^(?:forord|velkommen) (?:ved|fra) (?:borgmester|kommunaldirektør|direktør|formand|bestyrelsesformand|regionsrådsformand|rektor|forstander)(?: \p{L}[\p{L}-]*){1,4}$/u;

/**
 * A unit's name on a line of its own, its words capitalised as a name's, the unit's noun among its first two and a
 * comma's list or a "for" after it: "Borgmesterens Afdeling, HR og Løn", "Center for Økonomi og Løn", "Sekretariatet
 * for Pension" (whose words a section's heading has). Not "Sekretariatet og Opgaverne", nor "Kontakt Sekretariatet".
 */
const CAPITALISED_LINE = /^\p{Lu}[\p{L}'’-]*,?(?:\s(?:(?:og|for|i|&)\s)?\p{Lu}[\p{L}'’-]*,?)*$/u;
const UNIT_NOUNS: ReadonlySet<string> = new Set(UNIT_WORDS);
export function isUnitNameLine(line: string): boolean {
  const text = line.trim();
  if (!CAPITALISED_LINE.test(text)) return false;
  const words = text.split(/[\s,]+/u);
  const at = words.slice(0, 2).findIndex((w) => UNIT_NOUNS.has(w.toLowerCase()));
  return at >= 0 && (text.includes(",") || words[at + 1] === "for");
}

/**
 * The headings over what the post offers ("Vi tilbyder", "Det får du hos os"): generic, for ads put the post's own
 * tasks under them too, but a list right under one is the offer's ("en direktør og en chefgruppe, der giver plads og
 * bakker op" names people, and is no one's profile).
 */
export const OFFER_HEADINGS: ReadonlySet<string> = new Set([
  "vi tilbyder", "hvad tilbyder vi", "det får du", "det får du hos os",
  "det tilbyder vi", "det tilbyder vi dig", "vi kan tilbyde", "vi tilbyder dig", "hvad får du", "hvad får du hos os", "hvad kan vi tilbyde", "hvad vi tilbyder", "hvad vi tilbyder dig",
  "det vi tilbyder", "det kan vi tilbyde", "det kan vi tilbyde dig", "hvad kan vi tilbyde dig", "hvad tilbydes",
  "det, vi kan give dig", "det vi kan give dig", "hvad vi kan give dig", "hvad kan vi give dig", "det kan vi give dig",
]);

/**
 * Strong headings that an advertisement uses for whatever follows ("Om
 * stillingen" over the tasks, the person and the terms alike): known, but
 * their content may still say otherwise.
 */
export const GENERIC_HEADINGS: ReadonlySet<string> = new Set([
  // "Afdelingen" may tell the department's work as much as the department
  ...ORGANISATION_NOUNS,
  ...OFFER_HEADINGS,
  "om stillingen", "om jobbet", "stillingen", "jobbet", "kort om stillingen", "om os", "hvem er vi", "information",
  "om arbejdspladsen", "arbejdspladsen", "om ansættelsen",
  "det praktiske", "vi søger", "om dig", "dig", "profil", "din profil", "ansøgning", "ansøgningen", "kontakt", "mere information",
  // a closing question over the call to apply, or (less often) over the person it wants
  "lyder det som dig", "lyder det som noget for dig", "lyder det interessant", "lyder det spændende", "er du interesseret",
  "yderligere information", "yderligere oplysninger", "vil du vide mere", "har du spørgsmål", "spørgsmål",
  // the terms and the steps to them alike: "Ansættelse" over the overenskomst, the committee and the deadline
  "ansættelse", "løn og ansættelse", "ansættelse og løn",
  // a fact box's heading over the deadline, the start, the place and whom to ask: each line by its own words
  "praktiske oplysninger", "praktisk information", "praktiske informationer", "praktiske forhold", "praktisk",
  "the department", "our department", "the unit", "the hospital", "the clinic",
  "about us", "who we are", "what we offer", "we offer", "about you", "your profile", "about the position", "about the job",
  "about the role", "application", "contact", "more information", "further information", "questions",
]);

/**
 * Lines that introduce a list and say what it holds ("Vi forventer, at du:",
 * "Som leder skal du:"): tried in order on a lead-in line, which acts as the
 * heading of its list.
 */
/**
 * "Konkret betyder det, at du:" over a list: what the sentence before it means for the one in the post, the job's where
 * that sentence told of the job ("Du bliver daglig leder af to boenheder."), the person's where it told of the person.
 * ("Det betyder blandt andet, at du:", "Det indebærer bl.a., at du:": the subject first, an adverb between.)
 */
export const LEAD_IN_MEANS = /\b(?:betyder|indebærer) (?:det|stillingen|jobbet|rollen|opgaven),? at du:?$|\bhvilket (?:betyder|indebærer),? at du:?$|^(?:det|stillingen|jobbet|rollen|opgaven) (?:betyder|indebærer) (?:blandt andet|bl\.a\.|konkret|i praksis|i hverdagen),? at du:?$/u;

/**
 * A lead-in of expectation and nothing else: "Vi forventer, at du:", "Det forventer vi af dig:". Of the person, or of the
 * post's holder at work: the sentence before it, or the heading over it, may say which ("I de første 100 dage forventer
 * vi, at du bruger tid på at lære området at kende. Vi forventer, at du:" over what is to be done by then).
 */
/** A box's heading over the process's dates and steps, beside a posting ("Tidsplan"): no heading of applying at large ("Ansøgning"). */
export const TIMELINE_HEADINGS: ReadonlySet<string> = new Set(["tidsplan", "tidsplan for rekrutteringen", "tidsplan for ansættelsen", "proces og tidsplan", "forløb", "rekrutteringsforløb", "ansættelsesforløb", "rekrutteringsproces", "ansættelsesproces", "processen", "proces", "datoer", "vigtige datoer"]);

export const BARE_EXPECTATION = /^(?:vi forventer,? at du|det forventer vi af dig|vi forventer af dig):?$/iu;
/** What a sentence on the post's first stretch asks of it: "forventer vi", "skal du", "lykkes med". */
export const ASKED_OF_THE_POST = /(?<!\p{L})(?:forventer|skal|lykkes|opnå|nå)(?!\p{L})/u;

/** The post's first stretch, what it is to have achieved by its end: "det første år", "de første 12–18 måneder", "de første 100 dage". */
export const FIRST_PERIOD = /\b(?:det første (?:halve )?år|(?:de|dine) første (?:(?:\d+(?:\s?(?:[-–]|til)\s?\d+)?|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv|atten|par|hundrede) )?(?:år|måneder|mdr|dage)|(?:det|dit) første halvandet år)(?!\p{L})/u;

export const LEAD_IN_PATTERNS: [Exclude<SectionKind, "andet" | "bilag">, RegExp][] = [
  // "Læs mere om stillingen og de ønskede kvalifikationer i jobprofilen:": a pointer to more, whatever it names
  ["yderligere", /^(?:(?:du kan|her kan du) )?(?:læs|læse|se) (?:mere|hele)\b/u],
  // "Hele job- og personprofilen og linket til at søge finder du her:" over the link
  ["yderligere", /^(?:hele|den fulde|den uddybende|den samlede) .{0,80}\bfinder du (?:her|på|via|nedenfor)\b/u],
  // "Har du spørgsmål til stillingen, er du velkommen til at kontakte:" over the people to call: whom to ask, not the
  // person sought its "at du" would make it
  ["yderligere", CONTACT_LEAD_IN],
  ["yderligere", /^(?:har du|ved) (?:\S+ ){0,3}spørgsmål\b/u],
  // (and "Derudover får du:", "Du får også:" over a list: what comes with the post; "Du kan glæde dig til:", "Det kan du
  // se frem til:", what the house promises, not the person its "du kan" would make it)
  ["vilkaar", /^(?:du kan|det kan du|hvad kan du) (?:glæde dig til|se frem til)\??:?$|^(?:(?:derudover|desuden|endvidere|samtidig|til gengæld|og) )?(?:får du|du får)(?: også| desuden| blandt andet| bl\.a\.)?:?$|\b(?:vi|kan) (?:kan )?tilbyde[rs]?\b|^hvad (?:får du|kan vi tilbyde)\b|\bfår du hos os\b|\bdu får\b.{0,40}\b(?:løn|pension|ordning|tillæg|frokost|fleks)|\bvi giver dig\b|^du får (?:gode|fine|ordentlige|attraktive|fleksible|de bedste) (?:rammer|vilkår|arbejdsforhold|forhold)\b/u],
  // "… vurderes af et særskilt, eksternt bedømmelsesudvalg, som ikke deltager i samtalerne:" over its members;
  // "An assessment and appointment committee has been set up with the following members:"
  // (and "Din ansøgning skal sendes via knappen "Søg stillingen" og skal indeholde:": what it is to hold, not the post)
  ["ansaettelsesproces", /^sådan (?:foregår|forløber) (?:ansættelsen|rekrutteringen|processen|forløbet)\b|^(?:det skal du vide|godt at vide),? (?:før|inden) du søger\b|\b(?:ansættelses|indstillings|bedømmelses)?udvalg\p{L}* med følgende\b|\b(?:bliver du|vil du blive) (?:vurderet|bedømt)\b|\bansøgning(?:en)? (?:skal|sendes|uploades)\b|\b(?:skal|bør) indeholde\b|\bi (?:din )?ansøgning(?:en)?\b|\bvedlæg(?:ge)?\b|\bsend os\b|\bproces(?:sen)?\b|\btidsplan(?:en)?\b|\b(?:ansættelses|indstillings)?udvalg(?:et)?\b.{0,30}\bbestår\b|\bbedømmelsesudvalg(?:et)?\b(?!.{0,40}\bat du\b)|\bcommittee\b.{0,60}\b(?:members|consists of|composed of)\b/u],
  // "Det er din opgave, at du sammen med dine chefer:", "Dine vigtigste opgaver bliver at:": the task named outright
  // outweighs the "at du" (or "du har") of the person,
  // and so does what "du vil" or "skal" do ("Vi forventer, at du blandt andet vil:" over "stå for skemaet")
  // ("Hvad vi håber, du vil gøre", "Det skal du lave": what you are to do, its verb last)
  // ("Du er skolelederens stedfortræder og har et særligt ansvar for:": what the list holds is the responsibility's)
  // (an adjective only between: "tidligere har haft ansvar for:" is the person's past)
  ["jobprofil", /\b(?:har|får) (?:et |det )?(?:(?:særligt|særlige|overordnet|overordnede|dagligt|daglige|fuldt|fulde|samlet|samlede|primært|primære|stort|store|centralt|centrale) )?(?:ansvar|ansvaret|opgaver|opgaverne) (?:for|med|inden for):?$|\bdine? (?:[\p{L}-]+ )?(?:opgave|opgaver|ansvar\p{L}*)\b|\bdit ansvar\p{L}*\b|\bdu(?: [\p{L}-]+){0,3} (?:vil|skal):?$|\bdu (?:vil|skal|kommer til at) (?:gøre|lave|arbejde med|stå for)\??:?$/u],
  // an English part's "Your main tasks will be to:" (not "If you have questions, you are welcome to contact:")
  ["jobprofil", /^your (?:main |primary |key )?(?:tasks|responsibilities|duties)\b/u],
  // "We expect that you have:", "The successful candidate has:", "You bring:"
  ["personprofil", /^we expect (?:that )?you\b|^the (?:successful|ideal) (?:applicant|candidate)\b|^you (?:have|hold|bring)\b/u],
  // "Bestyrelsen forventer, at den nye direktør i løbet af det første år har:": what the post is to have achieved
  // "… i de første 12–18 måneder:", a span of months as well as a number
  // "I de første år forventer dekanen særligt, at institutlederen:", the span left out
  // (and "… inden for de første 12 til 18 måneder:", "… inden for dine første to år lykkes med følgende:", "det første
  // halve år", "de første 12-18 mdr.")
  ["jobprofil", FIRST_PERIOD],
  ["personprofil", /\bat du\b|, hvis du(?:\s?(?:\.\.\.|…))?:?$|\b(?:er|kan) du\b|\bdu (?:har|er|kan|evner|brænder|trives|bringer|besidder|motiveres)\b|\b(?:vi )?(?:forventer|forestiller|ser gerne|lægger vægt|håber)\b|\bkvalifikationer\b|\bkompetencer\b|\bden rette\b|\bdin profil\b|(?<!\p{L})vi (?:søger|leder efter) (?:en|et|dig)(?!\p{L})[^.]{0,40}?,?\s(?:der|som)(?!\p{L})/u],
  ["jobprofil", /\bdu (?:skal|får|bliver|kommer til|vil få|vil være)\b|\b(?:skal|får|bliver) du\b|\bkommer du til\b|\bopgaver(?:ne)?\b|\bansvar(?:et|sområde)?\b|\bhvor du (?:især|bl\.a\.|blandt andet)\b|\bjobbet\b|\bstillingen\b/u],
  ["yderligere", /\bkontakt(?:e)?\b|\bspørgsmål\b/u],
];

/** What a job portal calls the ad itself, as the first line over its title: "Stillingsbeskrivelse", "Jobbeskrivelse". */
export const PORTAL_DOCUMENT_LABELS: ReadonlySet<string> = new Set(["stillingsbeskrivelse", "jobbeskrivelse", "job description", "stillingsopslag", "jobopslag"]);

/**
 * "Vi forventer, at du" over a list, its colon lost (a heading set as a paragraph by a PDF), or "Vi søger en leder,
 * der" over "- har …" / "- er …": a clause its list ends. And "Du har", "Du er", the reader and a verb alone, over the
 * list that ends them (not "Vi tilbyder" nor "Du får", whose terms go on after their list: "Tiltrædelse: 1. juli 2027",
 * "Hertil kommer en grundig introduktion").
 */
export const OPEN_CLAUSE = /(?<!\p{L})(?:at|skal|kan|vil|bør|får) du$|, hvis du(?:\s?(?:\.\.\.|…))?$|, (?:der|som)$|^du (?:har|er|skal|bliver)$/iu;

/** The house by its kind, in the definite form, as a heading presents it ("Om ministeriet og afdelingen", "Om styrelsen"). */
const HOUSE_NOUNS = [
  "ministeriet", "departementet", "styrelsen", "direktoratet", "museet", "hospitalet", "sygehuset", "kommunen", "regionen",
  "afdelingen", "forvaltningen", "institutionen", "virksomheden", "selskabet", "foreningen", "skolen", "centret", "centeret",
  "huset", "kontoret", "enheden", "organisationen", "arbejdspladsen", "fakultetet", "instituttet", "sekretariatet",
].join("|");

/**
 * "Om Gudenå Forsyning A/S", "Velkommen til Kildebo", "About GEUS and the department": a heading over the
 * organisation by its name, the introduction. Read on the heading as written:
 * the capital is what tells a name from "Om stillingen". And "Om ministeriet og afdelingen", "Fakta om skolen":
 * the house by its kind, alone or with its unit (HOUSE_NOUNS).
 */
// (and "Om området", the area the post heads: as weak, for what a chief's area holds is as often the job's)
export const ORGANISATION_HEADING = new RegExp(
  String.raw`^(?:[Oo][Mm]|[Vv]elkommen [Tt]il|[Ff]akta [Oo]m|[Kk]ort [Oo]m|[Aa]bout|[Ww]elcome [Tt]o)\s+(?!(?:You|Your|The|Us|Me|This|Our)(?!\p{L}))(?:\p{Lu}|\d)|^[Oo]m (?:området|fagområdet):?$` +
    String.raw`|^(?:[Ff]akta |[Kk]ort )?[Oo]m (?:${HOUSE_NOUNS})(?:(?:,\s+|\s+og\s+)(?:${HOUSE_NOUNS}))*:?$`,
  "u",
);

/**
 * A yes/no question that opens with its verb ("Kan du lære andre at tænke med
 * hænderne?", "Er du vores nye leder?", "Brænder du for børn?"): an ad's
 * teaser, a hook for the text under it, which is as often the workplace as
 * the person. It names no kind; the words under it decide.
 */
export const TEASER_QUESTION = /^(?:er|kan|vil|har|brænder|drømmer|elsker|savner|mangler|trives|tør|motiveres)\s+(?:du|I)\b[^?]{0,120}\?$/i;

/**
 * The heading of a box of the post's facts ("Nøglefakta", "KORT FORTALT", "Fakta om stillingen"): it names no
 * section's kind, its lines each say theirs ("Frist: …", "Løn: …"), and it ends the heading above it.
 */
export const FACT_BOX_HEADINGS: ReadonlySet<string> = new Set([
  "fakta", "nøglefakta", "kort fortalt", "jobfakta", "stillingsfakta", "fakta om stillingen", "fakta om jobbet", "key facts", "facts",
]);

/** The labels a box of the deadline alone goes under ("Ansøg senest" over the date, and the button to apply). */
export const DEADLINE_LABELS: ReadonlySet<string> = new Set([
  "ansøgningsfrist", "frist", "sidste ansøgningsdato", "ansøg senest", "søg senest", "ansøg inden", "sidste frist", "deadline",
  // a posting reopened or its deadline moved
  "ny ansøgningsfrist", "ny frist", "forlænget ansøgningsfrist", "forlænget frist",
]);

/**
 * Labels of a job board's or a page's fact box ("Ansøgningsfrist: 14. marts",
 * "Arbejdssted" over "Vejle"): a line of facts, never a section's heading,
 * and what each label tells about its line.
 */
export const FACT_LABELS: ReadonlyMap<string, Exclude<SectionKind, "bilag">> = new Map([
  ...[...DEADLINE_LABELS].map((label): [string, "ansaettelsesproces"] => [label, "ansaettelsesproces"]),
  ["ansøgningsdato", "ansaettelsesproces"], ["samtaler", "ansaettelsesproces"], ["samtale", "ansaettelsesproces"],
  ["første samtale", "ansaettelsesproces"], ["anden samtale", "ansaettelsesproces"], ["samtalerunde", "ansaettelsesproces"],
  ["første samtalerunde", "ansaettelsesproces"], ["anden samtalerunde", "ansaettelsesproces"], ["samtaledato", "ansaettelsesproces"],
  ["samtaledatoer", "ansaettelsesproces"], ["ansættelsessamtaler", "ansaettelsesproces"],
  // the start beside the deadline in a fact box is the timetable's, as readers file the box whole (under the terms'
  // own heading it follows that heading: segment's startFollows)
  ["tiltrædelse", "ansaettelsesproces"], ["forventet tiltrædelse", "ansaettelsesproces"], ["tiltrædelsesdato", "ansaettelsesproces"],
  ["startdato", "ansaettelsesproces"], ["start", "ansaettelsesproces"], ["ansættelsesstart", "ansaettelsesproces"], ["ansættelsesdato", "ansaettelsesproces"],
  ["opstart", "ansaettelsesproces"], ["forventet opstart", "ansaettelsesproces"], ["tiltrædelsestidspunkt", "ansaettelsesproces"],
  ["løn", "vilkaar"], ["lønforhold", "vilkaar"], ["arbejdstid", "vilkaar"], ["ugentlig arbejdstid", "vilkaar"],
  ["timer pr. uge", "vilkaar"], ["timer om ugen", "vilkaar"], ["timer", "vilkaar"], ["timetal", "vilkaar"], ["ugentligt timetal", "vilkaar"],
  ["stillingstype", "vilkaar"], ["ansættelsesform", "vilkaar"], ["ansættelse", "vilkaar"],
  ["ansættelsestype", "vilkaar"], ["jobtype", "vilkaar"], ["ansættelsesforhold", "vilkaar"], ["pension", "vilkaar"],
  ["kontakt", "yderligere"], ["kontaktperson", "yderligere"], ["kontaktpersoner", "yderligere"], ["telefon", "yderligere"],
  ["tlf", "yderligere"], ["e-mail", "yderligere"], ["mail", "yderligere"], ["hjemmeside", "yderligere"],
  ["arbejdssted", "indledning"], ["lokation", "indledning"], ["arbejdsgiver", "indledning"], ["virksomhed", "indledning"], ["adresse", "indledning"],
  ["afdeling", "indledning"], ["område", "indledning"], ["sted", "indledning"], ["placering", "indledning"],
  ["stillingsbetegnelse", "indledning"], ["jobkategori", "indledning"], ["stillingskategori", "indledning"], ["kategori", "indledning"], ["oprettet", "andet"],
  ["indrykket", "andet"], ["opslået", "andet"], ["arbejdssted og adresse", "indledning"], ["region", "indledning"],
  ["tjenestested", "indledning"], ["forvaltning", "indledning"], ["enhed", "indledning"], ["center", "indledning"],
  // a company's or a body's key figures ("Nøgletal 2026" / "Omsætning: 486 mio. kr." / "Medarbejdere: 164")
  // (not the bare "Medarbejdere", "Indbyggere": a PDF's box of figures sets them over their numbers, and a label that
  // took the line under it would pair the box's lines wrongly)
  ["omsætning", "indledning"], ["nettoomsætning", "indledning"], ["antal medarbejdere", "indledning"], ["antal ansatte", "indledning"],
  ["antal kunder", "indledning"], ["antal elever", "indledning"], ["årsresultat", "indledning"], ["egenkapital", "indledning"],
  ["anlægsinvesteringer", "indledning"],
  // an English page's box, and a job network's fields under its post ("Seniority level", "Job function", "Industries")
  ["application deadline", "ansaettelsesproces"], ["start date", "ansaettelsesproces"], ["starting date", "ansaettelsesproces"],
  ["type of position", "vilkaar"], ["employment type", "vilkaar"], ["working hours", "vilkaar"], ["salary", "vilkaar"],
  ["place of work", "indledning"], ["location", "indledning"],
  ["seniority level", "andet"], ["job function", "andet"], ["industries", "andet"],
  // the page's number for the post ("Jobnet ID", then "6031485"), and Jobnet's "Antal stillinger", then "1": no section's text
  ...POSTING_NUMBER_HEADINGS.map((label): [string, "andet"] => [label, "andet"]),
  ["antal stillinger", "andet"],
]);

/**
 * The fact box's labels that name where the work is done ("Arbejdssted: Sønderborg Slot"): a term of the post
 * among the dates and terms at a text's end, the box's own on its cover.
 */
export const WORKPLACE_LABELS: ReadonlySet<string> = new Set(["arbejdssted", "lokation", "adresse", "sted", "placering", "arbejdssted og adresse", "tjenestested"]);

/**
 * The labels of a job posting's fact box that name the post's place and kind
 * ("Arbejdssted: Aarhus C", "Ansættelsesform: Fuldtid, fast stilling"): a
 * head with two of them is an advertisement's, whatever its length. A
 * profile's cover gives a deadline, not these.
 */
export const POSTING_HEAD_LABEL = new RegExp(
  String.raw`^(?:arbejdssted|ansættelsesform|ansættelsestype|stillingstype|jobtype|arbejdstid|ugentlig arbejdstid|jobkategori|stillingskategori|stillingsbetegnelse|arbejdsgiver|${POSTING_NUMBER_LABEL})\.?\s*:\s*\S`,
  "iu",
);
/** A posting's particulars in a row, its hours among them: "Region Sjælland | Holbæk Sygehus | Fuldtid | Kontraktansættelse". */
export const POSTING_PARTICULARS = /(?:^|\s[|·•]\s)(?:fuldtid|deltid|fuld tid|fast stilling|tidsbegrænset)(?:\s[|·•]\s|$)/iu;

/**
 * A heading over what the employer offers ("Vi tilbyder", "Hvad tilbyder vi?", "Hvad du får"): an advertisement's, which
 * speaks to the applicant; a profile describes the post's terms instead.
 */
export const OFFER_HEADING = /^(?:(?:hvad\s+)?(?:vi\s+(?:kan\s+)?tilbyde[r]?|tilbyder\s+vi|kan\s+vi\s+tilbyde)|hvad\s+(?:du\s+får|får\s+du)|det\s+(?:får\s+du|tilbyder\s+vi)|(?:what\s+)?we\s+(?:can\s+)?offer)(?![a-zæøå])/i;

/**
 * Lines of a letter or a byline, never a heading: "Udarbejdet af Hvidberg & Kvist i samarbejde med Vordingborg
 * Kommune" (who wrote the document), "Kære kandidat" (a consultant's letter's salutation).
 */
export const BYLINE_OR_SALUTATION = /^(?:(?:udarbejdet|skrevet|forfattet|prepared|written)\s+(?:af|by)\s|(?:rekrutteringsproces|rekruttering)\s+(?:ved|v\.)\s|(?:kære|dear)\s+\p{L})/iu;

/** Lines on a cover that name the document type, never a section. */
// "Stillingsprofil" alone, as a cover's or a page's first line, is the profile's own name for itself
export const DOCUMENT_TYPE_PHRASES = [
  /^job-?\s*og\s+personprofil\b/i, /^stillings-?\s*og\s+personprofil\b/i, /^job-?\s*og\s+kravprofil\b/i, /^stillingsprofil$/iu,
  // a profile written in English: "Job and person profile", "Position and candidate profile"
  /^(?:job|position)\s+and\s+(?:person|candidate)\s+profile\b/i,
];

/** The document's type as a cell of a page's head line: "Aalborg Universitetshospital · Stillingsopslag: Centerchef, …". */
export const DOCUMENT_TYPE_CELL = /\s[·|]\s(?:stillingsopslag|jobopslag|job-?\s*og\s+(?:person|krav)profil|stillings-?\s*og\s+personprofil)(?::\s|\s[·|]\s|$)/iu;

/**
 * A cover line that gives the document's type beside a date or a name
 * ("Jobprofil · August 2026", "Lederprofil – Fors A/S", "Position profile"):
 * a lone "Jobprofil" is a section's heading, so the separator is required.
 */
export const PROFILE_TYPE_LINE = /^(?:(?:job|stillings|leder|rekrutterings)profil\s*[·|–—-]\s*\S|position\s*profile\b|executive\s*profile\b)/i;

/** A newsletter's list of its items, the post one of them: "I dette nummer", "I dette nyhedsbrev". */
export const NEWSLETTER_CONTENTS: ReadonlySet<string> = new Set(["i dette nummer", "i dette nyhedsbrev", "i denne udgave", "i nyhedsbrevet", "i denne måneds nyhedsbrev", "læs i dette nummer"]);
/** Headings of a table of contents, which lists sections but is none. */
export const CONTENTS_HEADINGS: ReadonlySet<string> = new Set([
  "indhold", "indholdsfortegnelse", "indholdsoversigt", "indhold på siden", "på denne side", "sidens indhold", "indhold i profilen",
  // a slide deck's list of its slides
  "dagsorden", "agenda",
]);

/**
 * Words a heading does not end on: a line that does is the lead-in to a
 * list ("Nogle af de vigtigste opgaver vil være at").
 */
export const TRAILING_FUNCTION_WORDS = new Set([
  "at", "af", "for", "til", "med", "om", "og", "i", "på", "som", "der", "er", "en", "et", "den", "det", "de",
  "eller", "samt", "fra", "ved", "hvor", "har", "vil", "skal", "kan", "blandt", "mellem", "under", "efter",
]);

/** No heading or label of the vocabulary, with its numbering and punctuation, is longer than this. */
const LONGEST_VOCABULARY_LINE = 120;

/**
 * The key to look a line up in the vocabulary's sets: its normal form, or ""
 * (in no set) for a line too long to be a heading. Every line of a document
 * is looked up, and most are paragraphs that need not be normalised to learn
 * they are no heading.
 */
export function vocabularyKey(text: string): string {
  return text.length > LONGEST_VOCABULARY_LINE ? "" : normaliseHeading(text);
}

/**
 * The same short lines are asked about again and again within a document
 * (the normaliser, the segmenter, the header and the title all look a line
 * up): the answers are remembered for one document. The pipeline empties the
 * memo when a document begins (`forgetHeadings`), because a line's string is
 * a slice of its document's text and would keep that text alive.
 */
const NORMALISED = new Map<string, string>();

export function forgetHeadings(): void {
  NORMALISED.clear();
}

const TRAILING_MARK = /^[\s:?.!–-]$/u;

/**
 * Where the run of spaces and marks that ends a heading ("Om dig:", "Hvem er du?") begins. A walk back
 * from the end: the pattern for it (`[\s:?.!–-]+$`) is tried at every position of the line.
 */
function trailingMarksStart(text: string): number {
  let i = text.length;
  while (i > 0 && TRAILING_MARK.test(text[i - 1])) i--;
  return i;
}

const PICTOGRAPHS = new RegExp(`[${PICTOGRAPH_CHARS}]`, "gu");
export function normaliseHeading(text: string): string {
  let norm = NORMALISED.get(text);
  if (norm !== undefined) return norm;
  norm = text
    .toLowerCase()
    // "🎯 Jobbet", "Det får du hos os 🎒": a heading's emoji are no part of its name
    .replace(PICTOGRAPHS, "")
    // "2. Jobbet", "b. Jobbet", "1) Om os", "Afsnit 2: Bostedet og beboerne", "3 | Jobbet": the chapter's number is no part of its name
    .replace(/^\s*(?:(?:afsnit|kapitel|chapter)\s+(?=[0-9ivx]))?(?:[0-9]{1,2}\)|[0-9]{1,2}(?:\.[0-9]{1,2})*\.?|[a-h][.)]|[ivx]{1,4}\.?)(?:\s*[:|·–—]|(?<=[.)]))\s+|^\s*[0-9]{1,2}(?:\.[0-9]{1,2})*\s+(?=\p{L})/u, "")
    .replace(/\s+/gu, " ");
  norm = norm.slice(0, trailingMarksStart(norm)).trim();
  if (NORMALISED.size < 10_000) NORMALISED.set(text, norm);
  return norm;
}
