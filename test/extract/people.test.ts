import { describe, expect, it } from "vitest";
import { addressRunAbove, contactsIn, extractCommittee, extractContacts, findNames, memberIn } from "../../src/extract/facts/people.js";
import { units } from "./units.js";
import { extractFacts } from "../../src/extract/facts/index.js";

describe("findNames", () => {
  const cases: [string, string[]][] = [
    ["borgmester Stephanie Storbank, formand for ansættelsesudvalget", ["Stephanie Storbank"]],
    ["1. viceborgmester, medlem af Økonomiudvalget Ann Charlotte Gaardsvig Vilstrup", ["Ann Charlotte Gaardsvig Vilstrup"]],
    ["direktør Martin Sejersgaard-Jacobsen, Teknik, Plan og Kultur", ["Martin Sejersgaard-Jacobsen"]],
    ["medlem af MED-Hovedudvalget Stinne Lindbjerg Toft, HK.", ["Stinne Lindbjerg Toft"]],
    ["kommunaldirektør Ole Bladt-Hansen tlf. 4034 8304", ["Ole Bladt-Hansen"]],
    ["partner i Genitor Christian Roslev på tlf. 2520 1505", ["Christian Roslev"]],
    ["Lasse Jacobsen, Viborg Kommune, på tlf. 5158 4878", ["Lasse Jacobsen"]],
    ["chef for KL's Konsulentvirksomhed, KLIK, Bente Buhl Rasmussen, tlf. 4032 6183", ["Bente Buhl Rasmussen"]],
    ["direktør for Sundhed og Omsorg Hans Hansen", ["Hans Hansen"]],
    // an area of several words, which ends in its unit's noun
    ["Dekan for Det Samfundsvidenskabelige Fakultet Peter Holst Riber", ["Peter Holst Riber"]],
    ["Leder af Nationalt Videnscenter Anne Berg", ["Anne Berg"]],
    // a museum's or an archive's title before the name
    ["Formidler Rasmus Jæger (medarbejderrepræsentant)", ["Rasmus Jæger"]],
    ["konsulent Anne-Mette von Holstein", ["Anne-Mette von Holstein"]],
    ["Jens P. Hansen, formand", ["Jens P. Hansen"]],
    ["Børne- og Familiechef Hans Chr. Andersen", ["Hans Chr. Andersen"]],
    ["kontakt Jens Hansen. Han er konsulent", ["Jens Hansen"]],
    ["Ørjan Åsmund Ærø", ["Ørjan Åsmund Ærø"]],
    // an area's last word is no first name: a body's offer, a discipline, an English title's area
    ["formand for Udvalget for Nære Sundhedstilbud Aase Bregnhøj", ["Aase Bregnhøj"]],
    ["Regionshospitalet Horsens Sygeplejefaglig direktør Anne Mette Vestergaard", ["Anne Mette Vestergaard"]],
    ["Head of Grants Maja Frederiksen", ["Maja Frederiksen"]],
    // a unit's one-word name, then the person's
    ["teamleder i Team Pension Sara Holt og tillidsrepræsentant Lasse Damgaard", ["Sara Holt", "Lasse Damgaard"]],
    ["regionaldirektør for Region Syd Annette Bøgh og en forstander fra Region Midt", ["Annette Bøgh"]],
    ["Line Meldgaard Winther – Ledende overlæge, Fælles Akutmodtagelse", ["Line Meldgaard Winther"]],
    ["Vice-Dean Jens Ole Brink and Dean Marianne Thorsø (chair)", ["Jens Ole Brink", "Marianne Thorsø"]],
    // founders' names that make a firm's; a person's singular "Partner" does not
    ["Kontakt Lene Brink Partner i Brink & Holt", ["Lene Brink"]],
    ["Brandt Nørby Executive · Skt. Clemens Torv 8 · Tlf. 86 12 40 00 og partner Mette Brandt", ["Mette Brandt"]],
    // the body an English title heads, then the name
    ["consists of Chair of the Board Henrik Salomonsen and others", ["Henrik Salomonsen"]],
    // a body whose name ends in its noun, and an English area joined by "&"
    ["CEO Henrik Aagaard Lund, Chair of the Audit Committee Birgitte Mølholm and Head of People & Culture Sara Winther", ["Henrik Aagaard Lund", "Birgitte Mølholm", "Sara Winther"]],
    // a street before its house number is no person; a phone's four digits do not make one
    ["Odense Universitetshospital · J.B. Winsløws Vej 4 · 5000 Odense C", []],
    ["Skolen ligger på Hans Tausens Gade 12B i midtbyen", []],
    ["kontakt Mette Gade 4033 2414", ["Mette Gade"]],
    // a body's area after its "for" is no name ("Afdelingen for Kollektiv Transport")
    ["Afdelingschef Signe Mølgaard, Afdelingen for Kollektiv Transport", ["Signe Mølgaard"]],
    // surnames that are also words
    ["kommunaldirektør Henrik Vej, borgmester Egon Skov og Lise Lund", ["Henrik Vej", "Egon Skov", "Lise Lund"]],
    // the area a title heads ends in a capitalised word no list holds; the name follows it
    ["centerchef for Byfornyelse Karin Lykke Dahl", ["Karin Lykke Dahl"]],
    ["afdelingschef for Havne Søren Falk", ["Søren Falk"]],
    ["Chef for Samlinger og Udstillinger Jonas Bech Holt", ["Jonas Bech Holt"]],
    ["direktør for Klima, Vand og Kyster Ulla Dahl Krogh", ["Ulla Dahl Krogh"]],
    ["direktør for Landdistrikter Per Vinge", ["Per Vinge"]],
    ["formand for Silkeborg Lærerkreds Bo Riis", ["Bo Riis"]],
    // so does the place a title works in, after "i", "af", "ved" or "på" and maybe a word for a unit
    ["teamleder i Rengøring Lotte Hjort", ["Lotte Hjort"]],
    ["Leder af Plejecenter Solbakken Dorthe Friis", ["Dorthe Friis"]],
    ["afdelingsleder ved Børnehuset Mælkebøtten Lene Bak Holm", ["Lene Bak Holm"]],
    ["souschef på Lindely Ida Vest", ["Ida Vest"]],
    // no title before the opener: the whole run is the name
    ["en hilsen i Anne Marie Holm", ["Anne Marie Holm"]],
    // no title before "for": the whole run is the name
    ["en stor tak for Anne Marie Holm", ["Anne Marie Holm"]],
    // a university's English name ends in its noun, no person's
    ["Professor Ulrika Sandberg, Lund University, and Professor Tomas Eriksen, Aarhus University", ["Ulrika Sandberg", "Tomas Eriksen"]],
    // a body's name on the next line leaves the name above it
    ["Kontakt Jens Holm\nAarhus University\nTlf. 2345 6789", ["Jens Holm"]],
    // a firm's words after its founders' names are no person's
    ["Mette Kjær Rasmussen, partner\nHolm & Vinther Executive A/S\nTelefon 28 45 61 93", ["Mette Kjær Rasmussen"]],
    ["Louise Hvidberg, partner\nHvidberg Search & Assessment\nTlf. 28 19 73 40", ["Louise Hvidberg"]],
  ];
  it.each(cases)("%s", (text, want) => {
    expect(findNames(text).map((n) => n.name)).toEqual(want);
  });
  const negatives = [
    "Høje-Taastrup Kommune har nedsat et ansættelsesudvalg bestående af Økonomiudvalget, kommunaldirektøren, en ledelsesrepræsentant (Centerchefen for Økonomi- og Analysecentret) samt en medarbejderrepræsentant (næstformanden i Hovedudvalget).",
    "en medarbejderrepræsentant",
    "Du kan søge stillingen via Genitors hjemmeside",
    "Kommunaldirektør, Viborg Kommune",
    "Region Hovedstaden",
    "Børn og Unge",
  ];
  it.each(negatives)("no name: %s", (text) => {
    expect(findNames(text)).toEqual([]);
  });
});

