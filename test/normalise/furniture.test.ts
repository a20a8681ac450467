import { describe, expect, it } from "vitest";
import { findFurniture, isContactDetails } from "../../src/normalise/furniture.js";
import { CONTACT_DETAIL_PARTS, POST_AGE, POSTING_NOTES } from "../../src/vocabulary/furniture.js";
import { fixtureTexts } from "../helpers.js";
import { normalise } from "../../src/normalise/index.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1, page: null }));
const furniture = (text: string) => findFurniture(lines(text)).furniture.map((l) => l.text);

describe("page furniture of text copied from a browser", () => {
  it.each([
    ["Gå til hovedindhold"],
    ["Del på LinkedIn"],
    ["Udskriv"],
    // a page's tools set as a list
    ["- Udskriv siden"],
    ["• Del på Facebook"],
    ["Accepter alle"],
    ["Forside › Job › Ledige stillinger › Skoleleder"],
    ["Du er her: Forside / Om kommunen / Job"],
    ["Vi bruger cookies til at forbedre din oplevelse og til statistik."],
    // a menu copied as one line, its entries apart by runs of spaces, a tab or a bar
    ["Forløb   Lange forløb   Om skolen   Job   Kontakt"],
    ["Borger\tErhverv\tPolitik\tOm kommunen"],
    ["Forside | Nyheder | Job | Kontakt"],
    // a job board's buttons
    ["Søg jobbet"],
    ["Opret profil"],
    ["Tilbage til søgeresultater"],
    // a link's arrow, and the row of links an old page ends with
    ["« Tilbage til ledige stillinger"],
    ["« Tilbage til ledige stillinger  |  Udskriv side"],
    ["Send jobbet til en ven"],
    ["Apply for this position"],
    // a row of the page's buttons, copied as one line
    ["Del siden   Print   Lyt til teksten"],
    ["Gem job · Del · Udskriv"],
    ["Del på LinkedIn   Del på Facebook   Send som e-mail"],
    ["Del:   Facebook   LinkedIn   X   E-mail   Udskriv"],
    // a post shared on a social network: its hashtags, its reactions and its buttons
    ["#job #ledelse #kommune #vejogpark"],
    ["👍❤️👏 47 · 12 kommentarer · 9 genopslag"],
    ["Synes godt om   Kommenter   Genopslå   Send"],
    ["👍❤️ Du og 83 andre"],
    ["Skriv en kommentar …"],
    // the post around an ad on a social network: its followers, its call to share, its pointer to a comment
    ["12.408 følgere"],
    ["Del gerne opslaget med en, du tror, det kunne være noget for 🙏"],
    ["Del gerne med en i dit netværk, som du tænker passer på profilen 🙏"],
    ["Læs mere og søg via linket i kommentaren 👇"],
    // a job board's button to apply
    ["Søg job"],
    // a cut text's button, its ellipsis before it
    ["…Vis mere"],
    // the site's call to follow it, its networks named, with what it promises
    ["Følg os på Instagram, Facebook og LinkedIn – og få nyt om udstillinger"],
    // a share button's label over the networks it shares to; a picture's caption with its credit
    ["Del stillingen: LinkedIn · Facebook · E-mail"],
    ["Sildefiskere på havnen, ca. 1912. Foto: Museets billedarkiv"],
    ["Direktionen samlet på trappen (Foto: Anna Holm)"],
    // a job board's link to the employer's other posts
    ["Se alle job fra Sygehus Sønderjylland (12)"],
    // a site's search field; a breadcrumb of arrows whatever its first step is called
    ["Søg på odense.dk"],
    ["Job i Viborg Kommune > Ledelse > Vicekommunaldirektør"],
    // a site's copyright, and the networks it may be followed on
    ["LinkedIn Corporation © 2027"],
    ["© 2027 Viborg Kommune. Alle rettigheder forbeholdes."],
    // a share row, two spaces between its buttons
    ["Del  Facebook  LinkedIn  X  Send på mail  Print"],
    ["Følg os:  Facebook  Instagram"],
    ["Følg os: Facebook · LinkedIn · Instagram"],
  ])("finds %s", (line) => {
    expect(furniture(`${line}\nSkoleleder til Hedeskolen\nVi søger en skoleleder, der kan samle skolen om en fælles retning.`)).toEqual([line]);
  });

  it("finds a menu's words, not the lines beside them", () => {
    expect(furniture("Egebjerg Friskole\nForside\nOm skolen\nSFO\nKontakt\nVi søger en skoleleder.")).toEqual(["Forside", "Om skolen", "SFO", "Kontakt"]);
  });

  it("ends a menu at its last entry where the post's own short lines run on under it, and takes the site's entries between two of its own", () => {
    // no blank line between the menu and the page's breadcrumb and title: the run of short lines is longer than the menu
    const page = "Hjortebjerg Efterskole\nForside\nOm skolen\nLinjer og fag\nOptagelse\nKontakt\nJob\nJob › Viceforstander\nViceforstander til efterskolen\nOpslået 25. januar 2027\nHar du lyst til at stå skulder ved skulder med forstanderen og være med til at lede skolen?";
    expect(furniture(page)).toEqual(["Forside", "Om skolen", "Linjer og fag", "Optagelse", "Kontakt", "Job"]);
    // the house's name between the page's first button and its menu is its title block, not an entry
    expect(furniture("Gå til hovedindhold\nRegion Syddanmark\nMenu\nSøg\nTeamleder – Mobilitetsafdelingen\nVi søger en teamleder til vores afdeling i Vejle, som kan samle et team på tolv.")).not.toContain("Region Syddanmark");
    expect(furniture("Gå til hovedindhold\nBeskæftigelsesministeriet\nMenu\nSøg\nVi søger en afdelingschef til vores departement i København, som kan lede et kontor.")).not.toContain("Beskæftigelsesministeriet");
    // nor the post's title or a known heading between two of the page's buttons, nor a one-word post after the menu
    const tail = "Udskriv\nDel på LinkedIn\nVi søger en engageret lærer til udskolingen på vores skole i Vejle, som kan undervise i dansk.";
    expect(furniture(`Gå til hovedindhold\nMenu\nSøg\nLærer i udskolingen\n${tail}`)).not.toContain("Lærer i udskolingen");
    expect(furniture(`Gå til hovedindhold\nMenu\nSøg\nOm stillingen\n${tail}`)).not.toContain("Om stillingen");
    // nor a unit's name between the menu's entries
    expect(furniture("Forside\nJob\nBørn og Unge\nKontakt\nVi søger en engageret leder til vores dagtilbud i Vejle, som kan samle fire huse.")).not.toContain("Børn og Unge");
    expect(furniture("Forside\nOm skolen\nKontakt\nJob\nViceforstander\nOpslået i januar\nVi søger en engageret viceforstander til vores efterskole ved skoven, som kan lede lærerne.")).not.toContain("Viceforstander");
  });

  it("finds 'Sådan søger du' between two menu entries, and leaves it over the ad's own buttons and text", () => {
    expect(furniture("Region Midtjylland\nJob i Region Midtjylland\nLedige stillinger\nSådan søger du\nLog ind\nVi søger en afdelingssygeplejerske.")).toEqual(["Ledige stillinger", "Sådan søger du", "Log ind"]);
    expect(furniture("Vi glæder os til at høre fra dig og til at møde dig til en samtale om stillingen.\nSådan søger du\nSøg stillingen\nGem job\nSend din ansøgning senest den 3. maj 2027.")).not.toContain("Sådan søger du");
  });

  it("finds a site's own menu words beside the common ones, not the name or the one-word organisation over them", () => {
    expect(furniture("Fjordland Forsyning\nPrivat\nErhverv\nDriftsinfo\nOm os\nJob\nKontakt\nVi søger en direktør.")).toEqual(["Privat", "Erhverv", "Driftsinfo", "Om os", "Job", "Kontakt"]);
    expect(furniture("Region Syddanmark\nMenu\nSøg\nJob\nVi søger en teamleder.")).toEqual(["Menu", "Søg", "Job"]);
    expect(furniture("Nationalmuseet\nBesøg\nUdstillinger\nForskning\nVi søger en inspektør.")).toEqual(["Besøg", "Udstillinger", "Forskning"]);
  });

  it.each([
    ["Kontakt", "a contact heading alone"],
    ["Forsiden af rapporten viser kommunens nye strategi.", "a sentence with a menu word"],
    ["Løn efter overenskomst / kontrakt efter aftale", "a line with a slash that is no breadcrumb"],
    ["Aktivitet   Dato   Sted", "a table's head row spaced out, with no menu words"],
    ["Ansøgningsfrist   1. samtale   2. samtale   Tiltrædelse", "a timetable's row"],
    ["Kontakt   Per Holm   Afdelingsleder", "a contact row with one menu word"],
    ["Foto: vi lægger billeder af hverdagen på Instagram", "a sentence after a photo's word, no credit"],
    ["Fotograf: Bliv en del af Nordjyske Medier", "a post's title after its label"],
    ["Billede: Du får en hverdag med børn i centrum", "a sentence after a picture's word"],
    ["Del stillingen: Kender du en, der passer til jobbet · så send den videre", "a share label over words, no networks"],
    ["Søg på rådhuset i Viborg, hvis du vil", "a sentence, no search field"],
    ["Ansøgningsfrist 1. marts 2027 › 1. samtale 10. marts 2027 › 2. samtale 17. marts 2027", "a timeline of arrows, its steps dated"],
    ["Ansøgning > Samtale > Personlighedstest > Ansættelse", "a process's steps, no job pages and no post"],
    ["Vores værdier: Nærvær › Faglighed › Udvikling", "values"],
    ["Vi har vækst > 10 % om året > 3 år i træk.", "a sentence with arrows"],
  ])("keeps %s (%s)", (line) => {
    expect(furniture(`${line}\nVi søger en skoleleder, der kan samle skolen om en fælles retning.`)).toEqual([]);
  });

  it("keeps each furniture line as a block of its own, in its place, marked", () => {
    const { blocks, dropped, aside } = normalise({ format: "text", pages: null, lines: lines("Udskriv\nSkoleleder til Hedeskolen\nDel på LinkedIn\nVi søger en skoleleder.") });
    expect(dropped).toEqual([]);
    expect(blocks.map((b) => [b.text, b.furniture ?? false])).toEqual([
      ["Udskriv", true],
      ["Skoleleder til Hedeskolen", false],
      ["Del på LinkedIn", true],
      ["Vi søger en skoleleder.", false],
    ]);
    // kept, but no source of facts or of the header
    expect([...aside].sort()).toEqual([1, 3]);
  });

  it.each([
    ["Vikingeskibsmuseet\nVindeboder 12\n4000 Roskilde\nTlf. 4630 0299\nmuseum@vikingeskibsmuseet.dk\nCVR 61 34 58 18\nFølg os på Instagram og Facebook\n© Vikingeskibsmuseet 2027"],
    ["Hammer & Hanborg\nAmaliegade 12, 2. sal\n1256 København K\nTlf. 3312 8090\nCVR 25 87 44 31\nPrivatlivspolitik"],
    ["Sønderborg Forsyning A/S\nVestermark 12\n6400 Sønderborg\nKundeservice: 7342 7700\nCVR-nr. 33 05 61 94\nÅbningstider: mandag-torsdag 8-15, fredag 8-12"],
    // a table-laid page's footer: a row of details between dots on each line
    ["Lolland Kommune · Jernbanevej 7 · 4900 Nakskov · Tlf. 54 67 60 00 · lolland@lolland.dk\nTelefontid: Mandag-onsdag 9-15, torsdag 9-17, fredag 9-13 · Tilgængelighedserklæring"],
    // the whole card on one line, and when the site last touched the page
    ["Havbo Boligforening · Søndergade 14 · 9900 Frederikshavn · Tlf. 98 42 17 00 · havbo@havbo.dk · CVR 29 81 44 30\n© 2027 Havbo Boligforening – Senest opdateret 15. marts 2027"],
    // the office's own phone and hours, one day's hours qualified
    ["Skovhøj Kirke\nSkovhøjvej 14\n7500 Holstebro\nKirkekontoret: tlf. 97 40 12 34\nskovhoej.sogn@km.dk\nÅbningstid: mandag-fredag kl. 10-13, torsdag tillige kl. 16-18"],
    // the office's hours in words of its own
    ["Højmose Efterskole\nSkolevej 4\n6510 Gram\nTlf. 74 82 16 00\nkontor@hojmose.dk\nKontoret har åbent mandag-torsdag 8-15, fredag 8-12\nCVR 28 64 19 50"],
    // its hours by "Åbent" and the days shortened, its last line
    ["Kystlandets Produktionsskole\nHavnevej 22, 8500 Grenaa\nTlf. 86 32 19 00\nkontor@kystlandet-ps.dk\nÅbent man–tors 7.30–15.30, fre 7.30–13.00"],
  ])("finds a site's footer, a short line to each detail: %s", (footer) => {
    expect(furniture(`Vi glæder os til at høre fra dig.\n\n${footer}`)).toEqual(footer.split("\n"));
  });

  it("files a link card under a social post as the post's frame, and a page's own domain over its ad as nothing of the kind", () => {
    const post = "Faxe Kommune\n15. marts kl. 10:04 · 🌍\n\nVi søger en chef for Kultur og Fritid.\n\nFAXEKOMMUNE.DK\nChef for Kultur og Fritid - Faxe Kommune\nVil du lede et område med biblioteker?\n\n23 kommentarer  41 delinger";
    expect(furniture(post)).toEqual(expect.arrayContaining(["FAXEKOMMUNE.DK", "Chef for Kultur og Fritid - Faxe Kommune", "Vil du lede et område med biblioteker?"]));
    expect(furniture("KOLDING.DK\nSkoleleder til Bakkeskolen\nVil du lede en skole med 500 elever?")).toEqual([]);
  });

  it("keeps a contact's card split by a blank line in the text, away from its end", () => {
    const text = ["Har du spørgsmål, er du velkommen til at kontakte skoleleder Jens Hansen.", "", "Bakkeskolen", "Skolevej 12", "6000 Kolding", "", "Telefon: 23 45 67 89", "E-mail: jens@kolding.dk", "", ...Array.from({ length: 32 }, (_, k) => `Afsnit ${k + 1} om skolens hverdag og de mange opgaver.`)].join("\n");
    expect(furniture(text)).not.toContain("Telefon: 23 45 67 89");
  });

  it("finds the site's card under the page's button in a text copied without blank lines, and no card that opens on a person's name or a label", () => {
    const prose = Array.from({ length: 20 }, (_, k) => `Linje ${k + 1} om afdelingens hverdag og de mange opgaver.`);
    const card = ["Region Nordjylland", "Aalborg Universitetshospital", "Hobrovej 18-22", "9000 Aalborg", "Telefon: 97 64 30 00", "E-mail: aalborg.universitetshospital@rn.dk", "EAN: 5798000420915"];
    expect(furniture([...prose, "Søg stillingen", ...card].join("\n"))).toEqual(expect.arrayContaining(card));
    // (a card of fewer lines above its postcode)
    expect(furniture([...prose, "Søg stillingen", ...card.slice(1)].join("\n"))).toEqual(expect.arrayContaining(card.slice(1)));
    // a contact's card under the button, her name first, and the workplace's lines under its label, are the post's
    const contact = ["Hanne Dahl", "Hobrovej 18", "9000 Aalborg", "Telefon: 97 66 42 10", "hd@rn.dk"];
    expect(furniture([...prose, "Søg stillingen", ...contact].join("\n"))).not.toContain("Telefon: 97 66 42 10");
    const workplace = ["Arbejdssted", "Aalborg Universitetshospital", "Hobrovej 18-22", "9000 Aalborg"];
    expect(furniture([...prose, "Søg stillingen", ...workplace].join("\n"))).not.toContain("9000 Aalborg");
  });

  it("goes on into the footer's next group, blank lines between: the house's phone, mail and registry numbers under its address", () => {
    const footer = "Faaborg-Midtfyn Kommune\nRådhuset\nCentrumpladsen 4\n5750 Ringe\n\nTelefon: 72 53 00 00\nE-mail: kommune@fmk.dk\nCVR-nr.: 29 18 97 11";
    expect(furniture(`Vi glæder os til at høre fra dig.\n\n${footer}`)).toEqual(footer.split("\n").filter(Boolean));
    // a contact's group with no footer above it is the post's
    expect(furniture("Vi glæder os til at høre fra dig.\n\nTelefon: 72 53 00 00\nE-mail: lobf@kolding.dk")).toEqual([]);
  });

  it.each([
    ["Kontakt\nMaja Lindahl\nChefkonsulent\nTlf. 2233 4455\nwww.muusmann.dk", "a contact person, with her position"],
    ["Nørskov & Partnere\nKristian Haahr, Senior Consultant\nTlf. 3057 2184\nVestergade 14, 7400 Herning", "a firm's consultant, his title after his name"],
    ["Tarup Skole\nTarupvej 12\n5210 Odense NV\nSkoleleder: tlf. 23 45 67 89\njens@odense.dk", "a school's leader's number under its address"],
    ["Ansøgningen sendes til:\nSilkeborg Kommune\nSøvej 1\n8600 Silkeborg", "an address under its lead-in"],
    ["Tlf. 4630 0299\nmuseum@vikingeskibsmuseet.dk", "a phone and a mail, no address"],
  ])("keeps %s (%s)", (group) => {
    expect(furniture(`Vi glæder os til at høre fra dig.\n\n${group}`)).toEqual([]);
  });
});

