import { describe, expect, it } from "vitest";
import { bestTitle, notATitle, postFromHeadline, postPhrase, recased, titleCandidates } from "../../src/extract/title.js";

const fromHead = (head: string[], organisations: string[] = []) => bestTitle(titleCandidates(head, [], organisations));
const fromText = (sentences: string[]) => bestTitle(titleCandidates([], sentences, []));

describe("the post's unit in the definite form after 'leder af'", () => {
  it.each([
    [["Som leder af ungdomsskolen får du det samlede pædagogiske ansvar."], "Leder af ungdomsskolen"],
    [["Som leder af hjemmeplejen refererer du til direktøren."], "Leder af hjemmeplejen"],
    // a service the post heads, in the definite form
    [["Holbæk Kommune søger en leder af socialpsykiatrien, som vil stå i spidsen for et område i forandring."], "Leder af socialpsykiatrien"],
    [["Som leder af tandplejen får du ansvaret for 40 medarbejdere."], "Leder af tandplejen"],
    // a service named bare, no compound, names no unit
    [["Som leder af tjenesten får du ansvaret for 40 medarbejdere."], "Leder"],
    // a definite word that names no unit is no part of the post's name
    [["Som leder af stillingen får du ansvaret."], "Leder"],
    [["Som leder af forandringen skal du sætte retning for 40 medarbejdere."], "Leder"],
    [["Som leder af hverdagen i huset får du mange opgaver."], "Leder"],
    // a unit by its kind alone speaks of one named before; a word ending in "området" names none
    [["Som leder af teamet får du personaleansvaret."], "Leder"],
    [["Som leder af ansvarsområdet skal du sætte retning."], "Leder"],
  ])("%j → %j", (sentences, want) => {
    expect(fromText(sentences)).toBe(want);
  });
});

