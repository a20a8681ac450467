import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { Chalk } from "chalk";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { RULES } from "../../src/check/rules/index.js";
import type { FileResult } from "../../src/check/types.js";
import { SectionKind } from "../../src/schemas/record.js";
import { REPORT_FORMATS, reporters, type ReportContext } from "../../src/report/index.js";
import { escapeData, escapeProperty } from "../../src/report/github.js";
import { artifactUri } from "../../src/report/sarif.js";
import { ruleUrl } from "../../src/check/docs.js";

const plain: ReportContext = { colours: new Chalk({ level: 0 }), rules: RULES, toolVersion: "0.1.0" };
const ENABLED = RULES.map((r) => r.id);

// A nasty message on purpose: every character some format must escape.
const NASTY = `deadline "5, marts" <kl. 8:30> & 100% sure\nsecond line`;

const RESULTS: FileResult[] = [
  {
    file: "profiler/høje taastrup,2010.txt",
    findings: [
      { rule: "missing-section", severity: "error", message: 'no "jobprofil" section', section: "jobprofil" },
      { rule: "date-order", severity: "error", message: NASTY, section: "ansaettelsesproces", line: 202, page: 8 },
      { rule: "deadline-passed", severity: "warn", message: "application deadline 2010-12-02 has passed", line: 175 },
    ],
    rules: ENABLED,
  },
  { file: "clean.txt", findings: [], rules: ENABLED },
];

describe("the registry", () => {
  it("has a reporter for every format the CLI offers", () => {
    expect(Object.keys(reporters).sort()).toEqual([...REPORT_FORMATS].sort());
  });
  it.each(REPORT_FORMATS)("%s ends with a newline and handles no files", (format) => {
    expect(reporters[format]([], plain)).toMatch(/\n$/u);
    expect(reporters[format](RESULTS, plain)).toMatch(/\n$/u);
  });
});

describe("json", () => {
  // CONTRACT.md's keys, and only two additive ones: a PDF's page and the rule page's url.
  const Contract = z.array(
    z.strictObject({
      file: z.string(),
      findings: z.array(
        z.strictObject({
          rule: z.string(),
          severity: z.enum(["error", "warn"]),
          message: z.string(),
          section: SectionKind.optional(),
          line: z.number().int().min(1).optional(),
          page: z.number().int().min(1).optional(),
          url: z.url(),
        }),
      ),
    }),
  );

  it("prints CONTRACT.md's shape, a page and a link to the rule", () => {
    const out = JSON.parse(reporters.json(RESULTS, plain));
    expect(Contract.safeParse(out).success).toBe(true);
    expect(out[0].findings[1]).toEqual({
      rule: "date-order",
      severity: "error",
      message: NASTY,
      section: "ansaettelsesproces",
      line: 202,
      page: 8,
      url: ruleUrl("date-order"),
    });
    expect(out[0].findings[0].url).toMatch(/\/docs\/rules\/missing-section\.md$/u);
    expect(out[1]).toEqual({ file: "clean.txt", findings: [] });
  });
});

