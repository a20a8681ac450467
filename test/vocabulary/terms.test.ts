// The stems are a cheap first look before the forms' patterns: every spelling
// the patterns accept must hold one, or a form would be missed.
import { describe, expect, it } from "vitest";
import { topLevelBranches } from "../../src/extract/facts/regex.js";
import { EMPLOYMENT_TERM_STEMS, EMPLOYMENT_TERM_WORDS, isOfferStatement, isSmokeFreeStatement, isStartStatement, isTermsStatement, isWorkplaceStatement } from "../../src/vocabulary/terms.js";

/** A pattern's alternatives inside its word boundaries: "(?<!…)(?:a|b|c)(?!…)" → a, b, c. */
const alternatives = (source: string) => topLevelBranches(source.slice(source.indexOf("(?:") + 3, source.lastIndexOf(")(?!")));

describe("EMPLOYMENT_TERM_STEMS", () => {
  for (const { term, pattern } of EMPLOYMENT_TERM_WORDS)
    it.each(alternatives(pattern.source))(`${term}: every alternative holds a stem: %s`, (alternative) => {
      // the alternative with its optional groups left out is the least a match holds
      const least = alternative.replace(/\((?:[^()]|\([^()]*\))*\)[?*]/gu, "");
      expect(least).toMatch(EMPLOYMENT_TERM_STEMS);
    });

  it.each(["på kontrakt", "Åremålsansættelse", "AAREMAAL", "efter overenskomst", "tjenestemandsansat"])("passes %j", (text) => {
    expect(EMPLOYMENT_TERM_STEMS.test(text)).toBe(true);
  });
});

describe("isStartStatement: a line that gives the start", () => {
  it.each([
    ["Tiltrædelse: 1. august 2027 eller efter aftale.", true],
    ["Vi forventer, at du kan tiltræde den 1. maj 2027.", true],
    ["Du kan starte senest 1. august.", true],
    ["Vi ønsker, at du kan starte 1. maj 2027, men venter gerne på den rette.", true],
    ["Vi håber, du kan starte 1. maj 2027.", true],
    // a director writing in the first person, the date as a short one
    ["Jeg forventer, at du kan starte 1/5-27.", true],
    ["The position is to be filled by 1 June 2027 or as soon as possible thereafter.", true],
    ["Starting date: 1 August 2027.", true],
    ["The expected start date is 1 May 2027.", true],
    // a sentence about the work that starts something is no start of the post's
    ["Du skal starte den nye afdeling op sammen med dine to teamledere.", false],
    ["Du kan begynde den faglige udvikling med det samme.", false],
    ["The position is filled with a strong sense of purpose.", false],
  ])("%j → %s", (text, want) => {
    expect(isStartStatement(text)).toBe(want);
  });
});

describe("isOfferStatement: a sentence on what the post offers", () => {
  it.each([
    ["Vi tilbyder en spændende og udfordrende lederstilling i en organisation med kort vej fra idé til handling.", true],
    ["Til gengæld får du en arbejdsplads med korte beslutningsveje.", true],
    ["Vi kan tilbyde dig et godt arbejdsmiljø.", true],
    ["Vi tilbyder et engageret personalehus, en dagtilbudsleder der glæder sig til at lære dig at kende, og et godt ledernetværk.", true],
    ["Vi tilbyder en skole med et godt ry, dygtige medarbejdere og en aktiv skolebestyrelse, der glæder sig til at tage imod dig.", true],
    ["Vi tilbyder en spændende udfordring i en kommune i vækst.", true],
    ["Vi tilbyder borgerne hjælp til MitID.", false],
    ["Vi tilbyder en række kurser for borgere med demens.", false],
    // the house's work, not the post's offer
    ["Vi tilbyder en skole, hvor alle børn trives og lærer.", false],
    ["Vi tilbyder en udfordring til de dygtigste elever.", false],
    ["Vi tilbyder en specialiseret institution med 24 døgnpladser til unge med autisme og ADHD.", false],
    ["Vi tilbyder en attraktiv udfordring for virksomheder, der vil eksportere.", false],
    ["Du får ansvaret for budgettet.", false],
  ])("%j → %s", (text, want) => {
    expect(isOfferStatement(text)).toBe(want);
  });
});

describe("isWorkplaceStatement: where the work is done", () => {
  it.each([
    ["Arbejdsstedet er Vejle Rådhus, Skolegade 1, 7100 Vejle.", true],
    ["Dit daglige arbejdssted bliver Rådhuset i Ringe.", true],
    ["The place of work is Copenhagen.", true],
    ["Arbejdsstedet er administrationen på Kongensgade 112, 6700 Esbjerg.", true],
    ["Arbejdsstedet er kendetegnet ved en flad struktur og højt til loftet.", false],
    ["Arbejdsstedet er præget af travlhed og godt humør.", false],
    ["Vi er et arbejdssted med 40 ansatte.", false],
  ])("%j → %s", (text, want) => {
    expect(isWorkplaceStatement(text)).toBe(want);
  });
});

describe("isSmokeFreeStatement: a smoke-free workplace, a condition of the work", () => {
  it.each([
    ["Region Sjælland er en røgfri arbejdsplads.", true],
    ["OUH is a smoke-free workplace.", true],
    ["Hedensted Kommune arbejder for et sundt arbejdsmiljø og er røgfri.", true],
    ["Vi arbejder for en røgfri generation.", false],
    ["Skolen er røgfri zone for elever og ansatte.", false],
    ["Hospitalet er røgfrit.", true],
    ["Målet er, at 80 % af deltagerne efter forløbet er røgfrie.", false],
    ["Kommunen er røgfri i arbejdstiden.", true],
    ["I regionen arbejder vi for, at alle unge under 18 er røgfri.", false],
  ])("%j → %s", (text, want) => {
    expect(isSmokeFreeStatement(text)).toBe(want);
  });
});

describe("isTermsStatement: a sentence whose subject is the pay, the pension or the contract", () => {
  it.each([
    "Ansættelsen sker på kontrakt efter Rammeaftale om kontraktansættelse af chefer i kommunerne.",
    "Lønnen forhandles individuelt og forventes at ligge på ca. 1.200.000 kr. årligt.",
    "Hertil kommer pension på 18 %.",
    "Løn- og ansættelsesvilkår er i henhold til gældende overenskomst mellem KL og BUPL.",
    "Løn og ansættelse efter gældende overenskomst og aftale om aflønning af chefer.",
    "Løn og ansættelse sker efter overenskomst mellem KL og BUPL for ledere af dagtilbud, og vi indhenter børneattest inden ansættelse.",
    "Stillingen aflønnes efter lønramme 37.",
    "Pensionen udgør 17,1 % af lønnen.",
  ])("takes %j", (s) => expect(isTermsStatement(s)).toBe(true));

  it.each([
    // the post's work on pay, and pay inside a sentence about something else
    "Løn, fravær og refusioner er teamets kerneopgaver.",
    "Hos os er løn ikke bare tal.",
    "Du sikrer, at lønnen bliver udbetalt til tiden.",
    "Ansættelsesudvalget består af fem medlemmer.",
    // the process's step, and pay as the post's subject
    "Ansættelsen sker på baggrund af to samtaler og en samlet vurdering af kandidaterne.",
    "Lønnen er kernen i vores arbejde, og du sikrer, at 28.000 kolleger får den rigtige løn til tiden.",
    "Lønnen er ikke det vigtigste for os – det er fællesskabet.",
  ])("leaves %j", (s) => expect(isTermsStatement(s)).toBe(false));
});
