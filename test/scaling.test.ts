/**
 * Time linear in the input (issue 14). Each adversarial shape is generated at
 * two sizes, SIZE_RATIO apart, and the pipeline — and each of its steps alone —
 * runs on both, interleaved, a few times; the test fails when the quickest time
 * grows by more than SIZE_RATIO × SLACK. No absolute time is asserted: a
 * shared, noisy machine changes every time, but within one run a linear step
 * grows about SIZE_RATIO-fold and a quadratic one SIZE_RATIO²-fold (16 against
 * 4), beyond the slack.
 */
import { describe, expect, it } from "vitest";
import { read } from "../src/read/index.js";
import { normalise } from "../src/normalise/index.js";
import { segment } from "../src/segment/index.js";
import { textUnits } from "../src/segment/units.js";
import { extractHeader } from "../src/extract/header.js";
import { extractFacts } from "../src/extract/facts/index.js";
import { validateRecord } from "../src/validate/index.js";
import { parseProfile } from "../src/pipeline.js";
// @ts-expect-error: a plain .mjs script, used here for its document builders
import { docx } from "../scripts/make-format-fixtures.mjs";

const SIZE_RATIO = 4;
const SLACK = 2.5;
const RUNS = 3;
/**
 * Below this (at the larger size) a step is too quick for its growth to be
 * told from noise, and too quick to matter; and a step's time at the smaller
 * size counts as at least FLOOR_MS / SIZE_RATIO, since a millisecond or two is
 * mostly a garbage collection that happened or did not.
 */
const FLOOR_MS = 40;
/** The smaller size, in characters; the larger is SIZE_RATIO times it. */
const SMALL = 50_000;

const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);
const text = (body: (n: number) => string) => (n: number) => Buffer.from(`Jobprofil\n\n${body(n)}\n`);

