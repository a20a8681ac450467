/**
 * Named psychometric and cognitive tests used in Danish leader recruitment:
 * the canonical name to report and the spellings that name it. Short or
 * common-word names (PI, DISC, Assess, Tracking) only count beside a test
 * word, since "PI" and "tracking" occur in prose too.
 */
import { LETTER, latin } from "./letters.js";
export interface TestName {
  name: string;
  pattern: RegExp;
  /** Needs a test word ("test", "profil", "analyse", …) in the same sentence. */
  needsContext?: boolean;
  /**
   * The firm behind the test, put before its name only where the firm's name
   * stands right before it ("SHL Verify" → "SHL Verify", "SHL's test Verify
   * G+" and "Verify G+" → "Verify"): a reported name is the name as written.
   */
  vendor?: { name: string; pattern: RegExp };
  /**
   * The name to report from the spelling found and its sentence, where the
   * document's own spelling says more than the canonical name: a version
   * ("OPQ32r"), a sub-test ("Verify G+", "Verify Numerical"), the full name
   * written without its short one ("Master Person Analysis").
   */
  written?: (match: string, sentence: string) => string;
  /** A short form that also names something else ("MPA", a Master of Public Administration): not in a sentence this matches. */
  otherSense?: { form: RegExp; beside: RegExp };
}

const spaced = (s: string) => s.replace(/[\s-]+/gu, " ").trim();
/** A Master Management analysis as written, its Danish ending as the name has it: "Master Person Analysen" → "Master Person Analyse". */
const masterAnalysis = (m: string) => (/^MPA/u.test(m) ? "MPA" : spaced(m).replace(/(?<=Analys)(?:en|es)$/u, "e"));

// Lookarounds, not \b: "IST-2000R" ends in a letter, and hyphens join names. A test word may be joined
// on with a hyphen ("PPA-profil", "JTI-testen", "Hogan-personlighedstest", "PPA-personprofilanalyse"): it names the same test.
const name = (source: string, flags = "giu") =>
  new RegExp(latin(String.raw`(?<![${LETTER}\d-])(?:${source})(?:-(?:personligheds|personprofil|leder)?(?:profil|analyse|test|screening|rapport)\p{L}*)?(?![${LETTER}\d]|-\p{L}|-\d)`), flags);

// A firm's name stands before a test's, or heads a compound ("Hogan-testene"): a hyphen may follow it.
const vendor = (name: string, source = name) => ({ name, pattern: new RegExp(latin(String.raw`(?<![${LETTER}\d-])(?:${source})(?![${LETTER}\d])`), "u") });