describe("contactsIn", () => {
  const cases: [string, { name: string | null; role?: string | null; phone: string | null; email: string | null }[]][] = [
    // each name's role between its neighbours: "og sognepræst" is the next person's
    ["Til samtalerne sidder vores kontaktperson Jørgen Holt og sognepræst Karen Lund.", [{ name: "Jørgen Holt", role: null, phone: null, email: null }, { name: "Karen Lund", role: "sognepræst", phone: null, email: null }]],
    // the writer's own number is no one's named after it; a first name called on its number is a contact
    ["Ring endelig til mig på 20 45 67 89 eller til Jørgen på 61 78 22 05.", [{ name: null, role: null, phone: "20456789", email: null }, { name: "Jørgen", role: null, phone: "61782205", email: null }]],
    // "en uformel snak med" invites contact too
    ["Du kan også tage en uformel snak med souschef Jesper Thygesen på 21 19 70 33 – han viser dig gerne rundt.", [{ name: "Jesper Thygesen", role: "souschef", phone: "21197033", email: null }]],
    // "tage fat i" invites contact as "kontakte" does
    ["Du er også velkommen til at tage fat i direktør Per Uldall Hjorth på 42 19 50 04.", [{ name: "Per Uldall Hjorth", role: "direktør", phone: "42195004", email: null }]],
    [
      "Hvis du har spørgsmål om jobbet, er du meget velkommen til at kontakte borgmester Stephanie Storbank på tlf. 7972 7207 eller chefkonsulent i Genitor Lisbeth Binderup på tlf. 2049 5140.",
      [
        { name: "Stephanie Storbank", role: "borgmester", phone: "79727207", email: null },
        { name: "Lisbeth Binderup", role: "chefkonsulent i Genitor", phone: "20495140", email: null },
      ],
    ],
    [
      "Hvis du har spørgsmål om jobbet, er du meget velkommen til at kontakte kommunaldirektør Lasse Jacobsen, Viborg Kommune, på tlf. 5158 4878 eller laj@viborg.dk eller partner i Genitor Christian Roslev på tlf. 2520 1505 eller chro@genitor.dk.",
      [
        { name: "Lasse Jacobsen", role: "kommunaldirektør", phone: "51584878", email: "laj@viborg.dk" },
        { name: "Christian Roslev", role: "partner i Genitor", phone: "25201505", email: "chro@genitor.dk" },
      ],
    ],
    // "tale med" invites a call: its number needs no "tlf." (and a no-break space inside it is a space)
    [
      "Du kan også tale med faglig koordinator Mikkel Dahl Sørensen på 8970\u00a04452, som gerne fortæller om hverdagen.",
      [{ name: "Mikkel Dahl Sørensen", role: "faglig koordinator", phone: "89704452", email: null }],
    ],
    // and so do "høre, hvordan det er" from a colleague, and "spørge" one
    [
      "Du kan også spørge kundekonsulent Rasmus Bækgaard på 96 22 41 85 om hverdagen i teamet.",
      [{ name: "Rasmus Bækgaard", role: "kundekonsulent", phone: "96224185", email: null }],
    ],
    [
      "Du kan også høre, hvordan det er at være medarbejder i teamet, hos kundekonsulent Rasmus Bækgaard på 96 22 41 85.",
      [{ name: "Rasmus Bækgaard", role: "kundekonsulent", phone: "96224185", email: null }],
    ],
    [
      "Kan fås hos Jakob Lundgaard, tlf. 4033 2414 og/eller hos kommunaldirektør Ole Bladt-Hansen tlf. 4034 8304.",
      [
        { name: "Jakob Lundgaard", phone: "40332414", email: null },
        { name: "Ole Bladt-Hansen", role: "kommunaldirektør", phone: "40348304", email: null },
      ],
    ],
    [
      "Der kan også rettes fortrolig henvendelse til kommunaldirektør Hugo Pedersen, tlf. 4030 7570 eller til chef for KL's Konsulentvirksomhed, KLIK, Bente Buhl Rasmussen, tlf. 4032 6183, der er konsulent på opgaven.",
      [
        { name: "Hugo Pedersen", role: "kommunaldirektør", phone: "40307570", email: null },
        { name: "Bente Buhl Rasmussen", role: "chef for KL's Konsulentvirksomhed, KLIK", phone: "40326183", email: null },
      ],
    ],
    ["Yderligere oplysninger fås hos direktør Hans Hansen på 20 30 40 50.", [{ name: "Hans Hansen", role: "direktør", phone: "20304050", email: null }]],
    ["Kontakt Mette Lund, chefkonsulent, på +45 33 92 33 00 eller ml@firma.dk.", [{ name: "Mette Lund", role: "chefkonsulent", phone: "33923300", email: "ml@firma.dk" }]],
    ["Ring gerne på tlf. 4030 7570 til kommunaldirektør Hugo Pedersen.", [{ name: "Hugo Pedersen", phone: "40307570", email: null }]],
    ["Kontakt partner Morten Hansen, Mercuri Urval, tlf. 2030 4050.", [{ name: "Morten Hansen", role: "partner", phone: "20304050", email: null }]],
    ["Kontakt professor Hans Hansen, Aarhus Universitet, tlf. 2030 4050.", [{ name: "Hans Hansen", role: "professor", phone: "20304050", email: null }]],
    ["Spørgsmål kan rettes til tlf. 4030 7570.", [{ name: null, phone: "40307570", email: null }]],
    // one person's two numbers: a contact has one phone, so the person stands twice, a number each; the next person keeps theirs
    [
      "Spørgsmål kan rettes til kommunaldirektør Lone Hansen på tlf. 4030 7570 eller mobil 2233 4455, eller til partner Jens Berg, Genitor, på tlf. 2020 3030.",
      [
        { name: "Lone Hansen", role: "kommunaldirektør", phone: "40307570", email: null },
        { name: "Lone Hansen", role: "kommunaldirektør", phone: "22334455", email: null },
        { name: "Jens Berg", role: "partner", phone: "20203030", email: null },
      ],
    ],
    [
      "Kontakt Mette Lund på 4030 7570 eller 2233 4455.",
      [
        { name: "Mette Lund", phone: "40307570", email: null },
        { name: "Mette Lund", phone: "22334455", email: null },
      ],
    ],
    [
      "Ring gerne til direktør Lise Krogsgaard på 9611 7420 eller mobil 2173 6655, eller skriv til lise.krogsgaard@holstebro.dk.",
      [
        { name: "Lise Krogsgaard", role: "direktør", phone: "96117420", email: "lise.krogsgaard@holstebro.dk" },
        { name: "Lise Krogsgaard", role: "direktør", phone: "21736655", email: null },
      ],
    ],
    // a visit to arrange is a way in too
    [
      "Du er også velkommen til at komme forbi og se husene – aftal et tidspunkt med afdelingsleder Gitte Kjærsgaard på 21 87 40 55.",
      [{ name: "Gitte Kjærsgaard", role: "afdelingsleder", phone: "21874055", email: null }],
    ],
    // a number before the name it belongs to
    [
      "Kontakt Mette Lund på tlf. 4030 7570, eller ring på tlf. 2233 4455 til direktør Hans Berg.",
      [
        { name: "Mette Lund", phone: "40307570", email: null },
        { name: "Hans Berg", phone: "22334455", email: null },
      ],
    ],
    ["Spørgsmål kan sendes til job@kommune.dk.", [{ name: null, phone: null, email: "job@kommune.dk" }]],
    // a fax is no one's number
    ["Kontakt skolechef Helle Jensen, tlf. 21 34 56 78 · fax 76 81 00 01", [{ name: "Helle Jensen", phone: "21345678" }]],
    // whom a visitor is sent to arrange a visit with
    [
      "Du er også velkommen til at komme forbi og få en rundvisning – aftal det med husets administrative koordinator, Trine Hvass, på 96 15 87 22.",
      [{ name: "Trine Hvass", phone: "96158722", email: null }],
    ],
    [
      "Ansøgningen sendes til job@kommune.dk, og spørgsmål kan rettes til direktør Hans Hansen på tlf. 7012 3456.",
      [{ name: "Hans Hansen", role: "direktør", phone: "70123456", email: null }],
    ],
  ];
  it.each(cases)("%s", (text, want) => {
    expect(contactsIn(text)).toMatchObject(want);
    expect(contactsIn(text)).toHaveLength(want.length);
  });
  const negatives = [
    "Ansøgning sendes til KLK's chefsekretær Lone Sørensen på mailadresse: loe@kl.dk eller på adressen:",
    "KL Weidekampsgade 10 Postboks 3370 København S Att.: Chefsekretær Lone Sørensen.",
    "Kommunen har 4030 7570 kroner i kassen.",
    "Send din ansøgning og dit CV til Lone Sørensen, lone@kl.dk.",
    "Ansøgningen skal uploades på www.genitor.dk.",
    "Faktura til CVR-nr. 2918 9855.",
    "Billund Kommune har 27.000 indbyggere.",
  ];
  it.each(negatives)("no contact: %s", (text) => {
    expect(contactsIn(text)).toEqual([]);
  });
});

