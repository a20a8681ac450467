/**
 * The words of pay and of the forms of employment, as data. Patterns are
 * whole-word (Danish letters included), global, case insensitive, and free of
 * nested quantifiers: they run on untrusted document text.
 */
import { LETTER, latin } from "./letters.js";
import type { EmploymentTerm } from "../schemas/record.js";
import { wordPattern } from "./dates.js";

/**
 * Forms of employment and the words that name them. Only the forms with the
 * word for terms attached ("kontraktvilkår", "på kontrakt") count, so that
 * "kontraktstyring" or "kontrakter med leverandører" in a job description
 * does not.
 */
export const EMPLOYMENT_TERM_WORDS: { term: EmploymentTerm; pattern: RegExp }[] = [
  // e.g. "på kontraktvilkår", "kontraktansættelse", "ansættes på kontrakt", "kontraktansat", "på direktørkontrakt",
  // "en tidsbegrænset kontrakt på to år", "en 2-årig kontrakt"; "åremålskontrakt" is åremål;
  // an English ad's "Employment on an individual contract", "The position is filled on contract terms"; a fact box's
  // "Ansættelse: Kontrakt, lønramme 37" (a box's label over its value: "Ansættelsesform" / "Kontrakt, jf. …"); "Løn og ansættelsesvilkår aftales individuelt og fastlægges i en kontrakt";
  // "individuel kontrakt uden for overenskomst"
  { term: "kontrakt", pattern: wordPattern(String.raw`kontraktvilkår\p{L}*|kontraktansæt\p{L}*|kontraktansat\p{L}*|kontraktbaseret|kontraktbasis|kontrakt for chefer|(?:chef|direktør|leder)kontrakt\p{L}*|på (?:(?:en|individuel|personlig) ){0,2}kontrakt|(?:individuel|personlig) kontrakt|ansættelseskontrakt|funktionærkontrakt|(?:tidsbegrænset|tidsbestemt|\d-årig|\p{L}{2,8}årig) kontrakt|(?:individual|personal|executive)(?: executive)? contract|employ(?:ed|ment) on (?:an? )?(?:individual |personal )?contract|(?:filled|employed|appointed|offered|appointment|employment) on contract terms|(?:fastlægges|fastsættes|aftales|reguleres) i en (?:(?:individuel|personlig|skriftlig) )?kontrakt|(?:ansættelse|ansættelsesform|ansættelsestype|ansættelsesforhold|stillingstype): (?:(?:individuel|personlig) )?kontrakt|(?:ansættelsesform|ansættelsestype|stillingstype)[ \t\u00a0]+(?:(?:individuel|personlig) )?kontrakt`) },
  // e.g. "åremål", "åremålsvilkår", "åremålsansættelse", "på åremål"; a university's English for a leader's "a 6-year
  // fixed-term contract", which is what åremål is called there (a postdoc's two years are not)
  { term: "aaremaal", pattern: wordPattern(String.raw`åremål\p{L}*|aaremaal\p{L}*|(?:[3-9]|three|four|five|six|seven|eight|nine)-year fixed-term (?:contract|appointment|position)`) },
  // e.g. "i henhold til gældende overenskomst", "efter overenskomst mellem KL og …", "Løn efter lederoverenskomsten
  // mellem KL og BUPL" (a leaders' agreement, a framework's), "inden for Lederaftalens rammer" (the kommuner's agreement on
  // their leaders' pay, in the definite form: "en årlig lederaftale om mål og resultater" is a leader's goals)
  // singular only: "forhandler overenskomster" is a task, not this post's terms
  // and an English part's "according to the collective agreement between the Ministry of Finance and AC"
  // and "in accordance with the agreement between the Ministry of Finance and the Danish Confederation of Professional
  // Associations (AC)", the state's agreement with the academics' unions
  // and the Danish for it: "Løn efter aftale mellem Finansministeriet og Lærernes Centralorganisation"
  // and the church's: "efter cirkulære om aflønning af kirke- og kulturmedarbejdere … og den gældende organisationsaftale"
  // and the state's agreement by its circular: "i henhold til cirkulære om aftale for akademikere i staten"
  { term: "overenskomst", pattern: wordPattern(String.raw`(?:leder|chef|ramme|organisations)?overenskomst(?:en|ens|ansat|ansættelse|vilkår\p{L}*|mæssig\p{L}*|dækket)?|collective agreement|agreement between the (?:Danish )?Ministry of Finance|aftale(?:n)? mellem Finansministeriet og|organisationsaftale(?:n|ns)?|lederaftale(?:n|ns)|cirkulære om (?:aftale|overenskomst) for \p{L}+`) },
  // e.g. "tjenestemandsansættelse", "ansættes som tjenestemand", "tjenestemandsvilkår"
  { term: "tjenestemand", pattern: wordPattern(String.raw`tjenestemand\p{L}*|tjenestemænd\p{L}*`) },
];

