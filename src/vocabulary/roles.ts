/**
 * The words around people in a profile, as data: the titles that make a
 * phrase a role ("kommunaldirektør", "partner", "chefkonsulent"), the words
 * that open a committee list, and the words that make a capitalised word an
 * organisation rather than part of a name.
 */
import { wordPattern } from "./dates.js";
import { UNIT_WORDS } from "./employers.js";

/**
 * Titles and functions. A role phrase must hold one of them, so that
 * "Viborg Kommune" beside a name is not taken for a role.
 */
export const ROLE_WORDS = wordPattern(
  String.raw`\p{L}{0,20}(?:direktør|chef|leder|konsulent|sekretær|borgmester|rådmand|formand|næstformand|medlem|partner|rådgiver|fuldmægtig|medarbejder|repræsentant|specialist|koordinator|jurist|økonom|psykolog|tillidsrepræsentant|tillidsvalgt|arbejdsmiljørepræsentant|souschef|overlæge|sygeplejerske|skoleleder|rektor|dekan|forstander|inspektør|controller|manager|associate|researcher|director|officer|professor|lektor|forsker|advokat|revisor|læge|præst|kommandør|chefredaktør|redaktør|sekretariatsleder|studerende|ingeniør|arkitekt|bioanalytiker|pædagog|lærer|terapeut|assistent|jordemoder|laborant|adjunkt|postdoc|bibliotekar|arkivar|kurator|formidler|konservator|tekniker|analytiker|planlægger|socialrådgiver|sagsbehandler|underviser|vejleder|dean|representative|chief|physician|nurse|adviser|advisor|lecturer|consultant|coordinator|analyst)\p{L}{0,4}|udvalgsformand|viceborgmester|næstformand|direktion\p{L}*|HR\p{L}{0,12}|MED\p{L}{0,12}|AC-\p{L}{1,20}|HK|DLF|FOA|BUPL|DJØF|Djøf|3F|FH|KL`,
);

/**
 * Words that lead up to a title without being part of it: "til enten
 * direktør …", "kontakte vores nye direktør …", "hos den konstituerede …"
 * keeps "konstituerede", which is part of the title.
 */
export const ROLE_FILLERS = [
  "enten", "både", "også", "gerne", "eventuelt", "evt\\.", "vores", "vor", "jeres", "deres", "hans", "hendes", "den", "det", "de",
  "en", "et", "nye", "ny", "nyt", "el\\.", "nuværende", "afgående", "og", "eller", "samt", "at", "til", "hos", "med", "direkte", "så",
  // an English contact's "or Consultant …"
  "or", "and",
];

/**
 * Words that open a phrase of its own in a committee's list, never a member's title: "en repræsentant for
 * medarbejderne", "der alle glæder sig", "samt …".
 */
export const NOT_A_ROLE_OPENERS = ["en", "et", "to", "tre", "fire", "der", "som", "alle", "begge", "hvor", "hvis", "samt", "men"];

/** The words that join a list's last member to the ones before it. */
export const LIST_CONJUNCTIONS = ["og", "samt", "and"];

/**
 * Words after a title that open the area it heads: "chef for Formidling og
 * Publikum", "direktør for Arbejdstilsynet". The area's words are capitalised
 * like a name's.
 */
export const AREA_OPENERS = ["for"];

/** Titles written with an ordinal before them ("1. viceborgmester Poul Erik Bach"): a member's title, not a list's first item. */
export const ORDINAL_TITLES: ReadonlySet<string> = new Set([
  "viceborgmester", "viceborgmesteren", "næstformand", "viceformand", "suppleant", "reservelæge", "reservetandlæge", "rådmand", "vicedirektør",
]);

/**
 * Words after a title that open the place it works in: "teamleder i
 * Rengøring", "leder af Plejecenter Solbakken". Unlike an area, a place is
 * not read across "og" in a list of members (PLACE_OPENERS are not in
 * CLAUSE_SEPARATOR): "direktør i Aarhus og Mette Olsen" names two people.
 */
export const PLACE_OPENERS = ["i", "af", "ved", "på"];
/** What a title heads follows it after these: "leder af Hjemmeplejen Syd", "chef for Vej og Park". */
export const UNIT_OPENERS = ["af", ...AREA_OPENERS];

/** English titles that head an area after "of": "Head of People & Culture Sara Winther", "Director of Finance and Risk …". */
export const ENGLISH_AREA_TITLES = ["Head", "Chair", "Director", "Chief", "Manager", "Dean", "Vice-Dean", "Vice Dean", "Vice President"];

