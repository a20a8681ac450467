/**
 * Short job ads written here for the report's tests and its screenshot
 * (test/compare/report.browser.test.ts, scripts/screenshot.mjs): many vacancies that
 * differ in what the report draws (employer, post type, dates, pay, terms,
 * tests, firm, pension). Deterministic: the same n gives the same documents.
 * Never copied from anywhere; the seeds stay the only real-looking profiles.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const EMPLOYERS = [
  "Skive Kommune", "Viborg Kommune", "Høje-Taastrup Kommune", "Ærø Kommune", "Fanø Kommune", "Aabenraa Kommune",
  "Køge Kommune", "Sønderborg Kommune", "Frederiksberg Kommune", "Næstved Kommune", "Region Midtjylland", "Region Sjælland",
];
/** Titles and the annual pay they are offered around, so the salary chart has something to show. */
const TITLES = [
  ["Kommunaldirektør", 1_450_000], ["Direktør for Børn og Unge", 1_150_000], ["Direktør for Social og Sundhed", 1_100_000],
  ["Skolechef", 900_000], ["Økonomichef", 880_000], ["Centerchef for Ældre", 850_000], ["Afdelingsleder for Myndighed", 700_000],
  ["Leder af Jobcentret", 750_000], ["Chefkonsulent i Økonomi", 620_000],
];
const FIRMS = ["Genitor", "Mercuri Urval", "Muusmann", "Lundgaard Konsulenterne", null];
const TESTS = [["NEO-PI-3"], ["NEO-PI-3", "IST-2000R"], ["Garuda"], ["Matrigma", "OPQ32"], []];
const TERMS = ["Stillingen besættes på åremål.", "Stillingen besættes på kontraktvilkår.", "Løn- og ansættelsesvilkår i henhold til gældende overenskomst.", ""];
const PENSION = ["17,1", "18,2", "19,55", null];
const MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

/** A small deterministic generator (mulberry32), so a failing run can be repeated. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const danish = (d) => `${d.getUTCDate()}. ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const plusDays = (d, n) => new Date(d.getTime() + n * 86_400_000);
const kr = (n) => n.toLocaleString("da-DK");

/**
 * One ad; `i` picks its employer, title, dates, pay and the rest.
 * @param {number} i
 * @returns {{ text: string, employer: string, title: string }}
 */
export function variant(i) {
  const r = random(i + 1);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const employer = EMPLOYERS[i % EMPLOYERS.length];
  const [title, around] = TITLES[(i * 5 + 2) % TITLES.length];
  const deadline = plusDays(new Date(Date.UTC(2025, 0, 6)), Math.floor(r() * 600));
  const first = plusDays(deadline, 4 + Math.floor(r() * 10));
  const second = plusDays(first, 5 + Math.floor(r() * 10));
  // some starts are unrealistically soon after the deadline: the timeline marks those
  const start = plusDays(deadline, i % 7 === 3 ? 14 : 60 + Math.floor(r() * 90));
  const firm = pick(FIRMS);
  const tests = pick(TESTS);
  const pension = pick(PENSION);
  const monthly = r() < 0.5;
  const annual = around * (0.85 + r() * 0.3);
  const amount = monthly ? Math.round(annual / 12 / 1_000) * 1_000 : Math.round(annual / 10_000) * 10_000;
  const pay =
    i % 9 === 4
      ? "Lønnen fastsættes efter forhandling."
      : `Lønnen er ${r() < 0.3 ? "ca. " : ""}${kr(amount)} kr. ${monthly ? "om måneden" : "om året"}${pension ? `. Hertil kommer pension på ${pension} %` : ""}.`;
  const lines = [
    title,
    "",
    `${employer} søger en ${title.toLocaleLowerCase("da")}.`,
    "",
    "Jobprofil",
    "",
    "- Du skal lede området og udvikle samarbejdet på tværs.",
    "- Du har ansvar for økonomi og personale.",
    "",
    "Personprofil",
    "",
    "- Du er en erfaren leder med politisk tæft.",
    "",
    "Vilkår",
    "",
    `${pick(TERMS)} ${pay}`.trim(),
    "",
    "Ansættelsesproces",
    "",
    `Ansøgningsfristen er den ${danish(deadline)}.`,
    ...(i % 11 === 6 ? [] : [`Første samtale afholdes den ${danish(first)}, og anden samtale afholdes den ${danish(second)}.`]),
    ...(tests.length ? [`Kandidaterne gennemfører ${tests.join(" og ")} mellem samtalerne.`] : []),
    ...(firm ? [`Rekrutteringen varetages af ${firm}.`] : []),
    `Tiltrædelse den ${danish(start)}.`,
    "",
  ];
  return { text: lines.join("\n"), employer, title };
}

/**
 * Writes n ads into dir as v000.txt, v001.txt, …; returns what each one says it is.
 * @param {string} dir
 * @param {number} n
 * @returns {{ file: string, employer: string, title: string }[]}
 */
export function writeVariants(dir, n) {
  return Array.from({ length: n }, (_, i) => {
    const v = variant(i);
    const file = join(dir, `v${String(i).padStart(3, "0")}.txt`);
    writeFileSync(file, v.text);
    return { file, employer: v.employer, title: v.title };
  });
}