/** [name, file name, bytes for about n characters of content] */
const SHAPES: [string, string, (n: number) => Uint8Array][] = [
  // the recipes
  ["a contents line over a run of spaces", "t.txt", text((n) => `ab${" ".repeat(n)}x1`)],
  ["a contents line over a run of tabs", "t.txt", text((n) => `slut${"\t".repeat(n)}slut 1`)],
  ["a Markdown heading over a run of spaces", "t.md", (n) => Buffer.from(`# a${" ".repeat(n)}b\n`)],
  ["spaces at a line end", "t.txt", text((n) => `abc${" ".repeat(n)}x\nmere tekst`)],
  ["spaces and tabs at a line end", "t.txt", text((n) => `abc${repeat(" \t", n)}\u00a0x`)],
  ["one wrapped paragraph of short lines", "t.txt", text((n) => repeat("ord og ord\n", n))],
  ["one wrapped paragraph of 80-digit lines", "t.txt", text((n) => repeat("1".repeat(80) + "\n", n))],
  ["a hyphen at every line end", "t.txt", text((n) => repeat("samarbejds-\n", n))],
  ["a capitalised heading every other line", "t.txt", text((n) => repeat("Overskrift Her\ntekst her og der.\n", n))],
  ["phone numbers", "t.txt", text((n) => repeat("tlf. 4030 7570 ", n))],
  ["phone numbers, a line each", "t.txt", text((n) => repeat("Kontakt: Anne Hansen, tlf. 4030 7570\n", n))],
  ["bullets", "t.txt", text((n) => repeat("• punkt\n", n))],
  ["form-feed pages", "t.txt", text((n) => repeat("tekst\f", n))],
  ["a numbered list", "t.txt", text((n) => repeat("1. punkt her\n2. punkt der\n", n))],
  ["blank lines", "t.txt", text((n) => `tekst${"\n".repeat(n)}mere tekst`)],
  ["link lines", "t.txt", text((n) => repeat("https://www.example.dk/job\nwww.example.dk/side\n", n))],
  ["a table", "t.md", (n) => Buffer.from(`# Vilkår\n\n| a | b |\n| --- | --- |\n${repeat("| løn | 900.000 kr. |\n", n)}`)],
  // runs of one kind of character
  ["spaces", "t.txt", text((n) => `a${" ".repeat(n)}`)],
  ["tabs", "t.txt", text((n) => `a${"\t".repeat(n)}b`)],
  ["dots", "t.txt", text((n) => `Indhold${".".repeat(n)}x`)],
  ["dots then a page number", "t.txt", text((n) => `Indhold${".".repeat(n)} 12x`)],
  ["digits", "t.txt", text((n) => "1".repeat(n))],
  ["capitals", "t.txt", text((n) => "A".repeat(n))],
  ["capitalised words", "t.txt", text((n) => repeat("Anne ", n))],
  ["Danish letters", "t.txt", text((n) => repeat("æøå", n))],
  ["hashes", "t.md", (n) => Buffer.from(`# ${"#".repeat(n)} x\n`)],
  // Markdown shapes on which micromark is not linear: past the parser's budget they are read as text (src/read/markdown.ts)
  ["Markdown: setext headings", "t.md", (n) => Buffer.from(repeat("Titel\n=====\n\n", n))],
  ["Markdown: link openers", "t.md", (n) => Buffer.from(repeat("[a](", n))],
  ["Markdown: hard line breaks", "t.md", (n) => Buffer.from(repeat("Jesper Holm Kirkegaard\\\n", n))],
  ["Markdown: emphasis openers", "t.md", (n) => Buffer.from(repeat("**a _b ", n))],
  ["Markdown: nested block quotes", "t.md", (n) => Buffer.from(`${">".repeat(n)} a\n`)],
  ["Markdown: nested lists", "t.md", (n) => Buffer.from(repeat("- punkt\n  - under\n    - under igen\n", n))],
  ["Markdown: a list item's wrapped lines", "t.md", (n) => Buffer.from(`- a\n${repeat("  fortsat linje\n", n)}`)],
  ["Markdown: paragraphs", "t.md", (n) => Buffer.from(repeat("Vi søger en leder med *erfaring* og [gode](https://x.dk) evner.\n\n", n))],
  ["slashes", "t.txt", text((n) => `www.example.dk${"/".repeat(n)}x`)],
  ["colons", "t.txt", text((n) => `Frist${":".repeat(n)}x`)],
  ["hyphens", "t.txt", text((n) => `ord${"-".repeat(n)}x`)],
  // repeated words and phrases
  ['"den"', "t.txt", text((n) => repeat("den ", n))],
  ['"kr."', "t.txt", text((n) => repeat("kr. ", n))],
  ['"tlf."', "t.txt", text((n) => repeat("tlf. ", n))],
  ["amounts", "t.txt", text((n) => repeat("løn 900.000 kr. ", n))],
  ["e-mail addresses", "t.txt", text((n) => repeat("anne@example.dk ", n))],
  ["sentences", "t.txt", text((n) => repeat("Stillingen er ledig. ", n))],
  ["label lines", "t.txt", text((n) => repeat("Ansøgningsfrist: 14. april\n", n))],
  ["committee clauses", "t.txt", text((n) => `Ansættelsesudvalget består af ${repeat("borgmester Anne Hansen, ", n)}`)],
  // deep nesting
  ["HTML nested divs", "t.html", (n) => Buffer.from(`<!DOCTYPE html><html><body>${"<div>".repeat(n / 10)}<p>Tekst her.</p>${"</div>".repeat(n / 10)}</body></html>`)],
  [
    "HTML nested articles",
    "t.html",
    (n) => Buffer.from(`<!DOCTYPE html><html><body>${"<article><p>Tekst her.</p>".repeat(n / 30)}${"</article>".repeat(n / 30)}</body></html>`),
  ],
  ["HTML nested lists", "t.html", (n) => Buffer.from(`<!DOCTYPE html><html><body>${"<ul><li>punkt".repeat(n / 15)}${"</li></ul>".repeat(n / 15)}</body></html>`)],
  ["HTML unclosed tags", "t.html", (n) => Buffer.from(`<!DOCTYPE html><html><body>${repeat("<b>ord ", n)}</body></html>`)],
  ["HTML many paragraphs", "t.html", (n) => Buffer.from(`<!DOCTYPE html><html><body>${repeat("<p>Ansøgningsfristen er 1. april 2026.</p>", n)}</body></html>`)],
];

