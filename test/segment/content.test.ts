// Sections from content as well as headings: the shapes of real ads and
// profile pages, each written here as a small document of our own.
import { describe, expect, it } from "vitest";
import { htmlToDocument } from "../../src/read/html.js";
import { readText } from "../../src/read/text.js";
import { readMarkdown } from "../../src/read/markdown.js";
import { normalise } from "../../src/normalise/index.js";
import { segment, type Explanation } from "../../src/segment/index.js";
import { textUnits } from "../../src/segment/units.js";
import { parseProfile } from "../../src/pipeline.js";
import { isReportingLine } from "../../src/vocabulary/positions.js";

const sectionsOf = (text: string) => segment(normalise(readText(Buffer.from(text), "text")).blocks);
/** The kind of the section holding a phrase. */
function kindOf(text: string, phrase: string): string | undefined {
  return textUnits(sectionsOf(text)).find((u) => u.text.includes(phrase))?.section;
}

const headingless = [
  "Skive Kommune søger en ny leder af Ungdomsskolen, som har 40 medarbejdere og et godt ry blandt de unge.",
  "Du får ansvaret for den daglige ledelse, økonomien og udviklingen af tilbuddene i hele kommunen. Du refererer til skolechefen.",
  "Vi forestiller os, at du er læreruddannet og har erfaring med ledelse. Du er tydelig, nærværende og god til at samarbejde.",
  "Løn og ansættelsesvilkår efter gældende overenskomst.",
  "Ansøgningsfristen er den 14. marts 2027, og vi holder samtaler den 22. marts.",
  "Har du spørgsmål, så ring til skolechef Mette Holm på tlf. 22 33 44 55.",
].join("\n\n");

describe("an ad without headings: each sentence by its words and place", () => {
  it.each([
    ["Skive Kommune søger en ny leder", "indledning"],
    ["Du får ansvaret for den daglige ledelse", "jobprofil"],
    ["Vi forestiller os, at du er læreruddannet", "personprofil"],
    ["Løn og ansættelsesvilkår efter gældende overenskomst", "vilkaar"],
    ["Ansøgningsfristen er den 14. marts 2027", "ansaettelsesproces"],
    ["Har du spørgsmål, så ring til skolechef", "yderligere"],
  ])("%s → %s", (phrase, kind) => {
    expect(kindOf(headingless, phrase)).toBe(kind);
  });

  it("splits one long paragraph that mixes the post, the person and the process", () => {
    const one =
      "Vi søger en ny afdelingsleder til vores plejecenter. Du får ansvaret for 35 medarbejdere og for den daglige drift og økonomi. Du har en sundhedsfaglig uddannelse og erfaring med personaleledelse. Ansøgningsfristen er den 3. april 2027, og samtaler holdes i uge 15.";
    const sections = sectionsOf(one);
    expect(sections.map((s) => s.kind)).toEqual(["indledning", "jobprofil", "personprofil", "ansaettelsesproces"]);
    expect(kindOf(one, "Du har en sundhedsfaglig uddannelse")).toBe("personprofil");
  });

  it("reads a long sentence's clauses at its semicolons each on its own", () => {
    const one =
      "Vi søger en ledende overlæge til vores afdeling, som har 120 medarbejdere og et stærkt fagligt miljø.\n\nAnsættelse sker i henhold til overenskomst mellem Regionernes Lønnings- og Takstnævn og Foreningen af Speciallæger, og lønnen aftales individuelt inden for rammerne af aftalen om resultatløn, idet tiltrædelse forventes at ske den 1. maj 2027 eller efter nærmere aftale; din ansøgning skal sendes via linket og være os i hænde senest mandag den 15. februar 2027 kl. 12.00, hvorefter vi forventer at holde samtaler i uge 9.";
    expect(kindOf(one, "Ansættelse sker i henhold til overenskomst")).toBe("vilkaar");
    expect(kindOf(one, "din ansøgning skal sendes via linket")).toBe("ansaettelsesproces");
  });

  it("reads a paragraph that opens on the post's whole charge as the job's, under a heading of what the person can", () => {
    const text =
      "## Det skal du kunne\n\nSom forstander har du det overordnede faglige, personalemæssige og økonomiske ansvar for Kærhuset. Du refererer til områdechefen for Handicap og Psykiatri.\n\n## Om dig\n\nDu er uddannet pædagog og har ledelseserfaring.";
    const sections = segment(normalise(readMarkdown(Buffer.from(text))).blocks);
    expect(textUnits(sections).find((u) => u.text.includes("Som forstander har du"))?.section).toBe("jobprofil");
  });

  it("reads a long sentence's closing question after a dash on its own", () => {
    const one =
      "Vi søger en ny chef for Regional Udvikling, som skal lede 80 medarbejdere.\n\nFørste samtalerunde holdes mandag den 22. marts og anden samtalerunde tirsdag den 30. marts 2027, og mellem de to runder gennemfører kandidaterne en personlighedstest, mens der før anden samtale indhentes referencer efter aftale – har du spørgsmål til stillingen, er du velkommen til at kontakte regionsdirektør Lise Ravn på tlf. 21 47 60 38.";
    expect(kindOf(one, "Første samtalerunde holdes mandag")).toBe("ansaettelsesproces");
    expect(kindOf(one, "har du spørgsmål til stillingen")).toBe("yderligere");
    // a dash inside the clause parts nothing
    const inside = one.replace("– har du spørgsmål til stillingen, er du velkommen til at kontakte regionsdirektør Lise Ravn på tlf. 21 47 60 38", "– og det gælder alle fire kandidater – for at sikre et godt grundlag for beslutningen");
    expect(kindOf(inside, "for at sikre et godt grundlag")).toBe("ansaettelsesproces");
  });
});

describe("lead-in lines act as the heading of their list", () => {
  const doc = (leadIn: string, items: string[]) =>
    `Om stillingen\n\nVi er en kommune i udvikling med 30.000 indbyggere og et stærkt fællesskab, hvor der er kort fra idé til handling.\n\n${leadIn}\n${items.map((i) => `- ${i}`).join("\n")}\n`;
  it.each([
    ["Vi forventer, at du:", ["har en relevant uddannelse", "er god til at samarbejde"], "personprofil"],
    ["Som leder skal du:", ["lede og udvikle afdelingen", "sikre god økonomistyring"], "jobprofil"],
    ["Vi tilbyder:", ["en arbejdsplads med fleksible rammer", "gode kolleger og frokostordning"], "vilkaar"],
    ["Hvad får du hos os?", ["en stilling på 37 timer på kontrakt", "et lederudviklingsforløb i dit første år"], "vilkaar"],
    ["Derudover får du:", ["37 timer om ugen med hovedsageligt dagarbejde", "gratis parkering ved rådhuset"], "vilkaar"],
    // what the house promises, though it opens on "du kan"
    ["Du kan glæde dig til:", ["en ledelseskollega, der tror på uddelegering", "et lederforløb for nye souschefer"], "vilkaar"],
    ["Det kan du se frem til:", ["en stor have og gode kolleger", "fleksible arbejdstider"], "vilkaar"],
    ["Ansøgningen skal indeholde:", ["motiveret ansøgning", "CV og eksamensbevis"], "ansaettelsesproces"],
    // what the application is to hold, though the line names the button "Søg stillingen"
    ['Din ansøgning skal sendes via knappen "Søg stillingen" og skal indeholde:', ["en kort ledelsesvision for instituttet", "komplet publikationsliste"], "ansaettelsesproces"],
    // the task named outright, though the line also says "at du"
    ["Det er din opgave, at du sammen med dine fire chefer:", ["gennemfører den nye kommuneplan", "sikrer sammenhæng mellem klima og natur"], "jobprofil"],
    ["Dit ansvar bliver, at du:", ["leder afdelingens tre teams", "lægger budgettet for området"], "jobprofil"],
    // what "du vil" do is the task, though the line opens as an expectation
    ["Vi forventer, at du blandt andet vil:", ["stå for den daglige planlægning af skemaet", "føre medarbejderudviklingssamtaler"], "jobprofil"],
    // what you are to do, its verb last: the task, though it opens on what "vi håber"
    ["Hvad vi håber, du vil gøre:", ["være skolens pædagogiske leder", "lægge skemaet med din souschef"], "jobprofil"],
    ["Det skal du lave:", ["lede fire teams i hjemmeplejen", "sikre overblik over budgettet"], "jobprofil"],
    // a heading's word for the job over its list
    ["Rollen i korte træk:", ["økonomistyring og rapportering til bestyrelsen", "ledelse af fem controllere"], "jobprofil"],
    // a task area's name over its tasks: no section's heading, whatever word of one it holds
    ["Test og kvalitetssikring:", ["planlægge testforløb for nye systemer", "følge op på fejl sammen med leverandøren"], "jobprofil"],
    // a sentence with a heading's word in it is no heading: its words, not "rekruttering", say what the list holds
    ["Som HR-partner arbejder du med rekruttering og onboarding, herunder:", ["at planlægge introduktionen af nye medarbejdere", "at lede projekter om fastholdelse"], "jobprofil"],
    // "hvis du" that opens the line is the post's condition, no person's
    ["Hvis du bliver ansat, skal du:", ["lede og udvikle afdelingen", "sikre god økonomistyring"], "jobprofil"],
    // a heading's words set as the lead-in over a list: each line then by its own label
    ["Det praktiske:", ["Ansættelse på kontrakt efter rammeaftalen for chefer", "Arbejdstid: 37 timer om ugen med flekstid"], "vilkaar"],
    // a round's number before its label: the line's label says its kind
    ["Det praktiske:", ["1. samtale: 17. februar · 2. samtale: 25. februar", "2. samtale: 25. februar med test og case"], "ansaettelsesproces"],
    // a clause its list ends, "hvis du …", its colon an ellipsis
    ["Det lykkes du med, hvis du ...", ["har flere års ledelseserfaring fra forsyningsbranchen", "trives med at træffe beslutninger og står ved dem"], "personprofil"],
    ["Sådan foregår ansættelsen:", ["Send din ansøgning med CV til bestyrelsen", "Første samtale holdes den 12. april"], "ansaettelsesproces"],
    // how the candidates are judged, a process's heading phrased as "bliver du"
    ["Sådan bliver du vurderet:", ["ansøgning og CV", "to samtaler og en test"], "ansaettelsesproces"],
    // an English posting's committee, its members named with their departments
    ["A selection committee has been appointed with the following members:", ["Professor Lars Ove Kjeldsen, Department of Civil Engineering", "Associate Professor Mia Holt, Department of Physics"], "ansaettelsesproces"],
  ])("%s → %s", (leadIn, items, kind) => {
    const text = doc(leadIn, items);
    expect(kindOf(text, leadIn)).toBe(kind);
    for (const item of items) expect(kindOf(text, item)).toBe(kind);
  });
});

describe("a letter's headings, sentences in their own right", () => {
  const letter = [
    "Kære kommende skoleleder",
    "Vi skriver til dig, fordi vi leder efter en ny skoleleder til vores skole på landet med 160 elever. Skolen blev startet af forældre i 2009, og vi er 19 lærere og pædagoger.",
    "Hvad vi håber, du vil gøre",
    "Vi håber, at du vil være skolens pædagogiske leder og gå forrest i den daglige undervisning. Du skal være synlig i gården og på lærerværelset og kende børnene ved navn. Du bliver skolens ansigt udadtil.",
    "Hvem vi tror, du er",
    "Vi tror, du er uddannet lærer og har nogle års erfaring med ledelse. Du har humor og kan holde styr på mange bolde på en gang.",
    "Det, vi kan give dig",
    "Du får en bestyrelse, der bakker op og ikke blander sig i den daglige ledelse. Du får en skole med kort vej fra idé til handling.",
    "Sådan søger du",
    "Send din ansøgning til bestyrelsen senest fredag den 9. april 2027.",
  ].join("\n\n");
  it("files what 'du vil gøre' under the tasks, and what 'vi kan give dig' under the terms", () => {
    expect(kindOf(letter, "Vi håber, at du vil være skolens pædagogiske leder")).toBe("jobprofil");
    expect(kindOf(letter, "Du skal være synlig i gården")).toBe("jobprofil");
    expect(kindOf(letter, "Du får en bestyrelse, der bakker op")).toBe("vilkaar");
    expect(kindOf(letter, "Du får en skole med kort vej")).toBe("vilkaar");
  });
});

describe("a lead-in of another kind turns the text away from the heading above it", () => {
  const doc = (leadIn: string, items: string[], after: string) =>
    `Hvad kommer du til at stå for?\n\nDu får ansvaret for trafikplanlægningen i hele regionen og leder 14 medarbejdere.\n\n${leadIn}\n${items.map((i) => `- ${i}`).join("\n")}\n\n${after}\n`;
  it("files the prose after a person lead-in's list by its own words", () => {
    const text = doc("Vi forventer, at du:", ["har en relevant uddannelse", "har erfaring med ledelse"], "Som person er du nysgerrig, vedholdende og god til at skabe tillid. Du har humor og gennemslagskraft.");
    expect(kindOf(text, "Som person er du nysgerrig")).toBe("personprofil");
  });
  it("keeps the heading's hold where the lead-in is of its own kind", () => {
    const text = doc("Som leder skal du:", ["lede og udvikle afdelingen", "sikre god økonomistyring"], "Du refererer til direktøren og bliver en del af ledergruppen.");
    expect(kindOf(text, "Du refererer til direktøren")).toBe("jobprofil");
  });
});

