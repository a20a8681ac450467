/**
 * The names of posts: the nouns a title is built on and the words that may
 * stand before them. A compound counts by its last part, so "skolechef",
 * "HR-chef" and "sekretariatschef" are all chefs, "afdelingsleder" and
 * "projektleder" all leaders.
 */
import { UNIT_WORDS } from "./employers.js";

/** Last parts of compound post names (and whole post names): "-chef", "-leder", "-direktør". */
export const POSITION_HEADS = [
  "direktør", "chef", "leder", "konsulent", "sekretær", "koordinator", "specialist", "rådgiver",
  "partner", "formand", "ansvarlig", "manager", "officer", "forstander", "inspektør", "overlæge", "læge",
  "sygeplejerske", "jordemoder", "terapeut", "fysioterapeut", "ergoterapeut", "psykolog", "medarbejder",
  "fuldmægtig", "controller", "økonom", "jurist", "arkitekt", "ingeniør", "bestyrer", "redaktør", "rektor",
  "prorektor", "dekan", "prodekan", "professor", "lektor", "adjunkt", "postdoc", "forsker", "underviser", "lærer",
  "pædagog", "socialrådgiver", "sagsbehandler", "assistent", "kurator", "arkivar", "bibliotekar", "planlægger",
  "analytiker", "udvikler", "tekniker", "kommunikatør", "revisor", "advokat", "fagchef", "borgmester", "sekretariatschef",
  "kontorchef", "souschef", "vikar", "viceskoleleder", "skoleleder", "viceforstander", "afdelingsleder", "teamleder",
  "sektionsleder", "enhedsleder", "institutleder", "centerchef", "driftsleder", "projektleder", "museumsinspektør",
  "oversygeplejerske", "afdelingssygeplejerske", "administrator", "vicedirektør", "kommunaldirektør",
  "regionsrådsformand", "departementschef", "sundhedsplejerske", "tandlæge", "dyrlæge", "psykiater",
  "konservator", "registrator", "formidler", "vejleder", "kemiker", "biolog", "geolog", "farmaceut", "laborant",
  "bioanalytiker", "radiograf", "diætist", "tandplejer", "hjælper", "medhjælper", "portør", "pedel", "bogholder",
  "receptionist", "elektriker", "tømrer", "håndværker", "chauffør", "betjent", "brandmand", "dagplejer", "elev",
  "praktikant", "præst", "organist", "graver", "kordegn", "provst", "kirketjener", "kirkesanger", "klokker", "dommer", "anklager", "supporter", "designer", "kok", "studerende",
  "ph.d.-studerende", "adjunkt", "seniorforsker", "fagkoordinator", "værkfører", "mester", "skolesekretær",
  // the English names of a company's chiefs, which Danish ads use as they are ("CFO til Fjordlys Fødevarer A/S")
  "ceo", "cfo", "coo", "cto", "cio", "chro", "cmo", "cco", "director",
  // and an English ad's own ("Head of Bioinformatics", "Chief Adviser for offshore wind grid planning", "Clinical Professor")
  "head", "adviser", "advisor", "consultant", "coordinator", "lecturer", "researcher", "analyst", "engineer", "economist",
  "lawyer", "architect", "nurse", "physician", "psychologist", "scientist", "developer", "accountant", "secretary", "lead",
  "dean", "provost", "rector", "curator", "librarian", "archivist", "editor",
];

/**
 * Words that belong to a title when they stand right before its noun:
 * "Ledende overlæge", "Pædagogisk leder", "Administrerende direktør".
 * Praise ("nysgerrig", "erfaren", "dygtig") and "ny" do not.
 */
export const TITLE_MODIFIERS = [
  "ledende", "pædagogisk", "administrerende", "faglig", "teknisk", "klinisk", "administrativ", "juridisk",
  "økonomisk", "kommunal", "regional", "akademisk", "sundhedsfaglig", "daglig", "digital", "strategisk",
  "administrerende", "konstitueret", "fungerende", "kirurgisk", "medicinsk", "social", "socialfaglig",
  // a hospital's and a school's leaders by their profession: "Sygeplejefaglig leder", "Lægefaglig direktør"
  "sygeplejefaglig", "lægefaglig", "pædagogfaglig", "terapeutfaglig", "psykiatrifaglig",
  "specialansvarlig", "specialeansvarlig", "uddannelsesansvarlig", "kommunikations", "studentermedhjælper", "politisk",
  // an English title's ("Chief Executive Officer", "Senior Vice President", "Deputy Director General")
  "chief", "executive", "senior", "deputy", "vice", "associate", "principal", "managing", "general", "financial", "operating",
];