describe("a social network's group over a post", () => {
  it("files the group's name and its line as the page's, and the post's words not", () => {
    const text = "facebook\nSøg på Facebook\n\nSkoleledere og ledelsesteams i Danmark\nPrivat gruppe · 6,8K medlemmer\n\nKatrine Lodahl Østergaard\n22. februar kl. 20:14 · 🌐\n\nVi søger en ny viceskoleleder på Rosenvængets Skole i Horsens.";
    const got = furniture(text);
    expect(got).toContain("Skoleledere og ledelsesteams i Danmark");
    expect(got).toContain("Privat gruppe · 6,8K medlemmer");
    expect(got).not.toContain("Vi søger en ny viceskoleleder på Rosenvængets Skole i Horsens.");
  });
});

describe("a social post's comments", () => {
  it("files the comments under the post's buttons as the page's, and nothing above them", () => {
    const post = "Bliv plejehjemsleder på Solhøj\n\nAnsøgningsfrist: fredag den 12. marts 2027 kl. 12.00";
    const comments = "Mest relevante\n\nPeter Lund\nHvornår er fristen?\n\nVordingborg Kommune · Forfatter\nHej Peter, fristen er den 12. marts kl. 12.";
    expect(furniture(`${post}\n\nSynes godt om\nKommenter\nDel\n\n${comments}`)).toEqual(["Synes godt om", "Kommenter", "Del", ...comments.split("\n").filter(Boolean)]);
    // the buttons in one row, and the sort menu's arrow
    const row = "Synes godt om    Kommenter    Genopslå    Send";
    expect(furniture(`${post}\n\n${row}\n\n${comments.replace("Mest relevante", "Mest relevante ▾")}`)).toEqual([row, ...comments.replace("Mest relevante", "Mest relevante ▾").split("\n").filter(Boolean)]);
    // the row's buttons apart by middle dots, as a network's page copied them
    const dotted = "Synes godt om · Kommenter · Genopslå · Send";
    expect(furniture(`${post}\n\n${dotted}\n\n${comments}`)).toEqual([dotted, ...comments.split("\n").filter(Boolean)]);
    // no buttons above it: "Nyeste" is a word of the text
    expect(furniture(`${post}\n\nNyeste\n\nVi har lige åbnet en ny afdeling.`)).toEqual([]);
    // a job board's sort control under its menu, over the posting: the menu only
    const board = "Forside\nJob\nLedige stillinger\nKontakt\nSortér efter\nNyeste\n\nSkoleleder til Tarup Skole\n\nVil du stå i spidsen for en skole i udvikling?\n\nSend din ansøgning senest fredag den 29. januar kl. 12.";
    expect(furniture(board)).not.toContain("Skoleleder til Tarup Skole");
    expect(furniture(board)).not.toContain("Send din ansøgning senest fredag den 29. januar kl. 12.");
  });
});