describe("extractContacts", () => {
  it.each([
    "Spørgsmål om selve ansøgningsproceduren kan rettes til HR Service på hrservice@sdu.dk.",
    "Spørgsmål om ansøgningsproceduren kan rettes til HR Rekruttering på tlf. 70 15 50 00.",
  ])("takes no desk for questions on the application's procedure beside a named contact: %j", (desk) => {
    const got = extractContacts(units(`Yderligere oplysninger fås hos sektionschef Rasmus Skov Eriksen på tlf. 65 50 28 41.\n${desk}`, "yderligere"));
    expect(got.map((c) => c.contact.name)).toEqual(["Rasmus Skov Eriksen"]);
  });
  it("gives a card's number and address to the person it named alone on its first line, over the house and its address", () => {
    const got = extractContacts(units("Kontakt: Hospitalsdirektør Merete Skovbo Hald\nSjællands Universitetshospital\nLykkebækvej 1, 4600 Køge\nTlf. 47 32 18 65 mesh@regionsjaelland.dk", "yderligere"));
    expect(got.map((c) => c.contact)).toEqual([{ name: "Merete Skovbo Hald", role: "Hospitalsdirektør", phone: "47321865", email: "mesh@regionsjaelland.dk" }]);
  });
  it("takes no name from a footer's public mailbox, and no number from the footer beside the contact", () => {
    const got = extractContacts(units("Har du spørgsmål, så ring til centerchef Mikkel Damgaard på 29 46 11 87.\n\nHolbæk Kommune\nRådhuset, Kanalstræde 2, 4300 Holbæk\nTelefon 72 36 00 00 · Skriv sikkert via Digital Post"));
    expect(got.map((c) => c.contact.phone)).toEqual(["29461187"]);
  });
  it("takes no number from the house's card filed as the page's", () => {
    const got = extractContacts(units("Kontakt partner Anders Mølgaard på telefon 40 18 72 55.\n# andet:\nDansk Friskolesamvirke · Vestergade 14 · 5700 Svendborg · tlf. 62 21 14 80"));
    expect(got.map((c) => c.contact.phone)).toEqual(["40187255"]);
    // a person's card on one line is hers, wherever it was filed
    const card = extractContacts(units("# andet: Kontakt\nMette Lund · Kanalstræde 2 · 4300 Holbæk · Mobil 20 49 51 40"));
    expect(card.map((c) => c.contact.phone)).toEqual(["20495140"]);
  });
  it("takes a job board's general mailbox and the number given with it for no contact while a person is named", () => {
    const got = extractContacts(units("Har du spørgsmål, så ring til formand Peter Sønderskov på 21 43 87 90.\n\nEfterskolejob.dk – jobbanken for efterskoler\nTlf. 33 12 86 80 · info@efterskolejob.dk"));
    expect(got.map((c) => c.contact.phone)).toEqual(["21438790"]);
  });
  it("gives an application address of a named contact's initials to her", () => {
    const text = "Ansøgningen sendes til kw@haldege-hojskole.dk senest den 10. maj.\n\nVil du vide mere, så ring til bestyrelsesformand Karen Winther på 40 57 12 89 eller forstander Ib Lassen på 22 31 58 07.";
    expect(extractContacts(units(text)).map((c) => [c.contact.name, c.contact.email])).toEqual([
      ["Karen Winther", "kw@haldege-hojskole.dk"],
      ["Ib Lassen", null],
    ]);
    // initials two named people share give the address to neither
    const two = text.replace("Ib Lassen", "Kim Wad");
    expect(extractContacts(units(two)).map((c) => c.contact.email)).toEqual([null, null]);
    // the house's mailbox is no one's, though a name spells it
    const house = "Send din ansøgning til job@spildevand.dk senest den 10. januar.\n\nVil du vide mere, så ring til teknisk chef Jens Ole Bækgaard på 21 47 63 08.";
    expect(extractContacts(units(house)).map((c) => c.contact.email)).toEqual([null]);
  });
  it("takes a parish office's mailbox on the church's domain and its number for no contact while a person is named", () => {
    const got = extractContacts(units("Spørgsmål om stillingen kan rettes til menighedsrådets formand Lise Holm Berg, tlf. 23 41 56 08.\n# yderligere:\nTlf. 45 86 10 24 · vesterby.sogn@km.dk"));
    expect(got.map((c) => c.contact.phone)).toEqual(["23415608"]);
    // a priest's own address on the same domain is hers
    const priest = extractContacts(units("Kontakt sognepræst Jakob Friis Nørgaard, tlf. 61 70 24 93, mail jfn@km.dk."));
    expect(priest.map((c) => c.contact.email)).toEqual(["jfn@km.dk"]);
    // and the office is the contact where no one else is given
    expect(extractContacts(units("Tlf. 45 86 10 24 · vesterby.sogn@km.dk")).map((c) => c.contact.email)).toEqual(["vesterby.sogn@km.dk"]);
  });
  it("takes an office's mailbox and the number given with it for no contact while a person is named", () => {
    const got = extractContacts(units("Har du spørgsmål, så ring til Jeppe Kjeldsen på 21 84 37 92.\n# yderligere:\nTlf. 59 93 40 17 (i kontortiden) kontor@if-egebjerg.dk"));
    expect(got.map((c) => c.contact.phone)).toEqual(["21843792"]);
    // named by first name only, the reader is still asked to call someone
    const first = extractContacts(units("Har du spørgsmål, så ring eller skriv til Jeppe på 21 84 37 92 / formand@if-egebjerg.dk.\n# yderligere:\nTlf. 59 93 40 17 (i kontortiden) kontor@if-egebjerg.dk"));
    expect(first.map((c) => c.contact.phone)).toEqual(["21843792"]);
    // and the office is the contact where no one else is given, whether a sentence asks to write to it or not
    expect(extractContacts(units("Tlf. 59 93 40 17 (i kontortiden) kontor@if-egebjerg.dk")).map((c) => c.contact.phone)).toEqual(["59934017"]);
    expect(extractContacts(units("Har du spørgsmål til stillingen, så skriv til post@fjordlund.dk.")).map((c) => c.contact.email)).toEqual(["post@fjordlund.dk"]);
  });
  it("keeps an application address given as a contact beside the person named", () => {
    const got = extractContacts(units("Har du spørgsmål, så ring til formand Peter Sønderskov på 21 43 87 90.\n\nFjordlund Efterskole\nTlf. 33 12 86 80 · job@fjordlund.dk"));
    expect(got.map((c) => c.contact.email)).toContain("job@fjordlund.dk");
  });
  it("takes a note on personal data's phone for no contact, and no person named", () => {
    const got = extractContacts(units("Har du spørgsmål til behandlingen af dine personoplysninger, kan du kontakte vores databeskyttelsesrådgiver på tlf. 33 66 33 66.\n# yderligere:\nTlf. 59 93 40 17 (i kontortiden) kontor@if-egebjerg.dk"));
    expect(got.map((c) => c.contact.phone)).toEqual(["59934017"]);
  });
  it("takes the house's data protection officer for no contact", () => {
    const got = extractContacts(units("Kontakt pladsanvisningschef Louise Grønbech på lougro@gladsaxe.dk.\n# yderligere:\nHar du spørgsmål til behandlingen af dine personoplysninger, kan du kontakte vores databeskyttelsesrådgiver på dpo@gladsaxe.dk."));
    expect(got.map((c) => c.contact.email)).toEqual(["lougro@gladsaxe.dk"]);
  });
  it("takes the house's web desk, named by no one, for no contact", () => {
    const got = extractContacts(units("Ring til formidlingschef Stine Aaskov på 28 57 13 90.\n\nSiden er sidst opdateret af Stine Aaskov. Spørgsmål om selve siden: kommunikation@moesgaard.dk"));
    expect(got.map((c) => c.contact.email)).toEqual([null]);
  });
  it("reads a print ad's abbreviated contacts, \"el.\" (eller) no part of the second one's title", () => {
    const got = extractContacts(units("Yderligere oplysn. fås hos teknisk chef Søren Kold, tlf. 96 63 14 52, el. driftsleder Kaj Vestergaard, tlf. 21 70 38 96."));
    expect(got.map((c) => [c.contact.name, c.contact.role, c.contact.phone])).toEqual([
      ["Søren Kold", "teknisk chef", "96631452"],
      ["Kaj Vestergaard", "driftsleder", "21703896"],
    ]);
  });
  it("reads two English contacts in one sentence, each with a title before the name", () => {
    const got = extractContacts(
      units("For further information, please contact Head of Department, Chief Physician Helle Rask Bønnelykke, phone +45 65 41 22 90, e-mail hrb@rsyd.dk, or Professor Anders Fogh, phone +45 65 50 38 17, e-mail afogh@sdu.dk."),
    );
    expect(got.map((c) => [c.contact.name, c.contact.phone, c.contact.email])).toEqual([
      ["Helle Rask Bønnelykke", "65412290", "hrb@rsyd.dk"],
      ["Anders Fogh", "65503817", "afogh@sdu.dk"],
    ]);
  });
  it.each([
    ["a line each", "Fra: Hanne Lykke Sørensen <hals@aalborg.dk>\nSendt: 14. januar 2027 09:12\nTil: Skoleledere Øst <skoleledere-oest@aalborg.dk>\nCc: Peter Vinther <peter.vinther@aalborg.dk>"],
    ["run together", "Fra: Hanne Lykke Sørensen <hals@aalborg.dk> Sendt: 14. januar 2027 09:12 Til: Skoleledere Øst <skoleledere-oest@aalborg.dk>"],
  ])("takes no address from a forwarded mail's header (%s), and the post's contact after it", (_what, header) => {
    const got = extractContacts(units(`${header}\nHar du spørgsmål, så ring til skolechef Mette Rask på 2541 8870 eller skriv til mette.rask@aalborg.dk.`));
    expect(got.map((c) => c.contact.email)).toEqual(["mette.rask@aalborg.dk"]);
  });
  it("lists a number given twice without a name once ('ring til mig på …' and the signature's 'Mobil: …')", () => {
    const got = extractContacts(units("Har du spørgsmål, er du velkommen til at ringe til mig på 29 64 18 03. Du kan også ringe til Birthe på 61 35 20 87.\n\nMange hilsner\n\nMobil: 29 64 18 03"));
    expect(got.map((c) => c.contact.phone)).toEqual(["29641803", "61352087"]);
  });
  it.each([
    "Praktiske spørgsmål om ansøgningsportalen kan rettes til job@moesgaardmuseum.dk.",
    "Har du tekniske spørgsmål til ansøgningssystemet, kan du skrive til HR-service på job@aarhus.dk.",
    "Spørgsmål om det tekniske i ansøgningssystemet kan rettes til administrationen på job@moesgaardmuseum.dk.",
  ])("takes the application system's help desk for no contact: %j", (desk) => {
    const got = extractContacts(units(`Kontakt afdelingsleder Jonas Brink Holm på telefon 41 29 57 63 eller jbh@moesgaardmuseum.dk.\n${desk}`));
    expect(got.map((c) => c.contact.email)).toEqual(["jbh@moesgaardmuseum.dk"]);
  });
  it("keeps a person named for the portal's questions ('… til researcher Ida Lykke på …')", () => {
    const got = extractContacts(units("Praktiske spørgsmål om ansøgningsportalen kan rettes til researcher Ida Lykke på ilyk@meridian-leder.dk."));
    expect(got.map((c) => c.contact.email)).toEqual(["ilyk@meridian-leder.dk"]);
  });
  it("gives the writer's number and address to the writer, and a colleague named after them theirs", () => {
    const got = extractContacts(units("Så ring eller skriv til mig på 22 48 19 07 / mk@havnoe-partners.dk – eller til min kollega Jonas Frier på 31 72 04 58 / jf@havnoe-partners.dk."));
    expect(got.map((c) => [c.contact.name, c.contact.phone, c.contact.email])).toEqual([
      [null, "22481907", "mk@havnoe-partners.dk"],
      ["Jonas Frier", "31720458", "jf@havnoe-partners.dk"],
    ]);
  });
  it.each([
    ["Ring til mig på 22 48 19 07 eller til sekretariatet på 31 72 04 58.", [[null, "22481907", null], [null, "31720458", null]]],
    ["Du er velkommen til at ringe til mig på 22 48 19 07 eller skrive til vores HR-afdeling på hr@havnoe.dk.", [[null, "22481907", null], [null, null, "hr@havnoe.dk"]]],
    ["Ring til mig på 29 64 18 03 eller 20 45 67 89.", [[null, "29641803", null], [null, "20456789", null]]],
  ])("gives the writer only what follows the writer's number right after it: %j", (text, want) => {
    expect(extractContacts(units(text)).map((c) => [c.contact.name, c.contact.phone, c.contact.email])).toEqual(want);
  });
  it("reads the role after 'hvor' in a clause about the firm ('…, hvor partner Louise Brinck')", () => {
    const got = extractContacts(units("Rekrutteringen sker i samarbejde med Brinck & Aagesen Executive Search, hvor partner Louise Brinck (tlf. 31 62 48 90) gerne fortæller mere."));
    expect(got.map((c) => [c.contact.name, c.contact.role])).toEqual([["Louise Brinck", "partner"]]);
  });
  it("takes no address from a mail's picture ([cid:image001.png@…])", () => {
    const got = extractContacts(units("[cid:image001.png@01DB6A2C.4F3E1B20]\nHar du spørgsmål, så skriv til Hans Aagaard på haa@kraghsteen.dk."));
    expect(got.map((c) => c.contact.email)).toEqual(["haa@kraghsteen.dk"]);
  });
  it("leaves out the switchboard of a footer's address block while a person is named", () => {
    const got = extractContacts(
      units("Du er velkommen til at ringe til afdelingsleder Mette Bach Sørensen på tlf. 2164 0835.\nRanders Kommune\nLaksetorvet 1\n8900 Randers C\nTlf. 8915 1000\nCVR-nr. 29189668"),
    );
    expect(got.map((c) => c.contact.phone)).toEqual(["21640835"]);
  });
  it("leaves out a department's office numbers under its address on one long line, while a person is named", () => {
    const got = extractContacts(
      units(
        "# yderligere: Yderligere oplysninger\nDu er velkommen til at kontakte ledende overlæge Pernille Stoltenberg på tlf. 79 97 46 12.\nSygehus Sønderjylland, Kresten Philipsens Vej 15, 6200 Aabenraa\nAfdelingens sekretariat: tlf. 79 97 46 00\nSengeafsnit M3: tlf. 79 97 46 70",
      ),
    );
    expect(got.map((c) => c.contact.phone)).toEqual(["79974612"]);
  });
  it("joins a line of bare numbers to the person named just above", () => {
    const got = extractContacts(units("# yderligere: Kontakt\nLisbeth Binderup, chefkonsulent, Genitor\nTlf. 2049 5140\nlbi@genitor.dk"));
    expect(got.map((c) => c.contact)).toEqual([{ name: "Lisbeth Binderup", role: "chefkonsulent, Genitor", phone: "20495140", email: "lbi@genitor.dk" }]);
  });
  it("reads a contact block of name, title and number on lines of their own", () => {
    const got = extractContacts(units("# andet: Kontakt\nLisbeth Binderup\nChefkonsulent\nTlf. 2049 5140"));
    expect(got.map((c) => c.contact)).toEqual([{ name: "Lisbeth Binderup", role: "Chefkonsulent", phone: "20495140", email: null }]);
  });
  it.each([
    ["the address on one line", "Søndergade 22, 1. sal · 8000 Aarhus C"],
    ["the street and the town on lines of their own", "Søndergade 22, 1. sal\n8000 Aarhus C"],
  ])("reads a business card of name, title, firm and address over its numbers (%s)", (_what, address) => {
    const got = extractContacts(units(`# andet: Kontakt\nBirgitte Vestergaard\nPartner\nVestergaard & Holm Executive Search\n${address}\n# yderligere:\nMobil: 40 18 27 63\nE-mail: bv@vhexec.dk`));
    expect(got.map((c) => c.contact)).toEqual([{ name: "Birgitte Vestergaard", role: "Partner", phone: "40182763", email: "bv@vhexec.dk" }]);
  });
  it.each([["Birgitte Vestergaard, partner"], ["Partner Birgitte Vestergaard"]])("reads a card whose title stands on its name's line (%s)", (nameLine) => {
    const got = extractContacts(units(`# yderligere: Kontakt\n${nameLine}\nVestergaard & Holm Executive Search\nSøndergade 22, 1. sal\n8000 Aarhus C\nMobil: 40 18 27 63`));
    expect(got.map((c) => [c.contact.name, c.contact.phone])).toEqual([["Birgitte Vestergaard", "40182763"]]);
  });
  it("gives no one the switchboard under an organisation's name and address, which names no title", () => {
    const text = "Har du spørgsmål, så ring til museumsleder Birgitte Aagaard på 96 15 42 08.\n# andet: Tilmeld\nSkovsbo Egnsmuseum\nPrinsens Palæ\nMøllegade 3\n9640 Farsø\n# yderligere:\nTlf. 96 15 42 00 post@skovsbomuseum.dk";
    expect(extractContacts(units(text)).map((c) => [c.contact.name, c.contact.phone])).toEqual([["Birgitte Aagaard", "96154208"]]);
  });
  it("takes a church and its office on the page's foot for no one's name", () => {
    const text = "Yderligere oplysninger fås hos formand Birgitte Lauridsen, tlf. 22 64 81 35.\n# andet:\nSankt Lukas Sogns Menighedsråd\nSankt Lukas Kirke · Kirkekontoret · Tlf. 86 12 30 40 · Kontorets åbningstid: mandag-fredag kl. 10-13";
    expect(extractContacts(units(text)).map((c) => [c.contact.name, c.contact.phone])).toEqual([["Birgitte Lauridsen", "22648135"]]);
  });
  it("merges one person named twice", () => {
    const got = extractContacts(
      units("Du er velkommen til at kontakte chefkonsulent Lisbeth Binderup på tlf. 2049 5140.\nHvis du ønsker en fortrolig drøftelse, kan du også kontakte Lisbeth Binderup på lbi@genitor.dk."),
    );
    expect(got.map((c) => c.contact)).toEqual([{ name: "Lisbeth Binderup", role: "chefkonsulent", phone: "20495140", email: "lbi@genitor.dk" }]);
  });
  it("gives the address a receiving clause names in full to the contact named shorter", () => {
    const got = extractContacts(
      units("Send din ansøgning til formand for bestyrelsen Jens Ulrik Dam på bestyrelse@lyngbjerg.dk senest fredag den 12. marts. Ring gerne til Jens Ulrik på 28 14 66 03, hvis du vil høre mere."),
    );
    expect(got.map((c) => c.contact)).toEqual([{ name: "Jens Ulrik Dam", role: null, phone: "28146603", email: "bestyrelse@lyngbjerg.dk" }]);
  });
  it("reads the phones of a contacts table whose rows hold e-mail addresses", () => {
    const got = extractContacts(units("# yderligere: Kontaktpersoner\nKirsten Dalsgaard Kommunaldirektør 99 66 70 00 kida@vesthimmerland.dk"));
    expect(got.map((c) => [c.contact.name, c.contact.phone, c.contact.email])).toEqual([["Kirsten Dalsgaard", "99667000", "kida@vesthimmerland.dk"]]);
  });
  it("reads the numbers of a contacts table whose head names a phone column, and none of a table without one", () => {
    const rows = "| Hanne Skovgaard Lind | Vicedirektør, Regionshospitalet Gødstrup | 78 43 52 10\n| Birthe Aaen | Ledende oversygeplejerske | 78 43 61 27";
    const got = extractContacts(units(`# yderligere: Kontakt\n| Navn | Titel | Telefon\n${rows}`));
    expect(got.map((c) => [c.contact.name, c.contact.role, c.contact.phone])).toEqual([
      ["Hanne Skovgaard Lind", "Vicedirektør", "78435210"],
      ["Birthe Aaen", "Ledende oversygeplejerske", "78436127"],
    ]);
    expect(extractContacts(units(`# yderligere: Kontakt\n| Navn | Titel | Lønnummer\n${rows}`))).toEqual([]);
  });
  it("reads bare numbers as phones on the name lines under a contact lead-in or heading, and on no other line", () => {
    for (const lead of ["Har du spørgsmål til stillingen, er du velkommen til at kontakte:", "# yderligere: Kontaktpersoner"]) {
      const got = extractContacts(units(`${lead}\nDitte Rask Holm      2046 9931\nKommunaldirektør\nSagsnummer 27114455`, "yderligere"));
      expect(got.map((c) => [c.contact.name, c.contact.phone])).toEqual([["Ditte Rask Holm", "20469931"]]);
    }
    expect(extractContacts(units("Ditte Rask Holm      2046 9931\nKommunaldirektør", "yderligere"))).toEqual([]);
  });
  it("gives a contact the address of the same person's application clause", () => {
    const got = extractContacts(
      units("Ansøgning sendes til bestyrelsesformand Mette Holm på mh@skole.dk senest 5. februar.\nDu er velkommen til at ringe til Mette Holm på 21 44 60 93."),
    );
    expect(got.map((c) => c.contact)).toEqual([{ name: "Mette Holm", role: null, phone: "21446093", email: "mh@skole.dk" }]);
  });
  it("keeps whoever only receives applications out", () => {
    const got = extractContacts(units("Ansøgning sendes til sekretær Lone Sørensen på ls@skole.dk.\nDu er velkommen til at ringe til Mette Holm på 21 44 60 93."));
    expect(got.map((c) => c.contact.email)).toEqual([null]);
  });
  it.each([
    // the person named in full where applications go, and by first name where questions go
    ["Send ansøgningen til forstander Mikkel Dam Sørensen på mds@skole.dk senest 2. april.\nSpørgsmål kan rettes til Mikkel på 2483 1166.", [{ name: "Mikkel Dam Sørensen", role: null, phone: "24831166", email: "mds@skole.dk" }]],
    ["Kontakt afdelingsleder Hanne Bro på 4011 2233.\nDu kan også skrive til Hanne på hb@skole.dk.", [{ name: "Hanne Bro", role: "afdelingsleder", phone: "40112233", email: "hb@skole.dk" }]],
    // two people with that first name: no guess
    ["Spørgsmål kan rettes til Hanne på 4011 9999.\n\nKontakt Hanne Bro på hb@skole.dk eller Hanne Lund på hl@skole.dk.", [{ name: null, role: null, phone: "40119999", email: null }, { name: "Hanne Bro", role: null, phone: null, email: "hb@skole.dk" }, { name: "Hanne Lund", role: null, phone: null, email: "hl@skole.dk" }]],
  ])("takes a first name alone for the person named in full: %j", (text, want) => {
    expect(extractContacts(units(text)).map((c) => c.contact)).toEqual(want);
  });
  it("gives the number in an address line to no one standing above it", () => {
    const text = "Kontakt overlæge Per Holm på 4011 2233.\n\nLedige stillinger\nSekretær til Anne Berg\nHolmby Sygehus · Torvet 1 · 4573 Højby · Tlf. 59 66 66 66";
    expect(extractContacts(units(text)).map((c) => [c.contact.name, c.contact.phone])).toEqual([["Per Holm", "40112233"]]);
  });
  it("leaves the organisation's switchboard in an address line out while a person is named", () => {
    const text = "Kontakt afdelingsleder Per Holm på 4011 2233.\n\nKontakt os\nHolmby Kommune · Torvet 1 · 4573 Højby · Tlf. 59 66 66 66 · post@holmby.dk";
    expect(extractContacts(units(text)).map((c) => c.contact.phone)).toEqual(["40112233"]);
    // with no one named, the switchboard is the only way in
    expect(extractContacts(units("Kontakt os\nHolmby Kommune · Torvet 1 · 4573 Højby · Tlf. 59 66 66 66")).map((c) => c.contact.phone)).toEqual(["59666666"]);
  });
  it("takes an organisation's card that opens with a name like a person's for the organisation's", () => {
    const text = "Har du spørgsmål, så ring til programdirektør Karen Ravn-Lund på +45 28 71 40 96.\n\nDansk Vandhjælp · Ryesgade 27, 2200 København N · Tlf. +45 33 12 48 00 · info@danskvandhjaelp.dk · CVR 35 61 27 84";
    expect(extractContacts(units(text)).map((c) => [c.contact.name, c.contact.phone, c.contact.email])).toEqual([["Karen Ravn-Lund", "28714096", null]]);
  });
  it("takes the person to arrange a visit with for a contact", () => {
    const text = "Du er også meget velkommen til at komme forbi og se huset – aftal bare tid med souschef Peter Daugaard på 2819 4507.";
    expect(extractContacts(units(text)).map((c) => [c.contact.name, c.contact.phone])).toEqual([["Peter Daugaard", "28194507"]]);
  });
  it("reads a signature's mobile number over its mail line as a number, no postcode, and gives it to the name above", () => {
    const got = units("Mange hilsner\nBente Kjærsgaard\nFormand for Ølstykke Menighedsråd\nMobil");
    got[3] = { ...got[3], text: "Mobil: +45 2045 6789\nMail: bente.kjaersgaard@mail.dk" };
    expect(extractContacts(got).map((c) => c.contact)).toEqual([
      { name: "Bente Kjærsgaard", role: "Formand for Ølstykke Menighedsråd", phone: "20456789", email: "bente.kjaersgaard@mail.dk" },
    ]);
  });
  it("gives the number under a sentence that names people in passing to none of them, and a first name's number to the person named in full", () => {
    const text =
      "Til samtalerne sidder jeg selv, vores kontaktperson Jørgen Holt og sognepræst Karen Lund.\nHar du spørgsmål, så ring endelig til mig på 20 45 67 89 eller til Jørgen på 61 78 22 05.";
    expect(extractContacts(units(text)).map((c) => c.contact)).toEqual([
      { name: "Jørgen Holt", role: null, phone: "61782205", email: null },
      { name: null, role: null, phone: "20456789", email: null },
    ]);
  });
  it("leaves out people with no way to reach them", () => {
    expect(extractContacts(units("Kandidater opfordres til at aftale et møde med kommunaldirektør Hugo Pedersen."))).toEqual([]);
  });
});

