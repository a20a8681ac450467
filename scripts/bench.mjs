#!/usr/bin/env node
/**
 * npm run bench [-- --docs N --pdfs N --mds N --tree N --repeat N] (defaults 5000, 48, 500, 5000, 3: the
 * issue's memory target is for 5,000 documents): generates a corpus of seed
 * variants under bench/corpus/ (gitignored), times jobprofil over it, and sets
 * the numbers beside pdftotext and `node -e 0` from the same run, in
 * interleaved rounds (medians and ranges). Never part of the tests.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, availableParallelism } from "node:os";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const TEXT_DOCS = arg("--docs", 5000);
const PDF_DOCS = arg("--pdfs", 48);
const REPEAT = arg("--repeat", 3);
const MD_DOCS = arg("--mds", 500);
const TREE_FILES = arg("--tree", 5000);
const corpus = join(ROOT, "bench", "corpus");
const seeds = join(ROOT, "fixtures", "seeds");
const BIN = join(ROOT, "bin", "jobprofil");

rmSync(corpus, { recursive: true, force: true });
mkdirSync(join(corpus, "text"), { recursive: true });
mkdirSync(join(corpus, "pdf"), { recursive: true });
const txt = readdirSync(seeds).filter((f) => f.endsWith(".txt"));
const pdf = readdirSync(seeds).filter((f) => f.endsWith(".pdf"));
// Variants differ in a line, so no two share a hash, but stay the genre's size.
for (let i = 0; i < TEXT_DOCS; i++) {
  const src = readFileSync(join(seeds, txt[i % txt.length]), "utf8");
  writeFileSync(join(corpus, "text", `v${i}.txt`), src + `\nReference ${i}\n`);
}
// Markdown: variants of the Markdown fixtures (hand-written, pandoc from Word, GFM tables, setext headings).
mkdirSync(join(corpus, "markdown"), { recursive: true });
const mdSources = ["fixtures/formats/markdown", "fixtures/wild/md", "fixtures/markdown"].flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .map((f) => readFileSync(join(ROOT, d, f), "utf8")),
);
for (let i = 0; i < MD_DOCS; i++) writeFileSync(join(corpus, "markdown", `v${i}.md`), mdSources[i % mdSources.length] + `\nReference ${i}\n`);
// A tree for the input expansion alone: TREE_FILES small files, 50 to a folder, 3 levels deep, some not documents.
for (let i = 0; i < TREE_FILES; i++) {
  const dir = join(corpus, "tree", `a${Math.floor(i / 1000)}`, `b${Math.floor(i / 50) % 20}`, `c${Math.floor(i / 250) % 2}`);
  if (i % 50 === 0) mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `f${i}.${i % 5 === 0 ? "tmp" : "txt"}`), "x");
}
for (let i = 0; i < PDF_DOCS; i++) copyFileSync(join(seeds, pdf[i % pdf.length]), join(corpus, "pdf", `v${i}.pdf`));
const size = (d) => readdirSync(d).reduce((n, f) => n + statSync(join(d, f)).size, 0);
const pages = pdf.reduce((n, f) => n + Number(/Pages:\s+(\d+)/.exec(tryRun("pdfinfo", [join(seeds, f)]))?.[1] ?? 0), 0);
const pdfPages = Math.round((pages / pdf.length) * PDF_DOCS);

function tryRun(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: "utf8" });
  } catch {
    return "";
  }
}

/** Wall time and peak RSS (kB, from GNU time when present) of one command. */
function timed(cmd, args, opts = {}) {
  const gnuTime = existsSync("/usr/bin/time");
  const t = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], { encoding: "utf8", maxBuffer: 1 << 30, ...opts })
    : spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 30, ...opts });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rssKb = gnuTime ? Number(r.stderr.trim().split("\n").pop()) : NaN;
  return { ms, rssMb: rssKb / 1024, status: r.status };
}

const hasPdftotext = tryRun("sh", ["-c", "command -v pdftotext"]).trim() !== "";
// `compare` runs the whole pipeline per document through the batch layer
// (expandInputs + parseMany) that `parse DIR` uses too, and writes only rows,
// so the numbers are the pipeline's, not the JSON writer's.
const check = (r, what) => {
  if (r.status !== 0) throw new Error(`${what} exited ${r.status}: the numbers would be meaningless`);
  return r;
};
const compare = (dir, ...extra) => () => check(timed(BIN, ["compare", join(corpus, dir), "--format", "csv", "--quiet", ...extra]), `compare ${dir}`);
// The input expansion alone (src/batch/inputs.ts), in a fresh node each time, as a command's start would run it.
const expand = (pattern) => () =>
  check(
    timed(process.execPath, [
      "--input-type=module",
      "-e",
      `const { expandInputs } = await import(${JSON.stringify(join(ROOT, "dist/batch/inputs.js"))}); const r = await expandInputs([${JSON.stringify(pattern)}], { ignore: ["*.tmp"] }); if (r.length === 0) process.exit(3);`,
    ], { cwd: corpus }),
    `expand ${pattern}`,
  );