describe("a list whose bullets were lost, after a lead-in's colon", () => {
  const doc = [
    "Vejen til jobbet",
    "Rekrutteringen gennemføres af et ansættelsesudvalg med bistand fra Hartmann's, som også står for testningen af kandidaterne.",
    // one line each, as a PDF's text layer gives a list whose bullets were drawn, not written
    "Udvalget består af:\nLone Hedegaard Skov, administrerende direktør (formand)\nHenrik Brandt Juhl, sygeplejefaglig direktør\nIda Marie Østergaard, koncerndirektør, Region Syddanmark\nMaja Lindholm, ledende overlæge, Medicinsk Afdeling",
  ].join("\n\n");
  it.each(["Lone Hedegaard Skov", "Henrik Brandt Juhl", "Ida Marie Østergaard", "Maja Lindholm"])("%s stays in the lead-in's section", (name) => {
    expect(kindOf(doc, name)).toBe("ansaettelsesproces");
  });
  it("keeps a table of members under its lead-in", () => {
    const text = [
      "Processen",
      "Første samtalerunde holdes den 23. marts 2027 på selskabets adresse.",
      "Ansættelsesudvalget består af:",
      "Rolle\tNavn\nBestyrelsesformand\tHenrik Skov Andersen\nDriftschef, Vand og Spildevand\tClaus Bjerregaard\nMedarbejdervalgt bestyrelsesmedlem\tKasper Vang Sørensen",
      "Vil du vide mere?",
      "Ring gerne til administrerende direktør Birgitte Lund Poulsen på mobil 2128 4466.",
    ].join("\n\n");
    for (const name of ["Henrik Skov Andersen", "Claus Bjerregaard", "Kasper Vang Sørensen"]) expect(kindOf(text, name)).toBe("ansaettelsesproces");
    const explain: Explanation[] = [];
    segment(normalise(readText(Buffer.from(text), "text")).blocks, { explain });
    const table = explain.find((e) => e.text.includes("Henrik Skov Andersen"))!;
    expect(table.why.join("\n")).toMatch(/lead-in “Ansættelsesudvalget består af:” → ansaettelsesproces/u);
  });
  it("ends the list at a line with a full stop", () => {
    const text = `Museum Midtjylland søger en museumsinspektør til den arkæologiske forskning i Herning.\n\nVi forestiller os, at du er cand.mag. i forhistorisk arkæologi og har erfaring som udgravningsleder.\n\nLæs mere om stillingen, opgaverne og de ønskede kvalifikationer i jobprofilen:\n\nJobprofil – museumsinspektør (PDF, 212 KB)\n\nDu søger via vores formular. Fristen er 6. april 2027.`;
    expect(kindOf(text, "Jobprofil – museumsinspektør")).toBe("yderligere");
    expect(kindOf(text, "Du søger via vores formular")).toBe("ansaettelsesproces");
  });
});

