import { describe, expect, it } from "vitest";
import { extractHeader, headLines } from "../../src/extract/header.js";
import { parseProfile } from "../../src/pipeline.js";
import { CONSULTANCIES } from "../../src/vocabulary/consultancies.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers.js";

const body = Array.from({ length: 4 }, () => "Kommunen er en attraktiv arbejdsplads med mange dygtige medarbejdere, og der er gode muligheder for udvikling.").join(" ");
const header = async (text: string) => {
  const { record } = await parseProfile(Buffer.from(text), { path: "x.txt" });
  return { kind: record.kind, title: record.title, employer: record.employer, consultancy: record.consultancy };
};

describe("headLines", () => {
  it("reads a line a narrow box wrapped with the line it wraps from, and a line that merely follows apart", () => {
    const lines = [
      { text: "Dekan for Det Naturvidenskabelige", line: 1, page: 1 },
      { text: "Fakultet", line: 2, page: 1, flow: "wraps" as const },
      { text: "Stillings- og personprofil", line: 3, page: 1 },
    ];
    expect(headLines(lines, true)).toEqual(["Dekan for Det Naturvidenskabelige Fakultet", "Stillings- og personprofil"]);
    expect(headLines(lines)).toEqual(["Dekan for Det Naturvidenskabelige", "Fakultet", "Stillings- og personprofil"]);
  });
  it("takes no list item for a line of the head, however short", () => {
    const lines = ["# Bibliotekschef til Svendborg Bibliotekerne", "Bøger er kun begyndelsen", "- udvikle partnerskaber med skoler, foreninger, Svendborg Museum og det lokale erhvervsliv", "- lede 24 medarbejdere"].map((text, i) => ({ text, line: i + 1, page: 1 }));
    expect(headLines(lines)).toEqual(["Bibliotekschef til Svendborg Bibliotekerne", "Bøger er kun begyndelsen"]);
  });
});