describe("addressRunAbove", () => {
  // the number is the last line; where the run of address lines above it begins, and whether it held a postcode
  const cases: [string, string, { above: number; postcode: boolean }][] = [
    ["a card's street and postcode", "Birgitte Vestergaard\nPartner\nSøndergade 22, 1. sal\n8000 Aarhus C\nMobil: 2049 5140", { above: 1, postcode: true }],
    ["a street alone names no card", "Birgitte Vestergaard\nSøndergade 22\nMobil: 2049 5140", { above: 0, postcode: false }],
    ["no address: the line above", "Lisbeth Binderup, chefkonsulent\nTlf. 2049 5140", { above: 0, postcode: false }],
    ["a postcode in a long sentence is prose, not a card", "Skolen flytter i 2027 til nye bygninger på havnen, og adressen bliver Havnegade 3, 5000 Odense C, hvor der er plads til alle.\nTlf. 2049 5140", { above: 0, postcode: false }],
  ];
  it.each(cases)("%s", (_name, outline, expected) => {
    const us = units(outline);
    expect(addressRunAbove(us, us.length - 1)).toEqual(expected);
  });

  it("stops at a line that already gave a contact", () => {
    const us = units("Birgitte Vestergaard\nSøndergade 22, 1. sal\n8000 Aarhus C\nMobil: 2049 5140");
    expect(addressRunAbove(us, 3, (u) => u === us[2])).toEqual({ above: 2, postcode: false });
  });
});

describe("memberIn", () => {
  const cases: [string, { name: string; role: string | null } | null][] = [
    ["borgmester Stephanie Storbank, formand for ansættelsesudvalget", { name: "Stephanie Storbank", role: "borgmester, formand for ansættelsesudvalget" }],
    ["Lasse Jacobsen, kommunaldirektør", { name: "Lasse Jacobsen", role: "kommunaldirektør" }],
    ["medlem af MED-Hovedudvalget Stinne Lindbjerg Toft, HK.", { name: "Stinne Lindbjerg Toft", role: "medlem af MED-Hovedudvalget, HK" }],
    ["direktør Anders Lundsgaard, Børn, Unge og Arbejdsmarked", { name: "Anders Lundsgaard", role: "direktør, Børn, Unge og Arbejdsmarked" }],
    ["Henrik Laursen, AC-fuldmægtig Du kan søge stillingen via Genitors hjemmeside", { name: "Henrik Laursen", role: "AC-fuldmægtig" }],
    ["Stephanie Storbank | Borgmester | formand", { name: "Stephanie Storbank", role: "Borgmester, formand" }],
    ["Borgmester | Ole Vind | formand", { name: "Ole Vind", role: "Borgmester, formand" }],
    ["Studerende Jonas Lund", { name: "Jonas Lund", role: "Studerende" }],
    // a trade or a profession before the name is the role, not a first name
    ["Ingeniør Torben Vestergaard, medarbejderrepræsentant", { name: "Torben Vestergaard", role: "Ingeniør, medarbejderrepræsentant" }],
    ["Chefbioanalytiker Birgitte Nørgaard Lund", { name: "Birgitte Nørgaard Lund", role: "Chefbioanalytiker" }],
    ["Pædagog Sanne Bro", { name: "Sanne Bro", role: "Pædagog" }],
    ["Laborant Hanne Vedsted, TAP-repræsentant", { name: "Hanne Vedsted", role: "Laborant, TAP-repræsentant" }],
    ["Adjunkt Mads Fog", { name: "Mads Fog", role: "Adjunkt" }],
    // the area a committee heads ends in a capitalised word, and the name follows it
    ["Formand for Udvalget for Børn og Læring Lene Kofoed", { name: "Lene Kofoed", role: "Formand for Udvalget for Børn og Læring" }],
    ["ph.d.-studerende Ida Holm", { name: "Ida Holm", role: "ph.d.-studerende" }],
    ["Økonomiudvalget", null],
    ["en medarbejderrepræsentant", null],
    ["2 repræsentanter fra MED-Hovedudvalget", null],
  ];
  it.each(cases)("%s", (text, want) => {
    expect(memberIn(text)).toEqual(want);
  });
});