/** Word files are slower per character (mammoth), so they are measured at a tenth of the size. */
const DOCX_SHAPES: [string, (n: number) => Uint8Array][] = [
  ["DOCX dated paragraphs", (n) => docx({ title: "T", employer: "E", blocks: Array.from({ length: n / 40 }, () => ({ p: "Ansøgningsfristen er den 1. april 2026." })) }, DOCX_STYLES)],
  ["DOCX nested lists", (n) => docx({ title: "T", employer: "E", blocks: [{ ul: nested(n / 400) }] }, DOCX_STYLES)],
];
const DOCX_STYLES = { title: "Titel", heading: "Overskrift", list: "Listeafsnit" };
function nested(depth: number): unknown[] {
  let list: unknown[] = ["bund"];
  for (let i = 0; i < depth; i++) list = [["punkt", list]];
  return list;
}

type Timings = Record<string, number>;

/** Each step alone, then the whole pipeline as the CLI runs it. */
async function timeSteps(bytes: Uint8Array, fileName: string): Promise<Timings> {
  const t: Timings = {};
  const clock = <T>(step: string, f: () => T): T => {
    const t0 = performance.now();
    const r = f();
    t[step] = performance.now() - t0;
    return r;
  };
  let t0 = performance.now();
  const raw = await read(bytes, { fileName });
  t.read = performance.now() - t0;
  const { blocks, dropped, lines } = clock("normalise", () => normalise(raw));
  const sections = clock("segment", () => segment(blocks));
  const units = clock("units", () => textUnits(sections));
  clock("header", () => extractHeader({ sections, units, lines, dropped }));
  clock("facts", () => extractFacts(units));
  await new Promise((resolve) => setImmediate(resolve)); // let the test runner's messages through
  t0 = performance.now();
  const { record } = await parseProfile(bytes, { fileName });
  t.pipeline = performance.now() - t0;
  clock("validate", () => validateRecord(record));
  return t;
}

/**
 * The quickest of the runs: on a shared machine other processes only ever add
 * time (a run preempted for 100 ms is not the step's cost), so the minimum is
 * the steadiest estimate; a median of three still let two preempted runs through.
 */
const quickest = (xs: number[]) => Math.min(...xs);

async function growth(make: (n: number) => Uint8Array, fileName: string, small: number) {
  const inputs = [make(small), make(small * SIZE_RATIO)];
  const runs: Timings[][] = [[], []];
  await timeSteps(inputs[0], fileName); // warm the code up, so the first run does not pay for compiling it
  for (let r = 0; r < RUNS; r++)
    for (const k of [0, 1]) {
      // let the test runner's own messages through between runs
      await new Promise((resolve) => setImmediate(resolve));
      (globalThis as { gc?: () => void }).gc?.();
      runs[k].push(await timeSteps(inputs[k], fileName));
    }
  const out: { step: string; small: number; large: number; ratio: number }[] = [];
  for (const step of Object.keys(runs[0][0])) {
    const a = quickest(runs[0].map((t) => t[step]));
    const b = quickest(runs[1].map((t) => t[step]));
    // A step that takes a millisecond is measured mostly in noise: its growth counts from a floor.
    out.push({ step, small: a, large: b, ratio: b / Math.max(a, FLOOR_MS / SIZE_RATIO) });
  }
  return out;
}

/**
 * Measured again when a step grew too fast, up to ATTEMPTS times: a burst of
 * load on a shared machine can make one measurement look quadratic, a
 * quadratic step looks so every time.
 */
const ATTEMPTS = 3;

async function expectLinear(make: (n: number) => Uint8Array, fileName: string, small: number) {
  let report: string[] = [];
  let all = "";
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const result = await growth(make, fileName, small);
    const slow = result.filter((r) => r.large >= FLOOR_MS && r.ratio > SIZE_RATIO * SLACK);
    report = slow.map((r) => `${r.step}: ${r.small.toFixed(0)} → ${r.large.toFixed(0)} ms (×${r.ratio.toFixed(1)} for ×${SIZE_RATIO} the input)`);
    all = result.map((r) => `${r.step} ${r.small.toFixed(1)} → ${r.large.toFixed(1)} ms`).join(", ");
    if (report.length === 0) break;
  }
  expect(report, all).toEqual([]);
}

describe(`time grows with the input, not faster (×${SIZE_RATIO} input, at most ×${SIZE_RATIO * SLACK} time)`, () => {
  for (const [name, fileName, make] of SHAPES) {
    it(name, () => expectLinear(make, fileName, SMALL), 300_000);
  }
  for (const [name, make] of DOCX_SHAPES) {
    it(name, () => expectLinear(make, "t.docx", SMALL / 4), 300_000);
  }
});