describe("the post from the lines at the head of a document", () => {
  it.each([
    // a paragraph's first line, wrapped, is no headline: the title line above it names the post more precisely
    [
      ["Syddjurs Kommune", "STILLINGSOPSLAG", "Chef for IT og Digitalisering", "Syddjurs Kommune søger en erfaren og nysgerrig leder, der kan samle vores IT-drift,", "digitaliseringsprojekter og informationssikkerhed i én fælles retning."],
      "Chef for IT og Digitalisering",
    ],
    // a footnote's mark, and the house the post is at
    [["Kildebjergskolen", "Afdelingsleder til indskolingen¹ på Kildebjergskolen"], "Afdelingsleder til indskolingen"],
    // headlines: the post, not the headline
    [["Faxe Kommune søger direktør for Kultur og Fritid"], "Direktør for Kultur og Fritid"],
    [["Faxe Kommune søger en ny direktør for Kultur, Fritid og Erhverv"], "Direktør for Kultur, Fritid og Erhverv"],
    [["Bliv IT-chef og sæt retningen for digitaliseringen"], "IT-chef"],
    [["Bliv vores nye økonomichef"], "Økonomichef"],
    // praise before the post on the title line is no part of its name
    [["Erfaren specialkonsulent/chefkonsulent til Energieffektivisering"], "Specialkonsulent/chefkonsulent"],
    [["Engageret og nysgerrig afdelingsleder til Hjemmeplejen Nord"], "Afdelingsleder"],
    [["Erfaren, engageret og nysgerrig afdelingsleder til Hjemmeplejen Nord"], "Afdelingsleder"],
    // a call to be "den" one of a kind under the title line: what the post is like, not its name
    [["Økonomichef til Boligselskabet Kildebo", "Bliv den økonomiske sparringspartner i en almen boligorganisation med 3.400 boliger"], "Økonomichef"],
    [["Vil du være vores nye sekretariatschef?"], "Sekretariatschef"],
    // a church's post; the headline's praise after "med" is no part of the post
    [["Vi søger en kordegn, der også har lyst til at lede vores kirkekontor"], "Kordegn"],
    [["Økonomichef med lyst til at sætte sit eget præg"], "Økonomichef"],
    [["Skoleleder med mod på mere"], "Skoleleder"],
    [["Sekretariatschef med ansvar for politisk betjening"], "Sekretariatschef med ansvar for politisk betjening"],
    // a remit's list of tasks in lower case goes on past its commas
    [["Holbæk Sygehus søger en vicedirektør med ansvar for drift, økonomi og planlægning"], "Vicedirektør med ansvar for drift, økonomi og planlægning"],
    // an English title's words before its noun
    [["Chief Executive Officer (administrerende direktør)"], "Chief Executive Officer"],
    [["Vice-Dean for Research at the Faculty of Humanities"], "Vice-Dean for Research"],
    [["Chief Physician for the Department of Neurology"], "Chief Physician"],
    [["Vi søger en ny afdelingsleder til Center for Handicap"], "Afdelingsleder"],
    [["Skoleleder søges til Nordskolen"], "Skoleleder"],
    // a bare "Leder" names its post by the place it leads
    [["Leder til Ungecenter Skive"], "Leder til Ungecenter Skive"],
    // a running header's page number after the post
    [["Provas · Job- og personprofil · Teknisk direktør Side 1 af 6"], "Teknisk direktør"],
    // a form's label before its value, the gap between them closed
    [["Stilling Afdelingsleder, 37 timer om ugen"], "Afdelingsleder"],
    [["Stillingsbetegnelse Teamleder"], "Teamleder"],
    [["Stillingsbetegnelse Pædagogisk leder"], "Pædagogisk leder"],
    [["STILLING AFDELINGSLEDER"], "Afdelingsleder"],
    [["Ledig stilling Skoleleder"], "Skoleleder"],
    // a headline's word for the one it seeks is no post's name
    [["Stadsdirektør", "En storby i vækst søger en samlende topleder"], "Stadsdirektør"],
    [["Chef til Borgerservice"], "Chef til Borgerservice"],
    // (a place by no name of its own is no part of it)
    [["Leder til vores team"], "Leder"],
    [["Leder til Vores Dagtilbud"], "Leder"],
    // a headline's question after its dash is its hook; a slide's lead names the recruitment, not the post
    [["DAGLIG LEDER SØGES TIL KULTURSTATIONEN I SKJERN – ER DET DIG?"], "Daglig leder"],
    // a hook that names the post is kept
    [["Børn og Unge – vil du være vores nye skoleleder?"], "Skoleleder"],
    // Danish "at" before a capital is no English place
    [["Sekretariatschef med ansvar for at Region Midtjylland lykkes"], "Sekretariatschef med ansvar for at Region Midtjylland lykkes"],
    [["Rekruttering af vicedirektør", "for drift og sygepleje", "Psykiatrien, Region Nordjylland"], "Vicedirektør for drift og sygepleje"],
    // an English ad's post
    [["Head of Bioinformatics", "Statens Serum Institut – Department of Infectious Disease Epidemiology"], "Head of Bioinformatics"],
    [["Head of Department at the Department of Physics, Chemistry and Pharmacy"], "Head of Department"],
    [["Danish Energy Agency", "Chief Adviser for offshore wind grid planning", "Center for Energy Infrastructure"], "Chief Adviser for offshore wind grid planning"],
    // title lines: cut at "til", "hos", a dash, a bar, a parenthesis
    [["Arkivar til Lokalhistorisk Arkiv"], "Arkivar"],
    [["Teamleder – Ydelsesafdelingen"], "Teamleder"],
    [["Kontorchef | Budgetkontoret"], "Kontorchef"],
    [["Sygeplejerske (32-37 timer) til Akutmodtagelsen"], "Sygeplejerske"],
    [["Ny sekretariatschef"], "Sekretariatschef"],
    [["Ledende overlæge til Medicinsk Afdeling"], "Ledende overlæge"],
    [["Pædagogisk leder til Børnehuset Solsikken"], "Pædagogisk leder"],
    [["Sundheds- og omsorgschef"], "Sundheds- og omsorgschef"],
    [["KONTORCHEF"], "Kontorchef"],
    [["Erfaren controller til vores økonomiteam"], "Controller"],
    [["Lektor i statskundskab"], "Lektor i statskundskab"],
    // a cover's compound names the post more precisely than the headline below it
    // the remit is part of the post
    [["Chef for Stabs- og", "Byrådssekretariatet"], "Chef for Stabs- og Byrådssekretariatet"],
    [["Direktør for Forsyning", "og Anlæg", "Job- og personprofil"], "Direktør for Forsyning og Anlæg"],
    [["Chef for Kultur", "samt Fritid"], "Chef for Kultur samt Fritid"],
    // a cover sets the area's name a word a line
    [["Direktør for", "Regional", "Udvikling", "Regionshuset Viborg · August 2027"], "Direktør for Regional Udvikling"],
    [["Direktør for Klima, Miljø og Teknik i Favrskov Kommune"], "Direktør for Klima, Miljø og Teknik"],
    // the document names its post after its type
    [["Job- og personprofil for kontorchef til Budgetkontoret"], "Kontorchef"],
    [["Job- og personprofil for direktør", "med ansvar for økonomi, borger-", "service og HR"], "Direktør med ansvar for økonomi, borgerservice og HR"],
    [["Stillings- og personprofil", "Prodekan for uddannelse", "Marts 2027"], "Prodekan for uddannelse"],
    // furniture before the title line is passed over
    [["Gå til hovedindhold", "Menu", "Forside › Job › Ledige stillinger › Planlægger", "Vi bruger cookies", "Planlægger – Trafik og Mobilitet", "Ansøgningsfrist", "3. marts 2027"], "Planlægger"],
    [["Opslaget er lukket", "Museumsinspektør til Oldtiden"], "Museumsinspektør"],
    [["profil_endelig_v3.pdf", "Udviklingschef"], "Udviklingschef"],
    // a menu's line above the title loses to the title the breadcrumb agrees with
    [["Gå til indhold", "Region Sjælland logo", "Job i Region Sjælland", "Søg job", "Elever og studerende", "Arbejdspladser", "Kontakt", "OK", "Nej tak", "Forside / Job / Sygeplejersker / Afdelingssygeplejerske", "Afdelingssygeplejerske til Akutmodtagelsen i Køge"], "Afdelingssygeplejerske"],
    // a label of the notice before the post is not the post
    [["GENOPSLAG: Driftschef"], "Driftschef"],
    [["Ledig stilling – Skoleleder til Nordskolen"], "Skoleleder"],
    [["Genopslag - Pædagogisk leder"], "Pædagogisk leder"],
    // a fact box's line that names the post
    [["Job i Syddjurs Kommune", "Stillingsbetegnelse: Afdelingsleder til Hjemmeplejen Nord", "Arbejdssted: Hjemmeplejen Nord"], "Afdelingsleder"],
    [["Jobtitel: Økonomichef"], "Økonomichef"],
    // the terms before "som" and the post
    [["Barselsvikariat som dagtilbudsleder i Dagtilbud Holsted"], "Dagtilbudsleder"],
    [["Midlertidig stilling som teamleder"], "Teamleder"],
    // a place after a remit is the remit's
    [["Oversygeplejerske til afdelingsledelsen i Medicinsk Afdeling"], "Oversygeplejerske til afdelingsledelsen i Medicinsk Afdeling"],
    // a wiki page's label before its post
    [["Rekruttering: Teamleder, Kundeservice (KS-2027-03)"], "Teamleder"],
    // "til" a place is cut; "til" the post's remit stays
    [["Specialkonsulent til analyser af elmarkedet"], "Specialkonsulent til analyser af elmarkedet"],
    [["SPECIALKONSULENT TIL ANALYSER AF ELMARKEDET"], "Specialkonsulent til analyser af elmarkedet"],
    [["Projektleder til vores team"], "Projektleder"],
    [["Pædagog til børnehaven Solsikken"], "Pædagog"],
    [["DIREKTØR TIL FJORDBY KOMMUNE"], "Direktør"],
    // the employer a cover sets after the post (a wrapped line read with it) is no part of it; a remit's is
    [["Direktør for Børn og Unge Fjordby Kommune"], "Direktør for Børn og Unge"],
    [["Direktør for Fjordby Kommune"], "Direktør for Fjordby Kommune"],
    // a tagline after the title does not win
    [["Direktør for Børn og Unge i Fjordby Kommune", "Flyvefærdig direktør i børnehøjde"], "Direktør for Børn og Unge"],
    // a pictograph after a title's hook ends no words of it
    [["Salgschef til Fjordlys Belysning ApS – vil du sætte lys på hele Norden? 💡"], "Salgschef"],
    // a modifier that could be a post of its own, before the post's noun; a modifier after it, as a hospital lists posts
    [["Specialeansvarlig overlæge til psykoseområdet i Psykiatrisk Afdeling Vejle"], "Specialeansvarlig overlæge til psykoseområdet i Psykiatrisk Afdeling Vejle"],
    [["Overlæge, ledende – Akutafdelingen, Regionshospitalet Gødstrup"], "Overlæge, ledende"],
    [["Konsulent, Økonomi og Analyse"], "Konsulent"],
    [["Overlæge, Medicinsk Afdeling, Regionshospitalet Viborg"], "Overlæge"],
    // a stand-in for a post
    [["VIKAR FOR SKOLELEDER – BARSELSVIKARIAT PÅ BJØRNKÆRSKOLEN"], "Vikar for skoleleder"],
    // a tagline after the post is no unit it heads
    [["Skoleleder", "Skoleleder i verdensklasse"], "Skoleleder"],
    // the title line's post and its unit, over a headline's bare post
    [["Leder af Borgerservice", "Syddjurs Kommune søger en nærværende og handlekraftig leder til Borgerservice i Ebeltoft og Rønde"], "Leder af Borgerservice"],
  ])("%j → %s", (head, title) => {
    expect(fromHead(head, ["Favrskov Kommune", "Fjordby Kommune"])).toBe(title);
  });

  it.each([
    [["Opslaget er lukket"]],
    [["Stillingen er besat"]],
    [["profil_endelig_v3.pdf"]],
    [["12. marts 2027"]],
    [["Dine opgaver"]],
    [["Om stillingen"]],
    [["Derfor en nysgerrig og varm leder"]],
    [["Kan du lede et team af dygtige planlæggere?"]],
    [["Gå til hovedindhold"]],
    [["Forside › Job"]],
    [["Som leder skal du:"]],
    [["- have erfaring som leder"]],
    [["Vi leder efter dig"]],
    [["Ansøgningsfrist: 14. marts 2027"]],
    // a cover's box of key figures
    [["Medarbejdere: ca. 4.100"]],
    [["Budget: 3,9 mia. kr."]],
  ])("no title in %j", (head) => {
    expect(fromHead(head)).toBeNull();
  });

  it("takes a cover's compound, which names the post more precisely than the headline and the sentence below it", () => {
    const head = ["JOB-OGPERSONPROFIL", "Psykiatridirektør", "Psykiatrien i Region Nordjylland", "Region Nordjylland søger en direktør, der kan samle en psykiatri i forandring."];
    const sentences = ["Region Nordjylland søger en direktør, der kan samle en psykiatri i forandring."];
    expect(bestTitle(titleCandidates(head, sentences, ["Region Nordjylland"]))).toBe("Psykiatridirektør");
  });

  it("takes an English title whose small words make it long, cut before its 'at the Department of …'", () => {
    expect(fromHead(["Head of Section in Sustainable Building Design at the Department of the Built Environment"])).toBe("Head of Section in Sustainable Building Design");
    // a Danish line of as many words is a sentence still
    expect(notATitle("Vi søger en leder med mod på at stå i spidsen for en stor og travl afdeling i vækst")).toBe("sentence");
  });

  it("takes no contact's title under the contact's name in a page's sidebar for the post", () => {
    expect(fromHead(["Kontaktperson", "Helle Stampe Jensen", "Oversygeplejerske", "Tlf.: 97 66 31 84", "AFDELINGSSYGEPLEJERSKE TIL SENGEAFSNIT H3"])).toBe("Afdelingssygeplejerske");
  });

  it("takes the post from a letter's greeting to the one it hires, and none from the signature under its closing", () => {
    const head = ["Kære kommende skoleleder", "Med venlig hilsen", "På bestyrelsens vegne", "Karen Bisgaard Holm", "Formand for bestyrelsen, Hjortebro Friskole", "Tlf. 28 47 16 93"];
    expect(fromHead(head)).toBe("Skoleleder");
    // without the greeting the signer's title is still no post
    expect(fromHead(head.slice(1))).toBeNull();
    expect(fromHead(["Dear future Head of Department,"])).toBe("Head of Department");
    // "Kære kommende medarbejder" names no post, and the post's line in capitals under a closing is no signer's
    expect(bestTitle(titleCandidates(["Kære kommende medarbejder"], ["Børnehuset Solsikken søger en pædagog til vuggestuen."], []))).toBe("Pædagog");
    expect(fromHead(["Med venlig hilsen", "Karen Holm", "SKOLELEDER TIL HJORTEBRO FRISKOLE"])).toBe("Skoleleder til hjortebro friskole");
  });

  it("takes a post's line with a colon and a number for a title still", () => {
    expect(fromHead(["Pædagogisk leder: 37 timer i Børnehuset Solsikken"])).toMatch(/^Pædagogisk leder/u);
  });

  it("gives a title read from capitals the case the text writes its names in", () => {
    const text = "Menighedsrådet søger en kirkegårdsleder til Sankt Jørgens Kirkegård med tiltrædelse 1. juni. Kirkegården er en af de store i Svendborgs gamle bydel, og kirkegården har fem ansatte.";
    expect(recased("Kirkegårdsleder til sankt jørgens kirkegård i svendborg", text)).toBe("Kirkegårdsleder til Sankt Jørgens Kirkegård i Svendborg");
    // a word the text writes in lower case stays so
    expect(recased("Leder til plejecentret", "Vi søger en leder til plejecentret i byen.")).toBe("Leder til plejecentret");
  });

  it("takes the post under an organisation's name that reads like a person's ('Horsens Teater' over 'Teaterchef')", () => {
    expect(fromHead(["Horsens Teater", "Teaterchef", "Ansøgningsfrist: 1. maj 2027"])).toBe("Teaterchef");
  });

  it("says why a line is no title", () => {
    expect([
      "profil_v3.docx", "1. april 2027", "Opslaget er lukket", "Forside › Job › Chef", "Arbejdssted: Vejle",
      "Personprofil", "Vil du være med?", "derfor en leder", "Leder til", "Kontorchef",
    ].map(notATitle)).toEqual(["file name", "date", "banner", "navigation", "fact label", "section heading", "question", "fragment", "fragment", null]);
  });
});

