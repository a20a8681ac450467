#!/usr/bin/env node
/**
 * The README's CI snippets are the files the tests run, never typed twice:
 * each block between `<!-- include PATH -->` and `<!-- /include -->` is
 * rewritten as a fenced copy of PATH. `node scripts/readme-includes.mjs`
 * rewrites README.md; test/ci.e2e.test.ts fails when it is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const LANGUAGE = { ".yml": "yaml", ".yaml": "yaml", "": "sh" };
const INCLUDE = /<!-- include (\S+) -->\n[\s\S]*?<!-- \/include -->/gu;

/** README text with every include block filled from `read(path)`. */
export function renderIncludes(readme, read = (path) => readFileSync(`${root}${path}`, "utf8")) {
  return readme.replace(INCLUDE, (_block, path) => {
    const body = read(path);
    return `<!-- include ${path} -->\n\`\`\`${LANGUAGE[extname(path)] ?? ""}\n${body.endsWith("\n") ? body : body + "\n"}\`\`\`\n<!-- /include -->`;
  });
}

/** The paths the README includes, in order. */
export const includedPaths = (readme) => [...readme.matchAll(INCLUDE)].map((m) => m[1]);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = `${root}README.md`;
  const before = readFileSync(path, "utf8");
  const after = renderIncludes(before);
  if (after !== before) writeFileSync(path, after);
  console.log(after === before ? "README.md: includes up to date" : "README.md: includes rewritten");
}