export const TEST_NAMES: TestName[] = [
  { name: "NEO-PI-3", pattern: name(String.raw`NEO[- ]?PI[- ]?3|NEO[- ]PI[- ]?III`) },
  { name: "NEO PI-R", pattern: name(String.raw`NEO[- ]?PI[- ]?R`) },
  // the inventory named without its edition ("test (Garuda og NEO-PI)")
  { name: "NEO-PI", pattern: name(String.raw`NEO[- ]?PI(?![- ]?(?:3|III|R)(?![\p{L}\d]))`) },
  { name: "NEO-FFI", pattern: name(String.raw`NEO[- ]?FFI(?:[- ]?3)?`) },
  { name: "IST-2000R", pattern: name(String.raw`IST[- ]?2000[- ]?R?`) },
  { name: "IST-Screening", pattern: name(String.raw`IST[- ]?screening`) },
  { name: "IST", pattern: name(String.raw`IST(?![- ]?(?:2000|screening))`, "gu"), needsContext: true },
  { name: "Garuda FokusProfil", pattern: name(String.raw`Garuda[- ]?Fokus[- ]?Profil\p{L}{0,3}`) },
  // the vendor's name alone counts only as a test ("testen fra Garuda")
  { name: "Garuda", pattern: name(String.raw`Garuda(?![- ]?Fokus)`, "gu"), needsContext: true },
  // "Master Matrigma", as Master Management sells it, or "Matrigma" alone: the name as written
  { name: "Matrigma", pattern: name(String.raw`(?:Master[- ])?Matrigma`), vendor: vendor("Master") },
  // "PI" and "Predictive Index" are one test: by its short name where the text uses it, else by the name it writes out
  {
    name: "PI",
    pattern: name(String.raw`Predictive Index|PI Behavioral Assessment|PI-(?:profil|analyse|test)\p{L}*`),
    // "Predictive Index-analyse" is written out too: the suffix names no other test
    written: (m, sentence) => (/^Predictive Index(?: \p{L}+)?$/iu.test(spaced(m)) && !/\bPI\b/u.test(sentence) ? "Predictive Index" : "PI"),
  },
  { name: "PI", pattern: name(String.raw`PI`, "gu"), needsContext: true },
  // its cognitive test, the Predictive Learning Indicator
  { name: "PLI", pattern: name(String.raw`PLI|Predictive Learning Indicator`, "gu"), needsContext: true, written: () => "PLI" },
  // Master Management's analyses, by the name the text gives first: "Master Person Analyse (MPA)" is "Master Person
  // Analyse" (every blind writer gave the long name), "MPA" alone "MPA"; "Master Person Analysen" is "Master Person Analyse"
  {
    name: "MPA",
    pattern: name(String.raw`Master[- ]Person[- ]Analys(?:is|es|en?)|MPA`),
    written: (m) => masterAnalysis(m),
    // "en formel lederuddannelse, f.eks. en MPA eller en MBA": the degree, where the sentence is about education
    otherSense: { form: /^MPA$/u, beside: /(?<![\p{L}])(?:MBA|MPM|[\p{L}]*uddannelse|master of|master i|degree|education)(?![\p{L}])/iu },
  },
  { name: "Master Competence Analyse", pattern: name(String.raw`Master[- ](?:Competence|Kompetence)[- ]Analys(?:is|es|en?)`), written: (m) => masterAnalysis(m) },
  // Master Management's ability test: "Master Evne Test (MET)", its English "Master Ability Test"
  { name: "Master Evne Test", pattern: name(String.raw`Master[- ](?:Evne|Ability)[- ]?[Tt]est(?:en)?`), written: (m) => (/ability/iu.test(m) ? "Master Ability Test" : "Master Evne Test") },
  { name: "Master Evne Analyse", pattern: name(String.raw`Master[- ]Evne[- ]Analys(?:is|es|en?)`), written: (m) => masterAnalysis(m) },
  // its ability tests: "Master Numerisk Test", "Master Verbal Test" (and their English names); "Master Numerical Reasoning"
  { name: "Master Numerisk Test", pattern: name(String.raw`Master[- ](?:Numerisk|Numerical)[- ]Test`), written: (m) => (/numerical/iu.test(m) ? "Master Numerical Test" : "Master Numerisk Test") },
  { name: "Master Numerical Reasoning", pattern: name(String.raw`Master[- ]Numerical[- ]Reasoning`) },
  { name: "Master Verbal Reasoning", pattern: name(String.raw`Master[- ]Verbal[- ]Reasoning`) },
  { name: "Master Abstract Reasoning", pattern: name(String.raw`Master[- ]Abstract[- ]Reasoning`) },
  { name: "Master Verbal Test", pattern: name(String.raw`Master[- ]Verbal[- ]Test`) },
  { name: "JTI", pattern: name(String.raw`JTI|Jungiansk Type Index`) },
  { name: "OPQ32", pattern: name(String.raw`OPQ[- ]?32r?|OPQ`), written: (m) => (/r$/u.test(m) ? "OPQ32r" : "OPQ32") },
  { name: "Cut-e", pattern: name(String.raw`cut-e`) },
  { name: "Assess", pattern: name(String.raw`Assess`, "gu"), needsContext: true },
  // spelt out without its short name beside it, the name as written ("Hogan Personality Inventory"); else the short name
  { name: "HPI", pattern: name(String.raw`(?:Hogan )?HPI|Hogan Personality Inventory`), vendor: vendor("Hogan"), written: (m, sentence) => (/Inventory$/u.test(m) && !/\bHPI\b/u.test(sentence) ? "Hogan Personality Inventory" : "HPI") },
  { name: "HDS", pattern: name(String.raw`(?:Hogan )?HDS|Hogan Development Survey`), vendor: vendor("Hogan"), written: (m, sentence) => (/Survey$/u.test(m) && !/\bHDS\b/u.test(sentence) ? "Hogan Development Survey" : "HDS") },
  { name: "MVPI", pattern: name(String.raw`(?:Hogan )?MVPI`), vendor: vendor("Hogan") },
  // the firm's name alone, beside a test word ("personlighedstesten Hogan", "en Hogan-personlighedstest"), counts as its
  // test, like Garuda's; where the text names Hogan's own tests, those are the tests
  // (only where a test it is: a compound's first part, first in brackets ("Test (Hogan og en kognitiv test)"), or right
  // after a test's word or the verb of taking one, "gennemfører Hogan og Matrigma"; "Peter Hogan" is a name)
  {
    name: "Hogan",
    pattern: name(String.raw`(?:Hogan(?=-\p{L})|(?<=\()Hogan(?=\)|,|\s(?:og|samt|and)\s)|(?<=(?:test|testen|profil|profilen|analyse|analysen|gennemfører|gennemgår)\s)Hogan)(?![- ]?(?:HPI|HDS|MVPI|Personality|Development))`, "gu"),
    needsContext: true,
  },
  { name: "DISC", pattern: name(String.raw`(?<!Everything )DISC(?:-profil\p{L}*)?`, "gu"), needsContext: true },
  // Wiley's DiSC profiles by their own name, the product's after it as written ("Everything DiSC Management")
  { name: "Everything DiSC", pattern: name(String.raw`Everything DiSC(?: (?:Workplace|Management|Work of Leaders|Productive Conflict|Agile EQ))?`), written: (m) => spaced(m).replace(/^everything disc/iu, "Everything DiSC") },
  { name: "Ennea", pattern: name(String.raw`Ennea(?:gram\p{L}*)?`) },
  { name: "Tracking", pattern: name(String.raw`Tracking`, "gu"), needsContext: true },
  { name: "Dimensions", pattern: name(String.raw`(?:Talent[- ]Q )?Dimensions`, "gu"), needsContext: true, vendor: vendor("Talent Q", String.raw`Talent[- ]Q`) },
  { name: "Talent Q", pattern: name(String.raw`Talent[- ]Q(?! Dimensions)`, "gu"), needsContext: true },
  {
    name: "Verify",
    pattern: name(String.raw`(?:SHL )?Verify(?: G\+| (?:Numerical|Verbal|Deductive|Inductive|Mechanical|Calculation|Checking)(?: Reasoning)?| Interactive)?`, "gu"),
    needsContext: true,
    vendor: vendor("SHL"),
    written: (m) => spaced(m.replace(/^SHL /u, "")),
  },
  // Aon's (cut-e's) cognitive tests: "Adapt-g", "scales cognitive", "scales numerical"
  { name: "Adapt-g", pattern: name(String.raw`Adapt[- ]g`) },
  {
    name: "Scales",
    pattern: name(String.raw`scales (?:cognitive|numerical|verbal|lst|clx|ix|sx)`, "giu"),
    needsContext: true,
    written: (m) => `Scales ${m.split(/\s+/u)[1].toLowerCase()}`,
  },
  // Cubiks' personality questionnaire and its reasoning test: "PAPI", "PAPI-N", "Cubiks Logiks"
  { name: "PAPI", pattern: name(String.raw`PAPI(?:[- ]?[NI])?`, "gu") },
  { name: "Logiks", pattern: name(String.raw`(?:Cubiks )?Logiks(?: (?:General|Intermediate|Advanced))?`), written: (m) => spaced(m) },
  // Saville's aptitude tests: "Swift Analysis Aptitude", "Swift Executive Aptitude"
  { name: "Swift", pattern: name(String.raw`(?:Saville )?Swift (?:Analysis|Comprehension|Executive|Technical|Global)(?: Aptitude)?`, "gu"), written: (m) => spaced(m.replace(/^Saville /u, "")) },
  // Thomas International's Personal Profile Analysis, in Danish "personprofilanalyse (PPA)"
  { name: "PPA", pattern: name(String.raw`PPA|Personal Profile Analysis`, "gu"), needsContext: true },
  // its General Intelligence Assessment ("Thomas GIA"), its reasoning test
  { name: "GIA", pattern: name(String.raw`GIA|General Intelligence Assessment`) },
  // "Raven APM" (Advanced Progressive Matrices) and "Raven SPM" are the versions, reported as written
  {
    name: "Raven",
    pattern: name(String.raw`Ravens?(?: (?:APM|SPM|Matrices))?|APM`, "gu"),
    needsContext: true,
    written: (m) => {
      const version = /\b(APM|SPM)$/u.exec(spaced(m));
      return version && /^Raven/iu.test(m) ? `Raven ${version[1]}` : "Raven";
    },
  },
  // Assessio's Adaptive Cognitive Evaluation: the capitals alone, beside a test word ("en test af analytiske evner (ACE)")
  { name: "ACE", pattern: name(String.raw`ACE|Adaptive Cognitive Evaluation`, "gu"), needsContext: true, written: () => "ACE" },
  { name: "Lumina Spark", pattern: name(String.raw`Lumina Spark|Lumina`) },
  { name: "Insights Discovery", pattern: name(String.raw`Insights Discovery`) },
  { name: "MBTI", pattern: name(String.raw`MBTI|Myers[- ]Briggs`) },
  { name: "Facet5", pattern: name(String.raw`Facet ?5`) },
  { name: "Profil XT", pattern: name(String.raw`Profile? ?XT`) },
  { name: "ERIC", pattern: name(String.raw`ERIC`, "gu"), needsContext: true },
  { name: "Mindlab", pattern: name(String.raw`Mindlab`) },
  // JobMatch's personality test, "JobMatch Talent" (a line may break inside the name)
  { name: "JobMatch Talent", pattern: name(String.raw`JobMatch\sTalent`), written: (m) => spaced(m) },
  { name: "JobMatch Competencies", pattern: name(String.raw`JobMatch\sCompetencies`), written: (m) => spaced(m) },
  { name: "Belbin", pattern: name(String.raw`Belbin`) },
  { name: "16PF", pattern: name(String.raw`16 ?PF(?:5|-5)?`) },
  { name: "HBDI", pattern: name(String.raw`HBDI`) },
  { name: "Wave", pattern: name(String.raw`Saville Wave|Wave Professional Styles`), vendor: vendor("Saville") },
  // the firm's name alone counts as its test, like Garuda's
  { name: "Saville", pattern: name(String.raw`Saville(?! Wave)`) },
];