/** The nouns an English title ends in, its first words before them ("Senior Grant Adviser", "Project Manager"). */
export const ENGLISH_TITLE_NOUNS = ["Adviser", "Advisor", "Officer", "Manager", "Consultant", "Coordinator", "Specialist", "Analyst", "Assistant"];
/** The kinds of unit an English text names after the unit's own name ("the Geodata Production team"). */
export const ENGLISH_UNIT_KINDS = ["team", "unit", "department", "division", "section", "office", "group"];

/** The bodies an English title heads before its holder's name: "Chair of the Board Henrik Salomonsen". */
export const ENGLISH_ROLE_BODIES: ReadonlySet<string> = new Set(["Board", "Council", "Committee", "Trustees", "Governors", "Directors"]);
/** The nouns an English body's name ends in before its "of" ("Royal Institute of Technology"); a person's name never does. */
export const ENGLISH_BODY_NOUNS: ReadonlySet<string> = new Set(["Institute", "Department", "Faculty", "School", "University", "College", "Centre", "Center", "Museum", "Academy", "Council", "Ministry", "Agency", "Office"]);

/**
 * Whom "Til samtalen møder du" goes on to: a member by a role's word, the committee, the board or "os" ("… møder du
 * formand Birthe Lykke, kasserer Jens Holt og Amira Said"); not "møder du op på kontoret" nor "møder du gerne forberedt".
 */
const MET_AT_INTERVIEW = String.raw`(?:\s(?:bl\.a\.|blandt andet|også))?\s(?:\p{L}{0,20}(?:direktør|chef|leder|formand|næstformand|kasserer|medlem\p{L}*|repræsentant\p{L}*|konsulent)|(?:ansættelses)?udvalget|bestyrelsen|os)(?!\p{L})`;

/** A sentence or heading that opens the hiring committee ("Ansættelsesudvalget består af:"). */
export const COMMITTEE_CUE = wordPattern(
  String.raw`ansættelsesudvalg\p{L}*|indstillingsudvalg\p{L}*|bedømmelsesudvalg\p{L}*|rekrutteringsudvalg\p{L}*|ansættelsesgruppe\p{L}*|rekrutteringsgruppe\p{L}*|udvælgelsesudvalg\p{L}*|(?:holdes|afholdes|føres|gennemføres) af et (?:udvalg|panel)|(?:til|ved|på) samtalen(?:e|rne)? møder du(?=${MET_AT_INTERVIEW})|(?:assessment|appointment|hiring|selection|recruitment)(?: and (?:appointment|selection|assessment))? committee`,
);
/**
 * A university's assessment committee (bedømmelsesudvalg) judges the
 * applicants' research, and does not hire: where a hiring committee is
 * listed too, that one is the record's committee.
 */
export const ASSESSMENT_COMMITTEE_CUE = wordPattern(String.raw`bedømmelsesudvalg\p{L}*`);
/**
 * The committee's composition follows ("består af", "bestående af", "sammensat af", "medlemmer", "er os tre fra
 * bestyrelsen:", "har nedsat et ansættelsesudvalg med …", "Til samtalen møder du …").
 */
export const COMMITTEE_LIST_CUE = wordPattern(String.raw`består(?: desuden| også| endvidere| derudover| yderligere| (?:ud ?over|foruden) mig(?: selv)?)? af|bestående af|sammensat af|udgøres af|er repræsenteret ved|(?<=(?:nedsat|nedsætter) (?:et )?(?:ansættelses|rekrutterings)?udvalg )med|(?<=samtalen(?:e|rne)? )møder du(?=${MET_AT_INTERVIEW})|er os(?: \p{L}+){0,4}(?=:)|sammensætning\p{L}*|medlemmer|deltager|deltagere|sidder(?: sammen med)?|indgår|medvirker|consists? of|consisting of|composed of|comprises?|following members`);

/** A lead-in to a body's members, one a line: "Ansættelsesudvalget består af:", "… består ud over mig selv af:". */
export const MEMBERS_LEAD_IN = /(?<!\p{L})(?:består|bestående|sammensat|udgøres)(?: \p{L}+){0,3} af:$/iu;

/**
 * A body that is the committee, then its members after the committee's name: "… bestyrelsen, som udgør
 * ansættelsesudvalget: formand …" (not "Spørgsmål til ansættelsesudvalget: Kontakt formand …").
 */
