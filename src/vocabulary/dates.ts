/**
 * The Danish words of dates and of the events dates belong to, as data: the
 * date parser builds its patterns from these dictionaries (the way chrono's
 * locales build theirs from `constants.ts`), and the role finder reads the
 * cues. Month names live in `months.ts`, shared with the sectioner.
 */
import { LETTER, latin } from "./letters.js";
import { MONTHS } from "./months.js";
import { POSITION_ACRONYMS, POSITION_HEADS } from "./positions.js";

export { MONTHS };

export const WEEKDAYS: Record<string, number> = {
  mandag: 1, tirsdag: 2, onsdag: 3, torsdag: 4, fredag: 5, lørdag: 6, søndag: 7,
  man: 1, tirs: 2, ons: 3, tors: 4, fre: 5, lør: 6, søn: 7,
};

/** Longest first, so that "marts" wins over "mar" in an alternation. */
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
export const MONTH_ALTERNATION = alternation(Object.keys(MONTHS));
export const WEEKDAY_ALTERNATION = alternation(Object.keys(WEEKDAYS));
/** The words that open a clause on what went before: ", hvor der indgår en test," ", som gennemføres online,". */
export const RELATIVE_PRONOUNS = ["hvor", "hvori", "hvorunder", "som", "der"];
/** A weekday's full name, for a pattern that must not take "man" (the pronoun) or "fre" for a day. */
export const WEEKDAY_NAME = `(?:${alternation(Object.keys(WEEKDAYS).filter((w) => w.endsWith("dag")))})`;

/**
 * A round that says it takes days: "Anden samtale foregår over to dage: …", "en todages samtale", "samtalerunden strækker
 * sig over to dage" (not "to dages betænkningstid": the round's word is there).
 */
export const ROUND_OVER_DAYS = /(?<!\p{L})(?:(?:samtale\p{L}{0,6}|runde\p{L}{0,2})\s(?:\p{L}+\s){0,4}?over\s(?:to|tre|2|3)\sdage|(?:to|tre)dages\s(?:samtale\p{L}{0,6}|runde\p{L}{0,2}|forløb))(?!\p{L})/iu;
/**
 * Between a round and the steps it holds: "2. samtalerunde med case og drøftelse af testresultater | Tirsdag …", its day
 * the round's; nothing that parts them (a comma, a clause's "bagefter", a day of the round's own: "… med case i uge 10
 * og personlighedstest mandag den 22. marts").
 */
export const ROUND_WITH = /^\s+(?:med|inkl\.|inklusive|herunder)\s(?![^|.;:,\d]*?(?<![\p{L}])(?:efterfølgende|bagefter|herefter|derefter|dernæst|så)(?![\p{L}]))[^|.;:,\d]{0,60}$/u;

/** A round's day counted on its row: "2. samtalerunde, dag 2: …", "2. dag", "day 2". */
export const DAY_OF_ROUND = /(?<!\p{L})(?:dag\s\d|\d\.\s?dag|day\s\d)(?!\p{L})/iu;

/**
 * Words that make a month vague ("primo marts" = early March). The phrase is
 * kept and reported, never turned into a guessed day.
 */
export const APPROXIMATE_MONTH_PREFIXES = [
  "primo", "medio", "ultimo", "først i", "midt i", "sidst i", "starten af", "midten af", "slutningen af",
  "begyndelsen af", "i løbet af", "omkring", "senest i", "ultimo/primo",
];

/** The word before a time of day: "kl. 12", "kl 9.30", "klokken 10". */
export const CLOCK_WORD = String.raw`kl\.?|klokken`;

/**
 * The week word: "uge 35", "ugerne 35-36". A week is a date of week
 * precision (its Monday), not a vague phrase.
 */
// and an English part's "week 16", "weeks 16-17"
export const WEEK_WORD = "uge(?:rne)?|weeks?";

/**
 * Words after which a bare day/month ("3/4") is a date: a label or a date
 * cue says so. Without one, "2/3" is as likely a fraction. e.g. "Frist: 3/4",
 * "senest 14/3", "pr. 1/8", "Ansøgningsfrist | 14/3", "Første samtalerunde holdes 20/4".
 */
