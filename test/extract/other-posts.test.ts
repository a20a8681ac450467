import { describe, expect, it } from "vitest";
import { otherPostUnits } from "../../src/extract/facts/other-posts.js";
import { extractFacts } from "../../src/extract/facts/index.js";
import { units } from "./units.js";

const others = (outline: string) => {
  const all = units(outline, "jobprofil");
  const set = otherPostUnits(all);
  return all.filter((u) => set.has(u)).map((u) => u.text);
};

// the ad's own text first: a second post is named after it
const process = [
  "Du får ansvaret for den daglige drift af køkkenet og leder 22 medarbejdere.",
  "Du planlægger produktion, menuplaner og indkøb inden for budgettet.",
  "# personprofil: Om dig",
  "Du er uddannet ernæringsassistent eller kok og har ledelseserfaring.",
  "# vilkaar: Løn og ansættelse",
  "Løn efter gældende overenskomst.",
  "# ansaettelsesproces: Ansøgning",
  "Ansøgningsfristen er fredag den 9. april 2027 kl. 12.00. Første samtale holdes onsdag den 21. april 2027.",
  "Har du spørgsmål, så ring til Karsten Holm på 99 60 42 18.",
].join("\n");

describe("a second post the ad names", () => {
  it("takes the line that names it and the paragraph that goes on about it by its name", () => {
    const outline = `${process}\nVi søger samtidig en kok til 30 timer – se det separate opslag.\nKokkestillingen har ansøgningsfrist den 18. april 2027. Spørgsmål kan rettes til Bente Kirk på tlf. 99 60 52 71.\nKommunen er en røgfri arbejdsplads.`;
    expect(others(outline)).toEqual([
      "Vi søger samtidig en kok til 30 timer – se det separate opslag.",
      "Kokkestillingen har ansøgningsfrist den 18. april 2027. Spørgsmål kan rettes til Bente Kirk på tlf. 99 60 52 71.",
    ]);
    const { facts } = extractFacts(units(outline, "jobprofil"));
    expect(facts.applicationDeadline).toBe("2027-04-09T12:00");
    expect(facts.contacts.map((c) => c.phone)).toEqual(["99604218"]);
  });
  it("takes the text under a heading that names it, and 'den stilling'", () => {
    const outline = `${process}\n# yderligere: Vi søger også en souschef\nTil Sengeafsnit H2 søger vi desuden en souschef med tiltrædelse 1. maj 2027.\nSpørgsmål om den stilling: Jonas Friis, tlf. 78 43 26 40.\n# andet: Del\nSøg stillingen`;
    expect(others(outline)).toEqual(["Vi søger også en souschef", "Til Sengeafsnit H2 søger vi desuden en souschef med tiltrædelse 1. maj 2027.", "Spørgsmål om den stilling: Jonas Friis, tlf. 78 43 26 40."]);
  });
  it.each([
    // before the ad's own process and terms, it is the ad's own post
    "Vi søger samtidig en leder, der kan samle afdelingen.\n# ansaettelsesproces: Ansøgning\nAnsøgningsfrist 9. april 2027.",
    // no second post: "også" of something else
    `${process}\nVi søger også gerne ansøgere uden ledererfaring.`,
    `${process}\nVi søger en kok til 30 timer.`,
  ])("takes nothing from %j", (outline) => {
    expect(others(outline)).toEqual([]);
  });
  it("takes a fact box's line right under it", () => {
    const outline = `${process}\nVi søger også en ernæringsassistent – se opslaget her\nAnsøgningsfrist: 23.05.2027\nRegion Midtjylland ønsker at afspejle samfundet.`;
    expect(others(outline)).toEqual(["Vi søger også en ernæringsassistent – se opslaget her", "Ansøgningsfrist: 23.05.2027"]);
    expect(extractFacts(units(outline, "jobprofil")).facts.applicationDeadline).toBe("2027-04-09T12:00");
  });
  it("takes one fact box line under it, not the ad's own box after that", () => {
    const outline = `${process}\nVi søger også en pædagogmedhjælper – se opslaget her.\nAnsøgningsfrist: 23.05.2027\nTiltrædelse: 1. maj 2027\nKontakt: Karsten Holm, tlf. 99 60 42 18`;
    expect(others(outline)).toEqual(["Vi søger også en pædagogmedhjælper – se opslaget her.", "Ansøgningsfrist: 23.05.2027"]);
  });
  it("leaves 'denne stilling', the ad's own, and a plural of the post's noun where they are", () => {
    expect(others(`${process}\nVi søger samtidig en kok til 30 timer – se det separate opslag.\nHar du spørgsmål om denne stilling, så kontakt køkkenleder Karsten Holm på 99 60 42 18.`)).toEqual(["Vi søger samtidig en kok til 30 timer – se det separate opslag."]);
    expect(others(`${process}\nVi søger også en medarbejder til kantinen – se opslaget her.\nMedarbejderne i afdelingen deltager i 2. samtale den 27. april 2027.`)).toEqual(["Vi søger også en medarbejder til kantinen – se opslaget her."]);
  });
  it("takes nothing from a sentence on the person wanted, under a fact box at the ad's top", () => {
    const outline = ["# vilkaar:", "Ansættelsesform: Fastansættelse", "# indledning: Om os", "Vi er et køkken med 22 medarbejdere.", "# jobprofil: Jobbet", "Du leder køkkenet.", "# personprofil: Om dig", "Vi søger desuden en leder med solid økonomiforståelse.", "Lederen skal kunne tiltræde 1. juni 2027.", "# ansaettelsesproces: Ansøgning", "Ansøgningsfrist 9. april 2027."].join("\n");
    expect(others(outline)).toEqual([]);
  });
  it.each([
    ["Vi søger samtidig en erfaren kok til 30 timer.", "Kokken får ansvaret for den varme mad og starter 1. maj 2027."],
    ["Vi søger samtidig en 30-timers kok.", "Kokkestillingen har frist den 18. april 2027."],
    ["Vi søger også en sygeplejerske til aftenvagt.", "Sygeplejersken tiltræder 1. maj 2027."],
    ["Vi søger også to sygeplejersker til aftenvagt.", "Sygeplejerskerne tiltræder 1. maj 2027."],
  ])("takes %j and the paragraph that names its post again (%j)", (opening, again) => {
    expect(others(`${process}\n${opening}\n${again}`)).toEqual([opening, again]);
  });
  it("stops at the first paragraph that is no longer about it", () => {
    const outline = `${process}\nVi søger samtidig en kok til 30 timer.\nAnsøgningsfristen for begge stillinger er den 9. april.`;
    expect(others(outline)).toEqual(["Vi søger samtidig en kok til 30 timer."]);
  });
});