describe("extractCommittee", () => {
  it("reads the members set between dashes after the committee's name", () => {
    const got = extractCommittee(
      units("Ansøgningsfristen er den 12. marts kl. 12, og ansættelsesudvalget – bestyrelsesformand Jens Ole Aagaard, næstformand Birgitte Lund Skov, kommunens kulturchef Hanne Mørup og museumsinspektør Kasper Holm Brix som medarbejderrepræsentant – forventer at holde første samtaler torsdag den 22. marts."),
    );
    expect(got.map((m) => m.member.name)).toEqual(["Jens Ole Aagaard", "Birgitte Lund Skov", "Hanne Mørup", "Kasper Holm Brix"]);
  });
  it("takes a clinic or a unit after a member's name for the member's place, not for a second member", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af: Lægefaglig vicedirektør Søren Kamp (formand) Klinikchef Anette Winther, Kirurgisk Klinik Ledende overlæge Tariq Malik, Lungemedicinsk Afsnit"));
    expect(got.map((m) => m.member.name)).toEqual(["Søren Kamp", "Anette Winther", "Tariq Malik"]);
  });

  it("reads an English committee's titles before the names, the list's 'and' no part of a role", () => {
    const got = extractCommittee(units("The recruitment committee consists of Chair of the Board Henrik Salomonsen, Vice Chair Ida Marie Kjeldsen and board member Thomas Aagaard."));
    expect(got.map((m) => [m.member.name, m.member.role])).toEqual([
      ["Henrik Salomonsen", "Chair of the Board"],
      ["Ida Marie Kjeldsen", "Vice Chair"],
      ["Thomas Aagaard", "board member"],
    ]);
  });

  it("reads a members' table laid out with spaces under its column heads, an ordinal title whole", () => {
    const got = extractCommittee(
      units("Ansættelsesudvalget består af:\nNavn                 Funktion\nMette Ravnkilde      Borgmester (formand for udvalget)\nJens Christian Holt  1. viceborgmester\nKarsten Ploug        Direktør for Børn, Unge og Kultur"),
    );
    expect(got.map((m) => [m.member.name, m.member.role])).toEqual([
      ["Mette Ravnkilde", "Borgmester, formand for udvalget"],
      ["Jens Christian Holt", "1. viceborgmester"],
      ["Karsten Ploug", "Direktør for Børn, Unge og Kultur"],
    ]);
  });

  it("reads two members under one role before a colon as two, each with the role", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af:\n- Borgmester Henrik Brandt (formand)\n- Medarbejderrepræsentanter fra Hoved-MED: Annette Lykke og Kasper Nørholm"));
    expect(got.map((m) => [m.member.name, m.member.role])).toEqual([
      ["Henrik Brandt", "Borgmester, formand"],
      ["Annette Lykke", "Medarbejderrepræsentanter fra Hoved-MED"],
      ["Kasper Nørholm", "Medarbejderrepræsentanter fra Hoved-MED"],
    ]);
  });

  it("reads the members after the committee's name as their label, a name-first list's roles between the names", () => {
    const got = extractCommittee(
      units("# ansaettelsesproces: Proces og tidsplan\n- Ansættelsesudvalg: Jesper Kragh (formand), Rikke Vestergaard, lægefaglig vicedirektør, Morten Dahl, ledende oversygeplejerske, Lone Frandsen, FTR (DSR), og Claus Bjerre, HR-chef"),
    );
    expect(got.map((m) => [m.member.name, m.member.role])).toEqual([
      ["Jesper Kragh", "formand"],
      ["Rikke Vestergaard", "lægefaglig vicedirektør"],
      ["Morten Dahl", "ledende oversygeplejerske"],
      ["Lone Frandsen", "FTR, DSR"],
      ["Claus Bjerre", "HR-chef"],
    ]);
    // a phrase after the last name is no title of hers
    const phrase = extractCommittee(units("# ansaettelsesproces: Proces\nAnsættelsesudvalget består af Jesper Kragh, Rikke Vestergaard, Morten Dahl, samt en repræsentant for medarbejderne."));
    expect(phrase.map((m) => [m.member.name, m.member.role])).toEqual([
      ["Jesper Kragh", null],
      ["Rikke Vestergaard", null],
      ["Morten Dahl", null],
    ]);
    // a question to the committee is no list of it
    expect(extractCommittee(units("# yderligere: Kontakt\nSpørgsmål til ansættelsesudvalget: Kontakt formand Jens Holm på tlf. 2345 6789."))).toEqual([]);
    // a sentence of them, its full stop at its end
    const sentence = extractCommittee(units("# ansaettelsesproces: Proces\nAnsættelsesudvalg: Jesper Kragh (formand), Rikke Vestergaard, lægefaglig vicedirektør, og Claus Bjerre, HR-chef."));
    expect(sentence.map((m) => [m.member.name, m.member.role])).toEqual([
      ["Jesper Kragh", "formand"],
      ["Rikke Vestergaard", "lægefaglig vicedirektør"],
      ["Claus Bjerre", "HR-chef"],
    ]);
  });

  it("ends the members' lines at the sentence of who serves the committee", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af:\nBestyrelsesformand Jens Holm\nRektor Anne Bach\nIda Kjærgaard, elevrådsformand\nPartner Lene Brink fra Brink & Holt Rekruttering er sekretær for udvalget."));
    expect(got.map((m) => m.member.name)).toEqual(["Jens Holm", "Anne Bach", "Ida Kjærgaard"]);
  });

  it("reads an English committee, one member a line, and no department, institute or field for a name", () => {
    const got = extractCommittee(
      units(
        "An assessment and appointment committee has been set up with the following members:\nDean Hanne Birk Mortensen, Faculty of Engineering and Science (chair)\nProfessor Lars Ove Kjeldsen, Department of the Built Environment\nProfessor Eva Lindqvist, KTH Royal Institute of Technology, Stockholm (external member)\nStudent representative Ahmad Rasouli, MSc student in Building Informatics\n\nThe committee will assess the applications.",
      ),
    );
    expect(got.map((m) => m.member.name)).toEqual(["Hanne Birk Mortensen", "Lars Ove Kjeldsen", "Eva Lindqvist", "Ahmad Rasouli"]);
  });

  it("keeps an English contact's name before 'of' and after 'on behalf of'", () => {
    expect(findNames("please contact Professor Anna Jensen of the Department of Physics").map((n) => n.name)).toEqual(["Anna Jensen"]);
    expect(findNames("on behalf of Anna Jensen, the committee").map((n) => n.name)).toEqual(["Anna Jensen"]);
  });

  it("reads the list after 'består af:'", () => {
    const got = extractCommittee(
      units(
        "Viborg Kommune har nedsat et indstillingsudvalg, der med hjælp fra Genitor gennemfører ansættelsesprocessen.\nIndstillingsudvalget består af:\n- Lasse Jacobsen, kommunaldirektør\n- Lene Christensen, Kommunikationschef og konst. sekretariatschef\n- Karina Branth Christensen, Sekretariatsmedarbejder\n- Henrik Laursen, AC-fuldmægtig\nDu kan søge stillingen via Genitors hjemmeside: www.genitor.dk.\n- Hans Hansen, ikke medlem",
      ),
    );
    expect(got.map((m) => m.member.name)).toEqual(["Lasse Jacobsen", "Lene Christensen", "Karina Branth Christensen", "Henrik Laursen"]);
  });
  it("reads a list under a heading, and table rows", () => {
    expect(extractCommittee(units("# ansaettelsesproces: Ansættelsesudvalg\n| Navn | Titel\n| Stephanie Storbank | Borgmester\n| Hugo Pedersen | Kommunaldirektør")).map((m) => m.member.name)).toEqual([
      "Stephanie Storbank",
      "Hugo Pedersen",
    ]);
  });
  it("reads the members' table under a sentence that names the committee without a colon", () => {
    const text = "Rekrutteringen gennemføres af Holm & Brink Executive Search i samarbejde med et ansættelsesudvalg.\n| Navn | Rolle\n| Lene Vestergaard Haahr | Regionsdirektør (formand for udvalget)\n| Jakob Fenger | Koncerndirektør";
    expect(extractCommittee(units(text)).map((m) => m.member.name)).toEqual(["Lene Vestergaard Haahr", "Jakob Fenger"]);
    // a table of anything else under it is no list of members
    expect(extractCommittee(units(text.replace("| Navn | Rolle", "| Aktivitet | Dato")))).toEqual([]);
  });
  it("reads members set as cards, a name over its title, each line taken for a heading", () => {
    const got = extractCommittee(
      units("# ansaettelsesproces: Ansættelsesudvalg\n# ansaettelsesproces: Rasmus Overgaard Holm\n# ansaettelsesproces: Borgmester (formand)\n# ansaettelsesproces: Lene Skov Madsen\n# ansaettelsesproces: Kommunaldirektør"),
    );
    expect(got.map((m) => m.member)).toEqual([
      { name: "Rasmus Overgaard Holm", role: "Borgmester (formand)" },
      { name: "Lene Skov Madsen", role: "Kommunaldirektør" },
    ]);
  });
  it("reads an English committee that 'is expected to consist of' its members, an 'and' no part of a title", () => {
    const got = extractCommittee(
      units("The assessment committee is expected to consist of Professor Henrik Brøndum Kjærsgaard, Aalborg University (chair), Professor Ingrid Solheim, Norwegian University of Science and Technology, and Associate Professor Mette Lykke Andreasen, Aalborg University."),
    );
    expect(got.map((m) => m.member)).toEqual([
      { name: "Henrik Brøndum Kjærsgaard", role: "Professor" },
      { name: "Ingrid Solheim", role: "Professor" },
      { name: "Mette Lykke Andreasen", role: "Associate Professor" },
    ]);
  });
  it("reads an area of words listed in a member's title, and ends the list at a clause of contrast", () => {
    const got = extractCommittee(
      units("Ansættelsesudvalget består af direktør for Børn, Unge og Læring Mette Fuglsang (formand), formand for Børne- og Familieudvalget Jens Krogager og tillidsrepræsentant Ditte Aagaard, mens Camilla Ravn fra Lindholm & Krog er konsulent på processen."),
    );
    expect(got.map((m) => m.member)).toEqual([
      { name: "Mette Fuglsang", role: "direktør for Børn, Unge og Læring, formand" },
      { name: "Jens Krogager", role: "formand for Børne- og Familieudvalget" },
      { name: "Ditte Aagaard", role: "tillidsrepræsentant" },
    ]);
  });
  it("reads on past a clause of contrast that names more members", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af borgmester Jens Jensen, kommunaldirektør Hans Hansen, men også tillidsrepræsentant Pia Kjær og leder Ole Bruun."));
    expect(got.map((m) => m.member.name)).toEqual(["Jens Jensen", "Hans Hansen", "Pia Kjær", "Ole Bruun"]);
  });
  it("reads on past a clause of contrast that names one more member", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af skoleleder Jens Holm og lærer Anne Lund, mens forældrerepræsentant Lise Dam deltager i anden samtale."));
    expect(got.map((m) => m.member.name)).toEqual(["Jens Holm", "Anne Lund", "Lise Dam"]);
  });
  it("reads a committee that 'udgøres af' its members", () => {
    const got = extractCommittee(units("Ansættelsesudvalget udgøres af formand Karen Winther og næstformand Poul Erik Dam."));
    expect(got.map((m) => m.member.name)).toEqual(["Karen Winther", "Poul Erik Dam"]);
  });
  it("reads a board's members told as 'os tre fra bestyrelsen:'", () => {
    const got = extractCommittee(units("Ansættelsesudvalget er os tre fra bestyrelsen: Jeppe Kjeldsen (formand), Lise Aagaard (kasserer) og Hasse Brink (ungdomsformand)."));
    expect(got.map((m) => m.member.name)).toEqual(["Jeppe Kjeldsen", "Lise Aagaard", "Hasse Brink"]);
  });
  it("reads prose", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af borgmester Jens Jensen (formand), kommunaldirektør Hans Hansen, direktør Mette Mortensen samt to medarbejderrepræsentanter."));
    expect(got.map((m) => m.member)).toEqual([
      { name: "Jens Jensen", role: "borgmester, formand" },
      { name: "Hans Hansen", role: "kommunaldirektør" },
      { name: "Mette Mortensen", role: "direktør" },
    ]);
  });
  it("reads one line per member when the bullets are gone, and lines run together", () => {
    const got = extractCommittee(
      units("Ansættelsesudvalget består af:\nRådmand Mai-Britt Iversen\nKommunaldirektør Jens Kristian Munk Vicedirektør Jørgen Christensen\nMercuri Urval samarbejder gennem hele ansættelsesprocessen med ansættelsesudvalget, som mødes fem gange i løbet af processen."),
    );
    expect(got.map((m) => m.member)).toEqual([
      { name: "Mai-Britt Iversen", role: "Rådmand" },
      { name: "Jens Kristian Munk", role: "Kommunaldirektør" },
      { name: "Jørgen Christensen", role: "Vicedirektør" },
    ]);
  });
  it.each([
    // a name first, its role after it, two members on a line the bullets' loss ran together
    [
      "Ansættelsesudvalget består af:\nBodil Søgaard Kirk, formand for Børne- og Familieudvalget (formand for ansættelsesudvalget) Villy Ørum Dahl, medlem af Børne- og Familieudvalget\nOle Tang Mortensen, kommunaldirektør",
      [
        { name: "Bodil Søgaard Kirk", role: "formand for Børne- og Familieudvalget, formand for ansættelsesudvalget" },
        { name: "Villy Ørum Dahl", role: "medlem af Børne- og Familieudvalget" },
        { name: "Ole Tang Mortensen", role: "kommunaldirektør" },
      ],
    ],
    // the role first, five members on one long line
    [
      "Ansættelsesudvalget består af:\nBorgmester Anne Kirstine Dahl (formand)\nFormand for Social- og Sundhedsudvalget Bent Ryberg Holm Formand for Beskæftigelses- og Integrationsudvalget Yasmin Bech Pedersen Kommunaldirektør Torben Kjærsgaard",
      [
        { name: "Anne Kirstine Dahl", role: "Borgmester, formand" },
        { name: "Bent Ryberg Holm", role: "Formand for Social- og Sundhedsudvalget" },
        { name: "Yasmin Bech Pedersen", role: "Formand for Beskæftigelses- og Integrationsudvalget" },
        { name: "Torben Kjærsgaard", role: "Kommunaldirektør" },
      ],
    ],
    // "der består af" lost its colon and ran on into the first member; the others follow a line each
    [
      "Bestyrelsen har nedsat et ansættelsesudvalg, der består af Lars Ege Mølgaard, bestyrelsesformand (formand for udvalget) Birgitte Sand Holm, næstformand\nTorben Krogh, bestyrelsesmedlem\nAnja Riis Thomsen, medarbejdervalgt bestyrelsesmedlem\nAnsættelsesudvalget bistås af partner Henrik Ravn fra Ravn & Kjær Rekruttering.",
      [
        { name: "Lars Ege Mølgaard", role: "bestyrelsesformand, formand for udvalget" },
        { name: "Birgitte Sand Holm", role: "næstformand" },
        { name: "Torben Krogh", role: "bestyrelsesmedlem" },
        { name: "Anja Riis Thomsen", role: "medarbejdervalgt bestyrelsesmedlem" },
      ],
    ],
    // a members' table whose head names the committee
    [
      "Vordingborg Kommune har nedsat et ansættelsesudvalg, som står for rekrutteringen.\n| Ansættelsesudvalget | Funktion\n| Henning Brask Olsen | Borgmester, formand for udvalget\n| Kim Lassen | Fællestillidsrepræsentant, BUPL",
      [
        { name: "Henning Brask Olsen", role: "Borgmester, formand for udvalget" },
        { name: "Kim Lassen", role: "Fællestillidsrepræsentant, BUPL" },
      ],
    ],
  ])("reads members whose bullets and line breaks a copy lost: %#", (outline, want) => {
    expect(extractCommittee(units(outline)).map((m) => m.member)).toEqual(want);
  });
  it("reads short name lines taken for headings, and stops at the next numbered heading", () => {
    const got = extractCommittee(
      units("# indledning: 1. Indledning\nAnsættelsesudvalget består af:\n# indledning: Rådmand Mai-Britt Iversen\n# indledning: Kommunaldirektør Jens Kristian Munk\n# indledning: 2. Om Aalborg Kommune\nAalborg Kommune har ca. 205.000 indbyggere."),
    );
    expect(got.map((m) => m.member.name)).toEqual(["Mai-Britt Iversen", "Jens Kristian Munk"]);
  });
  it.each([
    ["a table whose head was taken for a heading", "# ansaettelsesproces: Forløb                    Tidspunkt\nFørste samtale             Tirsdag den 2. marts"],
    ["a table", "| Afsluttende Samtale | 9. marts"],
    ["a paragraph", "Kasper Holm Riis fra Region Midt deltager som observatør."],
  ])("ends a list of items where the items end: %s after it", (_what, after) => {
    const got = extractCommittee(units(`Ansættelsesudvalget består af:\n- Rådmand Lene Bak Holt (formand)\n- Skolechef Ib Lund Skov\n${after}`));
    expect(got.map((m) => m.member.name)).toEqual(["Lene Bak Holt", "Ib Lund Skov"]);
  });
  it("leaves the area of a member's title in the role, not in the name", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af direktør for Kultur og Byfornyelse Karin Lykke Dahl og afdelingsleder Ole Vang."));
    expect(got.map((m) => m.member)).toEqual([
      { name: "Karin Lykke Dahl", role: "direktør for Kultur og Byfornyelse" },
      { name: "Ole Vang", role: "afdelingsleder" },
    ]);
  });
  it("reads the chair named with the committee and the members a later sentence adds", () => {
    const got = extractCommittee(
      units("Ansøgerne vurderes af et ansættelsesudvalg med dekan Hanne Ravn som formand. Udvalget består desuden af prodekan Tom Kjær og lektor Rasmus Hein. Samtalerne holdes i april."),
    );
    expect(got.map((m) => m.member)).toEqual([
      { name: "Hanne Ravn", role: "dekan" },
      { name: "Tom Kjær", role: "prodekan" },
      { name: "Rasmus Hein", role: "lektor" },
    ]);
  });
  it.each([
    ["Som medarbejderrepræsentant deltager programchef Anders Rye.", "programchef"],
    ["Desuden deltager HR-chef Anders Rye.", "HR-chef"],
  ])("reads one more member a later sentence adds by who takes part: %s", (more, role) => {
    const got = extractCommittee(units(`Ansættelsesudvalget består af formand Ulla Bjerre og næstformand Niels Kirk. ${more} Samtalerne holdes i april.`));
    expect(got.map((m) => m.member)).toEqual([
      { name: "Ulla Bjerre", role: "formand" },
      { name: "Niels Kirk", role: "næstformand" },
      { name: "Anders Rye", role },
    ]);
  });
  it("reads the members after the name of the committee a body makes up, and under a heading that names the committee", () => {
    const inline = extractCommittee(units("Rekrutteringen sker i samarbejde med bestyrelsen, som udgør ansættelsesudvalget: formand Birgit Rasmussen, næstformand Ole Thygesen samt Fatima El-Amin."));
    expect(inline.map((m) => m.member.name)).toEqual(["Birgit Rasmussen", "Ole Thygesen", "Fatima El-Amin"]);
    const headed = extractCommittee(units("# ansaettelsesproces: Ansættelsesudvalget\nDet er bestyrelsen, der ansætter. Udvalget består af Mette Kragh (formand), Jesper Vinther og Lone Bisgaard."));
    expect(headed.map((m) => m.member.name)).toEqual(["Mette Kragh", "Jesper Vinther", "Lone Bisgaard"]);
  });
  it("takes no one from a later sentence on who takes part in something else", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af formand Ulla Bjerre og næstformand Niels Kirk. Kandidaterne deltager i en test hos Mette Holm."));
    expect(got.map((m) => m.member.name)).toEqual(["Ulla Bjerre", "Niels Kirk"]);
  });
  it("leaves a unit that a member leads out of the name", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af:\n- Leder af Ungdommens Uddannelsesvejledning Anette Skov Ravn\n- Leder af Ungeindsatsen Bo Lind"));
    expect(got.map((m) => m.member.name)).toEqual(["Anette Skov Ravn", "Bo Lind"]);
  });
  it("leaves the unit two words after a member's 'leder af' out of the members", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af:\n- Peter Munck, direktør for Social og Sundhed (formand)\n- Kasper Iversen, leder af Hjemmeplejen Syd\n- Anette Winther, MED-repræsentant"));
    expect(got.map((m) => m.member.name)).toEqual(["Peter Munck", "Kasper Iversen", "Anette Winther"]);
  });
  it("takes the hiring committee over a university's assessment committee listed before it, and the assessment committee when it is the only one", () => {
    const assessment = "Bedømmelsesudvalget består af:\n- Professor Karin Sletten, NTNU (formand)\n- Professor Elin Bergqvist, Göteborgs universitet";
    const hiring = "Ansættelsesudvalget består af:\n- Dekan Signe Nørgaard Brix (formand)\n- Laborant Jeanette Holm";
    expect(extractCommittee(units(`${assessment}\n${hiring}`)).map((m) => m.member.name)).toEqual(["Signe Nørgaard Brix", "Jeanette Holm"]);
    expect(extractCommittee(units(assessment)).map((m) => m.member.name)).toEqual(["Karin Sletten", "Elin Bergqvist"]);
  });
  it("reads a members' table as a PDF gives it: its head row passed over, a member a line", () => {
    const got = extractCommittee(
      units("Ansættelsesudvalget har følgende sammensætning:\nNavn  Funktion\nKaren Stougaard  Borgmester, formand\nOle Nørskov  Medlem af Økonomiudvalget\nDitte Rasmussen Kjær  Medlem af Økonomiudvalget\nTina Egeskov  Medarbejderrepræsentant, HK Kommunal"),
    );
    expect(got.map((m) => m.member.name)).toEqual(["Karen Stougaard", "Ole Nørskov", "Ditte Rasmussen Kjær", "Tina Egeskov"]);
  });
  it("ends members a line at the next list's items", () => {
    const got = extractCommittee(
      units("Ansættelsesudvalget består af:\nDirektør Claus Bjerrum Holm\nSpecialkonsulent Pernille Yde, tillidsrepræsentant\n- 1. samtale holdes den 15. marts. Før 2. samtale gennemføres en personprofilanalyse (Master Person Analyse)."),
    );
    expect(got.map((m) => m.member.name)).toEqual(["Claus Bjerrum Holm", "Pernille Yde"]);
  });
  it("takes no table after a sentence that lists the members' roles itself", () => {
    const got = extractCommittee(
      units("Ansættelsesudvalget består af dagtilbudschefen, to pædagogiske ledere og en forældrerepræsentant.\n| Hvad | Hvornår\n| Personlighedstest (Predictive Index) | Efter første samtale\n| Anden samtale | 26.11.2026"),
    );
    expect(got).toEqual([]);
  });
  it("reads the table after a sentence that only announces the members", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af følgende personer.\n| Navn | Funktion\n| Jesper Vinding | Skolechef, formand\n| Rikke Bang | Medlem af skolebestyrelsen"));
    expect(got.map((m) => m.member.name)).toEqual(["Jesper Vinding", "Rikke Bang"]);
  });
  it("finds no people among bodies and functions", () => {
    expect(
      extractCommittee(
        units("Høje-Taastrup Kommune har nedsat et ansættelsesudvalg bestående af Økonomiudvalget, kommunaldirektøren, en ledelsesrepræsentant (Centerchefen for Økonomi- og Analysecentret) samt en medarbejderrepræsentant (næstformanden i Hovedudvalget)."),
      ),
    ).toEqual([]);
  });
});

