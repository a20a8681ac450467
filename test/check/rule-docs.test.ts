/**
 * Every rule has a page (docs/rules/ID.md) that agrees with its metadata, and
 * whose examples behave as the page says: each "fires" example, parsed as a
 * document and checked with the rule alone at its defaults, gives a finding;
 * each "passes" example gives none. Its configuration snippets are valid.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bindConfig, parseConfigText, resolveRules } from "../../src/check/config.js";
import { readRulePage, rulePagePath, ruleUrl } from "../../src/check/docs.js";
import { RULES } from "../../src/check/rules/index.js";
import { checkRecord } from "../../src/check/runner.js";
import { parseProfile } from "../../src/pipeline.js";
import { ROOT } from "../helpers.js";
import { readPage } from "./rule-page.js";

// deadline-passed's page says its examples are checked on this day.
const TODAY = "2026-06-01";
const SECTIONS = ["What it checks", "Why it matters", "Examples", "Configuration"];

async function findingsOf(id: string, text: string) {
  const { record } = await parseProfile(Buffer.from(text, "utf8"), { path: "example.txt" });
  const alone = resolveRules([{ source: "test", rules: Object.fromEntries(RULES.map((r) => [r.id, r.id === id ? r.defaultSeverity : "off"])) }]);
  return checkRecord(record, alone, TODAY);
}

describe.each(RULES.map((r) => [r.id, r] as const))("docs/rules/%s.md", (id, rule) => {
  const page = readPage(readFileSync(rulePagePath(id), "utf8"));

  it("agrees with the rule's metadata", () => {
    expect(page.title).toBe(id);
    expect(page.description).toBe(rule.description);
    expect(page.table.severity).toBe(rule.defaultSeverity);
    expect(page.table.kinds).toEqual([...rule.kinds]);
    expect(page.table.options).toEqual(Object.keys(rule.defaultOptions ?? {}));
    expect(page.headings).toEqual(SECTIONS);
  });

  it("has an example that fires and one that does not, and they do as the page says", async () => {
    expect(page.examples.filter((e) => e.fires).length).toBeGreaterThan(0);
    expect(page.examples.filter((e) => !e.fires).length).toBeGreaterThan(0);
    for (const example of page.examples) {
      const found = await findingsOf(id, example.text);
      if (example.fires) expect(found.length, `this example should fire ${id}:\n${example.text}`).toBeGreaterThan(0);
      else expect(found, `this example should not fire ${id}:\n${example.text}`).toEqual([]);
    }
  });

  it("shows valid configuration that sets this rule", () => {
    expect(page.configs.length).toBeGreaterThan(0);
    for (const yaml of page.configs) {
      expect(yaml).toContain(id);
      const config = bindConfig(".jobprofilrc.yaml", parseConfigText(".jobprofilrc.yaml", yaml));
      expect(() => [config, ...config.overrideLayers].forEach((layer) => resolveRules([config, layer]))).not.toThrow();
    }
  });

  it("is what jobprofil rules prints, at the address the reports link to", async () => {
    expect(await readRulePage(id)).toBe(readFileSync(`${ROOT}/docs/rules/${id}.md`, "utf8"));
    expect(ruleUrl(id)).toMatch(new RegExp(`/docs/rules/${id}\\.md$`, "u"));
  });
});

it("has no page for a rule that does not exist", () => {
  const pages = readdirSync(`${ROOT}/docs/rules`).filter((f) => f.endsWith(".md"));
  expect(pages.map((f) => f.replace(/\.md$/u, "")).sort()).toEqual(RULES.map((r) => r.id).sort());
});