describe("text", () => {
  it("groups by file with aligned lines and a summary", () => {
    expect(reporters.text([RESULTS[0], RESULTS[1]].map((r) => ({ ...r, findings: r.findings.filter((f) => f.rule !== "date-order") })), plain)).toBe(
      [
        "profiler/høje taastrup,2010.txt",
        '    -  error  no "jobprofil" section                      missing-section',
        "  175  warn   application deadline 2010-12-02 has passed  deadline-passed",
        "",
        "2 problems (1 error, 1 warning) in 1 of 2 files",
        "",
      ].join("\n"),
    );
  });
  it("shows the page beside the line for PDFs", () => {
    expect(reporters.text(RESULTS, plain)).toContain("202 (p. 8)  error");
  });
  it("says so when all is well", () => {
    expect(reporters.text([RESULTS[1]], plain)).toBe("1 file checked, no problems\n");
  });
  it("colours only when given colours", () => {
    expect(reporters.text(RESULTS, plain)).not.toMatch(/\u001b\[/u);
    expect(reporters.text(RESULTS, { ...plain, colours: new Chalk({ level: 1 }) })).toMatch(/\u001b\[31merror/u);
  });
});

describe("github", () => {
  const lines = reporters.github(RESULTS, plain).trimEnd().split("\n");

  it("writes one workflow command per finding, then a summary", () => {
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe("::error file=profiler/høje taastrup%2C2010.txt,title=jobprofil missing-section::no \"jobprofil\" section");
    expect(lines[2]).toBe("::warning file=profiler/høje taastrup%2C2010.txt,line=175,title=jobprofil deadline-passed::application deadline 2010-12-02 has passed");
    expect(lines[3]).toBe("jobprofil check: 3 problems (2 errors, 1 warning) in 1 of 2 files");
  });

  it("escapes the message so that it stays on one line, and names a PDF's page in the title", () => {
    expect(lines[1]).toBe(
      '::error file=profiler/høje taastrup%2C2010.txt,line=202,title=jobprofil date-order (p. 8)::deadline "5, marts" <kl. 8:30> & 100%25 sure%0Asecond line',
    );
  });

  it.each([
    ["a%b", "a%25b", "a%25b"],
    ["a\r\nb", "a%0D%0Ab", "a%0D%0Ab"],
    ["a:b,c", "a:b,c", "a%3Ab%2Cc"],
  ])("escapes %j", (raw, data, property) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(property);
  });
});

describe("junit", () => {
  const xml = reporters.junit(RESULTS, plain);
  const parser = new XMLParser({ ignoreAttributes: false, htmlEntities: true, attributeNamePrefix: "", isArray: (name) => ["testsuite", "testcase"].includes(name) });

  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("reads back: one suite per file, one case per rule, errors as failures", () => {
    const doc = parser.parse(xml);
    const suites = doc.testsuites.testsuite;
    expect(doc.testsuites.tests).toBe(String(2 * ENABLED.length));
    expect(doc.testsuites.failures).toBe("2");
    expect(suites.map((s: { name: string }) => s.name)).toEqual(["profiler/høje taastrup,2010.txt", "clean.txt"]);
    const cases = suites[0].testcase;
    expect(cases.map((c: { name: string }) => c.name)).toEqual(ENABLED);
    const dateOrder = cases.find((c: { name: string }) => c.name === "date-order");
    expect(dateOrder.failure["#text"]).toBe(`line 202: ${NASTY}`);
    const passed = cases.find((c: { name: string }) => c.name === "deadline-passed");
    expect(passed.failure).toBeUndefined();
    expect(passed["system-out"]).toBe("warning: line 175: application deadline 2010-12-02 has passed");
    expect(suites[1].failures).toBe("0");
  });

  it("keeps the failure message through the escaping", () => {
    const failure = parser.parse(xml).testsuites.testsuite[0].testcase.find((c: { name: string }) => c.name === "date-order").failure;
    expect(failure.message).toBe(NASTY);
  });
});

describe("sarif", () => {
  const schema = JSON.parse(readFileSync(new URL("./fixtures/sarif-2.1.0-rtm.5.json", import.meta.url), "utf8"));
  // The schema file is draft-04 ("id"); Ajv 8 reads it as draft-07, where only the id keyword differs.
  const { $schema: _draft, id, ...body } = schema;
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
  // unicodeRegExp off: the schema's "language" pattern has a stray "]" that only the u flag rejects.
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }));
  const validate = ajv.compile({ ...body, $id: id });
  const log = JSON.parse(reporters.sarif(RESULTS, plain));

  it("is valid against the SARIF 2.1.0 JSON Schema", () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate(JSON.parse(reporters.sarif([], plain)))).toBe(true);
  });

  it("the schema check is not vacuous", () => {
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ level: "fatal", message: {} }] }] })).toBe(false);
  });

  it("describes every rule and points results at them", () => {
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run.tool.driver.rules[0]).toMatchObject({
      id: "missing-section",
      name: "MissingSection",
      defaultConfiguration: { level: "error" },
      helpUri: ruleUrl("missing-section"),
    });
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toBe(ruleUrl(rule.id));
    expect(run.results).toHaveLength(3);
    const [first, second, third] = run.results;
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe("missing-section");
    expect(first.locations[0].physicalLocation.region).toBeUndefined();
    expect(second).toMatchObject({ ruleId: "date-order", level: "error", message: { text: NASTY }, properties: { section: "ansaettelsesproces" } });
    expect(second.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "profiler/h%C3%B8je%20taastrup%2C2010.txt", index: 0 }, region: { startLine: 202 } });
    expect(third.level).toBe("warning");
  });

  it("turns paths into URIs", () => {
    expect(artifactUri("a\\b c.txt")).toBe("a/b%20c.txt");
    expect(artifactUri("/tmp/x y.pdf")).toBe("file:///tmp/x%20y.pdf");
  });
});

describe("summary", () => {
  it("does not claim 'no problems' when no file could be checked", () => {
    expect(reporters.text([], plain)).toBe("no files checked\n");
    expect(reporters.github([], plain)).toBe("jobprofil check: no files checked\n");
  });
});

describe("junit escaping", () => {
  it("drops control characters XML cannot carry", () => {
    const xml = reporters.junit([{ file: "a.txt", findings: [{ rule: "x", severity: "error", message: "bad\u0001char\u000b" }], rules: ["x"] }], plain);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('message="badchar"');
  });
});
