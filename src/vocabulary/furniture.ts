/**
 * What a web page puts around a job text, as it reaches us in text copied
 * from a browser (or left in a page the HTML reader could not strip):
 * navigation, breadcrumbs, cookie banners, share and print buttons. Data,
 * compared after lower-casing and trimming trailing punctuation.
 */

import { OFFICE_WORDS, PHONE_DIGITS } from "./contact-details.js";
import { MONTH_ALTERNATION, WEEKDAY_ALTERNATION } from "./dates.js";

/**
 * A newspaper's or a magazine's line at a page's head or foot: its name in
 * capitals, then its issue or its date between dots ("FORSYNINGSMAGASINET ·
 * NR. 2 · FEBRUAR 2027", "JYDSKE VESTKYSTEN · Søndag 7. februar 2O27", an
 * OCR's O for a nought). The page's, not the ad's.
 */
export const PUBLICATION_LINE = new RegExp(
  // the page's number may stand before it ("14   JYDSKE VESTKYSTEN · …") or after it
  String.raw`^(?:\d{1,3}\s+)?[A-ZÆØÅ][A-ZÆØÅ0-9.&'-]{3,30}(?: [A-ZÆØÅ0-9.&'-]{2,30}){0,3}(?: · [^·]{1,40}){1,4}$`,
  "u",
);
/** A print ad's small print naming the paper it ran in: "Annonce i Nordjyske Stiftstidende lørdag 20. februar 2027 · …". */
export const PRINT_CREDIT = /^(?:[Aa]nnoncen?|[Ss]tillingsannonce|[Ii]ndrykket|[Bb]ragt)(?: (?:er|har været))?(?: (?:bragt|indrykket))? i (?:[Dd]agbladet |[Aa]visen )?\p{Lu}/u;
/** What makes the parts after the name an issue or a date. */
export const PUBLICATION_ISSUE = new RegExp(String.raw`(?<!\p{L})(?:${MONTH_ALTERNATION})(?!\p{L})|(?<!\p{L})(?:nr|no)\.\s?\d|(?<!\d)2[0O]\d[\dO](?!\d)`, "iu");

/** A social network's own buttons under a post, which its comments follow. */
export const SOCIAL_BUTTONS: ReadonlySet<string> = new Set(["synes godt om", "kommenter", "like", "comment"]);
/** What a professional network writes after a post's or a comment's author ("Mads Østergaard • Forfatter"). */
export const NETWORK_AUTHOR_MARKS = ["Forfatter", "Author", "Følger", "Follower", "Premium", "Topbidragyder"];

/** Lines that are a button or a link of the page, never the document's words. */
export const UI_LINES: ReadonlySet<string> = new Set([
  ...SOCIAL_BUTTONS,
  "+ følg", "+ follow",
  "gå til hovedindhold", "gå til indhold", "spring til indhold", "spring til hovedindhold", "spring navigation over",
  "følg os", "følg os på", "menu", "luk menu", "åbn menu", "søg", "søg på siden", "søg på sitet", "luk", "tilbage", "tilbage til oversigten",
  "tilbage til ledige stillinger", "tilbage til job", "se alle ledige stillinger", "se alle job", "del", "del opslaget",
  "del siden", "del jobbet", "del stillingen", "del på facebook", "del på linkedin", "del på x", "del på twitter",
  "del via e-mail", "del på mail", "udskriv", "udskriv side", "udskriv siden", "udskriv opslaget", "print", "print siden", "gem",
  "gem job", "gem jobbet", "gem opslag", "gem stillingen", "send til en ven", "tip en ven", "kopier link", "kopiér link",
  "send som e-mail", "send som mail", "send på e-mail", "send på mail", "del via mail",
  "accepter", "accepter alle", "accepter alle cookies", "afvis", "afvis alle", "tillad alle", "tillad udvalgte",
  "kun nødvendige", "kun nødvendige cookies", "cookieindstillinger", "cookie-indstillinger", "indstillinger",
  "læs op", "lyt", "lyt til siden", "lyt til teksten", "lyt til opslaget", "læs teksten op", "læs højt", "til toppen", "til top", "log ind", "log på", "in english",
  "facebook", "linkedin", "instagram", "twitter", "youtube", "x", "hjem", "forside", "a-z", "a–z",
  "find vej", "sitemap", "tilgængelighedserklæring", "privatlivspolitik", "cookiepolitik", "whistleblowerordning", "whistleblower", "om cookies",
  // and an English page's ("Privacy policy · Accessibility statement · Job alerts")
  "privacy policy", "cookie policy", "accessibility statement", "terms of use", "job alerts", "job alert",
  "var denne side nyttig?", "var siden nyttig?", "var siden en hjælp?", "giv feedback", "send feedback",
  // a social network's search field ("Søg på Facebook" over its menu), a page's offer to save it or to write back
  "søg på facebook", "søg på linkedin", "gem som pdf", "download som pdf", "kan vi hjælpe dig?", "kan vi hjælpe?",
  "tilmeld dig vores nyhedsbrev", "tilmeld dig nyhedsbrevet", "tilmeld nyhedsbrev",
  // a job board's buttons: apply, sign up, go back, report, see more of the same employer's
  "se virksomhedens andre job", "se flere job fra virksomheden",
  "søg jobbet", "søg job", "søg stillingen", "ansøg online", "ansøg nu", "søg nu", "opret profil", "opret jobagent", "tilbage til søgeresultater",
  "tilbage til søgeresultatet", "send jobbet til en ven", "send stillingen til en ven", "rapportér annonce", "rapporter annonce", "vis detaljer", "vis mere", "vis mindre", "se mindre",
  // an English page's buttons
  "apply for this position", "apply for this job", "apply now", "apply here", "share this job", "print this page",
  // a job network's buttons around a post
  "easy apply", "save", "follow", "show more", "show less", "…show more", "see more", "see less", "set alert", "set alert for similar jobs",
  "see who you know", "report this job", "messaging", "notifications", "my network",
  // and its card of the post's recruiter ("Mød ansættelsesteamet" / the name / "Jobopslagsgiver" / "Send besked")
  "mød ansættelsesteamet", "meet the hiring team", "jobopslagsgiver", "job poster", "send besked", "message",
  // a page's link back to its list of posts
  "tilbage til alle stillinger", "tilbage til alle job", "tilbage til ledige stillinger", "tilbage til oversigten",
  // a social network's buttons under a shared post
  "genopslå", "send", "reager", "repost", "skriv en kommentar",
  "skriv en kommentar …", "vis flere kommentarer", "write a comment", "view more comments",
]);

