import { describe, expect, it } from "vitest";
import { findEmployer } from "../../src/extract/employer.js";
import { parseProfile } from "../../src/pipeline.js";
import { isOrganisationName, KOMMUNER, REGIONER } from "../../src/vocabulary/employers.js";

const employer = (paragraphs: string[], head: string[] = [], lines: string[] = []) => findEmployer({ head, paragraphs, lines });

describe("the employer among the organisations a text names", () => {
  it.each([
    // by the shape of the name
    [["Lindely Friskole søger en skoleleder med tiltrædelse 1. august."], "Lindely Friskole"],
    [["Beskæftigelsesministeriet søger en kontorchef til Arbejdsmiljøkontoret."], "Beskæftigelsesministeriet"],
    [["I Klimadatastyrelsen arbejder vi med data om hele landet. Klimadatastyrelsen har 400 medarbejdere."], "Klimadatastyrelsen"],
    [["Styrelsen for Arbejdsmarked og Rekruttering søger en chefkonsulent."], "Styrelsen for Arbejdsmarked og Rekruttering"],
    [["Nordvind Rådgivning ApS søger en projektleder. Hos Nordvind Rådgivning får du gode kolleger."], "Nordvind Rådgivning ApS"],
    [["Hos Bakkely Efterskole bor 120 elever. Bakkely Efterskole søger en forstander."], "Bakkely Efterskole"],
    [["Hedeby Gymnasium søger en rektor."], "Hedeby Gymnasium"],
    // a day-care's kind before its name, presenting itself; the kommune it works with only mentioned
    [["Børnehuset Mariehønen er en privat børnehave med 42 børn. Lederen samarbejder med forældrene og Skanderborg Kommune."], "Børnehuset Mariehønen"],
    [["Limfjordsgymnasiet i Løgstør søger en vicerektor. Limfjordsgymnasiet har 600 elever."], "Limfjordsgymnasiet"],
    [["Roskilde Katedralskole er et alment gymnasium med 1.050 elever."], "Roskilde Katedralskole"],
    [["Viborg Katedralskole og Horsens Statsskole samarbejder. Horsens Statsskole søger en vicerektor."], "Horsens Statsskole"],
    [["Søndervang Forsyning leverer vand og varme til 40.000 borgere."], "Søndervang Forsyning"],
    // an interest organisation presenting itself, its name on the cover
    [["Danske Landkommuner er en politisk ledet interesseorganisation for 38 kommuner."], ["Danske Landkommuner"], "Danske Landkommuner"],
    // a society's name runs to a few capitalised words after its word
    [["Kulturstationen er et foreningsdrevet kulturhus. Huset drives af Foreningen Kulturstationen Skjern, som har 600 medlemmer."], "Foreningen Kulturstationen Skjern"],
    // the name stops at its sentence's end and its line's
    [["Huset drives af Foreningen Kulturstationen. Vi søger en daglig leder til huset."], "Foreningen Kulturstationen"],
    [["The University of Copenhagen, Faculty of Science, invites applications for the position of Head of Department."], "University of Copenhagen"],
    // a foundation named by a couple; a Danish body's English name in an ad written in English
    [["Sekretariatschef til Ellen og Aksel Rosenkjærs Fond. Fonden uddeler 140 mio. kr. om året."], "Ellen og Aksel Rosenkjærs Fond"],
    [["The Department of the Built Environment at Aalborg University invites applications for the position of Head of Section."], "Aalborg University"],
    // the Danish name in brackets after the English one is the one that hires, not a body it works with
    [["The Danish Energy Agency (Energistyrelsen) is looking for an experienced Chief Adviser. We work closely with Energinet. Energinet builds the grid, and Energinet owns it."], "Energistyrelsen"],
    // and its English name alone, without the sentence's article; a name that holds its article keeps it
    [["The Danish Energy Agency is looking for an experienced and visible Head of Division for Energy Data and Statistics."], "Danish Energy Agency"],
    [["The Animation Workshop søger en studieleder, der kan udvikle uddannelserne."], "The Animation Workshop"],
    // the body's English name after "University of", and its members' other universities only mentioned
    [["The Faculty of Science at the University of Southern Denmark (SDU) invites applications for the position of Head of Department.", "The assessment committee consists of Professor Hans Madsen, University of Copenhagen (chair), and Professor Ulrika Sandberg, Lund University."], "University of Southern Denmark"],
    // a legal form closes the whole name, ampersand and all
    [["Hos Bach & Holm Rådgivende Ingeniører A/S er vi 60 ingeniører. Bach & Holm Rådgivende Ingeniører A/S søger en projektleder."], "Bach & Holm Rådgivende Ingeniører A/S"],
    [["Mols Bryghus & Mejeri ApS søger en driftsleder."], "Mols Bryghus & Mejeri ApS"],
    // a type word ("Vand") bound by an ampersand to the next word is inside the name, with or without a legal form
    [["Limfjord Vand & Varme er et kommunalt ejet forsyningsselskab. Limfjord Vand & Varme A/S søger en driftsleder."], "Limfjord Vand & Varme A/S"],
    [["Limfjord Vand & Varme er et kommunalt ejet forsyningsselskab med 112 medarbejdere."], "Limfjord Vand & Varme"],
    // "HF" closes the name as a type word does; the ministry a school is under is no employer
    [["Nordkyst Gymnasium & HF søger en rektor. Nordkyst Gymnasium har 700 elever og er en selvejende institution under Børne- og Undervisningsministeriet."], "Nordkyst Gymnasium & HF"],
    // and an "og" inside it, where the name opens its sentence; not two bodies named side by side
    [["Gudenå Vand og Varme A/S søger en driftschef."], "Gudenå Vand og Varme A/S"],
    [["Silkeborg Kommune og Silkeborg Forsyning A/S samarbejder om klimatilpasning. Silkeborg Forsyning A/S søger en ingeniør."], "Silkeborg Forsyning A/S"],
    // by the names we know, with the irregular ones
    [["Københavns Kommunes Teknik- og Miljøforvaltning søger en sektionsleder."], "Københavns Kommune"],
    [["Bornholms Regionskommune søger en skolechef."], "Bornholms Regionskommune"],
    [["Lyngby-Taarbæk Kommune søger en direktør."], "Lyngby-Taarbæk Kommune"],
    [["Nationalmuseet søger en museumsinspektør."], "Nationalmuseet"],
    [["Statens Museum for Kunst søger en registrator."], "Statens Museum for Kunst"],
    [["Region Nordjyllands koncernstab søger en økonomichef."], "Region Nordjylland"],
    // a museum named in the plural; a state body named in its service's genitive, not the service it holds
    [["Storåmuseerne søger en museumsinspektør. Storåmuseerne har ansvar for to kommuner."], "Storåmuseerne"],
    [["Sektionen er en del af Forsvarets Cyber- og Kommunikationsstyrelse (FCKS).", "Forsvarets netværk skal kunne holde, og Forsvarets kritiske systemer skal være robuste."], ["Forsvarets Cyber- og Kommunikationsstyrelse · Ballerup"], "Forsvarets Cyber- og Kommunikationsstyrelse"],
    // the organisation a unit belongs to
    [["Akutafdelingen på Sygehus Sønderjylland søger en overlæge."], "Sygehus Sønderjylland"],
    [["Institut for Statskundskab ved Aalborg Universitet søger en lektor."], "Aalborg Universitet"],
    [["Jobcenter Tønder søger en teamleder. Jobcenter Tønder er en del af Tønder Kommune."], "Tønder Kommune"],
    [["Hjertemedicinsk Sengeafsnit 2143 på Rigshospitalet søger en afdelingssygeplejerske."], "Rigshospitalet"],
    // a department's name closes with its unit word: the hospital's post, however often the department is named
    [["Regionshospitalet Gødstrup søger en ledende oversygeplejerske.", "Medicinsk Afdeling har 120 senge.", "Medicinsk Afdeling arbejder tæt med akutafdelingen.", "I Medicinsk Afdeling er vi 300 kolleger.", "Medicinsk Afdeling uddanner mange sygeplejersker.", "Medicinsk Afdeling flytter i 2028."], ["Ledende oversygeplejerske til Medicinsk Afdeling", "Medicinsk Afdeling · Herning"], "Regionshospitalet Gødstrup"],
    // the post's line names its organisation with its legal form, then its place
    [["Scanport Terminals håndterer 400.000 containere om året på havnen."], ["Driftschef til Scanport Terminals A/S, Aarhus Havn"], "Scanport Terminals A/S"],
    // an upper-case cover over two lines
    [[], ["VEJEN", "KOMMUNE", "Job- og personprofil"], "Vejen Kommune"],
    // a consultancy writing on the employer's behalf
    [["Genitor søger på vegne af Vejen Kommune en ny direktør."], "Vejen Kommune"],
    // the post's line names a directorate's fields, not an organisation: the kommune that the text names is the employer
    [["I Vordingborg Kommune går 2.100 børn i dagtilbud.", "Du refererer til direktøren for Børn, Unge og Læring."], ["Dagtilbudschef til Børn, Unge og Læring"], "Vordingborg Kommune"],
    [["Som centerchef i Horsens Kommune leder du seks ledere."], ["Centerchef til Kultur og Fritid"], "Horsens Kommune"],
    // a heading's question that "søger" is no organisation that hires
    [["Hvem er vi?", "Vordingborg Kommune har godt 45.000 indbyggere.", "Hvem søger vi?", "Den nye direktør er en erfaren leder."], "Vordingborg Kommune"],
    // a house that presents itself by its bare name, over the kommune it has an agreement with
    [["Engholm er et selvejende bosted med driftsoverenskomst med Ringkøbing-Skjern Kommune. Vi har 32 beboere.", "Som forstander leder du Engholm og refererer til bestyrelsen.", "Engholm har 70 medarbejdere."], ["E N G H O L M"], "Engholm"],
    // "Skolen er en folkeskole …": a definite noun says what it is, and names nothing
    [["Skolen er en folkeskole med 540 elever i Vejle Kommune.", "Skolen har 60 medarbejdere, og Vejle Kommune søger en skoleleder."], "Vejle Kommune"],
    // an office the post is named after, which the text places inside a ministry: the ministry hires
    [["Efter syv år som kontorchef for Kollektiv Trafik i Transportministeriets departement går Birgitte videre.", "Hvad laver Kollektiv Trafik?", "Kollektiv Trafik har 17 medarbejdere."], ["Kontorchef til Kollektiv Trafik"], "Transportministeriet"],
    // an association presenting itself in the definite form, "… for" whom
    [["Grøn Byggebranche er brancheforeningen for de ca. 640 virksomheder, der bygger og renoverer.", "Grøn Byggebranche påvirker lovgivningen.", "Du leder vores team af analytikere."], ["Analysechef"], "Grøn Byggebranche"],
    // a house presenting itself with "det", its owners only mentioned
    [["Fjordtrafik er det regionale trafikselskab, der planlægger bustrafikken i Nordjylland. Selskabet ejes af Region Nordjylland og 11 kommuner.", "Bestyrelsen søger en ny direktør, der kan føre Fjordtrafik videre."], ["Direktør for Fjordtrafik"], "Fjordtrafik"],
    // a house's name ending as a definite noun does ("Skovgården"), not a kind of house ("Institutionen")
    [["Skovgården er en selvejende institution med driftsoverenskomst med Faaborg-Midtfyn Kommune.", "Du får ansvaret for Skovgården og dens 70 medarbejdere."], ["Forstander", "Skovgården"], "Skovgården"],
    // an abbreviation opening a firm's name
    [["Brdr. Kjærsgaard Emballage A/S udvikler og producerer emballage. Derfor søger vi en regnskabschef."], "Brdr. Kjærsgaard Emballage A/S"],
    // the verb before its subject: "Sådan søger du" names no one who hires; "Hos X søger vi" is X hiring
    [["Sølystskolen ligger i Silkeborg og har 600 elever fordelt på tre spor.", "Sådan søger du", "Send din ansøgning via linket senest 1. marts 2027."], null],
    [["Hos Kvist Møbler søger vi en marketingchef, der kan løfte brandet.", "Du får ansvaret for marketing."], "Kvist Møbler"],
    // a definite noun presenting itself is a name only where the text capitalises it inside a sentence too
    [["Plejehjemmet er en selvejende institution med driftsoverenskomst med Aarhus Kommune. Plejehjemmet har 40 beboere."], null],
    // (a defined term, capitalised inside sentences too, is still a kind of house: "Fonden", "Foreningen")
    [["Fonden er en almennyttig fond, der støtter kunst og kultur.", "Bestyrelsen ønsker at styrke Fonden i de kommende år."], null],
    // (and a Latin kind of house: "Gymnasiet" for "gymnasium")
    [["Gymnasiet er et alment gymnasium med 800 elever.", "Som rektor skal du føre Gymnasiet sikkert videre."], null],
    [["Gl. Hellerup Gymnasium søger en rektor.", "Gl. Hellerup Gymnasium har 900 elever."], "Gl. Hellerup Gymnasium"],
    // the kommuners' own organisation by its short name; where an agreement only names it, the kommune that hires
    [["KL er kommunernes interesse- og medlemsorganisation.", "Du skal lede projekter med Styrelsen for Arbejdsmarked og Rekruttering og repræsentere KL i følgegrupper."], ["Chefkonsulent til Center for Arbejdsmarked og Integration"], "KL"],
    [["Odder Kommune søger en dagtilbudsleder.", "Løn efter overenskomst mellem KL og BUPL."], "Odder Kommune"],
    // a unit the byline places under its region, however often the text names the unit
    [["Region Nordjylland, Regional Udvikling, Aalborg", "Enheden står for opfølgning på Regional Udviklings projekter.", "Regional Udvikling har 120 medarbejdere."], ["Økonomikonsulent til Regional Udvikling"], "Region Nordjylland"],
    // a stage by its kind, then its name; the kommune that funds it only mentioned
    [["Teater Vestkysten er landsdelsscene for Sydvestjylland.", "Teatret får tilskud fra staten og Esbjerg Kommune.", "Arbejdsstedet er Teater Vestkysten, Kongensgade 48, Esbjerg."], ["Direktør for Teater Vestkysten"], "Teater Vestkysten"],
  ])("%j → %s", (...args) => {
    const expected = args.pop() as string;
    const [paragraphs, head = []] = args as [string[], string[]?];
    expect(employer(paragraphs, head)).toBe(expected);
  });

  it.each([
    ["the name cut before its “for” (Statens Museum)", ["Statens Museum for Arkitektur samler, bevarer og formidler dansk arkitektur."], "Statens Museum for Arkitektur"],
    ["a museum's one-word name and the place it is for", ["Bestyrelsen for den selvejende institution Egnsmuseet for Nordfalster søger en ny museumschef.", "Egnsmuseet for Nordfalster · Stationsvej 7 · 4840 Nørre Alslev"], "Egnsmuseet for Nordfalster"],
    ["a partner hospital", ["Nationalmuseet søger en konservator.", "Du arbejder i samarbejde med Københavns Universitet og Aarhus Universitet."], "Nationalmuseet"],
    ["the kommune the predecessor left for", ["Vores skoleleder har fået nyt job i Stevns Kommune, og Lindely Friskole søger derfor en ny."], "Lindely Friskole"],
    ["the kommune a self-governing home has its agreement with", ["Skovbrynet ligger ved fjorden.", "Vi drives efter en driftsoverenskomst med Frederikssund Kommune."], null],
    ["a partner by agreement", ["Hedeby Gymnasium søger en rektor.", "Vi har en samarbejdsaftale med Frederikssund Kommune om idrætsfaciliteterne."], "Hedeby Gymnasium"],
    ["the owner of a utility", ["Fjordby Vand er ejet af Kolding Kommune.", "Hos Fjordby Vand får du ansvaret for økonomien."], "Fjordby Vand"],
    ["experience from elsewhere", ["Region Sjælland søger en chef.", "Du har erfaring fra Region Hovedstaden eller fra en kommune."], "Region Sjælland"],
    ["a job board in the head", ["Lindely Friskole søger en skoleleder."], "Lindely Friskole"],
    [
      "a party to the collective agreement",
      ["Fjordby Gymnasium ligger midt i byen og har 700 elever.", "Ansættelse sker efter overenskomst mellem Finansministeriet og Gymnasieskolernes Lærerforening."],
      "Fjordby Gymnasium",
    ],
    [
      "the ministry the predecessor got a post in",
      ["Skolens rektor har fået en stilling i Børne- og Undervisningsministeriet.", "Bestyrelsen for Roskilde Katedralskole søger en rektor til Roskilde Katedralskole."],
      "Roskilde Katedralskole",
    ],
  ])("not %s", (_why, paragraphs, expected) => {
    expect(employer(paragraphs, ["Jobindex", "Ofir"])).toBe(expected);
  });

  it("takes the ministry its closing line names, not the agency the office works closely with", () => {
    const paragraphs = ["Kontoret hører under departementet.", "Du skal samarbejde tæt med Fiskeristyrelsen og erhvervets organisationer.", "Ministeriet for Fødevarer, Landbrug og Fiskeri"];
    // the running header that named it is dropped: the head holds the unit and the post
    expect(employer(paragraphs, ["DEPARTEMENTET", "Kontorchef til Kontor for Fiskeripolitik og Havmiljø"])).toBe("Ministeriet for Fødevarer, Landbrug og Fiskeri");
  });

  it("takes the kommune the start is agreed with for the employer ('efter aftale med')", () => {
    expect(employer(["Fredericia Kommune søger en vejchef.", "Tiltrædelse 1. maj 2027 eller efter aftale med Fredericia Kommune."])).toBe("Fredericia Kommune");
  });

  it("takes an organisation the ad's own post is taken up in ('tiltræde en stilling i …') for the employer", () => {
    expect(employer(["Du får mulighed for at tiltræde en stilling i Region Midtjylland, hvor du bliver en del af en stærk ledergruppe."])).toBe("Region Midtjylland");
  });

  it("finds an organisation named only by its role: the post's own line, its heading, its mentions", () => {
    const paragraphs = ["Havbo leverer vand og varme i Østjylland.", "Om Havbo", "Havbo har 190 medarbejdere, og Havbo vokser."];
    expect(employer(paragraphs, ["Administrerende direktør til Havbo"])).toBe("Havbo");
  });

  it("finds the employer in a job board's byline under the post, not the unit the post is for", () => {
    const paragraphs = ["Nordlys Drives udvikler og producerer pumper.", "Du bliver en del af ledergruppen i Supply Chain, og Nordlys Drives investerer i dig."];
    expect(employer(paragraphs, ["Teamleder til Supply Chain Planning", "Nordlys Drives · Gråsten"])).toBe("Nordlys Drives");
  });
  it("takes no post in a byline for an employer", () => {
    expect(employer(["Du får ansvaret for driften."], ["Teamleder Planlægning · Gråsten"])).toBeNull();
  });

  it("finds the organisation over the address in a signature", () => {
    const lines = ["Med venlig hilsen", "Søndervang Forsyning", "Havnevej 12", "6000 Kolding"];
    expect(employer(["Søndervang Forsyning", "Kolding Kommune er vores ejer."], [], lines)).toBe("Søndervang Forsyning");
  });

  it("finds a parish council named only in the signature", () => {
    const lines = ["Med venlig hilsen", "Lisbeth Kjærgaard Holm", "Formand", "Vor Frelsers Sogns Menighedsråd, Horsens", "Vor Frelsers Kirkeplads 3, 8700 Horsens"];
    const paragraphs = ["Vores mangeårige kordegn går på pension, og derfor søger menighedsrådet en ny kordegn.", ...lines];
    expect(employer(paragraphs, ["Vi søger en kordegn, der også har lyst til at lede vores kirkekontor"], lines)).toBe("Vor Frelsers Sogns Menighedsråd");
  });

  it("finds a parish by its name over the ad, its council in lower case in the text", () => {
    const head = ["Kordegn og kirkekontorleder", "Sankt Mortens Sogn, Randers"];
    const paragraphs = ["Sankt Mortens Sogns menighedsråd søger en kordegn, der samtidig skal være leder af kirkekontoret."];
    expect(employer(paragraphs, head)).toMatch(/^Sankt Mortens Sogn/u);
  });

  it("takes a signer's 'Formand for …' on a line of its own for the signer's body, and no ministry a head's agreement names", () => {
    const head = ["KIRKEKONTORLEDER SØGES TIL ØLSTYKKE SOGN", "Hej alle sammen!", "- Løn og pension efter overenskomsten mellem Kirkeministeriet og HK"];
    const paragraphs = [
      "Vores kære Hanne går på pension, så nu skal Ølstykke Menighedsråd finde en ny kirkekontorleder.",
      "Løn og pension efter overenskomsten mellem Kirkeministeriet og HK",
      "Mange hilsner\nBente Kjærsgaard\nFormand for Ølstykke Menighedsråd",
    ];
    expect(employer(paragraphs, head)).toBe("Ølstykke Menighedsråd");
    // the chair of another body, beside a name on one line, is still someone else's
    expect(employer(["Ansættelsesudvalget består af Anne Holm, formand for Ølstykke Menighedsråd, og Bo Dahl.", "Vi søger en kirkekontorleder til Egedal Provsti."])).toBe("Egedal Provsti");
  });

  it("takes a kommune's day-care named by its kind for the kommune's place, the kommune that heads the page the employer", () => {
    const head = ["Bliv pædagogisk leder i Børnehuset Mariehønen", "Gladsaxe Kommune"];
    expect(employer([...head, "Børnehuset Mariehønen i Søborg er en integreret institution med 90 børn og 22 medarbejdere."], head)).toBe("Gladsaxe Kommune");
  });

  it("takes the job portal's own name for itself ('Job i Horsens Kommune') for the house's, not for a job elsewhere", () => {
    const head = ["Job i Horsens Kommune", "Pædagogisk leder til Børnehuset Kernehuset"];
    const paragraphs = [...head, "Børnehuset Kernehuset er et integreret børnehus med 94 børn.", "Kernehuset er en del af Dagtilbud Brædstrup-Nim.", "Horsens Kommune har et fælles lederudviklingsforløb.", "Horsens Kommune er en kommune i vækst."];
    expect(employer(paragraphs, head, head)).toBe("Horsens Kommune");
  });

  it("takes a care home the text calls self-governing for the employer, not the kommune it has an agreement with", () => {
    const paragraphs = [
      "Daglig leder til Plejehjemmet Lindely i Højslev",
      "Bestyrelsen for den selvejende institution Plejehjemmet Lindely søger en ny daglig leder.",
      "Vi har en driftsoverenskomst med Skive Kommune, men vi er vores egen institution.",
      "Plejehjemmet Lindely har 32 boliger. Du samarbejder med Skive Kommune.",
    ];
    expect(employer(paragraphs, paragraphs.slice(0, 1))).toBe("Plejehjemmet Lindely");
  });

  it("finds a social institution named by its kind on the cover, not the kommune it works with", () => {
    const head = ["JOB- OG PERSONPROFIL", "Forstander", "Bostedet Skovbrynet", "Udarbejdet af bestyrelsen for den selvejende institution Skovbrynet i samarbejde med Viborg Kommune"];
    const paragraphs = [...head, "Skovbrynet er en selvejende institution med driftsoverenskomst med Viborg Kommune.", "Skovbrynet arbejder ud fra en neuropædagogisk tilgang."];
    expect(employer(paragraphs, head)).toBe("Bostedet Skovbrynet");
  });

  it("takes a longer name one type word on for the one named where both start ('Aalborg University Hospital')", () => {
    const paragraphs = [
      "Aalborg University Hospital is looking for a Chief Physician.",
      "The Department of Neurology at Aalborg University Hospital serves the North Denmark Region.",
      "The department is closely linked to the Department of Clinical Medicine at Aalborg University.",
    ];
    expect(employer(paragraphs, paragraphs.slice(0, 1))).toBe("Aalborg University Hospital");
  });

  it("takes no recruitment firm by its short name for the employer ('hos Holm & Brink' beside 'Holm & Brink Executive Search')", () => {
    const got = findEmployer({
      head: ["Job- og personprofil", "Sekretariatschef for Regionssekretariatet", "Region Syddanmark"],
      paragraphs: [
        "Udarbejdet af Holm & Brink Executive Search i samarbejde med Region Syddanmark, februar 2027.",
        "Rekrutteringen gennemføres af Holm & Brink Executive Search i samarbejde med et ansættelsesudvalg.",
        "Poul Erik Thisted | Partner, Holm & Brink (konsulent)",
        "Kandidaterne får en tilbagemelding hos Holm & Brink inden anden samtale.",
        "Spørgsmål kan rettes til partner Poul Erik Thisted, Holm & Brink Executive Search, på telefon 40 18 92 55.",
        "Holm & Brink Executive Search · Frederiksgade 9, 8000 Aarhus C",
      ],
      lines: [],
      firm: "Holm & Brink Executive Search",
    });
    expect(got).toBe("Region Syddanmark");
  });
  it("takes a kommune's bosted for the kommune's, its portal's link in the page's menu no job elsewhere ('Politik   Job i Viborg Kommune')", () => {
    const got = employer(
      [
        "Borger   Erhverv   Politik   Job i Viborg Kommune   Søg",
        "Leder til Bostedet Skovbrynet",
        "Arbejdssted: Bostedet Skovbrynet, Ellebakken 14, 8800 Viborg",
        "Bostedet Skovbrynet er et af Viborg Kommunes seks botilbud for voksne.",
        "Som leder har du det samlede ansvar for Skovbrynet.",
        "Til anden samtale beder vi dig forberede et oplæg om dine første 100 dage på Skovbrynet.",
        "Læs mere om Viborg Kommune som arbejdsplads på www.viborg.dk/job",
      ],
      ["Viborg Kommune", "Borger   Erhverv   Politik   Job i Viborg Kommune   Søg", "Leder til Bostedet Skovbrynet", "Arbejdssted: Bostedet Skovbrynet, Ellebakken 14, 8800 Viborg"],
    );
    expect(got).toBe("Viborg Kommune");
  });
  it.each([
    ["Arbejdsgiver | Den selvejende institution Teatret Fyrtårnet", "Teatret Fyrtårnet"],
    ["Arbejdsgiver: Teatret Fyrtårnet, Esbjerg", "Teatret Fyrtårnet"],
    ["Virksomhed: Vestjysk Staal A/S · Holstebro", "Vestjysk Staal A/S"],
  ])("takes the organisation a fact box's label names (%j)", (line, want) => {
    const got = employer(
      [line, "Teatret Fyrtårnet har en egnsteateraftale med Esbjerg Kommune for perioden 2027-2030.", "Bestyrelsen søger en ny direktør til teatret i Esbjerg."],
      ["Job- og personprofil", "Direktør for Teatret Fyrtårnet, Esbjerg"],
    );
    expect(got).toBe(want);
  });
  it.each([
    "Organisation: Du refererer til direktøren og indgår i ledergruppen.",
    "Virksomhed: privat, 40 ansatte",
    "Arbejdsgiver: Se nedenfor",
  ])("takes no name from a label's value that is none (%j)", (line) => {
    expect(employer([line, "Vejle Kommune søger en leder til Hjemmeplejen Nord.", "Vejle Kommune har 6.000 ansatte."], ["Leder til Hjemmeplejen Nord"])).toBe("Vejle Kommune");
  });
  it("takes no unit a fact box's label names for the employer, though the post's line names it", async () => {
    const text =
      "# Forretningschef til Fjernvarme\n\n**Frederiksberg Forsyning A/S** · Stæhr Johansens Vej 38, 2000 Frederiksberg\n\n| | |\n|---|---|\n| **Afdeling** | Fjernvarme |\n| **Ansøgningsfrist** | 2. maj 2027 |\n\n## Virksomheden\n\nFrederiksberg Forsyning er ejet af Frederiksberg Kommune og leverer fjernvarme. Fjernvarmen skal være fossilfri.\n\n## Rollen\n\nSom forretningschef for Fjernvarme får du ansvaret for 45 medarbejdere i Fjernvarme.";
    const { record } = await parseProfile(Buffer.from(text), { path: "x.md" });
    expect(record.employer).toBe("Frederiksberg Forsyning A/S");
  });
  it("still takes a house a unit's label names where it hires", async () => {
    const text = "Produktionschef\n\nAfdeling: Nordlys Plast A/S, Produktion\nAnsøgningsfrist: 2. maj 2027\n\nNordlys Plast A/S søger en produktionschef, der kan lede 60 medarbejdere i tre skift.";
    const { record } = await parseProfile(Buffer.from(text), { path: "x.txt" });
    expect(record.employer).toBe("Nordlys Plast A/S");
  });
  it("reads the employer's label on any line of a fact box kept as one paragraph", async () => {
    const text = "Teaterdirektør\n\nArbejdsgiver: Den selvejende institution Teatret Fyrtårnet\nArbejdssted: Esbjerg\nAnsøgningsfrist: 4. maj 2027\n\nTeatret Fyrtårnet har en egnsteateraftale med Esbjerg Kommune, og bestyrelsen søger en ny direktør, der kan give teatret et nyt kunstnerisk aftryk.";
    const { record } = await parseProfile(Buffer.from(text), { path: "x.txt" });
    expect(record.employer).toBe("Teatret Fyrtårnet");
  });
  it("reads a church council before 'ved' as no town's name ('Menighedsrådet ved Vor Frue Kirke søger')", () => {
    expect(employer(["Menighedsrådet ved Vor Frue Kirke søger en kirketjener.", "Vor Frue Kirke ligger i Aalborg."], ["Kirketjener til Vor Frue Kirke"])).toBe("Vor Frue Kirke");
  });
  it("takes a town named bare for its kommune where the text names the kommune ('Velkommen til Holbæk')", () => {
    const got = employer(
      [
        "Velkommen til Holbæk",
        "Holbæk Kommune er en kommune i vækst med godt 73.000 indbyggere.",
        "Du skal gøre Holbæk til et sted, socialrådgivere søger til.",
        "Rekrutteringen gennemføres i tæt samarbejde med Holbæk Kommune.",
        "Ansøgningen uploades under \"Centerchef, Holbæk\".",
      ],
      ["Holbæk Kommune", "Centerchef for Børn og Familie, Holbæk"],
    );
    expect(got).toBe("Holbæk Kommune");
    // a kommune named only as someone else's is no town's employer
    expect(employer(["Esbjerg fB søger en direktør.", "Velkommen til Esbjerg", "Klubben samarbejder med Esbjerg Kommune om talentudvikling.", "Esbjerg er en by i vækst."], ["Direktør til Esbjerg"])).not.toBe("Esbjerg Kommune");
  });
  it("reads a saint's abbreviation as a word of the name ('Skt. Nikolaj Sogn'), its stop no sentence's end", () => {
    const got = employer(
      [
        "Menighedsrådet ved Skt. Nikolaj Kirke søger en kordegn.",
        "Skt. Nikolaj Sogn er et bysogn midt i Kolding med ca. 9.500 indbyggere.",
        "Skt. Nikolaj Sogn · Nikolajgade 4 · 6000 Kolding",
      ],
      ["Kordegn til Skt. Nikolaj Sogn i Kolding"],
    );
    expect(got).toMatch(/^Skt\. Nikolaj (?:Sogn|Kirke)$/u);
  });
  it("credits the head's line to the longer name it sets apart ('Aarhus University Hospital'), not the shorter one it begins with", () => {
    const got = employer(
      [
        "Aarhus University Hospital (AUH) is one of Denmark's largest hospitals.",
        "Faculty of Health at Aarhus University is the cornerstone of this work.",
        "You will develop the collaboration with Aarhus University and the other universities.",
        "Research at Aarhus University Hospital is organised in 44 departments.",
      ],
      ["Aarhus University Hospital", "Job and person profile – Director of Research"],
    );
    expect(got).toBe("Aarhus University Hospital");
  });
  it("takes no town a house stands in for the one who hires ('Kildemosen ved Haderslev søger')", () => {
    const got = employer(
      ["Kildemosen ved Haderslev søger en leder, der vil gå forrest for 36 beboere.", "Kildemosen hører under Socialområdet i Region Syddanmark.", "Region Syddanmark ønsker at fremme ligestilling."],
      ["Region Syddanmark – Ledige stillinger", "Socialområdet · Haderslev · Ledelse"],
    );
    expect(got).toBe("Region Syddanmark");
  });
  it("takes a house's one-word name at the start of the firm's for no short name of the firm's", () => {
    expect(findEmployer({ head: ["Direktør til Holm"], paragraphs: ["Holm søger en direktør.", "Holm har 200 ansatte og 40 års erfaring."], lines: [], firm: "Holm & Brink Executive Search" })).toBe("Holm");
  });
  it("finds a union by its word before its name ('Forbundet Pleje og Service søger')", () => {
    expect(employer(["Forbundet Pleje og Service søger en chefkonsulent til overenskomstafdelingen."])).toBe("Forbundet Pleje og Service");
  });

  it("takes the last of a list of partners ('samarbejdet med Jobcenter, Ydelsesservice og Udbetaling Danmark') for someone else", () => {
    const text = ["Du skal styrke samarbejdet med Jobcenter, Ydelsesservice og Udbetaling Danmark.", "Horsens Kommune ønsker at afspejle samfundet."];
    expect(employer(text, [], [])).toBe("Horsens Kommune");
  });

  it.each([
    // a comma before "og" opens a clause, no list: the house named after it is the house
    [["Vi søger en leder til Ældreplejen.", "Du får sparring fra HR, og Horsens Kommune tilbyder et lederudviklingsforløb.", "Horsens Kommune ønsker at afspejle samfundet."], "Horsens Kommune"],
    [["Du skal samarbejde med FOA, og Aabenraa Kommune tilbyder dig et lederudviklingsforløb.", "Aabenraa Kommune søger en leder."], "Aabenraa Kommune"],
    // the last name of a list in the genitive is the house's own
    [["Du samarbejder tæt med Sundhed, Ældre og Horsens Kommunes øvrige direktion.", "Horsens Kommune søger en chef."], "Horsens Kommune"],
    // a name followed by a verb is a clause's subject, no list's last name; a list's middle name is someone else's too
    [["Du får sparring fra HR, IT og Horsens Kommune tilbyder dig et lederforløb.", "Horsens Kommune ønsker at afspejle samfundet."], "Horsens Kommune"],
    [["Du skal styrke samarbejdet med Jobcenter, Udbetaling Danmark, Ydelsesservice og Borgerservice.", "Horsens Kommune ønsker at afspejle samfundet."], "Horsens Kommune"],
  ])("takes no clause after a list's comma for the list (%j)", (paragraphs, want) => {
    expect(employer(paragraphs)).toBe(want);
  });

  it.each([
    ["Region Midt søger en vicedirektør til Regionshospitalet.", "Region Midt"],
    ["Region H søger en vicedirektør. Region H har 40.000 medarbejdere.", "Region H"],
  ])("keeps a region's everyday short name (%j)", (sentence, want) => {
    expect(employer([sentence, `${want} har mange medarbejdere.`])).toBe(want);
  });

  it("ends a society's name before the next organisation's ('Foreningen Grønne Familier og Danske Handicaporganisationer')", () => {
    expect(employer(["Foreningen Grønne Familier og Danske Handicaporganisationer søger en sekretariatschef."])).toBe("Foreningen Grønne Familier");
    expect(employer(["Boligforeningen Østerbo og KAB søger en driftschef."])).toBe("Boligforeningen Østerbo");
  });

  it("takes a faculty that hires for the university's part, not an employer ('Det Humanistiske Fakultet søger')", () => {
    const text = ["Det Humanistiske Fakultet søger en fakultetsdirektør.", "Københavns Universitet er Danmarks ældste universitet. Københavns Universitet har seks fakulteter."];
    expect(employer(text)).toBe("Københavns Universitet");
  });

  it("takes a company's own region ('I Region Syd har vi …') for no regional council", () => {
    expect(employer(["NordRen Facility A/S leverer rengøring til virksomheder. I Region Syd har vi vundet tre kontrakter, og Region Syd vokser."], ["Driftschef – Region Syd", "NordRen Facility A/S · Kolding"])).toBe("NordRen Facility A/S");
  });

  it("takes a kommune's home named by its kind ('Bostedet Kirkehøj') for the kommune's place", () => {
    const text = ["Bostedet Kirkehøj er et botilbud for 24 voksne.", "Som leder af Kirkehøj indgår du i ledergruppen.", "Aabenraa Kommune ønsker at afspejle det omgivende samfund."];
    expect(employer(text, ["Leder til Bostedet Kirkehøj", "Aabenraa Kommune · Social og Sundhed"])).toBe("Aabenraa Kommune");
  });

  it("finds a Danish body by its English name ('Danish Medicines Agency'), named on its title line and its card", () => {
    const text = ["We are looking for a head of division for clinical trials.", "Danish Medicines Agency, Axel Heides Gade 1, 2300 Copenhagen S"];
    expect(employer(text, ["Head of Division for Clinical Trials – Danish Medicines Agency"])).toBe("Danish Medicines Agency");
  });

  it("takes a unit named 'Myndighed' for no employer, however its heading presents it ('Om Myndighed')", () => {
    const text = ["Om Myndighed", "Myndighed er kommunens indgang for voksne borgere med handicap.", "Viborg Kommune søger to ledere til Myndighed."];
    expect(employer(text, ["To ledere til Myndighed i Social og Sundhed", "Viborg Kommune · Social og Sundhed · Myndighed"])).toBe("Viborg Kommune");
  });

  it("knows a police district as an employer", () => {
    expect(employer(["Sydøstjyllands Politi søger en leder af Administrativt Center."])).toBe("Sydøstjyllands Politi");
  });

  it.each([
    // the site's name settles a choice between two organisations the text names alike
    ["Vandcenter Syd A/S", "VandCenter Syd"],
    ["Job i Nordfyns Kommune", "Nordfyns Kommune", ["Vandcenter Syd A/S og Nordfyns Kommune samarbejder om klimatilpasning."]],
    // a known organisation owns a page whose text names no employer; a job board owns none
    ["Silkeborg Kommune - job", "Silkeborg Kommune", ["Vi søger en skoleleder til Virklund Skole."]],
    ["Jobindex", null, ["Vi søger en skoleleder til vores skole."]],
    // a known site outweighs an organisation its text only mentions among partners
    ["Vordingborg Kommune", "Vordingborg Kommune", ["Du skal styrke samarbejdet med lokale virksomheder, praktiserende læger og Region Sjælland."]],
  ])("the page's site %j gives %j", (site, want, text = ["Nordfyns Kommune og Vandcenter Syd A/S samarbejder om klimatilpasning.", "Projektlederen arbejder med regnvand."]) => {
    expect(findEmployer({ head: [], paragraphs: text as string[], lines: [], site })).toBe(want);
  });

  it.each([
    [["Bestyrelsen søger en direktør. Bestyrelsen mødes seks gange om året."]],
    [["Vi søger en leder til vores team."]],
    [["Afdelingen søger en sygeplejerske. Afdelingen har 40 senge."]],
    [["Kontakt Anne Hansen for at høre mere."]],
  ])("no employer in %j", (paragraphs) => {
    expect(employer(paragraphs)).toBeNull();
  });
});

