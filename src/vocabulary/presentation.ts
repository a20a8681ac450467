/**
 * A paragraph that presents the employer by its size ("Norddjurs Kommune har ca. 37.000 indbyggere og strækker sig
 * …", "Kommunen har omkring 5.000 medarbejdere og et samlet driftsbudget på …"): the introduction, wherever it
 * stands. Ads put it last, under the process's heading or the contacts', as the employer's closing word about
 * itself. Data, tested on the paragraph's first sentence.
 */
import { BODY_ENDINGS } from "./employers.js";
import { isPositionNoun } from "./positions.js";

// a body's name closes with its kind (BODY_ENDINGS: "Kommune", "Hospital", "Museum" …), or opens with it ("Region Sjælland")
const BODY = String.raw`(?:(?:\p{Lu}[\p{L}-]*\s){1,3}(?:${[...BODY_ENDINGS, "Forsyning"].join("|")})|(?:Region|Hospitalsenhed|Regionshospitalet|Sygehus)\s\p{Lu}[\p{L}-]*|Kommunen|Regionen|Universitetet|Hospitalet|Sygehuset|Museet|Forsyningen|Selskabet|Virksomheden)`;
const ABOUT = String.raw`(?:ca\.|cirka|omkring|godt|knap|knapt|over|mere end|næsten|lidt over|i alt)`;
const MEMBERS = String.raw`(?:indbyggere|medarbejdere|ansatte|borgere|studerende|elever|kunder|forbrugere|besøgende)`;
const PRESENTATION = new RegExp(String.raw`^${BODY}\s(?:har|beskæftiger|tæller)\s(?:${ABOUT}\s)?\d[\d.,]*\s(?:${MEMBERS})(?![\p{L}])`, "u");

export const isEmployerPresentation = (sentence: string): boolean => PRESENTATION.test(sentence.trim());

/**
 * Why the post is open: "Vores nuværende centerchef går på pension til foråret", "Den hidtidige direktør har valgt at
 * søge nye udfordringer", "Our current Head of Department has accepted a position abroad". Every blind writer filed it
 * as the introduction (94 of 94 such probes in `fixtures/wild`), under whatever heading it stands.
 */
const PREDECESSOR = String.raw`(?:vores|den|jeres|kommunens|skolens|regionens|our|the)\s(?:nuværende|hidtidige|afgående|mangeårige|current|present|outgoing)\s(?<holder>(?:[\p{L}-]+\s){1,4}?)`;
const LEAVES = String.raw`(?:går\s(?:snart\s)?på\spension|gik\spå\spension|har\svalgt\sat\s(?:gå\spå\spension|stoppe|fratræde|søge\snye\sudfordringer|gå\snye\sveje)|fratræder|har\sfået\s(?:nyt\sjob|en\sstilling|job)|har\ssøgt\snye\sudfordringer|stopper|er\s(?:overgået|gået\svidere|skiftet)\stil(?=\s)|has\saccepted\sa\s(?:position|post)|has\sbeen\sappointed(?!\s(?:for|until)(?![\p{L}]))|er\s(?:blevet\s)?udnævnt\stil(?=\s)|(?:will\sbe\staking|is\staking|has\staken|will\stake)\sup\sa\s(?:new\s)?(?:position|post|role)|(?:is|will\sbe)\sleaving|(?:is|will\sbe)\smoving\son|has\smoved\son|(?:is|will\sbe)\sreturning\sto|will\sreturn\sto|returns\sto|vender\stilbage\stil(?=\s)|will\sleave|has\sleft|is\sretiring|will\sretire|retires|is\sstepping\sdown|has\sdecided\sto\s(?:retire|step\sdown|leave))`;
const PREDECESSOR_WORD = /nuværende|hidtidige|afgående|mangeårige|current|present|outgoing/i;
// "The position is vacant because the current vice-dean …", "Stillingen er ledig, fordi den hidtidige …": the reason said as one
const VACANCY_REASON = new RegExp(
  String.raw`^(?:(?:stillingen|jobbet|professoratet|the\sposition|the\spost|the\sprofessorship|the\schair)\s(?:er\sledig|er\sblevet\sledig|is\svacant|is\sopen),?\s(?:fordi|da|idet|because|as|since)\s|(?:\p{L}+\s){0,3}?)${PREDECESSOR}${LEAVES}(?![\p{L}])`,
  "iu",
);
// the verb first after an adverbial: "Efter 17 år på posten går vores nuværende direktør på pension"
const VACANCY_REASON_INVERTED = new RegExp(String.raw`(?<![\p{L}])(?:går|gik)\s${PREDECESSOR}(?:snart\s)?på\spension(?![\p{L}])`, "iu");

/**
 * Why a post is open again: "GENOPSLAG – Vi har desværre ikke fundet den rette kandidat i første omgang og slår derfor
 * stillingen op igen" (a re-posted ad's first words, no step of its process).
 */
const NOT_FOUND_YET = /^(?:\p{Lu}{4,}\s[–—-]\s)?(?:[Vv]i|[Bb]estyrelsen|[Uu]dvalget|[Aa]nsættelsesudvalget)\s(?:har\s)?(?:desværre\s|endnu\s)*ikke\s(?:har\s)?fundet\sden\srette\s(?<who>\p{Ll}+)/u;
/** A re-posted ad's notice that it is posted again: "Stillingen som leder af Bibliotekerne genopslås." */
const POSTED_AGAIN = /^stillingen\s(?:som\s[^.]{3,80}\s)?(?:genopslås|opslås\sigen|slås\sop\sigen)(?![\p{L}])/iu;
/** Whom a re-posted ad has not found: the one it hires ("kandidat", "ansøger", or the post: "forstander"). */
const NOT_FOUND_WHO: ReadonlySet<string> = new Set(["kandidat", "ansøger", "person", "profil", "leder"]);

/** …and the one who leaves holds a post ("centerchef", "Head of Department"): "Den nuværende struktur … stopper" is the job's. */
export function isVacancyReason(sentence: string): boolean {
  const notFound = sentence.length < 400 ? NOT_FOUND_YET.exec(sentence.trim()) : null;
  if (notFound && (NOT_FOUND_WHO.has(notFound.groups!.who) || isPositionNoun(notFound.groups!.who))) return true;
  if (sentence.length < 200 && POSTED_AGAIN.test(sentence.trim())) return true;
  // every sentence of a posting is asked: the one word the patterns cannot match without turns most away unsearched
  if (sentence.length >= 400 || !PREDECESSOR_WORD.test(sentence)) return false;
  const m = VACANCY_REASON.exec(sentence.trim()) ?? VACANCY_REASON_INVERTED.exec(sentence);
  return !!m && m.groups!.holder.split(/\s+/u).some((w) => w && (isPositionNoun(w) || POST_HOLDERS.has(w.toLowerCase())));
}
/** The one who holds the post, named by holding it: "the current holder of the chair", "den nuværende indehaver af stillingen". */
const POST_HOLDERS: ReadonlySet<string> = new Set(["holder", "indehaver", "indehaveren", "stillingsindehaver", "stillingsindehaveren"]);
