import { describe, expect, it } from "vitest";
import { danishDate, danishPhone, danishSalary, toMarkdown } from "../../src/emit/markdown.js";
import { emitters } from "../../src/emit/index.js";
import { emptyFacts, type ProfileRecord } from "../../src/schemas/record.js";

const at = (line: number) => ({ start: { line, page: 2 }, end: { line, page: 2 } });
const sentence = "Hvis du har spørgsmål om jobbet, er du meget velkommen til at kontakte kommunaldirektør Lasse Jacobsen på tlf. 5158 4878 eller partner i Genitor Christian Roslev på tlf. 2520 1505.";

function record(): ProfileRecord {
  return {
    schemaVersion: "1",
    source: { path: "x.pdf", format: "pdf", sha256: "0".repeat(64), pages: 3 },
    kind: "profile",
    title: "Chef for Økonomi og Stab",
    employer: "Albertslund Kommune",
    consultancy: "Genitor",
    sections: [
      {
        kind: "jobprofil",
        heading: "Jobprofil",
        position: at(1),
        content: [
          { kind: "paragraph", text: "Du får ansvar | for tre enheder.", position: at(2) },
          { kind: "list", ordered: false, items: [{ text: "Økonomi og Indkøb", position: at(3) }], position: at(3) },
        ],
        subsections: [{ heading: "Væsentlige opgaver", position: at(4), content: [] }],
      },
    ],
    facts: {
      ...emptyFacts(),
      applicationDeadline: "2023-11-09",
      pensionPercent: 19.55,
      contacts: [
        { name: "Lasse Jacobsen", role: "kommunaldirektør", phone: "51584878", email: null },
        { name: "Christian Roslev", role: "partner i Genitor", phone: "25201505", email: null },
      ],
      tests: ["NEO-PI-3"],
    },
    evidence: [
      { fact: "applicationDeadline", text: "Ansøgningsfristen er den 9. november 2023.", section: "ansaettelsesproces", position: at(9) },
      { fact: "contacts[0]", text: sentence, section: "yderligere", position: at(12) },
      { fact: "contacts[1]", text: sentence, section: "yderligere", position: at(12) },
      { fact: "tests[0]", text: "personlighedstesten NEO-PI-3", section: "ansaettelsesproces", position: at(10) },
    ],
    warnings: [{ code: "approximate-date", message: "“primo marts” names no day" }],
    dropped: [],
  };
}