export const COMMITTEE_THEN_COLON = /(?<![\p{L}])(?:udgør|danner|er|fungerer som)\s+(?:\p{L}+\s+)?(?:ansættelses|bedømmelses|indstillings|rekrutterings)udvalg(?:et)?:\s/iu;
/**
 * "Udvalget består desuden af …", "Som medarbejderrepræsentant deltager programchef …", "Desuden deltager …",
 * "Medarbejderne er repræsenteret ved fællestillidsrepræsentant …": a later
 * sentence about the committee just named, or one more member of it (not "… deltager du i en samtale").
 */
export const COMMITTEE_AGAIN = /^(?:udvalget|gruppen)\s|^(?:medarbejderne|medarbejdersiden|personalet)\s+er\s+repræsenteret\s+ved\s|^(?:som\s+\p{L}[\p{L}-]{1,40}\s+|desuden\s+|derudover\s+|herudover\s+|endvidere\s+|også\s+)deltager\s(?!(?:du|I|kandidaterne|ansøgerne)\s)/iu;

/**
 * A sentence that invites questions: its people are contacts ("kontakte", "Yderligere oplysninger … fås hos"), and so
 * are those it sends a visitor to ("komme forbi og få en rundvisning – aftal det med …").
 */
export const CONTACT_CUE = wordPattern(
  String.raw`kontakt\p{L}*|henvendelse|henvende|oplysninger|information|(?:yderligere|mere) info|spørgsmål|fås hos|fås ved|ring\p{L}*|drøftelse|tale (?:fortroligt |uformelt )?med|snakke (?:fortroligt |uformelt )?med|snak med|høre,? hvordan|høre om|spørge|tage fat i|række ud til|hør mere|høre mere|aftal\p{L}* (?:(?:bare|gerne|blot) )?(?:et |en )?(?:tid|tidspunkt|besøg|rundvisning)|aftal\p{L}* det med|komme forbi|kigge forbi|tlf\.?|telefon\p{L}*|mobil|e-?mail|mail`,
);
/**
 * Whoever merely receives applications is no contact ("Ansøgning sendes til
 * … chefsekretær Lone Sørensen"): a clause that sends an application
 * somewhere, or addresses a letter ("Att.: Chefsekretær Lone Sørensen").
 * "Spørgsmål kan sendes til job@kommune.dk" invites contact and stays.
 */
export const RECEIVER_CUE = wordPattern(String.raw`att\.?|attention|stiles til|adresseres til|mærket`);
export const APPLICATION_WORD = wordPattern(String.raw`ansøgning\p{L}*|ansøg\p{L}*|CV`);
// ("din ansøgning, som vi skal have senest fredag … på mail til bestyrelsen@…": the house wants it by then, there)
export const SEND_WORD = wordPattern(String.raw`send\p{L}*|fremsend\p{L}*|indsend\p{L}*|modtag\p{L}*|uploade\p{L}*|vedhæft\p{L}*|have (?:den |din ansøgning |ansøgningen )?senest`);
/** Clause breaks inside a sentence: "Ansøgningen sendes til job@x.dk, og spørgsmål kan rettes til …". */
export const CLAUSE_BREAK = /,\s(?=og\s|men\s|mens\s|hvorimod\s)|;\s|\s[–-]\s/u;

/**
 * Capitalised words that are never part of a person's name: bodies, places of
 * work, and the words of the document's own grammar that may open a sentence.
 */
/** A members table's column heads ("Navn | Funktion"): its first row, no member. */
export const COLUMN_HEADS = ["navn", "funktion", "titel", "rolle", "stilling", "repræsentation", "repræsenterer"];
/** A contacts table's column of numbers: its head makes each row's eight digits a phone ("Navn | Titel | Telefon"). */
export const PHONE_COLUMN_HEADS = ["telefon", "tlf", "tlf.", "telefonnummer", "mobil", "mobilnummer", "direkte", "kontakt"];
/** A contacts table's column of addresses, which may stand beside the phones. */
export const MAIL_COLUMN_HEADS = ["e-mail", "email", "mail"];

