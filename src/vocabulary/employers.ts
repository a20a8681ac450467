/**
 * Danish public employers and the shapes of organisation names: data for
 * telling who is hiring. The names we know are exact; the rest are
 * recognised by the word that says what kind of organisation it is
 * ("… Kommune", "Region …", "…styrelsen", "… Friskole", "… A/S").
 */

/**
 * The 98 kommuner as they name themselves, by the region they lie in. Most
 * are "X Kommune"; the irregular ones are written out below. The five
 * regioner are those of 2007–2026 (the 2027 health reform merges Hovedstaden
 * and Sjælland into one region; change this table when it does).
 */
export const KOMMUNE_STEMS_BY_REGION = {
  "Region Hovedstaden": [
    "Albertslund", "Allerød", "Ballerup", "Brøndby", "Dragør", "Egedal", "Fredensborg", "Frederiksberg", "Frederikssund",
    "Furesø", "Gentofte", "Gladsaxe", "Glostrup", "Gribskov", "Halsnæs", "Helsingør", "Herlev", "Hillerød", "Hvidovre",
    "Høje-Taastrup", "Hørsholm", "Ishøj", "Københavns", "Lyngby-Taarbæk", "Rudersdal", "Rødovre", "Tårnby", "Vallensbæk",
  ],
  "Region Sjælland": [
    "Faxe", "Greve", "Guldborgsund", "Holbæk", "Kalundborg", "Køge", "Lejre", "Lolland", "Næstved", "Odsherred",
    "Ringsted", "Roskilde", "Slagelse", "Solrød", "Sorø", "Stevns", "Vordingborg",
  ],
  "Region Syddanmark": [
    "Assens", "Billund", "Esbjerg", "Fanø", "Fredericia", "Faaborg-Midtfyn", "Haderslev", "Kerteminde", "Kolding",
    "Langeland", "Middelfart", "Nordfyns", "Nyborg", "Odense", "Svendborg", "Sønderborg", "Tønder", "Varde", "Vejen",
    "Vejle", "Ærø", "Aabenraa",
  ],
  "Region Midtjylland": [
    "Favrskov", "Hedensted", "Herning", "Holstebro", "Horsens", "Ikast-Brande", "Lemvig", "Norddjurs", "Odder", "Randers",
    "Ringkøbing-Skjern", "Samsø", "Silkeborg", "Skanderborg", "Skive", "Struer", "Syddjurs", "Viborg", "Aarhus",
  ],
  "Region Nordjylland": [
    "Brønderslev", "Frederikshavn", "Hjørring", "Jammerbugt", "Læsø", "Mariagerfjord", "Morsø", "Rebild", "Thisted",
    "Vesthimmerlands", "Aalborg",
  ],
} as const;

export type Region = keyof typeof KOMMUNE_STEMS_BY_REGION;

/** Bornholm is a regionskommune, and named so. */
const IRREGULAR_KOMMUNER: readonly (readonly [string, Region])[] = [["Bornholms Regionskommune", "Region Hovedstaden"]];

/** Each kommune's full name and the region it lies in. */
export const KOMMUNE_REGION: ReadonlyMap<string, Region> = new Map([
  ...Object.entries(KOMMUNE_STEMS_BY_REGION).flatMap(([region, stems]) =>
    stems.map((stem) => [`${stem} Kommune`, region as Region] as const),
  ),
  ...IRREGULAR_KOMMUNER,
]);

export const KOMMUNER: readonly string[] = [...KOMMUNE_REGION.keys()];

export const REGIONER: readonly Region[] = Object.keys(KOMMUNE_STEMS_BY_REGION) as Region[];

/** The regions' everyday short names, as their own ads use them ("Region H søger …", "Region Midt"). */
export const REGION_SHORT_NAMES: readonly string[] = ["Region H", "Region Midt", "Region Nord"];

/** Parts of the country by their bare names ("Regionschef til Midtjylland"): where a post works, no one who hires. */
export const PARTS_OF_THE_COUNTRY: readonly string[] = [
  "Nordjylland", "Midtjylland", "Vestjylland", "Østjylland", "Sydjylland", "Sønderjylland", "Syddanmark", "Fyn", "Sjælland",
  "Nordsjælland", "Vestsjælland", "Midtsjælland", "Sydsjælland", "Hovedstaden", "Hovedstadsområdet", "Lolland-Falster",
];

