import { describe, expect, it } from "vitest";
import { toMarkdown } from "../../src/emit/markdown.js";
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
    expect(md).toContain("| Ansøgningsfrist | 2023-11-09 | “Ansøgningsfristen er den 9. november 2023.” (s. 2, l. 9) |");
    expect(md).toContain("| Pension | 19,55 % |");
    expect(md).toContain("| Test | NEO-PI-3 | “personlighedstesten NEO-PI-3” (s. 2, l. 10) |");
  });

  it("cuts a long shared sentence to the words around each contact", () => {
    const rows = md.split("\n").filter((l) => l.startsWith("| Kontakt"));
    expect(rows[0]).toContain("kommunaldirektør Lasse Jacobsen");
    expect(rows[1]).toContain("Genitor Christian Roslev på tlf.");
  });

  it("escapes pipes in table cells but not in paragraphs, and keeps sections in order", () => {
    expect(md).toContain("Du får ansvar | for tre enheder.");
    expect(md.indexOf("## Jobprofil")).toBeLessThan(md.indexOf("### Væsentlige opgaver"));
    expect(md).toContain("- Økonomi og Indkøb");
  });

  it("shows warnings", () => {
    expect(md).toContain("> **Advarsel** (approximate-date): “primo marts” names no day");
  });
});