describe("the post named in a sentence", () => {
  it.each([
    ["Bestyrelsen søger derfor en nysgerrig og varm pædagogisk leder til stillingen som skoleleder.", "Skoleleder"],
    ["Vi søger en ny afdelingsleder til Hjemmeplejen Nord.", "Afdelingsleder"],
    ["Kommunen skal have en ny kommunaldirektør.", "Kommunaldirektør"],
    ["Vi leder efter en ny controller til teamet.", "Controller"],
    ["Kommunen har bedt os om at assistere ved ansættelse af en ny chef for Økonomi og Stab. I det følgende …", "Chef for Økonomi og Stab"],
    ["Regionen søger en ny HR-chef til koncernstaben.", "HR-chef"],
    ["Afdelingen søger en ledende overlæge med tiltrædelse 1. maj.", "Ledende overlæge"],
    ["Vi søger en sygeplejefaglig leder, der sammen med den ledende overlæge skal udgøre afdelingsledelsen.", "Sygeplejefaglig leder"],
    ["Skolen søger hermed en ny viceskoleleder, der kan …", "Viceskoleleder"],
    ["Vi søger en direktør for Børn og Unge, der vil gå forrest.", "Direktør for Børn og Unge"],
    // the unit a leader heads, by its name
    ["Sydøstjyllands Politi søger en erfaren og nærværende leder af Administrativt Center, som vil stå i spidsen for 85 medarbejdere.", "Leder af Administrativt Center"],
    ["Syddjurs Kommune søger en erfaren og engageret leder af Center for Økonomi. Du får ansvaret for et velfungerende center.", "Leder af Center for Økonomi"],
    ["Vi søger en leder af Jobcenter for Vejle Kommune.", "Leder af Jobcenter"],
    ["Vi søger en leder af stort format til vores dagtilbud.", "Leder"],
    // a modifier that is a post of its own, before the post's noun
    ["Stillingen som specialeansvarlig overlæge er ledig pr. 1. maj 2027.", "Specialeansvarlig overlæge"],
  ])("%s → %s", (sentence, title) => {
    expect(fromText([sentence])).toBe(title);
  });

  it("takes no post the predecessor left for ('har fået en stilling som dagtilbudsleder')", () => {
    const sentences = [
      "Børnehuset Mosegården søger en pædagogisk leder, der har lyst til at gå forrest.",
      "Stillingen er ledig, fordi vores nuværende pædagogiske leder har fået en stilling som dagtilbudsleder i et andet område.",
      "Som pædagogisk leder har du den daglige ledelse.",
    ];
    expect(fromText(sentences)).toBe("Pædagogisk leder");
    expect(fromText(["Den nuværende direktør har valgt at tiltræde en stilling som administrerende direktør i et andet selskab."])).toBeNull();
    // the ad's own "stillingen som" still names it, and so does an infinitive's "en ny stilling som"
    expect(fromText(["Vi søger en erfaren leder til stillingen som skolechef."])).toBe("Skolechef");
    expect(fromText(["Er du klar til at tiltræde en ny stilling som skoleleder?"])).toBe("Skoleleder");
  });

  it.each([
    ["Vi leder efter dig, der brænder for faget."],
    ["Vi søger at skabe et godt arbejdsmiljø."],
    ["Du bliver en del af et stærkt fællesskab."],
  ])("no post in %j", (sentence) => {
    expect(fromText([sentence])).toBeNull();
  });

  it("prefers the post the sentence names as the position over the praise before it", () => {
    expect(postPhrase("en nysgerrig og varm pædagogisk leder".split(" "), 0)).toEqual({ title: "Pædagogisk leder", noun: "leder" });
  });
});

