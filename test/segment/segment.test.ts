import { describe, expect, it } from "vitest";
import { readText } from "../../src/read/text.js";
import { normalise } from "../../src/normalise/index.js";
import { segment } from "../../src/segment/index.js";
import { classifyHeading } from "../../src/segment/classify.js";
import { GENERIC_HEADINGS } from "../../src/vocabulary/headings.js";

const sectionsOf = (text: string) => segment(normalise(readText(Buffer.from(text), "text")).blocks);
const outline = (text: string) =>
  sectionsOf(text).map((s) => [s.kind, s.heading, s.subsections.map((x) => x.heading)] as const);

const personProse = "Du er en erfaren leder med en relevant uddannelse, og du har politisk tæft, gennemslagskraft og gode evner til at kommunikere og samarbejde.";
const prose = "Kommunen har mange opgaver, og her er en længere tekst, der fylder som et rigtigt afsnit i en profil gør det, med mere end tyve ord i alt.";

describe("classifyHeading: the Danish vocabulary", () => {
  it.each([
    ["Indledning", "indledning"],
    ["1. Baggrund", "indledning"],
    // a chapter's number in words or set off by a bar
    ["Afsnit 5: Løn- og ansættelsesvilkår", "vilkaar"],
    ["3 | Jobbet", "jobprofil"],
    ["2) Jobbet", "jobprofil"],
    ["Kapitel 4. Personprofil", "personprofil"],
    ["1.2 Tidsplan", "ansaettelsesproces"],
    // a heading's emoji are no part of its name
    ["🎯 Jobbet", "jobprofil"],
    ["Det får du hos os 🎒", "vilkaar"],
    ["Det skal du lave 👇", "jobprofil"],
    // the background, whatever it is the background of
    ["1. Baggrund for profilen", "indledning"],
    // what the post is measured by
    ["Resultater efter 18 måneder", "jobprofil"],
    ["Succeskriterier", "jobprofil"],
    ["Baggrund for rekrutteringen", "indledning"],
    ["Jobprofil", "jobprofil"],
    ["Stillingen", "jobprofil"],
    ["Opgaver og ansvar", "jobprofil"],
    ["Hvad skal du?", "jobprofil"],
    ["2. Direktørens ansvarsområder og opgaver", "jobprofil"],
    ["PERSONPROFIL", "personprofil"],
    ["Profilen", "personprofil"],
    ["Kvalifikationer", "personprofil"],
    ["Personlige kompetencer", "personprofil"],
    ["Hvem er du?", "personprofil"],
    // a profile's headings as questions
    ["Hvad tilbydes?", "vilkaar"],
    ["Hvem kan fortælle mere?", "yderligere"],
    ["4. Direktørens profil", "personprofil"],
    ["Ansættelsesproces", "ansaettelsesproces"],
    ["5. Rekrutteringsprocessen", "ansaettelsesproces"],
    ["Tidsplan", "ansaettelsesproces"],
    ["Ansøgning:", "ansaettelsesproces"],
    ["Ansættelsesproces og tidsplan", "ansaettelsesproces"],
    ["Ansættelsesvilkår", "vilkaar"],
    ["Løn og ansættelse", "vilkaar"],
    ["Løn- og ansættelsesvilkår", "vilkaar"],
    ["Yderligere information", "yderligere"],
    ["Yderligere oplysninger:", "yderligere"],
    ["Kontakt", "yderligere"],
    ["Bilag", "bilag"],
    // the unit the post sits in, and what the post is to achieve first
    ["Om kontoret", "indledning"],
    ["Om sekretariatet", "indledning"],
    ["De første 12 måneder", "jobprofil"],
    ["De første 12–18 måneder", "jobprofil"],
    // the organisation by its kind alone
    ["2. Instituttet", "indledning"],
    ["Museet", "indledning"],
    // a heading in two languages, known by either half
    ["Om instituttet / About the department", "indledning"],
    ["About the department", "indledning"],
    ["About the faculty", "indledning"],
    ["Profil / Your profile", "personprofil"],
    ["Det første år", "jobprofil"],
    // a known heading that names the post it asks about; "Fonden tilbyder": the house's offer, whoever the house is
    ["Hvad skal du lave som skoleleder?", "jobprofil"],
    ["Hvad skal du lave som ny direktør?", "jobprofil"],
    ["Fonden tilbyder", "vilkaar"],
    // an appendix's own heading, its number after its word
    ["Bilag 1   Skolevæsenet i tal", "bilag"],
    ["Appendix 2: Organisation chart", "bilag"],
  ])("%s → %s", (heading, kind) => {
    expect(classifyHeading(heading)?.kind).toBe(kind);
  });

  it.each([
    ["What we offer", "vilkaar"],
    ["About you", "personprofil"],
    ["Your tasks", "jobprofil"],
    ["About us", "indledning"],
    ["The company", "indledning"],
    ["The profile", "personprofil"],
    ["Process", "ansaettelsesproces"],
    ["Job description", "jobprofil"],
    ["How to apply", "ansaettelsesproces"],
    ["Further information", "yderligere"],
    ["Appendices", "bilag"],
  ])("an English heading: %s is %s", (heading, kind) => {
    expect(classifyHeading(heading)?.kind).toBe(kind);
  });

  it("knows every heading it calls generic: a generic heading the vocabulary lacks would weigh nothing", () => {
    expect([...GENERIC_HEADINGS].filter((h) => classifyHeading(h)?.strength !== "strong")).toEqual([]);
  });

  it.each(["Styringsfilosofi", "De organisatoriske rammer", "Om Økonomi og Stab", "Læs mere i den uddybende job- og personprofil", "Hvad skal du lave som frivillig hjælper i haven?"])(
    "%s is not known",
    (heading) => {
      expect(classifyHeading(heading)).toBeNull();
    },
  );
});

