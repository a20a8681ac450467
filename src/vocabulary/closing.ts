/**
 * The sentences a posting closes with, wherever they stand: whom to ask,
 * the employer's statement on diversity, no calls from agencies, "we look forward to hearing from you". Under whatever
 * heading they sit ("Ansøgning", "Om stillingen") they are further
 * information, not a step of the process nor a task of the post. Every
 * blind writer filed them so (yderligere in all but three of the ~200 such
 * probes of `fixtures/wild` and the public set). Data, tested on a
 * sentence, case-insensitively.
 */

/**
 * The reader's question: "Har du spørgsmål …", "Spørgsmål til stillingen …",
 * "Vil du vide mere …", "Yderligere oplysninger …". Never a question the post
 * answers ("Du besvarer spørgsmål fra borgere pr. telefon").
 */
const ASKING = String.raw`(?:har du (?:\S+ ){0,3}spørgsmål|^spørgsmål (?:til|om)\b|^spørgsmål\??:|spørgsmål (?:til|om) (?:stillingen|jobbet|processen|rekrutteringsprocessen|ansættelsen|opslaget|forløbet)|spørgsmål(?: (?:til|om) \S+)? (?:kan|bedes|må) (?:rettes|stilles)|(?:eventuelle|evt\.) spørgsmål|(?:vil du|du vil) (?:gerne )?(?:vide|høre) mere|vil du (?:gerne )?høre,? (?:hvordan|om)\b|(?:uddybende |en )?snak om (?:stillingen|jobbet)|(?:uddybende|yderligere|nærmere|flere) (?:oplysninger|information(?:er)?)|mere information|further information|more information|any questions|questions about)`;
/** How it is answered: a call, a mail, a name to turn to, a phone number. */
const ANSWERED = String.raw`(?:\bring(?:e)?\b|\bkontakt|\bhenvend|\btlf\b|\btelefon|\brettes\b|\bfås\b|\be-?mail|\bmail\b|\bcontact|\bcall\b|\+?45 ?\d{2} ?\d{2} ?\d{2} ?\d{2}|\b\d{2} \d{2} \d{2} \d{2}\b|\b\d{8}\b|\w@[\w-]+\.\w)`;

/**
 * The employer's statement on whom it wants to hear from ("… ønsker at afspejle det omgivende samfund og opfordrer
 * alle …"): under the process's own heading, the process's last word; elsewhere further information. Danish only: an
 * English ad's "equal opportunity employer" is filed as further information by every reader asked.
 */
const DANISH_DIVERSITY_STATEMENTS: readonly RegExp[] = [
  // not "\bønsker": `\b` knows no "ø", and the pattern never matched after a space
  /(?<![a-zæøå])(?:ønsker|vil gerne|ønsker derfor) at afspejle\b/i,
  /\bopfordrer(?: derfor)? alle\b.{0,100}\b(?:uanset|søge)\b/i,
  /\bopfordrer\b.{0,100}\buanset (?:alder|køn|baggrund|personlig|religion|etnisk|handicap)/i,
  /\bmangfoldighed\b.{0,80}\bopfordrer\b/i,
  // "Vi ser gerne ansøgninger fra alle uanset baggrund.", "Vi ser gerne ansøgere af alle køn og med forskellig baggrund."
  /(?<![a-zæøå])(?:ser|modtager) gerne ansøg(?:ere|ninger) (?:fra|af) alle(?![a-zæøå])/i,
];