describe("a document's notes at its end", () => {
  it("files a draft's comments and their replies, each opening with the mark the text holds, as the page's", () => {
    const text = "Løn: Efter overenskomst[a]\n\nVi glæder os til at høre fra dig.\n\n[a]Skal vi nævne lønnen her? – Mette\n[b]Rettet. /JK\nIkke endnu, formanden vender tilbage. /JK";
    expect(furniture(text.replace("dig.", "dig.[b]"))).toEqual(["[a]Skal vi nævne lønnen her? – Mette", "[b]Rettet. /JK", "Ikke endnu, formanden vender tilbage. /JK"]);
  });

  it("files Markdown's footnotes as notes, but not a line that only looks like one", () => {
    expect(furniture("Kystbo har ca. 7.400 boliger[^1] i tre kommuner.\n\n[^1]: Opgjort pr. 1. januar 2027.")).toEqual(["[^1]: Opgjort pr. 1. januar 2027."]);
    // no mark in the text above: a list's own lettering
    expect(furniture("Vi forventer, at du har:\n\n[a] en relevant uddannelse\n[b] erfaring med ledelse")).toEqual([]);
    // a footnote under its paragraph, the text going on after it: the note only
    expect(furniture("Kystbo har ca. 7.400 boliger[^1] i tre kommuner.\n\n[^1]: Opgjort pr. 1. januar 2027.\n\nLøn og vilkår\n\nLøn efter overenskomst.\n\nSend din ansøgning senest 1. maj 2027 til Jens Holm, tlf. 2345 6789.")).toEqual([
      "[^1]: Opgjort pr. 1. januar 2027.",
    ]);
  });
});