describe("headings", () => {
  it("splits a run-in heading off its paragraph", () => {
    const text = "Om stillingen Du får ansvaret for driften af tre plejecentre og leder seks teamledere.\n\nOm dig Du har en sundhedsfaglig uddannelse og flere års ledelseserfaring.";
    const sections = sectionsOf(text);
    expect(sections.map((s) => [s.kind, s.heading])).toEqual([
      ["jobprofil", "Om stillingen"],
      ["personprofil", "Om dig"],
    ]);
  });

  it("lets a run-in heading speak for its own paragraph, not the next one", () => {
    const text = [
      "Vi søger en fagchef til vores enhed for selskabsskat, som har 55 medarbejdere i Ballerup og Aarhus.",
      "Løn og ansættelse: Du ansættes som tjenestemand i lønramme 37 eller på overenskomstvilkår.",
      "Ansøgningsfrist mandag den 8. februar 2027 kl. 12. Samtaler forventes holdt i uge 8.",
    ].join("\n\n");
    expect(kindOf(text, "Du ansættes som tjenestemand")).toBe("vilkaar");
    expect(kindOf(text, "Samtaler forventes holdt i uge 8")).toBe("ansaettelsesproces");
  });

  it.each(["Ansættelse", "Løn og ansættelse"])("lets the words split what %j holds: the terms and the steps to them", (heading) => {
    const text = [
      "Om stillingen",
      "Du får ansvaret for afdelingens drift og leder 40 medarbejdere i døgnets 24 timer.",
      heading,
      "Løn- og ansættelsesvilkår er i henhold til overenskomst mellem Danske Regioner og Foreningen af Speciallæger.",
      "Ansøgningsfristen er torsdag den 25. marts 2027. Samtaler forventes afholdt mandag den 12. april 2027.",
    ].join("\n\n");
    expect(kindOf(text, "Løn- og ansættelsesvilkår er i henhold")).toBe("vilkaar");
    expect(kindOf(text, "Samtaler forventes afholdt")).toBe("ansaettelsesproces");
  });

  it("keeps a known heading's kind over the words of the text under it", () => {
    const text = "Personprofil\n\nDu får ansvaret for økonomien og refererer til direktøren, og det kræver overblik.";
    expect(sectionsOf(text).map((s) => s.kind)).toEqual(["personprofil"]);
  });

  it("reads the text under a teaser question by its own words: the question is a hook, not a lead-in to the person", () => {
    const text = [
      "Ledig stilling: Lærer i sløjd og håndværk\nAnsøgningsfrist: 02-04-2027",
      "Er du vores nye kollega?\nPå Skovly Efterskole bor 96 elever sammen med lærerne i et skoleår ad gangen. Vi søger en lærer, der kan stå for værkstedet og undervise i sløjd. Du bliver en del af et kollegium på 12 og deltager i vagter og ture. Vi forventer, at du er læreruddannet og har erfaring med at undervise unge.",
    ].join("\n\n");
    expect(kindOf(text, "På Skovly Efterskole bor 96 elever")).toBe("indledning");
    expect(kindOf(text, "Du bliver en del af et kollegium")).toBe("jobprofil");
    expect(kindOf(text, "Vi forventer, at du er læreruddannet")).toBe("personprofil");
  });

  it("weighs a teaser question's own words (\"ansvar\") no more than the text under it", () => {
    const html = [
      "<html><body><main><h1>Økonomichef</h1>",
      "<h2>Vil du have det økonomiske ansvar i en boligforening, hvor tallene handler om folks hjem?</h2>",
      "<p>Boligforeningen Lærkely administrerer 1.800 almene familie- og ældreboliger fordelt på 12 afdelinger. Vi har 40 medarbejdere i administrationen og driften, og vi står foran et par travle år med to store helhedsplaner og 90 nye boliger. Vores nuværende økonomichef går på pension efter mange år i foreningen, og derfor søger vi en afløser.</p>",
      "<h2>Opgaverne</h2><p>Du har ansvaret for afdelingernes budgetter og regnskaber og forbereder økonomisager til bestyrelsen.</p>",
      "</main></body></html>",
    ].join("\n");
    const sections = segment(normalise(htmlToDocument(html)).blocks);
    const kind = (phrase: string) => textUnits(sections).find((u) => u.text.includes(phrase))?.section;
    expect(kind("Vi har 40 medarbejdere i administrationen")).toBe("indledning");
    expect(kind("Vores nuværende økonomichef går på pension")).toBe("indledning");
    expect(kind("Du har ansvaret for afdelingernes budgetter")).toBe("jobprofil");
  });

  it.each(["Om Gudenå Forsyning A/S", "Velkommen til Kildebo", "OM VESTBY FORSYNING"])("reads the organisation under %j as the introduction", (heading) => {
    const text = [
      "Stillingens indhold og ansvar",
      "Som direktør får du det overordnede ansvar for drift, økonomi og strategi, og du refererer til bestyrelsen.",
      heading,
      "Koncernen har ca. 140 medarbejdere, en samlet årlig omsætning på omkring 410 mio. kr. og en anlægsbalance, der vokser.",
    ].join("\n\n");
    expect(kindOf(text, "Koncernen har ca. 140 medarbejdere")).toBe("indledning");
  });

  it("reads what the post is to achieve in its first year as the job, not the person", () => {
    const text = [
      "Stillingen",
      "Som direktør får du det overordnede ansvar for drift, økonomi og strategi.",
      "De første 12 måneder",
      "Bestyrelsen forventer, at den nye direktør i løbet af det første år har:",
      "- sat sig grundigt ind i selskabets økonomi, anlæg og organisation",
      "- fremlagt et oplæg til en samlet investeringsplan for de næste ti år",
      "Personprofil",
      "Du har solid ledelseserfaring og en relevant videregående uddannelse.",
    ].join("\n\n");
    expect(kindOf(text, "fremlagt et oplæg til en samlet investeringsplan")).toBe("jobprofil");
    expect(kindOf(text, "Du har solid ledelseserfaring")).toBe("personprofil");
  });

  it("reads a lead-in to what the post is to achieve in a span of months as the job, however it opens with 'Vi forventer, at du'", () => {
    const text = [
      "Jobbet",
      "Som direktør får du det overordnede ansvar for børn og unge.",
      "Vi forventer, at du i de første 12–18 måneder:",
      "- skaber overblik over økonomien og lægger en realistisk plan",
      "- udvikler chefgruppen til et stærkt og handlekraftigt ledelsesteam",
      "Din profil",
      "Du har solid ledelseserfaring og en relevant videregående uddannelse.",
    ].join("\n\n");
    expect(kindOf(text, "udvikler chefgruppen")).toBe("jobprofil");
    expect(kindOf(text, "Du har solid ledelseserfaring")).toBe("personprofil");
  });

  it.each([
    ["a chapter's number before it", "2. Om Aarhus Universitet og Faculty of Technical Sciences", "1. Indledning", "3. Stillingen"],
    ["in English", "About GEUS and the department", "Introduction", "The position"],
  ])("reads a heading over the organisation by its name as the introduction: %s", (_name, heading, first, job) => {
    const text = [
      first,
      "Denne profil beskriver stillingen som institutleder.",
      heading,
      "Fakultetet har syv institutter og to nationale centre og varetager en betydelig del af myndighedsbetjeningen.",
      job,
      "Som institutleder får du det samlede ansvar for forskning, undervisning og økonomi.",
    ].join("\n\n");
    expect(kindOf(text, "Fakultetet har syv institutter")).toBe("indledning");
  });

  it("reads a job portal's 'Stillingsbeskrivelse' over the title as the page's label, not the job's heading", () => {
    const text = [
      "Stillingsbeskrivelse",
      "Specialkonsulent med personaleansvar til Data og Styring",
      "Har du lyst til at stå i spidsen for et team af dygtige analytikere? Så er det måske dig, vi leder efter.",
      "I Social og Sundhed i Horsens Kommune har vi samlet økonomi, data og styring i én enhed, som betjener direktionen. Enheden tæller i dag 14 medarbejdere fordelt på to teams.",
      "Om jobbet",
      "Du får det daglige personaleansvar for syv medarbejdere, der arbejder med ledelsesinformation og analyser.",
    ].join("\n\n");
    expect(kindOf(text, "Enheden tæller i dag 14 medarbejdere")).toBe("indledning");
    expect(kindOf(text, "Du får det daglige personaleansvar")).toBe("jobprofil");
  });

  it("reads a short line set off by a rule at the text's end as the page's foot, and a label there as its kind", () => {
    const body = ["Sådan søger du", "Ansøgningen sendes via Vejle Kommunes jobportal. Vedlæg CV og eksamensbevis.", "---"];
    expect(kindOf([...body, "Kirkebakkeskolen · Vejle Kommune · Skolerne i Vejle Nord"].join("\n\n"), "Skolerne i Vejle Nord")).toBe("andet");
    expect(kindOf([...body, "Ansøgningsfrist: 1. marts 2027"].join("\n\n"), "Ansøgningsfrist")).toBe("ansaettelsesproces");
    // no rule: the heading's
    expect(kindOf([...body.slice(0, 2), "Kirkebakkeskolen · Vejle Kommune · Skolerne i Vejle Nord"].join("\n\n"), "Skolerne i Vejle Nord")).toBe("ansaettelsesproces");
  });

  it("reads a lead-in to what the post is to achieve in its first years as the job, the span left out", () => {
    const text = [
      "Opgaverne",
      "Som institutleder har du det samlede ansvar for forskning, undervisning og økonomi.",
      "I de første år forventer dekanen særligt, at institutlederen:",
      "- lægger en langsigtet plan for forsøgsstationerne",
      "- styrker instituttets andel af de store forskningsprogrammer",
      "Profilen",
      "Du har solid ledelseserfaring og en ph.d.-grad.",
    ].join("\n\n");
    expect(kindOf(text, "lægger en langsigtet plan")).toBe("jobprofil");
    expect(kindOf(text, "Du har solid ledelseserfaring")).toBe("personprofil");
  });

  it("reads a practical list's \"Timer:\" line as the terms, under a heading of the process", () => {
    const text = [
      "Vi forventer",
      "Vi forventer, at du er uddannet sygeplejerske med en klinisk specialuddannelse og har lyst til at udvikle praksis sammen med os.",
      "Praktisk",
      "Ansøgningsfrist: søndag den 21. februar 2027 kl. 23.59\nSamtaler: torsdag den 25. februar 2027\nTimer: 37 timer om ugen, primært dagarbejde på hverdage\nKontakt: Oversygeplejerske Lene Bøgh, tlf. 47 32 18 60",
    ].join("\n\n");
    expect(kindOf(text, "Timer: 37 timer om ugen")).toBe("vilkaar");
    expect(kindOf(text, "Kontakt: Oversygeplejerske")).toBe("yderligere");
  });

  it("reads a lead-in paragraph by the sentence that opens its list, not by the person's words before it", () => {
    const text = [
      "Stillingen",
      "Du får direkte personaleansvar for tre afdelingsledere, og du har ansvaret for et budget på 112 mio. kr. Dine vigtigste opgaver bliver blandt andet at:",
      "- betjene Teknik- og Miljøudvalget med sagsfremstillinger og prioriteringer",
      "- omsætte klimatilpasningsplanen til konkrete anlægsprojekter",
      "Din profil",
      "Du er uddannet ingeniør og har ledelseserfaring fra en politisk styret organisation.",
    ].join("\n\n");
    expect(kindOf(text, "betjene Teknik- og Miljøudvalget")).toBe("jobprofil");
    expect(kindOf(text, "omsætte klimatilpasningsplanen")).toBe("jobprofil");
  });

  it("does not let a catchy heading about the application swallow what follows it", () => {
    const text = [
      "Send os din ansøgning allerede i dag",
      "Ansøgningsfristen er fredag den 5. februar 2027.",
      "Kommunen har 52.000 indbyggere og er kendt for sin natur og sit stærke foreningsliv.",
      "Du får ansvaret for den daglige ledelse af sekretariatet og betjeningen af udvalget.",
    ].join("\n\n");
    expect(kindOf(text, "Ansøgningsfristen er fredag")).toBe("ansaettelsesproces");
    expect(kindOf(text, "Du får ansvaret for den daglige ledelse")).toBe("jobprofil");
  });

  it.each(["Læs hele job- og personprofilen her (PDF)", "Læs mere om afdelingen"])("never makes the link text %j a heading", (link) => {
    const text = `Om dig\n\nDu er åben, nysgerrig og god til at skabe samarbejde med frivillige og foreninger.\n\n${link}\n\nLøn efter aftale inden for rammerne af overenskomsten. Ansøgningsfrist 14. februar 2027.`;
    expect(sectionsOf(text).map((s) => s.heading)).not.toContain(link);
    expect(kindOf(text, link)).toBe("yderligere");
    expect(kindOf(text, "Løn efter aftale")).toBe("vilkaar");
  });

  it("files the post a sentence announces in capitals on the next line as its title, not as a section's heading", () => {
    const text =
      "Odsherred Kommune\nSundhed og Omsorg\n\nVil du lede en hjemmepleje, hvor fagligheden er høj?\n\nNu går vores leder videre til en stilling i en anden kommune, og vi har brug for en, der kan tage stafetten. Derfor søger vi en ny:\n\nLEDER AF HJEMMEPLEJEN NORD\n\n1) Om os: Hjemmeplejen Nord dækker området fra Nykøbing Sjælland til Rørvig og har 115 medarbejdere.\n\n2) Opgaven: Du får det overordnede ansvar for drift, økonomi og personale i hele området.";
    expect(sectionsOf(text).map((s) => s.heading)).not.toContain("LEDER AF HJEMMEPLEJEN NORD");
    // cover matter: the title block's, or the introduction it closes
    expect(["andet", "indledning"]).toContain(kindOf(text, "LEDER AF HJEMMEPLEJEN NORD"));
    expect(kindOf(text, "Du får det overordnede ansvar")).toBe("jobprofil");
  });

  it("files a newsletter's other items, which its contents list names, as the letter's, not the post's", () => {
    const text = [
      "I DETTE NUMMER",
      "- Vi søger en driftsleder til spildevand\n- Sommerjob til studerende – tilmelding åbner i maj\n- Kort nyt fra renseanlægget",
      "DRIFTSLEDER TIL SPILDEVAND",
      "Tissø Forsyning leverer vand og fjernvarme til 22.000 kunder, og vi søger en ny driftsleder til spildevandsafdelingen.",
      "HVAD SKAL DU LAVE?",
      "Du får det daglige ansvar for drift og vedligehold af fire renseanlæg og leder to formænd.",
      "SÅDAN SØGER DU",
      "Søg senest søndag den 9. maj 2027 via vores rekrutteringsside.",
      "SOMMERJOB TIL STUDERENDE",
      "Vi ansætter igen i år tre studerende til sommerens målekampagne ved søen og åen.",
      "KORT NYT FRA RENSEANLÆGGET",
      "Den nye rist ved indløbet er nu i drift og har allerede halveret antallet af stop.",
      "Dette nyhedsbrev er sendt fra en adresse, der ikke kan modtage svar.",
    ].join("\n\n");
    expect(kindOf(text, "Sommerjob til studerende – tilmelding")).toBe("andet");
    expect(kindOf(text, "Søg senest søndag")).toBe("ansaettelsesproces");
    expect(kindOf(text, "Vi ansætter igen i år")).toBe("andet");
    expect(kindOf(text, "Den nye rist ved indløbet")).toBe("andet");
    expect(kindOf(text, "Dette nyhedsbrev er sendt")).toBe("andet");
  });

  it("files a link's line to apply by as the process's", () => {
    const text = "Om dig\n\nDu er åben, nysgerrig og god til at skabe samarbejde med frivillige og foreninger.\n\nLæs hele opslaget og søg her: https://job.hedensted.dk/opslag/26481";
    expect(kindOf(text, "Læs hele opslaget og søg her")).toBe("ansaettelsesproces");
  });

  it("files a link's line as further information under a known heading of the process, where the contact sentence before it went", () => {
    const text = [
      "Ansøgning og proces",
      "Ansøgningsfrist: d. 8.3.27 kl. 12.00. Ansøgning og CV uploades via museets rekrutteringssystem.",
      "Vil du vide mere om stillingen, er du velkommen til at ringe til museumsdirektør Helle Dyrberg på 33 47 31 09.",
      "Læs mere om at arbejde på Nationalmuseet og om vores personalegoder",
    ].join("\n\n");
    expect(kindOf(text, "Ansøgning og CV uploades")).toBe("ansaettelsesproces");
    expect(kindOf(text, "Læs mere om at arbejde på Nationalmuseet")).toBe("yderligere");
  });

  it("files a sentence that calls to read more on a named site, and a question about the application to ask, as further information under the process's heading", () => {
    const text = [
      "Hvordan søger du?",
      "Send din ansøgning med CV via knappen senest mandag den 15. februar 2027.",
      "Praktiske spørgsmål om ansøgningen kan rettes til skolens administrationschef Pia Grønbech på tlf. 97 85 22 04.",
      "Du kan læse mere om skolen på www.fjordglimt.dk.",
    ].join("\n\n");
    expect(kindOf(text, "Send din ansøgning")).toBe("ansaettelsesproces");
    expect(kindOf(text, "Praktiske spørgsmål")).toBe("yderligere");
    expect(kindOf(text, "Du kan læse mere")).toBe("yderligere");
  });

  it("files a sentence that points to the profile for more as further information under the process's heading", () => {
    const text = [
      "Proces og ansøgning",
      "Første samtale finder sted tirsdag den 16. marts 2027, og anden samtale holdes tirsdag den 6. april 2027.",
      "Du kan læse mere om stillingen, boligforeningen og forventningerne til den nye direktør i job- og personprofilen.",
    ].join("\n\n");
    expect(kindOf(text, "Første samtale")).toBe("ansaettelsesproces");
    expect(kindOf(text, "Du kan læse mere")).toBe("yderligere");
  });

  it.each([
    ["at a page's foot, its number after it", "FORSYNINGSMAGASINET · NR. 2 · FEBRUAR 2027"],
    ["an OCR'd page's foot, its number before it", "14 JYDSKE VESTKYSTEN · Søndag 7. februar 2O27"],
    ["a print ad's small print naming its paper", "Annonce i Nordjyske Stiftstidende lørdag 20. februar 2027 · kystvand.dk/job"],
  ])("files a newspaper's or magazine's name and issue as the page's, not the process's: %s", (_name, line) => {
    const text = `Ansøgning\n\nSøg stillingen senest fredag den 26. februar 2027 kl. 12.00 på kystvand.dk/job.\n\n${line}`;
    expect(kindOf(text, line)).toBe("andet");
  });

  it("reads a sentence the lead gives without its full stop as the text, not as the cover's title block", () => {
    const text = "# Forstander til Tangbjerg Efterskole\n\n*Tangbjerg Efterskole søger en ny forstander med tiltrædelse 1. august 2027*\n\nEfter 16 år som forstander har Lars Brødsgaard valgt at gå på pension ved udgangen af skoleåret.\n\n## Om skolen\n\nSkolen har 124 elever.";
    expect(kindOf(text, "Tangbjerg Efterskole søger en ny forstander")).toBe("indledning");
  });

  it("reads a short teaser question right above the first prose as the introduction's, not the title block's", () => {
    const text =
      "Stillingsopslag · Februar 2027\n\nVORDINGBORG KOMMUNE\n\nSkolechef\n– til et skolevæsen i bevægelse\n\n\nVil du sætte retningen for 13 folkeskoler?\nVordingborg Kommune søger en skolechef, der med faglig\ntyngde og et tydeligt lederskab kan samle vores skoler om\nen fælles retning.\n\nDine opgaver\n\nDu får ansvaret for skoleområdet.";
    expect(kindOf(text, "Vil du sætte retningen")).toBe("indledning");
    expect(kindOf(text, "til et skolevæsen i bevægelse")).toBe("andet");
  });

  it("reads a professional network's note on the post whole, as the page's", () => {
    const text = "Chef for kundeservice\n\nBølgen Telecom A/S søger en chef for kundeservice, der kan løfte et team på 40 medarbejdere og skabe bedre oplevelser.\n\nSe, hvordan du sammenligner med over 100 ansøgere. Prøv Premium for 0 kr.\n\nOm jobbet\n\nDu får ansvaret for kundeservice.";
    expect(kindOf(text, "Se, hvordan du sammenligner")).toBe("andet");
    expect(kindOf(text, "Prøv Premium")).toBe("andet");
  });

  it("files the recruitment firm presenting itself at the profile's end as the document's, not the employer's", () => {
    const text =
      "Om kommunen\n\nKalundborg Kommune har 49.000 indbyggere og en stor industri ved havnen, som vokser hvert år.\n\nKontakt\n\nSpørgsmål kan rettes til partner Camilla Veng på tlf. 40 18 62 95.\n\n8. Om Strand & Kiær Executive\n\nStrand & Kiær Executive er en uafhængig rådgivningsvirksomhed med speciale i rekruttering af topledere til den offentlige sektor.";
    expect(kindOf(text, "Strand & Kiær Executive er en uafhængig")).toBe("andet");
    expect(kindOf(text, "Kalundborg Kommune har 49.000")).toBe("indledning");
  });

  it("files the post's name under the house's own lines at the top as the title block's, not a section's heading", () => {
    const text =
      "Odense University Hospital\nDepartment of Neurology\n\nHead of Research (Forskningschef) – Department of Neurology, Odense University Hospital\n\nAre you an experienced researcher with the drive to lead and develop one of Denmark's largest clinical research environments in neurology?\n\nAbout the position\n\nAs Head of Research, you will have the overall responsibility for the department's research strategy.";
    expect(sectionsOf(text).map((s) => s.heading)).not.toContain("Head of Research (Forskningschef) – Department of Neurology, Odense University Hospital");
    expect(kindOf(text, "Are you an experienced researcher")).toBe("indledning");
    // three of the house's lines above it
    const three = `Region Syddanmark\n${text}`;
    expect(sectionsOf(three).map((s) => s.heading)).not.toContain("Head of Research (Forskningschef) – Department of Neurology, Odense University Hospital");
  });

  it("files the post's name as the title block's under a banner and a page's short lines, and a post the common heads leave out", () => {
    const body = "\n\nVil du stå i spidsen for en akutafdeling, der aldrig holder lukket?\n\nAkutafdelingen på Regionshospitalet Gødstrup søger en ledende overlæge, som vil tage ansvar for den daglige drift og udviklingen af en travl akutmodtagelse med mange dygtige kolleger.";
    const page = `Gå til hovedindhold\nRegion Midtjylland – Job i Region Midtjylland\nSøg  |  Menu  |  English\n\nDel på LinkedIn    Del på Facebook\n\nLedende overlæge til Akutafdelingen, Regionshospitalet Gødstrup${body}`;
    expect(kindOf(page, "Ledende overlæge til Akutafdelingen, Regionshospitalet Gødstrup")).toBe("andet");
    const banner = `EGEBJERG GYMNASIUM\nstx · hf · IB-linje\n\nLedig stilling\n\nRektor til Egebjerg Gymnasium${body}`;
    expect(kindOf(banner, "Rektor til Egebjerg Gymnasium")).toBe("andet");
    expect(kindOf(`Pedel til Lyngbakkeskolen, 37 timer${body}`, "Pedel til Lyngbakkeskolen, 37 timer")).toBe("andet");
    // the post at its place with a hook after a dash, its question mark no prose's
    const hook = "Kantineleder til Hedegaard Emballage A/S – vil du være hjertet i vores kantine?";
    expect(kindOf(`Gem job   Del   Print\n\n${hook}${body}`, hook)).toBe("andet");
    // a sentence after the dash is prose
    const prose = "Sygeplejerske til Kardiologisk Afdeling – vi søger dig, der brænder for hjertepatienter og vil være en del af et stærkt og fagligt ambitiøst team i Viborg.";
    expect(kindOf(`Gem job   Del   Print\n\n${prose}${body}`, prose)).toBe("indledning");
  });

  it("reads a recruitment firm's name atop a page copied from its site as the page's, and a second post named late as a pointer onwards", () => {
    const page =
      "Bjerre & Vang Rekruttering\n\nDirektør for Kultur og Fritid\nHorsens Kommune\n\nAnsøgningsfrist: 7. marts 2027 kl. 23.59\nArbejdssted: Horsens Rådhus, Rådhustorvet 4, 8700 Horsens\n\nOm opgaven\n\nHorsens Kommune har bedt os om at finde kommunens nye direktør for Kultur og Fritid.\n\nAnsøgning\n\nSend din ansøgning senest den 7. marts.\n\nVi søger samtidig en kultursekretær – se opslaget på vores hjemmeside.";
    expect(kindOf(page, "Arbejdssted: Horsens Rådhus")).toBe("andet");
    expect(kindOf(page, "Vi søger samtidig en kultursekretær")).toBe("yderligere");
  });

  it("reads the post's line of command as the job's under a generic heading, and a mayor's welcome as the introduction", () => {
    const text =
      "Velkommen fra borgmesteren\n\nByrådet har sat et klart mål: Vi vil lykkes med det nære sundhedsvæsen.\n\nOm os\n\nKontoret består i dag af 19 medarbejdere, primært økonomer.\n\nKontorchefen refererer til afdelingschefen for Økonomi og Koncernstyring.\n\nOm dig\n\nDu har ledelseserfaring.";
    expect(kindOf(text, "Byrådet har sat et klart mål")).toBe("indledning");
    expect(kindOf(text, "Kontorchefen refererer til")).toBe("jobprofil");
    // one post's, in its definite singular: others' line of command tells of the house
    expect(["Du refererer til kommunaldirektøren.", "Kontorchefen refererer til afdelingschefen."].map(isReportingLine)).toEqual([true, true]);
    expect(["Skolelederne refererer til skolechefen.", "Kontoret refererer til direktionen."].map(isReportingLine)).toEqual([false, false]);
  });

  it("session 46 review: leaves the post's own shapes alone where the new rules would misread them", () => {
    // a post's English name heads the ad: no firm's name
    const sales = "# Sales Executive\n\nDu bliver en del af vores salgsteam og får ansvaret for vores største kunder i Norden.\n\nDu har erfaring med B2B-salg og trives med at skabe resultater.\n\n## Ansøgning\n\nSend din ansøgning senest den 1. maj.";
    const md = (text: string, phrase: string) => textUnits(segment(normalise(readMarkdown(Buffer.from(text))).blocks)).find((u) => u.text.includes(phrase))?.section;
    expect(md(sales, "Du bliver en del af vores salgsteam")).toBe("jobprofil");
    // what the person has, though it opens "Som skoleleder har du … ansvar"
    const person = "Om stillingen\n\nDu bliver leder af en skole med 600 elever.\n\nOm dig\n\nSom skoleleder har du formentlig flere års erfaring med personaleansvar og økonomi.";
    expect(kindOf(person, "Som skoleleder har du formentlig")).toBe("personprofil");
    // nor what the person has done, between "har du" and the responsibility
    for (const s of ["Som skoleleder har du gerne nogle års ledelseserfaring, herunder personaleansvar.", "Som skoleleder har du sandsynligvis allerede prøvet at have budgetansvar.", "Som skoleleder har du en læreruddannelse og har haft ledelsesansvar i flere år."])
      expect(kindOf(person.replace("Som skoleleder har du formentlig flere års erfaring med personaleansvar og økonomi.", s), s.slice(0, 30))).toBe("personprofil");
    // a firm's name over the ad's own prose heads nothing of it
    const firm = "# Bjerre & Vang Executive Search\n\nVores kunde, Nordlys Plast A/S, søger en økonomichef, der kan samle økonomifunktionen.\n\nDu får ansvaret for økonomifunktionen og for budgettet.\n\n## Ansøgning\n\nSend din ansøgning senest den 1. maj.";
    expect(md(firm, "Du får ansvaret for økonomifunktionen")).toBe("jobprofil");
    // a joint ad's second post, under the posts' own heading, is no pointer onwards
    const joint =
      "Om os\n\nBørnehuset Solsikken har 80 børn og 20 medarbejdere i et nyt hus ved skoven.\n\nOm stillingerne\n\nVi søger en pædagogisk leder til børnehaven på 37 timer.\n\nVi søger også en pædagog til vuggestuen på 30 timer om ugen, gerne med erfaring fra de 0-3 årige.\n\nAnsøgning\n\nSend din ansøgning senest den 1. maj.";
    expect(kindOf(joint, "Vi søger også en pædagog")).not.toBe("yderligere");
    // a step of the process that names the office's holidays, and a contact's phone hours, are no office's card
    const process = "Om stillingen\n\nDu bliver leder af kirkekontoret.\n\nAnsøgning\n\nSend din ansøgning senest den 1. juni 2027.\n\nKontoret er lukket i uge 29-31, så anden samtale afholdes først i uge 32.";
    expect(kindOf(process, "Kontoret er lukket i uge 29-31")).toBe("ansaettelsesproces");
    // a daycare's hours are the post's; a step for both posts is the process's; a house's site is no pointer to another ad
    const daycare = "Om os\n\nBørnehuset Solsikken er et integreret dagtilbud.\n\nÅbningstid: mandag-fredag kl. 6.30-17.00, og du skal kunne arbejde i hele åbningstiden.\n\nOm dig\n\nDu er uddannet pædagog.\n\nAnsøgning\n\nSend din ansøgning senest den 1. maj 2027.";
    expect(kindOf(daycare, "Åbningstid: mandag-fredag")).not.toBe("andet");
    const both = "Om stillingen\n\nDu bliver leder af køkkenet.\n\nAnsøgning og samtaler\n\nSend din ansøgning senest den 1. maj 2027.\n\nVi søger samtidig en souschef, og samtaler til begge stillinger afholdes i uge 20.";
    expect(kindOf(both, "Vi søger samtidig en souschef")).toBe("ansaettelsesproces");
    const site = joint.replace("gerne med erfaring fra de 0-3 årige.", "– se mere om vuggestuen på www.solsikken.dk.");
    expect(kindOf(site, "Vi søger også en pædagog")).not.toBe("yderligere");
    const reposted = "Tak til alle, der har vist interesse for stillingen. Vi har ikke fundet den rette og genopslår derfor stillingen med ny frist. Har du allerede søgt, skal du ikke søge igen.\n\nOm stillingen\n\nDu bliver leder af hjemmeplejen.";
    expect(kindOf(reposted, "Har du allerede søgt")).not.toBe("andet");
    // a post put up again thanks those who applied, and tells them what to do
    const again = "Tak til alle, der har søgt stillingen i første runde. Har du allerede søgt, er du fortsat med i betragtning og skal ikke søge igen.\n\nOm stillingen\n\nDu bliver leder af hjemmeplejen.";
    expect(kindOf(again, "Tak til alle, der har søgt")).not.toBe("andet");
  });

  it("reads an appendix as the attachments', and a menu line of spaced entries as the page's", () => {
    const text =
      "Vejle Kommune\nLedige stillinger   Sådan søger du   Elever og praktik   Kontakt HR\n\nDaglig leder til Børnehuset Kildevang\n\nHar du lyst til at lede et børnehus, hvor leg og natur er hverdagen? Så er det måske dig, vi leder efter.\n\nOm stillingen\n\nDu får ansvaret for 24 medarbejdere.";
    const md = "## Om stillingen\n\nDu får ansvaret for 24 medarbejdere og et budget på 12 mio. kr.\n\n## Appendiks: Organisationsdiagram\n\nOrganisationsdiagrammet viser ledelsen og stabene.";
    expect(textUnits(segment(normalise(readMarkdown(Buffer.from(md))).blocks)).find((u) => u.text.includes("Organisationsdiagrammet viser"))?.section).toBe("bilag");
    expect(kindOf(text, "Ledige stillinger")).toBe("andet");
    expect(sectionsOf(text).map((s) => s.heading)).not.toContain("Ledige stillinger   Sådan søger du   Elever og praktik   Kontakt HR");
  });

  it("reads the items of a list right under an offer heading without its colon as what is offered", () => {
    const text =
      "Om stillingen\n\nDu bliver leder af ældreområdet med 600 medarbejdere og et budget på 400 mio. kr.\n\nSom person er du\n\n- synlig og til stede i hverdagen\n- tydelig i din kommunikation og god til at lytte\n\nVi tilbyder\n\n- en direktør og en chefgruppe, der giver plads og bakker op\n- engagerede ledere og medarbejdere, som vil udvikle ældreplejen\n\nLøn og vilkår\n\nLøn efter aftale om aflønning af chefer.";
    expect(kindOf(text, "en direktør og en chefgruppe")).toBe("vilkaar");
    expect(kindOf(text, "engagerede ledere og medarbejdere")).toBe("vilkaar");
    expect(kindOf(text, "tydelig i din kommunikation")).toBe("personprofil");
    // and a paragraph right under it that goes on from its words, not the prose after a list
    const paragraph = text.replace("- en direktør og en chefgruppe, der giver plads og bakker op\n- engagerede ledere og medarbejdere, som vil udvikle ældreplejen", "En enestående arbejdsplads midt i byen, hvor kunsten er tæt på, og hvor engagementet er stort.");
    expect(kindOf(paragraph, "En enestående arbejdsplads")).toBe("vilkaar");
  });

  it("reads a cover's undated colophon as the document's, and a bold closing line as the closing's", () => {
    const cover =
      "JOB- OG PERSONPROFIL\n\nÆldrechef\nVordingborg Kommune\n\nJob- og personprofilen er udarbejdet af Vordingborg Kommune i samarbejde med\nKrogh & Wessel.\n\n1. Indledning\n\nVordingborg Kommune søger en ældrechef, der kan samle området.";
    expect(kindOf(cover, "Job- og personprofilen er udarbejdet af")).toBe("andet");
    // the introduction's own sentence on who wrote it, and with whom, goes on about the profile
    const intro = cover.replace("i samarbejde med\nKrogh & Wessel.", "i samarbejde med skolebestyrelsen og MED-udvalget. Den beskriver opgaverne og forventningerne.");
    expect(kindOf(intro, "Job- og personprofilen er udarbejdet af")).not.toBe("andet");
    // a firm's legal form ends its name; a sentence after it is the introduction's
    expect(kindOf(cover.replace("Krogh & Wessel.", "Mercuri Urval A/S."), "Job- og personprofilen er udarbejdet af")).toBe("andet");
    expect(kindOf(cover.replace("Krogh & Wessel.", "Krogh & Wessel. Den beskriver stillingen og forventningerne."), "Job- og personprofilen er udarbejdet af")).not.toBe("andet");
    const md = "## Om stillingen\n\nDu bliver leder af sundhedsplejen med 30 medarbejdere.\n\n## Vil du vide mere?\n\nKontakt afdelingsleder Louise Dahl på tlf. 89 70 42 16.\n\n**Vi glæder os til at høre fra dig!**\n\n[Søg stillingen](https://example.dk/job)";
    const sections = segment(normalise(readMarkdown(Buffer.from(md))).blocks);
    expect(sections.map((x) => x.heading)).not.toContain("Vi glæder os til at høre fra dig!");
    expect(textUnits(sections).find((u) => u.text.includes("Vi glæder os"))?.section).toBe("yderligere");
  });

  it("reads a house's office hours on its card after the ad as the page's", () => {
    const text =
      "Om stillingen\n\nDu bliver kirkekontorets daglige leder og har ansvaret for kirkebøgerne og økonomien i sognet.\n\nAnsøgning\n\nSend din ansøgning senest den 15. marts 2027. Samtaler holdes i uge 12.\n\nSct. Mortens Kirkekontor\nTlf. 86 42 19 30\nKontortid: mandag-fredag kl. 10-13, torsdag tillige kl. 16-18\nKirkekontoret er lukket på helligdage";
    expect(kindOf(text, "Kontortid: mandag-fredag")).toBe("andet");
    expect(kindOf(text, "Kirkekontoret er lukket")).toBe("andet");
    expect(kindOf(text.replace("Kontortid:", "Kontorets åbningstid:"), "Kontorets åbningstid")).toBe("andet");
    // and a notice that the post is no longer open for applications is the page's too
    expect(kindOf(`Denne stilling er ikke længere åben for ansøgninger.\n\n${text}`, "ikke længere åben")).toBe("andet");
  });

  it("reads a closed post's notice and its thanks as the page's, and the title under them as the title block's", () => {
    const text =
      "Stillingen er besat\n\nTak til alle ansøgere for interessen. Opslaget bliver liggende en periode til orientering, men der kan ikke længere søges.\n\nOverlæge med fokus på kolorektal kirurgi\n\nVil du være med til at forme fremtidens kirurgi på et nyt hospital?\n\nOm afdelingen\n\nAfdelingen har 14 overlæger og et stærkt fagligt miljø med mange spændende opgaver.";
    expect(kindOf(text, "Tak til alle ansøgere")).toBe("andet");
    expect(kindOf(text, "Overlæge med fokus på kolorektal kirurgi")).toBe("andet");
    // its thanks to those who showed interest, and that the ad below is kept for reference
    const kept = text.replace("Tak til alle ansøgere for interessen. Opslaget bliver liggende en periode til orientering, men der kan ikke længere søges.", "Tak til alle, der har vist interesse for stillingen. Opslaget nedenfor er bevaret til orientering.");
    expect(kindOf(kept, "Tak til alle, der har vist interesse")).toBe("andet");
  });

  it("never makes a closed-posting banner a heading", () => {
    const text = "Stillingen er besat\n\nVi søger en ny skoleleder til Hedeskolen, som har 540 elever og 70 medarbejdere.\n\nOm dig\n\nDu er læreruddannet og har ledelseserfaring.";
    const headings = sectionsOf(text).map((s) => s.heading);
    expect(headings).not.toContain("Stillingen er besat");
    expect(kindOf(text, "Stillingen er besat")).toMatch(/^(andet|indledning)$/u);
  });

  it("reads 'Denne stilling er ikke længere ledig' under an expired banner as the page's notice", () => {
    const text = "Ansøgningsfristen er udløbet\nDenne stilling er ikke længere ledig. Se vores aktuelle ledige stillinger på horsens.dk/job.\n\nLeder af Jobcenter Horsens\n\nVi søger en leder til Jobcenter Horsens, som har 180 medarbejdere og en central rolle i kommunen.\n\nOm dig\n\nDu er uddannet socialrådgiver og har ledelseserfaring.";
    expect(kindOf(text, "Denne stilling er ikke længere ledig")).toBe("andet");
  });
});

