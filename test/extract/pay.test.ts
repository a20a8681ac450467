import { describe, expect, it } from "vitest";
import { extractPension, extractSalary, extractTerms, pensionIn, salaryIn, termsIn } from "../../src/extract/facts/pay.js";
import { units } from "./units.js";

describe("salaryIn: amounts beside a pay word", () => {
  const cases: [string, number | null, number | null, "year" | "month" | null][] = [
    ["Stillingen besættes på kontraktvilkår og efter konkret forhandling på et niveau, der forventes at ligge på ca.1.050.000 årligt (inklusive kontrakttillæg, eksklusive pension).", 1_050_000, null, "year"],
    ["Årslønnen vil være i niveauet 900.000 kr. plus pensionsbidrag.", 900_000, null, "year"],
    ["Lønniveauet er ca. 1.000.000 kr. årligt eksklusiv pension.", 1_000_000, null, "year"],
    ["Lønnen forventes at udgøre 1,3 mio. kr. inkl. pension.", 1_300_000, null, "year"],
    ["Lønnen er 75.000 kr. pr. måned.", 75_000, null, "month"],
    ["Den årlige basisløn udgør 1.385.000 kr., hertil kommer pensionsbidrag på 17,1 %.", 1_385_000, null, "year"],
    ["Løn: 68.000 kr. om måneden plus pension", 68_000, null, "month"],
    ["Lønnen vil ligge i intervallet 750.000–800.000 kr. årligt.", 750_000, 800_000, "year"],
    ["Årsløn 900.000 - 1.000.000 kr. ekskl. pension", 900_000, 1_000_000, "year"],
    ["Lønnen er kr. 850.000 årligt.", 850_000, null, "year"],
    ["Aflønning sker på kontrakt med en samlet lønpakke på 1.150.000 kr.", 1_150_000, null, "year"],
    ["Årsløn: 900 000 kr.", 900_000, null, "year"],
    ["Løn: 850.000,- årligt", 850_000, null, "year"],
    ["Stillingen har en årsløn på 1,4 millioner kroner.", 1_400_000, null, "year"],
    ["Lønnen er kr. 1,2 mio. inkl. pension.", 1_200_000, null, "year"],
    // a monthly amount with the yearly one beside it: the yearly one; each amount's own words give its period
    ["Den samlede løn forventes at ligge på ca. 94.000 kr. om måneden (1.128.000 kr. om året).", 1_128_000, null, "year"],
    ["Lønnen er 1.128.000 kr. om året, svarende til 94.000 kr. om måneden.", 1_128_000, null, "year"],
    // an ad's part in English, thousands apart by commas
    ["We offer a base salary around DKK 800,000 a year plus an annual bonus.", 800_000, null, "year"],
    ["The monthly salary is DKK 62,500.", 62_500, null, "month"],
    // a supplement before the salary's own amount, or "+ tillæg" after a scale, leaves the salary to its amount
    ["Lønnen er 780.000 kr. årligt, og der kan forhandles et funktionstillæg.", 780_000, null, "year"],
    ["Løn efter lønramme 37 + tillæg, i alt ca. 780.000 kr. årligt.", 780_000, null, "year"],
  ];
  it.each(cases)("%s", (text, amount, maxAmount, period) => {
    const got = salaryIn(text);
    expect(got).toMatchObject({ amount, maxAmount, period, currency: "DKK", text });
  });

  it.each([
    ["Stillingen er placeret i løntrin 49.", "løntrin 49"],
    ["Lønnen fastsættes inden for lønramme 37 + tillæg efter forhandling.", "lønramme 37"],
    ["Stillingen aflønnes efter lønklasse 42.", "lønklasse 42"],
  ])("a scale with no amount keeps its text: %s", (text) => {
    expect(salaryIn(text)).toMatchObject({ amount: null, maxAmount: null, period: null, text });
  });

  const negatives = [
    "Kommunens årlige omsætning er på omkring 2 mia. kr., og her er ca. 2.100 medarbejdere.",
    "Høje-Taastrup Kommune har knapt 48.000 indbyggere, som bliver betjent af ca. 4.500 medarbejdere.",
    "Billund Kommune har 27.000 indbyggere, hvoraf 10.000 bor i Grindsted.",
    "Lønnen forhandles med den forhandlingsberettigede organisation.",
    "Området har et lønbudget på 450 mio. kr.",
    "Ring på tlf. 4030 7570 om løn.",
    "Løn efter kvalifikationer, budget 2011.",
    // a supplement is part of the pay, not the salary
    "Løn efter overenskomst. Der kan forhandles et årligt ledelsestillæg på op til 120.000 kr. for klinikchefens særlige ansvar.",
    "Løn efter overenskomst med et funktionstillæg: 45.000 kr. årligt.",
  ];
  it.each(negatives)("no salary: %s", (text) => {
    expect(salaryIn(text)?.amount ?? null).toBeNull();
  });

  it("needs a real pay word outside the terms text", () => {
    expect(salaryIn("Et årligt udviklingsbudget på 2,5 mio. kr. til din rådighed.", false)).toBeNull();
    expect(salaryIn("Lønniveauet er 1,2 mio. kr. årligt.", false)?.amount).toBe(1_200_000);
  });
});