describe("normalise: the posting's lines do not join over the furniture between them", () => {
  it("keeps a site's name and the post's title apart when a menu word stood between them", () => {
    const { blocks } = normalise({ format: "text", pages: null, lines: lines("Aalborg Universitet\nUddannelse\nForskning\nOm AAU\nKontakt\nAdjunkt i bygningsfysik\nVi søger en adjunkt.") });
    const texts = blocks.map((b) => b.text);
    expect(texts).not.toContain("Aalborg Universitet\nAdjunkt i bygningsfysik");
    expect(texts.indexOf("Kontakt")).toBeLessThan(texts.findIndex((t) => t.startsWith("Adjunkt")));
  });
});

describe("normalise: a furniture line keeps its words, only a rendered page's marks go", () => {
  it("keeps a post's day before its month, which is no list's number", () => {
    const text = "Facebook\nSøg på Facebook\n\nBørnehaven Mælkebøtten – Forældrebestyrelsen\n3. februar 2027 kl. 20.14 · 🌍\n\nHej alle sammen, vi søger en ny leder til vores børnehave med 42 børn og 8 ansatte.";
    const { blocks } = normalise({ format: "text", pages: null, lines: lines(text) });
    expect(blocks.filter((b) => b.furniture).map((b) => b.text)).toContain("3. februar 2027 kl. 20.14 · 🌍");
  });
});

