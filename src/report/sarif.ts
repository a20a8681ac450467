import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { ruleUrl } from "../check/docs.js";
import type { Reporter } from "./types.js";

const level = (severity: string) => (severity === "error" ? "error" : "warning");

/** An artifact URI: relative paths stay relative (resolved against the checkout by code scanning), with "/" and percent-encoding. */
export function artifactUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/u).map(encodeURIComponent).join("/");
}

/** SARIF 2.1.0, the format code-scanning dashboards (GitHub, Azure DevOps) import. */
export const sarif: Reporter = (results, { rules, toolVersion }) => {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "jobprofil",
            version: toolVersion,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\p{L})/gu, (_, _dash: string, ch: string) => ch.toUpperCase()),
              shortDescription: { text: r.description },
              helpUri: ruleUrl(r.id),
              help: { text: `${r.description} See ${ruleUrl(r.id)} or \`jobprofil rules ${r.id}\`.` },
              defaultConfiguration: { level: level(r.defaultSeverity) },
            })),
          },
        },
        artifacts: results.map((r) => ({ location: { uri: artifactUri(r.file) } })),
        results: results.flatMap((r, fileIndex) =>
          r.findings.map((f) => ({
            ruleId: f.rule,
            ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
            level: level(f.severity),
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(r.file), index: fileIndex },
                  ...(f.line !== undefined ? { region: { startLine: f.line } } : {}),
                },
              },
            ],
            ...(f.section !== undefined ? { properties: { section: f.section } } : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};