/**
 * Stems every spelling above holds (test/vocabulary/terms.test.ts checks each
 * alternative of each pattern): a sentence without any names no form, and one
 * scan for them is cheaper than the patterns' search.
 */
/** A contract that is an åremål: "Kontraktansættelse på åremål", "kontrakt efter aftale om åremål", "… på åremålsvilkår". */
export const CONTRACT_ON_FIXED_TERM = /kontrakt\p{L}*\s(?:på|efter aftale om|som)\såremål\p{L}*/iu;
export const EMPLOYMENT_TERM_STEMS = /kontrakt|åremål|aaremaal|overenskomst|tjenestem|collective agreement| contract|fixed-term|Ministry of Finance|Finansministeriet|organisationsaftale|lederaftale|cirkulære om/iu;

/** A sentence states this post's terms only when it speaks of employment or pay. */
export const TERMS_CONTEXT = wordPattern(
  String.raw`ansættes|ansættelse\p{L}*|ansat|besat|besættes|stilling\p{L}*|vilkår\p{L}*|løn\p{L}*|aflønning\p{L}*|aflønnes|aftales|forhandles|kontrakt\p{L}*|åremål\p{L}*|tjenestemand\p{L}*|` +
    // an English part's "Salary and terms of employment are according to …"
    // (and a list's "a permanent position on an individual executive contract")
    String.raw`salary|terms of employment|employment|appointment|the position is (?:offered|made) (?:as|on)|position on`,
);

/**
 * Outside the terms and process sections (a short ad's single section, say),
 * only a sentence that plainly states this post's terms counts: "Løn- og
 * ansættelsesvilkår i henhold til overenskomst", "Stillingen besættes på
 * åremål"; not "ansættelse af medarbejdere på overenskomst" as a task.
 */
export const STRONG_TERMS_CONTEXT = wordPattern(
  String.raw`ansættelsesvilkår\p{L}*|løn- og ansættelsesvilkår|stillingen (?:besættes|er|bliver|vil blive|aflønnes|ønskes besat)|besættes på|ansættes på|ansættelse sker|ansættelsen sker|aflønning sker|aflønningen sker|` +
    // an English part's own statement: "The position is offered on an individual executive contract"
    String.raw`the position is (?:offered|made) (?:as|on)|terms of employment`,
);

/** Words that mark a form as the second choice ("Alternativt kan ansættelse på kontraktvilkår drøftes"). */
export const SECONDARY_TERM_CUES = wordPattern(String.raw`alternativt|eventuelt|evt\.?|også mulig\p{L}*|kan også|eller efter aftale`);

/** Words that make an amount a salary anywhere ("Årslønnen vil være i niveauet 900.000 kr."). */
export const PAY_WORDS = wordPattern(
  String.raw`løn\p{L}*|årsløn\p{L}*|månedsløn\p{L}*|grundløn\p{L}*|basisløn\p{L}*|startløn\p{L}*|lønniveau\p{L}*|gage|aflønning\p{L}*|aflønnes|vederlag\p{L}*|honorering|honorar|lønpakke\p{L}*|kontraktløn\p{L}*|lønramme\p{L}*|løntrin|samlet pakke|` +
    // an ad's part in English ("We offer a base salary around DKK 800,000 a year")
    String.raw`salary|remuneration|pay package`,
);
/**
 * Words that make an amount a salary only where terms are stated (the terms
 * and process sections): "på et niveau, der forventes at ligge på ca.1.050.000
 * årligt", but not "et årligt budget på 2,5 mio. kr." in the job text.
 */