/** Ministries, agencies and other state bodies whose names carry no pattern the shapes below would find. */
export const STATE_BODIES: readonly string[] = [
  "Statsministeriet", "Finansministeriet", "Udenrigsministeriet", "Justitsministeriet", "Forsvarsministeriet",
  "Skatteministeriet", "Erhvervsministeriet", "Beskæftigelsesministeriet", "Social- og Boligministeriet",
  "Indenrigs- og Sundhedsministeriet", "Børne- og Undervisningsministeriet", "Uddannelses- og Forskningsministeriet",
  "Kulturministeriet", "Kirkeministeriet", "Miljøministeriet", "Transportministeriet", "Digitaliseringsministeriet",
  "Økonomiministeriet", "Udlændinge- og Integrationsministeriet", "Klima-, Energi- og Forsyningsministeriet",
  "Ministeriet for Grøn Trepart", "Ministeriet for Fødevarer, Landbrug og Fiskeri", "Social- og Ældreministeriet",
  "Sundhedsstyrelsen", "Digitaliseringsstyrelsen", "Energistyrelsen", "Klimadatastyrelsen", "Miljøstyrelsen",
  "Erhvervsstyrelsen", "Skattestyrelsen", "Gældsstyrelsen", "Toldstyrelsen", "Motorstyrelsen", "Vurderingsstyrelsen",
  "Lægemiddelstyrelsen", "Sundhedsdatastyrelsen", "Styrelsen for Patientsikkerhed", "Styrelsen for Arbejdsmarked og Rekruttering",
  "Styrelsen for Undervisning og Kvalitet", "Styrelsen for It og Læring", "Uddannelses- og Forskningsstyrelsen",
  "Styrelsen for Dataforsyning og Infrastruktur", "Styrelsen for Dataforsyning og Effektivisering",
  "Slots- og Kulturstyrelsen", "Færdselsstyrelsen", "Trafikstyrelsen", "Naturstyrelsen", "Fødevarestyrelsen",
  "Landbrugsstyrelsen", "Fiskeristyrelsen", "Søfartsstyrelsen", "Konkurrence- og Forbrugerstyrelsen",
  "Medarbejder- og Kompetencestyrelsen", "Økonomistyrelsen", "Udlændingestyrelsen", "Hjemrejsestyrelsen",
  "Domstolsstyrelsen", "Social- og Boligstyrelsen", "Bolig- og Planstyrelsen", "Plan- og Landdistriktsstyrelsen",
  "Vejdirektoratet", "Banedanmark", "Arbejdstilsynet", "Finanstilsynet", "Datatilsynet", "Kriminalforsorgen",
  "Rigspolitiet", "Anklagemyndigheden", "Danmarks Statistik", "Statens Serum Institut",
  "Udbetaling Danmark", "Arbejdsmarkedets Erhvervssikring", "Statens It", "Forsvaret", "Beredskabsstyrelsen",
  "Danmarks Meteorologiske Institut", "Geodatastyrelsen", "Rigsarkivet", "Det Kgl. Bibliotek", "Energinet",
  // a state research institute by the short name it goes by, and its long ones
  "GEUS", "De Nationale Geologiske Undersøgelser for Danmark og Grønland", "Geological Survey of Denmark and Greenland",
  // the twelve police districts, each its own employer
  "Nordjyllands Politi", "Østjyllands Politi", "Midt- og Vestjyllands Politi", "Sydøstjyllands Politi",
  "Syd- og Sønderjyllands Politi", "Fyns Politi", "Sydsjællands og Lolland-Falsters Politi", "Midt- og Vestsjællands Politi",
  "Nordsjællands Politi", "Københavns Vestegns Politi", "Københavns Politi", "Bornholms Politi",
];

