// The employer's presentation of itself by its size, told from the job's and the process's sentences with numbers.
import { describe, expect, it } from "vitest";
import { isEmployerPresentation, isVacancyReason } from "../../src/vocabulary/presentation.js";
import { segment } from "../../src/segment/index.js";
import { normalise } from "../../src/normalise/index.js";

describe("isEmployerPresentation", () => {
  it.each([
    "Norddjurs Kommune har ca. 37.000 indbyggere og strækker sig fra Grenaa til Allingåbro.",
    "Kommunen har omkring 5.000 medarbejdere og et samlet driftsbudget på ca. 4,6 mia. kr.",
    "Region Sjælland beskæftiger godt 17.000 ansatte.",
    "Roskilde Universitet har knap 9.000 studerende.",
    "Selskabet har 110 medarbejdere og leverer vand til 95.000 borgere.",
    "Hospitalsenhed Midt har ca. 5.200 medarbejdere og et budget på 3,9 mia. kr.",
  ])("takes %j", (s) => expect(isEmployerPresentation(s)).toBe(true));

  it.each([
    // the job's unit, and the post's own numbers
    "Afdelingen har 40 medarbejdere fordelt på tre teams.",
    "Du får ansvaret for 42 medarbejdere.",
    "Kommunen har mere end 300 kilometer kystlinje.",
    "Samtaler holdes den 20. maj 2027.",
  ])("leaves %j", (s) => expect(isEmployerPresentation(s)).toBe(false));
});

describe("the employer's presentation at an ad's end", () => {
  it("is the introduction, under the process's heading", () => {
    const text = [
      "Centerleder til Jobcenter Norddjurs",
      "",
      "Om jobbet",
      "Du bliver leder for 60 medarbejdere og refererer til direktøren.",
      "",
      "Ansøgning og proces",
      "Ansøgningsfristen er søndag den 9. maj 2027. Første samtale holdes den 20. maj 2027.",
      "",
      "Norddjurs Kommune har ca. 37.000 indbyggere og strækker sig fra Grenaa til Allingåbro. Vi er en kommune i udvikling.",
    ].join("\n");
    const lines = text.split("\n").map((t, i) => ({ text: t, line: i + 1, page: null }));
    const sections = segment(normalise({ format: "text", pages: null, lines }).blocks);
    const kindOf = (needle: string) => sections.find((s) => JSON.stringify(s).includes(needle))?.kind;
    expect(kindOf("37.000 indbyggere")).toBe("indledning");
    expect(kindOf("Ansøgningsfristen er søndag")).toBe("ansaettelsesproces");
  });

  it("lets a step of the process in the same paragraph go to the process", () => {
    const text = "Centerleder til Jobcenter Norddjurs\n\nOm jobbet\nDu bliver leder for 60 medarbejdere.\n\nKommunen har ca. 5.000 medarbejdere. Ansøgningsfristen er søndag den 9. maj 2027.";
    const lines = text.split("\n").map((t, i) => ({ text: t, line: i + 1, page: null }));
    const sections = segment(normalise({ format: "text", pages: null, lines }).blocks);
    const kindOf = (needle: string) => sections.find((s) => JSON.stringify(s).includes(needle))?.kind;
    expect(kindOf("Ansøgningsfristen er søndag")).toBe("ansaettelsesproces");
  });
});

describe("isVacancyReason", () => {
  it.each([
    "Vores nuværende centerchef går på pension til foråret efter 14 år i kommunen.",
    "Den hidtidige direktør har valgt at søge nye udfordringer.",
    "Our current Head of Department has accepted a position abroad, and we are looking for a successor.",
    "Efter 17 år går vores nuværende direktør på pension.",
    "The current head of the section will be taking up a position abroad after eleven years in the role.",
    "The position is vacant because the current vice-dean is returning to research and teaching after two terms.",
    "The current head of section is moving on to a position as senior researcher within the department.",
    "The position is vacant because the current Deputy Permanent Secretary has been appointed Director General of an agency.",
    "Stillingen er ledig, fordi den nuværende kontorchef er blevet udnævnt til direktør i en styrelse.",
    "Stillingen er ledig, da den hidtidige kontorchef er overgået til en anden stilling i koncernen.",
    // a re-posted ad's reason: no one was found the first time
    "GENOPSLAG – Vi har desværre ikke fundet den rette kandidat i første omgang og slår derfor stillingen op igen.",
    "Bestyrelsen har endnu ikke fundet den rette forstander.",
    // the notice that the post is posted again
    "Stillingen som leder af Bibliotekerne genopslås.",
  ])("takes %j", (s) => expect(isVacancyReason(s)).toBe(true));
  it.each([
    // no one who holds a post leaves
    "Den nuværende struktur med fire afdelinger stopper ved årsskiftet, og du skal stå i spidsen for den nye organisation.",
    "Den nuværende aftale fratræder ved udgangen af året.",
    "Du får ansvaret for at vores nuværende direktion fungerer godt.",
    // appointed again, not away
    "The current Head of Department has been appointed for a second five-year term, and the faculty now seeks a Deputy Head.",
    // the person's search for the right one in the work, no post left open
    "Du skal sikre, at vi finder den rette balance mellem drift og udvikling.",
    "Vi har endnu ikke fundet den rette form for samarbejdet mellem skole og SFO, og den opgave bliver din.",
  ])("leaves %j", (s) => expect(isVacancyReason(s)).toBe(false));
});