describe("isContactDetails: the place mark it looks for first", () => {
  it.each([
    ["Niels Bohrs Vej 30\n9220 Aalborg Øst", true],
    ["Havnegade 4 · www.havnen.DK", true],
    // a floor after the street's number ("1." for "1. sal")
    ["Nordvang Executive · Vestergade 21, 1. · 4000 Roskilde · www.nordvang.dk", true],
    ["Nordvang Executive · Vestergade 21, 3. th. · 4000 Roskilde", true],
    // an old ad's footer, its details between hyphens
    ["Lemvig Kommune - Rådhusgade 2 - 7620 Lemvig - tlf. 96 63 11 00 - www.lemvig.dk", true],
    // the posting's number beside the house's address
    ["Faxe Kommune · Frederiksgade 9 · 4690 Haslev · Jobnummer 2027-0417", true],
    ["Dyrehavevej 29\n3400 Hillerød\nJobnr. REG-H-1187-27", true],
    ["Dyrehavevej 29\n3400 Hillerød\nJobnummer er vigtigt at oplyse i din ansøgning", false],
    ["Niels Bohrs Vej 30\nFølg os på LinkedIn", false],
    ["Vi tilbyder løn, pension og frokostordning", false],
    // what kind of house it is beside its name; a line that ends on its separator over the web address
    ["Lindely · Selvejende institution · Lindelyvej 12 · 9400 Nørresundby · www.lindely.dk", true],
    ["Krogh & Lindeberg Executive · Store Torv 6, 2. sal · 8000 Aarhus C ·\nwww.kl-executive.dk", true],
    ["Lindely · Selvejende institution med en stærk faglighed · 9400 Nørresundby", false],
    // opening hours by the days' name for all five
    ["Efterskolerne · Vestergade 2 · 7100 Vejle · Hverdage kl. 9–15", true],
    // a street named for a mayor is a street, not a person's title
    ["Herlev og Gentofte Hospital\nBorgmester Ib Juuls Vej 1\n2730 Herlev\nTelefon 38 68 00 00 · CVR 29 19 01 23", true],
    ["Borgmester Ib Juul\n2730 Herlev", false],
    ["Kirkekontoret · Kirkevej 2 · 7100 Vejle · Mandag-torsdag 9-13", true],
    ["Kirkekontoret · Kirkevej 2 · 7100 Vejle · Tirs–fre kl. 10.00-14.00", true],
    // a weekday's short name is a day only before the hours
    ["Kirkekontoret · Kirkevej 2 · 7100 Vejle · Man bør ringe 9-13", false],
    // a printed page's footer row, its page's number at its end
    ["Brøndum & Lykke Executive · Søndergade 14 · 8000 Aarhus C · side 10 af 10", true],
    // a house named by a profession, and a person's name and post on a line
    ["Danske Fysioterapeuter\nHolmbladsgade 70\n2300 København S\nTlf. 33 41 46 20", true],
    ["Kristian Haahr, Senior Consultant\nVestergade 14, 7400 Herning", false],
  ])("%j is contact details: %s", (text, expected) => {
    expect(isContactDetails(text)).toBe(expected);
  });

  it("is in every part of the fixtures that a place pattern takes (the mark turns no place away)", () => {
    const parts = fixtureTexts()
      .flatMap((text) => text.split(/\n| [·|•–-] |, /u))
      .map((p) => p.trim().replace(/\.$/u, ""));
    const places = parts.filter((p) => CONTACT_DETAIL_PARTS.place.some((re) => re.test(p)));
    expect(places.length).toBeGreaterThan(50);
    expect(places.filter((p) => !CONTACT_DETAIL_PARTS.placeMark.test(p))).toEqual([]);
  });
});