/** Hospitals, universities and museums that do not end in a type word. */
export const INSTITUTIONS: readonly string[] = [
  "Rigshospitalet", "Herlev og Gentofte Hospital", "Bispebjerg og Frederiksberg Hospital", "Amager og Hvidovre Hospital",
  "Nordsjællands Hospital", "Bornholms Hospital", "Sjællands Universitetshospital", "Odense Universitetshospital",
  "Aarhus Universitetshospital", "Aalborg Universitetshospital", "Sygehus Lillebælt", "Sydvestjysk Sygehus",
  "Sygehus Sønderjylland", "Regionshospitalet Gødstrup", "Regionshospitalet Randers", "Regionshospitalet Horsens",
  "Hospitalsenhed Midt", "Regionshospital Nordjylland", "Psykiatrien i Region Syddanmark", "Region Hovedstadens Psykiatri",
  "Københavns Universitet", "Aarhus Universitet", "Syddansk Universitet", "Aalborg Universitet", "Roskilde Universitet",
  "Danmarks Tekniske Universitet", "Copenhagen Business School", "IT-Universitetet i København",
  "Københavns Professionshøjskole", "Professionshøjskolen Absalon", "VIA University College", "University College Syddanmark",
  "UCL Erhvervsakademi og Professionshøjskole", "Professionshøjskolen University College Nordjylland",
  "Nationalmuseet", "Statens Museum for Kunst", "Designmuseum Danmark", "Den Gamle By", "Vikingeskibsmuseet",
  "Moesgaard Museum", "Arbejdermuseet", "Frilandsmuseet", "Ny Carlsberg Glyptotek", "Statens Naturhistoriske Museum",
  "M/S Museet for Søfart", "Thorvaldsens Museum", "Hirschsprungske Samling", "Kunsthal Charlottenborg",
  "VandCenter Syd", "HOFOR", "Din Forsyning", "TREFOR", "Movia", "Midttrafik", "Sund & Bælt", "DSB",
  // the kommuners' and the regioners' own organisations (their overenskomster name them too, "mellem KL og BUPL")
  "KL", "Kommunernes Landsforening", "Danske Regioner",
];

/** Job boards and ATS hosts: the site a text was copied from, never the employer. */
export const JOB_BOARDS: readonly string[] = [
  "Jobindex", "Jobnet", "Ofir", "StepStone", "LinkedIn", "Jobzonen", "Indeed", "Job i staten", "Akademikernes Jobbank",
  "Emply", "HR-Manager", "Varbi", "EasyCruit", "Jobfinder", "Kommunejob", "Offentlige job", "Djøf Jobbank", "Jobbank",
];

/** A firm's legal form, which closes its whole name ("Hedegaard & Lund Rådgivende Ingeniører A/S"). */
export const LEGAL_FORMS = ["A/S", "ApS", "I/S", "P/S", "K/S", "a.m.b.a."];
/** The legal forms as one escaped alternation, for the patterns that end a name with one. */
export const LEGAL_FORM_ALTERNATIVES = LEGAL_FORMS.map((f) => f.replace(/[./]/gu, "\\$&")).join("|");

/**
 * Words that end an organisation's name and say what it is. A name is the
 * capitalised words before one of them: "Egebjerg Friskole", "Aarhus Vand".
 */
export const ORGANISATION_SUFFIXES = [
  "Kommune", "Regionskommune", "Universitetshospital", "Hospital", "Hospitaler", "Sygehus", "Sygehuse", "Universitet",
  "Professionshøjskole", "Erhvervsakademi", "Friskole", "Efterskole", "Privatskole", "Realskole", "Lilleskole",
  "Fri Skole", "Gymnasium", "Katedralskole", "Statsskole", "Gymnasieskole", "Højskole", "Handelsskole", "Erhvervsskole", "Tekniske Skole", "Museum", "Museer",
  "Forsyning", "Vand", "Varme", "Spildevand", "Energi", "Affald", "Havn", "Lufthavn", "Bibliotek", "Teater",
  "Fonden", "Fond", "Boligselskab", "Boligforening", "Psykiatri",
  // the church's employers: a parish council, a deanery, a diocese ("Vor Frelsers Sogns Menighedsråd", "Roskilde Stift")
  "Menighedsråd", "Provsti", "Stift", "Sogn",
  // a Danish body's English name in an ad written in English ("Aalborg University", "Odense University Hospital",
  // "Danish Medicines Agency", "Danish Safety Technology Authority")
  "University", "Agency", "Authority", ...LEGAL_FORMS,
];

/**
 * A house whose name opens on its article, the adjective after it capitalised as a name's is: "Den Gamle By", "Det
 * Kongelige Teater", "Det Danske Filminstitut" (a sentence's "Den nye chef" writes it small). Not "Den Blå Planet":
 * an adjective without the ending is a sentence's as often.
 */
export const NAME_ARTICLES: ReadonlySet<string> = new Set(["Den", "Det"]);
export const NAMED_ADJECTIVE = /^[A-ZÆØÅ][a-zæøå]+e$/u;

/**
 * The article before a Danish body's English name ("The Danish Energy Agency is looking for …"): the name is "Danish
 * Energy Agency". Only there: "The Animation Workshop" is its name with the article.
 */
export const ENGLISH_ARTICLE_BEFORE_BODY = /^The (?=(?:Royal )?Danish )/u;

