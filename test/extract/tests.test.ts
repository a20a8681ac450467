import { describe, expect, it } from "vitest";
import { extractTests, testsIn } from "../../src/extract/facts/tests.js";
import { units } from "./units.js";
import { isTestName, TEST_HINTS, TEST_NAMES } from "../../src/vocabulary/tests.js";

describe("testsIn: named tests in canonical spelling, or as written where that says more", () => {
  const cases: [string, string[]][] = [
    ["personlighedstesten NEO-PI-3, der er markedets bredest funderede", ["NEO-PI-3"]],
    ["den kognitive test IST-2000R, der er en omfattende og nuanceret test", ["IST-2000R"]],
    ["den kognitive test IST-Screening, der er en omfattende test", ["IST-Screening"]],
    ["Testforløbet består af NEO PI-R og IST 2000 R.", ["NEO PI-R", "IST-2000R"]],
    ["Der anvendes Garuda FokusProfil og Matrigma.", ["Garuda FokusProfil", "Matrigma"]],
    // the vendor's name before the test's, as written
    ["en logisk test (Master Matrigma) og Master Person Analyse", ["Master Matrigma", "Master Person Analyse"]],
    ["Kandidaterne gennemfører en PI-profil (Predictive Index).", ["PI"]],
    ["2. samtale – inkl. test (Predictive Index) og en kort case", ["Predictive Index"]],
    ["Testen er Predictive Index (PI).", ["PI"]],
    ["Inden anden samtale gennemfører kandidaterne en Predictive Index-analyse.", ["Predictive Index"]],
    ["værktøjet JTI og ræsonnementstesten Raven APM", ["JTI", "Raven APM"]],
    ["en kognitiv test (Ravens Matrices)", ["Raven"]],
    // Master Management's analyses by the name written first: the long name before its short one, "MPA" alone as "MPA"
    ["Test: Master Person Analysis (MPA) og JTI", ["Master Person Analysis", "JTI"]],
    ["en personprofilanalyse (MPA, Master Person Analyse)", ["MPA"]],
    ["Kandidaterne gennemfører en MPA-test.", ["MPA"]],
    ["en personlighedstest, Master Person Analyse (MPA), og en kognitiv test, Master Evne Test (MET)", ["Master Person Analyse", "Master Evne Test"]],
    ["Resultatet af Master Evnetesten gennemgås ved samtalen.", ["Master Evne Test"]],
    // a candidate is no degree: "MPA" is the test there
    ["Kandidaterne til anden samtale gennemfører en MPA.", ["MPA"]],
    ["Kandidaterne gennemfører Master Person Analysen.", ["Master Person Analyse"]],
    ["Master Person Analyse (MPA) og en analytisk test, Master Competence Analyse (MCA)", ["Master Person Analyse", "Master Competence Analyse"]],
    ["testene Master Person Analyse og Master Evne Analyse", ["Master Person Analyse", "Master Evne Analyse"]],
    ["en testpakke, der består af Master Person Analyse og Master Numerisk Test", ["Master Person Analyse", "Master Numerisk Test"]],
    ["tests: Master Person Analysis (MPA) og Master Numerical Reasoning", ["Master Person Analysis", "Master Numerical Reasoning"]],
    ["Kandidaterne gennemfører Master Numerical Reasoning og Master Verbal Reasoning.", ["Master Numerical Reasoning", "Master Verbal Reasoning"]],
    ["Personlighedstest OPQ32r og kognitive tests fra Cut-e", ["OPQ32r", "Cut-e"]],
    ["Hogan-testene HPI, HDS og MVPI indgår i testforløbet.", ["HPI", "HDS", "MVPI"]],
    ["Testen er Hogan HPI.", ["Hogan HPI"]],
    ["personlighedstesten Hogan Personality Inventory (HPI)", ["HPI"]],
    ["en personlighedsprofil (Hogan Personality Inventory) og en kognitiv test (Matrigma)", ["Hogan Personality Inventory", "Matrigma"]],
    ["Testene er Hogan Development Survey og HPI.", ["Hogan Development Survey", "HPI"]],
    ["Vi bruger en DISC-profil.", ["DISC"]],
    ["Kandidaterne tager neo-pi-3.", ["NEO-PI-3"]],
    // the inventory without its edition
    ["Mellem samtalerunderne gennemføres test (Garuda og NEO-PI) med tilbagemelding.", ["Garuda", "NEO-PI"]],
    ["Den kognitive test IST og personlighedstesten 16PF", ["IST", "16PF"]],
    ["Testen leveres af Garuda.", ["Garuda"]],
    // a firm's name stands before its test's only where the text sets it there
    ["Kandidaterne tager ræsonneringstesten Verify G+ og OPQ32.", ["Verify G+", "OPQ32"]],
    ["Den kognitive test er SHL's Verify.", ["Verify"]],
    ["SHL's personlighedsprofil OPQ32 og den kognitive test Verify G+", ["OPQ32", "Verify G+"]],
    ["Den kognitive test er SHL Verify.", ["SHL Verify"]],
    ["Personlighedstesten HPI gennemføres online.", ["HPI"]],
    ["Testen Wave Professional Styles tages hjemmefra.", ["Wave"]],
    ["Testen er Saville Wave.", ["Saville Wave"]],
    ["Testforløbet består af personlighedsprofilen PAPI og den kognitive test Cubiks Logiks.", ["PAPI", "Cubiks Logiks"]],
    ["Den kognitive test er Swift Analysis Aptitude.", ["Swift Analysis Aptitude"]],
    ["Testen kommer fra Saville.", ["Saville"]],
    ["Talent Q's test Dimensions gennemføres før samtalen.", ["Dimensions"]],
    ["Testen Talent Q Dimensions gennemføres før samtalen.", ["Talent Q Dimensions"]],
    ["Testen Dimensions gennemføres før samtalen.", ["Dimensions"]],
    // Thomas International's Personal Profile Analysis
    ["Inden samtalen udfylder du en personprofilanalyse (PPA).", ["PPA"]],
    ["Personlighedstesten er PPA fra Thomas International.", ["PPA"]],
    ["Testen Personal Profile Analysis tager 10 minutter.", ["PPA"]],
    ["Kandidaterne gennemfører testene Thomas PPA og Thomas GIA.", ["PPA", "GIA"]],
    ["ræsonneringstesten General Intelligence Assessment", ["GIA"]],
    // a test word joined on with a hyphen, and the Danish spelling of a name
    ["Forud for samtalen udfyldes en PPA-profil fra Thomas International.", ["PPA"]],
    ["Kandidaterne tager JTI-testen hjemmefra.", ["JTI"]],
    ["Der gennemføres en personprofilanalyse (Master Person Analyse).", ["Master Person Analyse"]],
    ["Master Person Analysen gennemgås ved anden samtale.", ["Master Person Analyse"]],
    // the name as written where it says more than the short one: a version, a sub-test, the full name alone
    ["Personlighedstesten Master Person Analysis tages hjemmefra.", ["Master Person Analysis"]],
    ["Testene er MPA og SHL Verify Numerical.", ["MPA", "SHL Verify Numerical"]],
    ["den kognitive test Verify Numerical Reasoning", ["Verify Numerical Reasoning"]],
    ["den kognitive test Adapt-g og personlighedstesten JTI", ["Adapt-g", "JTI"]],
    ["den kognitive test Scales cognitive fra Aon", ["Scales cognitive"]],
    // Assessio's adaptive test by its capitals, beside a test word
    ["en personlighedstest (NEO-PI-3) og en test af analytiske evner (ACE)", ["NEO-PI-3", "ACE"]],
    // a test the vocabulary lacks, named in brackets after its kind; a known one there by its own name
    ["Der gennemføres en personlighedstest (PROFILER) og en kognitiv test (Matrigma).", ["PROFILER", "Matrigma"]],
    ["Kandidaterne tager en evnetest (Nordlys Logik 2) hjemmefra.", ["Nordlys Logik 2"]],
    ["en kognitiv test (Matrigma) og en personlighedstest (MPA)", ["Matrigma", "MPA"]],
    ["Kandidaterne gennemfører personlighedstesten JobMatch Talent og en kognitiv test (Ability).", ["JobMatch Talent", "Ability"]],
    // the Predictive Index's cognitive test, in brackets after what it tests
    ["en personlighedstest (Garuda) og en test af logisk-analytiske evner (PLI)", ["Garuda", "PLI"]],
    // Hogan's name alone beside a test word is its test; its own tests, where named, are the tests
    ["Kandidaterne bliver bedt om at udfylde en Hogan-personlighedstest.", ["Hogan"]],
    ["Kandidaterne gennemfører personlighedstesten Hogan og en kognitiv test.", ["Hogan"]],
    ["mellem de to runder gennemføres en personlighedsprofil (Hogan)", ["Hogan"]],
    ["Testen er Hogan (HPI, HDS og MVPI).", ["HPI", "HDS", "MVPI"]],
    // a test word after a hyphen, with what the test is of before it
    ["Før anden samtale udfylder du en PPA-personprofilanalyse.", ["PPA"]],
    // Wiley's DiSC by its product's name, whatever the sentence calls it
    ["Inden anden runde bliver kandidaterne bedt om at udfylde personprofilen Everything DiSC.", ["Everything DiSC"]],
    ["Vi bruger Everything DiSC Management i anden runde.", ["Everything DiSC Management"]],
    ["Kandidaterne udfylder personlighedstesten Everything DISC.", ["Everything DiSC"]],
  ];
  it.each(cases)("%s", (text, want) => {
    expect(testsIn(text)).toEqual(want);
  });
  const negatives = [
    "Mellem første og anden samtale gennemfører Genitor et testforløb og indhenter referencer.",
    "KPI'er og PI-regulering af budgettet",
    "Tracking af sager i ESDH-systemet",
    "Vi søger en leder med DISCiplin",
    "Bilag 2: Direktionens strategibrev 2010",
    "Garuda er et konsulenthus i Aarhus.",
    "IST er en forkortelse.",
    "Vi verify'er alle data.",
    "PPA står i budgettet.",
    "PPA-området er nyt.",
    "Skalaen har fem trin, og vi måler på flere scales cognitive og sociale.",
    "Vi har ACE-kurser for nye ledere.",
    "Vores ACE-program samler alle nyuddannede.",
    "Der kan indgå en personlighedstest (fx en af de gængse).",
    "en personlighedstest (Se bilag 3)",
    "Vi bruger test (Garuda-konsulenterne står for det).",
    // the name, but no test
    "Hogan-familien har doneret samlingen.",
    "Testen tages hos Hogan-konsulenterne.",
    "Spørgsmål om testforløbet kan rettes til Peter Hogan.",
    "Der indgår en personlighedstest (online) og en samtale.",
    "personlighedstest (og feedback på testen)",
    // the degree of the same letters
    "har en relevant videregående uddannelse og gerne en formel lederuddannelse, f.eks. en MPA eller en MBA",
  ];
  it.each(negatives)("no test: %s", (text) => {
    expect(testsIn(text)).toEqual([]);
  });
  it("lists a test named with and without its firm once, as first named", () => {
    const got = extractTests(units("- ræsonneringstesten Verify G+\n- SHL's test Verify G+ tager 36 minutter"));
    expect(got.map((t) => t.name)).toEqual(["Verify G+"]);
  });
  it("lists a test written out here and by its short name there once, as first named", () => {
    const got = extractTests(units("- 2. samtale med test (Predictive Index)\n- Testen PI tager en halv time"));
    expect(got.map((t) => t.name)).toEqual(["Predictive Index"]);
  });
  it("lists Hogan's own tests, not the firm, where one sentence names the firm and another its tests", () => {
    const got = extractTests(units("- Testforløbet bruger Hogan-testene.\n- Kandidaten udfylder HPI, HDS og MVPI hjemmefra."));
    expect(got.map((t) => t.name)).toEqual(["HPI", "HDS", "MVPI"]);
  });
  it("lists a firm's own test, not the firm, where one sentence names the firm and another the test (Saville)", () => {
    const got = extractTests(units("- Vi bruger Saville Wave.\n- Testen Saville indgår i anden runde."));
    expect(got.map((t) => t.name)).toEqual(["Saville Wave"]);
  });
  it("lists JobMatch's two tests each", () => {
    expect(testsIn("Kandidaterne gennemfører testene JobMatch Talent og JobMatch Competencies.")).toEqual(["JobMatch Talent", "JobMatch Competencies"]);
  });
  it("lists each test once, in document order", () => {
    const got = extractTests(units("- personlighedstesten NEO-PI-3\n- den kognitive test IST-2000R\nresultaterne fra NEO-PI-3 og IST-2000R"));
    expect(got.map((t) => t.name)).toEqual(["NEO-PI-3", "IST-2000R"]);
  });
});