/** A job board's link to the employer's other posts: "Se alle job fra Sygehus Sønderjylland (12)", "Se alle 8 ledige stillinger hos …". */
export const MORE_POSTS_LINK = /^(?:se|vis) alle (?:\d+ )?(?:ledige )?(?:job|jobs|stillinger|opslag)(?: (?:fra|hos|i|ved) [^.!?]{2,60})?(?: \(\d+\))?$/iu;

/** A picture's credit, which makes its line the caption: "… ca. 1912. Foto: Museets billedarkiv", "(Foto: Anna Holm)". */
const CREDIT_WORDS = ["foto", "fotograf", "photo", "billede", "illustration"].map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|");
export const PHOTO_CREDIT = new RegExp(
  String.raw`^(?:${CREDIT_WORDS})\s?:\s?(?:©\s?)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$|[.(]\s*(?:${CREDIT_WORDS})\s?:\s?\p{Lu}[^.!?]{0,60}\)?$`,
  "u",
);

/** Where a page's share button sends the post: "Del stillingen: LinkedIn · Facebook · E-mail". */
export const SHARE_TARGETS: ReadonlySet<string> = new Set([
  "linkedin", "facebook", "x", "twitter", "e-mail", "email", "mail", "messenger", "sms", "whatsapp", "kopier link", "kopiér link", "udskriv", "print",
  // and where a "Følg os:" row sends the reader
  "instagram", "youtube", "tiktok", "bluesky",
  "send på mail", "send som mail", "send på e-mail", "send som e-mail",
]);

