import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/facts/index.js";
import { parseFile, parseProfile } from "../../src/pipeline.js";
import { Evidence, Facts } from "../../src/schemas/record.js";
import { ROOT } from "../helpers.js";
import { units } from "./units.js";

const TIMETABLE = `
# andet: Job- og personprofil
Direktør for Sundhed og Omsorg
August 2024
# indledning: Baggrund
Kommunen har 58.000 indbyggere og et budget på 4,2 mia. kr.
# vilkaar: Løn og ansættelsesvilkår
Stillingen besættes på kontrakt. Lønnen udgør 1.150.000 kr. årligt inkl. pension.
# ansaettelsesproces: Tidsplan
- Ansøgningsfrist: Mandag den 9. september 2024 kl. 12.00
- Udvælgelse af kandidater: 11. september
- 1. samtalerunde: 18. september
- Test: 20.-23. september
- 2. samtalerunde: 26. september
- Forventet tiltrædelse: 1. december 2024
Ansættelsesudvalget består af:
- borgmester Jens Jensen (formand)
- kommunaldirektør Hans Hansen
- to medarbejderrepræsentanter
Testforløbet omfatter Garuda FokusProfil og Matrigma.
# yderligere: Kontakt
Yderligere oplysninger fås hos kommunaldirektør Hans Hansen, tlf. 7012 3456, eller partner Mette Lund, Muusmann, på 40 50 60 70 eller ml@muusmann.dk.
Ansøgning sendes til job@kommune.dk.
`;

describe("a timetable whose labels a dot leader joins to their dates", () => {
  it("reads each row's date by its label, as the layout's gap would", async () => {
    const text = [
      "Direktør for Børn og Unge",
      "",
      "Holstebro Kommune søger en direktør for Børn og Unge, der vil stå i spidsen for et stort område med mange medarbejdere.",
      "",
      "Tidsplan",
      "",
      "Ansøgningsfrist .................. Mandag den 15. marts 2027 kl. 12.00",
      "Udvælgelse til 1. samtale ........ Fredag den 19. marts 2027",
      "1. samtalerunde .................. Torsdag den 25. marts 2027",
      "2. samtalerunde .................. Tirsdag den 6. april 2027",
      "Forventet tiltrædelse ............ 1. juni 2027",
    ].join("\n");
    const { record } = await parseProfile(Buffer.from(text), { path: "x.txt" });
    expect(record.facts.applicationDeadline).toBe("2027-03-15T12:00");
    expect(record.facts.interviewDates).toEqual(["2027-03-25", "2027-04-06"]);
    expect(record.facts.startDate).toBe("2027-06-01");
  });
});

describe("extractFacts on a timetable layout", () => {
  const { facts, evidence, warnings } = extractFacts(units(TIMETABLE));
  it("fills every fact", () => {
    expect(Facts.parse(facts)).toEqual(facts);
    expect(facts).toMatchObject({
      applicationDeadline: "2024-09-09T12:00",
      interviewDates: ["2024-09-18", "2024-09-26"],
      startDate: "2024-12-01",
      salary: { amount: 1_150_000, maxAmount: null, period: "year", currency: "DKK" },
      pensionPercent: null,
      employmentTerms: ["kontrakt"],
      committee: [
        { name: "Jens Jensen", role: "borgmester, formand" },
        { name: "Hans Hansen", role: "kommunaldirektør" },
      ],
      tests: ["Garuda FokusProfil", "Matrigma"],
    });
    expect(facts.contacts).toEqual([
      { name: "Hans Hansen", role: "kommunaldirektør", phone: "70123456", email: null },
      { name: "Mette Lund", role: "partner", phone: "40506070", email: "ml@muusmann.dk" },
    ]);
    expect(warnings).toEqual([]);
  });
  it("keeps one piece of evidence per fact and list element, with its sentence and place", () => {
    for (const e of evidence) expect(Evidence.parse(e)).toEqual(e);
    expect(evidence.map((e) => e.fact)).toEqual([
      "applicationDeadline",
      "interviewDates[0]",
      "interviewDates[1]",
      "startDate",
      "salary",
      "employmentTerms[0]",
      "contacts[0]",
      "contacts[1]",
      "committee[0]",
      "committee[1]",
      "tests[0]",
      "tests[1]",
    ]);
    const deadline = evidence.find((e) => e.fact === "applicationDeadline")!;
    expect(deadline).toMatchObject({ text: "Ansøgningsfrist: Mandag den 9. september 2024 kl. 12.00", section: "ansaettelsesproces" });
    expect(deadline.position?.start.line).toBeGreaterThan(1);
    expect(evidence.find((e) => e.fact === "salary")?.text).toBe("Lønnen udgør 1.150.000 kr. årligt inkl. pension.");
  });
});