describe("extractHeader", () => {
  it.each([
    [`Job- og personprofil\n\nDirektør for Teknik og Miljø\n\nSkanderborg Kommune\n\nJanuar 2025\n\nIndledning\n\n${body}`, "Direktør for Teknik og Miljø", "Skanderborg Kommune"],
    [`Genopslag\nHøje-Taastrup Kommune\nJob- og personprofil for direktør\nmed ansvar for økonomi, borger-\nservice og HR\n\n1. Baggrund\n\n${body}`, "Direktør med ansvar for økonomi, borgerservice og HR", "Høje-Taastrup Kommune"],
    [`VIBORG\nKOMMUNE\n\nJob- og personprofil\nChef for Stabs- og\nByrådssekretariatet\nJuni 2026\n\nIndledning\n\n${body}`, "Chef for Stabs- og Byrådssekretariatet", "Viborg Kommune"],
    [`Direktør for Børn og Unge i Billund Kommune\n\nFlyvefærdig direktør\n\n${body}`, "Direktør for Børn og Unge", "Billund Kommune"],
    [`Indledning\n\nBillund Kommune søger ny kommunaldirektør. ${body}`, "Kommunaldirektør", "Billund Kommune"],
    [`Indledning\n\nRegion Midtjylland søger en ny HR-chef til koncernstaben. ${body} Region Midtjylland er stor.`, "HR-chef", "Region Midtjylland"],
  ])("title and employer of %#", async (text, title, employer) => {
    expect(await header(text)).toMatchObject({ title, employer });
  });

  it.each([
    ["Kommunen har nedsat et ansættelsesudvalg, der med hjælp fra Genitor gennemfører processen.", "Genitor"],
    ["Ansøgningen sendes via www.lundgaard-konsulenterne.dk senest fredag.", "Lundgaard Konsulenterne"],
    ["Kontakt chef for KL’s Konsulentvirksomhed, KLIK, Bente Buhl Rasmussen.", "KL's Konsulentvirksomhed"],
    ["Processen gennemføres med hjælp fra Rekrutteringshuset Nord. Kontakt partner i Rekrutteringshuset Nord Anne Hansen.", "Rekrutteringshuset Nord"],
    ["Kontakt partner i Rekrutteringshuset Anne Hansen på tlf. 1234 5678.", "Rekrutteringshuset"],
    ["Kontakt kommunaldirektøren på tlf. 1234 5678.", null],
    // a firm that assists, offers a confidential talk, gives the tests' feedback
    ["Profilen er udarbejdet af kommunen i samarbejde med Bach & Friis Executive, som bistår med rekrutteringen.", "Bach & Friis Executive"],
    ["Du er meget velkommen til at kontakte Bach & Friis Executive for en fortrolig samtale om stillingen.", "Bach & Friis Executive"],
    ["Inden anden samtale gennemfører kandidaterne en Garuda-profil og en feedbacksamtale med Holmsgaard & Lind.", "Holmsgaard & Lind"],
    ["Kandidaterne gennemfører en personlighedstest med personlig tilbagemelding fra Perspektiv Rekruttering.", "Perspektiv Rekruttering"],
    ["Ansøgningsfrist: 8. marts 2027\nRekrutteringskonsulent: Lindholm & Partnere\nTiltrædelse: 1. maj 2027", "Lindholm & Partnere"],
    ["Rekrutteringskonsulent: Mette Holm", null],
    // feedback from a house is no firm's
    ["Du får en skriftlig tilbagemelding fra Viborg Kommune, når udvalget har truffet sit valg.", null],
    ["The recruitment process is handled by Lindqvist & Bay Executive Search.", "Lindqvist & Bay Executive Search"],
    ["The university is assisted in the recruitment by Kragh & Lund Executive Search.", "Kragh & Lund Executive Search"],
    // a firm named for what it does, in one compound word; and a contact line's capitalised "Partner"
    ["Profilen er udarbejdet af Kragelund Ledelsesrekruttering. Kontakt partner Mikkel Raahauge.", "Kragelund Ledelsesrekruttering"],
    ["Recruitment consultant: Partner Lise Kragh, Kragh & Lund Executive Search, tel. +45 40 12 88 31.", "Kragh & Lund Executive Search"],
    // a firm the house has asked to help; a signature's title over its firm, a line each
    ["Vi har bedt Signe Kappel fra Kappel Search om at hjælpe os med rekrutteringen.", "Kappel Search"],
    ["Med venlig hilsen\n\nMette Kjærsgaard\nPartner\nAagaard & Winther Rekruttering\nMobil: 40 18 27 55", "Aagaard & Winther Rekruttering"],
    // a person offers a confidential talk too, and is no firm
    ["Du er velkommen til at kontakte Mette Holm for en fortrolig samtale.", null],
    // a foundation's money, no firm's help
    ["Vi gennemfører helhedsplaner i to afdelinger med støtte fra Landsbyggefonden.", null],
  ])("consultancy in %j", async (sentence, consultancy) => {
    expect((await header(`Indledning\n\nFavrskov Kommune søger en direktør. ${body}\n\n${sentence}`)).consultancy).toBe(consultancy);
  });

  it("reads the post from a breadcrumb dropped as furniture, past a menu and a cookie banner", async () => {
    const page = [
      "Gå til indhold", "Region Sjælland logo", "Søg job", "Elever og studerende", "Arbejdspladser", "Kontakt",
      "Denne hjemmeside anvender cookies. Ved at klikke OK accepterer du brugen af cookies til statistik og markedsføring.",
      "Forside / Job / Sygeplejersker / Afdelingssygeplejerske", "Afdelingssygeplejerske til Akutmodtagelsen i Køge", "", body,
    ].join("\n");
    expect((await header(page)).title).toBe("Afdelingssygeplejerske");
  });

  it("reads the type from a running header after its page number", () => {
    const input = { sections: [], units: [], lines: [], dropped: [{ text: "2 / 4 Position profile — Museumsdirektør, Museum Midtjylland", reason: "running-header" as const, position: null }] };
    expect(extractHeader(input as unknown as Parameters<typeof extractHeader>[0]).kind).toBe("profile");
  });

  it("reads the type from a running header", () => {
    const input = { sections: [], units: [], lines: [], dropped: [{ text: "Favrskov Kommune · Job- og personprofil", reason: "running-header" as const, position: null }] };
    expect(extractHeader(input as unknown as Parameters<typeof extractHeader>[0]).kind).toBe("profile");
    expect(extractHeader({ ...input, dropped: [] } as unknown as Parameters<typeof extractHeader>[0]).kind).toBe("advertisement");
  });

  it("tells a short advertisement from a profile", async () => {
    expect((await header(`Direktør\n\n${body}`)).kind).toBe("advertisement");
    expect((await header(`Job- og personprofil\n\nDirektør\n\nIndledning\n\n${body}`)).kind).toBe("profile");
  });

  const long = Array.from({ length: 20 }, () => body).join("\n\n");
  it.each([
    // the document's own name, wherever it stands
    ["names itself in the text", `Skolechef\n\n1. Indledning\n\nDenne job- og personprofil beskriver stillingen. ${body}\n\n2. Stillingen\n\n${body}`, "profile"],
    ["names itself a stillings- og personprofil", `Prodekan\n\nIndledning\n\nNærværende stillings- og personprofil er skrevet til ansøgerne. ${body}`, "profile"],
    ["says the profile was written", `Direktør\n\nIndledning\n\nJob- og personprofilen er udarbejdet af ansættelsesudvalget. ${body}`, "profile"],
    ["has the type on its cover", `Stillings- og personprofil\n\nInstitutleder\n\nIndledning\n\n${body}`, "profile"],
    ["is headed Stillingsprofil", `# Stillingsprofil\n\n## Rektor for Roskilde Katedralskole\n\n### 1 · Skolen\n\n${body}`, "profile"],
    ["has numbered chapters over 500 words", `Kontorchef\n\n1. Baggrund\n\n${body} ${body} ${body}\n\n2. Opgaverne\n\n${body} ${body} ${body}\n\n3. Personen\n\n${body} ${body} ${body}`, "profile"],
    ["is long", `Direktør\n\nIndledning\n\n${long}`, "profile"],
    ["gives its type beside a date on its cover", `NORDAHL EXECUTIVE\nJobprofil · August 2026\nAdministrerende direktør\n\n${body}`, "profile"],
    ["gives its type in letter-spaced capitals", `P O S I T I O N P R O F I L E\nMuseumsdirektør\n\n${body}`, "profile"],
    // "læse" holds no "se": the page that says its reader can read the profile on it is the profile
    ["says the page holds the profile", `Job- og personprofil: Chef for Sundhed og Omsorg\n\nPå denne side kan du læse hele job- og personprofilen. ${body}`, "profile"],
    // an advertisement, even one that names the profile it links to
    ["links to its profile", `Skolechef\n\nVejle Kommune søger en skolechef. ${body}\n\nLæs hele job- og personprofilen her.`, "advertisement"],
    ["links to the uddybende profile, however long", `Direktør\n\nIndledning\n\n${long}\n\nSe den uddybende job- og personprofil på vores hjemmeside.`, "advertisement"],
    ["says the profile can be downloaded", `Økonomichef\n\n${body}\n\nJob- og personprofilen kan hentes på kommunens hjemmeside.`, "advertisement"],
    ["says its reader can read the profile elsewhere", `Økonomichef\n\n${body}\n\nDu kan læse hele job- og personprofilen på kommunens hjemmeside.`, "advertisement"],
    ["calls itself a stillingsopslag", `Stillingsopslag\n\nControllere\n\n${body}`, "advertisement"],
    ["is short", `Sygeplejerske til Akutmodtagelsen\n\n${body}`, "advertisement"],
    // a re-posted ad, and an ad written in English that does not call itself a profile
    ["is a re-post", `GENOPSLAG\n\nSkoleleder til Løgstør Skole\n\nIndledning\n\n${long}`, "advertisement"],
    ["is written in English", `Head of Bioinformatics\n\nAbout us\n\n${Array.from({ length: 30 }, () => "Our section works with the genomes of bacteria and viruses, and you will lead the team of the section with the support of our department.").join(" ")}`, "advertisement"],
    // a posting's fact box heads it: an ad, however long
    ["opens with a posting's fact box", `Sektionsleder til Sektion for Kystøkologi\n\nAnsøgningsfrist: 15. april 2027 kl. 23:59\nArbejdssted: Aarhus C\nAnsættelsesform: Fuldtid, fast stilling\n\nIndledning\n\n${long}`, "advertisement"],
    ["links to its profile as a file", `Museumsinspektør\nJobprofil – museumsinspektør, arkæologi (PDF, 212 KB) Download\n\n${body}`, "advertisement"],
    ["has a section headed Jobprofil", `Skoleleder\nJobprofil\n\n${body}`, "advertisement"],
    // under a thousand words, the three core sections make a profile, unless the text offers the applicant its terms
    ["has the three core sections over 600 words", `Driftschef\n\nJobprofil\n\n${body} ${body} ${body} ${body}\n\nPersonprofil\n\n${body} ${body} ${body} ${body}\n\nAnsættelsesproces\n\n${body} ${body} ${body}`, "profile"],
    ["has the three core sections and tells what you get", `Driftschef\n\nJobprofil\n\n${body} ${body} ${body} ${body}\n\nPersonprofil\n\n${body} ${body} ${body} ${body}\n\nHvad du får\n\n${body}\n\nAnsættelsesproces\n\n${body} ${body} ${body}`, "advertisement"],
    ["has the three core sections and tells what we offer", `Driftschef\n\nJobprofil\n\n${body} ${body} ${body} ${body}\n\nPersonprofil\n\n${body} ${body} ${body} ${body}\n\nHvad tilbyder vi?\n\n${body}\n\nAnsættelsesproces\n\n${body} ${body} ${body}`, "advertisement"],
    ["heads its core sections with a posting's particulars and its number", `Vicedirektør til Holbæk Sygehus\n\nRegion Sjælland | Holbæk Sygehus | Fuldtid | Kontraktansættelse\nJob-ID: 2027-0318-HS\n\nJobprofil\n\n${body} ${body} ${body} ${body}\n\nPersonprofil\n\n${body} ${body} ${body} ${body}\n\nAnsættelsesproces\n\n${body} ${body} ${body}`, "advertisement"],
    ["has the three core sections under a headline that seeks the post", `ULVEDAL HØJSKOLE SØGER NY FORSTANDER\n\nJobprofil\n\n${body} ${body} ${body} ${body}\n\nPersonprofil\n\n${body} ${body} ${body} ${body}\n\nAnsættelsesproces\n\n${body} ${body} ${body}`, "advertisement"],
    ["tells what we offer in two languages", `Driftschef\n\nJobprofil\n\n${body} ${body} ${body} ${body}\n\nPersonprofil\n\n${body} ${body} ${body} ${body}\n\nWhat we offer / Det tilbyder vi\n\n${body}\n\nAnsættelsesproces\n\n${body} ${body} ${body}`, "advertisement"],
    // an ad given twice, announced at its top: as long as one of its halves
    ["gives its ad in two languages, the second announced at the top", `Sektionsleder\n\nEnglish version below.\n\nIndledning\n\n${Array.from({ length: 10 }, () => body).join("\n\n")}\n\n## English version\n\n${Array.from({ length: 10 }, () => body).join("\n\n")}`, "advertisement"],
    ["names itself a job and person profile in English", `Job and person profile\n\nChief Executive Officer\n\n1. Introduction\n\n${body}`, "profile"],
    ["has the same chapters without numbers", `Kontorchef\n\nBaggrund\n\n${body} ${body} ${body}\n\nOpgaverne\n\n${body} ${body} ${body}\n\nPersonen\n\n${body} ${body} ${body}`, "advertisement"],
    // a web page is an ad however long, unless it names itself a profile
    ["is a long page copied from a browser", `Gå til hovedindhold\nForside > Job > Direktør\n\nDirektør\n\nIndledning\n\n${long}\n\nDel på LinkedIn`, "advertisement"],
    // a printed profile may end with the firm's address a detail to a line: no browser's page for that
    ["is long and ends with an address a detail to a line", `Direktør\n\nIndledning\n\n${long}\n\nGenitor A/S\nStrandvejen 100\n2900 Hellerup\nTlf. 3946 0000`, "profile"],
    ["is a page copied from a browser that names itself", `Gå til hovedindhold\n\nDirektør\n\nDenne job- og personprofil beskriver stillingen. ${long}`, "profile"],
  ])("a document that %s", async (_what, text, kind) => {
    expect((await header(text)).kind).toBe(kind);
  });

  it.each([
    [`<html><body><h1>Direktør</h1><h2>Indledning</h2><p>${long}</p></body></html>`, "advertisement"],
    [`<html><body><h1>Job- og personprofil</h1><h2>Direktør</h2><p>${long}</p></body></html>`, "profile"],
    // a consultancy's page of tabs: the ad points to the profile "under fanerne ovenfor", and the page holds it, in chapters
    [
      `<html><body><h1>Kommunaldirektør</h1><p>Læs hele job- og personprofilen under fanerne ovenfor. ${body}</p><div role="tabpanel" hidden><h2>Job- og personprofil</h2>` +
        `<h3>1. Baggrund</h3><p>${body}</p><h3>2. Opgaver og ansvar</h3><p>${body}</p><h3>3. Personprofil</h3><p>${body}</p></div></body></html>`,
      "profile",
    ],
  ])("an HTML page is an ad however long, unless it names itself a profile: %#", async (html, kind) => {
    const { record } = await parseProfile(Buffer.from(html), { path: "x.html" });
    expect(record.kind).toBe(kind);
  });

  it.each([
    // employers from the wild: not only kommuner and regioner
    [`Nationalmuseet søger en museumsinspektør\n\n${body} Du arbejder tæt sammen med Københavns Universitet.`, "Museumsinspektør", "Nationalmuseet"],
    [`Bliv økonomichef og styr økonomien i en grøn forsyning\n\nHos Fjordby Vand bliver du en del af ledelsen. Fjordby Vand er ejet af Kolding Kommune. ${body}`, "Økonomichef", "Fjordby Vand"],
    [`Forside › Om skolen › Ledige stillinger\n\nVil du være med til at skrive skolens næste kapitel?\n\nLindely Friskole blev grundlagt i 1994. Vores leder har fået nyt job i Stevns Kommune, og bestyrelsen søger derfor en nysgerrig leder til stillingen som skoleleder. ${body}`, "Skoleleder", "Lindely Friskole"],
    // a name inside a longer one is no name of its own; a short name in brackets may stand before "søger"
    [`Kontorchef til Geografiske Data\n\nStyrelsen for Dataforsyning og Infrastruktur (SDFI) søger en kontorchef, der vil stå i spidsen for arbejdet med data. ${body}`, "Kontorchef", "Styrelsen for Dataforsyning og Infrastruktur"],
    [`Chef for Kommunikation\n\nHar du lyst til at fortælle om noget nyt? Fonden for Entreprenørskab søger en chef for Kommunikation og Presse. ${body}`, "Chef for Kommunikation", "Fonden for Entreprenørskab"],
    // a type word opens the name a legal form closes
    [`Afdelingschef for Spildevand\n\nForsyning Helsingør A/S\n\nVi har brug for en afdelingschef til spildevandet i Helsingør. ${body}\n\nForsyning Helsingør A/S, Haderslevvej 25, 3000 Helsingør`, "Afdelingschef for Spildevand", "Forsyning Helsingør A/S"],
    // a kommune's school is the kommune's place: the kommune that names itself is the employer
    [`Skoleleder til Lindebo Skole | Silkeborg Kommune\n\nSkoleleder til Lindebo Skole\n\nOm Lindebo Skole\n\nLindebo Skole er en folkeskole med 420 elever og 45 medarbejdere. ${body} Du bliver en del af skolelederkredsen i Silkeborg Kommune.\n\nLindebo Skole\nLindebovej 6, 8600 Silkeborg`, "Skoleleder", "Silkeborg Kommune"],
    [`Jysk Mælk søger en produktionschef til mejeriet i Hjortkær, som skal lede 90 medarbejdere. ${body}`, "Produktionschef", "Jysk Mælk"],
    [`Kontorchef til Skatteanalyse\n\nSkatteministeriet søger en kontorchef til kontoret for Skatteanalyse. ${body}`, "Kontorchef", "Skatteministeriet"],
    // a company's chief by the English name Danish ads use, over a teaser that would make another post
    [`CFO til Fjordlys Fødevarer A/S\n\nVækst og ejerskifte – bliv finansiel sparringspartner for en ambitiøs ledelse\n\nFjordlys Fødevarer A/S er en familieejet producent. ${body}`, "CFO", "Fjordlys Fødevarer A/S"],
  ])("title and employer from the wild, %#", async (text, title, employer) => {
    expect(await header(text)).toMatchObject({ title, employer });
  });

  it("takes the kommune whose site a page of its school is on", async () => {
    const html = `<html><head><title>Skoleleder til Lindebo Skole | Silkeborg Kommune</title></head><body><main><h1>Skoleleder til Lindebo Skole</h1><p>Lindebo Skole er en folkeskole med 420 elever. ${body}</p><p>Lindebo Skole søger en skoleleder, der vil gå forrest.</p></main></body></html>`;
    const { record } = await parseProfile(Buffer.from(html), { path: "x.html" });
    expect(record.employer).toBe("Silkeborg Kommune");
  });
});