export const NOT_NAME_WORDS = new Set(
  [
    ...COLUMN_HEADS,
    "kommune", "kommunes", "region", "regionen", "kl", "klik", "genitor", "hotel", "rådhus", "rådhuset", "byråd", "byrådet",
    "kommunalbestyrelsen", "kommunalbestyrelse", "direktionen", "direktion", "forvaltning", "forvaltningen", "center", "centret",
    "sekretariat", "sekretariatet", "afdeling", "afdelingen", "stab", "staben", "ansøgningsfristen", "ansøgningsfrist",
    "du", "vi", "de", "det", "den", "der", "hvis", "som", "og", "eller", "til", "med", "fra", "hos", "for", "på", "i",
    "om", "af", "ved", "under", "over", "efter", "før", "kort", "mere", "her", "nu", "når", "hvor", "hvem", "hvad", "vores",
    "din", "dine", "dit", "jeres", "deres", "sådan", "ny", "nye", "nyt",
    "att", "kontakt", "kontakte", "yderligere", "tlf", "telefon", "mail", "e-mail", "mobil", "læs", "se", "alle", "efter",
    "første", "anden", "forventet", "forventes", "stillingen", "ansættelsesudvalget", "indstillingsudvalget", "formand",
    "medlem", "direktør", "borgmester", "kommunaldirektør", "partner", "chefkonsulent", "konsulent", "chef", "leder",
    "børn", "unge", "voksne", "ældre", "kultur", "teknik", "plan", "miljø", "sundhed", "social", "beskæftigelse",
    "økonomi", "arbejdsmarked", "job", "jobcenter", "personale", "hr", "it", "staben", "danmark", "danmarks",
    // areas that head a role ("direktør for Sundhed og Omsorg Hans Hansen")
    "omsorg", "handicap", "psykiatri", "skole", "skoler", "dagtilbud", "familie", "familier", "borgerservice",
    "digitalisering", "udvikling", "kommunikation", "erhverv", "trafik", "natur", "fritid", "velfærd", "uddannelse",
    // not "Vej", "Park", "Skov", "Lund", "Holm": area words that are also surnames stay names
    "sundhedsstaben", "ledelse", "organisation", "jura", "forsyning", "integration",
    // a unit's adjective ("Ledende overlæge, Fælles Akutmodtagelse"; its noun's ending is among the endings below)
    "fælles",
    "stabs", "stabe", "borgere", "service", "indkøb", "analyse", "strategi", "politik", "sekretariatschef",
    "hovedstaden", "sjælland", "syddanmark", "midtjylland", "nordjylland", "jylland", "fyn",
    // a district's mark after its unit ("leder af Hjemmeplejen Øst Birgitte Riis"; not "Vest", "Nord", surnames too)
    "øst", "syd", "midt",
    // an English title's area ("Head of Grants Maja Frederiksen")
    "grants", "finance", "operations", "communications", "research", "programmes", "head",
    // an English member's title and body ("Dean Hanne Birk Mortensen, Faculty of …", "Student representative …")
    "dean", "student", "faculty", "department", "secretariat", "chair", "vice-dean", "pro-dean", "prodean", "rector",
    "prorector", "pro-rector", "provost",
    // a firm's words after its founders' names ("Holm & Vinther Executive A/S", "Hvidberg Search & Assessment")
    "executive", "search", "assessment", "selection", "recruitment", "rekruttering", "advisory", "associates", "consult",
    // the public mailbox a footer offers beside the switchboard ("Telefon 72 36 00 00 · Skriv sikkert via Digital Post")
    "digital", "post", "e-boks",
  ],
);
/** Word endings that make a capitalised word a body, never a name ("Økonomiudvalget", "MED-Hovedudvalget", "Byrådssekretariatet", "Lærerkredsen", "Ungdommens Uddannelsesvejledning", "Ungeindsatsen", "Chef for Odense Bys Museer Jakob Frandsen"). */
export const NOT_NAME_ENDINGS = /(?:udvalg|udvalget|udvalgs|bestyrelse|bestyrelsen|råd|rådet|sekretariat|sekretariatet|forvaltning|forvaltningen|centret|centeret|center|området|afdeling|afdelingen|modtagelse|modtagelsen|staben|kommune|kommunes|regionen|direktør|chef|konsulent|leder|ministeriet|ministerium|styrelsen|styrelse|område|virksomhed|virksomheden|universitet|universitetet|skole|skolen|gymnasium|hospital|hospitalet|sygehus|sygehuset|akademi|akademiet|institut|instituttet|huset|fonden|fond|selskab|selskabet|forening|foreningen|forbund|forbundet|partners|consulting|group|gruppen|rådhus|rådhuset|kreds|kredsen|vejledning|vejledningen|rådgivning|rådgivningen|indsats|indsatsen|tjeneste|tjenesten|klinik|klinikken|afsnit|afsnittet|enhed|enheden|sektion|sektionen|ambulatorium|ambulatoriet|tilbud|tilbuddet|tilbuddene|faglig|ansvarlig|politik|politikken|erklæring|erklæringen|betingelser|museum|museet|museer|museerne|kirke|kirken|kirkekontor|kirkekontoret|sogn|sognet|menighedsråd|menighedsrådet|arkiv|arkivet|bibliotek|biblioteket|biblioteker|bibliotekerne)$/iu;
/**
 * A clause of contrast after a list of members that gives someone a part outside the committee: ", mens Camilla Ravn …
 * er konsulent på processen" (not ", mens forældrerepræsentant Lise Dam deltager i anden samtale": one more member).
 */