describe("sentences and names together", () => {
  it("keeps a shortened first name inside its sentence", () => {
    expect(contactsIn("Kontakt Børne- og Familiechef Hans Chr. Andersen, tlf. 9931 2000.")).toEqual([
      { name: "Hans Chr. Andersen", role: "Børne- og Familiechef", phone: "99312000", email: null },
    ]);
  });
});

describe("the posting's own number is no phone", () => {
  const position = { start: { line: 1, page: null }, end: { line: 5, page: null } };
  const phones = (text: string, section: "andet" | "yderligere" = "andet") => extractFacts([{ kind: "paragraph", text, section, heading: null, position }]).facts.contacts.map((c) => c.phone);
  it.each(["Job-ID: 11738452", "Jobnummer 20271184", "Ref.nr. 27114455", "Jobnet ID 60314851", "Ref. nr. 27114455", "JobID 11738452", "Sagsnummer: 27114455", "Job no. 11738452", "J.nr. 27114455", "Stillings-ID: 27114455", "Annonce-ID 27114455", "Stillingsnr. 27114455"])("%j at the end of a job board's box gives no contact phone", (line) => {
    expect(phones(`Arbejdsgiver: Faaborg-Midtfyn Kommune\nArbejdssted: Hjemmeplejen Ringe, Algade 41, 5750 Ringe\nStillingsbetegnelse: Afdelingsleder\nAnsøgningsfrist: 08-03-2027\n${line}`)).toEqual([]);
  });
  it("keeps a nameless number in the title block, and drops the one in the page's foot after the posting", () => {
    const got = extractContacts(
      units("# andet:\nSkoleleder til Vestre Skole · Spørgsmål til stillingen: tlf. 33 44 55 66\n# yderligere: Kontakt\nKontakt skolechef Mette Holm på 21 70 44 80.\n# andet:\nVestre Skole · Skolevej 2 · Skolens kontor: tlf. 62 23 58 00", "andet"),
    );
    expect(got.map((c) => c.contact.phone)).toEqual(["33445566", "21704480"]);
  });
  it("takes a footer's link row over the board's number for no person ('Persondatapolitik   Cookiepolitik')", () => {
    const got = extractContacts(units("Kontakt administrerende direktør Søren Brøndum Lassen på 40 21 77 63.\nOm Jobstedet.dk   Kontakt   Persondatapolitik   Cookiepolitik\n© 2027 Jobstedet.dk · Kundeservice: 70 20 41 15 · support@jobstedet.dk"));
    expect(got.map((c) => c.contact.name)).not.toContain("Persondatapolitik Cookiepolitik");
  });
  it("reads a label's letters only as a whole word: 'Gref' before a number is a name, not 'ref'", () => {
    expect(phones("Kontakt Ole Gref 40 12 34 56 for at høre mere.", "yderligere")).toEqual(["40123456"]);
  });
});