describe("a professional network's post", () => {
  const post = [
    "Mads Østergaard • 1.",
    "Partner i Lindholm & Partnere | Rekruttering af topledere",
    "3 d • Redigeret",
    "",
    "Vi søger en kommunaldirektør til Vordingborg Kommune 🌊",
    "",
    `Vordingborg Kommune har givet os tilliden til at finde kommunens næste kommunaldirektør. ${body}`,
    "",
    "Synes godt om · Kommentér · Del",
    "",
    "Helle Brandt • 2.",
    "Sikke en spændende stilling!",
    "",
    "Mads Østergaard • Forfatter",
    "Partner i Lindholm & Partnere | Rekruttering af topledere",
    "Tak, Helle!",
    "",
    "Mads Østergaard • Forfatter",
    "Partner i Lindholm & Partnere | Rekruttering af topledere",
    "Ring endelig.",
  ].join("\n");
  it("takes the author's byline for no employer, and the firm his byline names (a line the post repeats) for the consultancy", async () => {
    expect(await header(post)).toMatchObject({ employer: "Vordingborg Kommune", consultancy: "Lindholm & Partnere" });
  });
  it("reads a byline's firm with its abbreviation's full stop ('Partner hos Lindholm & Co. | …')", async () => {
    const once = post.split("\n").slice(0, 7).join("\n").replace("Partner i Lindholm & Partnere | Rekruttering af topledere", "Partner hos Lindholm & Co. | Executive search | Bestyrelsesmedlem");
    expect(await header(once)).toMatchObject({ consultancy: "Lindholm & Co" });
  });
});