export const WEAK_PAY_WORDS = wordPattern(String.raw`niveau(?:et)?|årligt|om året|pr\. år|pr\. måned|om måneden|månedlig\p{L}*|inkl\. pension|ekskl\. pension|eksklusiv\p{L}* pension|inklusiv\p{L}* pension|plus pension\p{L}*`);

/** After an amount, these make it a count or a budget, not pay ("48.000 indbyggere", "2 mia. kr."). */
export const NOT_PAY_AFTER = new RegExp(latin(String.raw`^\s{0,3}(?:indbyggere|borgere|medarbejdere|ansatte|elever|brugere|ledere|børn|kvadratmeter|m2|km|timer|boliger|arbejdspladser|mia\.?|milliard\p{L}*)(?![${LETTER}\d])`), "iu");
/** Before an amount, these make it a budget or a turnover ("budget på 1.200.000 kr."). */
export const NOT_PAY_BEFORE = wordPattern(String.raw`budget\p{L}*|omsætning\p{L}*|bevilling\p{L}*|driftsbudget\p{L}*|anlægsbudget\p{L}*|udgifter|investering\p{L}*|tilskud\p{L}*|pulje\p{L}*`);

/**
 * A supplement named right before its amount ("et årligt ledelsestillæg på op
 * til 120.000 kr.", "funktionstillæg: 40.000 kr."): part of the pay, not the salary.
 */
export const SUPPLEMENT_BEFORE = new RegExp(latin(String.raw`(?<![${LETTER}])\p{L}{0,20}tillæg\p{L}{0,3}(?:\s{1,3}(?:på|af)|\s{0,2}:)?(?:\s{1,3}(?:op til|ca\.|omkring|maksimalt|maks\.|højst|årligt|om året))?\s{0,3}$`), "iu");

/** Words that make a pay period monthly or yearly. */
export const PERIOD_MONTH = wordPattern(String.raw`pr\. måned|om måneden|månedlig\p{L}*|månedsløn\p{L}*|pr\. md\.?|mdl\.?|/md\.?|/måned|a month|per month|monthly`);
export const PERIOD_YEAR = wordPattern(String.raw`årligt|om året|pr\. år|årsløn\p{L}*|årlig|/år|a year|per year|per annum|annually|yearly`);

/** Salary scales that name no amount: "løntrin 49", "lønramme 37 + tillæg", "lønklasse 42". */
export const SALARY_SCALE = new RegExp(latin(String.raw`(?<![${LETTER}\d])(?:løntrin|lønramme|lønklasse|skalatrin|lønnummer|løngruppe)\s{0,3}\d{1,3}(?:\s{0,3}\+\s{0,3}(?:tillæg|\p{L}{1,20}tillæg))?`), "giu");

/** Pension words near a percentage: "pension på 19,55%", "17,1 % i pension", "pensionsbidrag på 18 %". */
// "pensionister" are people, not a contribution
export const PENSION_WORDS = wordPattern(String.raw`pension|pensionen|pensionsbidrag\p{L}*|pensionsordning\p{L}*|pensionsindbetaling\p{L}*|pensionsprocent\p{L}*|pensionstillæg\p{L}*|pensionsgivende`);

/**
 * A line that gives the start ("Tiltrædelse: 1. august 2027 eller efter aftale.", "Start den 1. maj 2027.",
 * "Forventet tiltrædelse er den 1. juni 2027 …", "Stillingen ønskes besat pr. 1. marts", "Vi forventer, at du kan tiltræde
 * den 1. maj 2027.", "The expected start date is 1 May 2027."): one of the terms under the
 * terms' heading, a step of the timetable under the process's. Anchored at the sentence's start: "… så du kan starte
 * den 1. maj" inside a sentence about the post is the post's.
 */