describe("a headline cut to its post", () => {
  it.each([
    ["Holbæk Kommune søger direktør for Børn og Unge", "Direktør for Børn og Unge"],
    ["Kontorchef til Skatteanalyse", "Kontorchef"],
    ["Velkommen", null],
  ])("%s → %s", (headline, post) => {
    expect(postFromHeadline(headline)).toBe(post);
  });
});

describe("session 42: praise before the post", () => {
  it.each([
    [["Aalborg Universitetshospital søger en samlende og strategisk centerchef"], "Centerchef"],
    // a modifier alone stays the post's
    [["Vi søger en strategisk centerchef til vores hospital."], "Strategisk centerchef"],
  ])("%j → %j", (sentences, want) => {
    expect(fromText(sentences)).toBe(want);
  });
});

describe("session 43: those the post is for, counted, are no remit of its name", () => {
  it.each([
    [["Vil du være forstander for 24 unge – og for det hjem, de deler?"], "Forstander"],
    [["Afdelingsleder for 60 medarbejdere i hjemmeplejen"], "Afdelingsleder"],
    // a remit stays, and one named by an ordinal
    [["Direktør for Børn og Unge"], "Direktør for Børn og Unge"],
    [["Leder til 10. klassecenter Vejle"], "Leder til 10. klassecenter Vejle"],
  ])("%j → %j", (head, want) => {
    expect(fromHead(head)).toBe(want);
  });
});