describe("toMarkdown", () => {
  const md = toMarkdown(record());

  it("opens with the title and the employer", () => {
    expect(md.startsWith("# Chef for Økonomi og Stab\n\nAlbertslund Kommune · rekruttering: Genitor")).toBe(true);
  });

  it("shows each fact with the phrase it came from and its page and line", () => {
    expect(md).toContain("| Ansøgningsfrist | 9. november 2023 | “Ansøgningsfristen er den 9. november 2023.” (s. 2, l. 9) |");
    expect(md).toContain("| Pension | 19,55 % |");
    expect(md).toContain("| Test | NEO-PI-3 | “personlighedstesten NEO-PI-3” (s. 2, l. 10) |");
  });

  it("cuts a long shared sentence to the words around each contact", () => {
    const rows = md.split("\n").filter((l) => l.startsWith("| Kontakt"));
    expect(rows[0]).toContain("Lasse Jacobsen, kommunaldirektør, tlf. 51\u00a058\u00a048\u00a078 |");
    expect(rows[0]).toContain("kommunaldirektør Lasse Jacobsen på tlf. 5158 4878");
    // the quote holds the whole phrase that gave the value: the name and the full number
    expect(rows[1]).toContain("Christian Roslev på tlf. 2520 1505");
  });

  it("shows a person with two numbers on one row, both numbers and the address", () => {
    const r = record();
    r.facts.contacts = [
      { name: "Lise Krogsgaard", role: "direktør", phone: "96117420", email: "lk@holstebro.dk" },
      { name: "Lise Krogsgaard", role: "direktør", phone: "21736655", email: null },
      { name: "Jonas Ladefoged", role: "HR-konsulent", phone: null, email: "jl@holstebro.dk" },
    ];
    const rows = toMarkdown(r).split("\n").filter((l) => l.startsWith("| Kontakt"));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain("Lise Krogsgaard, direktør, tlf. 96\u00a011\u00a074\u00a020 / 21\u00a073\u00a066\u00a055, lk@holstebro.dk");
    expect(rows[1]).toContain("Jonas Ladefoged, HR-konsulent, jl@holstebro.dk");
  });

  it("escapes pipes in table cells but not in paragraphs, and keeps sections in order", () => {
    expect(md).toContain("Du får ansvar | for tre enheder.");
    expect(md.indexOf("## Jobprofil")).toBeLessThan(md.indexOf("### Væsentlige opgaver"));
    expect(md).toContain("- Økonomi og Indkøb");
  });

  it("shows warnings in Danish, quoting the document's own words", () => {
    expect(md).toContain("> **En dato er kun omtrentlig**: “primo marts”");
    expect(md).not.toContain("names no day");
  });

  it("shows headings as written, without the kind as a machine label", () => {
    expect(md).toContain("## Jobprofil\n");
    expect(md).not.toMatch(/_\(/u);
  });
});

describe("values as a Danish reader writes them", () => {
  it.each([
    ["2010-12-02T09:00", "2. december 2010 kl. 9.00"],
    ["2020-03-05T08:30", "5. marts 2020 kl. 8.30"],
    ["2026-08-12", "12. august 2026"],
    ["2024-01-01", "1. januar 2024"],
  ])("date %s → %s", (iso, want) => expect(danishDate(iso)).toBe(want));

  it("groups a phone number in pairs", () => expect(danishPhone("51584878")).toBe("51\u00a058\u00a048\u00a078"));

  const salary = (text: string, amount: number, period: "year" | "month" | null = "year", maxAmount: number | null = null) =>
    danishSalary({ amount, maxAmount, period, currency: "DKK", text });
  it.each([
    ["Årslønnen vil være i niveauet 900.000 kr. plus pensionsbidrag.", 900_000, "year", null, "ca. 900.000 kr. om året + pension"],
    ["Lønniveauet er ca. 1.000.000 kr. årligt eksklusiv pension.", 1_000_000, "year", null, "ca. 1.000.000 kr. om året + pension"],
    ["Lønnen er 75.000 kr. om måneden inkl. pension.", 75_000, "month", null, "75.000 kr. om måneden inkl. pension"],
    ["Lønnen udgør 850.000–950.000 kr. årligt.", 850_000, "year", 950_000, "850.000–950.000 kr. om året"],
  ] as const)("salary %s", (text, amount, period, max, want) => expect(salary(text, amount, period, max)).toBe(want));

  it("writes the forms of employment and the pension in Danish", () => {
    const r = record();
    r.facts.employmentTerms = ["aaremaal", "kontrakt"];
    const out = toMarkdown(r);
    expect(out).toContain("| Ansættelsesform | åremål, kontrakt |");
    expect(out).not.toContain("aaremaal");
    expect(out).toContain("| Pension | 19,55 % |");
  });
});

describe("options", () => {
  it("--no-sources leaves out the Kilde column", () => {
    const out = toMarkdown(record(), { sources: false });
    expect(out).toContain("| Fakta | Værdi |\n| --- | --- |\n| Ansøgningsfrist | 9. november 2023 |\n");
    expect(out).not.toContain("Kilde");
  });

  it("--sections keeps only the sections asked for", () => {
    expect(toMarkdown(record(), { sections: ["vilkaar"] })).not.toContain("## Jobprofil");
    expect(toMarkdown(record(), { sections: ["jobprofil"] })).toContain("## Jobprofil");
  });

  it("--front-matter opens with YAML a static-site generator reads", () => {
    const r = record();
    r.title = "Chef: Økonomi & Stab";
    const out = toMarkdown(r, { frontMatter: true });
    expect(out.startsWith('---\ntitle: "Chef: Økonomi & Stab"\nemployer: Albertslund Kommune\ndeadline: 2023-11-09\nlang: da\n---\n\nAlbertslund Kommune · ')).toBe(true);
    // the front matter's title is printed by pandoc and site generators: no "# title" to repeat it
    expect(out).not.toMatch(/^# /mu);
  });

  it("--compact leaves positions, evidence and dropped out of JSON and YAML", () => {
    const json = JSON.parse(emitters.json(record(), { compact: true }));
    expect(json.evidence).toBeUndefined();
    expect(json.dropped).toBeUndefined();
    expect(JSON.stringify(json)).not.toContain('"position"');
    expect(json.facts.contacts[0].phone).toBe("51584878");
    const yamlText = emitters.yaml(record(), { compact: true });
    expect(yamlText).not.toContain("position:");
    expect(yamlText.split("\n").length).toBeLessThan(emitters.yaml(record()).split("\n").length);
  });
});