describe("fact boxes", () => {
  it("joins a label on its own line to its value, and files the line by its label", () => {
    // no place or kind of post among the labels: no box, each line its label's
    const text = "Teamleder til Jobcentret\n\nVi søger en teamleder, der kan samle et team af dygtige rådgivere og give retning i en travl hverdag.\n\nAnsøgningsfrist\n14. marts 2027\nLøn\nEfter overenskomst";
    const sections = sectionsOf(text);
    expect(sections.map((s) => s.heading)).not.toContain("Ansøgningsfrist");
    expect(kindOf(text, "14. marts 2027")).toBe("ansaettelsesproces");
    expect(kindOf(text, "Efter overenskomst")).toBe("vilkaar");
  });

  it("joins a deadline box's label (\"Ansøg senest\") to the date under it", () => {
    const text = "Vej- og parkchef\n\nVi søger en vej- og parkchef, der kan samle 60 medarbejdere om driften af veje, parker og strande.\n\nAnsøg senest\nMandag 20. september 2027 kl. 09.00";
    expect(textUnits(sectionsOf(text)).find((u) => u.text.includes("20. september"))).toMatchObject({ text: "Ansøg senest Mandag 20. september 2027 kl. 09.00", section: "ansaettelsesproces" });
  });

  it.each([
    // labels of several kinds: each row by its label, as a reader files the facts; the workplace near the top the box's
    ["| Ansøgningsfrist | 14.03.2027 |\n| Arbejdssted | Vestre Hospital, 5000 Odense |\n| Arbejdstid | 37 timer pr. uge |", { "14.03.2027": "ansaettelsesproces", "Vestre Hospital": "andet", "37 timer pr. uge": "vilkaar" }],
    ["| Emne | Oplysning |\n|---|---|\n| Ansøgningsfrist | 18.03.2027 kl. 12.00 |\n| Løn | Lønramme 44 plus tillæg |\n| Kontakt | Kommunaldirektør Mikkel Rask, tlf. 47 78 40 12 |", { "18.03.2027": "ansaettelsesproces", "Lønramme 44": "vilkaar", "Mikkel Rask": "yderligere" }],
    // labels of one kind under the section's own heading: the section's table, whole
    ["Løn og vilkår\n\n| Løn | Efter overenskomst |\n| Ansættelsesform | Kontrakt på 5 år |", { "Efter overenskomst": "vilkaar", "Kontrakt på 5 år": "vilkaar" }],
    // the process's labels, every row one, under the terms' heading: the process's rows
    ["Løn- og ansættelsesvilkår\n\nLøn efter overenskomst og aftale om lederløn.\n\n| Ansøgningsfrist | Søndag den 7. marts 2027 |\n| Samtaler | 1. runde mandag den 15. marts |", { "overenskomst og aftale": "vilkaar", "1. runde": "ansaettelsesproces" }],
  ])("files a table of labels and values row by row: %j", (table, kinds) => {
    const text = `Overlæge til Medicinsk Afdeling\n\nHvem er vi?\n\nAfdelingen har 40 senge og et stærkt fagligt miljø.\n\n${table}\n\nVi søger en overlæge, der vil være med til at udvikle afdelingens ambulante funktion.`;
    expect(Object.fromEntries(Object.keys(kinds).map((phrase) => [phrase, kindOf(text, phrase)]))).toEqual(kinds);
  });

  it("files each line of a fact box at a text's end by its label: the dates the process's, the terms and the workplace the terms', the post's number the page's", () => {
    const box = "Ansøgningsfrist: 21. marts 2027\nArbejdssted: Akutafdelingen, Regionshospitalet Gødstrup, 7400 Herning\nAnsættelsesform: Fast stilling, 37 timer om ugen\nKontaktperson: Oversygeplejerske Mette Kjær, tlf. 78 42 31 57\nJobnummer: RM-2027-04418";
    const text = `Afdelingssygeplejerske til Akutafdelingen\n\nHvem er vi?\n\nAkutafdelingen modtager 45.000 patienter om året, og vi er 180 kolleger i et fagligt stærkt miljø.\n\nFakta om stillingen\n\n${box}`;
    expect(["21. marts 2027", "Akutafdelingen, Regionshospitalet", "Fast stilling", "Mette Kjær", "RM-2027-04418"].map((p) => kindOf(text, p))).toEqual(["ansaettelsesproces", "vilkaar", "vilkaar", "yderligere", "andet"]);
  });

  it("reads a timetable set a cell a line as dates with their steps, not a label with the next date", () => {
    // a PDF's lines: the prose's width tells the timetable's short lines from a paragraph's
    const text = "Proces og tidsplan\n\nRekrutteringen gennemføres af Brink & Hasløv Rekruttering i tæt samarbejde med et\nansættelsesudvalg, som følger processen fra start til slut. Alle henvendelser behandles fortroligt.\n\nTidsplan\nDato\nAktivitet\n15. marts 2027\nStillingen annonceres\nMandag 12. april 2027 kl. 12.00\nAnsøgningsfrist\n15. april 2027\nUdvælgelse af kandidater til samtale\nTorsdag 22. april 2027\n1. samtale med ansættelsesudvalget";
    const texts = textUnits(sectionsOf(text)).map((u) => u.text);
    expect(texts).toContain("Mandag 12. april 2027 kl. 12.00 Ansøgningsfrist");
    expect(texts).toContain("15. april 2027 Udvælgelse af kandidater til samtale");
  });

  it("files a sentence of the checks before hiring as the process, but as the terms under the terms' heading", () => {
    const closing = "Har du spørgsmål, så ring til oversygeplejerske Birthe Andersen på 2291 4478.\n\nRegion Midtjylland ønsker at afspejle det omgivende samfund og opfordrer alle til at søge. Alle nyansatte i Region Midtjylland skal have udarbejdet en straffeattest.";
    expect(kindOf(`Vi søger en afdelingssygeplejerske til akutafdelingen, som har 40 senge og et stærkt fagligt miljø.\n\n${closing}`, "Alle nyansatte")).toBe("ansaettelsesproces");
    expect(kindOf("Løn- og ansættelsesvilkår\n\nLøn efter overenskomst. Der indhentes børneattest inden ansættelse.", "børneattest")).toBe("vilkaar");
  });

  it("reads the members under a lead-in that names an assessment committee as the process's, and a lead-in of what the hiring committee weighs as the person's", () => {
    const text = "Ansættelsesudvalget\n\nUdvalget består af rektor og to dekaner.\n\nAnsøgernes videnskabelige kvalifikationer vurderes af et særskilt, eksternt bedømmelsesudvalg:\n\n- Professor Birgitta Lindqvist, Karolinska Institutet\n- Professor Jonas Hviid Ravn, Aarhus Universitet";
    expect(kindOf(text, "Birgitta Lindqvist")).toBe("ansaettelsesproces");
    const person = "Personen\n\nVi søger en erfaren leder med mod på en stor opgave.\n\nAnsættelsesudvalget lægger særligt vægt på, at du:\n\n- har økonomisk tæft og forstår at styre et budget under pres\n- er en dygtig rådgiver for politikerne";
    expect(kindOf(person, "økonomisk tæft")).toBe("personprofil");
  });

  it("joins a label on its own line with a value of up to sixteen words under it, a summary's long line of pay", () => {
    const text = "Direktør for Teknik og Miljø\n\nEXECUTIVE SUMMARY\n\nLøn\nKontraktansættelse med et lønniveau omkring 1.150.000 kr. årligt inkl. tillæg og hertil 18 % pension\nAnsøgningsfrist\nMandag den 4. oktober 2027 kl. 12.00\n\n1. Baggrund\n\nKommunen søger en ny direktør.";
    expect(sectionsOf(text).flatMap((s) => [s.heading, ...s.subsections.map((x) => x.heading)])).not.toContain("Løn");
    expect(textUnits(sectionsOf(text)).some((u) => u.text.startsWith("Løn Kontraktansættelse med et lønniveau"))).toBe(true);
  });

  it("reads a generic heading with its colon over a list as a lead-in: what we offer stays the terms, though its words say person", () => {
    const text = [
      "Skoleleder til Bakkely Friskole",
      "",
      "Som skoleleder har du ansvaret for skolens daglige drift, og du refererer til bestyrelsen.",
      "",
      "Vi kan tilbyde:",
      "- en skole med forældre, der møder op til arbejdsdage og sommerfest",
      "- et dygtigt og varmt lærerkollegium, der tager ansvar og tænker nyt",
      "- en bestyrelse, der vil sparre med dig og give dig frihed under ansvar",
      "- en sund økonomi og nye faglokaler til natur/teknologi",
      "",
      "Vi forventer, at du:",
      "- har en læreruddannelse og ledelseserfaring",
    ].join("\n");
    expect(kindOf(text, "nye faglokaler")).toBe("vilkaar");
    expect(kindOf(text, "lærerkollegium")).toBe("vilkaar");
    expect(kindOf(text, "læreruddannelse")).toBe("personprofil");
  });

  it("never runs a sentence of five words or more that opens with its subject in as a heading", () => {
    const text = "Det skal du lave\n\n- Være daglig leder for hele huset\n- Udvikle vores naturpædagogik\n\nDu er ikke alene om opgaverne: Vi har en souschef, der kender huset indefra, og en bestyrelse, der bakker op.";
    expect(sectionsOf(text).flatMap((s) => [s.heading, ...s.subsections.map((x) => x.heading)])).not.toContain("Du er ikke alene om opgaverne");
  });

  it("files a profile's colophon at its end as the document's own line, and the introduction's account of how it was made as the introduction", () => {
    const text = "Indledning\n\nDenne profil er udarbejdet af Knaphøj & Partners på baggrund af samtaler med direktionen og ledergruppen.\n\nKontakt\n\nHar du spørgsmål, så ring til partner Ida Knaphøj på tlf. 40 12 34 56.\n\n---\n\nProfilen er udarbejdet af Knaphøj & Partners i samarbejde med Sjællands Universitetshospital, februar 2027.";
    expect(kindOf(text, "på baggrund af samtaler")).toBe("indledning");
    expect(kindOf(text, "februar 2027")).toBe("andet");
  });

  it("files the boxes of an attachment's chart under its heading, though a box reads like a post's title", () => {
    const text = "Yderligere oplysninger\n\nHar du spørgsmål, så ring til kommunaldirektør Ole Juul på tlf. 55 36 21 48.\n\nBilag 1 | Organisationsdiagram\n\nKommunaldirektør\nDirektør for Sundhed og Omsorg\nStab: Økonomi, Myndighed og Udvikling\nHjemmepleje og Sygepleje";
    expect(["Stab: Økonomi", "Hjemmepleje og Sygepleje"].map((p) => kindOf(text, p))).toEqual(["bilag", "bilag"]);
  });

  it("keeps a cover's letter-spaced capitals with its title block, not with the introduction", () => {
    const text = "J U H L E X E C U T I V E S E A R C H\nP O S I T I O N P R O F I L E\nMuseumsdirektør\n\nMuseum Midtjylland\n\nMuseum Midtjylland søger en museumsdirektør med lyst til at åbne museet endnu mere op mod byen og dens borgere.";
    const sections = sectionsOf(text);
    expect(sections[0].kind).toBe("andet");
    expect(textUnits([sections[0]]).map((u) => u.text)).toContain("Museum Midtjylland");
  });

  it.each([
    ["labels with colons", "Ansøgningsfrist: 21. marts 2027\nArbejdssted: Dagtilbud Hanstholm, 7730 Hanstholm\nArbejdstid: 37 timer pr. uge\nTiltrædelse: 1. juni 2027"],
    ["a label and its value a line each", "Ansøgningsfrist\n21. marts 2027\nArbejdssted\nDagtilbud Hanstholm, 7730 Hanstholm\nArbejdstid\n37 timer pr. uge"],
    ["a table's cells set apart by wide gaps", "Ansøgningsfrist  21. marts 2027\nArbejdssted  Dagtilbud Hanstholm, 7730 Hanstholm\nArbejdstid  37 timer pr. uge"],
    ["a label the vocabulary does not know among known ones", "Ansøgningsfrist: 25-01-2027\nAnsættelsesområde: Staten\nArbejdssted: Østergade 14, 6950 Ringkøbing"],
  ])("keeps a fact box of lines in one section: %s", (_name, box) => {
    const text = `Dagtilbudsleder til Hanstholm\n\n${box}\n\nVil du lede et dagtilbud ved havet? Vi søger en nærværende leder, der kan samle tre huse om en fælles pædagogik.`;
    const sections = sectionsOf(text);
    const first = box.split("\n")[0];
    const last = box.split("\n").at(-1)!;
    const holding = (phrase: string) => sections.findIndex((s) => textUnits([s]).some((u) => u.text.includes(phrase)));
    expect(holding(first)).toBeGreaterThanOrEqual(0);
    expect(holding(last)).toBe(holding(first));
  });

  it("keeps a list of a fact box's labels, a label an item, in one place; a list of labels the vocabulary does not know is no box", () => {
    const box = "- Arbejdssted: Vejle\n- Stillingstype: Fuldtid\n- Ansøgningsfrist: 12/3 2027\n- Opstart: Hurtigst muligt";
    const text = `Økonomichef\n\nNordvang Emballage A/S\n\n${box}\n\nBliv CFO'ens højre hånd\n\nNordvang Emballage A/S udvikler og producerer bæredygtig emballage, og vi søger en økonomichef.`;
    expect(new Set(["Arbejdssted: Vejle", "Stillingstype", "Opstart: Hurtigst muligt"].map((p) => kindOf(text, p)))).toEqual(new Set(["andet"]));
    const skills = "Din profil\n\n- Ledelse: erfaring med at lede ledere\n- Økonomi: styr på budgetter og prognoser\n- Arbejdssted: du trives både på kontoret og ude";
    expect(kindOf(`Økonomichef\n\nVi søger en økonomichef til en virksomhed i vækst med mange ambitioner.\n\n${skills}`, "Ledelse: erfaring")).toBe("personprofil");
  });

  it("files a page's note on when the post was put up as the page's, though its first word is a fact box's label", () => {
    // past the cover's title block, where the page's own lines stand with the title anyway
    const text = "Kontorchef til Kontoret for Arbejdsmiljø\n\nVil du stå i spidsen for et fagligt stærkt kontor? Departementet søger en kontorchef, der kan sætte retning.\n\nOpslået 3. februar 2027 · Departementet · Stillingsnr. BM-2027-014\n\nOm kontoret\n\nKontoret har 14 medarbejdere.";
    expect(kindOf(text, "Opslået 3. februar 2027")).toBe("andet");
  });

  it("leaves the process's own label lines to their labels: no place or kind of post among them", () => {
    const text = "Afdelingsleder til Teknik\n\nVi søger en afdelingsleder, der kan samle driften og planlægningen i én afdeling med plads til faglighed.\n\nAnsøgningsfrist: søndag 14/2-2027\nSamtaler: 22. og 25. februar 2027\nKontakt: Chef for Teknik Henrik Bøgh, tlf. 2980 5544";
    expect(kindOf(text, "Samtaler: 22. og 25. februar 2027")).toBe("ansaettelsesproces");
    expect(kindOf(text, "Henrik Bøgh")).toBe("yderligere");
  });

  it("reads a fact box that opens the text, right above its prose, line by line by its labels", () => {
    const text = [
      "Stillingsbetegnelse: Rengøringsleder\nArbejdssted: Faaborg-Midtfyn Kommune, Ejendomsservice, Tinghøjvej 2, 5750 Ringe\nTimetal: 37 timer om ugen\nLøn: Efter overenskomst mellem KL og FOA\nAnsøgningsfrist: 25.02.2027 kl. 12.00",
      "Vil du stå i spidsen for rent og trygt på vores skoler og institutioner?",
      "Ejendomsservice i Faaborg-Midtfyn Kommune står for rengøringen af kommunens skoler, daginstitutioner og administrationsbygninger, og vi søger en rengøringsleder.",
    ].join("\n\n");
    expect(kindOf(text, "Løn: Efter overenskomst mellem KL og FOA")).toBe("vilkaar");
    expect(kindOf(text, "Ansøgningsfrist: 25.02.2027 kl. 12.00")).toBe("ansaettelsesproces");
  });

  it("keeps a fact line among the cover's title lines with the title block", () => {
    const text = "Forstander\nJob- og personprofil\nTiltrædelse 1. august 2027 eller snarest derefter\n\nRørvang Efterskole søger en forstander, der vil stå i spidsen for en skole med 120 elever og et stærkt fællesskab.";
    expect(kindOf(text, "Tiltrædelse 1. august 2027")).toBe("andet");
    expect(kindOf(text, "Rørvang Efterskole søger en forstander")).toBe("indledning");
  });

  it("files a contents line as cover matter", () => {
    const text = "Indhold\n\n1. Indledning ........ 2\n2. Stillingen ........ 3\n\n1. Indledning\n\nKommunen søger en ny direktør til at lede et stort område med mange medarbejdere og høje ambitioner.";
    expect(kindOf(text, "2. Stillingen ........ 3")).toBe("andet");
  });
});