describe("consultancy: only a firm the text names", () => {
  it.each([
    ["Rekrutteringen sker i samarbejde med Nordkap Search.", "Nordkap Search"],
    ["Processen gennemføres med bistand fra Fjeldgaard Rekruttering.", "Fjeldgaard Rekruttering"],
    ["Job- og personprofilen er udarbejdet af Hvidsand Executive i samarbejde med direktionen.", "Hvidsand Executive"],
    ["Testene gennemføres hos Kirstein.", "Kirstein"],
    ["Kommunen samarbejder med Nordkap Search om rekrutteringen.", "Nordkap Search"],
    ["Hvidsand & Lyng bistår ansættelsesudvalget med processen.", "Hvidsand & Lyng"],
    ["Lindholt & Partnere bistår Fjordby Forsyning med rekrutteringen.", "Lindholt & Partnere"],
    ["Rekruttering Vest ApS bistår selskabet med at finde den nye direktør.", "Rekruttering Vest ApS"],
    ["Rekrutteringen varetages af Nordlys Search A/S.", "Nordlys Search A/S"],
    ["Energistyrelsen samarbejder med Mploy om rekrutteringen.", "Mploy"],
    ["Brandt & Lykke Executive står for rekrutteringen.", "Brandt & Lykke Executive"],
    // a compound of "rådgivning", as of "rekruttering"
    ["Bestyrelsen får hjælp af Mølgaard Ledelsesrådgivning.", "Mølgaard Ledelsesrådgivning"],
    // whom to ask works at a firm
    ["Har du spørgsmål, er du velkommen til at kontakte Mikkel Stær hos Hedegaard & Partners på tlf. 31 74 05 28.", "Hedegaard & Partners"],
    ["Har du spørgsmål, er du velkommen til at kontakte Mikkel Stær hos Hedegaard & Partners på 31 74 05 28.", "Hedegaard & Partners"],
    ["Udvalget bistås af Aagaard & Winther, som også har udarbejdet denne profil.", "Aagaard & Winther"],
    ["Bestyrelsen har bedt Halvorsen & Dyhr om at bistå med rekrutteringen.", "Halvorsen & Dyhr"],
    ["Kommunen har nedsat et ansættelsesudvalg, som får hjælp af Ravnsborg Rekruttering.", "Ravnsborg Rekruttering"],
    ["Stillings- og personprofil · Udarbejdet af Lindholm Search & Selection · Januar 2027", "Lindholm Search & Selection"],
    ["Udvalget bistås af partner Claus Bering fra Lindholm Search & Selection.", "Lindholm Search & Selection"],
    ["Brink Executive er blevet bedt om at bistå med rekrutteringen.", "Brink Executive"],
    ["| Tove Skaarup | Partner, Brink Executive | 31 47 82 06 |", "Brink Executive"],
    ["Du er velkommen til at ringe til seniorpartner Kamilla Ravnsborg, Ravnsborg Rekruttering, på 40 10 22 87.", "Ravnsborg Rekruttering"],
    ["Udvalget får hjælp af Mette Holm fra HR.", null],
    ["Kontakt chefkonsulent Anne Holm, Favrskov Kommune, på 40 10 22 87.", null],
    // a kommune's own unit with an ampersand in its name
    ["Du kan kontakte Susanne Holm fra Løn & Personale på tlf. 40 10 22 87.", null],
    ["Du kan kontakte Susanne Holm fra HR & Rekruttering på tlf. 40 10 22 87.", null],
    // a kommune's unit named for its counsel, no firm
    ["I samarbejde med Familierådgivning søger vi en afdelingsleder.", null],
    // a person, or a forvaltning's areas that "og" joins, is no firm
    ["Mette Holm står for rekrutteringen.", null],
    ["Profilen er skrevet af Børn og Kultur i samarbejde med HR.", null],
    // the hiring side's own staff, and a sentence's first word, are no firm
    ["HR bistår ansættelsesudvalget med processen.", null],
    ["Vi bistår gerne med processen.", null],
    ["HR bistår Fjordby Forsyning med rekrutteringen.", null],
    ["Direktionen samarbejder med Region Sjælland om rekrutteringen.", null],
    ["Spørgsmål kan rettes til Line Holm, Mercuri Urval, på tlf. 2819 4735.", "Mercuri Urval"],
    // a domain names no firm: the employer's own, a hospital's, a job board's
    ["Kontakt Line Holm på line.holm@fjordbyvand.dk eller tlf. 2819 4735.", null],
    ["Ansøgningen sendes via www.kolding.dk/job senest 1. marts.", null],
    ["Kontakt overlæge Per Lind, per.lind@rsyd.dk.", null],
    ["Søg stillingen på www.jobindex.dk.", null],
    // a firm named by its address is named where the name is written as a name, never by the address alone
    ["Spørgsmål om forløbet besvares af seniorkonsulent Eva Krog, Rekruttering.dk, tlf. 2233 4455.", "Rekruttering.dk"],
    ["CV og ansøgning uploades via rekruttering.dk senest 1. marts.", null],
    ["Spørgsmål kan sendes til ek@rekruttering.dk.", null],
    ["Læs mere på https://www.Rekruttering.dk/job.", null],
    // a public body the process names is the employer's side, not a firm
    ["Processen gennemføres i samarbejde med Region Sjælland.", null],
    ["Kontakt partner i Vejle Kommune Anne Hansen.", null],
    // the house's own HR, whatever its title says
    ["Mette Lund, HR-partner hos Nordlys Logistik A/S, svarer gerne på spørgsmål.", null],
    ["Mette Lund, HR partner i Nordlys Logistik A/S, svarer gerne på spørgsmål.", null],
    ["Ansættelsesprocessen varetages af HR & Organisation i Favrskov Kommune.", null],
    ["Profilen er udarbejdet af HR og Personale, Favrskov Kommune.", null],
    // the kommune's own department that wrote the profile
    ["Denne job- og personprofil er udarbejdet af Center for Dagtilbud og Skole i samarbejde med skolebestyrelsen.", null],
    // the firm by its kind, capitalised where it opens its line
    ["Processen faciliteres af partner Helle Vang, Konsulenthuset Ravnsborg.", "Ravnsborg"],
    // support from a fund's owner, in the genitive: no firm
    ["I 2027 igangsætter vi et nyt program med støtte fra EU's regionalfond og regionen.", null],
    // a test's vendor through which the test is taken
    ["Mellem første og anden samtale skal du gennemføre en personlighedstest og en kognitiv test via Garuda.", null],
    // (but the vendor's name is a firm's where no test is spoken of)
    ["Rekrutteringen varetages af Garuda i samarbejde med ansættelsesudvalget.", "Garuda"],
    ["Profilen er udarbejdet af Garuda i samarbejde med kommunaldirektøren.", "Garuda"],
    // a firm that seeks on its client's behalf, or that the client has chosen to work with
    ["Lindholm Search søger på vegne af Kvist Møbler A/S en marketingchef.", "Lindholm Search"],
    ["Kvist Møbler har valgt at samarbejde med Lindholm Search om rekrutteringen.", "Lindholm Search"],
  ])("%j → %s", async (sentence, consultancy) => {
    expect((await header(`Indledning\n\nFavrskov Kommune søger en direktør. ${body}\n\n${sentence}`)).consultancy).toBe(consultancy);
  });
});