describe("the organisations we know", () => {
  it("has the 98 kommuner, the irregular names among them, and the 5 regioner", () => {
    expect(new Set(KOMMUNER).size).toBe(98);
    for (const name of ["Københavns Kommune", "Frederiksberg Kommune", "Lyngby-Taarbæk Kommune", "Bornholms Regionskommune", "Halsnæs Kommune", "Ærø Kommune", "Fanø Kommune", "Læsø Kommune", "Samsø Kommune", "Nordfyns Kommune", "Vesthimmerlands Kommune"])
      expect(KOMMUNER).toContain(name);
    expect(REGIONER).toHaveLength(5);
  });
});

describe("isOrganisationName: a name the vocabulary shows to be an organisation's, whole", () => {
  it.each([
    ["Holbæk Kommune", true],
    ["Region Midtjylland", true],
    ["Dansk Friskolesamvirke", true],
    ["Limfjordsgymnasiet", true],
    ["Sikkerhedsstyrelsen", true],
    ["Sjællands Universitetshospital", true],
    ["Nordvang Forsyning A/S", true],
    ["Rigsarkivet", true],
    ["Anne Marie Kjeldsen", false],
    ["Sundhed og Omsorg", false],
    ["Holbæk Kommune søger en leder", false],
    ["Leder til Holbæk Kommune", false],
  ])("%j → %s", (name, want) => {
    expect(isOrganisationName(name)).toBe(want);
  });
});

