// A paragraph of the person's "Du har …", "Du er …" sentences, told from the job's and the terms' "Du …" sentences.
import { describe, expect, it } from "vitest";
import { isPersonParagraph, isPersonSentence } from "../../src/vocabulary/person.js";

describe("a sentence of what the person has and is", () => {
  it.each([
    "Du har en kandidatuddannelse i økonomi, statskundskab eller et tilsvarende fag.",
    "Du har måske allerede erfaring med personaleledelse.",
    "Du trives med at have mange bolde i luften.",
    "Du er god til at formidle komplekse resultater enkelt og præcist.",
    "Du skaber tillid i dit team og tør sige fra.",
    "Endelig har du politisk tæft og forstår, hvordan analyser bliver brugt.",
    "Som person er du robust, og du bevarer overblikket.",
    "Du kan lide at tale med mennesker i alle livets situationer.",
    // what the employer asks of the person, before the sentence's own "du"
    "Vi forventer, at du er uddannet sygeplejerske og har en relevant lederuddannelse.",
    "Vi lægger vægt på, at du er nysgerrig på data.",
    "Vi ser gerne, at du har erfaring med ledelse af ledere.",
    // a merit the person may bring
    "Kendskab til kardiologi er en fordel, men ikke et krav.",
  ])("%s", (sentence) => {
    expect(isPersonSentence(sentence)).toBe(true);
  });

  it.each([
    "Du har ansvaret for den daglige drift og økonomi.",
    "Du har reference til kontorchefen.",
    "Du er ansvarlig for teamets opgaveportefølje.",
    "Du er en del af kontorets ledergruppe.",
    "Du kan se frem til en spændende hverdag med gode kolleger.",
    "Du får personaleansvaret for ni analytikere.",
    "Du bliver en del af et stærkt fællesskab.",
    "Du kan få indflydelse på hele kommunens udvikling.",
    "Du skal lede og udvikle teamet.",
    "Har du spørgsmål, så ring til kontorchefen.",
    "Vi tilbyder et godt arbejdsmiljø.",
    "Vi forventer, at du får ansvaret for budgettet.",
    "Vi forventer, at du kan tiltræde den 1. maj 2027.",
  ])("not %s", (sentence) => {
    expect(isPersonSentence(sentence)).toBe(false);
  });
});

describe("a paragraph of the person's sentences", () => {
  it("needs three sentences, two in three of them the person's", () => {
    const person = ["Du har en kandidatuddannelse.", "Du trives med travlhed.", "Du får ansvaret for budgettet."];
    expect(isPersonParagraph(person)).toBe(true);
    expect(isPersonParagraph(person.slice(0, 2))).toBe(false);
    expect(isPersonParagraph(["Du har en kandidatuddannelse.", "Du får ansvaret for budgettet.", "Du bliver en del af ledergruppen."])).toBe(false);
  });
});