/** A link to a file a posting comes with: a PDF, a Word, a spreadsheet or a slides file. */
export const FILE_HREF = /\.(?:pdf|docx?|xlsx?|pptx?)(?:$|[?#])/iu;
/** A file link's words that name the post's own paper: its profile, its description, its chart, an attachment. */
export const POSTING_FILE_WORDS = /profil|stillingsbeskrivelse|organisationsdiagram|bilag|opslag/iu;

/**
 * A running line's page mark at its end, its pages told or not ("Teknisk direktør Side 1 af 6", "Rekrutteringsfirmaet
 * Eksempel Side 2"): the header reads the line's post and firm without it.
 */
export const TRAILING_PAGE_MARK = /(?<!\p{L})(?:side|page)\s?\d{1,3}(?:(?:\s(?:af|of)\s|\s?\/\s?)\d{1,3})?$/iu;

/** A line about the post or the reader ("Kort om jobbet", "Ledig stilling", "Er det dig?"): the ad's own, no menu's entry. */
export const POST_OR_READER = /(?<!\p{L})(?:jobbet|stilling|stillingen|opgaven|rollen|dig|din|dit)(?!\p{L})/iu;
/** The small words that join a house's or a unit's capitalised name: "Børn og Unge", "Center for Sundhed". */
export const NAME_JOINERS: ReadonlySet<string> = new Set(["og", "for", "i", "af", "til", "på", "ved", "med"]);

/** A menu entry's verb before its object: "Kontakt HR", "Søg job", "Log ind". */
export const MENU_VERBS: ReadonlySet<string> = new Set(["kontakt", "søg", "log"]);

/** A menu's entry about a part of the site's house: "Om ministeriet", "Om os". */
export const ABOUT_MENU_ENTRY = /^om \p{L}+$/iu;

/** Words a site's menu is made of; a run of short lines holding several of them is the menu. */
export const NAV_WORDS: ReadonlySet<string> = new Set([
  "forside", "hjem", "menu", "søg", "kontakt", "om os", "job", "jobs", "ledige stillinger", "karriere", "nyheder",
  "presse", "english", "borger", "erhverv", "politik", "om kommunen", "om regionen", "om skolen", "om museet",
  "selvbetjening", "udstillinger", "besøg", "billetter", "forskning", "uddannelse", "uddannelser", "om universitetet",
  "sundhed", "patienter", "for fagfolk", "afdelinger", "indskrivning", "sfo", "arrangementer", "butik", "log ind",
  // a social network's page: its own menu and the page's tabs
  "søg på facebook", "video", "markedsplads", "grupper", "opslag", "om", "omtaler", "billeder", "videoer",
]);

/**
 * A house's opening hours in its footer, among its address and numbers ("Kontoret har åbent mandag-torsdag 8-15",
 * "Åbningstider: mandag–fredag kl. 10.00–13.00", "Åbent man–tors 7.30–15.30", "Kirkekontoret er lukket i skolernes
 * vinterferie"): the page's, as the footer is.
 */
export const OPENING_HOURS_LINE = /^(?:åbningstid(?:er)?|telefontid|kontortid)(?!\p{L})|^åbent\s(?:man|tirs|ons|tors|fre)(?:dag)?(?:\.|\s|[–-])|^(?:kontoret|sekretariatet|kirkekontoret|receptionen|skolens kontor) (?:har|holder) (?:åbent|lukket|telefontid)|^(?:kontoret|sekretariatet|kirkekontoret|receptionen) er lukket/iu;

/**
 * A house's hours given as its card's line ("Kontortid: mandag-fredag kl. 10-13", "Kontorets åbningstid: …", "Kirkekontoret er lukket på
 * helligdage"): the office's, the page's own, where the ad is over. Not a sentence on when someone answers
 * ("Sekretariatet har åbent …", the closing's) nor on the workplace's hours ("Kontoret har åbent tirs-fre", the post's).
 */
// (an office's own: not "Telefontid:" under a contact's name, "Butikkens åbningstider:", nor "Kontoret er lukket i uge
// 29-31, så anden samtale afholdes først i uge 32", a step of the process)
// (nor "Åbningstid: mandag-fredag kl. 6.30-17.00, og du skal kunne arbejde i hele åbningstiden": a daycare's hours, the post's)
export const OFFICE_HOURS_LABEL =
  /^(?:(?:kontorets|sekretariatets|kirkekontorets|skolens|receptionens)[ \t]+)?(?:åbningstid(?:er)?|kontortid)[ \t]*:(?!.*(?<!\p{L})(?:du|vi|jeg)(?!\p{L}))|^(?:kontoret|sekretariatet|kirkekontoret|receptionen) er lukket(?!\p{L})[^,;]*$/iu;

/**
 * A job site's menu entries that an ad's own text has as headings: the menu's only between two of its entries
 * ("Ledige stillinger" / "Sådan søger du" / "Log ind"), the ad's heading anywhere else.
 */
export const MENU_OR_HEADING_WORDS: ReadonlySet<string> = new Set(["sådan søger du"]);

/**
 * A post shared on a social network, copied with its frame: a line of
 * hashtags ("#job #ledelse #kommune"), the reactions' counts ("👍 47 · 12
 * kommentarer · 9 genopslag").
 */
export const SOCIAL_LINES = [
  /^(?:#[\p{L}\d_]+[ \t]*){2,}$/u,
  // "👍❤️ Du og 83 andre", "Anne Holm og 12 andre": who reacted
  /^[^\p{L}\d]{0,8}(?:du|\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})(?:,? og| and) \d[\d.]* (?:andre|others)$/u,
  /(?<![\p{L}\d])\d+ (?:kommentarer|kommentar|genopslag|delinger|reaktioner|comments|reposts|reactions)(?!\p{L})/iu,
  // the poster's degree of connection: "• 2.", "• 3.+"
  /^•\s?[1-3]\.\+?$/u,
  // a page's post's time and audience: "15. marts kl. 10:04 · 🌍"
  /^\d{1,2}\.\s\p{L}+(?:\s\d{4})?(?:\s(?:kl\.\s)?\d{1,2}[:.]\d{2})?\s·\s[\u{1F30D}-\u{1F310}\u{1F465}\u{1F512}]$/u,
];

/** A social network's group over a post in it: "Privat gruppe · 6,8K medlemmer", "Public group · 1.2K members". */
export const GROUP_LINE = /^(?:privat|offentlig|lukket|private|public) (?:gruppe|group)(?: · [\d.,]+K? (?:medlemmer|members))?$/iu;

/** A link's preview card under a post: the site's domain in capitals ("FAXEKOMMUNE.DK") over the page's title and summary. */
export const LINK_CARD_DOMAIN = /^(?:[A-ZÆØÅ0-9-]+\.)+(?:DK|COM|ORG|NET|EU|NU|IO)$/u;

/**
 * A social post's age under its poster's name and headline: "1 u • Redigeret •", "3 d", "2 t • 🌐", "1w • Edited".
 * The lines above it, up to the post's start, are who posted it (a name, a headline), not the ad.
 */
// (its bullet, its edit mark or its follow button tells it from a fact's value, "6 år", "37 t")
export const POST_AGE = /^\d{1,2}\s?(?:u|uge|d|t|m|md|mdr|min|w|h|mo)\.?\s?(?:•\s?(?:(?:redigeret|edited)\s?)?(?:•)?(?:\s?[^\p{L}\d\s]{1,3})?(?:\s?\+\s?(?:følg|follow))?|\+\s?(?:følg|follow))$/iu;

/**
 * A social network's post around the ad: the poster's followers ("12.408 følgere"), the call to share it ("Del
 * gerne opslaget med en, du tror, det kunne være noget for 🙏", "Del gerne med en i dit netværk …") and the pointer to its first comment ("Læs mere og
 * søg via linket i kommentaren 👇"). The post's words, not the ad's.
 */
export const SOCIAL_PROMPTS = [
  /^\d[\d.,]*\s?k? (?:følgere|followers)$/iu,
  // and "Del gerne, hvis du kender den rette 🙏"
  /^del (?:gerne|endelig|meget gerne),? (?:opslaget|jobbet|stillingen|det|med (?:en|dit|din|andre|nogen)|i dit netværk|hvis (?:du|I) kender)(?!\p{L})/iu,
  /(?<!\p{L})(?:linket|link) i (?:kommentaren|kommentarerne|første kommentar|kommentarfeltet)(?!\p{L})/iu,
  // a mail's call to pass the post on: "Husk at sprede ordet til kolleger, som måske ikke læser mails …"
  /^(?:husk at |du må gerne |vil du )?(?:sprede|spred) (?:gerne |endelig )?ordet(?!\p{L})/iu,
  // "Følg os på Instagram, Facebook og LinkedIn – og få nyt om udstillinger": the site's call, its networks named
  /^følg (?:os|med)(?: på| via)? (?:instagram|facebook|linkedin|youtube|tiktok)(?!\p{L})/iu,
  // a professional network's own tag for the post's kind ("#LI-Hybrid", "#LI-Remote"), and its prompts beside the post
  // ("Ligner du et godt match?", "Tilføj en udtalelse fra dine fællesskabsmedlemmer")
  /^#LI-[\p{L}\d]+$/u,
  /^(?:ligner du et godt match|er du et godt match|am i a good fit|tilføj en udtalelse fra dine fællesskabsmedlemmer)\??$/iu,
];

/**
 * Where a social post's comments begin, under its buttons: the order they are shown in ("Mest relevante", "Nyeste"),
 * or "Alle kommentarer". Everything after it is its readers' words and the page's replies, not the post's.
 */
export const COMMENTS_START = /^(?:mest relevante|nyeste(?: først)?|alle kommentarer|most relevant|newest|all comments)$/iu;

/** Separators of a breadcrumb trail ("Forside › Job › Ledige stillinger"). */
export const BREADCRUMB_SEPARATOR = /\s(?:›|»|>|\/|\|)\s/gu;
/** The arrows alone: a trail that names no home page is told by them ("Job i Viborg Kommune > Ledelse > …"). */
export const BREADCRUMB_ARROW = /\s[›»>]\s/u;
/** A trail's first step that is the site's job pages: "Job", "Ledige stillinger", "Job i Viborg Kommune", "Karriere". */
export const BREADCRUMB_JOB_STEP = /^(?:job|jobs|ledige (?:job|jobs|stillinger)|karriere|career|careers|(?:job|jobs|ledige stillinger) (?:i|hos|ved) \S.*)$/iu;
/** The first step of a breadcrumb trail. */
export const BREADCRUMB_START = /^(?:du er her:?\s*)?(?:forside|hjem|home|start)\b/i;

/** A cookie banner's sentences. */
export const COOKIE_LINE = /\bcookies?\b/i;

/**
 * A page's notice that the post is gone ("Opslaget er lukket"): content a
 * reader may want, but never the heading of what follows it.
 */
/** A notice that the post is put up again ("… genopslår derfor stillingen med ny frist. Har du allerede søgt, …"): the process's words follow. */
export const REPOSTED = /genopsl|ny (?:ansøgnings)?frist|søge igen|søger igen/iu;

export const BANNERS = [
  /^(?:dette )?(?:job)?opslag(?:et)? er (?:lukket|udløbet|ikke længere aktivt)/iu,
  /^(?:stillingen|denne stilling|jobbet) er (?:besat|lukket|ikke længere ledig|ikke længere åben for ansøgninger)/iu,
  /^ansøgningsfristen (?:for (?:denne|dette) (?:stilling|job|opslag) )?er (?:udløbet|overskredet)/iu,
  /^(?:det er )?ikke (?:længere|mere) muligt at søge/iu,
  /^(?:jobbet|stillingen) kan ikke længere søges/iu,
  // the notice's own words under it: "Tak til alle ansøgere for interessen.", and, anywhere in the notice's sentence,
  // "Opslaget bliver liggende til orientering, men der kan ikke længere søges."
  /^tak (?:til alle|for (?:de mange|alle)) (?:ansøgere|ansøgninger)(?!\p{L})/iu,
  // "Tak til alle, der har vist interesse for stillingen.", "Opslaget nedenfor er bevaret til orientering."
  // (not "Tak til alle, der har søgt stillingen i første runde. Har du allerede søgt, …", a post put up again)
  /^tak til alle,? (?:der|som) har vist interesse for (?:stillingen|jobbet)(?!\p{L})/iu,
  /^(?:(?:job)?opslaget|annoncen|teksten)(?: nedenfor| herunder)? (?:er bevaret|bliver liggende|ligger fortsat) (?:her )?til orientering(?!\p{L})/iu,
  /(?<!\p{L})(?:der|jobbet|stillingen) kan ikke (?:længere|mere) søges(?!\p{L})/iu,
];

/**
 * A page's own note on the posting: when and by whom it was put up
 * ("Publiceret 11. januar 2027", "Opslået 18. januar 2027 · Herning",
 * "Annoncen er indrykket af Mercuri Urval på vegne af …"). The page's, not a
 * step of the process.
 */
export const POSTING_NOTES = [
  /^(?:publiceret|opslået|slået op|oprettet|indrykket|annonceret|udgivet|offentliggjort|(?:senest |sidst )?(?:opdateret|ændret|redigeret))(?::| (?:den|d\.))? \d{1,2}[./ ]/iu,
  /^(?:annoncen|opslaget|stillingsopslaget) er (?:indrykket|oprettet|slået op) af /iu,
  // and as the last cell of the page's row on the post: "Region Syddanmark | Damhaven 12, 7100 Vejle | Fuldtid | Opslået 3. februar 2027"
  /\s[|·•]\s(?:publiceret|opslået|slået op|oprettet|indrykket|annonceret)(?::| (?:den|d\.))? \d{1,2}[./ ][^|·•]{0,30}$/iu,
  // a page's own line on who keeps it: "Siden er sidst opdateret af Stine Aaskov.", "Senest redigeret af webredaktionen"
  /^(?:(?:denne |selve )?siden er )?(?:senest|sidst) (?:opdateret|ændret|redigeret) af /iu,
  // "Opslaget er senest opdateret 8. februar 2027.": when the page last changed, no step of the process
  // ("Annoncen er indrykket 26.04.2027 · Annonse-ID 418833": when it was put up)
  /^(?:opslaget|annoncen|stillingsopslaget|siden) er (?:senest |sidst )?(?:opdateret|ændret|redigeret|indrykket|oprettet|publiceret|offentliggjort)(?: (?:den|d\.))? \d{1,2}[./ ]/iu,
  // "Jobportalen drives af HR-Service, Odense Kommune", "Jobnet drives af Styrelsen for …": who runs the page
  /^(?:job)?(?:portalen|siden|hjemmesiden|jobnet|jobbanken)\s+(?:drives|driftes|ejes|administreres)\s+af\s/iu,
  // "Annoncen er hentet fra arbejdsgiverens egen hjemmeside.": a job board's note on where it found the ad
  /^(?:(?:job)?annoncen|opslaget|stillingsopslaget|jobbet) er (?:hentet|kopieret|indsamlet) fra /iu,
  // a job board's own notes around the ad: "Ledertorvet.dk er ikke ansvarlig for indholdet af jobannoncen",
  // "Husk at nævne, at du har set jobbet på Ledertorvet.dk"
  /^[\p{L}\d.-]{2,40}\.(?:dk|com|net|org|eu) (?:er|påtager sig) ikke (?:ansvarlig|ansvar)/iu,
  /^husk at nævne,? at du (?:har )?(?:set|fundet) (?:jobbet|stillingen|annoncen|opslaget)/iu,
  // a professional network's own lines on the post: "Se, hvordan du sammenligner med over 100 ansøgere. Prøv Premium …"
  /^se,? hvordan du (?:sammenligner|klarer dig|matcher) med /iu,
  // and its upsell in English: "Get AI-powered advice on this job and more exclusive features with Premium." (the
  // network's product by its capital: "premium organic meat" is a product of the house's)
  /(?<!\p{L})(?:features with|[Tt]ry|[Pp]røv) Premium(?!\p{L})/u,
  // a job agent's mail around the ad: "Der er kommet et nyt job, som matcher din jobagent", "Du modtager denne mail, fordi …"
  /(?<!\p{L})(?:matcher|passer til) din jobagent|^(?:--\s*)?du modtager (?:denne|den her|dette) (?:mail|e-mail|besked|nyhedsbrev),? fordi/iu,
  // a newsletter's own lines: "Dette nyhedsbrev er sendt fra en adresse, der ikke kan modtage svar", "Kan du ikke læse
  // nyhedsbrevet ordentligt? Åbn webversionen her: …", "Afmeld: https://…"
  /^(?:dette nyhedsbrev|denne (?:mail|e-mail)) er sendt fra en adresse|^kan du ikke (?:læse|se) (?:nyhedsbrevet|mailen|denne mail)|^afmeld(?: nyhedsbrevet| her)?:? (?:https?:\/\/|www\.)/iu,
];

/**
 * A mail's own last words under its signature: its disclaimer ("Denne e-mail kan indeholde fortrolige oplysninger
 * …", "This e-mail may contain confidential information …") and its note on printing ("Tænk på miljøet – udskriv
 * kun denne mail, hvis det er nødvendigt"). The mail's, never the post's.
 */
export const MAIL_DISCLAIMERS = [
  /^(?:denne|this) (?:e-?mail|mail|besked|meddelelse|message)(?: og (?:eventuelle )?(?:vedhæftede filer|bilag))? (?:kan indeholde|indeholder|er fortrolig|er kun beregnet|may contain|contains|is confidential|is intended)/iu,
  /^(?:tænk på miljøet(?!\p{L})|(?:udskriv|print) (?:kun )?(?:denne|den|this) (?:mail|e-mail|email|besked)(?!\p{L})|(?:please )?consider the environment before printing)/iu,
];

/**
 * The parts of a page's or a document's footer of contact details ("Aarhus
 * Havn · www.aarhushavn.dk · Følg os på LinkedIn", "Niels Bohrs Vej 30" /
 * "9220 Aalborg Øst"): where the employer is, not a step of the process.
 * `place` parts say it is an address; `other` parts may stand beside them.
 */
/** The last letters of a street's name: "Søvej", "Niels Bohrs Vej", "Islands Brygge", "Moesgård Allé". */
const STREET = String.raw`(?:vej|vejen|gade|gaden|allé|alle|alléen|plads|pladsen|torv|torvet|stræde|strædet|boulevard|boulevarden|vænge|vænget|park|parken|brygge|sti|stien|vang|høj|have|haven|bakke|bakken|toft|engen|kaj|kajen)`;

/** A line that holds an address: "Søvej 1, 8600 Silkeborg", "9220 Aalborg Øst", "Følg os på LinkedIn". Never a heading. */
export const ADDRESS_LINE = new RegExp(
  String.raw`${STREET} \d{1,3}[a-z]?(?:,|$| [·|])|(?:^|[,·|] ?)(?:DK-)?\d{4} [A-ZÆØÅ][\p{L}.-]*(?: [A-ZÆØÅ][\p{L}.-]*)?$|^(?:følg os|find os) (?:på|via) `,
  "iu",
);

/**
 * The labels of a posting's own number ("Jobnummer 2027-0417", "Job-ID: 11738452", "Ref.nr. 27/114", Jobnet's "Jobnet
 * ID"): no phone, no contact, no section's text. Written with a space where the parts may be joined by a space, a
 * hyphen, a stop or nothing ("job id": "Job-ID", "JobID"; "ref nr": "Ref.nr.", "Ref. nr").
 */
export const POSTING_NUMBER_LABELS = [
  "jobnummer", "jobnr", "job id", "jobnet id", "job number", "job no",
  "referencenummer", "refnummer", "reference nr", "ref nr", "reference number", "ref no",
  "sagsnummer", "sagsnr", "sag nr", "journalnummer", "journalnr", "j nr",
  "stillingsnummer", "stillingsnr", "stillings id", "opslagsnummer", "annoncenummer", "annoncenr", "annonce id",
];
const LABEL_JOINS = [" ", "-", "", ".", ". "];
/** Each label as a line's heading is written: "job-id", "jobid", "ref.nr", "ref. nr" (a heading's final stop is not part of it). */
export const POSTING_NUMBER_HEADINGS = POSTING_NUMBER_LABELS.flatMap((label) => {
  const parts = label.split(" ");
  return parts.length === 1 ? [label] : LABEL_JOINS.map((join) => parts.join(join));
});
/** The labels as an alternation for a pattern with the `i` flag. */
export const POSTING_NUMBER_LABEL = POSTING_NUMBER_LABELS.map((label) => label.split(" ").join(String.raw`[.\s-]{0,2}`)).join("|");

/** A web address and nothing else: "www.aarhushavn.dk", "https://job.region.dk/x". */
export const WEB_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:dk|com|org|net|eu)(?:\/\S*)?$/iu;

/** "9220 Aalborg Øst", "DK-5000 Odense C": a postcode and its town, a line or a part of one. */
const POSTCODE_TOWN = /^(?:DK-)?\d{4} [A-ZÆØÅ][\p{L}.-]*(?: [\p{L}.-]+){0,3}$/u;

export const CONTACT_DETAIL_PARTS = {
  postcode: POSTCODE_TOWN,
  place: [
    POSTCODE_TOWN,
    WEB_ADDRESS,
  ],
  /** What no `place` matches without (a postcode's four digits, a domain's ending): a text without it holds no place. */
  placeMark: /\d{4}|\.(?:dk|com|org|net|eu)/iu,
  /**
   * What a footer's group under its address holds besides ("E-mail: kommune@fmk.dk"): a labelled address there is the
   * house's; beside a person's address and phone it is hers.
   */
  continued: [/^e-?mail:? ?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/iu],
  /** "Niels Bohrs Vej 30", "Borgmester Ib Juuls Vej 1": a street, whatever title the name it bears opens with. */
  street: new RegExp(String.raw`^(?:[\p{L}.'’-]+ ){0,4}[\p{L}.'’-]*${STREET} \d{1,3}[A-Za-z]?(?: \d\. (?:sal|th|tv|mf)\.?)?$`, "iu"),
  other: [
    // a street of any name beside a postcode ("Vindeboder 12", "Vestermark 12"), and its floor ("2. sal")
    /^[A-ZÆØÅ][\p{L}.'’-]+(?: [A-ZÆØÅ][\p{L}.'’-]+){0,3} \d{1,3}[A-Za-z]?$/u,
    // a floor, "2. sal", "1. th." or "1." alone ("Vestergade 21, 1.")
    /^\d{1,2}(?:\. ?(?:sal|th|tv|mf)\.?|\.?)$/iu,
    // "Tlf. 4630 0299", and the office's it is ("Kirkekontoret: tlf. 97 40 12 34")
    new RegExp(
      String.raw`^(?:\p{L}{0,16}(?:${OFFICE_WORDS.join("|")})\p{L}{0,3}: (?=tlf|telefon))?(?:tlf\.?|tel\.?|telefon|mobil|phone|kundeservice|hovednummer|omstilling)?:? ?${PHONE_DIGITS}$`,
      "iu",
    ),
    // the house's switchboard in its footer, called by the house's name: "Ring til Aalborg Kommune på 99 31 47 00"
    // (no `i`: it would let "\p{Lu}" take "mig" in "Ring til mig på …", a person's number)
    new RegExp(String.raw`^[Rr]ing til (?:\p{Lu}[\p{L}-]* ){1,3}(?:[Kk]ommune|[Rr]egionen?|\p{Lu}[\p{L}-]*) på ${PHONE_DIGITS}$`, "u"),
    // a utility's emergency line beside its address ("Døgnvagt ved brud: 86 96 40 10", "Vagttelefon: …")
    new RegExp(String.raw`^(?:døgnvagt|vagttelefon|vagtnummer|nødnummer|akut)(?: \p{L}+){0,3}: ?${PHONE_DIGITS}$`, "iu"),
    /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u,
    /^(?:følg os|find os|del)(?: på| via)? [\p{L} ,og]{2,40}$/iu,
    /^(?:CVR|EAN|P)(?:-nr\.?|\.)?:? ?(?:\d ?){8,13}$/iu,
    // the posting's number beside the house's address ("Jobnummer 2027-0417", "Jobnr. REG-H-1187-27", "Ref.nr. 27/114")
    new RegExp(String.raw`^(?:${POSTING_NUMBER_LABEL})\.?:? ?[\p{L}\d][\p{L}\d/-]{0,20}$`, "iu"),
    // "Åbningstider: mandag-torsdag 8-15", "fredag 8-12", "torsdag tillige kl. 16-18"
    // ("Hverdage kl. 9–15": the days by their name for all five)
    new RegExp(
      String.raw`^(?:(?:åbningstid|telefontid|kontortid)(?:er)?:? )?(?:(?:${WEEKDAY_ALTERNATION})(?:[-–](?:${WEEKDAY_ALTERNATION}))?|(?:alle )?hverdage)(?: (?:tillige|også|desuden))? (?:kl\. )?\d{1,2}(?:[.:]\d{2})?[-–]\d{1,2}(?:[.:]\d{2})?$`,
      "iu",
    ),
    /^(?:©|copyright)\s?\S.{0,60}$/iu,
    // a printed page's number in its footer's row ("Brøndum & Lykke Executive · Søndergade 14 · 8000 Aarhus C · side 10 af 10")
    /^(?:side|page) \d{1,3}(?: (?:af|of) \d{1,3})?$/iu,
    // "Senest opdateret 15. marts 2027": when the site last touched the page
    /^(?:senest|sidst) (?:opdateret|ændret|redigeret)(?![a-zæøå]).{0,40}$/i,
    // what kind of house it is, beside its name: "Selvejende institution", "Erhvervsdrivende fond", "Almen boligorganisation"
    /^(?:selvejende|erhvervsdrivende|almen|almennyttig|privat|offentlig|frivillig) (?:institution|fond|forening|boligorganisation|boligforening|organisation|virksomhed)$/iu,
    // the organisation's name: a few capitalised words ("Sønderborg Forsyning A/S")
    /^[A-ZÆØÅ][\p{L}&'’.-]*(?: (?:&|og|for|i|A\/S|[A-ZÆØÅ][\p{L}&'’.-]*)){0,5}$/u,
  ],
};