describe("session 44: a unit named by a list", () => {
  it.each([
    [["Leder af Myndighed, Handicap og Psykiatri"], "Leder af Myndighed, Handicap og Psykiatri"],
    // a unit after the comma, no list: the post alone
    [["Overlæge, Medicinsk Afdeling"], "Overlæge"],
  ])("%j → %j", (head, want) => {
    expect(fromHead(head)).toBe(want);
  });
});

describe("a post with its kind, and where a sentence's post ends", () => {
  it("takes the page's title line's post with its kind over a question's bare noun", () => {
    const head = ["Aarhus Kommune", "Pædagogisk leder til Børnehuset Skovbrynet", "Vil du være leder i et hus fyldt med liv, leg og nysgerrige børn?"];
    expect(fromHead(head, ["Aarhus Kommune"])).toBe("Pædagogisk leder");
  });
  it.each([
    // a vacancy's "ledig" after the post's remit is no part of it
    [["Ved Det Naturvidenskabelige Fakultet er stillingen som institutleder for Institut for Kemi ledig til besættelse pr. 1. september 2027."], "Institutleder for Institut for Kemi"],
  ])("%j → %j", (sentences, want) => {
    expect(fromText(sentences)).toBe(want);
  });
  it.each([
    // a house's "for" after the comma is its name's: the post alone
    [["Direktør, Lyngholm Fonden for Sundhedsinnovation"], "Direktør"],
    // a remit's comma goes on
    [["Chef for Plan, Byg og Miljø"], "Chef for Plan, Byg og Miljø"],
  ])("%j → %j", (head, want) => {
    expect(fromHead(head)).toBe(want);
  });
});