export const NUMERIC_DATE_LEAD = latin(
  String.raw`(?:(?<![${LETTER}])(?:\p{L}{0,14}frist(?:en)?|senest|pr\.|fra|inden|til|tiltrædelse|tiltr\.|start|samtale\p{L}{0,6}|(?:af)?hold(?:es|t)|afvikle[st]|den|d\.)(?:[ 	 ]{1,3}henholdsvis)?|[:|])[ 	 ]{0,3}$`,
);

/** Words after a bare day/month that make it a fraction: "2/3 af", "1/2 time". */
export const FRACTION_AFTER = latin(String.raw`^[ 	 ]{0,3}(?:af|dele?|tid|timer?|stilling|procent)(?![${LETTER}])`);

/** Words before a dotted number that make it a version or a reference, not a date: "version 2.3.10", "v. 1.2.27". */
export const NOT_DATE_BEFORE = latin(String.raw`(?<![${LETTER}])(?:version|vers\.|v\.|nr\.|§|ip)[ 	 ]{0,3}$`);

/**
 * Words that tell of a date as past, so that the document is not older than
 * it: "Siden 1. marts 2027 har …", "I februar 2027 fik afdelingen …",
 * "Opslået 3. januar 2027". A date in the same clause as one of these bounds
 * the years inferred for the process's dates from below.
 */
export const PAST_CUES = [
  // (not the page, "nederst på siden", "i bunden af siden", nor the side, "ved siden af")
  String.raw`(?<!(?:på|i|af|ved)\s{1,3})siden(?!\s{1,3}af(?![${LETTER}]))`, "blev", "blevet", "var", "fik", "havde", "overtog", "fratrådte", "tiltrådte", "åbnede", "vedtog",
  "indviede", "flyttede", "startede", "etablerede", "gik", "sammenlagde", "opslået", "indrykket", "annonceret", "publiceret",
  "offentliggjort", "oprettet", "udgivet", "udarbejdet", "opdateret", "har været", "har haft",
];

/**
 * A notice that moves the deadline: "Ansøgningsfristen er forlænget til
 * fredag den 15. januar", "Ny frist: 2. marts", "fristen er rykket til …".
 * A deadline after one of these is the one in force, wherever the old one stands.
 */
export const AMENDED_DEADLINE = wordPattern(String.raw`(?:forlænget|forlænges|udskudt|udsat|rykket|flyttet|ændret) (?:til|frem til)|ny (?:ansøgnings)?frist|ny deadline`);

/** The words that join a date to the next, "den 17. og 18.", "fra 3. til 5. maj": a date written on goes on after them. */
export const DATE_JOINERS = ["og", "til"];

/** Where a clause of its own opens in a sentence: ", og", ", men", "; ". */
export const CLAUSE_OPENING = /[,;]\s(?:og|men|mens)\s|;/u;

/**
 * A notice that moves the interviews with it: "Samtalerne er flyttet tilsvarende: 1. samtalerunde holdes nu tirsdag
 * den 23. marts …". A round's day told so is the one in force over the day the text first gave it.
 */
export const MOVED_ROUNDS = wordPattern(String.raw`(?:er|bliver|blevet) (?:flyttet|rykket|udskudt|udsat)|(?:holdes|afholdes|ligger|finder sted) nu`);

/**
 * The perfect tense tells of the past too: "har" and, a few words on, a
 * participle ("Vi har i 2027 fået ny direktør", "har siden januar gennemført").
 * Alone, a participle may be future ("forventes gennemført i uge 12").
 */
export const PAST_PARTICIPLES = [
  "fået", "gennemført", "etableret", "indført", "åbnet", "indviet", "omorganiseret", "sammenlagt", "ansat", "vedtaget",
  "lanceret", "samlet", "udvidet", "flyttet",
];

/**
 * Seasons: "Tiltrædelse i løbet af foråret", "efter sommerferien 2027". A
 * time, but no day: a phrase like "primo marts", never a guessed date.
 */
export const SEASONS = ["foråret", "sommeren", "efteråret", "vinteren", "årsskiftet", "sommerferien", "efterårsferien", "vinterferien", "påsken", "julen"];
/** Words that may stand before a season in the phrase kept. */
export const SEASON_PREFIXES = ["i løbet af", "i", "efter", "inden", "omkring", "hen over", "til"];