describe("session 41: a house that presents itself by a longer name", () => {
  it.each([
    // small words inside the name, its short name in brackets, its kind without an article before "for"
    [["Landsforeningen for Bæredygtigt Byggeri (LBB) er interesseorganisation for godt 900 virksomheder: arkitekter og entreprenører.", "Landsforeningen for Bæredygtigt Byggeri har sekretariat i Nordhavn."], "Landsforeningen for Bæredygtigt Byggeri"],
    [["Vild Natur i Danmark er en landsdækkende frivillig organisation, der arbejder for mere vild natur.", "Vild Natur i Danmark har 40 lokalgrupper."], "Vild Natur i Danmark"],
  ])("%j → %s", (paragraphs, want) => {
    expect(employer(paragraphs)).toBe(want);
  });
});

describe("session 44: a savings bank by its kind's word", () => {
  it("takes 'Sparekassen Kronjylland' for an organisation", () => {
    expect(isOrganisationName("Sparekassen Kronjylland")).toBe(true);
  });
});

describe("session 45: a region's business house by its kind's word", () => {
  it.each(["Erhvervshus Sydjylland", "Erhvervshuset Hovedstaden"])("takes %j for an organisation", (name) => {
    expect(isOrganisationName(name)).toBe(true);
  });
  it("takes the house the cover names over a region the text only mentions", () => {
    const paragraphs = ["Erhvervshus Sydjylland er et af de seks erhvervshuse, der rådgiver virksomheder.", "Vi samarbejder med kommunerne, med Region Syddanmark og med de lokale erhvervsråd."];
    expect(employer(paragraphs, ["Direktør", "Erhvervshus Sydjylland"])).toBe("Erhvervshus Sydjylland");
  });
});