describe("TEST_HINTS, the cheap first look", () => {
  it.each(TEST_NAMES.map((t) => t.name))("lets %s through", (name) => {
    expect(TEST_HINTS.some((re) => re.test(name))).toBe(true);
  });
});

describe("session 42: the firm's name first in brackets, other tests after it", () => {
  it.each([
    ["28.–30. april 2027: Test (Hogan og en kognitiv test) samt feedback", ["Hogan"]],
    ["Kandidaterne gennemfører en test (Hogan, Matrigma) inden anden samtale.", ["Matrigma", "Hogan"]],
    // a person's name in brackets is none
    ["Kontakt partneren (Peter Hogan og Lise Bech) for en snak om testen.", []],
  ])("%s", (text, want) => {
    expect(testsIn(text).sort()).toEqual([...want].sort());
  });
});

describe("session 42: the firm's name after the verb of taking its test", () => {
  it("reads 'gennemfører Hogan og Matrigma'", () => {
    expect(testsIn("Test: Kandidaterne til anden runde gennemfører Hogan og Matrigma.").sort()).toEqual(["Hogan", "Matrigma"]);
  });
});

describe("session 43: a name that needs its context, given by the verb of taking it or by its heading", () => {
  it.each([
    ["Kandidaterne til anden samtalerunde gennemfører Garuda og en case, som begge gennemgås med en konsulent.", ["Garuda"]],
    ["Kandidaterne gennemgår PI inden anden samtale.", ["PI"]],
    // a bird, a principal investigator: no test without a test's word or verb
    ["Garuda og en case giver et godt billede af kandidaten.", []],
    ["Vores PI leder forskningsgruppen.", []],
  ])("%s", (text, want) => {
    expect(testsIn(text)).toEqual(want);
  });
  it("reads 'PI' under the run-in heading 'Test' that the sentence lost", () => {
    const found = extractTests(units("# ansaettelsesproces: Test\nKandidaterne til 2. runde: PI og en case, som gennemgås ved samtalen."));
    expect(found.map((t) => t.name)).toEqual(["PI"]);
  });
  it("takes no 'PI' under a heading on assessment outside the process", () => {
    expect(extractTests(units("# jobprofil: Health Technology Assessment\nDu bliver PI på to større forskningsprojekter.")).map((t) => t.name)).toEqual([]);
  });
  it("takes no 'Garuda' after 'tager'", () => {
    expect(testsIn("Vi tager Garuda med på råd, når vi planlægger udstillingen.")).toEqual([]);
  });
  it("takes no 'PI' under a heading that only says 'profil'", () => {
    expect(extractTests(units("# personprofil: Personprofil\nDu har erfaring som PI på større forskningsprojekter.")).map((t) => t.name)).toEqual([]);
  });
});

describe("isTestName: a name that is a test's", () => {
  it("takes a test's name whole, a vendor's only with a test word beside it", () => {
    expect(isTestName("Master Person Analysis")).toBe(true);
    expect(isTestName("Garuda", "en kognitiv test via Garuda")).toBe(true);
    expect(isTestName("Garuda", "Rekrutteringen varetages af Garuda")).toBe(false);
    expect(isTestName("Mette Holm")).toBe(false);
  });

  it("leaves the shared patterns as it found them, for the extractor after it", () => {
    // (a name that opens its line, where a pattern left at the last match's end would look past it)
    const sentence = "Garuda og den kognitive test Matrigma indgår i forløbet.";
    expect(isTestName("Master Person Analysis")).toBe(true);
    expect(isTestName("Garuda", "test Garuda")).toBe(true);
    expect(isTestName("Garuda", "test Garuda")).toBe(true);
    expect(extractTests(units(`Ansættelsesproces\n\n${sentence}`)).map((t) => t.name)).toEqual(["Garuda", "Matrigma"]);
  });
});