/**
 * A day or a week told from the date before it: "Første samtale er mandag den 10. maj, og anden samtale ugen efter".
 * Only where the phrase ends there: "ugen efter påske", "dagen efter samtalen" are told from something else.
 */
export const RELATIVE_DAY_PHRASES = ["dagen efter", "dagen derpå", "dagen derefter", "den efterfølgende dag", "den følgende dag"];
export const RELATIVE_WEEK_PHRASES = ["ugen efter", "ugen derpå", "ugen derefter", "den efterfølgende uge", "den følgende uge"];
/** The words that may go on after such a phrase, its clause going on ("ugen efter, hvor …", "dagen efter kl. 9"). */
export const RELATIVE_FOLLOWERS = ["og", "eller", "samt", "hvor", "med", "kl"];
/**
 * Words between the date before such a phrase and it that make it no step's day ("du får svar dagen efter", "du hører
 * fra os senest ugen efter"), or tell it from another time than that date ("… holdes i maj, og anden samtale ugen
 * efter", "efter påske").
 */
export const RELATIVE_NOT_A_STEP = /(?<!\p{L})(?:svar|besked|hører|høre|tilbagemelding|afklaring|senest|påske\p{L}*|jul\p{L}*|\p{L}*ferie\p{L}*)(?!\p{L})/iu;

/** Whole phrases that stand for a date without naming one. */
// "efter aftale" is left out: "referencer efter aftale" and "samtale efter aftale" name no date at all
export const APPROXIMATE_PHRASES = ["snarest muligt", "hurtigst muligt", "snarest"];

/**
 * A whole-word pattern, global and case insensitive. JavaScript's `\b` only
 * knows ASCII letters, so "ø" would count as a word boundary: Danish words
 * need letter lookarounds instead.
 */
export function wordPattern(source: string): RegExp {
  return new RegExp(latin(String.raw`(?<![${LETTER}\d])(?:${source})(?![${LETTER}\d])`), "giu");
}

/** The role a date plays in a hiring process, read from the words around it. */
export type DateRole = "deadline" | "interview" | "start" | "other";

export interface DateCue {
  role: DateRole;
  pattern: RegExp;
  /** A cue that only decides when no other role is named earlier in the sentence, and yields to a labelled date. */
  weak?: boolean;
  /** A weak cue that names its own subject ("send din ansøgning … senest"): a role named earlier in the sentence does not speak for its date. */
  ownSubject?: boolean;
}

/**
 * Cues, in no particular order: the role of a date is the role of the cue
 * nearest before it in its clause (then the nearest after). "other" marks the
 * dated events that are none of the facts: the committee meeting, a test day,
 * the council's approval, the decision. All patterns are global, case
 * insensitive, and free of nested quantifiers.
 */