describe("consultancy hints", () => {
  // The hint is looked for before the aliases run: a mention the hint does not cover would be missed.
  it.each(CONSULTANCIES.map((c) => [c.name, c] as const))("%s: every spelling holds the hint", (_name, c) => {
    expect(c.hint).toBe(c.hint.toLowerCase());
    expect(c.name.toLowerCase()).toContain(c.hint);
    for (const m of `${c.name}. ${c.name.toUpperCase()}. ${c.name.toLowerCase()}.`.matchAll(new RegExp(c.aliases.source, c.aliases.flags + "g")))
      expect(m[0].toLowerCase()).toContain(c.hint);
  });
});

describe("employer: the firm a text names as its consultancy is not its employer", () => {
  it("passes over the firm's name in capitals on a PDF's cover for the organisation that hires", async () => {
    const file = "fixtures/wild/pdf-chromium/z-04-nordkyst-rektor.pdf";
    const { record } = await parseProfile(readFileSync(join(ROOT, file)), { fileName: file });
    expect({ employer: record.employer, consultancy: record.consultancy }).toEqual({ employer: "Nordkyst Gymnasium", consultancy: "Halvorsen & Dyhr" });
  });
});

describe("a professional network's post and a forwarding mail", () => {
  it("reads the post from a headline in capitals and writes it as a title ('🌼 VI SØGER EN NY LEDER! 🌼')", async () => {
    const post = ["Børnehaven Mælkebøtten – Forældrebestyrelsen", "3. februar 2027 kl. 20.14 · 🌍", "", "🌼 VI SØGER EN NY LEDER! 🌼", "", body].join("\n");
    expect((await header(post)).title).toBe("Leder");
    expect((await header(post.replace("EN NY LEDER", "EN NY IT-CHEF"))).title).toBe("IT-chef");
    expect((await header(post.replace("EN NY LEDER", "EN NY PPR-LEDER"))).title).toBe("PPR-leder");
  });
  it("takes no title from the headline of the post's author ('CEO hos Nordvind Energi A/S | …') under the author's name", async () => {
    const post = ["Anders Bæk Rasmussen • 1.", "CEO hos Nordvind Energi A/S | Grøn omstilling | Far til tre", "3 t • Redigeret • 🌐", "", "Vi skal have en ny CFO! 🚀", "", body].join("\n");
    expect((await header(post)).title).toBe("CFO");
  });

  it("takes the title from a forwarding mail's subject, its marks and label taken off", async () => {
    const mail = ["Fra: Mette Kjærsgaard <mk@eksempel.dk>", "Sendt: 12. januar 2027 09:14", "Til: Kandidatnetværk", "Emne: VS: Ny opgave: Børne- og ungedirektør til Silkeborg Kommune", "", "Kære netværk", "", `Vi søger en erfaren topleder. ${body}`].join("\n");
    // (the employer it names after "til" is cut, as from any title line)
    expect((await header(mail)).title).toBe("Børne- og ungedirektør");
    // a subject that opens on the post's name before a colon keeps it: only a known label is taken off
    const named = mail.replace("Emne: VS: Ny opgave: Børne- og ungedirektør til Silkeborg Kommune", "Emne: VS: Børne- og ungedirektør: Silkeborg Kommune søger");
    expect((await header(named)).title).toMatch(/^Børne- og ungedirektør/u);
  });
});