/**
 * Praise a title line puts before the post ("Erfaren specialkonsulent til …", "Engageret og nysgerrig afdelingsleder"):
 * what the wanted person is like, not the post's name.
 */
export const TITLE_PRAISE = [
  "erfaren", "erfarne", "engageret", "engagerede", "dygtig", "dygtige", "visionær", "visionære", "nysgerrig", "nysgerrige",
  "modig", "modige", "ambitiøs", "ambitiøse", "handlekraftig", "handlekraftige", "samlende", "nærværende", "driftig",
  "driftige", "inspirerende", "udviklingsorienteret", "udviklingsorienterede", "kompetent", "kompetente", "passioneret",
];

/**
 * Labels a posting puts before its post on the title line ("GENOPSLAG:
 * Driftschef", "Ledig stilling – Skoleleder"), or a fact box before the post
 * ("Stillingsbetegnelse: Afdelingsleder til Hjemmeplejen Nord"): what the
 * line is, not the post.
 */
/**
 * What a headline says of the wanted person after "med" ("Økonomichef med lyst til at sætte sit eget præg",
 * "Skoleleder med mod på mere"): praise, not part of the post, as "med ansvar for" is.
 */
export const ZEAL_AFTER_MED = [
  "lyst", "mod", "hjerte", "hjertet", "blik", "sans", "flair", "drive", "gåpåmod", "overblik", "appetit", "ambitioner",
  "passion", "gejst", "energi", "begejstring", "engagement", "lederlyst", "nerve", "vilje",
];

/** The words that join a post to its place in a headline: "Pedel til Lyngbakkeskolen", "Sygeplejerske ved Akutmodtagelsen". */
export const POST_PLACE_WORDS = ["til", "for", "ved", "hos"];
/** A page's headline may also say "i" or "på": "Kontorchef i Skatteministeriet", "Overlæge på Neurologisk Afdeling". */
export const POST_PLACE_WORDS_WIDE = [...POST_PLACE_WORDS, "i", "på"];
/** The words after a name that say where it stands, not who hires: "Kildemosen ved Haderslev", "Hanne Berg i Vejle". */
export const NAME_PLACE_WORDS: ReadonlySet<string> = new Set(["ved", "i"]);

/**
 * How a headline calls for the post: "X søger Y", "Bliv Y hos X", "Vil du være vores nye Y?". A headline's hook
 * holding one of them names the post, and the title is what follows it.
 */
export const HEADLINE_CALLS = ["søger", "bliv", "vil du være"];
/** The passive headline, whose post stands before it: "DAGLIG LEDER SØGES TIL KULTURSTATIONEN". */
export const HEADLINE_PASSIVE = ["søges"];

/**
 * How someone else has taken a post ("har fået en stilling som dagtilbudsleder", "har fået en stilling i Region Syd",
 * "har valgt at tiltræde en stilling som administrerende direktør"): the predecessor's new post or house, not the ad's.
 * (An infinitive alone is not: "Er du klar til at tiltræde en ny stilling som skoleleder?" is the ad's own.)
 */
export const TOOK_ANOTHER_POST = ["fået", "taget", "tiltrådt", "tiltræder", "accepteret", "valgt at tiltræde"];
/** "… har fået en ny stilling " before "som", "i", "hos", "ved". */
export const TOOK_ANOTHER_POST_BEFORE = String.raw`(?:${TOOK_ANOTHER_POST.map((v) => v.replaceAll(" ", String.raw`\s+`)).join("|")})\s+(?:en\s+)?(?:ny\s+)?stilling`;

/**
 * A letter's greeting to the one it hires: "Kære kommende skoleleder", "Kære nye leder af Solsikken", "Dear future Head
 * of …"; "Kære kommende medarbejder" names no post.
 */
