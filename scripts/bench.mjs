#!/usr/bin/env node
/**
 * npm run bench [-- --docs N]: generates a corpus of seed variants under
 * bench/corpus/ (gitignored), times jobprofil over it, and sets the numbers
 * beside pdftotext and `node -e 0` from the same run. Never part of the tests.
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
const TEXT_DOCS = arg("--docs", 1000);
const PDF_DOCS = arg("--pdfs", 40);
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
const rows = [];
// `compare` runs the whole pipeline per document through the batch layer
// (expandInputs + parseMany) that `parse DIR` uses too, and writes only rows,
// so the numbers are the pipeline's, not the JSON writer's.
const check = (r, what) => {
  if (r.status !== 0) throw new Error(`${what} exited ${r.status}: the numbers would be meaningless`);
  return r;
};
const text = check(timed(BIN, ["compare", join(corpus, "text"), "--format", "csv", "--quiet"]), "text batch");
rows.push(["text batch (pool)", TEXT_DOCS, text]);
const text1 = check(timed(BIN, ["compare", join(corpus, "text"), "--format", "csv", "--quiet", "--jobs", "1"]), "in-process batch");
rows.push(["text batch (in-process)", TEXT_DOCS, text1]);
const pdfRun = check(timed(BIN, ["compare", join(corpus, "pdf"), "--format", "csv", "--quiet"]), "pdf batch");
rows.push(["pdf batch (pool)", PDF_DOCS, pdfRun]);
const pdftotext = hasPdftotext
  ? timed("sh", ["-c", `for f in "${join(corpus, "pdf")}"/*.pdf; do pdftotext "$f" - >/dev/null; done`])
  : null;
const first = join(corpus, "text", "v0.txt");
const coldRuns = (cmd, args) => Math.min(...[0, 1, 2, 3, 4].map(() => timed(cmd, args).ms));
const cold = coldRuns(BIN, ["parse", first]);
const nodeCold = coldRuns(process.execPath, ["-e", "0"]);

const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "n/a");
console.log(`machine: ${cpus()[0]?.model ?? "?"} × ${availableParallelism()}, node ${process.version}`);
console.log(`corpus: ${TEXT_DOCS} text (${fmt(size(join(corpus, "text")) / 1e6)} MB), ${PDF_DOCS} PDF (${fmt(size(join(corpus, "pdf")) / 1e6)} MB, ${pdfPages} pages)\n`);
console.log("run                          docs   wall s   docs/s   pages/s  peak RSS MB");
for (const [name, n, r] of rows) {
  const pg = name.startsWith("pdf") ? fmt(pdfPages / (r.ms / 1000)) : "";
  console.log(`${name.padEnd(28)} ${String(n).padStart(5)} ${fmt(r.ms / 1000, 2).padStart(8)} ${fmt(n / (r.ms / 1000)).padStart(8)} ${pg.padStart(9)} ${fmt(r.rssMb, 0).padStart(12)}`);
}
if (pdftotext) {
  console.log(`${"pdftotext shell loop".padEnd(28)} ${String(PDF_DOCS).padStart(5)} ${fmt(pdftotext.ms / 1000, 2).padStart(8)} ${fmt(PDF_DOCS / (pdftotext.ms / 1000)).padStart(8)} ${fmt(pdfPages / (pdftotext.ms / 1000)).padStart(9)} ${fmt(pdftotext.rssMb, 0).padStart(12)}`);
  console.log(`\npdf batch / pdftotext loop: ${fmt(pdfRun.ms / pdftotext.ms, 2)}× (target ≤ 2×)`);
} else console.log("\npdftotext not installed (apt-get install -y poppler-utils): no comparison column");
console.log(`text batch: ${fmt(TEXT_DOCS / (text.ms / 1000))} docs/s (target ≥ 300 on 2 cores)`);
console.log(`cold parse of one text: ${fmt(cold, 0)} ms vs node -e 0 ${fmt(nodeCold, 0)} ms = ${fmt(cold / nodeCold, 2)}× (target ≤ 2×)`);
console.log(`peak RSS, text batch of ${TEXT_DOCS}: ${fmt(text.rssMb, 0)} MB (target < 300 MB for 5,000: run with --docs 5000)`);