describe("session 41: a firm by its sentence or its page, a title by its hook", () => {
  it.each([
    ["Det er Brink & Lykke Rekruttering, der står for rekrutteringen, og alle henvendelser behandles fortroligt.", "Brink & Lykke Rekruttering"],
    ["Rekrutteringsfirmaet Halberg & Friis Executive bistår ansættelsesudvalget med rekrutteringen.", "Halberg & Friis Executive"],
  ])("%j names the firm", async (sentence, firm) => {
    const got = await header(`Produktionsleder\n\nVores kunde søger en erfaren produktionsleder. ${body}\n\n${sentence}`);
    expect(got.consultancy).toBe(firm);
    expect(got.employer).not.toBe(firm);
  });

  it("takes a firm's own page, its client labelled, for the firm's by its copyright line", async () => {
    const text = `RAVNSHOLT PARTNERS\n\nHolbæk Kommune søger\nDIREKTØR FOR BØRN OG UNGE\n\nKunde: Holbæk Kommune\nAnsøgningsfrist: 22.08.2027 kl. 12:00\n\n${body}\n\n© 2027 Ravnsholt Partners`;
    expect((await header(text)).consultancy).toBe("Ravnsholt Partners");
    // without the client's label the copyright holder is the page's own house
    expect((await header(text.replace("Kunde: Holbæk Kommune\n", ""))).consultancy).toBeNull();
  });

  it("reads the post from a title line whose hook asks a long question", async () => {
    const text = `Skive Kommune\n\nCenterleder til Center for Handicap – vil du stå i spidsen for et center i udvikling?\n\nJob-ID: 2027-0417\n\n${body} Som leder får du ansvaret for 120 medarbejdere.`;
    expect((await header(text)).title).toBe("Centerleder");
  });

  it("takes no title from a contact's line, her title before her name and her number after it", async () => {
    const text = `Job i Hedensted Kommune\n\nLeder til Ungdomsskolen\n\nHedensted Ungdomsskole søger en leder med ansvar for klubberne. ${body}\n\nYderligere oplysninger: Ungdomsskoleleder Bente Kjær Iversen (tlf. 21 48 90 35)`;
    // (a bare "Leder" keeps the place it leads: session 48)
    expect((await header(text)).title).toBe("Leder til Ungdomsskolen");
  });
});