/**
 * The suffixes that end a body's name for good: "Aarhus Kommune og Aarhus Vand A/S" names two bodies, where
 * "Gudenå Vand og Varme A/S" names one (a utility's type words join over "og").
 */
export const BODY_ENDINGS = ["Kommune", "Regionskommune", "Universitet", "University", "Universitetshospital", "Hospital", "Sygehus", "Museum", "Fonden", "Fond"];

/** A foundation's type words: its name is often a founder's or a couple's ("Ellen og Aksel Rosenkjærs Fond"). */
export const FOUNDATION_TYPES = ["Fond", "Fonden"];

/**
 * A day-care's, a care home's or a home's kind before its name ("Børnehuset Mariehønen", "Plejecentret Åbrinken",
 * "Bostedet Kirkehøj"): a kommune's place as often as a private house of its own.
 */
export const KOMMUNE_PLACE_PREFIXES = ["Børnehuset", "Børnehaven", "Vuggestuen", "Daginstitutionen", "Plejecentret", "Plejehjemmet", "Bostedet", "Botilbuddet", "Bocentret", "Bofællesskabet"];

/**
 * Words right before such a place's name, or after it in "… er en …", that make it a house of its own, not the
 * kommune's ("den selvejende institution Plejehjemmet Lindely", "Lindely er et privat plejehjem"): its board hires,
 * whichever kommune it works for; and so does the board that seeks ("Bestyrelsen for Plejehjemmet Lindely søger").
 */
export const SELF_GOVERNING_WORDS = ["selvejende", "privatejet", "privatejede", "privat"];

/**
 * A social institution named by its kind before its own name ("Bostedet Skovbrynet", "Opholdsstedet Lærkely"),
 * which its text then calls by the name alone ("Skovbrynet er en selvejende institution …"). An opholdssted is a
 * private house as a rule, never the kommune's place.
 */
export const KIND_PREFIXES = ["Opholdsstedet", ...KOMMUNE_PLACE_PREFIXES];

/**
 * What an organisation says it is when it presents itself by its bare name ("Engholm er et selvejende bosted …",
 * "Hjortø er en privat efterskole …"): the kinds of house a post is in, as a compound's last part.
 */
export const SELF_PRESENTED_KINDS = [
  "bosted", "botilbud", "opholdssted", "bocenter", "institution", "museum", "forening", "fond", "virksomhed", "selskab",
  "skole", "gymnasium", "plejecenter", "plejehjem", "hospice", "børnehus", "børnehave", "vuggestue", "daginstitution",
  "kollegium", "teater", "bibliotek", "kunsthal", "værksted", "tilbud", "organisation", "forbund", "sammenslutning",
];

/**
 * The kinds of house as a text calls its own in the definite form, capitalised as a defined term ("Fonden er en
 * almennyttig fond", "Selskabet", "Plejehjemmet", "Stedet", "Museet", "Ministeriet"): no name, however the text
 * capitalises it.
 */
export const HOUSE_KIND_WORDS = [...SELF_PRESENTED_KINDS, "sted", "hus", "hjem", "center", "selskab", "fond", "forening", "kommune", "region",
  // a state's or a hospital's house named by its kind alone: "Ministeriet", "Styrelsen", "Hospitalet"
  "ministerium", "styrelse", "direktorat", "tilsyn", "hospital", "sygehus",
];

/** A one-word name that goes on to the place it is for, as "Statens Museum for Kunst" does: "Egnsmuseet for Nordfalster". */
export const FOR_PLACE_ENDINGS = ["museet"];

/** How a society's or an association's name ends ("Dansk Friskolesamvirke", "Boligforening"): an organisation's card, no person's. */
export const SOCIETY_WORD_ENDINGS = ["samvirke", "forening", "forbund", "fond", "selskab"];

/** A society's word before its name, which runs to a few capitalised words: "Foreningen Kulturstationen Skjern". */
export const SOCIETY_PREFIXES = ["Foreningen", "Forbundet", "Selskabet", "Landsforeningen", "Boligforeningen", "Boligselskabet", "Boligorganisationen", "Andelsboligforeningen"];

