import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bindConfig,
  ConfigError,
  findConfigFile,
  loadConfigFile,
  parseConfigText,
  parseRuleFlag,
  resolveRules,
} from "../../src/check/config.js";
import { RULES } from "../../src/check/rules/index.js";

const setting = (rules: ReturnType<typeof resolveRules>, id: string) => rules.find((r) => r.rule.id === id)!;

describe("strict rule options", () => {
  // Each mistake is answered with what would have been right.
  it.each([
    ["an unknown option", { "deadline-weekend": ["warn", { custom: false }] }, 'rules.deadline-weekend: unknown option "custom" (valid: customary)'],
    ["a value of the wrong type", { "deadline-weekend": ["warn", { customary: "no" }] }, "rules.deadline-weekend: customary: expected true or false"],
    [
      "a misspelt warning code",
      { "unparsed-date": ["error", { codes: ["approximate-dat"] }] },
      'rules.unparsed-date: codes.0: expected one of unparsed-date, approximate-date (got "approximate-dat")',
    ],
    ["no warning codes", { "unparsed-date": ["error", { codes: [] }] }, "rules.unparsed-date: codes: name at least one warning code"],
    [
      "a misspelt section kind in the flat list",
      { "missing-section": ["error", { required: ["jobbet"] }] },
      'rules.missing-section: required.0: expected one of indledning, jobprofil, personprofil, ansaettelsesproces, vilkaar, yderligere, bilag, andet (got "jobbet")',
    ],
    [
      "a misspelt section kind for one document kind",
      { "missing-section": ["error", { required: { advertisement: ["vilkår"] } }] },
      'rules.missing-section: required.advertisement.0: expected one of indledning, jobprofil, personprofil, ansaettelsesproces, vilkaar, yderligere, bilag, andet (got "vilkår")',
    ],
    [
      "an unknown document kind",
      { "missing-section": ["error", { required: { annonce: ["jobprofil"] } }] },
      'rules.missing-section: required: unknown option "annonce" (valid: profile, advertisement)',
    ],
    [
      "a required setting that is neither a list nor per kind",
      { "missing-section": ["error", { required: "jobprofil" }] },
      "rules.missing-section: required: expected a list of section kinds, or { profile: [...], advertisement: [...] }",
    ],
    ["an unknown option beside a good one", { "missing-section": ["error", { required: ["jobprofil"], extra: 1 }] }, 'rules.missing-section: unknown option "extra" (valid: required)'],
    ["options for a rule that takes none", { "missing-deadline": ["error", { x: 1 }] }, 'rule "missing-deadline" takes no options'],
  ])("%s", (_name, rules, message) => {
    expect(() => resolveRules([{ source: "a.yaml", rules: rules as never }])).toThrow(new ConfigError("a.yaml", message));
  });

  it.each([
    ["the flat list of the first version", { required: ["jobprofil", "vilkaar"] }, ["jobprofil", "vilkaar"]],
    ["per kind", { required: { profile: ["jobprofil"], advertisement: [] } }, { profile: ["jobprofil"], advertisement: [] }],
    ["one kind only (the other keeps its default)", { required: { advertisement: ["vilkaar"] } }, { advertisement: ["vilkaar"] }],
  ])("missing-section accepts %s", (_name, options, required) => {
    expect(setting(resolveRules([{ source: "a.yaml", rules: { "missing-section": ["error", options] } }]), "missing-section").options).toEqual({ required });
  });
});