describe("session 41: a title line before a teaser's call", () => {
  it("takes the post named before the dash, not the teaser's English word", async () => {
    const text = `JobNet Nord\n\nTeamleder til Privat – bliv vores nye people leader i Aars\n\n${body} Som teamleder får du ansvaret for otte rådgivere.`;
    expect((await header(text)).title).toBe("Teamleder");
  });
});

describe("session 41: a headline in capitals wrapped after its preposition", () => {
  it("reads the post and its place over two lines, the place written as the text writes it", async () => {
    const text = `HEDENSTED\nKOMMUNE\n\nSKOLELEDER TIL\nBAKKESKOLEN\n\nBakkeskolen i Juelsminde er en skole med 420 elever. ${body}`;
    expect((await header(text)).title).toBe("Skoleleder til Bakkeskolen");
  });
});

describe("session 41: a hook that calls without naming the post", () => {
  it("cuts a call after a line that names the post", async () => {
    const text = `Skive Kommune\n\nCenterleder til Center for Handicap – vil du være med til at løfte centret?\n\n${body}`;
    expect((await header(text)).title).toBe("Centerleder");
  });
});

describe("session 41: a state agency by its Danish name in an English ad", () => {
  it("takes the agency the vocabulary knows over the English words around it", async () => {
    const text = `Head of Section\n\nThe Agency for Data Supply and Infrastructure (Styrelsen for Dataforsyning og Infrastruktur, SDFI) is looking for a Head of Section to head our Geodata Quality team. ${body}`;
    expect((await header(text)).employer).toBe("Styrelsen for Dataforsyning og Infrastruktur");
  });
});

describe("session 42: firms and houses by their own names", () => {
  it("takes a firm two names join for itself, not for a known firm one of the names begins", async () => {
    const text = `Kontorchef\n\n${body}\n\nMinisteriet samarbejder om rekrutteringen med Hartmann & Bech Executive Search. Partner Anders Bech, Hartmann & Bech Executive Search, tlf. 33 14 62 90.`;
    expect((await header(text)).consultancy).toBe("Hartmann & Bech Executive Search");
  });
  it("reads the firm from a profile's running footer", async () => {
    const footer = "Brandt & Kjærgaard Executive · Vestergade 18, 1. · 7800 Skive";
    const text = `Direktør til Limfjord Forsyning\n\n${body}\n${footer}\n\n${body}\n${footer}\n\n${body}\n${footer}`;
    expect((await header(text)).consultancy).toBe("Brandt & Kjærgaard Executive");
  });
  it("does not take what a firm does under its name for the firm", async () => {
    const text = `Vedel & Bruun\nExecutive Search · Rekruttering · Lederudvikling\n\nCenterchef\n\n${body}`;
    expect((await header(text)).consultancy).toBeNull();
  });
  it("knows a cultural house by its kind before its name", async () => {
    const text = `Direktør for Kulturhuset Tørreladen\n\nKulturhuset Tørreladen åbnede i 2009 i en ombygget tørrelade ved havnen. ${body} Direktøren deltager i netværket af kulturhuse i Region Midtjylland.`;
    expect((await header(text)).employer).toBe("Kulturhuset Tørreladen");
  });
});

describe("session 42: no part of the country, a headline in capitals, a museum of Denmark's", () => {
  it("takes no part of the country for the employer", async () => {
    const text = `Regionschef til Midtjylland\n\nLandsforeningen Nære Netværk er en landsdækkende frivillig forening med 64 ansatte. ${body} Vores regionschef i Midtjylland har fået nyt job, og du får ansvaret for hele Midtjylland.`;
    expect((await header(text)).employer).toBe("Landsforeningen Nære Netværk");
  });
  it("reads the house after the post in a headline in capitals", async () => {
    const text = `DRIFTSCHEF TIL MØLLEBÆK FORSYNING A/S\nVand · Spildevand · Fjernvarme\n\nMøllebæk Forsyning A/S er et moderne multiforsyningsselskab med 165 medarbejdere. ${body}`;
    expect((await header(text)).employer).toBe("Møllebæk Forsyning A/S");
  });
  it("keeps 'Danmarks' of a museum's name", async () => {
    const text = `Vicedirektør\n\nDanmarks Museum for Mad og Landbrug søger en vicedirektør. ${body}`;
    expect((await header(text)).employer).toBe("Danmarks Museum for Mad og Landbrug");
  });
});

describe("session 42: a firm that assists the employer's board", () => {
  it("reads 'X bistår Midttrafiks bestyrelse med rekrutteringen'", async () => {
    const text = `Direktør til Midttrafik\n\n${body}\n\nHolmberg & Vinther Executive Search bistår Midttrafiks bestyrelse med rekrutteringen.`;
    expect((await header(text)).consultancy).toBe("Holmberg & Vinther Executive Search");
  });
});

describe("session 42 review: names in capitals, a post's Executive, Hartmanns beside another", () => {
  it("keeps a name in capitals whole where no post stands before its preposition", async () => {
    expect((await header(`Direktør\n\nFONDEN FOR SOCIALT ANSVAR søger en direktør. ${body}`)).employer).toBe("FONDEN FOR SOCIALT ANSVAR");
  });
  it("takes no post's 'Account Executive · Fuldtid · København' for a firm", async () => {
    expect((await header(`Account Executive\nAccount Executive · Fuldtid · København\n\n${body}`)).consultancy).toBeNull();
  });
  it("knows Hartmanns beside another firm 'og'", async () => {
    expect((await header(`Direktør\n\n${body} Vi samarbejder med Hartmanns og Rambøll om rekrutteringen.`)).consultancy).toBe("Hartmanns");
  });
});

