// The closing sentences, and the cheap look for their words that turns most
// sentences away before the patterns run: it must never turn away one they take.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/normalise/sentences.js";
import { CLOSING_STATEMENTS, isClosingStatement } from "../../src/vocabulary/closing.js";
import { fixtureTexts } from "../helpers.js";

const byPatterns = (s: string) => s.length < 400 && CLOSING_STATEMENTS.some((re) => re.test(s));

const CLOSING = [
  // the reader's question as a label
  "Spørgsmål: kontakt økonomichef Trine Kragh Nørgaard på tlf. 9628 4517",
  // the diversity statement as a wish for applicants of every kind
  "Vi ser gerne ansøgninger fra alle uanset baggrund.",
  "Vi ser gerne ansøgere af alle køn og med forskellig baggrund.",
  // a network post's call to share, the rest after its dash
  "Del gerne 🙏 – måske kender du lige præcis den rigtige!",
  "Del gerne!",
  "Har du spørgsmål til stillingen, så ring til direktør Jens Holm på 21 70 44 80.",
  "Yderligere oplysninger fås hos sekretariatschef Lene Bak.",
  "Kontakt direktør Jens Holm på 21 70 44 80, hvis du har spørgsmål til jobbet.",
  "Du er velkommen til at kontakte afdelingschef Mia Krog.",
  "Afdelingschef Mia Krog kan kontaktes på 40 50 60 70.",
  "Ring gerne til os.",
  "Vi viser gerne rundt på skolen, og vi synes faktisk, at det er en god idé at komme forbi.",
  "Du er også velkommen til at kigge forbi kontoret en formiddag og hilse på Hanne.",
  "Du er også velkommen til at aftale et besøg på skolen.",
  "Jeg tager gerne en uforpligtende snak over en kop kaffe ☕",
  "Alle henvendelser behandles fortroligt.",
  "Du kan også tage en fortrolig samtale med partner Kasper Holm.",
  "Vi ser mangfoldighed som en styrke og opfordrer derfor kvalificerede til at søge.",
  "Kommunen ønsker at afspejle det omgivende samfund.",
  "Vi opfordrer alle uanset alder og køn til at søge.",
  "Vi ønsker ikke henvendelser fra rekrutteringsbureauer.",
  "Vi glæder os til at høre fra dig!",
  "We look forward to your application.",
  "We are an equal opportunity employer.",
  "HAR DU SPØRGSMÅL, SÅ RING TIL OS PÅ 70 80 90 10.",
  // the reader asked to pass the post on
  "Kender du en, der ville være perfekt til jobbet?",
  "Kender du en, som kunne være den rette, må du meget gerne sende mailen videre.",
  "Del gerne opslaget med nogen, du tænker kunne være den rette.",
  "Jeg glæder mig til at læse din ansøgning.",
  "Du kan også tale med vicerektor Birgitte Lund på 87 25 30 14.",
  "Du kan også kontakte souschef og konstitueret leder Jannie Thomsen på 62 21 44 90.",
  "Praktiske spørgsmål om ansøgningen kan rettes til skolens administrationschef Pia Grønbech på tlf. 97 85 22 04.",
  "Du kan også skrive til HR-partner Signe Mørup på sm@limfjordport.dk.",
  "Vil du høre, hvordan arbejdet ser ud fra stolen på kontoret, kan du også ringe til Birthe Lund på tlf. 97 56 14 25.",
  // when the desk to call answers
  "Sekretariatet har åbent man-tors kl. 8-15 og fre kl. 8-12.",
];
const NOT_CLOSING = [
  "Vi ser gerne, at du har erfaring fra en politisk styret organisation.",
  // sharing as the post's work
  "Del gerne din viden med kollegerne i teamet.",
  "Du viser nye kolleger rundt og tager imod praktikanter.",
  "Du besvarer spørgsmål fra borgere pr. telefon.",
  "Du besvarer spørgsmål om ansøgningen om boligstøtte fra borgerne på telefon og mail.",
  "Du skal lede en afdeling med 40 medarbejdere.",
  "Løn efter overenskomst.",
  "Ansøgningsfristen er den 14. marts 2027 kl. 12.00.",
  // the process's first step, no invitation to call
  "Første skridt er en fortrolig samtale med partner Kasper Holm.",
  "Du tager en snak med hver medarbejder om deres udvikling.",
  // what the person knows, and a teaser that asks for the person
  "Kender du til spildevand i forvejen, er det et plus – men vi lærer dig gerne resten.",
  "Kender du en – eller er det dig? – der kan lede 70 dygtige medarbejdere?",
  "Du sender sagerne videre til Ankestyrelsen.",
  "Du skal dele linket videre til borgerne.",
  "Du kan også tale med borgerne om deres behov.",
  "Du kan kontakte borgerne direkte i deres eget hjem.",
  // the deadline the closing goes on to: a step of the process
  "Vi glæder os til at læse din ansøgning, som vi skal have senest fredag den 5. marts 2027 kl. 12.00.",
  // the workplace's hours, the post's own; a footer's phone hours, the page's
  "Vi har åbent mandag–torsdag kl. 15–22 og fredag kl. 15–23.",
  "30 timer om ugen, kontoret har åbent tirs-fre kl. 10-13.",
  "Telefontid: man.-ons. 10-15, tors. 10-17, fre. 10-13",
  // a receptionist's post: the desk's hours and the post's shifts in one sentence
  "Receptionen har åbent mandag-fredag kl. 7.30-16.00, og du indgår i en vagtplan med tre kolleger.",
];

describe("isClosingStatement", () => {
  it.each(CLOSING)("takes %j", (s) => expect(isClosingStatement(s)).toBe(true));
  it.each(NOT_CLOSING)("leaves %j", (s) => expect(isClosingStatement(s)).toBe(false));

  it("answers as the patterns do on every line and sentence of the text fixtures (the gate turns none away)", () => {
    const texts = fixtureTexts()
      .flatMap((text) => text.split("\n"))
      .flatMap((line) => [line, ...splitSentences(line).map((s) => s.text)]);
    const taken = texts.filter(byPatterns);
    // the fixtures hold many closing sentences: the comparison is not over nothing
    expect(taken.length).toBeGreaterThan(200);
    expect(texts.filter((s) => isClosingStatement(s) !== byPatterns(s))).toEqual([]);
  });
});