const runs = [
  ["markdown batch (pool)", MD_DOCS, compare("markdown")],
  ["markdown batch (in-process)", MD_DOCS, compare("markdown", "--jobs", "1")],
  [`glob over a tree of ${TREE_FILES}`, TREE_FILES, expand("tree/**/*.txt")],
  [`walk a tree of ${TREE_FILES}`, TREE_FILES, expand("tree")],
  ["text batch (pool)", TEXT_DOCS, compare("text")],
  ["text batch (in-process)", TEXT_DOCS, compare("text", "--jobs", "1")],
  ["pdf batch (pool)", PDF_DOCS, compare("pdf")],
  ["pdf batch (in-process)", PDF_DOCS, compare("pdf", "--jobs", "1")],
];
if (hasPdftotext)
  runs.push(["pdftotext shell loop", PDF_DOCS, () => timed("sh", ["-c", `for f in "${join(corpus, "pdf")}"/*.pdf; do pdftotext "$f" - >/dev/null; done`])]);
// A shared machine's speed drifts from minute to minute: the runs are
// interleaved, round by round, and each ratio is taken within a round.
const results = new Map(runs.map(([name]) => [name, []]));
for (let round = 0; round < REPEAT; round++) for (const [name, , run] of runs) results.get(name).push(run());
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const first = join(corpus, "text", "v0.txt");
const coldPairs = Array.from({ length: 5 * REPEAT }, () => [timed(BIN, ["parse", first]).ms, timed(process.execPath, ["-e", "0"]).ms]);

const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "n/a");
console.log(`machine: ${cpus()[0]?.model ?? "?"} × ${availableParallelism()}, node ${process.version}`);
console.log(`corpus: ${TEXT_DOCS} text (${fmt(size(join(corpus, "text")) / 1e6)} MB), ${PDF_DOCS} PDF (${fmt(size(join(corpus, "pdf")) / 1e6)} MB, ${pdfPages} pages)\n`);
console.log(`${REPEAT} interleaved rounds; wall time is the median, with the range\n`);
console.log("run                          docs   wall s (range)        docs/s   pages/s  peak RSS MB");
for (const [name, n] of runs) {
  const rs = results.get(name);
  const ms = median(rs.map((r) => r.ms));
  const range = `(${fmt(Math.min(...rs.map((r) => r.ms)) / 1000, 2)}–${fmt(Math.max(...rs.map((r) => r.ms)) / 1000, 2)})`;
  const pg = name.startsWith("pdf") ? fmt(pdfPages / (ms / 1000)) : "";
  const rss = Math.max(...rs.map((r) => r.rssMb));
  console.log(`${name.padEnd(28)} ${String(n).padStart(5)} ${fmt(ms / 1000, 2).padStart(8)} ${range.padEnd(13)} ${fmt(n / (ms / 1000)).padStart(8)} ${pg.padStart(9)} ${fmt(rss, 0).padStart(12)}`);
}
const ratio = (a, b) => median(results.get(a).map((r, i) => r.ms / results.get(b)[i].ms));
console.log("");
if (hasPdftotext) {
  console.log(`pdf batch / pdftotext loop: ${fmt(ratio("pdf batch (pool)", "pdftotext shell loop"), 2)}× pool, ${fmt(ratio("pdf batch (in-process)", "pdftotext shell loop"), 2)}× in-process (target ≤ 2×)`);
} else console.log("pdftotext not installed (apt-get install -y poppler-utils): no comparison column");
console.log(`text batch: ${fmt(TEXT_DOCS / (median(results.get("text batch (pool)").map((r) => r.ms)) / 1000))} docs/s (target ≥ 300 on 2 cores)`);
const coldRatio = median(coldPairs.map(([a, b]) => a / b));
console.log(`cold parse of one text: ${fmt(median(coldPairs.map((p) => p[0])), 0)} ms vs node -e 0 ${fmt(median(coldPairs.map((p) => p[1])), 0)} ms = ${fmt(coldRatio, 2)}× (median of ${coldPairs.length} pairs; target ≤ 2×)`);
console.log(`peak RSS, text batch of ${TEXT_DOCS}: ${fmt(Math.max(...results.get("text batch (pool)").map((r) => r.rssMb)), 0)} MB (target < 300 MB for 5,000: run with --docs 5000)`);