describe("boxes beside the posting and the page's other posts", () => {
  const posting =
    "<main><h1>Afdelingschef</h1><h2>Om jobbet</h2><p>Du får ansvaret for fire kontorer og omkring 70 medarbejdere, og du refererer til departementschefen.</p>" +
    "<h2>Ansøgning</h2><p>Søg stillingen senest mandag den 8. februar 2027 kl. 9.00 via linket nedenfor.</p></main>";
  const page = (aside: string) => `<!DOCTYPE html><html><body>${posting}<aside>${aside}</aside></body></html>`;
  const htmlSections = (html: string) => segment(normalise(htmlToDocument(html)).blocks);
  const kindIn = (html: string, phrase: string) => textUnits(htmlSections(html)).find((u) => u.text.includes(phrase))?.section;

  it("files a sidebar's fact box by itself, not under the posting's last heading", () => {
    const html = page("<dl><dt>Ansøgningsfrist</dt><dd>08-02-2027</dd><dt>Arbejdssted</dt><dd>Departementet, København K</dd><dt>Ansættelsesform</dt><dd>Fuldtid, kontrakt</dd></dl>");
    expect(kindIn(html, "Departementet, København K")).toBe("andet");
    expect(kindIn(html, "Søg stillingen senest")).toBe("ansaettelsesproces");
  });

  it("files a sidebar's contact box under its own heading", () => {
    const html = page('<div class="box"><h2>Kontakt</h2><p>Har du spørgsmål til stillingen, er du velkommen til at kontakte:</p><p><strong>Helle Brix</strong><br>Departementschef<br>Tlf. 41 86 27 03</p></div>');
    expect(kindIn(html, "Tlf. 41 86 27 03")).toBe("yderligere");
  });

  it("ends the posting at the page's list of other posts, whatever headings stand in it", () => {
    const text =
      "Skoleleder til Fjordskolen\n\nAnsættelsesproces\n\nSøg senest mandag den 4. januar 2027 kl. 12.00. Samtaler holdes i uge 2.\n\nAndre job du måske synes om\n\nPædagogisk leder til indskolingen\n\nHolbæk Kommune · Ansøgningsfrist 10. januar 2027\n\nViceskoleleder\n\nAnsøgningsfrist: 7. januar 2027";
    expect(kindOf(text, "Holbæk Kommune · Ansøgningsfrist 10. januar 2027")).toBe("andet");
    expect(kindOf(text, "Ansøgningsfrist: 7. januar 2027")).toBe("andet");
  });
});