describe("a unit's name is no person's", () => {
  it("takes no committee member from 'en arbejdsmiljørepræsentant fra Hjemmeplejen Jerne'", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af områdelederen, to distriktsledere, en tillidsrepræsentant og en arbejdsmiljørepræsentant fra Hjemmeplejen Jerne."));
    expect(got.map((m) => m.member.name)).toEqual([]);
  });
});

describe("session 41: English titles, units and advisers", () => {
  it.each([
    ["please contact Director of Geodata Karsten Ibsen at +45 72 54 31 86", ["Karsten Ibsen"]],
    // a longer run after the title's "of": the area's words and the name's cannot be told apart, and no name is given
    ["please contact Director of Data Science Anne Holm at +45 72 54 31 86", []],
    ["who heads our Geodata Production team", []],
    ["contact Karen Bøgh Project Manager, on +45 2045 6789", ["Karen Bøgh"]],
    // a unit named after its kind, set off by a comma, is no person; a title's area before a name is no unit's kind
    ["Afdelingsleder Jonas Kjær Mikkelsen, Plejecenter Kalø Have", ["Jonas Kjær Mikkelsen"]],
    ["Chef for Dagtilbud Pia Westergaard", ["Pia Westergaard"]],
    ["Lotte Brixen, ledende oversygeplejerske, Medicinsk Afdeling Michael Thorup, HR-chef", ["Lotte Brixen", "Michael Thorup"]],
    // a test's name is no person's ("Master Person Analysis")
    ["Forud for 2. samtale skal kandidaterne udfylde en Master Person Analysis (MPA), som gennemgås ved samtalen.", []],
    // a bracket after the name opens what is said of it
    ["Bestyrelsesformand Carsten Vind Mikkelsen (Vejle Kommune)", ["Carsten Vind Mikkelsen"]],
    ["Næstformand Lene Haagensen (Billund Kommune)", ["Lene Haagensen"]],
    // an English title's first words before its noun are no name
    ["Senior Grant Adviser Rasmus Tønnesen (staff representative)", ["Rasmus Tønnesen"]],
  ])("findNames(%j)", (text, want) => {
    expect(findNames(text).map((n) => n.name)).toEqual(want);
  });

  it("reads the people the candidate meets at the interview as the committee", () => {
    const got = extractCommittee(units("Vi holder samtaler onsdag den 21. april. Til samtalen møder du formand Birthe Lykke, kasserer Jens Holt og Amira Said, der har været frivillig hos os i otte år."));
    expect(got.map((m) => m.member.name)).toEqual(["Birthe Lykke", "Jens Holt", "Amira Said"]);
  });

  it("reads no committee from where the candidate shows up for the interview", () => {
    expect(extractCommittee(units("Til samtalen møder du op på skolens kontor, hvor sekretær Hanne Lund tager imod dig."))).toEqual([]);
    expect(extractCommittee(units("Til samtalen møder du gerne forberedt med et kort oplæg, og skoleleder Mette Holm tager imod dig ved hovedindgangen."))).toEqual([]);
  });

  it("reads the members a board's committee is set up with", () => {
    const got = extractCommittee(
      units("Bestyrelsen har nedsat et ansættelsesudvalg med bestyrelsesformand Lars Bech og næstformand Mette Kragh, to lærerrepræsentanter og en elevrepræsentant."),
    );
    expect(got.map((m) => [m.member.name, m.member.role])).toEqual([
      ["Lars Bech", "bestyrelsesformand"],
      ["Mette Kragh", "næstformand"],
    ]);
  });

  it("leaves out a consultant who sits with the committee to advise it", () => {
    const got = extractCommittee(
      units("Ansættelsesudvalget består af:\n- Regionsdirektør Torben Lysgaard (formand)\n- Koncerndirektør Annemette Qvist\nPartner Kirsten Holm, Kragh & Holm, deltager som rådgiver for udvalget."),
    );
    expect(got.map((m) => m.member.name)).toEqual(["Torben Lysgaard", "Annemette Qvist"]);
  });

  it.each([
    "Ansættelsesudvalget består af mig, formand for Beskæftigelsesudvalget Hanne Juul Sørensen og HR-chef Ole Kragh.",
    "Ansættelsesudvalget består af formand for Beskæftigelsesudvalget Hanne Juul Sørensen, HR-chef Ole Kragh og mig.",
  ])("counts the writer a committee's list names as 'mig', by her signature: %j", (sentence) => {
    const got = extractCommittee(units(`${sentence}\nJeg glæder mig til at læse din ansøgning.\nVenlig hilsen\nMarianne Skov Overgaard\nDirektør for Beskæftigelse og Social`));
    expect(got.map((m) => m.member.name).sort()).toEqual(["Hanne Juul Sørensen", "Marianne Skov Overgaard", "Ole Kragh"]);
  });

  it("counts a letter's writer in the committee she sits on, by the name she signs with", () => {
    const got = extractCommittee(
      units(
        "Samtalerne holdes af et udvalg, hvor jeg selv sidder sammen med næstformand Jonas Bech Rasmussen og forældrerepræsentant Sara Ibsen.\nMed venlig hilsen\nBestyrelsen for Børnehuset Kastanjegården\nLise Kærgaard, formand",
      ),
    );
    expect(got.map((m) => [m.member.name, m.member.role])).toEqual([
      ["Lise Kærgaard", null],
      ["Jonas Bech Rasmussen", "næstformand"],
      ["Sara Ibsen", "forældrerepræsentant"],
    ]);
  });

  it("counts in a writer who named herself, and the staff's representative a later sentence names", () => {
    const got = extractCommittee(
      units("Jeg hedder Henriette Kjærgaard og er direktør for Børn og Familie.\n\nAnsættelsesudvalget består ud over mig selv af sekretariatschef Tina Vestergaard og teamleder Anders Bach. Medarbejderne er repræsenteret ved fællestillidsrepræsentant Annette Due."),
    );
    expect(got.map((m) => m.member.name)).toEqual(["Henriette Kjærgaard", "Tina Vestergaard", "Anders Bach", "Annette Due"]);
  });

  it("counts no colleague who named herself in a quote", () => {
    const got = extractCommittee(
      units("Jeg hedder Mette Holm og er pædagog på Solstuen, og jeg glæder mig til en ny leder.\n\nAnsættelsesudvalget består ud over mig selv af forældrerepræsentant Ole Lund og tillidsrepræsentant Anne Berg."),
    );
    expect(got.map((m) => m.member.name)).toEqual(["Ole Lund", "Anne Berg"]);
  });

  it("reads the members listed under a committee's heading whose sentence ends on 'består af:'", () => {
    const got = extractCommittee(
      units("# ansaettelsesproces: Bedømmelses- og ansættelsesudvalg\nAnsøgningerne vurderes af et udvalg, som også gennemfører samtalerne. Udvalget består af:\n- Dekan Marianne Kjærsgaard (formand)\n- Prodekan for uddannelse Thomas Bredahl"),
    );
    expect(got.map((m) => m.member.name)).toEqual(["Marianne Kjærsgaard", "Thomas Bredahl"]);
  });

  it("gives the writer the address the application goes to her at, as the number she asks to be called on", () => {
    const got = extractContacts(
      units("Send din ansøgning med CV til mig på lise.kaergaard@kastanjegaarden.dk.\nDu er meget velkommen til at ringe til mig på 23 45 67 12, hvis du vil høre mere."),
    );
    expect(got.map((c) => c.contact)).toEqual([{ name: null, role: null, phone: "23456712", email: "lise.kaergaard@kastanjegaarden.dk" }]);
  });

  it("takes the one questions are sent to for a contact, not for a receiver of applications", () => {
    const got = extractContacts(units("Praktiske spørgsmål om ansøgningen kan sendes til HR-partner Nanna Bøgh på nb@ilr-idraet.dk."));
    expect(got.map((c) => [c.contact.name, c.contact.email])).toEqual([["Nanna Bøgh", "nb@ilr-idraet.dk"]]);
  });

  it("takes the one to talk to in confidence for a contact", () => {
    const got = extractContacts(units("Du kan også tale fortroligt med landsformand Ole Brandt Nielsen på 40 18 66 52."));
    expect(got.map((c) => [c.contact.name, c.contact.phone])).toEqual([["Ole Brandt Nielsen", "40186652"]]);
  });
});