export const CLOSING_STATEMENTS: readonly RegExp[] = [
  // "Har du spørgsmål til stillingen, så ring til …", "Yderligere oplysninger fås hos …"
  new RegExp(String.raw`${ASKING}.{0,120}?${ANSWERED}`, "i"),
  // "Kontakt direktør Jens Holm på 21 70 44 80, hvis du har spørgsmål"
  new RegExp(String.raw`^(?:du er velkommen til at )?(?:kontakt|ring til|ringe til)\b.{0,160}\b(?:hvis|for)\b.{0,40}${ASKING}`, "i"),
  // "Du er velkommen til at kontakte …", "Afdelingschef Jens Holm kan kontaktes på …", "Ring gerne til …"
  /\bvelkommen til at (?:kontakte|ringe|skrive)\b|\bkan kontaktes (?:på|via|pr\.)|^(?:kontakt|ring) gerne\b/i,
  // "Jeg tager gerne en uforpligtende snak over en kop kaffe", "Vi tager gerne en snak": an invitation to call
  /\b(?:jeg|vi) (?:tager|tar) (?:også )?gerne (?:en|et) (?:\S+ ){0,2}(?:snak|telefonsnak|opkald|kop kaffe)\b/i,
  // "Vi viser gerne rundt på skolen", "Du er også velkommen til at kigge forbi", "… velkommen til at aftale et besøg på
  // skolen" (or "en rundvisning"): an invitation to come and see
  /\bviser (?:dig )?gerne rundt\b|\bvelkommen til at (?:kigge|komme|tage) (?:forbi|på besøg)\b|\bvelkommen til at besøge\b|\bvelkommen til at aftale (?:et besøg|en rundvisning)\b/i,
  // "Alle henvendelser behandles fortroligt.", "Du kan også tage en fortrolig snak med …" (but "Første skridt er en
  // fortrolig samtale med …" is the process's first step)
  /\bhenvendelse(?:r)? (?:behandles|bliver behandlet) (?:fortroligt|diskret)|\bbehandler alle henvendelser (?:fortroligt|diskret)|(?<!(?:skridt|trin) (?:er|bliver) en )\bfortrolig(?:t)? (?:snak|samtale|drøftelse|henvendelse)\b/i,
  ...DANISH_DIVERSITY_STATEMENTS,
  /\b(?:equal opportunit(?:y|ies) employer|reflect the diversity|regardless of (?:personal )?background|(?:value|welcome|embrace) diversity)\b/i,
  // "Kender du en, der ville være perfekt til jobbet?", "… må du meget gerne sende mailen videre", "Del gerne opslaget":
  // the reader asked to pass the post on (not "Kender du til spildevand i forvejen, er det et plus": what the person knows;
  // nor the teaser "Kender du en – eller er det dig? – der kan lede …")
  // (asked: "gerne" or "endelig" before it; "Du skal dele linket videre til borgerne" is a task)
  /^kender du (?:en|nogen|den rette)(?:,| der\b| som\b|\?)|\b(?:gerne|endelig) (?:sende|dele) (?:mailen|opslaget|stillingsopslaget|linket|jobbet) videre\b|^(?:så )?(?:send|del) (?:gerne|endelig) (?:mailen|opslaget|stillingsopslaget|linket|jobbet)\b/i,
  // a network post's "Del gerne 🙏 – måske kender du lige præcis den rigtige!": the call alone, the rest after its dash
  /^del (?:gerne|endelig)(?!\p{L})(?:[^\p{L}]{0,8}$|[^\p{L}]*[–—-])/iu,
  // "Vi ønsker ikke henvendelser fra rekrutteringsbureauer eller annoncesælgere."
  /\bhenvendelser fra (?:rekrutterings|annonce|sælgere|bureauer)/i,
  // "Vi glæder os til at høre fra dig!", "We look forward to your application."
  // ("Jeg glæder mig til at læse din ansøgning": a rector writing in the first person)
  // (not with the deadline it goes on to: "Vi glæder os til at læse din ansøgning, som vi skal have senest fredag …")
  /^(?:vi |jeg )?(?:glæder (?:os|mig) til|ser frem til) at (?:høre fra dig|læse din ansøgning|modtage din ansøgning|se din ansøgning|modtage den)\b(?![^.!?]*(?:senest|frist))/i,
  // "Du kan også tale med vicerektor Birgitte Lund på 87 25 30 14": someone else to ask
  // ("Du kan også kontakte souschef Jannie Thomsen på 62 21 44 90")
  // ("Du kan også skrive til HR-partner Signe Mørup på sm@…")
  new RegExp(String.raw`^du kan (?:også )?(?:(?:tale|snakke) med|kontakte|ringe til|skrive til)\b.{0,120}?${ANSWERED}`, "i"),
  /^we look forward to (?:your application|hearing from you|receiving your application)\b/i,
  // "Sekretariatet har åbent man-tors kl. 8-15.": when the desk to call answers, no step of the process for all its hours
  // (not "Vi har åbent mandag–torsdag kl. 15–22", "kontoret har åbent tirs-fre": the workplace's hours, the post's own;
  // nor a page's footer's "Telefontid: man.-ons. 10-15", the page's)
  // (the hours alone: "Receptionen har åbent … kl. 7.30-16.00, og du indgår i en vagtplan" is the post's)
  /^(?:sekretariatet|afdelingssekretariatet|receptionen) (?:har|holder|er) (?:åbent|telefontid)(?![a-zæøå])[^,;]*$/i,
];

/**
 * A word one of the patterns above cannot match without (the reader's
 * question needs "spørgsmål", "mere", "oplysninger" …). Most sentences hold
 * none, and this one search turns them away at a third of the cost of the
 * patterns themselves, which every sentence of a posting meets. A pattern
 * added above adds its word here: test/vocabulary/closing.test.ts holds that
 * the gate never turns away a sentence a pattern takes.
 */
const CLOSING_WORDS =
  /spørgsmål|mere|snak om|oplysninger|information|questions|velkommen til at|kontaktes|gerne|henvendelse|fortrolig|afspejle|opfordrer|equal opportunit|diversity|regardless of|glæder os til|glæder mig til|ser frem til|look forward|kender du|endelig|tale med|snakke med|du kan kontakte|du kan også kontakte|du kan ringe til|du kan også ringe til|du kan skrive til|du kan også skrive til|vil du høre|vil du gerne høre|åbent|telefontid/i;

const ASKS = new RegExp(ASKING, "i");

const isClosing = (sentence: string, statements: readonly RegExp[]): boolean =>
  sentence.length < 400 && CLOSING_WORDS.test(sentence) && statements.some((re) => re.test(sentence));
export const isClosingStatement = (sentence: string): boolean => isClosing(sentence, CLOSING_STATEMENTS);
/** The Danish diversity statement, one that asks no question of the reader. */
export const isDiversityStatement = (sentence: string): boolean => isClosing(sentence, DANISH_DIVERSITY_STATEMENTS) && !ASKS.test(sentence);
