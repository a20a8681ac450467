#!/usr/bin/env node
/**
 * Part of `npm run build`, after tsc: the CLI and the pool worker as one
 * CommonJS file each (dist/bundle/), and V8's code cache of the CLI bundle.
 *
 * Why: a cold `jobprofil parse x.txt` spent more time loading code than
 * reading the document. Node 20's ES module loader resolves and compiles the
 * ~90 files of dist/ and zod one by one; one CommonJS file loads in a single
 * read and compile, and with the code cache (bytecode of every function the
 * sample run below compiled) V8 compiles almost nothing. bin/jobprofil runs
 * the bundle from the cache, or dist/cli/run.js when there is no bundle. The
 * library API (dist/index.js) stays plain ES modules.
 *
 * The packages the bundle leaves out are loaded on first use (src/lazy.ts):
 * pdf.js, mammoth and cheerio are large and most runs never need them.
 */
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, rmSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = `${root}dist/bundle`;
rmSync(out, { recursive: true, force: true });

await build({
  entryPoints: { jobprofil: `${root}dist/cli/run.js`, worker: `${root}dist/batch/worker.js` },
  outdir: out,
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["pdf-parse", "mammoth", "cheerio", "cheerio/slim", "iconv-lite", "yaml", "schema-dts", "exceljs"],
  // `import.meta.url` is the bundle's own address: lazy requires and the worker path resolve from dist/bundle/.
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  minify: process.env.JOBPROFIL_BUNDLE_MINIFY !== "0",
  logLevel: "warning",
});

// The code cache holds what one parse of a text profile compiled: the path most runs take.
rmSync(`${out}/jobprofil.cjs.cache`, { force: true });
execFileSync(process.execPath, [`${root}bin/jobprofil`, "parse", `${root}fixtures/seeds/002_ea24eb2fd52c88b1.txt`], {
  env: { ...process.env, JOBPROFIL_WRITE_CODE_CACHE: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});
if (!existsSync(`${out}/jobprofil.cjs.cache`)) throw new Error("bundle: the code cache was not written");
const kb = (f) => Math.round(statSync(`${out}/${f}`).size / 1024);
console.log(`bundle: dist/bundle/jobprofil.cjs ${kb("jobprofil.cjs")} kB, worker.cjs ${kb("worker.cjs")} kB, code cache ${kb("jobprofil.cjs.cache")} kB`);