describe("ignores and overrides", () => {
  const dir = mkdtempSync(join(tmpdir(), "jobprofil-overrides-"));
  const config = bindConfig(
    join(dir, ".jobprofilrc.yaml"),
    parseConfigText(
      ".jobprofilrc.yaml",
      [
        "rules:",
        "  missing-terms: warn",
        "ignores: [udkast, 'arkiv/**', '*.tmp.txt']",
        "overrides:",
        "  - files: ['annoncer/**']",
        "    rules: { missing-terms: off }",
        "  - files: ['*.pdf']",
        "    rules: { deadline-passed: error, missing-terms: error }",
      ].join("\n"),
    ),
  );
  const severityFor = (document: string, id: string) => setting(resolveRules(config.layersFor(join(dir, document))), id).severity;

  it.each([
    ["profil.txt", false],
    ["udkast/profil.txt", true],
    ["2026/udkast/profil.txt", true],
    ["arkiv/2019/profil.pdf", true],
    ["profil.tmp.txt", true],
    ["udkastet.txt", false],
    ["annoncer/arkiv/x.txt", false],
  ])("ignores %s: %s", (document, ignored) => {
    expect(config.ignores(join(dir, document))).toBe(ignored);
  });

  it.each([
    ["profil.txt", "missing-terms", "warn"],
    ["annoncer/opslag.txt", "missing-terms", "off"],
    ["profil.pdf", "missing-terms", "error"],
    ["annoncer/opslag.pdf", "missing-terms", "error"],
    ["profil.pdf", "deadline-passed", "error"],
    ["profil.txt", "deadline-passed", "warn"],
  ])("for %s, %s is %s (later overrides win)", (document, id, severity) => {
    expect(severityFor(document, id)).toBe(severity);
  });

  it("matches a document outside the config's folder by its own path", () => {
    expect(config.ignores(join(tmpdir(), "elsewhere", "udkast", "x.txt"))).toBe(true);
    expect(config.layersFor(join(tmpdir(), "elsewhere", "x.txt"))).toHaveLength(1);
  });

  it("names an override in its error", () => {
    const bad = bindConfig("c.yaml", parseConfigText("c.yaml", "overrides:\n  - files: [x]\n    rules: { no-such: off }\n"));
    expect(() => resolveRules([bad, ...bad.overrideLayers])).toThrow(/^c\.yaml \(overrides\.0\): unknown rule "no-such"/u);
  });
});

describe("resolveRules", () => {
  it("starts from each rule's default severity and options", () => {
    const rules = resolveRules([]);
    expect(rules.map((r) => r.rule.id)).toEqual(RULES.map((r) => r.id));
    expect(setting(rules, "missing-section")).toMatchObject({
      severity: "error",
      options: { required: { profile: ["jobprofil", "personprofil", "ansaettelsesproces"], advertisement: ["ansaettelsesproces"] } },
    });
    expect(setting(rules, "deadline-passed").severity).toBe("warn");
  });

  it("lets a later layer win and merges options", () => {
    const rules = resolveRules([
      { source: "a.yaml", rules: { "missing-section": ["warn", { required: ["jobprofil"] }], "deadline-passed": "error" } },
      { source: "--rule", rules: { "missing-section": "off" } },
    ]);
    expect(setting(rules, "missing-section")).toMatchObject({ severity: "off", options: { required: ["jobprofil"] } });
    expect(setting(rules, "deadline-passed").severity).toBe("error");
  });

  it.each([
    [{ "no-such-rule": "error" }, /a\.yaml: unknown rule "no-such-rule"/u],
    [{ "missing-deadline": ["error", { x: 1 }] }, /a\.yaml: rule "missing-deadline" takes no options/u],
    [{ "missing-section": ["error", { required: ["jobbet"] }] }, /a\.yaml: rules\.missing-section: required\.0: /u],
    [{ "missing-section": ["error", { required: [], extra: 1 }] }, /rules\.missing-section: /u],
  ])("names the file and the problem for %j", (rules, message) => {
    expect(() => resolveRules([{ source: "a.yaml", rules: rules as never }])).toThrow(message);
  });
});

