/**
 * A paragraph that describes the wanted person in a run of "Du har …", "Du
 * er …", "Du trives …" sentences ("Du har en kandidatuddannelse i økonomi …
 * Du trives med at have mange bolde i luften … Endelig har du politisk
 * tæft"), set after the tasks' list with no heading of its own: the person,
 * whatever heading the tasks stood under. The sentences of the job ("Du får
 * ansvaret for …", "Du har reference til …", "Du bliver en del af …") and
 * of the terms ("Du kan se frem til …") are not the person's. Data, tested
 * on a sentence, case-insensitively.
 */
const ADVERB = String.raw`(?:endelig|desuden|derudover|samtidig|også|og|måske|gerne|som person|som leder|fagligt|personligt)`;
/** What the employer asks of the person, before the sentence's own "du": "Vi forventer, at du …", "Vi lægger vægt på, at du …". */
const EXPECTATION = String.raw`vi\s+(?:forventer|forestiller\s+os|ønsker|håber|lægger\s+(?:stor\s+|særlig\s+)?vægt\s+på|ser\s+gerne|forudsætter),?\s+at\s+`;
/** "Kendskab til kardiologi er en fordel": a merit the person may bring. */
const MERIT = String.raw`(?:kendskab|erfaring|viden|indsigt)\s(?:til|med|om|i)\s(?:[^\s.]+\s){1,12}?er\sen\s(?:fordel|forudsætning)`;
const PERSON_OPENING = String.raw`^(?:${MERIT}|${ADVERB},?\s+(?:har|er|kan)\s+du\s+|(?:${ADVERB},?\s+|${EXPECTATION})?du\s+(?:(?:har|er|kan)\s+(?:måske\s+|gerne\s+|også\s+|allerede\s+)*|trives|tør|brænder|formår|evner|besidder|motiveres|forstår|sætter|lytter|bevarer|tænker|kommunikerer|skaber|ser|møder))`;
/** What "Du har …", "Du er …", "Du kan …" open when the sentence is the job's or the terms'. */
const NOT_THE_PERSON = String.raw`(?:ansvar|ansvaret|personaleansvar|budgetansvar|reference|det overordnede|det daglige|en central rolle|en vigtig rolle|mulighed|ledelse(?:n|sansvar)? (?:af|for)|ansvarlig|leder for|øverste|en del af|med til|se frem|frem|forvente|glæde dig|få|blive|komme|søge|kontakte|læse|ringe|være med|være en del|tiltræde|starte|begynde)`;
// no `u` flag (with `i` and `u`, V8 tries a pattern at every position), and a word's end by lookahead: `\b` knows no "å"
const PERSON_SENTENCE = new RegExp(`${PERSON_OPENING}(?!${NOT_THE_PERSON}(?![a-zæøå]))`, "i");

// "Er du vores nye leder?", "Har du spørgsmål?": a question is a teaser's or the reader's, never the description
export const isPersonSentence = (sentence: string): boolean => PERSON_SENTENCE.test(sentence.trim()) && !sentence.trim().endsWith("?");

/** A paragraph of at least three sentences, two in three of them the person's. */
export function isPersonParagraph(sentences: readonly string[]): boolean {
  if (sentences.length < 3) return false;
  let person = 0;
  for (const s of sentences) if (isPersonSentence(s)) person++;
  return person * 3 >= sentences.length * 2;
}

/**
 * An item after "Vi forventer, at du:" that says what the person has or is ("har erfaring med …", "er uddannet …",
 * "kan holde styr på …"), as against a task the post's holder does ("sætter en tydelig faglig retning"): read as
 * the sentence "du …" it finishes, on a verb of having or being.
 */
const HAVING_OR_BEING = /^(?:har|er|kan|besidder|brænder|trives|motiveres|formår|evner|tør)\s/i;
/**
 * An item of the post's remit, though it opens on "er" or "har": "er (den) daglig(e) leder af …", "er tovholder på …",
 * "er ansvarlig for …", "har (den daglige) kontakt(en) til …", "har personaleansvaret", "har det faglige og økonomiske
 * ansvar" (not "er ansvarlig og selvstændig", a trait; nor "har erfaring med personaleansvar", a qualification).
 */
const REMIT_ITEM =
  /^(?:er|bliver)\s+(?:(?:den|det|[a-zæøå]+e|[a-zæøå]+)\s+){0,3}(?:leder|chef|tovholder|koordinator|bindeled|formand|sekretær)[a-zæøå]{0,3}(?![a-zæøå])|^(?:er|bliver)\s+ansvarlig\s+for(?![a-zæøå])|^har\s+(?:(?:den|det|de|og|[a-zæøå]+e)\s+){0,4}(?:[a-zæøå]*ansvar(?:et)?|kontakt(?:en)?|reference(?:n)?)(?![a-zæøå])/i;
export const isPersonItem = (item: string): boolean => HAVING_OR_BEING.test(item.trim()) && !REMIT_ITEM.test(item.trim()) && isPersonSentence(`du ${item.trim()}`);

