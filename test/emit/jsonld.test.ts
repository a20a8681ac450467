import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EMIT_FORMATS, emitters, FILE_EXTENSIONS } from "../../src/emit/index.js";
import { copenhagenDeadline, jobPostingWarnings, toJobPosting, toJsonLd } from "../../src/emit/jsonld.js";
import { parseFile } from "../../src/pipeline.js";
import { emptyFacts, type Facts, type ProfileRecord, type Section } from "../../src/schemas/record.js";
import { ROOT } from "../helpers.js";

const at = { start: { line: 1, page: null }, end: { line: 1, page: null } };
const section = (kind: Section["kind"], texts: string[], items: string[] = []): Section => ({
  kind,
  heading: kind,
  position: at,
  content: [
    ...texts.map((text) => ({ kind: "paragraph" as const, text, position: at })),
    ...(items.length ? [{ kind: "list" as const, ordered: false, items: items.map((text) => ({ text, position: at })), position: at }] : []),
  ],
  subsections: [],
});

function record(over: Partial<ProfileRecord> = {}, facts: Partial<Facts> = {}): ProfileRecord {
  return {
    schemaVersion: "1",
    source: { path: "x.txt", format: "text", sha256: "0".repeat(64), pages: null },
    kind: "profile",
    title: "Kommunaldirektør",
    employer: "Odder Kommune",
    consultancy: null,
    sections: [
      section("indledning", ["Odder Kommune søger en kommunaldirektør."]),
      section("jobprofil", ["Du leder direktionen."], ["Økonomi", "Personale"]),
      section("personprofil", ["Du er en erfaren leder."], ["Politisk tæft"]),
      section("vilkaar", ["Stillingen er på kontrakt."]),
    ],
    facts: { ...emptyFacts(), ...facts },
    evidence: [],
    warnings: [],
    dropped: [],
    ...over,
  };
}

const salary = (amount: number | null, period: "year" | "month" | null, maxAmount: number | null = null) => ({
  amount,
  maxAmount,
  period,
  currency: "DKK" as const,
  text: "løn",
});

describe("toJobPosting", () => {
  it("maps the header and facts to schema.org", () => {
    const p = toJobPosting(
      record(
        {},
        {
          applicationDeadline: "2026-04-01",
          startDate: "2026-06-01",
          salary: salary(900000, "year"),
          employmentTerms: ["kontrakt"],
          contacts: [{ name: "Lone Jensen", role: "borgmester", phone: "20304050", email: "lj@odder.dk" }],
        },
      ),
    ) as Record<string, any>;
    expect(p).toMatchObject({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Kommunaldirektør",
      hiringOrganization: { "@type": "Organization", name: "Odder Kommune" },
      jobLocation: { "@type": "Place", name: "Odder Kommune", address: { "@type": "PostalAddress", addressCountry: "DK" } },
      validThrough: "2026-04-01T23:59:59+02:00",
      jobStartDate: "2026-06-01",
      baseSalary: { "@type": "MonetaryAmount", currency: "DKK", value: { "@type": "QuantitativeValue", value: 900000, unitText: "YEAR" } },
      employmentType: ["FULL_TIME"],
      responsibilities: ["Du leder direktionen.", "Økonomi", "Personale"],
      qualifications: ["Du er en erfaren leder.", "Politisk tæft"],
      applicationContact: { "@type": "ContactPoint", name: "Lone Jensen", contactType: "borgmester", telephone: "+45 20 30 40 50", email: "lj@odder.dk" },
    });
    expect(p.description).toContain("<p>Odder Kommune søger en kommunaldirektør.</p>");
    expect(p.description).toContain("<ul><li>Økonomi</li><li>Personale</li></ul>");
    expect(p).not.toHaveProperty("datePosted");
  });

  it.each([
    [salary(62000, "month"), { value: 62000, unitText: "MONTH" }],
    [salary(750000, "year", 800000), { minValue: 750000, maxValue: 800000, unitText: "YEAR" }],
    [salary(750000, null), { value: 750000 }],
  ])("salary %j is a MonetaryAmount with %j", (s, value) => {
    const p = toJobPosting(record({}, { salary: s })) as Record<string, any>;
    expect(p.baseSalary.value).toEqual({ "@type": "QuantitativeValue", ...value });
  });

  it.each([
    [["kontrakt"], "", ["FULL_TIME"]],
    [["overenskomst"], "", ["FULL_TIME"]],
    [["tjenestemand"], "", ["FULL_TIME"]],
    [["aaremaal", "kontrakt"], "", ["FULL_TIME", "TEMPORARY"]],
    [["overenskomst"], "Stillingen er på deltid, 30 timer om ugen.", ["PART_TIME"]],
    [[], "", undefined],
  ] as const)("terms %j (%s) are employmentType %j", (terms, text, want) => {
    const r = record({}, { employmentTerms: [...terms] });
    if (text) r.sections.push(section("vilkaar", [text]));
    expect((toJobPosting(r) as Record<string, any>).employmentType).toEqual(want);
  });

  it("invents nothing: a bare record gives a bare posting", () => {
    const p = toJobPosting(record({ title: null, employer: null, sections: [] })) as Record<string, any>;
    expect(Object.keys(p).sort()).toEqual(["@context", "@type"]);
  });

  it("escapes the document's text in the description", () => {
    const p = toJobPosting(record({ sections: [section("indledning", ["Løn < 1 mio. & <b>fed</b>"])] })) as Record<string, any>;
    expect(p.description).toBe("<p><strong>indledning</strong></p>\n<p>Løn &lt; 1 mio. &amp; &lt;b&gt;fed&lt;/b&gt;</p>");
  });

  it("an amount-less salary is left out", () => {
    expect(toJobPosting(record({}, { salary: salary(null, null) }))).not.toHaveProperty("baseSalary");
  });
});