describe("parseConfigText", () => {
  it("reads YAML with severities and [severity, options]", () => {
    const yaml = "rules:\n  deadline-passed: error\n  missing-section: [error, { required: [jobprofil, personprofil] }]\n  missing-terms: off\n";
    expect(parseConfigText(".jobprofilrc.yaml", yaml)).toEqual({
      rules: { "deadline-passed": "error", "missing-section": ["error", { required: ["jobprofil", "personprofil"] }], "missing-terms": "off" },
    });
  });
  it("reads JSON", () => {
    expect(parseConfigText("jobprofil.config.json", '{"rules":{"missing-terms":"warn"}}')).toEqual({ rules: { "missing-terms": "warn" } });
  });
  it("takes an empty file for an empty config", () => {
    expect(parseConfigText(".jobprofilrc.yaml", "")).toEqual({});
  });
  it.each([
    ["rules:\n  missing-terms: fatal\n", /^x\.yaml: rules\.missing-terms: expected one of off, warn, error \(got "fatal"\)/u],
    ["rules:\n  missing-terms: [error, 1, 2]\n", /^x\.yaml: rules\.missing-terms: expected off, warn, error or \[severity, \{ options \}\]/u],
    ["ignore: [udkast]\n", /^x\.yaml: unknown key "ignore" \(valid: rules, ignores, overrides\)/u],
    ["ignores: udkast\n", /^x\.yaml: ignores: expected array/u],
    ["overrides:\n  - rules: { missing-terms: off }\n", /^x\.yaml: overrides\.0\.files: /u],
    ["overrides:\n  - files: []\n    rules: {}\n", /^x\.yaml: overrides\.0\.files: name at least one glob/u],
    ["overrides:\n  - files: [a]\n    rules: {}\n    severity: off\n", /^x\.yaml: overrides\.0: /u],
    ["rule:\n  missing-terms: off\n", /^x\.yaml: .*rule/u],
    ["rules: [a, b]\n", /^x\.yaml: rules: /u],
    ["rules:\n  a: [\n", /^x\.yaml: not valid YAML/u],
    ["- just a list\n", /^x\.yaml: /u],
  ])("rejects %j in one line", (text, message) => {
    try {
      parseConfigText("x.yaml", text);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).not.toContain("\n");
    }
  });
  it("rejects broken JSON", () => {
    expect(() => parseConfigText("jobprofil.config.json", "{rules:")).toThrow(/not valid JSON/u);
  });
});

describe("findConfigFile and loadConfigFile", () => {
  const root = mkdtempSync(join(tmpdir(), "jobprofil-config-"));
  const deep = join(root, "a", "b", "c");
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(root, ".jobprofilrc.yaml"), "rules:\n  missing-terms: off\n");
  writeFileSync(join(root, "a", "jobprofil.config.json"), '{"rules":{"missing-terms":"warn"}}');

  it("finds the nearest file walking up", () => {
    expect(findConfigFile(deep)).toBe(join(root, "a", "jobprofil.config.json"));
    expect(findConfigFile(root)).toBe(join(root, ".jobprofilrc.yaml"));
  });
  it("stops at the filesystem root", () => {
    // tmpdir() has no config above it on a clean machine; the walk must end rather than loop.
    const lonely = mkdtempSync(join(tmpdir(), "jobprofil-none-"));
    const found = findConfigFile(lonely);
    expect(found === null || !found.startsWith(lonely)).toBe(true);
  });
  it("loads a file as a layer named by its path", async () => {
    expect(await loadConfigFile(join(root, ".jobprofilrc.yaml"))).toMatchObject({ source: join(root, ".jobprofilrc.yaml"), rules: { "missing-terms": "off" } });
  });
  it("names a missing file", async () => {
    await expect(loadConfigFile(join(root, "nope.yaml"))).rejects.toThrow(/nope\.yaml: no such file/u);
  });
});

describe("parseRuleFlag", () => {
  it.each([
    ["deadline-passed:error", ["deadline-passed", "error"]],
    ["missing-terms:off", ["missing-terms", "off"]],
    ["missing-section:warn", ["missing-section", "warn"]],
  ])("%s", (flag, want) => expect(parseRuleFlag(flag)).toEqual(want));
  it.each([
    ["deadline-passed", /expected id:off\|warn\|error/u],
    [":error", /expected id/u],
    ["deadline-passed:fatal", /expected id/u],
    ["no-such-rule:error", /unknown rule "no-such-rule"/u],
  ])("rejects %s", (flag, message) => expect(() => parseRuleFlag(flag)).toThrow(message));
});