describe("extractSalary prefers an amount and the terms section", () => {
  it("takes the amount over a scale, and the terms over the job text", () => {
    const got = extractSalary(
      units("# jobprofil: Jobbet\nDu får ansvar for et lønbudget på 900.000 kr. årligt.\n# vilkaar: Løn og vilkår\nStillingen er placeret i lønramme 44.\nLønnen er i niveauet 1.100.000 kr. årligt."),
    );
    expect(got?.value.amount).toBe(1_100_000);
    expect(got?.unit.section).toBe("vilkaar");
  });
});

describe("pensionIn", () => {
  const cases: [string, number | null][] = [
    ["Hertil kommer pension på 19,55%.", 19.55],
    ["Løn 70.000 kr. pr. måned plus 17,1 % i pension.", 17.1],
    ["Der ydes et pensionsbidrag på 18 %.", 18],
    ["Pensionsbidraget udgør 18,9 procent af lønnen.", 18.9],
    ["Hertil kommer et pensionsbidrag, der udgør 18 %.", 18],
    ["Herudover indbetales et pensionsbidrag på 17,1 pct. af lønnen.", 17.1],
    ["Pension: 12 pct", 12],
    ["In addition, SSI pays a pension contribution of 17.1 per cent of the salary.", 17.1],
    ["Ca. 25 % af borgerne er pensionister.", null],
    // a supplement taken of the pensionable salary is no pension; the contribution beside it is
    ["Der ydes et åremålstillæg på 15 % af den pensionsgivende løn.", null],
    ["Der ydes et åremålstillæg på 15 % af den pensionsgivende løn, og hertil kommer et pensionsbidrag på 17,1 %.", 17.1],
    ["Pension på 17,1 % af den pensionsgivende løn.", 17.1],
    ["Ledigheden er 3,2 %, og pensionen er et vigtigt tema i 2023.", null],
    ["Der er 19,55% flere borgere end i 2010.", null],
    // the bonus's percentage before it, a comma between: the pension's is the one after its word
    ["Grundlønnen udgør ca. 1.250.000 kr. årligt, hertil kommer en bonus på op til 10 pct., et pensionsbidrag på 12 pct. samt fri bil.", 12],
    ["Lønnen er 45.000 kr. plus 12 %, hvortil kommer pension.", 12],
    // and in English, the next item after "a"
    ["We offer a competitive base salary, an annual bonus of up to 25 per cent of the base salary, a pension contribution of 12 per cent and a company car.", 12],
    // a clause between the word and its share
    ["Du får en pensionsordning, hvor virksomheden indbetaler 10 %, og en sundhedsforsikring.", 10],
    ["Du får pensionsordning efter overenskomst og et tillæg på 8 %.", null],
  ];
  it.each(cases)("%s", (text, want) => {
    expect(pensionIn(text)).toBe(want);
  });
  it("finds it across units", () => {
    expect(extractPension(units("# vilkaar: Ansættelsesvilkår\nLøn- og ansættelsesvilkår aftales i henhold til gældende overenskomst. Hertil kommer pension på 19,55%."))?.value).toBe(19.55);
  });
});