describe("a page's notices and footers in the text", () => {
  it("files a notice's whole paragraph as the page's, its thanks with it", () => {
    const html = `<main><div role="status"><p><strong>Ansøgningsfristen er udløbet.</strong> Tak for de mange ansøgninger – vi vender tilbage til alle.</p></div><h1>Samlingschef til Hedeegnens Museer</h1><p>Hedeegnens Museer søger en samlingschef, der vil stå i spidsen for samlingen.</p><h2>Ansættelse</h2><p>Send din ansøgning senest 1. marts 2027.</p></main>`;
    const units = textUnits(segment(normalise(htmlToDocument(html)).blocks));
    expect(units.filter((u) => /udløbet|Tak for de mange/u.test(u.text)).map((u) => u.section)).toEqual(["andet"]);
  });

  it("files a photo's caption as the page's, not the posting's", () => {
    const html = `<main><h1>Samlingschef til Hedeegnens Museer</h1><p>Hedeegnens Museer søger en samlingschef, der vil stå i spidsen for samlingen.</p><figure><img src="a.jpg" alt=""><figcaption>Museets nye fællesmagasin blev taget i brug i 2026. Foto: Mads Thomsen</figcaption></figure><h2>Opgaverne</h2><p>Du får ansvaret for registrering, bevaring og udlån.</p><h2>Ansættelse</h2><p>Send din ansøgning senest 1. marts 2027.</p></main>`;
    const units = textUnits(segment(normalise(htmlToDocument(html)).blocks));
    expect(units.find((u) => u.text.includes("fællesmagasin"))?.section).toBe("andet");
  });

  it.each(["Ansøgningsfristen er overskredet", "Stillingen er besat", "Opslaget er udløbet", "Ansøgningsfristen for denne stilling er overskredet", "Publiceret 11. januar 2027", "Slået op 25. januar 2027 · Fuld tid · Ringkøbing", "Jobportalen drives af HR-Service, Odense Kommune", "Annoncen er indrykket af Mercuri Urval A/S på vegne af Fjordlys Fødevarer A/S"])("files the page's notice %j as the page's, not the process's", (notice) => {
    const html = `<main><p>${notice}. Du kan ikke længere søge denne stilling.</p><h1>Syddansk Erhvervsskole søger uddannelseschef til Bygge og Anlæg</h1><p>Odense · Fuldtid · Ledelse</p><p>Syddansk Erhvervsskole søger en uddannelseschef, som vil stå i spidsen for vores byggeuddannelser.</p><h2>Sådan søger du</h2><p>Send din ansøgning senest 1. marts 2027. Samtaler holdes i uge 10.</p></main>`;
    const units = textUnits(segment(normalise(htmlToDocument(html)).blocks));
    expect(units.find((u) => u.text.includes(notice))?.section).toBe("andet");
  });

  it.each([
    "Sidst opdateret 19. april 2027",
    "Sidst opdateret: 18.01.2027 · Ansvarlig: HR & Udvikling",
    "Publiceret 11. januar 2027",
    // a job board's and a job agent's own words around the ad
    "Ledertorvet.dk er ikke ansvarlig for indholdet af jobannoncen",
    "Husk at nævne, at du har set jobbet på Ledertorvet.dk",
    "-- Du modtager denne mail, fordi du har oprettet en jobagent hos Region Nordjylland",
    "Annoncen er hentet fra arbejdsgiverens egen hjemmeside.",
    // who keeps the page
    "Siden er sidst opdateret af Stine Aaskov.",
    // when the page last changed
    "Opslaget er senest opdateret 8. februar 2027.",
    // when it was put up, and its number
    "Annoncen er indrykket 26.04.2027 · Annonse-ID 418833",
  ])("files the page's note %j as the page's, under any heading", (note) => {
    const text = `Skoleleder til Hedeskolen\n\nVi søger en skoleleder, der vil stå i spidsen for en skole med 540 elever.\n\nAnsøgning\n\nSend din ansøgning senest 1. marts 2027.\n\n${note}`;
    expect(kindOf(text, note)).toBe("andet");
  });
  it("files a job agent's note and the post's name in capitals under it as cover matter", () => {
    const text =
      'Der er kommet et nyt job, som matcher din jobagent "Ledelse - IT - Nordjylland".\n\nIT-CHEF TIL DRIFT OG INFRASTRUKTUR\n\nKan du holde driften stabil og samtidig flytte den ind i et nyt datacenter? Region Nordjylland søger en IT-chef.\n\nOm jobbet\n\nDu får ansvaret for netværk, servere og support med 45 medarbejdere.';
    expect(kindOf(text, "matcher din jobagent")).toBe("andet");
    expect(kindOf(text, "IT-CHEF TIL DRIFT OG INFRASTRUKTUR")).toBe("andet");
    expect(kindOf(text, "Kan du holde driften stabil")).toBe("indledning");
  });
  it("files a page's contents list without page numbers as cover matter, and its chapters below as sections", () => {
    const text = `Job- og personprofil: Chef for Sundhed og Omsorg\n\nIndhold på siden\n\n1. Indledning\n\n2. Stillingen\n\n3. Personprofil\n\n1. Indledning\n\nOdsherred Kommune søger en chef for Sundhed og Omsorg, der kan lede et stort område gennem ældrereformen.\n\n2. Stillingen\n\nDu får ansvaret for hjemmeplejen, plejecentrene og sygeplejen med i alt 1.100 medarbejdere.\n\n3. Personprofil\n\nDu er en erfaren leder med en sundhedsfaglig baggrund og et solidt kendskab til økonomistyring.`;
    const sections = sectionsOf(text);
    const contents = sections.find((s) => textUnits([s]).some((u) => u.text.includes("Indhold på siden")));
    expect(contents?.kind).toBe("andet");
    expect(sections.filter((s) => s.heading === "2. Stillingen").map((s) => s.kind)).toEqual(["jobprofil"]);
    expect(kindOf(text, "Du er en erfaren leder")).toBe("personprofil");
  });
  it("files a page's list of other posts as the page's, their deadlines and all", () => {
    const text = `Skoleleder til Hedeskolen\n\nVi søger en skoleleder, der vil stå i spidsen for en skole med 540 elever.\n\nAnsøgning\n\nSend din ansøgning senest 1. marts 2027.\n\nLignende job\n\nØkonomichef til Aarhus Kommune · Frist 02-04-2027\n\nViceskoleleder til Bakkeskolen · Frist 18-04-2027`;
    expect(kindOf(text, "Økonomichef til Aarhus Kommune · Frist 02-04-2027")).toBe("andet");
    expect(kindOf(text, "Viceskoleleder til Bakkeskolen · Frist 18-04-2027")).toBe("andet");
  });

  it("files each of the other posts under its own title below 'Lignende job' as the page's, and gives the record none of their facts", async () => {
    const text = [
      "Driftschef til Midtjysk Vand",
      "Midtjysk Vand søger en driftschef, der vil stå i spidsen for driften af 40 vandværker.",
      "Ansøgning",
      "Søg senest den 26. april 2027. Har du spørgsmål, så ring til forsyningsdirektør Thomas Brix Mølgaard på 87 20 41 90.",
      "Lignende job",
      "Teamleder til drift og anlæg\nFavrskov Forsyning A/S · Hinnerup",
      "Ansøgningsfrist: 30.04.2027\nLøn: 46.000–50.000 kr./md. + pension. Kontakt: Driftsleder Jesper Vinding Kragh, tlf. 21 63 08 57",
      "Procesingeniør, spildevand\nSpildevand Nord A/S · Randers",
      "Ansøgningsfrist: 10.05.2027\nAnsættelse efter overenskomst mellem Dansk Industri og IDA.",
    ].join("\n\n");
    expect(kindOf(text, "Ansøgningsfrist: 10.05.2027")).toBe("andet");
    expect(kindOf(text, "Ansættelse efter overenskomst mellem Dansk Industri og IDA")).toBe("andet");
    const { record } = await parseProfile(Buffer.from(text), { path: "x.txt" });
    expect(record.facts.applicationDeadline).toBe("2027-04-26");
    expect(record.facts.salary).toBeNull();
    expect(record.facts.employmentTerms).toEqual([]);
    expect(record.facts.contacts.map((c) => c.phone)).toEqual(["87204190"]);
  });

  it("ends the list of other posts at a heading the vocabulary knows whole, and reads the posting's facts under it", async () => {
    const text = [
      "Driftschef til Midtjysk Vand",
      "Midtjysk Vand søger en driftschef, der vil stå i spidsen for driften af 40 vandværker.",
      "Ansøgning",
      "Har du spørgsmål, så ring til forsyningsdirektør Thomas Brix Mølgaard på 87 20 41 90.",
      "Lignende job",
      "Teamleder til drift og anlæg\nFavrskov Forsyning A/S · Hinnerup",
      "Ansøgningsfrist: 30.04.2027",
      "Det praktiske",
      "Ansøgningsfrist: 26. april 2027. Løn og ansættelse efter overenskomst.",
    ].join("\n\n");
    expect(kindOf(text, "Ansøgningsfrist: 26. april 2027")).not.toBe("andet");
    const { record } = await parseProfile(Buffer.from(text), { path: "x.txt" });
    expect(record.facts.applicationDeadline).toBe("2027-04-26");
    expect(record.facts.employmentTerms).toEqual(["overenskomst"]);
  });

  const closing = (footer: string) =>
    `Økonomichef til Aarhus Havn\n\nAarhus Havn søger en økonomichef, der vil stå i spidsen for økonomistyringen.\n\nSådan søger du\n\nSend din ansøgning via aarhushavn.dk/job senest 1. marts 2027. Har du spørgsmål, så ring til CFO Søren Brix på tlf. 2190 4455.\n\n${footer}`;
  it.each([
    "Aarhus Havn · www.aarhushavn.dk · Følg os på LinkedIn",
    "Niels Bohrs Vej 30\n9220 Aalborg Øst\nFølg os på LinkedIn",
    "Silkeborg Kommune, Søvej 1, 8600 Silkeborg",
    "Kræftens Bekæmpelse · Strandboulevarden 49 · 2100 København Ø · CVR 55629013",
  ])("files a footer of contact details as the page's, not the process's: %j", (footer) => {
    expect(kindOf(closing(footer), footer.split("\n")[0])).toBe("andet");
  });
  it.each([
    // a person to ask, a sentence, a fact box's label: no footer
    "Seniorkonsulent Per Hviid, Rekruttering.dk",
    "Send gerne din ansøgning til job@aarhushavn.dk, 8000 Aarhus C.",
    "Arbejdssted: Vestre Hospital, 5000 Odense",
  ])("keeps %j with the text around it", (line) => {
    expect(kindOf(closing(line), line)).not.toBe("andet");
  });
});