describe("session 41: members under one plural role, and a committee's name-role lines", () => {
  it("gives each name after a plural role that role, and the place after the last name", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af:\n- kommunaldirektør Jens Overgaard Bach (formand)\n- medarbejderrepræsentanterne Line Birk og Ahmad Rahimi fra Kommunikation"));
    expect(got.map((m) => [m.member.name, m.member.role])).toEqual([
      ["Jens Overgaard Bach", "kommunaldirektør, formand"],
      ["Line Birk", "medarbejderrepræsentanterne fra Kommunikation"],
      ["Ahmad Rahimi", "medarbejderrepræsentanterne fra Kommunikation"],
    ]);
  });
  it.each(["billet", "booking"])("takes a %s@ mailbox in a footer for no contact while a person is named", (box) => {
    const got = extractContacts(units(`Har du spørgsmål, så ring til teaterchef Mette Skovbo Rasmussen på 22 45 67 89.\n# andet:\nBilletsalg: tirsdag–fredag kl. 12–17 · ${box}@fjordteatret.dk`));
    expect(got.map((c) => c.contact.email)).toEqual([null]);
  });
  it("takes a ticket office's mailbox in a footer for no contact while a person is named", () => {
    const got = extractContacts(units("Har du spørgsmål, så ring til teaterchef Mette Skovbo Rasmussen på 22 45 67 89 eller skriv til mette@fjordteatret.dk.\n# andet:\nBilletsalg: tirsdag–fredag kl. 12–17 · billet@fjordteatret.dk"));
    expect(got.map((c) => c.contact.email)).toEqual(["mette@fjordteatret.dk"]);
  });
});

describe("session 41: whom to ask, in a few more phrasings", () => {
  it("reads 'Yderligere info:' as a call to ask, the number after the name", () => {
    const got = extractContacts(units("Yderligere info: Centerleder Ole Sand, 2143 5566"));
    expect(got.map((c) => [c.contact.name, c.contact.phone])).toEqual([["Ole Sand", "21435566"]]);
  });
  it("gives a number alone under a contact lead-in to the person named on the line above", () => {
    const got = extractContacts(units("Har du spørgsmål, så ring eller skriv til mig:\nJonas Thygesen, klubchef\n- 24 87 11 03\n- jthy@esbjerg.dk"));
    expect(got.map((c) => c.contact)).toEqual([{ name: "Jonas Thygesen", role: "klubchef", phone: "24871103", email: "jthy@esbjerg.dk" }]);
  });
});

describe("session 41: the letter's writer in its committee, by its signature only", () => {
  it("takes no name from a contact's sentence under the closing", () => {
    const got = extractCommittee(units("Samtalerne holdes af et udvalg, hvor jeg selv sidder sammen med næstformand Jonas Bech Rasmussen.\nMed venlig hilsen\nBestyrelsen for Børnehuset\nKontakt: dagtilbudschef Anne Holm, tlf. 2020 3030"));
    expect(got.map((m) => m.member.name)).toEqual(["Jonas Bech Rasmussen"]);
  });
  it("keeps the role of a writer the committee's list names already", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af formand Lise Kærgaard og næstformand Jonas Bech Rasmussen, og undertegnede leder det.\nMed venlig hilsen\nLise Kærgaard, formand"));
    expect(got.map((m) => [m.member.name, m.member.role])).toContainEqual(["Lise Kærgaard", "formand"]);
  });
  it("keeps applications and questions sent together for a receiver of applications", () => {
    expect(contactsIn("Ansøgning og eventuelle spørgsmål sendes til job@vejle.dk.")).toEqual([]);
  });
});

describe("session 42: an English title before a name, and where an application goes", () => {
  it("takes 'Laboratory Coordinator' for the title, not the name", () => {
    expect(findNames("Laboratory Coordinator Mette Engholm, IMADA (TAP representative)").map((n) => n.name)).toEqual(["Mette Engholm"]);
  });
  it("takes the mailbox an application must reach by the deadline for a receiver, no contact", () => {
    expect(contactsIn("Vi glæder os til at læse din ansøgning, som vi skal have senest fredag den 5. marts 2027 kl. 12.00 på mail til bestyrelsen@boegeskovfriskole.dk.")).toEqual([]);
  });
  it("keeps the mailbox one may ask at", () => {
    expect(contactsIn("Har du spørgsmål, kan du skrive til bestyrelsen@boegeskovfriskole.dk.").map((c) => c.email)).toEqual(["bestyrelsen@boegeskovfriskole.dk"]);
  });
});

describe("session 42: names in any Latin letters", () => {
  it.each([
    ["medarbejderrepræsentant i bestyrelsen Said Omerović.", ["Said Omerović"]],
    ["tillidsrepræsentant Agnieszka Wójcik og Şeyma Yılmaz", ["Agnieszka Wójcik", "Şeyma Yılmaz"]],
  ])("%s", (text, want) => {
    expect(findNames(text).map((n) => n.name)).toEqual(want);
  });
});

describe("session 43: a committee's label run in as its heading, a role's cell wrapped; the person a sentence calls on", () => {
  it("reads the members after the committee's label that became their heading", () => {
    const got = extractCommittee(units("# ansaettelsesproces: Ansættelsesudvalg\nKultur- og fritidschef Birgitte Holm Raasted, direktør Peter Munk Halvorsen, teamleder Sofie Aagaard og tillidsrepræsentant Karsten Lindved."));
    expect(got.map((m) => [m.member.name, m.member.role])).toEqual([
      ["Birgitte Holm Raasted", "Kultur- og fritidschef"],
      ["Peter Munk Halvorsen", "direktør"],
      ["Sofie Aagaard", "teamleder"],
      ["Karsten Lindved", "tillidsrepræsentant"],
    ]);
  });
  it("takes no contacts' sentence under that heading for members", () => {
    expect(extractCommittee(units("# ansaettelsesproces: Ansættelsesudvalg\nSpørgsmål kan rettes til Birgitte Holm Raasted på 72 36 41 18 eller Peter Munk Halvorsen på 72 36 40 95."))).toEqual([]);
  });
  it("reads a member's role cell wrapped onto a line of its own, and the members after it", () => {
    const got = extractCommittee(
      units("Ansættelsesudvalget består af:\nThomas Nyborg Vinding Lægefaglig direktør, Regionshospital\nNordjylland\nPernille Aas Kjær Sygeplejefaglig direktør, Regionshospital\nNordjylland\nHenrik Bro Centerchef, Akutcenteret"),
    );
    expect(got.map((m) => [m.member.name, m.member.role])).toEqual([
      ["Thomas Nyborg Vinding", "Lægefaglig direktør, Regionshospital Nordjylland"],
      ["Pernille Aas Kjær", "Sygeplejefaglig direktør, Regionshospital Nordjylland"],
      ["Henrik Bro", "Centerchef, Akutcenteret"],
    ]);
  });
  it("reads 'Udvalget består af …' under the committee's heading by its own words", () => {
    const got = extractCommittee(units("# ansaettelsesproces: Ansættelsesudvalget\nUdvalget består af dagtilbudschef Mette Hvidkjær Sørensen, HR-konsulent Lone Ravn og pædagog Jens Kold."));
    expect(got.map((m) => [m.member.name, m.member.role])).toEqual([
      ["Mette Hvidkjær Sørensen", "dagtilbudschef"],
      ["Lone Ravn", "HR-konsulent"],
      ["Jens Kold", "pædagog"],
    ]);
  });
  it("takes no sentence that names two people in passing under the heading for members", () => {
    const got = extractCommittee(units("# ansaettelsesproces: Ansættelsesudvalget\nStillingen er ledig, fordi Jens Kold går på pension, og Lone Ravn overtager hans opgaver."));
    expect(got).toEqual([]);
  });
  it("glues no heading or dated line under the list to the last member's role", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af:\nHenrik Bro Centerchef, Akutcenteret\nLouise Hedegaard Fællestillidsrepræsentant, FOA\nTidsplan\nAnsøgningsfrist 1. maj 2027"));
    expect(got.map((m) => m.member.role)).toEqual(["Centerchef, Akutcenteret", "Fællestillidsrepræsentant, FOA"]);
  });
  it("gives no one the lines under a sentence that tells of contact with a person, or calls on two", () => {
    const noun = extractContacts(units("# yderligere: Kontakt\nI hverdagen har du tæt kontakt med direktør Karen Vind.\nTelefon: 72 36 36 36"));
    expect(noun.map((c) => c.contact.name)).toEqual([null]);
    const two = extractContacts(units("# yderligere: Kontakt\nDu er velkommen til at kontakte HR-konsulent Mette Lund eller direktør Karen Vind.\nTelefon: 72 36 36 36"));
    expect(two.map((c) => c.contact.name)).not.toContain("Karen Vind");
  });
  it("takes no firm named in a member's brackets for a member", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af:\nPer Lykkegaard Dahl, formand (adm. direktør, Dahl Stål A/S)\nTrine Bech Madsen, næstformand (ejer, Bech Gartneri)\nLone Hvam, medarbejderrepræsentant"));
    expect(got.map((m) => m.member.name)).toEqual(["Per Lykkegaard Dahl", "Trine Bech Madsen", "Lone Hvam"]);
  });
  it("gives the person a sentence calls on the phone and mail on the lines under it", () => {
    const got = extractContacts(units("# yderligere: Kontakt\nVil du høre mere om stillingen, er du velkommen til at kontakte teknik- og miljødirektør Birgitte Holm Sandager.\nTelefon: 72 36 41 18\nE-mail: bhsa@holb.dk"));
    expect(got.map((c) => c.contact)).toEqual([{ name: "Birgitte Holm Sandager", role: "teknik- og miljødirektør", phone: "72364118", email: "bhsa@holb.dk" }]);
  });
  it("gives no one the house's number under a sentence that names a person in passing", () => {
    const got = extractContacts(
      units("# yderligere: Kontakt\nStillingen er ledig, fordi vores mangeårige direktør gennem elleve år, Birgitte Holm Sandager, har valgt at gå på pension efter en lang karriere.\nTelefon: 72 36 41 18"),
    );
    expect(got.map((c) => c.contact.name)).toEqual([null]);
  });
});

describe("session 44: a committee counted from its writer, a museum in a member's title", () => {
  it("reads the members after 'består ud over mig selv af'", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består ud over mig selv af næstformand Birthe Kjær Lauridsen, lærerrepræsentant Mikkel Svane Bech og elevrådsformand Ida Marie Holt."));
    expect(got.map((m) => m.member.name)).toEqual(["Birthe Kjær Lauridsen", "Mikkel Svane Bech", "Ida Marie Holt"]);
  });
  it("keeps a museum's name in the member's title, out of the member's name", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af:\n- Direktør Henrik Vestergaard Skov (formand)\n- Chef for Odense Bys Museer Jakob Frandsen\n- Arkivar Kasper Lund, medarbejderrepræsentant"));
    expect(got.map((m) => m.member.name)).toEqual(["Henrik Vestergaard Skov", "Jakob Frandsen", "Kasper Lund"]);
  });
});

describe("session 44: a district's mark after a unit", () => {
  it("keeps 'Øst' with the unit a member leads, out of her name", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af direktør Mette Lykkegaard, leder af Hjemmeplejen Øst Birgitte Riis og HR-chef Susanne Kolding."));
    expect(got.map((m) => m.member.name)).toEqual(["Mette Lykkegaard", "Birgitte Riis", "Susanne Kolding"]);
  });
});