/** A mail header's line: "Fra: Mette Lund <ml@x.dk>", "Emne: VS: Ny stilling", "Subject: Fwd: …". */
export const MAIL_HEADER_LINE = /^(?:Fra|Sendt|Til|Cc|Bcc|Emne|Dato|From|Sent|To|Date|Subject):\s/u;
/** What a mail's subject calls what it sends, before the post's name: "Ny opgave: Børne- og ungedirektør til …". */
export const SUBJECT_LABELS = ["ny opgave", "ny stilling", "ny søgning", "stillingsopslag", "ledig stilling", "jobopslag", "job", "opgave", "new position", "vacancy"];
/** A mail's subject line, its words after the label and any forwarding or reply marks ("Emne: VS: Ny opgave: …"). */
export const MAIL_SUBJECT_LINE = /^(?:Emne|Subject):[ \t]+(?:(?:VS|SV|RE|Re|Fwd|FW|Fw|AW|WG):[ \t]*)*(\S.*)$/u;

/** A mail's greeting on a line of its own: "Kære Ulla", "Hej Karsten,", "Dear Anna", "Kære medlemmer" (a newsletter's). */
export const MAIL_GREETING =
  /^(?:[Kk]ære|[Hh]ej(?:sa)?|[Hh]i|[Hh]ello|[Dd]ear|[Gg]oddag)\s+(?:\p{Lu}[\p{L} .'-]{0,40}|(?:alle|medlemmer|kolleger|kollegaer|ledere|alle sammen|allesammen|all|colleagues)(?:\s+\p{L}+){0,3})[,!]?$/u;
/** A mail's closing on a line of its own, before its signature: "Venlig hilsen", "Mvh.", "Best regards", a board's "På bestyrelsens vegne". */
export const MAIL_CLOSING = /^(?:(?:med |de )?(?:venlig(?:st)?|bedste|mange|kærlig(?:e)?) hils(?:en|ner|ener)|mvh\.?|vh\.?|kh\.?|hilsen|best regards|kind regards|regards|best|på (?:bestyrelsens|skolens|udvalgets|ansættelsesudvalgets|menighedsrådets) vegne|på vegne af (?:bestyrelsen|ansættelsesudvalget|menighedsrådet))[,.!]?(?:\s+\p{Lu}[\p{L}-]{0,20})?$/iu;

/**
 * Where a forwarded mail's own text ends and the forwarded one begins, or
 * ends: "---------- Videresendt meddelelse ----------", "-----Original
 * Message-----", "Begin forwarded message:", a rule of underscores or of
 * equals signs (an intranet's or a mailing list's).
 */
export const FORWARD_MARK =
  /^(?:-{2,} ?(?:videresendt (?:meddelelse|besked|e-?mail|mail)|oprindelig meddelelse|forwarded message|original message) ?-{2,}|(?:begin forwarded message|start på videresendt meddelelse|videresendt besked):|_{10,}|={10,})$/iu;

/** A link's words that call to apply, alone on their line: "Søg stillingen her", "Ansøg nu", "Søg jobbet online". */
export const APPLY_CALL = /^(?:søg|ansøg)(?:\s+(?:stillingen|jobbet))?\s+(?:her|nu|online)[.!]?$/iu;

/**
 * A link's text on a line of its own ("Læs hele job- og personprofilen her",
 * "Læs mere om afdelingen", "Se stillingsopslaget", "Du kan læse mere om skolen på www.x.dk"): kept as a line of the
 * text, never the heading of what follows it.
 */
export const LINK_LINES = [
  /^(?:læs|se|hent|download|åbn|find)\s+(?:mere|hele|den|det|vores|alle|om)\b/i,
  // "Du kan læse mere om skolen på www.fjordglimt.dk.": the same call in a sentence, to a site it names
  /^du kan (?:også )?(?:læse|se) mere\b.{0,80}\bpå (?:www\.|https?:\/\/)?[\w-]+(?:\.[\w-]+)*\.(?:dk|com|org|eu|net)\b/i,
  // "Du kan læse mere om stillingen og forventningerne til den nye direktør i job- og personprofilen.": to the profile
  /^du kan (?:også )?(?:læse|se) mere\b.{0,100}\bi (?:den (?:uddybende |fulde |samlede )?)?(?:job-\s?og\s+personprofil(?:en)?|stillings-?\s?og\s+personprofil(?:en)?|stillingsprofil(?:en)?|personprofil(?:en)?|jobprofil(?:en)?|profil(?:en)?)\s*(?:\([^()]{1,20}\)\s*)?[.!]?$/i,
  /^(?:læs|se|hent|download|åbn)\s+\S.{0,80}\bher\b(?:\s*\([^()]{1,20}\))?[.!]?$/i,
  // a print ad's "Job- og personprofil på hakat.dk/job.", "Stillingsprofil: www.x.dk/job": where the profile is found
  /^(?:(?:se|læs|hent)\s+)?(?:(?:den\s+)?(?:uddybende|fulde|samlede)\s+)?(?:job-\s?og\s+personprofil(?:en)?|stillings-?\s?og\s+personprofil(?:en)?|stillingsprofil(?:en)?|personprofil(?:en)?)(?:\s+(?:findes|kan\s+(?:ses|læses|hentes)))?(?:\s+på|:)\s+(?:www\.|https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/[\w\/-]*)?[.!]?$/i,
  APPLY_CALL,
];

/**
 * A line that says the text goes on in another language ("English version", "Dansk version nedenfor"): the page's
 * own note between the two texts, no heading of either.
 */
export const LANGUAGE_SWITCH = /^(?:english version|english text|in english|english below|english translation|(?:see )?english version below|dansk version|dansk tekst|på dansk|danish version)(?: (?:below|nedenfor|følger))?[.:]?$/iu;

/**
 * A job board's or a site's list of other vacancies ("Lignende job", "Andre
 * ledige stillinger", "Se også"): kept as the page gives it, filed andet, and
 * its deadlines, places and phones are other posts', never this one's facts.
 */
export const OTHER_POSTINGS_HEADING =
  /^(?:lignende|andre|relaterede|flere|nyeste|populære)\s+(?:ledige\s+)?(?:job|jobs|stillinger|stillingsopslag|opslag)\b|^(?:se|vis) (?:også|flere|alle)\s+(?:lignende\s+|ledige\s+)?(?:job|jobs|stillinger)\b|^se også:?$|^(?:similar|related|other)\s+(?:jobs|positions|vacancies)\b|^people also viewed$|^jobs you may be interested in$/i;

/**
 * A profile's colophon: who wrote it and when ("Profilen er udarbejdet af Knaphøj & Partners i samarbejde med
 * Sjællands Universitetshospital, februar 2027."), the document's own line, not its introduction. The month and
 * the year at its end tell it from the introduction's "Denne profil er udarbejdet af … på baggrund af samtaler …".
 */
const COLOPHON = new RegExp(String.raw`(?<!\p{L})(?:udarbejdet af|prepared by|written by)\s.{3,160}?(?<!\p{L})(?:${MONTH_ALTERNATION})\.?\s+\d{4}\.?$`, "iu");
/**
 * Or without its date, where it names the two houses and ends there: "Job- og personprofilen er udarbejdet af
 * Vordingborg Kommune i samarbejde med Krogh & Wessel." (not "… i samarbejde med skolebestyrelsen og skolens
 * MED-udvalg. Den beskriver …", the introduction's). Case told apart without the i flag, which would let \p{Lu} match
 * small letters.
 */
const UNDATED_COLOPHON = /^(?:[Jj]ob- og personprofilen|[Pp]rofilen|[Dd]enne (?:job- og person)?profil) er udarbejdet af \p{Lu}[^.]{2,80} i samarbejde med \p{Lu}[\p{L}&' -]{1,60}(?: A\/S| ApS)?\.?$/u;
// (undated, only as a block of its own: the introduction goes on after it, "Profilen bygger på samtaler med …")
export const isColophon = (line: string, alone = false): boolean => COLOPHON.test(line) || (alone && UNDATED_COLOPHON.test(line));

/**
 * A link to a file, its type and size after its name ("Jobprofil for teamleder (PDF, 212 KB)", "Se også vores jobprofil
 * (PDF)", "Organisationsdiagram (PDF) 210 KB", "Organisationsdiagram.pdf"): an attachment of the posting.
 */
export const FILE_LINK = /\((?:pdf|docx?|word|pptx?)(?:,\s?\d+(?:[.,]\d+)?\s?[kmg]b)?\)(?:\s\d+(?:[.,]\d+)?\s?[kmg]b)?$|[\p{L}\d_-]\.(?:pdf|docx?)$/iu;

/** What a job board's search field asks for, in its placeholder: "Søg på titel, firma eller nøgleord". */
const SEARCH_FIELD_WORDS = ["titel", "jobtitel", "stilling", "stillingsbetegnelse", "firma", "virksomhed", "arbejdsgiver", "nøgleord", "søgeord", "fritekst", "sted", "område", "by", "postnummer", "kategori", "job"];
const SEARCH_FIELD_WORD = `(?:${SEARCH_FIELD_WORDS.join("|")})`;

/** A button's word that a short text also heads a section with, and what the section under it tells. */
export const BUTTON_HEADINGS: ReadonlyMap<string, "apply" | "contact"> = new Map([
  ["søg", "apply"],
  ["ansøg", "apply"],
  ["kontakt", "contact"],
]);
/** A sentence on applying: "Send din ansøgning … senest …", "Ansøgningsfristen er …". */
export const APPLYING = /(?<!\p{L})(?:ansøg\p{L}*|send\p{L}*|frist\p{L}*|cv|senest)(?!\p{L})/iu;

/** A site's search field: "Søg på odense.dk", "Søg i Region Midtjylland", "Search aau.dk", "Søg på titel, firma eller nøgleord". */
export const SEARCH_FIELD = new RegExp(
  String.raw`^(?:[Ss]øg|[Ss]earch)(?: (?:på|i|in|on))? (?:[\p{L}\d-]+\.)+(?:dk|com|org|net|eu)$|^[Ss]øg i (?:kommunen|regionen|\p{Lu}[\p{L}-]+ (?:Kommune|Region|Universitet))$|^(?:[Ss]øg|[Ss]earch)(?: (?:på|i|in|on))? (?:[Rr]egion|[Kk]ommune) \p{Lu}[\p{L}-]+$` +
    String.raw`|^[Ss]øg (?:på|efter|i) ${SEARCH_FIELD_WORD}(?:(?:, | eller | og | \/ )${SEARCH_FIELD_WORD}){1,4}$`,
  "u",
);
/** A link's call to read or fetch what it points to: "Læs hele profilen her", "Du kan læse …", "Se også …", "Download …". */
export const READ_CALL = /(?<!\p{L})(?:læs|læse|se|download|downloade|hent|hente|find|finde|read|see)(?!\p{L})/iu;
/** A link's call to fetch a file, first on its line ("Download profil (PDF, 1,2 MB)", "Hent job- og personprofilen (PDF)"): the file itself. */
export const FETCH_CALL = /^(?:download|downloade|hent|hente)(?!\p{L})/iu;
/**
 * A site's copyright line: "LinkedIn Corporation © 2027", "© 2027 Viborg Kommune. Alle rettigheder forbeholdes.",
 * "Copyright © Region Nord".
 */
export const COPYRIGHT_LINE = /^[^!?©]{0,50}©\s?(?:\d{4}|\p{Lu})[^!?©]{0,80}$/u;