describe("the sentences a posting closes with are further information under any heading", () => {
  const ad = (sentence: string, heading = "Ansøgning") =>
    `Skoleleder til Hedeskolen\n\nOm stillingen\n\nDu får ansvaret for en skole med 540 elever og 60 medarbejdere, og du refererer til skolechefen.\n\n${heading}\n\nSend din ansøgning senest den 1. marts 2027. ${sentence} Samtaler holdes den 8. marts 2027.`;
  it.each([
    "Har du spørgsmål til stillingen, så ring til skolechef Mette Holm på tlf. 22 33 44 55.",
    "Spørgsmål til stillingen kan rettes til bestyrelsesformand Bo Lund på 40 50 60 70.",
    "Vil du vide mere, er du velkommen til at kontakte Mette Holm på mh@kommune.dk.",
    "Du er velkommen til at kontakte skolechef Mette Holm for en snak om stillingen.",
    "Hedeskolen ønsker at afspejle det omgivende samfund og opfordrer alle til at søge.",
    "Vi opfordrer alle kvalificerede uanset personlig baggrund til at søge stillingen.",
    "Vi ønsker ikke henvendelser fra rekrutteringsbureauer eller annoncesælgere.",
    "Alle henvendelser behandles fortroligt.",
    "Hedeskolen is an equal opportunity employer.",
    "Vi glæder os til at høre fra dig!",
  ])("%s", (sentence) => {
    const text = ad(sentence);
    expect(kindOf(text, sentence)).toBe("yderligere");
    // the sentences around it keep their heading's kind
    expect(kindOf(text, "Send din ansøgning senest")).toBe("ansaettelsesproces");
    expect(kindOf(text, "Samtaler holdes den 8. marts")).toBe("ansaettelsesproces");
  });
  it.each([
    ["Du besvarer spørgsmål fra borgere pr. telefon og mail.", "jobprofil"],
    ["Du opfordrer dine medarbejdere til at tage ansvar.", "jobprofil"],
    ["Du har en relevant uddannelse og vil gerne kontakte forældrene, når der er brug for det.", "personprofil"],
  ])("leaves a sentence of the post alone: %s", (sentence, kind) => {
    const text = `Skoleleder til Hedeskolen\n\nOm stillingen\n\nDu får ansvaret for en skole med 540 elever og 60 medarbejdere. ${sentence}\n\nOm dig\n\nDu har en læreruddannelse og erfaring med ledelse. ${sentence}`;
    expect(kindOf(text, "Du får ansvaret for en skole")).toBe("jobprofil");
    expect(textUnits(sectionsOf(text)).filter((u) => u.text.includes(sentence)).map((u) => u.section)).not.toContain("yderligere");
    void kind;
  });
});

describe("a smoke-free workplace", () => {
  it.each(["Kommunen er en røgfri arbejdsplads.", "Sygehuset er et røgfrit hospital."])("is a condition of the work, the terms': %s", (sentence) => {
    const text = `Skoleleder til Hedeskolen\n\nOm stillingen\n\nDu får ansvaret for en skole med 540 elever og 60 medarbejdere, og du refererer til skolechefen.\n\nAnsøgning\n\nSend din ansøgning senest den 1. marts 2027. ${sentence} Samtaler holdes den 8. marts 2027.`;
    expect(kindOf(text, sentence)).toBe("vilkaar");
    expect(kindOf(text, "Samtaler holdes den 8. marts")).toBe("ansaettelsesproces");
  });
});

describe("a heading whose words decide nothing alone", () => {
  it("files the process under 'Praktiske oplysninger' by its own words", () => {
    const text = `Forstander til Sølvbjerg Efterskole\n\nOm skolen\n\nSølvbjerg Efterskole har 110 elever og 24 medarbejdere og ligger ud til Limfjorden.\n\nPraktiske oplysninger\n\nAnsøgningsfrist: mandag den 1. februar 2027 kl. 12.00\n\nAnsættelsesudvalget består af bestyrelsesformand Hanne Lund, næstformand Ole Bak og to lærere.\n\nDer indhentes referencer og børneattest, inden ansættelsen endeligt er på plads.`;
    expect(kindOf(text, "Ansøgningsfrist: mandag den 1. februar")).toBe("ansaettelsesproces");
    expect(kindOf(text, "Ansættelsesudvalget består af")).toBe("ansaettelsesproces");
    expect(kindOf(text, "Der indhentes referencer")).toBe("ansaettelsesproces");
  });
});

describe("explain", () => {
  it("gives every piece of text its kind and the cues that weighed", () => {
    const explain: Explanation[] = [];
    segment(normalise(readText(Buffer.from("Om dig\n\nDu har en relevant uddannelse og erfaring med ledelse."), "text")).blocks, { explain });
    expect(explain).toHaveLength(1);
    expect(explain[0].kind).toBe("personprofil");
    expect(explain[0].why[0]).toMatch(/heading “Om dig” \(known, generic\) → personprofil/u);
    expect(explain[0].why.at(-1)).toMatch(/^words: personprofil 0/u);
  });

  it("lists the cover's title block too, decided before any piece is weighed", () => {
    const explain: Explanation[] = [];
    const text = "Job- og personprofil\n\nSkolechef\n\nFjordby Kommune\n\nFjordby Kommune søger en skolechef, der kan samle skolerne om en fælles retning og løfte fagligheden.";
    segment(normalise(readText(Buffer.from(text), "text")).blocks, { explain });
    expect(explain.slice(0, 3).map((e) => [e.text, e.kind])).toEqual([
      ["Job- og personprofil", "andet"],
      ["Skolechef", "andet"],
      ["Fjordby Kommune", "andet"],
    ]);
    expect(explain[0].why).toEqual(["the cover's title block (the short lines before the first prose)"]);
    expect(explain.at(-1)!.text).toMatch(/^Fjordby Kommune søger en skolechef/u);
  });
});

describe("two section headings stacked back to back (a two-column page read across)", () => {
  const page = [
    "Indledning",
    "Jobprofil",
    "Fjordby Museum er et statsanerkendt kulturhistorisk museum med 90 medarbejdere og mange gæster hvert år.",
    "Du får ansvaret for samlingerne og leder 12 medarbejdere i registrering og konservering.",
    "Personprofil",
    "Du er uddannet inden for kulturhistorie og har erfaring med ledelse.",
  ].join("\n\n");
  it.each([
    ["Fjordby Museum er et statsanerkendt", "indledning"],
    ["Du får ansvaret for samlingerne", "jobprofil"],
    ["Du er uddannet inden for kulturhistorie", "personprofil"],
  ])("%s → %s", (phrase, kind) => {
    expect(kindOf(page, phrase)).toBe(kind);
  });
});

describe("a page's fact column, the page's own notes and a letter's signature", () => {
  const body = [
    "Om jobbet",
    "",
    "Du får ansvaret for 40 medarbejdere i hjemmeplejen og for den daglige drift og økonomi i distriktet.",
    "",
    "Sådan søger du",
    "",
    "Søg via linket nedenfor. Vi skal have din ansøgning senest torsdag den 15. april 2027 kl. 12.00.",
  ].join("\n");
  it.each([
    // after the button to apply
    ["after the page's button to apply", `${body}\n\nSøg stillingen\n\nAnsøgningsfrist\n15.04.2027 kl. 12:00\nAnsættelsestype\nFastansat\nUgentligt timetal\n37\nJob-ID\n2027-0418`],
    // trailing the last section's text, with nothing but the page's buttons after it
    ["trailing the last section's text", `${body}\n\nAnsøgningsfrist\n15.04.2027 kl. 12:00\nAnsættelsestype\nFastansat\nUgentligt timetal\n37\nJob-ID\n2027-0418\n\nDel\nLinkedIn\nFacebook`],
  ])("files each line of a fact column %s by its label, not by the heading above", (_where, text) => {
    expect(kindOf(text, "Ansættelsestype Fastansat")).toBe("vilkaar");
    expect(kindOf(text, "Ugentligt timetal 37")).toBe("vilkaar");
    expect(kindOf(text, "Job-ID 2027-0418")).toBe("andet");
    expect(kindOf(text, "Vi skal have din ansøgning senest")).toBe("ansaettelsesproces");
  });

  it.each(["Ref. nr.", "JobID", "Stillings-ID", "Stillingsnr.", "J.nr."])("files a fact column's posting number under %j as the page's", (label) => {
    const text = `${body}\n\nAnsøgningsfrist\n15.04.2027 kl. 12:00\nAnsættelsestype\nFastansat\n${label}\n2027-0418`;
    expect(kindOf(text, "Ansættelsestype Fastansat")).toBe("vilkaar");
    expect(kindOf(text, `${label} 2027-0418`)).toBe("andet");
  });

  it("files a note that the text goes on in English as the page's, and an English department heading as the introduction", () => {
    const text = `Om stillingen\n\n${"Du får ansvaret for afdelingens drift og udvikling og for 30 medarbejdere i et travlt ambulatorium."}\n\nEnglish version\n\nThe department\n\nWe are a regional department with 24 beds, a large outpatient clinic and a sleep clinic.`;
    expect(kindOf(text, "English version")).toBe("andet");
    expect(kindOf(text, "We are a regional department")).toBe("indledning");
  });

  it("files a letter's closing and its signer as the page's, and a signature with a number as the contact's", () => {
    const ask = "Hvis du vil vide mere, er du velkommen til at ringe til bestyrelsesformand Anders Nissen på 28 46 19 05.";
    expect(kindOf(`${ask}\n\nMed venlig hilsen\nBestyrelsen for Ravnsbjerg Friskole`, "Bestyrelsen for Ravnsbjerg Friskole")).toBe("andet");
    expect(kindOf(`${ask}\n\nMed venlig hilsen\nAnders Nissen\nTlf. 28 46 19 05`, "Anders Nissen")).toBe("yderligere");
  });

  it("files the employer's statement on diversity under the process's own heading as the process's, elsewhere as further information", () => {
    const statement = "Horsens Kommune ønsker at afspejle det omgivende samfund og opfordrer alle uanset alder og køn til at søge stillingen.";
    const process = `Sådan søger du\n\nVi skal have din ansøgning senest torsdag den 15. april 2027 kl. 12.00. Første samtale holdes den 23. april.\n${statement}`;
    expect(kindOf(process, "Horsens Kommune ønsker at afspejle")).toBe("ansaettelsesproces");
    const contact = `Har du spørgsmål?\n\nRing til afdelingsleder Mette Holm på 21 44 60 93.\n${statement}`;
    expect(kindOf(contact, "Horsens Kommune ønsker at afspejle")).toBe("yderligere");
  });

  it("reads an English ad's 'Job description' and its lead-ins", () => {
    const text = `About the department\n\nThe department has around 300 employees on two campuses and works closely with municipalities.\n\nJob description\n\nAs Head of Section you will have the day-to-day management responsibility for the section.\n\nYour main tasks will be to:\n- strengthen the section's external funding\n- build bridges between the two campuses\n\nWe expect that you have:\n- a strong publication record\n- documented experience of attracting external funding`;
    expect(kindOf(text, "strengthen the section's external funding")).toBe("jobprofil");
    expect(kindOf(text, "a strong publication record")).toBe("personprofil");
  });

  it("takes no English sentence that merely holds 'you have' or 'you will' for a lead-in of the person or the job", () => {
    const md = (text: string, phrase: string) => textUnits(segment(normalise(readMarkdown(Buffer.from(text))).blocks)).find((u) => u.text.includes(phrase))?.section;
    const application = "# Head of Section\n\n## The position\n\nAs Head of Section you are responsible for:\n\n- the daily management of 12 engineers\n- the section's budget\n\n## Application\n\nThe application deadline is 1 May 2027. If you have questions, you are welcome to contact:\n\n- Anna Berg, Head of Department, +45 20 45 67 89\n- Lars Dahl, HR partner, +45 30 11 22 33";
    expect(md(application, "The application deadline is 1 May 2027")).toBe("ansaettelsesproces");
    const terms = "# Head of Section\n\n## About the position\n\nThe department is looking for a Head of Section to lead our team of 12 engineers.\n\n## Terms\n\nSalary and terms of employment are in accordance with the collective agreement.\n\nIn return, you will get:\n\n- a flexible workplace\n- a pension contribution of 17.1 per cent\n- a lunch scheme";
    expect(md(terms, "a flexible workplace")).toBe("vilkaar");
  });

  it("opens no attachment at a list's unnumbered 'Bilag: …' over the next heading", () => {
    const text = "# Afdelingsleder\n\nHorsens Kommune søger en afdelingsleder.\n\n## Ansøgning\n\nSend din ansøgning senest 15. juni 2027. Vedhæft følgende:\n\n- Bilag: CV, eksamensbevis og to referencer\n\n## Om dig\n\nDu er uddannet sygeplejerske og har ledelseserfaring.";
    const sections = segment(normalise(readMarkdown(Buffer.from(text))).blocks);
    expect(sections.map((x) => x.heading)).not.toContain("Bilag: CV, eksamensbevis og to referencer");
    expect(sections.find((x) => x.heading === "Om dig")?.kind).toBe("personprofil");
  });

  it("keeps 'Læs mere' over a list of links as the heading of further information", () => {
    const text = `Ansøgning og proces\n\nSøg stillingen via knappen og vedhæft ansøgning og CV senest den 16. august 2027.\n\nLæs mere\n\n- Nationalmuseets strategi\n- Modstandsdatabasen`;
    expect(kindOf(text, "Modstandsdatabasen")).toBe("yderligere");
  });

  it("opens an attachment at 'Bilag 1. …' among numbered chapters, its chart's boxes its own", () => {
    const text = `1. Indledning\n\nKommunen har mange opgaver, og her er en længere tekst, der fylder som et rigtigt afsnit i en profil.\n\n2. Yderligere oplysninger\n\nLæs mere om kommunen på hjemmesiden.\n\nBilag 1. Organisationsdiagram\n\nByråd\n\nSkoler\n\nDagtilbud\n\nDiagrammet viser organiseringen i forenklet form.`;
    expect(kindOf(text, "Dagtilbud")).toBe("bilag");
    expect(kindOf(text, "Diagrammet viser organiseringen")).toBe("bilag");
  });
});