describe("session 43: a PDF's wrapped prose is no head line; firms by a footer with their legal form", () => {
  // the page's width wraps the prose into short lines: "Københavns Universitet" opens one of them, inside a sentence
  const wrapped = [
    "Region Hovedstadens Psykiatri                                   Stillingsopslag",
    "Psykiatrisk Center Nordsjælland                          Ref.nr. RHP-2027-0219",
    "",
    "Ledende overlæge til Psykiatrisk Center Nordsjælland – Affective Disorders &",
    "Outpatient Services",
    "",
    "Psykiatrisk Center Nordsjælland dækker et optageområde med ca. 320.000 indbyggere",
    "og har matrikler i Hillerød, Frederikssund og Helsingør. Vi er ca. 650 medarbejdere, og vi er tilknyttet",
    "Københavns Universitet med egen forskningsenhed og tre kliniske lektorer. Centret",
    "har fem sengeafsnit og tre distriktspsykiatriske enheder og et ambulatorium for børn.",
  ].join("\n");
  it("takes the house after the post and before its unit's dash, not a university a wrapped sentence opens a line with", async () => {
    expect((await header(`${wrapped}\n\n${body}`)).employer).toBe("Psykiatrisk Center Nordsjælland");
  });
  it("keeps the wrapped prose out of the head, and a cover's short lines in it", () => {
    const lines = wrapped.split("\n").map((text, i) => ({ text, line: i + 1, page: 1 }));
    const head = headLines(lines, false, new Set([7, 8, 9, 10]));
    expect(head).toContain("Outpatient Services");
    expect(head.some((l) => l.startsWith("Københavns Universitet"))).toBe(false);
  });
  it("ends the head at a known heading over wrapped prose", () => {
    const lines = ["Teamleder til Borgerservice", "Slagelse Kommune", "Om os", "Borgerservice i Slagelse har 40 medarbejdere", "og betjener hvert år tusindvis af borgere i", "kommunens fem borgerservicecentre.", "Hvem er du?", "Du er en tydelig leder."].map((text, i) => ({ text, line: i + 1, page: 1 }));
    expect(headLines(lines, false, new Set([4, 5, 6]))).toEqual(["Teamleder til Borgerservice", "Slagelse Kommune"]);
  });
  it("keeps a box of labelled lines in the head, however many words its lines hold", async () => {
    const text = [
      "Stilling: Sektionsleder, Sektion for Grundvandsbeskyttelse",
      "Myndighed: Miljøstyrelsen under Miljøministeriet",
      "Sted: Miljøstyrelsens kontor i Odense, med mulighed for hjemmearbejde 1-2 dage om ugen",
      "Opgaver: Kortlægning af grundvand, udpegning af beskyttelsesområder og vejledning af kommunerne",
      "Samarbejde: Tæt kontakt til kommunerne, regionerne og GEUS om data, modeller og kortlægning",
      "Erfaring: Mindst tre års erfaring med personaleledelse eller faglig koordinering, gerne fra staten",
      "Frist: 20.06.2027 kl. 23:59",
    ].join("\n");
    expect((await header(text)).employer).toBe("Miljøstyrelsen");
  });
  it("takes no hook after a dash for the house's unit ('– bliv en del af holdet')", async () => {
    const text = `[Region Syddanmark](https://www.regionsyddanmark.dk) > Job\n\n# Økonomikonsulent til Regional Økonomi – bliv en del af holdet bag regionens budget\n\n${body} Region Syddanmark har 30.000 ansatte, og Region Syddanmark driver fire sygehuse.`;
    const { record } = await parseProfile(Buffer.from(text), { path: "x.md" });
    expect(record.employer).toBe("Region Syddanmark");
  });
  it("reads the firm from a running footer that closes its name with its legal form and names the profile", async () => {
    const footer = "Krogh & Vinther Executive A/S · Job- og personprofil · Kalundborg Kommune";
    const text = `Direktør for Børn og Unge\n\n${body}\n${footer}\n\n${body}\n${footer}\n\nProfilen er udarbejdet af Krogh & Vinther.`;
    expect((await header(text)).consultancy).toBe("Krogh & Vinther Executive");
  });
  it("reads the firm from a page's footer with its legal form and address", async () => {
    const text = `Bøgh & Vestergaard Executive Search\n\nDIREKTØR\nFjordvang Køleteknik ApS · Hobro\n\nPå vegne af vores kunde, Fjordvang Køleteknik ApS, søger vi en direktør. ${body}\n\nBøgh & Vestergaard Executive Search ApS · Værkmestergade 11, 8000 Aarhus C · CVR 41 87 22 09`;
    const h = await header(text);
    expect(h.consultancy).toBe("Bøgh & Vestergaard Executive Search");
    expect(h.employer).toBe("Fjordvang Køleteknik ApS");
  });
});

describe("a Markdown file's front matter and its images", () => {
  const md = (front: string) =>
    `${front}![Elever i frikvarter på Vestbyskolens skolegård](/uploads/skolegaard.jpg)\n\n**Har du modet til at stå i spidsen for en skole, hvor fællesskabet er bærende?**\n\nVestbyskolen er en skole med ca. 620 elever og 58 medarbejdere. ${body}\n\n**Vi forventer, at du:**\n\n- har ledelseserfaring\n`;
  const parsed = async (text: string) => (await parseProfile(Buffer.from(text), { fileName: "x.md" })).record;
  it("takes no image's alt text for the title", async () => {
    const record = await parsed(md(""));
    expect(record.source.format).toBe("markdown");
    expect(record.title ?? "").not.toMatch(/Elever/u);
  });
  it("takes the title the front matter gives", async () => {
    expect((await parsed(md('---\ntitle: "Skoleleder til Vestbyskolen"\ndate: 2027-03-29\n---\n\n'))).title).toMatch(/^Skoleleder/u);
  });
});
