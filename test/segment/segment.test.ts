import { describe, expect, it } from "vitest";
import { readText } from "../../src/read/text.js";
import { readMarkdown } from "../../src/read/markdown.js";
import { normalise } from "../../src/normalise/index.js";
import { segment } from "../../src/segment/index.js";
import { classifyHeading } from "../../src/segment/classify.js";
import { GENERIC_HEADINGS, ORGANISATION_HEADING } from "../../src/vocabulary/headings.js";

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
    // the person's side of the bargain beside the house's "Vi tilbyder"; the pitch of why to apply
    ["Du tilbyder", "personprofil"],
    ["Vi tilbyder", "vilkaar"],
    ["1. Hvorfor søge stillingen?", "indledning"],
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
    // a capitals heading's one word for the person
    ["DIG:", "personprofil"],
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
    // what it takes: the person's
    ["Har du det, der skal til?", "personprofil"],
    // an appendix's own heading, its number after its word
    ["Bilag 1   Skolevæsenet i tal", "bilag"],
    ["Appendix 2: Organisation chart", "bilag"],
  ])("%s → %s", (heading, kind) => {
    expect(classifyHeading(heading)?.kind).toBe(kind);
  });

  it("reads 'Har du det, der skal til?' as the person's, and no other heading with 'det der skal til' in it", () => {
    expect(classifyHeading("Det der skal til for at lykkes i rollen")?.kind).not.toBe("personprofil");
  });

  it("knows 'Det kommer du til at arbejde med' as surely as 'Det skal du lave', though a preposition ends it", () => {
    expect(classifyHeading("Det kommer du til at arbejde med")).toEqual({ kind: "jobprofil", strength: "strong" });
  });

  it.each(["Forord ved borgmesteren", "1. Forord fra direktionen"])("knows a foreword by the one who hires as surely as 'Forord': %s", (heading) => {
    expect(classifyHeading(heading)).toEqual({ kind: "indledning", strength: "strong" });
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

describe("a Markdown document's levels", () => {
  it("takes the numbered chapters' level for the top one when a lower heading stands first under the title ('### Fjordland Forsyning A/S', then '## 1. Baggrund')", () => {
    const md = [
      "# Job- og personprofil", "", "## Økonomidirektør", "", "### Fjordland Forsyning A/S", "",
      "## 1. Baggrund", "", prose, "", "### Ejere og bestyrelse", "", "Bestyrelsen i moderselskabet har syv medlemmer, og ejerne har lagt vægt på forsyningssikkerhed og stabile takster.", "",
      "## 2. Opgaver", "", "Økonomidirektøren har ansvaret for budget, regnskab og finansiering, og for at koncernens økonomistyring er solid.", "",
      "## 3. Profil", "", personProse, "",
    ].join("\n");
    const sections = segment(normalise(readMarkdown(Buffer.from(md))).blocks);
    const baggrund = sections.find((s) => s.heading === "1. Baggrund");
    expect(baggrund?.kind).toBe("indledning");
    // the "###" under the chapter is its sub-heading, and the chapter's kind holds its text
    expect(baggrund?.subsections.map((x) => x.heading)).toEqual(["Ejere og bestyrelse"]);
    expect(sections.map((s) => s.heading)).not.toContain("Ejere og bestyrelse");
  });
});

describe("pieces a heading does not hold alone", () => {
  const kindOf = (text: string, probe: string) => sectionsOf(text).find((s) => [...s.content, ...s.subsections.flatMap((x) => x.content)].some((b) => ("text" in b ? b.text : b.items.map((i) => i.text).join(" ")).includes(probe)))?.kind;

  it("weighs the words of a long paragraph well below a known heading: an administrative ad's one heading over the person and the terms", () => {
    const text = [
      "Stillingens indhold",
      "",
      "Kontoret varetager styrelsens behandling af ansøgninger om adgang til sundhedsdata til forskningsformål, herunder vurdering af hjemmel og udlevering, samt rådgivning af forskere og myndigheder om registre og udtræk. Kontorchefen har det personale- og ledelsesmæssige ansvar for kontoret og refererer til centerchefen.",
      "",
      "Vi forventer, at du har en relevant akademisk uddannelse på kandidatniveau; har flere års ledelseserfaring, gerne med personaleledelse af akademiske medarbejdere; har erfaring med myndighedsbehandling og kendskab til databeskyttelsesretten; har politisk-administrativ tæft og erfaring med at arbejde i en centraladministrativ kontekst; kommunikerer klart og præcist på dansk og engelsk, både skriftligt og mundtligt; samt er en tydelig og tilgængelig leder, der sætter retning, skaber arbejdsglæde og tager ansvar.",
      "",
      "Ansættelse sker i henhold til overenskomst mellem Finansministeriet og AC og Aftale om ledere i staten. Stillingen er klassificeret i løngruppe 1 og aflønnes med en basisløn, hvortil der kan forhandles et kvalifikationstillæg afhængigt af kvalifikationer og erfaring. Der er derudover mulighed for at indgå en resultatlønskontrakt. Ud over lønnen indbetales et pensionsbidrag på 17,1 pct. af de pensionsgivende løndele. Arbejdstiden er 37 timer om ugen i gennemsnit.",
    ].join("\n");
    expect(kindOf(text, "Kontoret varetager")).toBe("jobprofil");
    expect(kindOf(text, "Vi forventer, at du har")).toBe("personprofil");
    expect(kindOf(text, "Ansættelse sker i henhold")).toBe("vilkaar");
  });

  it("files a slogan or the house's name as the text's last line, heading nothing, as the page's foot", () => {
    const text = ["Om stillingen", "", prose, "", "Ansøgning", "", "Vi indhenter referencer og børneattest, inden vi ansætter.", "", "Holbæk Kommune – vi skaber sammen"].join("\n");
    const last = sectionsOf(text).at(-1)!;
    expect(last.kind).toBe("andet");
    expect(last.subsections).toEqual([]);
    expect(last.content.map((b) => ("text" in b ? b.text : ""))).toEqual(["Holbæk Kommune – vi skaber sammen"]);
  });

  it("reads a fact box's 'Forvaltning:' as where the post is, as 'Arbejdssted:'", () => {
    const text = ["Fakta om jobbet", "Arbejdssted: Rådhuset, Rådhustorvet 4, 8700 Horsens", "Forvaltning: Teknik og Miljø, Ejendomme", "Stillingstype: Fuldtid, 37 timer om ugen", "", "Om jobbet", "", prose, "", prose, "", "Om dig", "", personProse].join("\n");
    expect(kindOf(text, "Forvaltning: Teknik og Miljø")).toBe("andet");
  });

  it("files a start under no heading as a term of the post", () => {
    const text = ["Vejle Kommune søger en ny skolechef, der vil stå i spidsen for kommunens 18 folkeskoler og deres udvikling i de kommende år.", "", "Stillingen ønskes besat pr. 1. august 2027.", "", "Om stillingen", "", prose].join("\n");
    expect(kindOf(text, "Stillingen ønskes besat")).toBe("vilkaar");
  });

  it("takes the other language's title after 'English version' for a title, not the job's heading", () => {
    const text = ["Om stillingen", "", prose, "", "English version", "", "Vice-Dean for Education at the Faculty of Humanities", "", "The Faculty of Humanities is looking for a Vice-Dean for Education who will lead the faculty's degree programmes at a time of change."].join("\n");
    expect(kindOf(text, "Vice-Dean for Education at the Faculty")).toBe("andet");
  });

  it("keeps a byline under the post's title in the title block ('Horsens Kommune · Sundhed og Omsorg', 'Kulturhuset Mølleværket, Ringkøbing')", () => {
    for (const byline of ["Horsens Kommune · Sundhed og Omsorg", "Kulturhuset Mølleværket, Ringkøbing"]) {
      const md = [`# Områdeleder til ældreplejen`, "", `**${byline}**`, "", "Vil du lede en ældrepleje, hvor borgerens eget liv er udgangspunktet, og hvor medarbejderne har tillid og plads til at bruge deres faglighed? Så har vi en spændende lederstilling til dig.", "", "## Om stillingen", "", prose].join("\n");
      const sections = segment(normalise(readMarkdown(Buffer.from(md))).blocks);
      expect(sections.map((s) => s.heading)).not.toContain(byline);
      expect(sections[0].kind).toBe("andet");
    }
    // a heading in capitals with a comma is no byline
    const md = ["# Skoleleder til Bakkeskolen", "", "## OPGAVER, ANSVAR OG KOMPETENCER", "", prose, "", "## Om dig", "", personProse].join("\n");
    expect(segment(normalise(readMarkdown(Buffer.from(md))).blocks).map((s) => s.heading)).toContain("OPGAVER, ANSVAR OG KOMPETENCER");
  });

  it("keeps the house's bare name and the firm's byline under the post's title in the title block ('**Skanderborg Kommune**', 'Rekrutteringsproces ved …')", () => {
    const md = ["# Job- og personprofil", "", "## Kultur- og fritidschef", "", "**Skanderborg Kommune**", "", "Rekrutteringsproces ved **Bøgelund & Krag Executive Search**", "", "Februar 2027", "", "---", "", "## Forord", "", prose].join("\n");
    const sections = segment(normalise(readMarkdown(Buffer.from(md))).blocks);
    expect(sections.map((s) => s.heading)).not.toContain("Skanderborg Kommune");
    expect(sections[0].kind).toBe("andet");
    expect(JSON.stringify(sections[0])).toContain("Februar 2027");
    // (over a paragraph on the kommune, the kommune's name heads the introduction)
    const headed = ["# Områdeleder til Ældreområdet", "", "## Aarhus Kommune", "", prose, "", "## Opgaver", "", prose].join("\n");
    expect(segment(normalise(readMarkdown(Buffer.from(headed))).blocks).map((s) => s.heading)).toContain("Aarhus Kommune");
  });
});

describe("'Om området', the area a chief heads", () => {
  it("leans to the introduction, weakly: the job's words under it still win", () => {
    const area = sectionsOf(["Jobprofil", "", prose, "", "Om området", "", "Borgerservice håndterer alt fra pas, kørekort og folkeregister til pension og boligstøtte, og området har 45 medarbejdere fordelt på to adresser i kommunen."].join("\n"));
    expect(area.map((s) => [s.heading, s.kind])).toContainEqual([expect.stringMatching(/^Om området/u), "indledning"]);
    const job = sectionsOf(["Om området", "", "Som skolechef refererer du til direktøren for Børn og Læring og indgår i direktørens ledergruppe, og du får ansvaret for budgettet og for skoleledernes udvikling."].join("\n"));
    expect(job[0].kind).toBe("jobprofil");
  });
});

describe("a lead-in clause over a list", () => {
  it("files the list under 'Vi leder efter en chef, der' as the person's, under a heading of the job", () => {
    const text = ["Dine opgaver", "Du får det faglige, personalemæssige og økonomiske ansvar for området og refererer til direktøren.", "", "Vi leder efter en chef, der", "- har erfaring med ledelse af ledere, gerne fra en politisk styret organisation", "- kan formidle komplekse forhold enkelt"].join("\n");
    expect(sectionsOf(text).find((s) => s.content.some((b) => "items" in b))?.kind).toBe("personprofil");
    // "Vi leder efter nye måder …" leads no person's list
    const ways = ["Om os", "Kommunen har 5.000 ansatte og et stærkt fællesskab på tværs af områderne.", "", "Vi leder efter nye måder at drive hjemmeplejen på:", "- flere selvstyrende teams", "- mere tid hos borgeren"].join("\n");
    expect(sectionsOf(ways).find((s) => s.content.some((b) => "items" in b))?.kind).not.toBe("personprofil");
  });
});

describe("blind sets 101-125: what a section's lines say of themselves", () => {
  const kindOf = (text: string, probe: string) =>
    sectionsOf(text).find((s) => [s.heading ?? "", ...[...s.content, ...s.subsections.flatMap((x) => [{ text: x.heading }, ...x.content])].map((b) => ("text" in b ? b.text : b.items.map((i) => i.text).join(" ")))].some((t) => t.includes(probe)))?.kind;
  const mdKindOf = (md: string, probe: string) =>
    segment(normalise(readMarkdown(Buffer.from(md))).blocks).find((s) => [...s.content, ...s.subsections.flatMap((x) => x.content)].some((b) => ("text" in b ? b.text : b.items.map((i) => i.text).join(" ")).includes(probe)))?.kind;

  it.each(["– Annelise Bruun, bestyrelsesformand", "– Jens Holm, adm. direktør"])("keeps a quote's attribution (%j) with the quote, whatever its own words say", (attribution) => {
    const text = ["JOBBET", "", prose, "", '"Vi har et stærkt hus. Nu har vi brug for en direktør, der både kan tænke stort og få hverdagen til at hænge sammen."', attribution, "", "DIG", "", personProse].join("\n");
    // the quote keeps the kind of the heading it stands under, and its attribution the quote's
    expect(kindOf(text, "Vi har et stærkt hus")).toBe("jobprofil");
    expect(kindOf(text, attribution.slice(2))).toBe("jobprofil");
  });

  it("attaches no line across a heading, and no contact line, to a quote", () => {
    const quote = '"Her bliver man hørt, og der er altid en kollega at spørge."';
    const acrossHeading = ["Om jobbet", prose, "", quote, "", "Løn og vilkår", "- Løn efter overenskomst og lederaftale", "", "Om dig", personProse].join("\n");
    expect(kindOf(acrossHeading, "Løn efter overenskomst og lederaftale")).toBe("vilkaar");
    const contact = ["Om jobbet", prose, "", `Vores motto: ${quote}`, "- Jens Holm, direktør, tlf. 40 12 34 56"].join("\n");
    expect(kindOf(contact, "Jens Holm, direktør, tlf.")).toBe("yderligere");
  });

  it("keeps an attribution under a Danish »…« quote with it", () => {
    const text = ["JOBBET", "", prose, "", "»Vi har et stærkt hus. Nu har vi brug for en direktør, der både kan tænke stort og få hverdagen til at hænge sammen.«", "– Annelise Bruun, bestyrelsesformand for Fonden", "", "DIG", "", personProse].join("\n");
    expect(kindOf(text, "Annelise Bruun, bestyrelsesformand for Fonden")).toBe("jobprofil");
  });

  it("takes a dash line after no quote for a list's item, of its own kind", () => {
    // a dash line after no quote is no attribution: a list's item keeps its own kind
    const list = [prose, "", "Ansættelsesudvalget består af:", "– Borgmester Anne Marie Kjeldsen", "– Kommunaldirektør Jens Holm"].join("\n");
    expect(kindOf(list, "Borgmester Anne Marie Kjeldsen")).toBe("ansaettelsesproces");
  });

  it("ends the heading above at a box of facts ('Nøglefakta'), whose lines each say their kind", () => {
    const text = ["Hvem leder vi efter?", personProse, "", "Nøglefakta", "• Stilling: Børne- og ungedirektør, medlem af direktionen", "• Reference: Kommunaldirektøren", "• Ansættelse: Kontraktansættelse; lønnen forhandles individuelt", "• Ansøgningsfrist: mandag 8. februar 2027 kl. 09.00"].join("\n");
    // the person's heading no longer holds the box's unlabelled lines
    expect(kindOf(text, "Reference: Kommunaldirektøren")).not.toBe("personprofil");
    expect(kindOf(text, "Ansættelse: Kontraktansættelse")).toBe("vilkaar");
    expect(kindOf(text, "Ansøgningsfrist: mandag")).toBe("ansaettelsesproces");
  });

  it.each([
    ["Om ministeriet og afdelingen", true],
    ["Om styrelsen", true],
    ["Fakta om skolen", true],
    // the post is no house
    ["Om stillingen", false],
    ["Om ministeriet og dine opgaver", false],
  ])("reads %j as presenting the house: %s", (heading, want) => {
    expect(ORGANISATION_HEADING.test(heading)).toBe(want);
  });

  it("files a sentence naming the place of work ('Arbejdsstedet er Vejle Rådhus, …') among the terms", () => {
    const text = ["Det praktiske:", "• Ansættelsen sker på kontrakt efter rammeaftalen om kontraktansættelse af chefer.", "• Arbejdsstedet er Vejle Rådhus, Skolegade 1, 7100 Vejle.", "• Ansøgningsfristen er søndag den 31. januar 2027 kl. 23.59."].join("\n");
    expect(kindOf(text, "Arbejdsstedet er Vejle Rådhus")).toBe("vilkaar");
  });

  it("reads a start written as a sentence in a terms paragraph ('Tiltrædelse 1. august 2027.') as a term, not a box's label", () => {
    const text = [prose, "", "Stillingen er tidsbegrænset til 31. juli 2028. Tiltrædelse 1. august 2027.", "", "Løn- og ansættelsesvilkår efter gældende overenskomst."].join("\n");
    expect(kindOf(text, "Tiltrædelse 1. august 2027.")).toBe("vilkaar");
  });

  it("keeps a byline under a banner and the post's title in the title block ('GENOPSLAG' / title / byline)", () => {
    const text = ["GENOPSLAG", "", "Leder til Bostøtten Midt", "Herning Kommune, Social og Sundhed – Socialpsykiatri og Udsatte", "", prose, "", "Hvad skal du?", prose].join("\n");
    expect(sectionsOf(text).map((s) => s.heading)).not.toContain("Herning Kommune, Social og Sundhed – Socialpsykiatri og Udsatte");
    expect(kindOf(text, "Herning Kommune, Social og Sundhed")).toBe("andet");
  });

  it("takes a post's title in capitals over a lone tagline ('– en faglig stærk leder, der …') for the title block", () => {
    const text = ["ROSKILDE KOMMUNE", "Sundhed og Omsorg", "", "LEDER AF GENOPTRÆNINGSENHEDEN", "– en faglig stærk leder, der vil bygge bro mellem hospital, kommune og borger", "", prose, "", "Om dig", personProse].join("\n");
    expect(kindOf(text, "LEDER AF GENOPTRÆNINGSENHEDEN")).toBe("andet");
    expect(kindOf(text, "en faglig stærk leder, der vil bygge bro")).toBe("andet");
  });

  it.each([
    ["Hvem drømmer vi om?", "personprofil"],
    ["Praktisk om stillingen", "vilkaar"],
    ["Det praktiske", "vilkaar"],
    ["Hvad kan du forvente af mig?", "vilkaar"],
  ])("knows the heading %j", (heading, kind) => {
    expect(classifyHeading(heading)?.kind).toBe(kind);
  });

  it("files a letter's closing and signature as the text's last lines apart from the process's heading above", () => {
    const text = ["Ansøgning og samtaler", "Ansøgningsfristen er mandag den 26. april 2027 kl. 12.00, og du søger via skolens hjemmeside.", "", "Jeg glæder mig til at læse din ansøgning.", "", "Med venlig hilsen", "", "Anders Holm Kjeldsen", "Rektor, Viborg Katedralskole"].join("\n");
    expect(kindOf(text, "Ansøgningsfristen er mandag")).toBe("ansaettelsesproces");
    expect(kindOf(text, "Rektor, Viborg Katedralskole")).toBe("andet");
  });

  it("reads 'Du får gode rammer' over the house's offer as the terms' lead-in, not the job's", () => {
    const md = ["## Du bliver leder for 45 dygtige medarbejdere", "", "Du får det faglige og personalemæssige ansvar for afdelingen og refererer til direktøren for Børn og Unge.", "", "## Du får gode rammer", "", "Vi har et fast lederudviklingsforløb for alle nye ledere i kommunen, og du får en mentor det første år."].join("\n");
    expect(mdKindOf(md, "Vi har et fast lederudviklingsforløb")).toBe("vilkaar");
    expect(mdKindOf(md, "Du får det faglige")).toBe("jobprofil");
  });

  it("files a workplace's fact line at the text's end as a term, by that line's own cue", () => {
    const tail = ["Om jobbet", prose, "", prose, "", "Om dig", personProse, "", "Løn: Efter overenskomst", "Arbejdssted: Jobcenter Faaborg-Midtfyn, Østre Ringvej 22, 5750 Ringe", "Frist: 5. marts 2027 kl. 12.00"].join("\n");
    expect(kindOf(tail, "Arbejdssted: Jobcenter Faaborg-Midtfyn")).toBe("vilkaar");
    const explain: { text: string; why: string[] }[] = [];
    segment(normalise(readText(Buffer.from(tail), "text")).blocks, { explain: explain as never });
    expect(explain.find((e) => e.text.startsWith("Arbejdssted:"))?.why.join(" ")).toContain("the workplace at the text's end");
  });

  it("files Jobnet's 'Jobnet ID' and its number as the page's", () => {
    const text = ["Om jobbet", prose, "", "Søg jobbet", "Ansøgningsfrist", "28.02.2027", "", "Jobnet ID", "6031485"].join("\n");
    expect(kindOf(text, "6031485")).toBe("andet");
  });

  it("reads 'Hele job- og personprofilen … finder du her:' as a pointer to more", () => {
    const md = ["## Om jobbet", "", prose, "", "Hele job- og personprofilen og linket til at søge finder du her:", "", "https://www.eksempel.dk/opgaver/2027-004"].join("\n");
    expect(mdKindOf(md, "Hele job- og personprofilen")).toBe("yderligere");
  });
});

describe("segment: the shapes of the fortieth blind sets", () => {
  const kindOf = (text: string, probe: string) =>
    sectionsOf(text).find((s) => [s.heading ?? "", ...[...s.content, ...s.subsections.flatMap((x) => [{ text: x.heading }, ...x.content])].map((b) => ("text" in b ? b.text : b.items.map((i) => i.text).join(" ")))].some((t) => t.includes(probe)))?.kind;

  it("keeps a short sentence that points back ('Det får du brug for.') with the one before it", () => {
    const md = [
      "### Om dig",
      "",
      "Du har en pædagogisk uddannelse og ledelseserfaring fra skole- eller fritidsområdet. Har du en masteruddannelse i ledelse, er det et plus.",
      "",
      "Vi forventer, at du:",
      "",
      "- er en tydelig og synlig leder",
      "- har styr på økonomi og budgetter",
      "",
      "Og så håber vi, at du har humor. Det får du brug for.",
      "",
      "### Om os",
      "",
      "Kommunen har ca. 56.000 indbyggere og ligger midt i landet, med fjord og skov lige uden for døren.",
    ].join("\n");
    const pieces = segment(normalise(readMarkdown(Buffer.from(md))).blocks).flatMap((s) => s.content.map((b) => ("text" in b ? b.text : "")));
    // one piece, not "Det får du brug for." filed apart by its own few words
    expect(pieces).toContain("Og så håber vi, at du har humor. Det får du brug for.");
  });

  it("reads a lead-in that sets a span of months ('inden for de første 12 til 18 måneder:') as the job's, whoever expects it", () => {
    const text = ["Om stillingen", prose, "", "Borgmester og kommunaldirektør forventer, at du inden for de første 12 til 18 måneder:", "• har skabt ro om sagsbehandlingen", "• har samlet centrets ledere om en fælles retning", "", "Om dig", personProse].join("\n");
    expect(kindOf(text, "har skabt ro om sagsbehandlingen")).toBe("jobprofil");
    const words = ["Om dig", personProse, "", "Bestyrelsen forventer, at du inden for de første fire år har:", "• samlet skolerne om en fælles retning", "• fået økonomien i balance", "", "Løn og vilkår", "Løn efter overenskomst."].join("\n");
    expect(kindOf(words, "fået økonomien i balance")).toBe("jobprofil");
  });

  it("leads a list in by a paragraph's last sentence, after the paragraph's run-in heading is split off", () => {
    const text = [
      "Om stillingen: Sektion for Lungekirurgi varetager hele regionens kirurgiske behandling af lungekræft. Sektionen har 40 medarbejdere. Som sektionsleder får du ansvaret for:",
      "• den daglige faglige ledelse af sektionens læger",
      "• planlægningen af operationsprogrammet",
      "",
      "Om dig",
      personProse,
    ].join("\n");
    const sections = sectionsOf(text);
    expect(sections.find((s) => s.heading === "Om stillingen")?.kind).toBe("jobprofil");
    expect(kindOf(text, "planlægningen af operationsprogrammet")).toBe("jobprofil");
  });

  it("reads a fact box after the prose as the text's end however many menu and share lines follow it", () => {
    const share = ["Søg job", "Del", "Facebook", "LinkedIn", "Mail", "Print", "Job i kommunen", "Kontakt", "Om kommunen", "Presse", "Cookies", "Tilgængelighed"];
    const head = ["Spring til hovedindhold", "Menu", "Borger", "Erhverv", "Politik", "Job", "Søg", "Forside / Job / Ledige stillinger", "Vejformand til Materielgården"];
    const text = [...head, prose, personProse, "Ansøgningsfrist: 07.03.2027", "Arbejdssted: Materielgården, Tietgensvej 9, 8600 Silkeborg", "Arbejdstid: 37 timer", "Løn: Efter overenskomst med 3F", ...share].join("\n");
    expect(kindOf(text, "Arbejdssted: Materielgården")).toBe("vilkaar");
  });

  it("files a file's name and type as an attachment, and a call to read one as further reading", () => {
    const text = ["Om jobbet", prose, "", "Løn og vilkår", "Løn efter overenskomst.", "", "Organisationsdiagram for Teknik og Miljø (PDF, 96 KB)", "", "Kommunens strategi 2027–2030 (PDF, 1,2 MB)"].join("\n");
    expect(kindOf(text, "Organisationsdiagram for Teknik og Miljø")).toBe("bilag");
    const read = ["Om jobbet", prose, "", "Løn og vilkår", "Løn efter overenskomst.", "", "Du kan læse hele job- og personprofilen her (PDF)"].join("\n");
    expect(kindOf(read, "Du kan læse hele job- og personprofilen")).toBe("yderligere");
    // a file's format named in a sentence is no link to a file
    const format = ["Om jobbet", prose, "", "Ansøgning", "Søg stillingen via linket nedenfor. Ansøgning og CV vedhæftes samlet i formatet .pdf"].join("\n");
    expect(kindOf(format, "Ansøgning og CV vedhæftes")).toBe("ansaettelsesproces");
  });

  it("files the place of work named by a definite noun and an address ('Arbejdsstedet er administrationen på …') among the terms", () => {
    const text = ["Ansættelsesforhold", "Ansættelsen sker på individuel kontrakt.", "", "Arbejdsstedet er administrationen på Kongensgade 112, 6700 Esbjerg."].join("\n");
    expect(kindOf(text, "Arbejdsstedet er administrationen")).toBe("vilkaar");
  });

  it("reads why a professorship is open as the introduction ('the current holder of the chair retires')", () => {
    const text = ["Professor of Danish Language", "", prose, "", "The professorship is vacant because the current holder of the chair retires at the end of the spring semester.", "", "Job description", prose].join("\n");
    expect(kindOf(text, "The professorship is vacant")).toBe("indledning");
  });

  it("keeps the post's title in the title block under a breadcrumb of arrows that names the post too", () => {
    const text = ["VIBORG KOMMUNE", "Job i Viborg Kommune > Ledelse > Vicekommunaldirektør", "", "Vicekommunaldirektør til Viborg Kommune", "", prose, "", "1. Om stillingen", prose].join("\n");
    expect(kindOf(text, "Vicekommunaldirektør til Viborg Kommune")).toBe("andet");
  });
});

const kindIn = (text: string, line: string) => sectionsOf(text).find((s) => [...s.content, ...s.subsections.flatMap((x) => x.content)].some((b) => "text" in b && b.text.includes(line)))?.kind;

describe("session 41: sections of a few more shapes", () => {
  const kindOf = (text: string, line: string) => sectionsOf(text).find((s) => [...s.content, ...s.subsections.flatMap((x) => x.content)].some((b) => "text" in b && b.text.includes(line)))?.kind;

  it("files a network's upsell as the page's", () => {
    const text = `Head of Finance\n\nKoldkær Fødevarer A/S · Herning\n\nGet AI-powered advice on this job and more exclusive features with Premium.\n\nAbout the job\n\n${prose}`;
    expect(kindOf(text, "AI-powered")).toBe("andet");
  });

  it("files a board's closing and its signer as the page's foot, not as a heading over the signer", () => {
    const text = `Friskoleleder\n\nOm os\n\n${prose}\n\nProceduren\n\nSamtaler holdes den 12. maj.\n\nPå bestyrelsens vegne\nKarina Holst Lauridsen, formand`;
    expect(outline(text).map((o) => o[1])).not.toContain("På bestyrelsens vegne");
  });

  it("files the paragraphs under a heading about posting the job again as the introduction", () => {
    const text = `Skoleleder (genopslag)\n\nStillingen slås op igen\n\nSiden efterårsferien har afdelingsleder Lene Bach Iversen været konstitueret skoleleder, og hun fortsætter i rollen, indtil den nye skoleleder er på plads.\n\nOm jobbet\n\n${prose}`;
    expect(kindOf(text, "Siden efterårsferien")).toBe("indledning");
  });

  it("keeps a table of key figures under its heading, its rows however many", () => {
    const rows = ["Indbyggere pr. 1. januar", "Areal (km²)", "Antal ansatte (årsværk)", "Bruttodriftsudgifter (mio. kr.)", "Anlægsudgifter, brutto (mio. kr.)", "Udskrivningsprocent"]
      .map((label, i) => `${label.padEnd(50)}${String(100 + i).padStart(8)}${String(110 + i).padStart(12)}`)
      .join("\n");
    const text = `Profil\n\n1. Kommunen\n\n${prose}\n\nTabel 1. Kommunens nøgletal\n\n${rows}\n\n2. Jobbet\n\n${prose}`;
    expect(kindOf(text, "Antal ansatte")).toBe("indledning");
  });
});

describe("session 41: headings of the house and lead-ins of the process", () => {
  it.each([
    ["Departementet og ministerområdet", { kind: "indledning", strength: "weak" }],
    ["Skolen og lokalsamfundet", { kind: "indledning", strength: "weak" }],
    ["Tabel 1. Kommunens nøgletal", { kind: "indledning", strength: "weak" }],
    ["Stillingen slås op igen", { kind: "indledning", strength: "weak" }],
  ])("classifyHeading(%j)", (heading, want) => {
    expect(classifyHeading(heading)).toEqual(want);
  });
  it("does not take 'Enheden og opgaverne' for the house's", () => {
    expect(classifyHeading("Enheden og opgaverne")?.kind).not.toBe("indledning");
  });
});

describe("session 41: a deadline's label for a reopened post", () => {
  it("files a 'Ny ansøgningsfrist:' line in the process, as a deadline's label", () => {
    const text = `Skoleleder\n\nOm jobbet\n\n${prose}\n\nPraktisk\n\nNy ansøgningsfrist: fredag den 5. marts 2027 kl. 12.00\nArbejdssted: Engbjerg Skole`;
    expect(kindIn(text, "Ny ansøgningsfrist")).toBe("ansaettelsesproces");
  });
});

describe("session 42: a teaser over the opening, a letter's signature as one block, a list of attachments", () => {
  const kindOf = (text: string, probe: string) => sectionsOf(text).find((s) => [...s.content, ...s.subsections.flatMap((x) => x.content)].some((b) => ("text" in b ? b.text : b.items.map((i) => i.text).join(" ")).includes(probe)))?.kind;
  it("files the scene under a teaser question, the first heading, as the introduction", () => {
    const md = [
      "# Leder af Musikskolen",
      "",
      "## Kan du få en hel musikskole til at spille sammen?",
      "",
      "Forestil dig en tirsdag eftermiddag i Ebeltoft: Blæserholdet øver i salen, og ude i gangen spørger en forælder, om man kan lære cello som 45-årig.",
      "",
      "## Hvad skal du lave?",
      "",
      prose,
      "",
      "## Hvem er du?",
      "",
      personProse,
    ].join("\n");
    const sections = segment(normalise(readMarkdown(Buffer.from(md))).blocks);
    expect(sections.find((s) => s.heading === "Kan du få en hel musikskole til at spille sammen?")?.kind).toBe("indledning");
  });
  it("leaves a teaser that is not the first heading to its words", () => {
    const md = ["# Leder af Musikskolen", "", "## Om os", "", prose, "", "## Er du vores nye leder?", "", personProse].join("\n");
    const sections = segment(normalise(readMarkdown(Buffer.from(md))).blocks);
    expect(sections.find((s) => s.heading === "Er du vores nye leder?")?.kind).toBe("personprofil");
  });
  it("files a signature set as one block under the closing as the letter's", () => {
    const text = `Skoleleder\n\n${prose}\n\nVi håber at høre fra dig.\n\nMed venlig hilsen\n\nHenrik Vestergård Lund\nFormand for bestyrelsen\nBøgeskov Friskole\nSkovvej 8, Bøgeskov, 7323 Give\nwww.boegeskovfriskole.dk`;
    expect(kindOf(text, "Formand for bestyrelsen")).toBe("andet");
  });
  it("files the paragraphs under 'Vi slår stillingen op igen' as the introduction", () => {
    const text = `Forebyggelseschef\n\nVi slår stillingen op igen\n\nStillingen blev første gang slået op i januar med frist den 7. februar 2027, men vi fandt ikke den profil, vi ledte efter.\n\nOpgaverne\n\n${prose}`;
    expect(kindOf(text, "Stillingen blev første gang")).toBe("indledning");
  });
  it("keeps the last line of a list of attachments in the list, over the next page's heading", () => {
    const text = `Profil\n\n1. Jobbet\n\n${prose}\n\nBilag\nBilag 1: Regionens budget 2027 (resumé)\nBilag 2: Direktionens strategiske pejlemærker 2027–2030\n\fOm Hvidkilde Executive Search\nHvidkilde Executive Search rådgiver offentlige og private organisationer i rekruttering af topledere.`;
    expect(outline(text).map((o) => o[1])).not.toContain("Bilag 2: Direktionens strategiske pejlemærker 2027–2030");
    expect(kindOf(text, "Bilag 2: Direktionens")).toBe("bilag");
  });
  it.each([
    ["Baggrunden", "indledning"],
    ["Who you are", "personprofil"],
    ["What you bring", "personprofil"],
    ["Vi slår stillingen op igen", "indledning"],
  ])("classifyHeading(%j) is %s", (heading, kind) => {
    expect(classifyHeading(heading)?.kind).toBe(kind);
  });
});

describe("session 42: a title under the page's menu, a person's card over the house's, the house in figures", () => {
  it("keeps the post's title under a menu and a breadcrumb in the title block", () => {
    const text =
      "Gå til indhold\nBeskæftigelsesministeriet\nSøg\nMenu\nForside\nArbejdsområder\nNyheder\nJob\n\nForside  /  Job  /  Chefkonsulent\n\nChefkonsulent/specialkonsulent til Kontor for Ydelser og Analyse\n\n" +
      `${prose}\n\nDine opgaver\n\n${prose}`;
    expect(outline(text).map((o) => o[1])).not.toContain("Chefkonsulent/specialkonsulent til Kontor for Ydelser og Analyse");
    expect(sectionsOf(text).find((s) => s.content.some((b) => "text" in b && b.text.includes("Chefkonsulent/specialkonsulent")))?.kind).toBe("andet");
  });
  it("keeps a person's own mail line apart from the house's card under it", () => {
    const md = ["# Regionschef", "", prose, "", "## Vil du vide mere?", "", "**Ulrik Fogh**, regionschef i Syddanmark", "Tlf. 22 18 47 19 · uf@naerenetvaerk.dk", "", "*Landsforeningen Nære Netværk · Vindegade 74 · 5000 Odense C · CVR 31 84 22 57*"].join("\n");
    const texts = segment(normalise(readMarkdown(Buffer.from(md))).blocks).flatMap((s) => [...s.content, ...s.subsections.flatMap((x) => x.content)]).map((b) => ("text" in b ? b.text : ""));
    expect(texts).toContain("Tlf. 22 18 47 19 · uf@naerenetvaerk.dk");
  });
  it("classifies 'Kommunen i tal' as the introduction's", () => {
    expect(classifyHeading("2. Kommunen i tal")).toEqual({ kind: "indledning", strength: "weak" });
  });
});

describe("session 42 review: wrapped prose under a closing, an attachment's own heading after the list", () => {
  const kindOf = (text: string, probe: string) => sectionsOf(text).find((s) => [...s.content, ...s.subsections.flatMap((x) => x.content)].some((b) => ("text" in b ? b.text : b.items.map((i) => i.text).join(" ")).includes(probe)))?.kind;
  it("files a wrapped sentence under a closing by its words, no signature", () => {
    const text = `Skoleleder\n\nOm jobbet\n\n${prose}\n\nMed venlig hilsen\n\nSamtaler holdes på skolen den 10. og 11. marts 2027, og\nvi forventer tiltrædelse 1. august 2027`;
    expect(kindOf(text, "Samtaler holdes på skolen")).not.toBe("andet");
  });
  it("keeps an attachment's heading on the next page, after the list of attachments", () => {
    const text = `Profil\n\n1. Jobbet\n\n${prose}\n\nBilag\nBilag 1: Organisationsdiagram\nBilag 2: Nøgletal\n\fBilag 1: Organisationsdiagram\n\nKommunaldirektør\nDirektør for Børn og Unge`;
    expect(outline(text).map((o) => o[1])).toContain("Bilag 1: Organisationsdiagram");
  });
});

describe("session 43: a sub-heading's list done, its section's heading again; a lead-in on what the job means", () => {
  const kindOf = (md: string, probe: string) =>
    segment(normalise(readMarkdown(Buffer.from(md))).blocks).find((s) => [...s.content, ...s.subsections.flatMap((x) => x.content)].some((b) => ("text" in b ? b.text : b.items.map((i) => i.text).join(" ")).includes(probe)))?.kind;
  const head = ["# Afdelingsleder til Skovbrynet", "", "## Hvem er vi?", "", prose, ""];
  it("files the prose after a sub-heading's list under the section's heading, both the person's", () => {
    const md = [...head, "## Er det dig, vi leder efter?", "", "Det er det, hvis du", "", "- er uddannet pædagog eller sygeplejerske", "- har nogle års erfaring fra handicapområdet", "", "Du skal have kørekort, for du kommer en gang imellem til at køre mellem vores huse og rådhuset.", ""].join("\n");
    expect(kindOf(md, "Du skal have kørekort")).toBe("personprofil");
  });
  it("does not hand the prose back to a job's heading after a lead-in that turned to the person", () => {
    const md = [...head, "## Dine opgaver", "", prose, "", "Vi forventer, at du:", "", "- har en teknisk uddannelse", "- har ledet medarbejdere før", "", "Det er en fordel, hvis du kender til CTS-anlæg og energistyring, men det vigtigste er, at du er nysgerrig.", ""].join("\n");
    expect(kindOf(md, "Det er en fordel, hvis du kender")).toBe("personprofil");
  });
  it("files the list under 'Konkret betyder det, at du:' after a sentence on the person as the person's", () => {
    const md = [...head, "## Vores forventninger", "", "Vi ønsker en leder med erfaring. Konkret betyder det, at du:", "", "- er nysgerrig og tydelig i din kommunikation", "- har erfaring med personaleledelse", "", "## Hvem er du?", "", personProse, ""].join("\n");
    expect(kindOf(md, "er nysgerrig og tydelig")).toBe("personprofil");
  });
  it("files the list under 'Konkret betyder det, at du:' as the job's", () => {
    const md = [...head, "## Hvad kommer du til at lave?", "", "Du bliver daglig leder af to boenheder. Konkret betyder det, at du:", "", "- lægger vagtplaner og holder øje med timerne, så budgettet hænger sammen", "- samarbejder med pårørende, værger og kommunens visitation", "", "## Hvem er du?", "", personProse, ""].join("\n");
    expect(kindOf(md, "lægger vagtplaner")).toBe("jobprofil");
  });
  it("files the list under 'Det betyder blandt andet, at du:' after the post's responsibility as the job's", () => {
    const md = [...head, "## Din nye hverdag", "", "Du får det samlede ansvar for centret, og du bliver den, der sætter retningen. Det betyder blandt andet, at du:", "", "- leder og udvikler medarbejderne gennem to koordinatorer", "- styrer et budget på ca. 21 mio. kr.", "", "## Hvem er du?", "", personProse, ""].join("\n");
    expect(kindOf(md, "leder og udvikler medarbejderne")).toBe("jobprofil");
  });
});

describe("session 43: a firm's headline over the post it seeks for another", () => {
  it("keeps 'X søger på vegne af Y' in the cover's title block, no section's heading", () => {
    const text = ["Brandt & Holm Rekruttering søger på vegne af Skovgaard Fødevarer A/S", "", "PRODUKTIONSLEDER", "Sunds ved Herning · Fuldtid", "", "Vil du stå i spidsen for 85 dygtige kolleger i en produktion, der vokser?", "", "Virksomheden", "", prose].join("\n");
    expect(outline(text)[0]).toEqual(["andet", null, []]);
    expect(outline(text).map((s) => s[1])).not.toContain("Brandt & Holm Rekruttering søger på vegne af Skovgaard Fødevarer A/S");
  });
});

describe("session 44: a lead-in's list done, a lead-in that names the job, a box's lines no run-in heading", () => {
  const kindOf = (md: string, probe: string) =>
    segment(normalise(readMarkdown(Buffer.from(md))).blocks).find((s) => [...s.content, ...s.subsections.flatMap((x) => x.content)].some((b) => ("text" in b ? b.text : b.items.map((i) => i.text).join(" ")).includes(probe)))?.kind;
  it("ends 'Du har' at the end of its list: the terms and the process after it are their own", () => {
    const text = `Socialchef\n\nStillingen\n${prose}\n\nDu har\n- en relevant videregående uddannelse\n- flere års ledelseserfaring\nLøn- og ansættelsesvilkår fastsættes efter aftale om aflønning af chefer i kommunerne. Der vil være mulighed for at forhandle et resultatlønstillæg.\nAnsøgningsfristen er fredag den 12. marts 2027 kl. 12.00. Vi holder 1. samtalerunde tirsdag den 23. marts.\n`;
    const kindOfText = (probe: string) => sectionsOf(text).find((s) => [...s.content, ...s.subsections.flatMap((x) => x.content)].some((b) => ("text" in b ? b.text : b.items.map((i) => i.text).join(" ")).includes(probe)))?.kind;
    expect(kindOfText("en relevant videregående uddannelse")).toBe("personprofil");
    expect(kindOfText("Løn- og ansættelsesvilkår fastsættes")).toBe("vilkaar");
    expect(kindOfText("Vi holder 1. samtalerunde")).toBe("ansaettelsesproces");
  });
  it("files a list under 'har et særligt ansvar for:' as the job's, whatever the 'Du er' before it", () => {
    const md = ["# Viceskoleleder", "", "## Stillingen", "", "Som viceskoleleder indgår du i skolens ledelsesteam. Du er skolelederens stedfortræder og har et særligt ansvar for:", "", "- skolens planlægning, skemalægning og opgaveoversigter", "- den daglige personaleledelse af udskolingens team", ""].join("\n");
    expect(kindOf(md, "skolens planlægning, skemalægning")).toBe("jobprofil");
  });
  it("lets the list's words decide under 'Vi forventer, at du:' beneath the job's heading", () => {
    const md = ["# Leder af PPR", "", "## Hvad kommer du til at lave?", "", prose, "", "Vi forventer, at du:", "", "- sætter en tydelig faglig retning for PPR og omsætter den politiske indsats", "- styrer et budget på ca. 24 mio. kr. sikkert og gennemskueligt", "", "## Hvem er du?", "", personProse, ""].join("\n");
    expect(kindOf(md, "styrer et budget")).toBe("jobprofil");
  });
  it("files what the first hundred days are to bring as the job's", () => {
    const md = ["# Sundhedschef", "", "## Forventninger", "", "I de første 100 dage forventer vi, at du bruger tid på at lære området at kende. Vi forventer, at du:", "", "- har mødt alle enheder på sundhedsområdet og været med ude i driften", "- har sat dig grundigt ind i budgettet", "", "## Hvem er du?", "", personProse, ""].join("\n");
    expect(kindOf(md, "har mødt alle enheder")).toBe("jobprofil");
  });
  it("keeps a fact box's lines apart: no run-in heading reaches over a line's end", () => {
    const md = ["# Ledende sygeplejerske", "", "**Ansøgningsfrist:** 24.05.2027  ", "**Arbejdssted:** Sjællands Universitetshospital, Lykkebækvej 1, 4600 Køge  ", "**Stillingstype:** Fast, fuldtid (37 timer)", "", prose, "", "## Om afsnittet", "", prose, "", "## Du får:", "", "- det faglige, personalemæssige og økonomiske ansvar for sengeafsnittet", "- ansvaret for vagtplanlægning, budget og rekruttering i afsnittet", ""].join("\n");
    const headings = segment(normalise(readMarkdown(Buffer.from(md))).blocks).map((x) => x.heading);
    expect(headings.filter((h) => h?.includes("Arbejdssted"))).toEqual([]);
    expect(kindOf(md, "ansvaret for vagtplanlægning")).toBe("jobprofil");
  });
  it.each(["Det får du ansvaret for", "Det får du ansvar for", "Det bliver du ansvarlig for", "Det skal du stå for"])("knows %j as the job's strong heading", (h) => {
    expect(classifyHeading(h)).toEqual({ kind: "jobprofil", strength: "strong" });
  });
});

describe("session 45: 'Vi forventer, at du:' under the job's heading, over what the person has and is", () => {
  const kindOf = (md: string, probe: string) =>
    segment(normalise(readMarkdown(Buffer.from(md))).blocks).find((s) => [...s.content, ...s.subsections.flatMap((x) => x.content)].some((b) => ("text" in b ? b.text : b.items.map((i) => i.text).join(" ")).includes(probe)))?.kind;
  const md = (items: string[]) =>
    ["## Hvad skal du lave?", "", "Du får ansvaret for den daglige drift af kantinen og leder et team på fire. Dine opgaver bliver bl.a.:", "", "- planlægning af menu med en varm ret og en salatbar hver dag", "- indkøb, varebestilling og budgetopfølgning", "", "Vi forventer, at du:", "", ...items.map((i) => `- ${i}`), ""].join("\n");
  it("files a list of qualifications as the person's", () => {
    const text = md(["er uddannet kok eller ernæringsassistent", "har erfaring med ledelse af et storkøkken", "kan holde styr på økonomien uden at gå på kompromis med smagen", "er glad for at snakke med folk"]);
    expect(kindOf(text, "kan holde styr på økonomien")).toBe("personprofil");
  });
  it("leaves a list of the post's remit to its words, however it opens", () => {
    const text = md(["er den daglige leder af køkkenet og dets 22 medarbejdere", "er tovholder på menuplanen og indkøbet", "har den daglige kontakt til plejecentrene og visitationen", "har personaleansvaret for fire medarbejdere"]);
    expect(kindOf(text, "er tovholder på menuplanen")).toBe("jobprofil");
  });
});

describe("session 45: what the holder must know and have", () => {
  it.each(["Det skal du kunne", "Det skal du have med", "Hvad skal du kunne?"])("classifies %j as the person's", (h) => {
    expect(classifyHeading(h)?.kind).toBe("personprofil");
  });
});

describe("session 44: the house's values", () => {
  it.each(["Vores værdier", "Skolens værdier", "Værdigrundlag"])("classifies %j as the introduction's", (h) => {
    expect(classifyHeading(h)?.kind).toBe("indledning");
  });
});

describe("session 44 review: what stays the person's and the terms'", () => {
  const kindOf = (md: string, probe: string) =>
    segment(normalise(readMarkdown(Buffer.from(md))).blocks).find((s) => [...s.content, ...s.subsections.flatMap((x) => x.content)].some((b) => ("text" in b ? b.text : b.items.map((i) => i.text).join(" ")).includes(probe)))?.kind;
  const head = ["# Afdelingsleder", "", "## Om stillingen", "", prose, ""];
  it("keeps a person's past responsibilities the person's", () => {
    const md = [...head, "## Om dig", "", "Vi forestiller os, at du tidligere har haft ansvar for:", "", "- personaleledelse af en større medarbejdergruppe", "- budget og økonomistyring", ""].join("\n");
    expect(kindOf(md, "personaleledelse af en større")).toBe("personprofil");
  });
  it("keeps the terms after a 'Du får' list the terms'", () => {
    const text = `Afdelingsleder\n\nOm stillingen\n${prose}\n\nDu får\n- en god løn og pension\n- fleksible arbejdstider\nHertil kommer en grundig introduktion og en mentor det første halve år, og du får frokostordning og fri parkering.\n`;
    const kindOfText = (probe: string) => sectionsOf(text).find((s) => [...s.content, ...s.subsections.flatMap((x) => x.content)].some((b) => ("text" in b ? b.text : b.items.map((i) => i.text).join(" ")).includes(probe)))?.kind;
    expect(kindOfText("Hertil kommer en grundig introduktion")).toBe("vilkaar");
  });
  it("reads no task into what the first months give", () => {
    const md = [...head, "## Om dig", "", "Du får en grundig introduktion, og de første tre måneder har du en fast mentor. Vi forventer, at du:", "", "- er uddannet sygeplejerske", "- har ledelseserfaring", ""].join("\n");
    expect(kindOf(md, "er uddannet sygeplejerske")).toBe("personprofil");
  });
});