export const POST_GREETING = /^(?:[Kk]ære|[Dd]ear)\s+(?:kommende|nye?|fremtidige|future|new)\s+(?!(?:medarbejder|medarbejdere|kollega|kolleger|kollegaer|colleague|colleagues)(?![\p{L}]))(\S.*?)[,!]?$/u;

/** The verbs by which an organisation hires in a sentence: "Lindely Friskole søger …", "Bestyrelsen leder efter …". */
export const HIRING_VERBS = ["søger", "leder efter", "har brug for", "ansætter", "opslår", "invites applications", "is looking for", "seeks"];
/**
 * The employer's own voice at an ad's end, its name before it: "Region Syddanmark ønsker at afspejle samfundet". (Not
 * "opfordrer alle": a recruitment firm writes "Lindholm Search opfordrer alle kvalificerede … til at søge".)
 */
export const EMPLOYER_VOICE = ["ønsker at afspejle"];
/**
 * Those of them by which an organisation announces a post by its name ("Lemvig Kommune søger en …"); not "har brug
 * for" nor "leder efter", which open the person wanted as often ("Vi har brug for en leder, der …").
 */
export const ANNOUNCING_VERBS = HIRING_VERBS.filter((v) => v === "søger" || v === "ansætter" || v === "opslår");
/** A sentence's first words that are capitalised as every first word is, and name no one who hires: "Vi søger en …", "Derfor søger vi …". */
export const NOT_AN_ORGANISATION = ["Vi", "Jeg", "Du", "De", "Man", "Derfor", "Nu", "Så", "Her"];
/** An English announcement, the organisation named before it: "… invites applications for …", "… is looking for a …". */
export const ENGLISH_ANNOUNCEMENT = /(?<!\p{L})(?:invites applications for|is (?:now )?(?:looking for|seeking) (?:an?|two|three) )/u;

/** A form's label before the post, its colon never written ("Stilling    Afdelingsleder"): only before a post's noun. */
export const FORM_TITLE_LABELS = ["stilling"];

export const TITLE_LABELS = ["genopslag", "genopslået", "genopslås", "ledig stilling", "stillingsopslag", "jobopslag", "stillingsbetegnelse", "stillingstitel", "jobtitel"];

/** A cover's or a slide's lead before the post it hires for ("Rekruttering af vicedirektør for drift og sygepleje"): not the post. */
export const RECRUITMENT_LEADS = ["rekruttering", "ansættelse", "besættelse", "recruitment", "appointment"];

/** The terms a title line may name before "som" and the post ("Barselsvikariat som dagtilbudsleder"): not the post. */
export const TERM_LEADS = ["\\p{L}*vikariat", "midlertidig stilling", "tidsbegrænset stilling", "projektansættelse", "fast stilling", "deltidsstilling", "fuldtidsstilling"];

/**
 * Words that make a line the name of a post ("Direktør for Børn og Unge", "Chef for Økonomi og Stab"), as the
 * segmenter reads a first heading; the header reads posts word by word with `POSITION_NOUN`.
 */
/** The English executives' letters a Danish ad names its post by ("Vi skal have en ny CFO"). */
export const POSITION_ACRONYMS = ["ceo", "cfo", "coo", "cto", "cio", "chro", "cmo", "cco"];
export const POSITION_WORDS = new RegExp(
  String.raw`(direktør|chef|leder|konsulent|sekretær|koordinator|specialist|rådgiver|partner|formand|ansvarlig|manager|officer|forstander|inspektør|overlæge|sygeplejerske|medarbejder|fuldmægtig|controller|økonom|jurist|arkitekt|ingeniør|bestyrer|redaktør|rektor|dekan|sekretariatschef|dean|director|head\s+of|professor|\b(?:${POSITION_ACRONYMS.join("|")})\b)`,
  "i",
);

const HEADS: ReadonlySet<string> = new Set(POSITION_HEADS);
const INFLECTIONS = ["", "en", "e", "er", "ne"];

/**
 * Whether one word names a post, alone or as the end of a compound
 * ("HR-chef", "omsorgschef"), with a definite or plural ending. Every
 * ending of the word is looked up: a regex alternation of the heads runs
 * once per split point and costs a hundred times more.
 */
