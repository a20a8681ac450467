/**
 * Each rule's page, docs/rules/ID.md: what it checks, why, an example that
 * fires and one that does not, how to configure it. `jobprofil rules ID` and
 * `check --explain ID` print it from the installed package; SARIF's
 * `helpUri` and the JSON report's `url` link to it on the web.
 * test/check/rule-docs.test.ts runs every page's examples through its rule.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** Where the pages are published: the repository's docs/rules folder. */
export const RULE_DOCS_BASE = "https://github.com/jobprofil/jobprofil/blob/main/docs/rules/";

export const ruleUrl = (id: string): string => `${RULE_DOCS_BASE}${id}.md`;

/**
 * The page inside the package. Two levels up from this module, whether it runs
 * as dist/check/docs.js, src/check/docs.ts (tests) or inside dist/bundle/jobprofil.cjs.
 */
export const rulePagePath = (id: string): string => fileURLToPath(new URL(`../../docs/rules/${id}.md`, import.meta.url));

export async function readRulePage(id: string): Promise<string> {
  return readFile(rulePagePath(id), "utf8");
}