/** Words that begin an organisation's name: "Region Sjælland", "Styrelsen for …", "Sygehus Lillebælt". */
export const ORGANISATION_PREFIXES = [
  "Region", "Styrelsen for", "Ministeriet for", "Fonden for", "Direktoratet for", "Nævnet for", "Museet for", "Statens Museum for", "Danmarks Museum for", "Museum for", "Regionshospitalet",
  // a Danish body's English name in an ad written in English ("University of Southern Denmark")
  "University of",
  "Regionshospital", "Sygehus", "Professionshøjskolen", "Museum", "Statens",
  // a stage's name after its kind: "Teater Vestkysten" ("Teatret Gruppe 38" ends on a number, which a name here does not)
  "Teater",
  // and a cultural house's: "Kulturhuset Tørreladen", "Kulturhus Pavillonen"
  "Kulturhuset", "Kulturhus",
  // a savings bank's: "Sparekassen Kronjylland"
  "Sparekassen",
  // a region's business house: "Erhvervshus Sydjylland", "Erhvervshus Hovedstaden"
  "Erhvervshus", "Erhvervshuset",
  ...KIND_PREFIXES,
  ...SOCIETY_PREFIXES,
];

/** One-word names end in these: "Skatteministeriet", "Klimadatastyrelsen", "Nationalmuseet", "Rigshospitalet". */
export const ORGANISATION_WORD_ENDINGS = [
  "ministeriet", "styrelsen", "direktoratet", "tilsynet", "museet", "museerne", "hospitalet", "sygehuset", "gymnasium",
  "friskole", "efterskole", "forsyning",
  // "Blik- og Rørarbejderforbundet", "Journalistforbundet": a union's name in the definite form
  "forbundet",
  // "Limfjordsgymnasiet", "Erhvervsakademiet": a school's name in the definite form
  "gymnasiet", "akademiet", "seminariet",
];

/**
 * A state body's indefinite last word, after its ministry's or the defence's genitive: "Forsvarsministeriets
 * Ejendomsstyrelse", "Forsvarets Cyber- og Kommunikationsstyrelse". Alone ("en styrelse") it names none.
 */
export const GENITIVE_BODY_ENDINGS = ["styrelse"];

/**
 * Last words of the names of a kommune's own places: "Virklund Skole",
 * "Lystrup Plejecenter". A post there is the
 * kommune's post, when the kommune names itself.
 */
export const KOMMUNE_PLACE_WORDS = ["Skole", "Børnehus", "Børnehave", "Vuggestue", "Plejecenter", "Plejehjem", "Ungdomsskole", "Fritidscenter", "Dagtilbud", "Jobcenter"];

/** A house's kind after the name it is given for a saint or a place: "Sankt Lukas Kirke", "Hald Ege Højskole". */
export const HOUSE_KIND_AFTER_NAME = [...KOMMUNE_PLACE_WORDS, "Kirke", "Sogn", "Museum", "Bibliotek", "Hospital", "Sygehus", "Gymnasium", "Efterskole", "Friskole", "Højskole", "Privatskole"];

/**
 * The fields a kommune's or a region's administration is cut into ("Børn,
 * Unge og Læring", "Teknik og Miljø", "Kultur og Fritid"): a name made of
 * nothing else names a directorate or a centre's field, never an employer
 * ("Dagtilbudschef til Børn, Unge og Læring").
 */
export const AREA_WORDS = [
  "børn", "unge", "læring", "familie", "familier", "skole", "skoler", "dagtilbud", "uddannelse", "kultur", "fritid",
  "sundhed", "omsorg", "ældre", "social", "socialområdet", "handicap", "psykiatri", "beskæftigelse", "arbejdsmarked",
  "teknik", "miljø", "klima", "natur", "plan", "planlægning", "byg", "byggeri", "trafik", "vej", "veje", "park",
  "erhverv", "borgerservice", "økonomi", "stab", "personale", "hr", "it", "digitalisering", "administration",
  "ejendomme", "forebyggelse", "rehabilitering", "integration", "udvikling", "service", "drift", "politik", "demokrati",
  "by", "land", "velfærd", "job", "borger", "borgere", "fællesskaber", "sammenhæng",
];

/**
 * Words that close the name of a part of an organisation, never an employer's
 * own: "Medicinsk Afdeling", "Akut Sengeafsnit", "Økonomisk Sekretariat", "Det Humanistiske Fakultet" (the university's).
 * ("Steno Diabetes Center", "Statens Serum Institut" are employers.)
 */
export const UNIT_TAIL_WORDS = ["afdeling", "fakultet", "afsnit", "sengeafsnit", "sekretariat", "forvaltning", "team", "enhed", "sektion", "stab", "ambulatorium"];

/**
 * Words that open the name of a part of an organisation, not of an employer:
 * "Jobcenter Slagelse søger", "Institut for … søger", "Børnehuset Mælkebøtten".
 */