describe("a social post's age under its poster", () => {
  it.each([
    ["1 u • Redigeret •", true],
    ["3 d •", true],
    ["1w • Edited", true],
    ["1 u • Redigeret • + Følg", true],
    // a fact's value, no post's age
    ["6 år", false],
    ["37 t", false],
    ["3 d", false],
  ])("%j → %s", (line, want) => {
    expect(POST_AGE.test(line)).toBe(want);
  });
});

describe("who posted a social post", () => {
  it("files the poster's name, degree, headline and the post's age as the page's, and a cover's fact value not", () => {
    expect(furniture("Mette Kjærgaard Lund\n• 2.\nOmrådeleder, Socialpsykiatri og Handicap i Viborg Kommune\n1 u • Redigeret •\n\nVI SØGER EN LEDER TIL KÆRVANG")).toEqual([
      "Mette Kjærgaard Lund",
      "• 2.",
      "Områdeleder, Socialpsykiatri og Handicap i Viborg Kommune",
      "1 u • Redigeret •",
    ]);
    expect(furniture("Direktør for Teknik og Miljø\nFaaborg-Midtfyn Kommune\nAnsættelsesform\nÅremål\n6 år")).toEqual([]);
  });
});

describe("session 41: a search field's placeholder, a utility's emergency line, an upsell", () => {
  it.each([
    ["Søg på titel, firma eller nøgleord"],
    ["Søg efter stilling, virksomhed eller sted"],
    ["Privatlivspolitik · Cookiepolitik · Whistleblowerordning"],
  ])("%j is the page's", (line) => {
    expect(furniture(`Teamleder til Borgerservice\n\n${line}\n\nVi søger en teamleder, der kan samle og udvikle vores borgerservice med godt humør.`)).toContain(line);
  });
  it("keeps a search for a post in a sentence", () => {
    expect(furniture("Teamleder\n\nSøg på stillingen, hvis du har lyst til at lede et team med godt humør og ordentlighed.")).toEqual([]);
  });
  it.each([
    ["Døgnvagt ved brud: 86 96 40 10", true],
    ["Vagttelefon: 70 20 30 40", true],
    ["Døgnvagt hver weekend", false],
  ])("%j is a part of a house's card: %s", (line, want) => {
    expect(CONTACT_DETAIL_PARTS.other.some((re) => re.test(line))).toBe(want);
  });
});

