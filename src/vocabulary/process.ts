/**
 * Sentences that tell a step of the hiring process, wherever they stand:
 * "Samtaler forventes afholdt i uge 14", "Ansøgningen sendes elektronisk",
 * "Vedhæft CV og eksamensbeviser". An ad that gives its process no heading
 * puts them after the terms or the contacts, and every blind writer filed
 * them as the process. Anchored at the sentence's start: "Du skal holde
 * samtaler med borgerne" is a task. Data, tested on a sentence.
 */
const INTERVIEW_STATEMENTS: readonly RegExp[] = [
  // "Samtaler forventes afholdt …", "1. samtalerunde holdes …", "Ansættelsessamtalerne finder sted …"
  /^(?:(?:første|anden|sidste|1\.|2\.)\s+)?(?:samtale(?:r|rne|runde|runden|runder)?|ansættelsessamtale(?:r|rne)?|jobsamtale(?:r|rne)?)\s.{0,60}?(?:afhold|holdes|forventes|finder sted|planlægges|gennemføres|ligger)/i,
  // "Vi holder samtaler tirsdag den 11. maj", "Vi forventer at holde første samtale i uge 20": the house's own voice, its
  // day or week right after the noun (not "Vi holder samtaler med borgerne hver 14. dag", the job's)
  /^(?:vi|udvalget|ansættelsesudvalget)\s+(?:holder|afholder|(?:forventer|regner\s+med|planlægger)\s+at\s+(?:holde|afholde))\s+(?:(?:første|anden|1\.|2\.)\s+)?(?:samtale|ansættelsessamtale|jobsamtale)\p{L}*\s+(?:(?:den|d\.|i|på|om)\s+)?(?:(?:man|tirs|ons|tors|fre|lør|søn)dag|\d{1,2}\.|uge\s+\d)/iu,
];

/**
 * A sentence that opens on the interviews is the process's whatever it goes on to ("Vi holder samtaler tirsdag den 11.
 * maj, og du er meget velkommen til at kigge forbi inden"): an invitation or a question after it is its tail.
 */
export const isInterviewStatement = (sentence: string): boolean => sentence.length < 300 && INTERVIEW_STATEMENTS.some((re) => re.test(sentence.trim()));

export const PROCESS_STATEMENTS: readonly RegExp[] = [
  ...INTERVIEW_STATEMENTS,
  // "Ansøgningen sendes elektronisk", "Din ansøgning skal indeholde …", "Ansøgning med CV, eksamensbevis og eventuelle
  // bilag sendes …", "Ansøgninger modtaget efter fristens udløb …"
  /^(?:ansøgning(?:en|er|erne)?|din ansøgning)[\s,].{0,60}?(?:sendes|indsendes|uploades|skal indeholde|skal være (?:os|modtaget)|modtaget efter)/i,
  // "Første skridt er en fortrolig samtale med partner …"
  /^(?:første|næste|andet) (?:skridt|trin)\s+(?:i processen\s+)?(?:er|bliver)\s/i,
  // "Ansøgningsfristen er mandag den 15. marts 2027."
  // (a date in it: "Ansøgningsfristen er overskredet" is the page's notice that the post is gone)
  // and "Ansøgningsfrist søndag den 14. marts 2027.", its verb left out
  /^ansøgningsfrist(?:en)?\s+(?:er|udløber)\s.{0,40}?\d/i,
  /^ansøgningsfrist(?:en)?\s+(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den\s+|d\.\s*)?\d{1,2}\./i,
  // "Søg stillingen via linket nedenfor", "Søg jobbet senest …": the call to apply, told as the step it is
  /^søg\s+(?:stillingen|jobbet)\s+(?:via|på|senest|elektronisk|online|gennem|ved at)\s/i,
  // "Der kan indgå en personlighedstest i forløbet", "Der indhentes referencer" (a "børneattest" is a check, ATTESTATION's)
  /^der\s+(?:kan\s+|vil\s+)?(?:indgå|indhentes|anvendes|benyttes|gennemføres)\s.{0,40}?(?:(?<!at)test|referencer|case)/i,
  // "Ansættelsesudvalget består af repræsentanter for …"
  /^(?:ansættelses|bedømmelses|rekrutterings)udvalget\s+(?:består|er sammensat)\s/i,
  // "Vedhæft venligst CV …"
  /^vedhæft\s/i,
  // "Efter fristens udløb nedsætter dekanen et bedømmelsesudvalg …", "Efter ansøgningsfristens udløb udvælges …"
  /^efter (?:ansøgnings)?fristens udløb\s/i,
  // "Stillingen har været drøftet i Det Regionale Råd for Lægers Videreuddannelse": a hospital's step before the post is
  // opened, told among the process's; "Bestyrelsen vil vurdere kandidaterne ud fra …"
  /^stillingen\s+(?:har\s+været|er)\s+(?:drøftet|behandlet)\s+(?:i|af)\s/i,
  /^(?:bestyrelsen|udvalget|ansættelsesudvalget|vi)\s+vil\s+vurdere\s+(?:kandidaterne|ansøgerne|ansøgningerne)\s/i,
  // "Vi har valgt at samarbejde med rekrutteringsfirmaet Holmgaard & Vinther om denne stilling", "Rekrutteringen sker i
  // samarbejde med …": who runs the process
  /^(?:vi\s+(?:har\s+valgt\s+at\s+)?samarbejde[rt]?\s+med\s+(?:rekrutterings\p{L}*|search\p{L}*|konsulent(?:firma|hus|bureau)\p{L}*)|rekrutteringen\s+(?:sker|foregår|gennemføres)\s+i\s+samarbejde\s+med)\s/iu,
  // "Har du allerede søgt, behøver du ikke søge igen", "Har du tidligere søgt stillingen, er din ansøgning stadig med": a
  // re-advertised post's word to those who applied (not "Har du lyst til …", the person's)
  /^har\s+du\s+(?:allerede|tidligere)\s+søgt\b/i,
  // an English part's "You may write your application in English", "Applications can be written in Danish or English"
  /^(?:you\s+(?:may|can)\s+(?:write|submit)\s+your\s+application|applications?\s+(?:may|can)\s+be\s+(?:written|submitted))\s+in\s/i,
];

/**
 * "Alle nyansatte skal have udarbejdet en straffeattest", "Der indhentes børneattest": the checks before hiring, a
 * step of the process wherever the sentence stands (under the terms' heading, the terms' too); an English part's "A
 * criminal record check may be required".
 */
export const ATTESTATION = /(?<![a-zæøå])(?:straffe|børne)attest|\bcriminal record (?:check|certificate)|\bchild protection certificate/i;

export const isProcessStatement = (sentence: string): boolean => sentence.length < 300 && PROCESS_STATEMENTS.some((re) => re.test(sentence.trim()));

/**
 * The head of a timetable's date column ("Dato" over "Aktivitet"): a table a
 * PDF's text layer gives a cell a line, its rows a date over what happens then.
 */
export const TIMETABLE_DATE_HEADS: ReadonlySet<string> = new Set(["dato", "datoer", "hvornår", "tidspunkt", "date"]);