export const DATE_CUES: DateCue[] = [
  // e.g. "Ansøgningsfristen er", "Ansøgningsfrist:", "Frist for ansøgning", "sidste ansøgningsdag"
  // (and as ASCII writes them where a system knows no æ, ø, å: "ansoegningsfrist", "ansogningsfrist")
  // (and an English part's "Apply by 15 March 2027", "Applications must be received by …", "Closing date:")
  { role: "deadline", pattern: wordPattern(String.raw`ansøgningsfrist\p{L}*|ans(?:oe|o)gningsfrist\p{L}*|frist(?:en)? for ansøgning\p{L}*|ansøgningsdato|sidste ansøgningsdag|deadline|fristen|frist|i hænde|apply (?:by|before)|applications? (?:must|should) be (?:received|submitted) (?:by|before)|closing date`) },
  // e.g. "så send gerne din ansøgning hurtigst muligt – dog senest den 28. marts": the application's "senest", over
  // the interviews named before it ("Vi indkalder til samtaler løbende, så send …"); weak still before a label ("Frist:")
  // ("Vi holder samtaler løbende, men søg senest fredag d. 5. marts", "… så søg allerede i dag – senest 5. marts": the
  // call to apply, "søg" or "søge", not "søger")
  { role: "deadline", weak: true, ownSubject: true, pattern: wordPattern(String.raw`send\p{L}* (?:\p{L}+ ){0,3}ansøgning\p{L}*(?:(?!samtale|interview)[^.!?]){0,40}?senest|søge? [^.!?]{0,30}?senest`) },
  // e.g. "modtaget senest den 5. marts", "senest den", "søg senest", "senest d."
  // weak: "Tiltrædelse senest 1. marts" is a start, so these yield to any other cue earlier in the sentence
  { role: "deadline", weak: true, pattern: wordPattern(String.raw`senest|modtaget|ansøgningen skal være os i hænde|no later than|not later than`) },
  // e.g. "Første samtalerunde", "1. samtale", "anden samtalerunde", "samtaler afholdes"; a numbered
  // "1. interview" counts through ROUND_MENTION
  { role: "interview", pattern: wordPattern(String.raw`samtale(?:r|rne|n)?|samtalerunde(?:r|n|rne)?|jobsamtale\p{L}*|ansættelsessamtale\p{L}*|jobinterview\p{L}*|ansættelsesinterview\p{L}*`) },
  // an English part's rounds: "First interviews: 20 April 2027", "second interview"
  // "First-round interviews are expected to take place on …", "A second round … is planned for 6 April 2027",
  // "… invite the qualified applicants to interviews, which are expected to take place in week 24"
  // ("Shortlisted candidates will be invited to an interview and a trial lecture, which are expected to take place on …")
  { role: "interview", pattern: wordPattern(String.raw`(?:invited|called) (?:to|for) (?:an? |the )?interviews?|(?:first|second|third|final|1st|2nd|3rd)(?:[- ]round)? (?:round of )?interviews?|interviews?,? (?:which |that )?(?:will|are expected to|is expected to) (?:be held|take place)|(?:a |the )?(?:second|third|final) round`) },
  // a Danish round by its number ("Anden runde er en dialog med byrådets gruppeformænd tirsdag den 6. april",
  // "3. runde: afsluttende samtale"): the round's day, which a test or a case for the round's candidates is not (the
  // longer cues below); the round's words are its own ("… med byrådets gruppeformænd" is no council's decision)
  { role: "interview", pattern: wordPattern(String.raw`(?:første|anden|tredje|fjerde|sidste|afsluttende|[1-4]\.) runde(?:: | er )?(?:(?:en|et) (?:\p{L}+ ){0,2}med(?: (?!(?:${WEEKDAY_NAME}|den|i|på)(?!\p{L}))\p{L}+){1,3})?`) },
  // e.g. "2. samtale med test holdes torsdag den 28. januar", "samtale og test den 4. marts": the test is part of
  // the round, so the longer cue speaks for the date rather than the bare "test" inside it
  { role: "interview", pattern: wordPattern(String.raw`(?:samtale(?:r|rne|n)?|samtalerunde(?:r|n|rne)?|runde) (?:med|og|inkl\.|inklusive|samt) (?:en |et )?(?:\p{L}{1,20} )?\p{L}{0,20}(?:test|case)\p{L}*`) },
  // e.g. "Forventet tiltrædelse", "tiltrædelse den", "Forventes tiltrædelse", "tiltræder", "ønskes besat pr."
  // e.g. "Du skal kunne starte senest 1. august", "begynde den 1. maj", "Start 1/5.", "en ny leder med virkning fra 1. august"
  // ("tiltraedelse": the ASCII spelling; "Tiltr. 1/9", a print ad's; a fact box's "Ansættelse: 1. april 2027")
  { role: "start", pattern: wordPattern(String.raw`tiltræd\p{L}*|tiltraed\p{L}*|tiltr\.|starte|starter|begynde|begynder|startdato|ønskes besat|besættes|start i stillingen|starte i stillingen|besættes pr|besat pr|besættes fra|besat fra|ansættelse pr|ansættelse fra|ansættelsesdato|ansættelsesstart|begynde i stillingen|ansat pr|ansættes pr|ansat fra|ansættes fra|første arbejdsdag|opstart|tage over|til at overtage|overtage (?:stillingen|ledelsen|posten|jobbet|roret)|ønsket start|forventet start|start:|start|ansættelse:(?=\s{1,12}(?:pr\.? |fra |den )?\d)|besættelse pr|besættelse fra|til besættelse|ledig pr|ledig fra|med virkning fra|med virkning pr|(?:dig|ham|hende|(?:(?:den|vores|sin) nye|en ny) \p{L}*(?:${[...POSITION_HEADS, ...POSITION_ACRONYMS].join("|")})(?:en|e|er|ne)?) på plads|dig i stillingen`) },
  // an English part's start: "Starting date is 1 August 2027", "The position starts on", "commencement", "The position
  // is to be filled by 1 June 2027", "… a position as Assistant Professor, starting 1 September 2027"
  { role: "start", pattern: wordPattern(String.raw`start(?:ing)? date|(?:to be|will be|is) filled (?:by|from|as of|on)|(?:position|employment) (?:starts|begins|commences)|commencement|take up the position|(?:is )?available from|vacant from|with effect from|appointment (?:from|as of)|start(?:ing)? (?:on|from)|starting(?= \d)`) },
  // e.g. "Vikariatet er i perioden fra den 1. marts 2027 til og med den 31. januar 2028": a fixed term starts
  // at its period's first day; its last day is no fact of the record
  // "Stillingen er et barselsvikariat på 30 timer om ugen fra 1. maj 2027 til …": a few words may stand between
  { role: "start", pattern: wordPattern(String.raw`perioden fra|periode fra|\p{L}{0,12}vikariat\p{L}{0,4}(?: [\p{L}\d]{1,12}){0,6} fra|fra og med`) },
  // e.g. "Rigshospitalet søger en afdelingssygeplejerske pr. 1. marts 2027", "per 1. august": weak, like
  // "senest", since "Ansøgningsfrist pr. 14. marts" names the deadline
  { role: "start", weak: true, pattern: wordPattern(String.raw`pr\.|per`) },
  // e.g. "en grundløn på ca. 53.400 kr. om måneden (niveau pr. 1. april 2027)": the day a pay's figure is given at, no start
  { role: "other", pattern: wordPattern(String.raw`(?:løn)?niveau pr\.|(?:løn)?satser pr\.|sats pr\.`) },
  // e.g. "Bestyrelsen søger en skoleleder, der vil stå i spidsen for skolen fra 1. august 2027": the sentence that
  // seeks the post dates it; weak, so a stronger cue before it in the sentence wins ("Fra 1. januar 2028 overtager
  // afdelingen driften" seeks no one). The look back runs only where "fra" stands.
  { role: "start", weak: true, pattern: wordPattern(String.raw`fra(?<=(?:søger|søges|ansætter|leder efter)[^.!?]{1,200}fra)(?= (?:den |d\. )?\d)`) },
  // e.g. "Ansættelsesudvalget mødes fredag den 2. juni", "gennemgår ansøgningerne mandag den 6. december", "kaffemøde"
  // ("… anden samtale, hvor du også møder en gruppe medarbejdere, holdes …": "du møder" is a verb, no meeting of its own)
  // (and a viewing of the workplace: "Besigtigelse: … tirsdag den 9. marts", "rundvisning", "åbent hus")
  { role: "other", pattern: wordPattern(String.raw`besigtigelse\p{L}*|rundvisning\p{L}*|åbent hus|mødes|\p{L}{1,14}møde[rt]?|mødet?|(?<!(?:du|vi|de|man)(?: også| gerne)? )møder|gennemgå\p{L}*|udvælge\p{L}*|udvælgelse\p{L}*|shortlist\p{L}*`) },
  // e.g. "forventeligt tirsdag den 13. juni, gennemfører Genitor et testforløb", "testdag", and a bare
  // "interview", which is the consultant's test interview ("Test og interview hos Mercuri Urval: uge 13")
  // and "19.–20. maj 2027 · Master Person Analyse og case for kandidater i 2. runde": a test's day for those who go on
  // to a round, not the round's (the longer cue covers the round's "2. runde"; "Samtaler for kandidater i 1. runde"
  // are the round's). Not a bare "case": "anden samtale, hvor du skal præsentere en case, holdes den 25. februar"
  // dates the round. (First among the alternatives: the first that matches is taken, and "test" alone would be.)
  // (and the other way round: "Kandidaterne til anden runde udfylder en Master Person Analyse online", "Kandidaterne til
  // anden samtale gennemfører i perioden 23.–25. juni 2027 en personlighedstest": the date is the test's; but "Kandidaterne
  // til anden samtale torsdag den 28. januar 2027 gennemfører forinden …" dates the round)
  { role: "other", pattern: wordPattern(String.raw`(?:case|test\p{L}*|analyse|profil\p{L}*|referencetagning|referencer) (?:for|til) (?:de )?kandidat\p{L}* (?:i|til) (?:første |anden |[1-4]\. )?(?:samtale)?runde\p{L}*|kandidat\p{L}* til (?:første |anden |[1-4]\. )?(?:samtale)?runde\p{L}* (?:\p{L}+ ){0,4}(?:test\p{L}*|analyse\p{L}*|profil\p{L}*|case\p{L}*)|kandidat\p{L}* til (?:første |anden |[1-4]\. )?samtale\p{L}*(?! (?:\p{L}{3,8}dag )?(?:den |d\. )?\d)(?= .{0,70}?(?:test|analyse|profil|case))|test\p{L}*|personlighedstest\p{L}*|referencer?|referencetagning|(?<!rounds? of )interview\p{L}*`) },
  // an English part's rounds, its interviews held: "Interviews with the shortlisted candidates are expected to be held in
  // week 16", "We expect to hold interviews on …"
  { role: "interview", pattern: wordPattern(String.raw`interviews (?:with (?:the )?(?:shortlisted |selected )?(?:candidates|applicants)|with|will|are|for)|(?:hold|held|conduct) interviews`) },
  // e.g. "hvis du kan undervise en prøvetime i uge 11", "en prøvevagt", "rundvisning den 2. marts": a trial or
  // a visit is an event of its own, not one of the interviews named before it
  { role: "other", pattern: wordPattern(String.raw`prøve(?:time|timer|lektion|undervisning|dag|vagt|arbejde)\p{L}{0,4}|rundvisning\p{L}*|besøgsdag\p{L}*|åbent hus`) },
  // e.g. "Godkendelse i Byrådet den 14. december", "ansættelsesbeslutning på sit ordinære møde tirsdag den 27. juni"
  // (and the posting's own day: "Indrykket: 19. maj 2027    Ansøgningsfrist: 11. juni 2027", "Publiceret 3. februar")
  { role: "other", pattern: wordPattern(String.raw`godkend\p{L}*|byråd\p{L}*|kommunalbestyrelse\p{L}*|regionsråd\p{L}*|ansættelsesbeslutning\p{L}*|beslutning\p{L}*|indstilling\p{L}*|økonomiudvalg\p{L}*|caseopgave\p{L}*|offentliggø\p{L}*|opdateret|udarbejdet|indrykket|publiceret|oprettet|slået op|opslået den|posted|published`) },
  // e.g. "du får besked om tidspunktet senest fredag den 19. marts", "svar på din ansøgning i uge 12": a notice, no round
  // ("Only applicants invited for an interview will be notified, no later than 20 April 2027")
  { role: "other", pattern: wordPattern(String.raw`besked|svar|tilbagemelding\p{L}*|notified|hear from us|be contacted`) },
  // e.g. "Kandidaterne får besked om udvælgelse til første samtale senest fredag i uge 10": the notice's day, though
  // the round is named nearer the date; the cue reaches over the round's words
  // and "Udvælgelse til første samtale | Onsdag den 25. august", "indkaldelse til 1. samtale", "Udvælgelse af kandidater
  // til 1. samtale: 3. marts 2027", "Udvælgelse til 1. runde": the day the candidates are chosen or called
  { role: "other", pattern: wordPattern(String.raw`(?:(?:besked|svar|tilbagemelding) om (?:\p{L}{1,20} ){0,3}|(?:udvælgelse|indkaldelse|invitation)(?: af(?: \p{L}{1,20}){1,2})? )(?:til|for) (?:første |anden |[12]\. )?(?:samtale\p{L}*|samtalerunde\p{L}*|runde(?:n|r|rne)?)`) },
  // and a timetable's "Onsdag den 17. februar | Kandidater til 1. samtale får besked": the day they are told, the round named
  // only as what they are told of
  { role: "other", pattern: wordPattern(String.raw`kandidate(?:r|rne)(?: \p{L}{1,20}){0,2} til (?:første |anden |[12]\. )?(?:samtale\p{L}*|runde(?:n|r)?) (?:får|modtager|bliver|vil få) (?:besked|svar|indkaldt|kontaktet)`) },
  // "Ansættelsesudvalget udvælger kandidater til første samtale onsdag den 28. april": the choosing's day, where the
  // date runs on in the sentence (in lower case: "… til første samtale Tirsdag den 20. april" is a timetable's next
  // cell, the round's own day); case-sensitive for that
  { role: "other", pattern: new RegExp(latin(String.raw`(?<![${LETTER}\d])[Uu]dvælge[rs]? (?:\p{L}{1,20} ){0,2}til (?:første |anden |[12]\. )?samtale\p{L}*(?= (?:den |d\. )?(?:\p{Ll}|\d))`), "gu") },
  // e.g. "Inden anden samtale, som er onsdag den 28.4., skal du …": the clause after the round dates the round itself
  { role: "interview", pattern: wordPattern(String.raw`samtale(?:n|r|rne|runde|runden)?,? (?:som|der) (?:er|bliver|holdes|afholdes|finder sted|afvikles|ligger|foregår)`) },
  // e.g. "Mellem første og anden samtale, forventeligt tirsdag den 13. juni": a date between rounds is no round
  // (but "Inden anden samtale onsdag den 17. marts beder vi dig …", "… inden anden samtalerunde holdes tirsdag den 27.
  // april": the one round named, its date right after it, is its)
  { role: "other", pattern: new RegExp(latin(String.raw`(?<![${LETTER}\d])(?:mellem(?: de to| første og anden| 1\. og 2\.)? (?:\p{L}{1,20} )?samtale\p{L}*|(?:forud for|inden|før|efter|op til|i forlængelse af)(?: de to| første og anden| 1\. og 2\.)? (?:\p{L}{1,20} )?samtale\p{L}*(?!\p{L})(?! (?:(?:holdes|afholdes|finder sted|er) )?(?:\p{L}{3,6}dag )?(?:den |d\. )?\d))`), "giu") },
];