describe("segment", () => {
  it("reads a first headline that seeks the post as the title block, though its hook has a section's words ('er det dig')", () => {
    const text = `DAGLIG LEDER SØGES TIL KULTURSTATIONEN I SKJERN – ER DET DIG?\n\n${prose}\n\nHvad skal du lave?\n\n${prose}`;
    expect(outline(text).map(([kind, heading]) => [kind, heading])).toEqual([
      ["andet", null],
      ["indledning", null],
      ["jobprofil", "Hvad skal du lave?"],
    ]);
  });

  it("reads a first heading that is a sentence seeking someone ('Vi søger en leder, der …') as a heading over its text", () => {
    expect(outline(`Vi søger en leder, der kan løfte opgaverne\n\n${prose}\n\nPersonprofil\n\n${personProse}`)[0]).toEqual(["jobprofil", "Vi søger en leder, der kan løfte opgaverne", []]);
  });

  it("reads bold lines above a document's first '#' heading as its title page, not a section that holds the rest", () => {
    const text = `**JOB- OG PERSONPROFIL**\n\n**Økonomidirektør**\n\n**Boligselskabet Kystbo**\n\nMarts 2027\n\n# Baggrund\n\n${prose}\n\n# Opgaven\n\n${prose}`;
    expect(outline(text)).toEqual([
      ["andet", null, []],
      ["indledning", "Baggrund", []],
      ["jobprofil", "Opgaven", []],
    ]);
  });

  it("nests headings the vocabulary does not know under the section before them", () => {
    expect(outline(`Jobprofil\n\nStyringsfilosofi\n\n${prose}\n\nPersonprofil\n\n${prose}`)).toEqual([
      ["jobprofil", "Jobprofil", ["Styringsfilosofi"]],
      ["personprofil", "Personprofil", []],
    ]);
  });

  it("nests a heading of the same kind, opens one of another kind", () => {
    expect(outline(`Jobprofil\n\n${prose}\n\nVæsentlige opgaver\n\n${prose}\n\nLøn og vilkår\n\n${prose}`)).toEqual([
      ["jobprofil", "Jobprofil", ["Væsentlige opgaver"]],
      ["vilkaar", "Løn og vilkår", []],
    ]);
  });

  it("lets numbered headings open sections and unnumbered ones nest, whatever their words", () => {
    const town = "Høje-Taastrup Kommune har knap 58.000 indbyggere og ligger vest for København, med nye boligområder, et stærkt erhvervsliv og gode forbindelser.";
    const text = `1. Baggrund\n\n${prose}\n\n2. Jobbet\n\n${prose}\n\n3. Høje-Taastrup Kommune\n\n${town}\n\n4. Direktørens profil\n\n${personProse}\n\nLedelsesmæssige og personlige kompetencer\n\n${prose}`;
    expect(outline(text)).toEqual([
      ["indledning", "1. Baggrund", []],
      ["jobprofil", "2. Jobbet", []],
      // A heading the vocabulary does not know leaves the kind to its content, which here introduces the kommune.
      ["indledning", "3. Høje-Taastrup Kommune", []],
      ["personprofil", "4. Direktørens profil", ["Ledelsesmæssige og personlige kompetencer"]],
    ]);
  });

  it("keeps a title block before the first heading as andet and prose as indledning", () => {
    expect(outline(`Job- og personprofil\n\nDirektør for Børn\n\n${prose}\n\nJobprofil\n\n${prose}`)).toEqual([
      ["andet", null, []],
      ["indledning", null, []],
      ["jobprofil", "Jobprofil", []],
    ]);
  });

  it("makes an unnamed first heading followed by prose the introduction", () => {
    expect(outline(`Direktør for Børn og Unge\n\nFlyvefærdig direktør i børnehøjde\n\n${prose}\n\nAnsættelsesvilkår\n\n${prose}`)).toEqual([
      ["andet", null, []],
      ["indledning", "Flyvefærdig direktør i børnehøjde", []],
      ["vilkaar", "Ansættelsesvilkår", []],
    ]);
  });

  it("does not take a table of contents for sections", () => {
    const text = `Indhold\n1. Baggrund ........ 2\n2. Jobprofil ........ 3\n\n1. Baggrund\n\n${prose}\n\n2. Jobprofil\n\n${prose}`;
    expect(outline(text)).toEqual([
      ["andet", null, []],
      ["indledning", "1. Baggrund", []],
      ["jobprofil", "2. Jobprofil", []],
    ]);
  });

  it("reads the heading over the document's type line as its title page's ('Stillings- og personprofil · april 2027')", () => {
    const text = `# HR-chef\n\n## Brandbjerg Industri A/S, Vejle\n\nStillings- og personprofil · april 2027\n\n## Baggrund\n\n${prose}\n\n## Stillingen\n\n${prose}`;
    expect(outline(text)).toEqual([
      ["andet", null, []],
      ["indledning", "Baggrund", []],
      ["jobprofil", "Stillingen", []],
    ]);
  });

  it("does not take a slide deck's agenda, each slide's number before its title, for sections", () => {
    const text = `Rekruttering af vicedirektør\n\nDagsorden\n03 Baggrund for rekrutteringen\n04 Stillingen\n05 Personlige kompetencer\n06 Kontakt\n\nBaggrund for rekrutteringen\n\n${prose}\n\nStillingen\n\n${prose}\n\nPersonlige kompetencer\n\n${personProse}`;
    expect(outline(text)).toEqual([
      ["andet", "Rekruttering af vicedirektør", []],
      ["indledning", "Baggrund for rekrutteringen", []],
      ["jobprofil", "Stillingen", []],
      ["personprofil", "Personlige kompetencer", []],
    ]);
  });

  it("opens an attachment section at 'Bilag 1:' lines", () => {
    const s = sectionsOf(`Ansættelsesproces\n\n${prose}\n\nBilag 1: Organisation\nBilag 2: Strategi`);
    expect(s.map((x) => x.kind)).toEqual(["ansaettelsesproces", "bilag"]);
    expect(s[1].content).toMatchObject([{ kind: "list", items: [{ text: "Bilag 1: Organisation" }, { text: "Bilag 2: Strategi" }] }]);
  });

  it("uses Markdown levels: the document's title is cover, ## opens, ### nests", () => {
    expect(outline(`# Job- og personprofil: Direktør\n\n## Jobprofil\n\n${prose}\n\n### Opgaver\n\n${prose}\n\n### Organisering\n\n${prose}\n\n## Hvem er du?\n\n${prose}`)).toEqual([
      ["andet", null, []],
      ["jobprofil", "Jobprofil", ["Opgaver", "Organisering"]],
      ["personprofil", "Hvem er du?", []],
    ]);
  });

  it("takes a page's single top-level heading for the title, not the first section", () => {
    expect(outline(`# Skoleleder til Hedeskolen\n\nHedensted Kommune søger en skoleleder.\n\n## Baggrund\n\n${prose}\n\n## Jobprofil\n\n${prose}`)).toEqual([
      ["andet", null, []],
      ["indledning", "Baggrund", []],
      ["jobprofil", "Jobprofil", []],
    ]);
  });

  it("takes a first heading that names a post for the title block", () => {
    expect(outline(`**Økonomichef til Favrskov Kommune**\n\nJob- og personprofil udarbejdet af Muusmann.\n\n**1. Indledning**\n\n${prose}\n\n**2. Stillingens indhold**\n\n${prose}`)).toEqual([
      ["andet", null, []],
      ["indledning", "1. Indledning", []],
      ["jobprofil", "2. Stillingens indhold", []],
    ]);
  });
});

