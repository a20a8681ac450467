import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  findConfigFile,
  loadConfigFile,
  parseConfigText,
  parseRuleFlag,
  resolveRules,
} from "../../src/check/config.js";
import { RULES } from "../../src/check/rules/index.js";

const setting = (rules: ReturnType<typeof resolveRules>, id: string) => rules.find((r) => r.rule.id === id)!;

describe("resolveRules", () => {
  it("starts from each rule's default severity and options", () => {
    const rules = resolveRules([]);
    expect(rules.map((r) => r.rule.id)).toEqual(RULES.map((r) => r.id));
    expect(setting(rules, "missing-section")).toMatchObject({ severity: "error", options: { required: ["jobprofil", "personprofil", "ansaettelsesproces"] } });
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
    ["rules:\n  missing-terms: fatal\n", /^x\.yaml: rules\.missing-terms: expected off, warn, error/u],
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
    expect(await loadConfigFile(join(root, ".jobprofilrc.yaml"))).toEqual({ source: join(root, ".jobprofilrc.yaml"), rules: { "missing-terms": "off" } });
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