/** Ordinals that number a round ("Første samtalerunde", "1. samtale", "anden samtale"). */
export const ROUND_ORDINALS: Record<string, number> = {
  første: 1, "1.": 1, anden: 2, andet: 2, "2.": 2, tredje: 3, "3.": 3, fjerde: 4, "4.": 4,
  // "afsluttende samtale" is a last round: ordered after the numbered ones
  afsluttende: 9, sidste: 9, endelige: 9,
};

/** "Første samtalerunde", "1. samtale", "anden samtale": an ordinal right before the interview word. */
export const ROUND_MENTION =
  new RegExp(latin(String.raw`(?<![${LETTER}\d])(første|anden|andet|tredje|fjerde|afsluttende|sidste|endelige|[1-4]\.)\s{1,3}(?:samtale\p{L}*|jobsamtale\p{L}*|interview\p{L}*|runde\p{L}*)`), "giu");
/** Two rounds named at once, their dates after them in order: "1. og 2. samtalerunde finder sted den 16. og 25. februar". */
export const ROUND_PAIR_MENTION =
  new RegExp(latin(String.raw`(?<![${LETTER}\d])(første|1\.)\s{1,3}og\s{1,3}(anden|2\.)\s{1,3}(?:samtale\p{L}*|jobsamtale\p{L}*|interview\p{L}*|runde\p{L}*)`), "giu");
/** The ordinal after the word: "samtale 1", "runde 2", "samtalerunde 1". */
export const ROUND_MENTION_AFTER = new RegExp(latin(String.raw`(?<![${LETTER}\d])(?:samtale\p{L}*|interview\p{L}*|runde)\s{1,3}(?:nr\.\s{0,2})?([1-4])(?![\d.,])`), "giu");

/**
 * A layout table's cell that opens on a day or a week: "Onsdag den 21. april 2027", "Uge 17", "21.04.2027", "1. juni
 * 2027" (not a step's number, "1. runde"). The block builder's rows and the column reader's timetables both read it.
 */
export const DAY_OR_WEEK_CELL = new RegExp(String.raw`^(?:(?:${WEEKDAY_ALTERNATION})(?![\p{L}])|(?:${WEEK_WORD})\s\d|\d{1,2}[./]\s?(?:\d|${MONTH_ALTERNATION}))`, "iu");