describe("employment terms", () => {
  const cases: [string, string[]][] = [
    ["Stillingen besættes på kontraktvilkår og efter konkret forhandling.", ["kontrakt"]],
    ["The position is offered on an individual executive contract with six months' mutual notice.", ["kontrakt"]],
    ["Der regnes med ansættelse på kontraktvilkår.", ["kontrakt"]],
    ["Stillingen er en tidsbegrænset kontrakt på to år med mulighed for forlængelse.", ["kontrakt"]],
    ["Ansættelsen sker på en 3-årig kontrakt.", ["kontrakt"]],
    ["Du ansættes på en individuel kontrakt, og stillingen aflønnes med op til 760.000 kr.", ["kontrakt"]],
    ["Løn- og ansættelsesvilkår aftales i henhold til gældende overenskomst.", ["overenskomst"]],
    // the church's agreement for its staff
    ["Løn: efter cirkulære om aflønning af kirke- og kulturmedarbejdere ved folkekirken og den til enhver tid gældende organisationsaftale.", ["overenskomst"]],
    ["Løn- og ansættelsesvilkår fastsættes i henhold til cirkulære om aftale for akademikere i staten.", ["overenskomst"]],
    ["Ansættelse sker på overenskomstvilkår med tiltrædelse den 1. juni 2026.", ["overenskomst"]],
    // the kommuner's agreement on their leaders' pay
    ["Løn efter kvalifikationer inden for Lederaftalens rammer.", ["overenskomst"]],
    ["Stillingen vil blive besat på åremålsvilkår.", ["aaremaal"]],
    ["Ansættelse sker som tjenestemand.", ["tjenestemand"]],
    ["Stillingen er omfattet af aftale om kontraktansættelse af chefer.", ["kontrakt"]],
    ["Stillingen kan besættes på åremål eller kontrakt.", ["aaremaal"]],
    ["Ansættelsen sker på kontrakt.", ["kontrakt"]],
    ["Løn efter aftale med udgangspunkt i kontrakt for chefer.", ["kontrakt"]],
    ["Stillingen besættes ikke på åremål, men på kontraktvilkår.", ["kontrakt"]],
    ["Du bliver ansat af foreningen, og vi er ikke en del af en overenskomst.", []],
    ["Stillingen er ikke omfattet af nogen overenskomst.", []],
    ["Ansættelsesform: Fuldtid (37 timer), individuel kontrakt uden for overenskomst", ["kontrakt"]],
    ["Bemærk, at stillingen ikke er omfattet af en overenskomst.", []],
    ["Løn og ansættelsesvilkår aftales individuelt og fastlægges i en kontrakt.", ["kontrakt"]],
    ["Terms of employment: Appointment on contract terms under the state framework agreement.", ["kontrakt"]],
    ["Der er ingen tvivl om, at ansættelse sker efter overenskomst.", ["overenskomst"]],
    ["Nej. Stillingen er ikke en tjenestemandsstilling. Du ansættes på overenskomstvilkår.", ["overenskomst"]],
    // an FAQ's question asks; its answer states
    ["Q: Er stillingen en tjenestemandsstilling?", []],
    ["Ansættelsen sker på direktørkontrakt med fri bil.", ["kontrakt"]],
    ["Du ansættes på en individuel lederkontrakt.", ["kontrakt"]],
    ["Salary and terms of employment are according to the collective agreement between the Ministry of Finance and AC.", ["overenskomst"]],
    ["Employment on an individual contract with a competitive salary and a company car.", ["kontrakt"]],
    // an agreement named by whose it is
    ["Løn og ansættelsesvilkår følger lederoverenskomsten mellem KL og BUPL.", ["overenskomst"]],
    ["Løn efter Lederoverenskomsten mellem Danske Regioner og Dansk Sygeplejeråd.", ["overenskomst"]],
    // a fact box's label before the form
    ["• Ansættelse: Kontrakt, lønramme 37 med tillæg", ["kontrakt"]],
    ["Ansættelsesform: Individuel kontrakt", ["kontrakt"]],
    // its label over its value, the two read as one line
    ["Ansættelsesform Kontrakt, jf. AC-overenskomsten", ["kontrakt", "overenskomst"]],
    // the word as a task, no form of this post's employment
    ["Ansættelse: Kontraktstyring og udbud hører under afdelingen", []],
    // a university's English for åremål, and the state's agreement with the academics
    ["The position is offered as a 6-year fixed-term contract with the possibility of extension.", ["aaremaal"]],
    ["Appointment and salary will be in accordance with the agreement between the Ministry of Finance and the Danish Confederation of Professional Associations (AC).", ["overenskomst"]],
    // the state's agreement with a union, in Danish; a private firm's contract; a list's "position on"
    ["Løn efter aftale mellem Finansministeriet og Lærernes Centralorganisation.", ["overenskomst"]],
    ["Du ansættes på funktionærkontrakt med tiltrædelse 1. juni 2027.", ["kontrakt"]],
    ["a permanent position on an individual executive contract", ["kontrakt"]],
    // a postdoc's fixed term is no åremål; a position about contracts is no contract
    ["The appointment is a fixed-term position of two years, starting 1 September 2027.", []],
    ["The position is focused on contract management and procurement.", []],
    // a task's contracts are not the post's terms
    ["Employment of staff and the management of supplier contracts are part of the role.", []],
  ];
  it.each(cases)("%s", (text, want) => {
    expect(termsIn(text).map((t) => t.term)).toEqual(want);
  });

  it("puts the post's form before the agreement its pay follows, whichever the text names first", () => {
    const got = extractTerms(
      units(
        "# vilkaar: Terms of employment\nAppointment and salary will be in accordance with the agreement between the Ministry of Finance and the Danish Confederation of Professional Associations (AC). The position is offered as a 6-year fixed-term contract with the possibility of extension.",
      ),
    );
    expect(got.map((t) => t.value)).toEqual(["aaremaal", "overenskomst"]);
  });

  it("puts the main form first: åremål, alternatively contract", () => {
    const got = extractTerms(
      units(
        "# vilkaar: Løn og ansættelse\nStillingen vil blive besat på åremålsvilkår. Lønniveauet er ca. 1.000.000 kr. årligt eksklusiv pension. Åremålsvilkårene aftales konkret mellem Høje-Taastrup Kommune og den forhandlingsberettigede organisation. Alternativt kan ansættelse på kontraktvilkår drøftes.",
      ),
    );
    expect(got.map((t) => t.value)).toEqual(["aaremaal", "kontrakt"]);
    expect(got[1].text).toBe("Alternativt kan ansættelse på kontraktvilkår drøftes.");
  });
  it("reads a plain statement of terms even in a short ad's job text", () => {
    expect(extractTerms(units("# jobprofil: Stillingen\nLøn- og ansættelsesvilkår i henhold til gældende overenskomst.")).map((t) => t.value)).toEqual(["overenskomst"]);
  });
  it("reads a value under its label's heading: \"Ansættelse\" over \"Efter overenskomst …\"", () => {
    expect(extractTerms(units("# vilkaar: Ansættelse\nEfter overenskomst for ledere mellem KL og Socialpædagogerne")).map((t) => t.value)).toEqual(["overenskomst"]);
    // a heading of something else lends the value no context
    expect(extractTerms(units("# vilkaar: Om os\nEfter overenskomst for ledere mellem KL og Socialpædagogerne")).map((t) => t.value)).toEqual([]);
  });
  it("reads the secondary form after the main one even when named first", () => {
    expect(extractTerms(units("Alternativt kan ansættelse på kontraktvilkår drøftes. Stillingen besættes på åremål.")).map((t) => t.value)).toEqual(["aaremaal", "kontrakt"]);
  });
  it("ignores the words in the job and person text and as tasks", () => {
    expect(extractTerms(units("# jobprofil: Jobbet\nDu har ansvar for kontraktstyring og for indgåelse af kontrakter med leverandører på kontrakt."))).toEqual([]);
    expect(extractTerms(units("# personprofil: Dig\nDu har erfaring med ansættelse af medarbejdere på overenskomst og åremål."))).toEqual([]);
    expect(extractTerms(units("# indledning: Baggrund\nHR forhandler lokale overenskomster med de faglige organisationer."))).toEqual([]);
  });
});