describe("session 41: a button's word that heads a section", () => {
  it("keeps 'Søg' over the body's paragraph on how to apply as a heading, and a menu's 'Søg' as the page's", () => {
    const text = "Forside   Job   Kontakt\nSøg\n\nFjordteatret søger en administrativ chef, der kan holde styr på tallene, mens vi andre leger på scenen.\n\nSøg\nSend din ansøgning og dit CV via formularen på fjordteatret.dk/job senest søndag den 11. april 2027.";
    const found = findFurniture(lines(text)).furniture.map((l) => l.line);
    expect(found).toContain(2);
    expect(found).not.toContain(6);
  });
});

describe("session 41: a button's word over a job board's own text", () => {
  it("keeps 'Søg' over a board's note on profiles the page's", () => {
    const text = "Forside   Job   Kontakt\n\nVi søger en teamleder, der kan samle og udvikle vores borgerservice med godt humør og ordentlighed.\n\nSøg\nOpret en profil på Jobnet, så kan du gemme dine søgninger og følge med i nye job hver eneste dag.";
    expect(furniture(text)).toContain("Søg");
  });
  it("keeps 'Kontakt' over a sentence with a number a heading", () => {
    const text = "Forside   Job\n\nVi søger en teamleder, der kan samle og udvikle vores borgerservice med godt humør og ordentlighed.\n\nKontakt\nHar du spørgsmål til stillingen, er du velkommen til at ringe til centerchef Mette Holm på 20 30 40 50.";
    expect(furniture(text)).not.toContain("Kontakt");
  });
});

describe("session 42: a job board's row of buttons with its share button's networks", () => {
  it("takes 'Søg stillingen    Gem job    Del: Facebook · LinkedIn · Mail · Kopiér link' for the page's", () => {
    const line = "Søg stillingen    Gem job    Del: Facebook · LinkedIn · Mail · Kopiér link";
    expect(furniture(`Leder af Sundhedshus Tarm\n\n${line}\n\nVil du stå i spidsen for et sundhedshus, der stadig er ved at finde sin form og sine opgaver?`)).toContain(line);
  });
  it("keeps a row that opens on no button of the page's", () => {
    const line = "Tarm    Gem job    Del: Facebook";
    expect(furniture(`Leder af Sundhedshus Tarm\n\n${line}\n\nVil du stå i spidsen for et sundhedshus, der stadig er ved at finde sin form og sine opgaver?`)).not.toContain(line);
  });
  it("takes an English page's footer links for the page's", () => {
    const line = "Privacy policy · Accessibility statement · Job alerts";
    expect(furniture(`Head of Department\n\nThe department has 60 staff and a long tradition of research in mathematics and computer science.\n\n${line}`)).toContain(line);
  });
});

