import { describe, expect, it } from "vitest";
import { ATTESTATION, isInterviewStatement, isProcessStatement } from "../../src/vocabulary/process.js";
import { segment } from "../../src/segment/index.js";
import { normalise } from "../../src/normalise/index.js";

describe("isProcessStatement", () => {
  it.each([
    "Samtaler forventes afholdt i uge 14.",
    "Første samtalerunde holdes tirsdag den 20. april.",
    "Ansættelsessamtalerne finder sted på rådhuset.",
    "Ansøgningen sendes elektronisk.",
    "Din ansøgning skal indeholde CV og eksamensbeviser.",
    "Vedhæft venligst CV, autorisationsid og eksamensbeviser.",
    "Ansøgning, CV og relevante bilag sendes elektronisk via linket.",
    "Ansøgningsfristen er mandag den 15. marts 2027.",
    "Ansøgning med CV, eksamensbevis og eventuelle bilag sendes elektronisk via linket \"Søg stillingen\".",
    "Ansøgninger modtaget efter fristens udløb vil ikke blive taget i betragtning.",
    "Der kan indgå en personlighedstest i forløbet, og der indhentes referencer efter aftale.",
    "Der indhentes referencer fra to tidligere ledere.",
    "Ansættelsesudvalget består af repræsentanter for sygehusledelsen og afdelingen.",
    "Første skridt er en fortrolig samtale med partner Kasper Holm.",
    "Efter fristens udløb nedsætter dekanen et bedømmelsesudvalg, som vurderer ansøgerne.",
    "Stillingen har været drøftet i Det Regionale Råd for Lægers Videreuddannelse.",
    "Bestyrelsen vil vurdere kandidaterne ud fra profilens krav.",
    "You may write your application in English.",
    "Applications can be written in Danish or English.",
    "Vi har valgt at samarbejde med rekrutteringsfirmaet Holmgaard & Vinther Search om denne stilling.",
    "Rekrutteringen sker i samarbejde med Meldgaard Search.",
    // a re-advertised post's word to those who applied
    "Har du allerede søgt, behøver du ikke søge igen.",
    "Har du tidligere søgt stillingen, er din ansøgning stadig med.",
    // a deadline with its verb left out, and the call to apply told as a step
    "Ansøgningsfrist søndag den 14. marts 2027.",
    "Ansøgningsfristen d. 9. maj 2027 kl. 12.00.",
    "Søg stillingen via linket nedenfor.",
    "Søg jobbet senest den 3. maj 2027.",
    // the house's own voice on its interviews
    "Vi holder samtaler tirsdag den 11. maj om eftermiddagen.",
    "Vi forventer at holde første samtale i uge 20.",
  ])("takes %j", (s) => expect(isProcessStatement(s)).toBe(true));

  it("reads a sentence that opens on the interviews as the process's, whatever invitation it goes on to", () => {
    const doc = "Om os\n\nVi er et børnehus med 78 børn og 19 voksne i et gammelt murstenshus med en stor have og et drivhus.\n\nSend os din ansøgning senest søndag den 2. maj 2027. Vi holder samtaler tirsdag den 11. maj om eftermiddagen, og du er meget velkommen til at kigge forbi inden og hilse på os – bare ring først.";
    const sections = segment(normalise({ format: "text", pages: null, lines: doc.split("\n").map((text, i) => ({ text, line: i + 1, page: null })) }).blocks);
    const of = (probe: string) => sections.find((s) => JSON.stringify(s).includes(probe))?.kind;
    expect(of("Vi holder samtaler tirsdag")).toBe("ansaettelsesproces");
    // the job's own conversations, no day or week after them
    expect(isInterviewStatement("Vi holder samtaler med borgerne om deres vej tilbage til arbejdsmarkedet.")).toBe(false);
    expect(isInterviewStatement("Vi afholder samtaler med alle nye ledige inden for de første to uger.")).toBe(false);
    expect(isInterviewStatement("Vi holder samtaler med borgerne hver 14. dag.")).toBe(false);
    expect(isInterviewStatement("Vi holder samtaler med forældrene hver mandag eftermiddag.")).toBe(false);
    expect(isInterviewStatement("Udvalget holder samtaler med kandidater løbende fra 1. maj.")).toBe(false);
  });

  it.each([
    "Du skal holde samtaler med borgerne om deres forløb.",
    "Stillingen er ledig fra 1. april.",
    "Stillingen er godkendt af direktionen og ligger inden for det eksisterende budget.",
    "Vi vil vurdere behovet for nye tilbud i løbet af året.",
    "Vi tilbyder en god introduktion.",
    "Løn efter overenskomst.",
    // the notice that the deadline is gone, and a page's button alone
    "Ansøgningsfrist overskredet.",
    "Søg stillingen",
    "Mange ansøgninger behandles hvert år i afdelingen.",
    // the page's notice that the post is gone, no step
    "Ansøgningsfristen er overskredet",
    "Der indgår mange opgaver i stillingen.",
    // a partnership of the house's, no process's
    "Vi samarbejder med kommunerne om beskæftigelsesindsatsen.",
    "Vi samarbejder med konsulenter fra hele regionen om at udvikle fremtidens akutmodtagelse.",
    "Efter sommerferien udløber kontrakten med leverandøren, og du skal lede det nye udbud.",
    "Der indhentes børneattest inden ansættelse.",
    "Har du lyst til at søge en stilling med stort ansvar?",
  ])("leaves %j", (s) => expect(isProcessStatement(s)).toBe(false));
});

describe("a step of the process under the terms' heading", () => {
  it("is the process, while the terms stay the terms", () => {
    const text = [
      "Om stillingen",
      "Du bliver leder for 30 medarbejdere i et travlt afsnit.",
      "",
      "Løn og ansættelsesvilkår",
      "Løn og ansættelse efter overenskomst mellem Danske Regioner og Dansk Sygeplejeråd.",
      "",
      "Samtaler forventes afholdt i uge 14. Ansøgningen sendes elektronisk.",
    ].join("\n");
    const lines = text.split("\n").map((t, i) => ({ text: t, line: i + 1, page: null }));
    const sections = segment(normalise({ format: "text", pages: null, lines }).blocks);
    const kindOf = (needle: string) => sections.find((s) => JSON.stringify(s).includes(needle))?.kind;
    expect(kindOf("overenskomst mellem")).toBe("vilkaar");
    expect(kindOf("Samtaler forventes")).toBe("ansaettelsesproces");
  });
});

describe("ATTESTATION: a check before hiring", () => {
  it.each([
    ["Der indhentes straffeattest og børneattest før ansættelse.", true],
    ["A criminal record check may be required before employment.", true],
    ["The successful applicant must present a child protection certificate.", true],
    ["Du sikrer, at der ikke sker fejl i registreringen.", false],
    ["The unit keeps a record of criminal cases.", false],
  ])("%j → %s", (text, want) => {
    expect(ATTESTATION.test(text)).toBe(want);
  });
});