export function isPositionNoun(word: string): boolean {
  const w = word.toLowerCase();
  for (const inflection of INFLECTIONS) {
    if (!w.endsWith(inflection)) continue;
    const stem = w.slice(0, w.length - inflection.length);
    for (let i = 0; i <= stem.length - 2; i++) if (HEADS.has(stem.slice(i))) return true;
  }
  return false;
}

/** "leder efter", "leder os": the verb, not the post. */
export const NOT_A_POST_AFTER: ReadonlySet<string> = new Set(["efter", "os", "dig", "mod", "an"]);

/**
 * After "til" in a title line, the words that name where the post is
 * ("Projektleder til vores team", "Pædagog til børnehaven Solsikken"), not
 * what it works on ("Specialkonsulent til analyser af elmarkedet"). A
 * capitalised word after "til" names a place too ("til Holbæk Kommune", "til
 * Nyere Tid"); other lower-case words are the post's remit and stay.
 */
export const PLACE_AFTER_TIL: ReadonlySet<string> = new Set([
  "vores", "vor", "vort", "os", "en", "et", "den", "det", "de", "din", "dit", "jeres", "dig", "kommunens", "regionens", "skolens",
  ...UNIT_WORDS,
]);

/**
 * What a headline calls the one it seeks, no post's name ("En storby i vækst søger en samlende topleder"): never the
 * record's title, though it is a leader's word wherever else it stands ("Som topleder får du ansvaret …").
 */
export const TITLE_DESCRIPTORS: ReadonlySet<string> = new Set(["topleder", "toplederen", "topchef", "topchefen"]);

/**
 * Posts too bare to stand alone: "Leder til Ungecenter Skive" names its post by the place it leads, and "Leder"
 * alone says nothing ("Skoleleder til Bakkeskolen" says enough without it).
 */
export const BARE_POSTS: ReadonlySet<string> = new Set(["leder", "chef"]);

/**
 * "Som afdelingssygeplejerske har du det daglige ledelsesansvar for afsnittet …", "Som skolechef får du ansvaret for
 * …": a paragraph that opens on what the post holds is the job's, under whatever heading the employer's presentation
 * stood ("Om afdelingen"). Only the post's responsibilities handed over ("får", "har", "bliver" du … ansvar): "Som
 * leder er du tydelig" and "Som leder skal du have erfaring med personaleansvar" are the person. Between "har du" and
 * the responsibility, a few words, or the responsibility's own adjectives after its article ("det overordnede faglige,
 * personalemæssige og økonomiske ansvar"), not what the person has done ("gerne nogle års ledelseserfaring, herunder
 * personaleansvar").
 */
const JOB_OPENING = /^som\s+(?:(?:ny|nye|vores|jeres|den|kommende)\s+){0,2}(\p{L}[\p{L}-]{2,40})\s+(?:får|har|bliver)\s+du\s+(?:(?:\S+\s+){0,2}?|(?:det|et|den)\s+(?:[\p{L}-]+,?\s+(?:og\s+)?){1,5}?)(?:ansvar\p{L}*|ledelsesansvar\p{L}*|personaleansvar\p{L}*|budgetansvar\p{L}*|reference|ledelsen|den daglige ledelse|det daglige)(?!\p{L})/iu;
/**
 * "Du refererer til kommunaldirektøren", "Kontorchefen refererer til afdelingschefen for …": the post's place in the
 * line of command, a fact of the job wherever the text tells it (under "Om kontoret" too). One post's, in its
 * definite singular: "Skolelederne refererer til skolechefen" tells of others.
 */
const REPORTING_LINE = /^(?:du|(\p{L}[\p{L}-]{2,40})en)\s+(?:refererer|vil referere|skal referere)\s+til(?!\p{L})/iu;
export function isReportingLine(sentence: string): boolean {
  const m = REPORTING_LINE.exec(sentence.trim());
  return !!m && (m[1] === undefined || isPositionNoun(m[1]));
}

/** "Stillingen er en ren ledelsesstilling …", "Jobbet er en nyoprettet chefstilling med …": what kind of post it is. */
const POST_IS_LEADERSHIP = /^(?:stillingen|jobbet)\s+er\s+en\s+(?:(?:ren|nyoprettet|selvstændig|fuldtids)\s+)?(?:leder|ledelses|chef)stilling(?!\p{L})/iu;
/**
 * "Som souschef kommer du til at være ude i huset …", "… kommer du til at stå for …": what the post will have its holder
 * do, a task's verb after it; not "Som leder kommer du til at være en tydelig rollemodel", what the person is to be.
 */