/**
 * A test the vocabulary does not know, named in brackets after the kind of test it is: "en personlighedstest
 * (PROFILER)", "en kognitiv test (Matrigma)". The name: capitalised, a few words at most; "(fx …)", "(se bilag)" name none.
 */
export const TEST_IN_BRACKETS = new RegExp(
  latin(String.raw`(?<![${LETTER}])(?:personligheds|kognitiv\s|kognitive\s|evne|færdigheds|ræsonnements|logik|intelligens|begavelses|personality\s|cognitive\s|ability\s)test\p{L}*\s{0,2}\((?!(?:Fx|Se|Jf|Bl|Eks)\.?\s)(\p{Lu}[\p{L}\d+\-]*(?:\s[\p{L}\d+\-]+){0,3})\)`),
  "giu",
);

/**
 * A name that is a test's ("Master Person Analysis", "Matrigma"): no person's, no recruitment firm's. A vendor's name
 * that names a test only by its words around it ("Garuda") is the test's where `context`, the words before it, says
 * "test" ("en kognitiv test via Garuda"), and a firm's elsewhere ("Rekrutteringen varetages af Garuda", "Profilen er
 * udarbejdet af Garuda": no test's "profil").
 */
export function isTestName(text: string, context = ""): boolean {
  // (most names hold no test's letters: the hints turn them away before the forty patterns)
  if (!TEST_HINTS.some((h) => h.test(text))) return false;
  return TEST_NAMES.some((t) => {
    if (t.needsContext && !TEST_WORD.test(context)) return false;
    // (the patterns are global and shared with the extractor: a match's lastIndex is put back for its next user)
    t.pattern.lastIndex = 0;
    const m = t.pattern.exec(text);
    t.pattern.lastIndex = 0;
    return m !== null && m[0].length === text.trim().length;
  });
}