describe("session 45: the employer's own voice at an ad's end", () => {
  it("takes the organisation that wishes to reflect society over one the tasks name", () => {
    const paragraphs = ["Du skal følge og påvirke den nationale udvikling på området, bl.a. gennem Danske Regioner.", "Region Syddanmark ønsker at afspejle det omgivende samfund og opfordrer alle interesserede til at søge."];
    expect(employer(paragraphs)).toBe("Region Syddanmark");
  });
  it("takes no recruitment firm that asks all to apply for the employer", () => {
    const paragraphs = ["Favrskov Kommune søger en direktør for Børn og Unge.", "Lindholm Search opfordrer alle kvalificerede kandidater til at søge stillingen."];
    expect(employer(paragraphs)).toBe("Favrskov Kommune");
  });
});

describe("a house whose name opens on its article", () => {
  it.each([
    [["Den Gamle By i Aarhus søger en nysgerrig og samlende leder af formidling."], "Den Gamle By"],
    [["Det Kongelige Teater søger en ny økonomichef."], "Det Kongelige Teater"],
  ])("%j → %s", (paragraphs, want) => {
    expect(employer(paragraphs)).toBe(want);
  });
  it.each([
    [["Blik- og Rørarbejderforbundet organiserer VVS-montører, blikkenslagere og energiteknikere i hele landet."], "Blik- og Rørarbejderforbundet"],
    [["Journalistforbundet søger en ny sekretariatsleder."], "Journalistforbundet"],
  ])("a union by its name in the definite form: %j → %s", (paragraphs, want) => {
    expect(employer(paragraphs)).toBe(want);
  });
  it("keeps a sentence's article out of the name", () => {
    expect(employer(["Den nye chef skal samle Favrskov Kommune om en plan."])).toBe("Favrskov Kommune");
  });
});