const JOB_OPENING_WILL = /^som\s+(?:(?:ny|nye|vores|jeres|den|kommende)\s+){0,2}(\p{L}[\p{L}-]{2,40})\s+kommer\s+du\s+til\s+at\s+(?:stå\s+for|lede|have\s+(?:ansvar|ledelse|reference)|få\s+(?:ansvar|ledelse|reference)|arbejde\s+med|varetage|styre|drive|koordinere|planlægge|referere|indgå|være\s+(?:ude|med\s+til|en\s+del\s+af|ansvarlig|daglig|leder\s+for|øverste))(?!\p{L})/iu;
export function isJobOpening(sentence: string): boolean {
  const t = sentence.trim();
  const m = JOB_OPENING.exec(t) ?? JOB_OPENING_WILL.exec(t);
  return (!!m && isPositionNoun(m[1])) || POST_IS_LEADERSHIP.test(t);
}

/** A sentence about both posts an ad names: "… og samtaler til begge stillinger afholdes i uge 20". */
export const BOTH_POSTS = /(?<!\p{L})begge (?:stillinger|job|stillingerne|jobbene)(?!\p{L})/iu;
/** A second post's pointer to its own ad: "– se det separate opslag", "se opslaget her", "på www.….dk/job" (not a house's site). */
export const POINTS_TO_ITS_AD = /(?<!\p{L})(?:se|læs)\s+(?:mere\s+)?(?:i\s+|på\s+)?(?:det\s+|vores\s+)?(?:separate\s+|særskilte?\s+|andet\s+|eget\s+)?(?:stillings)?opslag|(?<!\p{L})opslaget\s+(?:her|på|nedenfor)|(?:www\.|https?:\/\/)\S*(?:job|opslag|stilling)/iu;

/**
 * "Vi søger også en souschef", "Til Sengeafsnit H2 søger vi desuden en souschef": the ad names a second post, whose
 * deadline, start and contact follow; `post` is its noun, by which the text after it goes on about it
 * ("Kokkestillingen har ansøgningsfrist …", "Souschefen indgår i …": `POST_NAMED_AGAIN`).
 */
export const ANOTHER_POST = new RegExp(
  String.raw`^(?:(?:til|i|på|hos)\s[^.!?]{1,60}?\s)?(?:vi\s+søger|søger\s+vi)\s+(?:også|samtidig|desuden|endvidere|ligeledes)\s+(?<count>en|et|to|tre|flere)\s+(?<post>[^.!?,;:–]{1,80})`,
  "iu",
);
/** The verb every such sentence holds ("Vi søger også …", "… søger vi desuden …"): a cheap gate before the pattern. */
export const SEEKING_VERB = "søger";
/** How many words after the article the post's noun may stand ("en erfaren kok", "en 30-timers kok"). */
export const POST_NOUN_REACH = 3;
/** What goes on about the other post without naming it: "Den stilling", "Spørgsmål om denne stilling". */
// (not "denne stilling": the ad's own post)
export const THAT_POST = /(?<!\p{L})den\s+stilling(?!\p{L})/iu;

/**
 * The other post named again by its noun (`{post}`), alone or as its post: "Kokkestillingen …", "Souschefen …", "… en
 * ledig stilling som værkfører" (not "værkførerne", "Medarbejderne i afdelingen …": a plural names others).
 */
// (a noun in -e, "Sygeplejersken"; a doubled consonant, "Kokken"; the plural only for posts named in it, "to
// sygeplejersker" / "Sygeplejerskerne": "Medarbejderne i afdelingen …" after "en medarbejder" are others)
export const POST_NAMED_AGAIN = (post: string, plural: boolean) =>
  new RegExp(String.raw`(?<!\p{L})${post}(?:${post.at(-1)})?(?:\p{L}{0,3}stilling(?:en|er|erne)?|e|en|et|n${plural ? "|er|erne|ne" : ""})?(?!\p{L})`, "iu");