/** A word that makes the vendor's name after it a test's, not a firm's: no "profil", which a profile's author has too. */
const TEST_WORD = /(?:test|analys|assessment|screening)/iu;
/** A test word that makes a short name a test ("PI-profil", "personlighedstest", "analysen"). */
export const TEST_CONTEXT = /(?:test|profil|analys|værktøj|assessment|screening|indeks|index)/iu;
/** A heading or label over the text that speaks of tests ("Test:", "Tests og samtaler"); not "Personprofil". */
export const TEST_HEADING = /(?<!\p{L})(?:test|tests|testen|testning|assessment|screening)(?!\p{L})/iu;
/** The verb of taking a test right before a name that needs context: "gennemfører Garuda og en case", "gennemgår PI". */
export const TEST_TAKEN_BEFORE = /(?<!\p{L})(?:gennemfører|gennemføre|gennemgår|gennemgå|besvarer|besvare|udfylder|udfylde)\s+$/iu;

/**
 * A cheap first look: every spelling above holds one of these. A sentence
 * without any is skipped before the forty precise patterns run (the
 * lookbehinds they need make one big alternation of them slow). Keep in step
 * with TEST_NAMES: test/extract/tests.test.ts checks every name passes.
 */
export const TEST_HINTS = [
  /IST|PI|PLI|MPA|JTI|OPQ|HPI|HDS|MVPI|DISC|APM|MBTI|ERIC|HBDI|PF|XT|PPA|GIA|ACE/u,
  // no everyday words ("person", "profil", "analyse"): a hint that most sentences hold filters nothing
  /neo|garuda|matrigma|predictive|master|jobmatch|jungian|cut-e|assess|hogan|ennea|tracking|talent|dimension|verify|raven|lumina|insights|myers|facet|xt|mindlab|belbin|saville|wave|16 ?pf|personal profile|general intelligence|adapt|scales|logiks|swift|cognitive evaluation|everything disc/i,
];