describe("jobPostingWarnings", () => {
  const props = (r: ProfileRecord) => jobPostingWarnings(r).map((w) => w.property);

  it("names every missing property of a bare record", () => {
    expect(props(record({ title: null, employer: null, sections: [] }))).toEqual([
      "title",
      "description",
      "datePosted",
      "hiringOrganization",
      "jobLocation",
      "validThrough",
      "baseSalary",
      "employmentType",
      "applicationContact",
    ]);
  });

  it("names partial salaries and the thin location, and only those, for a full record", () => {
    const full = record(
      {},
      {
        applicationDeadline: "2026-04-01",
        salary: salary(900000, null),
        employmentTerms: ["kontrakt"],
        contacts: [{ name: "Lone Jensen", role: null, phone: "20304050", email: null }],
      },
    );
    const warnings = jobPostingWarnings(full);
    expect(warnings.map((w) => w.property)).toEqual(["datePosted", "jobLocation", "baseSalary"]);
    expect(warnings.every((w) => w.code === "jsonld-missing" && w.message.startsWith(`JobPosting.${w.property}:`))).toBe(true);
  });
});

describe("parse --format jsonld is registered", () => {
  it("as a format, an emitter and a file extension", () => {
    expect(EMIT_FORMATS).toContain("jsonld");
    expect(FILE_EXTENSIONS.jsonld).toBe(".jsonld");
    const out = emitters.jsonld(record());
    expect(out).toBe(toJsonLd(record()));
    expect(JSON.parse(out)["@type"]).toBe("JobPosting");
  });
});

// Every document fixture, every format: the properties Google requires are there or warned, with schema.org's types.
const FIXTURES = [
  ...["fixtures/formats/html", "fixtures/formats/docx", "fixtures/formats/markdown", "fixtures/seeds", "fixtures/layouts"].flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => /\.(html|docx|md|txt|pdf)$/u.test(f))
      .map((f) => join(d, f)),
  ),
];
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/u;
const REQUIRED = ["title", "description", "datePosted", "hiringOrganization", "jobLocation"];

describe.each(FIXTURES)("JSON-LD for %s", (file) => {
  it("has Google's required properties or a warning for each, with the right types", async () => {
    const { record: r } = await parseFile(join(ROOT, file));
    const p = JSON.parse(toJsonLd(r)) as Record<string, any>;
    const warned = new Set(jobPostingWarnings(r).map((w) => w.property));
    for (const prop of REQUIRED) expect(prop in p || warned.has(prop), `${prop} present or warned`).toBe(true);
    expect(p["@context"]).toBe("https://schema.org");
    expect(p["@type"]).toBe("JobPosting");
    if (p.title !== undefined) expect(typeof p.title).toBe("string");
    if (p.description !== undefined) expect(p.description).toMatch(/^<p>/u);
    if (p.hiringOrganization) expect(p.hiringOrganization).toEqual({ "@type": "Organization", name: expect.any(String) });
    if (p.jobLocation) expect(p.jobLocation["@type"]).toBe("Place");
    if (p.jobStartDate !== undefined) expect(p.jobStartDate).toMatch(DATE);
    if (p.validThrough !== undefined) expect(p.validThrough).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/u);
    if (p.baseSalary) {
      expect(p.baseSalary).toMatchObject({ "@type": "MonetaryAmount", currency: "DKK", value: { "@type": "QuantitativeValue" } });
      const v = p.baseSalary.value;
      expect(typeof (v.value ?? v.minValue)).toBe("number");
      if (v.unitText !== undefined) expect(["YEAR", "MONTH"]).toContain(v.unitText);
    }
    if (p.employmentType) for (const t of p.employmentType) expect(["FULL_TIME", "PART_TIME", "TEMPORARY"]).toContain(t);
    for (const k of ["responsibilities", "qualifications"]) if (p[k]) expect(p[k].every((s: unknown) => typeof s === "string" && s)).toBe(true);
    if (p.applicationContact) {
      for (const c of [].concat(p.applicationContact) as Record<string, any>[]) {
        expect(c["@type"]).toBe("ContactPoint");
        expect(c.telephone ?? c.email).toBeTruthy();
        if (c.telephone) expect(c.telephone).toMatch(/^\+45( \d{2}){4}$/u);
      }
    }
    // Never invented: a property present only when the record holds its source.
    if (!r.facts.applicationDeadline) expect(p).not.toHaveProperty("validThrough");
    if (!r.facts.salary?.amount) expect(p).not.toHaveProperty("baseSalary");
    expect(p).not.toHaveProperty("datePosted");
  });
});

describe("copenhagenDeadline", () => {
  it.each([
    ["2026-04-01", "2026-04-01T23:59:59+02:00"],
    ["2026-01-15", "2026-01-15T23:59:59+01:00"],
    ["2023-05-30T12:00", "2023-05-30T12:00:00+02:00"],
    ["2025-12-01T09:30", "2025-12-01T09:30:00+01:00"],
    // the last Sunday of October: summer time until 03:00
    ["2026-10-25T12:00", "2026-10-25T12:00:00+01:00"],
    ["2026-10-24T12:00", "2026-10-24T12:00:00+02:00"],
  ])("%s → %s", (iso, want) => {
    expect(copenhagenDeadline(iso)).toBe(want);
  });
});