describe("the start, what the post offers, and a paragraph on what the post holds", () => {
  const ad = (offer: string, process: string) =>
    `Teamleder\n\nOm os\n\nVi er et hjemmeplejeteam med 40 medarbejdere i en kommune med god økonomi og stærke faglige miljøer.\n\nVi tilbyder\n\nEn fuldtidsstilling med gode kolleger, introduktion og faglig sparring hver uge.\n\n${offer}\n\nAnsøgning\n\nSend din ansøgning senest 1. marts 2027.\n\n${process}`;
  it.each([
    ["Tiltrædelse: 1. august 2027 eller efter aftale.", "vilkaar"],
    ["Start den 1. maj 2027.", "vilkaar"],
    ["Forventet tiltrædelse er den 1. juni 2027 eller efter nærmere aftale.", "vilkaar"],
    ["Vi forventer, at du kan tiltræde den 1. maj 2027.", "vilkaar"],
  ])("files %j under the terms' heading as the terms'", (line, kind) => {
    expect(kindOf(ad(line, "Vi holder samtaler i uge 10."), line.slice(0, 20))).toBe(kind);
  });
  it("files the start under the process's own heading as the process's", () => {
    expect(kindOf(ad("Løn efter overenskomst.", "Tiltrædelse: 1. august 2027."), "Tiltrædelse: 1. august")).toBe("ansaettelsesproces");
  });
  it("files a sentence on what the post offers as the terms', in a text with no headings", () => {
    const one =
      "Vi søger en teamleder til hjemmeplejen i Silkeborg. Du får ansvaret for 30 medarbejdere og den daglige planlægning. Du er sygeplejerske og har erfaring med ledelse. Vi kan tilbyde et team med stor faglig stolthed og en leder, der prioriterer sparring. Ansøgningsfristen er den 3. april 2027.";
    expect(kindOf(one, "Vi kan tilbyde et team")).toBe("vilkaar");
  });
  it("files a paragraph that opens on what the post holds as the job's, and the rest under the employer's heading with it", () => {
    const text =
      "Afdelingssygeplejerske\n\nOm afdelingen\n\nMedicinsk Afdeling har tre sengeafsnit og et stort ambulatorium med 120 medarbejdere i alt.\n\nSom afdelingssygeplejerske har du det daglige ledelsesansvar for afsnittet og dets 55 medarbejdere. Du refererer til oversygeplejersken.\n\nI det kommende år skal vi blandt andet:\n\n- implementere en ny model for opgavefordeling\n- styrke samarbejdet med kommunerne om udskrivelse\n\nVi forventer, at du\n\n- er uddannet sygeplejerske";
    expect(kindOf(text, "Medicinsk Afdeling har tre sengeafsnit")).toBe("indledning");
    expect(kindOf(text, "Som afdelingssygeplejerske har du")).toBe("jobprofil");
    expect(kindOf(text, "styrke samarbejdet med kommunerne")).toBe("jobprofil");
  });
  it("files a paragraph that opens on what the post will have its holder do as the job's, under the house's heading", () => {
    const text =
      "Souschef\n\nHvem er vi?\n\nVi er et integreret børnehus med to vuggestuegrupper og tre børnehavegrupper og 19 voksne.\n\nSom souschef kommer du til at være ude i huset og på stuen en stor del af tiden, og så er du lederens makker i ledelsen. I skal sammen tage ansvar for den pædagogiske retning og forældresamarbejdet.";
    expect(kindOf(text, "Som souschef kommer du til at")).toBe("jobprofil");
    // ("topleder", no title's noun, is still a leader's word here)
    expect(kindOf(text.replace("Som souschef kommer du til at være ude i huset og på stuen en stor del af tiden, og så er du lederens makker i ledelsen.", "Som topleder får du ansvaret for 1.200 medarbejdere."), "Som topleder får du ansvaret")).toBe("jobprofil");
  });
  it("keeps what the person is to be, told as what the post will make of its holder, under the person's heading", () => {
    const text = "Skoleleder\n\nDin profil\n\nSom leder kommer du til at være en tydelig rollemodel, og derfor forventer vi, at du er nærværende og god til at lytte. Du har en læreruddannelse og gerne en diplomuddannelse i ledelse.";
    expect(kindOf(text, "Som leder kommer du til at være en tydelig")).toBe("personprofil");
  });
  it("keeps a paragraph on the person as a leader under the person's heading", () => {
    const text = "Skolechef\n\nDin profil\n\nSom leder er du tydelig og nærværende, og du har erfaring fra en politisk styret organisation. Du trives med mange bolde i luften.";
    expect(kindOf(text, "Som leder er du tydelig")).toBe("personprofil");
  });
  it("files the sentence before the first heading in which the employer hires as the introduction", () => {
    const text =
      "Head of Department\n\nThe Faculty of Science at the University of Copenhagen invites applications for the position of Head of Department, with responsibility for research, teaching, finances and staff.\n\nJob description\n\nYou will lead the department's 300 staff.";
    expect(kindOf(text, "invites applications")).toBe("indledning");
  });
  it("files the passive 'Der søges en …' before the first heading as the introduction, whatever its start and workplace", () => {
    const text =
      "Teamkoordinator til Skibsregistret\n\nDer søges en teamkoordinator til Skibsregistret i Søfartsstyrelsen med tiltrædelse 1. april 2027 eller snarest muligt derefter. Stillingen er en fast fuldtidsstilling, og arbejdsstedet er Caspar Brands Plads 9, 4220 Korsør.\n\nSkibsregistret registrerer danske skibe, ejerskifter og pantsætninger og udsteder nationalitetsbeviser. Registret består af 11 medarbejdere.\n\nArbejdsopgaver\n\nDu koordinerer teamets sager.";
    expect(kindOf(text, "Der søges en teamkoordinator")).toBe("indledning");
  });
  it("files a page's questions and answers as further information", () => {
    const text = "Projektleder\n\nMoesgaard søger en projektleder til digital formidling.\n\nOfte stillede spørgsmål\n\nSkal jeg have en museumsfaglig baggrund?\n\nNej. Vi har masser af fagfolk i huset.";
    expect(kindOf(text, "Skal jeg have en museumsfaglig baggrund")).toBe("yderligere");
  });
  it("takes a hiring sentence far into a text without headings for no announcement of the post", () => {
    const intro = Array.from({ length: 6 }, () => "Plejecentret ligger ved skoven og har 60 boliger, et aktivt beboerråd og et stærkt samarbejde med de pårørende.").join(" ");
    const text = `${intro}\n\nDu får ansvaret for 70 medarbejdere og for budgettet.\n\nPlejecentret Skovly søger en ny leder, som kan skabe ro og retning i hverdagen.\n\nAnsøgningsfristen er den 3. april 2027.`;
    expect(kindOf(text, "Plejecentret Skovly søger en ny leder")).not.toBe("indledning");
  });
  it("takes \"Vi søger en chef, der …\" under the person's heading for the person, not for the post's announcement", () => {
    const text = "Centerchef\n\nVi søger\n\nDu leder seks ledere og 160 medarbejdere.\n\nVi søger en chef, der kan skrive en skarp sag til udvalget om formiddagen og lytte i et klubhus om aftenen.\n\nDu har ledet ledere før.";
    expect(kindOf(text, "Vi søger en chef, der kan")).not.toBe("indledning");
  });
  it.each(["Bedømmelse", "Assessment committee"])("reads %j as the process's heading", (heading) => {
    const text = `Museumsinspektør\n\nOm stillingen\n\nDu skal forske i nyere tid og formidle samlingerne til et bredt publikum.\n\n${heading}\n\nEfter fristens udløb vurderer et udvalg ansøgernes kvalifikationer, og alle får besked om vurderingen.`;
    expect(kindOf(text, "vurderer et udvalg")).toBe("ansaettelsesproces");
  });
});

describe("lines that say their own kind under another's heading", () => {
  it("reads a closing question over the call to apply as the process's heading, and over the person's lines as theirs", () => {
    const call = "Skoleleder\n\nOm stillingen\n\nDu leder skolens 40 medarbejdere.\n\nLyder det som dig?\nSå send din ansøgning senest søndag den 7. marts 2027. Vi forventer, at du kan starte 1. maj 2027.";
    expect(kindOf(call, "Vi forventer, at du kan starte")).toBe("ansaettelsesproces");
    // (a line with no cue of its own takes the heading's kind)
    const bare = "Skoleleder\n\nOm stillingen\n\nDu leder skolens 40 medarbejdere.\n\nLyder det som dig?\nSå hører vi gerne fra dig.";
    expect(kindOf(bare, "Så hører vi gerne fra dig")).toBe("ansaettelsesproces");
    const person = "Afdelingschef\n\nHvad kommer du til at stå for?\n\nDu får ansvar for driften af renseanlæggene.\n\nLyder det som dig?\nDu har en teknisk uddannelse, fx som ingeniør, og du har ledet ledere før.";
    expect(kindOf(person, "Du har en teknisk uddannelse")).toBe("personprofil");
  });
  it("files a unit's name under the post's as the title block, not as a heading of the terms by its word 'Løn'", () => {
    const text = "Teamleder til Lønservice\nBorgmesterens Afdeling, HR og Løn\n\nKan du få 14 lønkonsulenter til at lykkes – også den dag, lønkørslen driller?\nHos os er løn ikke bare tal. Det er 28.000 kolleger, der skal have den rigtige løn til tiden.\n\nDet skal du lave\nDu får det daglige personaleansvar for teamet.";
    expect(kindOf(text, "Det er 28.000 kolleger")).toBe("indledning");
  });
  it("files the pay, the pension and the contract as the terms under a timetable's heading", () => {
    const text =
      "Kommunaldirektør\n\nPersonprofil\n\nDu er en erfaren leder af ledere.\n\nTidsplan\n\nAnsøgningsfrist             Mandag den 15. februar 2027\n1. samtalerunde             Torsdag den 25. februar 2027\n\nAnsættelsen sker på kontrakt efter Rammeaftale om kontraktansættelse af chefer i kommunerne. Lønnen forhandles individuelt. Hertil kommer pension på 18 %.\n\nDu er velkommen til at kontakte borgmester Lone Kjeldsen på tlf. 24 81 36 09.";
    expect(kindOf(text, "Lønnen forhandles individuelt")).toBe("vilkaar");
  });
  it("files a deadline without its verb and a call to apply via a link as the process's under the terms' heading", () => {
    const text =
      "Leder af Solsikken\n\nOm stillingen\n\nDu leder huset.\n\nLøn og ansættelsesvilkår\n\nLøn- og ansættelsesvilkår er i henhold til gældende overenskomst mellem KL og BUPL.\n\nAnsøgningsfrist søndag den 14. marts 2027.\n\nSøg stillingen via linket \"Søg stillingen\" nedenfor. Vedhæft ansøgning og CV.";
    expect(kindOf(text, "Ansøgningsfrist søndag")).toBe("ansaettelsesproces");
    expect(kindOf(text, "Søg stillingen via linket")).toBe("ansaettelsesproces");
  });
  it("files a print ad's pointer to its profile as further information", () => {
    const text = "REKTOR TIL GYMNASIET\n\nBestyrelsen søger en ny rektor pr. 1.8.2027, da skolens rektor går på pension.\n\nYderl. oplysn. fås hos bestyrelsesformand Kirsten Bonde, tlf. 2174 5380.\nJob- og personprofil på hakat.dk/job.";
    expect(kindOf(text, "Job- og personprofil på hakat.dk")).toBe("yderligere");
  });
  it("files a button to fetch the profile's file as the attachment under the process's heading", () => {
    const text = "Økonomidirektør\n\nStillingen\n\nDu leder økonomien.\n\nProces og tidsplan\n\nSamtaler afholdes den 3. maj 2027.\n\nDownload profil (PDF, 1,2 MB)";
    expect(kindOf(text, "Download profil (PDF")).toBe("bilag");
  });
  it("reads 'Kontakt' alone over a contact's card as the contacts' heading, but joins a box's label to its value", () => {
    const card = "Fagchef\n\nOm jobbet\n\nDu leder byggeriet.\n\nAnsøgning og samtaler\nAnsøgningsfrist: søndag den 2. maj 2027.\n\nKontakt\nEjendomschef Søren Ravn, tlf. 20 45 71 36, e-mail sora@herning.dk\n\nHerning Kommune ser mangfoldighed som en styrke og opfordrer alle til at søge.";
    expect(kindOf(card, "Ejendomschef Søren Ravn")).toBe("yderligere");
    const box = "Fagchef\n\nOm jobbet\n\nDu leder byggeriet og har ansvaret for 16 medarbejdere i afdelingen.\n\nAnsøgningsfrist\n2. maj 2027\nKontakt\nSøren Ravn, tlf. 20 45 71 36\nArbejdssted\nRådhuset";
    expect(kindOf(box, "Søren Ravn, tlf.")).toBe("yderligere");
  });
  it("reads a foreword with its writer named as the introduction, to its last greeting", () => {
    const text =
      "Administrerende direktør\n\n1. Forord ved borgmester Karen Møller Dahl\n\nKommunalbestyrelsen har bredt politisk fokus på tre ting.\n\nJeg glæder mig til at møde dig.\n\n2. Stillingen\n\nDu leder direktionen.";
    expect(kindOf(text, "Jeg glæder mig til at møde dig")).toBe("indledning");
  });
  it("files a re-posted ad's reason as the introduction and a job board's note on its source as the page's", () => {
    const text =
      "Pædagogisk leder\n\nGENOPSLAG – Vi har desværre ikke fundet den rette kandidat i første omgang og slår derfor stillingen op igen.\n\nBørnehuset har 124 børn.\n\nAnsøgning og samtaler\n\nSamtaler holdes den 15. april 2027.\n\nJobannoncen er hentet fra arbejdsgiverens eget rekrutteringssystem.";
    expect(kindOf(text, "GENOPSLAG")).toBe("indledning");
    expect(kindOf(text, "Jobannoncen er hentet")).toBe("andet");
  });
});

describe("classifyHeading: a unit's name and a named writer's foreword", () => {
  it.each(["Borgmesterens Afdeling, HR og Løn", "Center for Økonomi og Løn", "Sekretariatet for Pension"])("knows no section in the unit's name %j", async (h) => {
    const { classifyHeading } = await import("../../src/segment/classify.js");
    expect(classifyHeading(h)).toBeNull();
  });
  it.each([
    ["Løn og vilkår", "vilkaar", "strong"],
    ["Om Centret", "indledning", "strong"],
    ["Kontakt Sekretariatet", "yderligere", "weak"],
    ["2. Sygehuset i tal", "indledning", "weak"],
    ["Sekretariatet og Opgaverne", "jobprofil", "weak"],
    ["Forord ved borgmester Karen Møller Dahl", "indledning", "strong"],
    ["1. Velkommen fra bestyrelsesformand Ole Brix", "indledning", "strong"],
  ])("%j is %s, %s", async (h, kind, strength) => {
    const { classifyHeading } = await import("../../src/segment/classify.js");
    expect(classifyHeading(h)).toEqual({ kind, strength });
  });
});