export const LIST_ENDS = /^\s*(?:mens|hvorimod)\s.*(?<!\p{L})(?:\p{L}*konsulent\p{L}*|sekretær\p{L}*|faciliter\p{L}*|bistår|rådgiver\p{L}*|tovholder)(?!\p{L})/iu;
/**
 * The noun a unit's capitalised name ends in, inside a title's area: "Dekan for Det Samfundsvidenskabelige Fakultet Peter
 * Holst Riber", "Leder af Nationalt Videnscenter Anne Berg": the person's name follows it (no name holds one).
 */
const AREA_NOUNS = [...UNIT_WORDS, "hospital", "sygehus", "direktorat", "styrelse"].filter((n) => n.length >= 4);
export const isAreaNameEnd = (word: string): boolean => /^\p{Lu}/u.test(word) && AREA_NOUNS.some((n) => word.toLowerCase().endsWith(n));
/** A body's noun ("Menighedsråd", "Bestyrelse", "Forening"): after a name, the name is the body's ("Sankt Lukas Sogns Menighedsråd"). */
export const BODY_NOUN_ENDING = /(?:råd|rådet|udvalg|udvalget|bestyrelse|bestyrelsen|forening|foreningen|fond|fonden|selskab|selskabet|kirke|kirken|sogn|skole|skolen|museum|museet)$/iu;

// The committee's and the contacts' phrasings read in facts/people.ts
/** What the questions are about, the application named there only as their subject: "spørgsmål om ansøgningen". */
export const QUESTIONS_ABOUT = /(?<!\p{L})spørgsmål (?:om|til|vedrørende) (?:din |selve )?(?:ansøgning\p{L}*|ansættelse\p{L}*|stilling\p{L}*)/giu;

/** Questions, not applications, sent to someone: "Spørgsmål om … kan sendes til …". */
export const QUESTIONS_SENT = /(?<!\p{L})spørgsmål(?!\p{L})[^.!?]{0,60}?(?<!\p{L})(?:sendes|rettes|stilles|mailes) til(?!\p{L})/iu;

/** A clause that sends the application to the writer: "Send din ansøgning til mig på …". */
export const WRITER_RECEIVES = /(?<!\p{L})til\s+mig\s+(?:på\s+)?(?:(?:mail|e-mail)\.?:?\s+)?\S+@/iu;

/** A writer who asks to be called: "ring til mig på …", "kontakt mig på …". */
export const WRITER_CALLED = /(?<!\p{L})(?:til|kontakt|kontakte)\s+mig(?!\p{L})/iu;

/** A sentence on someone who sits with the committee to advise or watch it, not to hire. */
export const ADVISES_COMMITTEE = /(?<!\p{L})(?:deltager|sidder med|er med|indgår) som (?:rådgiver|konsulent|observatør|tilhører)|(?<!\p{L})rådgiver for (?:ansættelses|rekrutterings)?udvalget/iu;

/** "Jeg hedder Henriette Kjærgaard og er direktør for …": the writer's own name follows. */
export const SELF_NAMED = /(?<!\p{L})(?:[Jj]eg hedder|[Mm]it navn er)\s+(?=\p{Lu})/u;
/** What follows such a name where its bearer hires: "… og er direktør for …", ", formand for bestyrelsen". */
export const SELF_NAMED_LEADER = /^,?\s+(?:og\s+)?(?:er\s+)?(?:\p{L}+\s+){0,2}?\p{L}*(?:direktør|chef|leder|formand|forstander|rektor)(?!\p{L})/iu;

/** A committee's sentence that counts its writer in: "hvor jeg selv sidder", "udover mig". */
// (and the list's first or last member: "Ansættelsesudvalget består af mig, formand for …", "… Ole Kragh og mig.")
export const WRITER_MEMBER = /(?<!\p{L})(?:jeg selv|mig selv|undertegnede|ud ?over mig|foruden mig|sammen med mig|(?:består|bestående) af mig(?=,| og )|og mig(?=\s?[.,]|$))(?!\p{L})/iu;