export const START_STATEMENT =
  /^(?:(?:forventet|ønsket)\s+)?(?:tiltrædelse(?:sdato|stidspunkt)?|start(?:dato)?|opstart|ansættelsesstart|første arbejdsdag)(?::|\s+(?:er|bliver|forventes|sker|den|d\.|pr\.|senest|snarest|hurtigst|efter|fra|\d))|^stillingen\s+(?:(?:ønskes|forventes)\s+besat|kan\s+besættes)|^stillingen\s+er\s+(?:til\s+besættelse|ledig)\s+(?:fra|pr\.|den|hurtigst|snarest)|^(?:(?:vi|jeg)\s+(?:forventer|ønsker|håber),?\s+(?:at\s+)?du\s+kan|du\s+(?:kan|skal|forventes\s+at))\s+(?:tiltræde|starte|begynde)\s+(?:den\s+\d|d\.\s*\d|pr\.|\d|senest|snarest|hurtigst)|^(?:the\s+)?(?:(?:expected|anticipated|planned|desired)\s+)?(?:start(?:ing)?\s+date(?!\p{L})|(?:position|post|job)\s+(?:is\s+to\s+be|will\s+be|is)\s+(?:filled|available)\s+(?:by|from|as\s+of|on)(?!\p{L}))/iu;
/** A start line is short: a sentence that goes on about the post after its start is the post's. */
export const isStartStatement = (text: string): boolean => text.length < 160 && START_STATEMENT.test(text.trim());

/**
 * "Vi kan tilbyde et team med stor faglig stolthed …", "Hos os får du …", "We offer …": a sentence that opens on
 * what the post offers the applicant ("dig", "en stilling", "et team", "gode …"), the terms' (as the heading "Vi tilbyder"
 * is), where no heading of another kind says otherwise. Not "Vi tilbyder rådgivning til 3.000 familier": the house's work.
 */
export const OFFER_STATEMENT =
  /^(?:(?:vi (?:kan )?(?:tilbyder?|byder på)|til gengæld (?:tilbyder vi|kan vi tilbyde|får du))\s(?:dig\s|(?:en|et)\s(?:\p{L}+\s){0,3}?(?:stilling|job|arbejdsplads|team|fællesskab|introduktion\p{L}*|lederjob|lederstilling|arbejdsmiljø|hverdag|personalehus|personalegruppe|kollegaskab|ledernetværk|lederteam|ledergruppe|lederrolle)(?!\p{L})|(?:en|et)\s(?:\p{L}+\s){0,2}?(?:skole|institution|afdeling|organisation)\smed\s(?=[^.!?]{0,300}(?<!\p{L})(?:dig|du)(?!\p{L}))|(?:en|et)\s(?:spændende|udfordrende|alsidig|meningsfuld)\s(?:\p{L}+\s){0,2}?(?:rolle|udfordring)(?!\p{L})|gode\s|fleksib\p{L}*\s)|hos os får du\s|we (?:can )?offer (?:you|an?)\s|in return,? we offer\s)/iu;
/** A paragraph that goes on from a heading "Vi tilbyder" as its object: "En enestående arbejdsplads …", "Et nyt center med …". */
export const OFFER_GOES_ON = /^(?:en|et|gode|god|mulighed(?:en)? for)\s/iu;
export const isOfferStatement = (text: string): boolean => text.length < 400 && OFFER_STATEMENT.test(text.trim());

/**
 * "Ansættelsen sker på kontrakt efter Rammeaftale om …", "Lønnen forhandles individuelt …", "Hertil kommer pension på 18
 * %.", "Løn- og ansættelsesvilkår efter gældende overenskomst …": a sentence whose subject is the pay, the pension or the
 * contract, the terms' under any heading (a process's chapter "Proces og vilkår" gives them under its "Tidsplan").
 * Anchored at the sentence's start: "… en løn, der matcher" inside a sentence about the post is the post's.
 */