describe("extractFacts on nothing", () => {
  it("returns empty facts for a document without any", () => {
    const got = extractFacts(units("# jobprofil: Jobbet\nDu skal lede 4.500 medarbejdere i en kommune med 48.000 indbyggere."));
    expect(got.facts).toEqual({
      applicationDeadline: null,
      interviewDates: [],
      startDate: null,
      salary: null,
      pensionPercent: null,
      employmentTerms: [],
      contacts: [],
      committee: [],
      tests: [],
    });
    expect(got.evidence).toEqual([]);
    expect(got.warnings).toEqual([]);
    expect(extractFacts([]).facts.interviewDates).toEqual([]);
  });
});

// The public gold records: a regression net, not the target (the scorer also runs on unseen documents).
const GOLD = join(ROOT, "..", "shared", "eval", "gold");
const goldFiles = (() => {
  try {
    return readdirSync(GOLD).filter((f) => f.endsWith(".gold.json"));
  } catch {
    return [];
  }
})();

describe.skipIf(goldFiles.length === 0)("facts of the seed documents match the gold records", () => {
  it.each(goldFiles)("%s", async (file) => {
    const gold = JSON.parse(readFileSync(join(GOLD, file), "utf8"));
    const { record } = await parseFile(join(GOLD, gold.input));
    const f = record.facts;
    const want = gold.facts;
    expect(f.applicationDeadline?.startsWith(want.applicationDeadline ?? "") ?? want.applicationDeadline).toBeTruthy();
    expect(f.interviewDates.map((d) => d.slice(0, 10))).toEqual(want.interviewDates);
    expect(f.startDate?.slice(0, 10) ?? null).toBe(want.startDate);
    expect(f.salary?.amount ?? null).toBe(want.salary);
    expect(f.pensionPercent).toBe(want.pensionPercent);
    expect(f.employmentTerms).toEqual(want.employmentTerms);
    expect(f.contacts.map((c) => c.phone).filter(Boolean).sort()).toEqual([...want.contactPhones].sort());
    expect(f.contacts.map((c) => c.email).filter(Boolean).sort()).toEqual([...want.contactEmails].sort());
    expect(f.committee.map((m) => m.name).sort()).toEqual([...want.committee].sort());
    expect(f.tests).toEqual(want.tests);
    expect(record.warnings.some((w) => w.code === "date-order")).toBe(gold.check.includes("date-order"));
  });
});

describe("a list of other vacancies", () => {
  it.each(["Lignende job", "Andre ledige stillinger", "Se også job", "Related jobs"])("under %j gives none of its deadlines or phones", (heading) => {
    const { facts } = extractFacts(
      units(
        `# ansaettelsesproces: Sådan søger du\nVi holder samtaler løbende, så send din ansøgning hurtigst muligt.\n# andet: ${heading}\n- Afdelingssygeplejerske til Palliativt Team, Herlev. Ansøgningsfrist: 12. marts 2027\n- Leder af Rådgivningscenter Sjælland. Ansøgningsfrist: 19.03.2027. Kontakt: tlf. 22 33 44 55`,
      ),
    );
    expect(facts.applicationDeadline).toBeNull();
    expect(facts.contacts).toEqual([]);
  });
});