describe("session 42: a contract that is an åremål", () => {
  it.each([
    ["Ansættelsesform: Kontraktansættelse på åremål i 5 år med mulighed for forlængelse.", ["aaremaal", "kontrakt"]],
    ["Ansættelsen sker på kontrakt efter aftale om åremål.", ["aaremaal", "kontrakt"]],
    // an åremål the text allows, no form of the contract's
    ["Ansættelse sker på kontraktvilkår og kan efter ønske ske på åremål.", ["kontrakt", "aaremaal"]],
  ])("%s", (text, want) => {
    expect(extractTerms(units(`# vilkaar: Løn og ansættelse\n${text}`)).map((t) => t.value)).toEqual(want);
  });
});

describe("session 42 review: a leader's agreement on goals, åremål in a compound", () => {
  it("takes an indefinite 'lederaftale' for goals, no terms", () => {
    expect(termsIn("Der indgås en årlig lederaftale med direktøren om mål og resultater.").map((t) => t.term)).toEqual([]);
  });
  it("reads 'Kontraktansættelse på åremålsvilkår' as an åremål first", () => {
    expect(extractTerms(units("# vilkaar: Løn og ansættelse\nKontraktansættelse på åremålsvilkår i 6 år.")).map((t) => t.value)).toEqual(["aaremaal", "kontrakt"]);
  });
});

describe("a salary named against a key figure read by a weak word", () => {
  it("takes 'Lønnen udgør 1.265.000 kr.' over 'Ambulante besøg pr. år: ca. 480.000' before it", () => {
    const got = extractSalary(units("# vilkaar: Sygehuset i tal\nAmbulante besøg pr. år: ca. 480.000\n# vilkaar: Ansættelsesvilkår\nLønnen udgør 1.265.000 kr. årligt, hertil kommer et pensionsbidrag på 18 pct."));
    expect(got?.value.amount).toBe(1_265_000);
  });
});