describe("session 42: menus of two spaces, entries between menu words, a network's tags", () => {
  it("takes a menu line of two spaces between its entries for the page's", () => {
    const line = "Borger  Erhverv  Politik  Job i kommunen  Kontakt";
    expect(furniture(`Gå til hovedindhold\nHorsens Kommune\n${line}\n\nVi søger en institutionsleder til Børnehuset Kildebakken, som har 94 børn og 24 medarbejdere.`)).toContain(line);
  });
  it("keeps a line of two spaces between words of the text", () => {
    const line = "Løn  Efter overenskomst  Tiltrædelse  1. maj";
    expect(furniture(`Leder\n\n${line}\n\nVi søger en institutionsleder til Børnehuset Kildebakken, som har 94 børn og 24 medarbejdere.`)).not.toContain(line);
  });
  it("takes an entry between two menu words for the menu's", () => {
    const text = "Gå til indhold\nBeskæftigelsesministeriet\nSøg\nMenu\nForside\nArbejdsområder\nNyheder\nOm ministeriet\nJob\n\nChefkonsulent til Kontor for Ydelser\n\nHar du lyst til at arbejde tæt på den politiske beslutningsproces og forme fremtidens regler?";
    expect(furniture(text)).toContain("Om ministeriet");
  });
  it.each(["#LI-Hybrid", "Ligner du et godt match?", "Se virksomhedens andre job", "Tilmeld dig vores nyhedsbrev", "Søg på Facebook"])("%j is the page's", (line) => {
    expect(furniture(`Direktør for Kommunikation\n\nVi søger en direktør, der kan sætte dagsordenen for fremtidens sundhedsvæsen sammen med os.\n\n${line}`)).toContain(line);
  });
});

describe("session 42: the house's switchboard in its footer, and the page's note on when it was posted", () => {
  it.each([
    ["Ring til Aalborg Kommune på 99 31 47 00", true],
    ["Ring til mig på 99 31 47 00", false],
  ])("%j is part of a house's card: %s", (line, want) => {
    expect(CONTACT_DETAIL_PARTS.other.some((re) => re.test(line))).toBe(want);
  });
});

describe("session 42 review: a house's name among menu words, a row of units, a posting's row", () => {
  it("keeps a house's name between two menu words", () => {
    expect(furniture("Forside\nSygehus Sønderjylland\nJob\n\nVi søger en ledende overlæge, der kan samle og udvikle afdelingen med godt humør.")).not.toContain("Sygehus Sønderjylland");
  });
  it("keeps a row of units two spaces apart that holds no menu words", () => {
    const line = "Direktion  Økonomi  Personale  Teknik og Miljø";
    expect(furniture(`Organisationen\n\n${line}\n\nVi søger en direktør, der kan samle og udvikle organisationen med godt humør.`)).not.toContain(line);
  });
});

describe("session 42 review: the page's row on the post, its date last", () => {
  it("takes 'Region Syddanmark | Damhaven 12, 7100 Vejle | Fuldtid | Opslået 3. februar 2027' for the page's note", () => {
    expect(POSTING_NOTES.some((re) => re.test("Region Syddanmark | Damhaven 12, 7100 Vejle | Fuldtid | Opslået 3. februar 2027"))).toBe(true);
    expect(POSTING_NOTES.some((re) => re.test("Stillingen er opslået 3. februar 2027 og besættes hurtigst muligt"))).toBe(false);
  });
});

describe("session 43: a network's card of the post's recruiter, a page's link back to its posts", () => {
  const prose = "Vi søger en økonomichef, der kan tage ansvar for regnskab, budget og rapportering i en virksomhed i vækst.";
  it.each(["Mød ansættelsesteamet", "Jobopslagsgiver", "Send besked", "Tilbage til alle stillinger"])("takes '%s' for the page's", (line) => {
    expect(furniture(`Head of Finance\n\n${prose}\n\n${line}\n\n${prose}`)).toContain(line);
  });
  it("still reads a share row with a labelled target between two buttons", () => {
    const line = "Gem job    Del: LinkedIn    Udskriv";
    expect(furniture(`Leder\n\n${prose}\n\n${line}\n\n${prose}`)).toContain(line);
  });
});

describe("session 43: a button drawn in brackets", () => {
  it("takes '[ Søg stillingen ]' for the page's", () => {
    const prose = "Vi søger en direktør, der kan sikre fortsat vækst og samtidig bevare den kultur, som har gjort virksomheden stærk.";
    expect(furniture(`Direktør\n\n${prose}\n\n[ Søg stillingen ]\n\n${prose}`)).toContain("[ Søg stillingen ]");
  });
});