const TERMS_STATEMENT =
  /^(?:(?:lønnen|aflønningen|lønniveauet|gagen)\s+(?:forhandles|fastsættes|aftales|udgør|forventes\s+at\s+(?:ligge|udgøre|være)|ligger\s+på|er\s+(?:på|ca\.|cirka|individuel|forhandlet|fastsat|aftalt|efter|i\s+henhold\s+til|\d)|vil\s+(?:blive\s+)?(?:forhandlet|fastsat|ligge|udgøre|være\s+på)|sker\s+(?:efter|i\s+henhold\s+til))|løn(?:-\s?og\s|\s+og\s)(?:ansættelses|pensions)?(?:vilkår|forhold)|(?:løn|aflønning)\s+(?:efter|i\s+henhold\s+til|og\s+ansættelse\s+(?:(?:sker|er|foregår)\s+)?(?:efter|i\s+henhold\s+til))\s|ansættelsen\s+(?:sker|er|vil\s+ske|foregår)\s+(?:på|efter|i\s+henhold\s+til|som)\s+(?:\p{L}+\s+){0,3}?(?:kontrakt|åremål|overenskomst|rammeaftale|tjenestemand|cheflønsaftale)\p{L}*|hertil\s+kommer\s+(?:et\s+|en\s+)?(?:pension|pensionsbidrag|arbejdsgiverbetalt\s+pension)|pensionen\s+(?:udgør|er)\s|stillingen\s+aflønnes\s)/iu;
export const isTermsStatement = (text: string): boolean => text.length < 300 && TERMS_STATEMENT.test(text.trim());

/**
 * "Arbejdsstedet er Vejle Rådhus, Skolegade 1, 7100 Vejle.", "Arbejdsstedet er administrationen på Kongensgade 112",
 * "Dit daglige arbejdssted bliver …", "The place of work is …": where the work is done, one of the terms (as a fact
 * box's "Arbejdssted:" line at the ad's end is). Anchored at the sentence's start: "… og arbejdsstedet er præget af …"
 * is the house's, and so is "Arbejdsstedet er kendetegnet ved en flad struktur" (a place's name or number follows the
 * definite noun's "på", "i" or "ved").
 */
const WORKPLACE_STATEMENT =
  /^(?:(?:[Dd]it|[Ss]tillingens)\s+(?:daglige\s+|primære\s+|fysiske\s+)?arbejdssted|[Aa]rbejdsstedet|[Dd]in\s+(?:daglige\s+)?arbejdsplads)\s+(?:er|bliver|vil\s+være|vil\s+blive)\s+(?:\p{Lu}|\p{Ll}+(?:en|et)\s+(?:på|i|ved)\s+(?:\p{Lu}|\d))|^(?:[Tt]he|[Yy]our)\s+(?:primary\s+)?(?:place|location)\s+of\s+work\s+(?:is|will\s+be)\s/u;
export const isWorkplaceStatement = (text: string): boolean => text.length < 200 && WORKPLACE_STATEMENT.test(text.trim());

/**
 * "Region Sjælland er en røgfri arbejdsplads.", "OUH is a smoke-free workplace.": a condition of the work, which
 * readers file with the terms (or as further information, with the closing lines it often stands among).
 */
// ("Hedensted Kommune arbejder for et sundt arbejdsmiljø og er røgfri.", "Kommunen er røgfri i arbejdstiden.": the house
// is; "… arbejder for, at alle unge er røgfri" speaks of others, a clause of their own between)
const SMOKE_FREE =
  /\brøgfri(?:t)? (?:arbejdsplads|arbejdstid|hospital|kommune|region|virksomhed)\b|\b(?:kommune|kommunen|region|regionen|hospital|hospitalet|sygehus|sygehuset|arbejdspladsen|virksomheden|skolen|huset|institutionen)\b(?:(?!\b(?:at|så|der|som)\b)[^.!?]){0,60}?\ber røgfri(?:t)?(?=[.,;!]|\s+i\s+arbejdstiden|$)|\bsmoke-?free (?:workplace|hospital|working hours)\b/i;
export const isSmokeFreeStatement = (text: string): boolean => text.length < 400 && SMOKE_FREE.test(text);