/**
 * Units named by their kind alone, in the definite form: "leder af afdelingen", "af teamet" speaks of one the text
 * has named, no post's own unit ("leder af hjemmeplejen", "af ungdomsskolen" name theirs). "området" ends many a
 * word that is no unit ("ansvarsområdet").
 */
export const GENERIC_UNIT_WORDS = [
  "centret", "centeret", "afdelingen", "afsnittet", "instituttet", "sekretariatet", "forvaltningen", "teamet", "enheden",
  "klinikken", "ambulatoriet", "kontoret", "sektionen", "området", "fakultetet", "skolen", "distriktet", "staben", "myndigheden",
];

/** A fact box's labels of the employer's name ("Arbejdsgiver: Teatret Fyrtårnet", "Virksomhed | Vestjysk Staal A/S"). */
export const EMPLOYER_LABELS = ["arbejdsgiver", "virksomhed", "virksomhedens navn", "employer", "company"];
/** A fact box's labels of the post's unit ("Afdeling | Fjernvarme", "Enhed: Tilsyn"): a part of the employer, never it. */
export const UNIT_LABELS = ["afdeling", "enhed", "forvaltning", "sektion", "department", "unit"];
/** What such a label's value says when it names no one: "Arbejdsgiver: Anonym", "Virksomhed: Privat", "Se nedenfor". */
export const NOT_AN_EMPLOYER_VALUE: ReadonlySet<string> = new Set([
  "se", "ikke", "privat", "private", "offentlig", "anonym", "fortrolig", "confidential", "kommunal", "statslig", "staten",
  "region", "regional", "ansatte", "omsætning", "branche", "n/a",
]);

export const UNIT_WORDS = [
  "jobcenter", "center", "centret", "centeret", "afdeling", "afdelingen", "afsnit", "afsnittet", "sengeafsnit", "institut",
  "instituttet", "børnehus", "børnehuset", "børnehave", "børnehaven", "vuggestue", "vuggestuen", "dagtilbud", "plejecenter",
  "plejecentret", "hjemmepleje", "hjemmeplejen", "sekretariat", "sekretariatet", "forvaltning", "forvaltningen", "team",
  "teamet", "enhed", "enheden", "klinik", "klinikken", "ambulatorium", "ambulatoriet", "kontor", "kontoret", "sektion",
  "sektionen", "område", "området", "fakultet", "fakultetet", "skolen", "distrikt", "distriktet", "stab", "staben",
  "myndighed", "myndigheden",
];

/**
 * A service a post may head, in the definite form, as a compound's last part ("leder af socialpsykiatrien", "leder af
 * tandplejen", "leder af familierådgivningen"): a unit as much as "afdelingen", though no house's name ends in it.
 */
export const DEFINITE_SERVICE_WORDS = ["plejen", "psykiatrien", "rådgivningen", "biblioteket", "tjenesten"];

const ORGANISATION_NAME = new RegExp(
  String.raw`(?:\s(?:${ORGANISATION_SUFFIXES.join("|")})|^(?:${ORGANISATION_PREFIXES.join("|")})(?:\s(?:\p{Lu}\S*|og|for|i|af|&))+|(?:${[...ORGANISATION_WORD_ENDINGS, ...SOCIETY_WORD_ENDINGS].join("|")}))(?:\s(?:${LEGAL_FORM_ALTERNATIVES}))?$`,
  "u",
);
const KNOWN_ORGANISATIONS: ReadonlySet<string> = new Set([...KOMMUNER, ...REGIONER, ...STATE_BODIES, ...INSTITUTIONS]);

/** A word of an organisation's name: capitalised ("Vor Frelsers Sogns"), a number, or a name's small word. */
const NAME_WORD = /^(?:[\p{Lu}\d]|(?:og|for|i|af|&|-|–)$)/u;

/**
 * A name the vocabulary shows to be an organisation's: "Holbæk Kommune", "Region Midtjylland", "Dansk
 * Friskolesamvirke", "Limfjordsgymnasiet", "Sikkerhedsstyrelsen", every word of it a name's. The one test of a
 * byline's first part and a house's card's first line. A sentence that ends on one ("Leder til Holbæk Kommune") does
 * not pass; a person named for a place ("Mette Sogn") may.
 */
export function isOrganisationName(name: string): boolean {
  const trimmed = name.trim();
  return KNOWN_ORGANISATIONS.has(trimmed) || (trimmed.split(/\s+/u).every((w) => NAME_WORD.test(w)) && ORGANISATION_NAME.test(trimmed));
}
