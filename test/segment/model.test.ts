// The section model is data generated from the training sentences and the
// fixtures: a change to either must come with the regenerated model.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "jobprofil-model-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("src/segment/model.generated.ts", () => {
  it("is what scripts/train-sections.mjs writes from the committed training data (npm run build && npm run train)", () => {
    const out = join(dir, "model.ts");
    const r = spawnSync(process.execPath, [join(ROOT, "scripts/train-sections.mjs"), "--out", out], { cwd: ROOT, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(join(ROOT, "src/segment/model.generated.ts"), "utf8"));
  });
});

// The classifier looks words up by a hash computed on the text in place; the
// trainer's features are strings. The two must weigh the same features to the bit.
describe("wordEvidence", async () => {
  const { wordEvidence } = await import("../../src/segment/model.js");
  const { features } = await import("../../src/segment/features.js");
  const { MODEL } = await import("../../src/segment/model.generated.js");
  const { MODEL_KINDS } = await import("../../src/segment/kinds.js");
  const K = MODEL_KINDS.length;
  const table = new Map(MODEL.split("\n").map((l) => [l.split(" ")[0], l.split(" ").slice(1).map((x) => Math.fround(Number(x)))]));
  const reference = (text: string) => {
    const sum = new Float64Array(K);
    let known = 0;
    for (const f of features(text)) {
      const row = table.get(f);
      if (!row) continue;
      known++;
      for (let k = 0; k < K; k++) sum[k] += row[k];
    }
    const scores = new Float64Array(K);
    if (known === 0) return { scores, known };
    const max = Math.max(...sum);
    const scale = 1.5 / Math.sqrt(known);
    for (let k = 0; k < K; k++) scores[k] = Math.max(-8, (sum[k] - max) * scale);
    return { scores, known };
  };
  const { readdirSync } = await import("node:fs");
  const seeds = join(ROOT, "fixtures/seeds");
  const paragraphs = readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => readFileSync(join(seeds, f), "utf8").split(/\n\s*\n/u));
  const texts = [
    ...paragraphs,
    "Ring på 22 33 44 55 eller skriv til mhj@eksempel.dk",
    "Løn ca. 900.000 kr. i 2027 – åremål, ÆØÅ, café, naïve",
    "ukendteordsomingenmodelkender og 12 34",
    "",
  ];

  it(`weighs the features the trainer's strings name, to the bit (${texts.length} texts)`, () => {
    let checked = 0;
    for (const text of texts) {
      const got = wordEvidence(text);
      const want = reference(text);
      expect(got.known, text).toBe(want.known);
      expect([...got.scores], text).toEqual([...want.scores]);
      checked += got.known;
    }
    // the texts are the genre's: the model knows thousands of their features
    expect(checked).toBeGreaterThan(1000);
  });
});

// The model's numbers are read by a walk over the text, not by `Number`: the same floats, every one of them.
describe("parseModel", async () => {
  const { parseModel } = await import("../../src/segment/model.js");
  const { MODEL } = await import("../../src/segment/model.generated.js");
  const { MODEL_KINDS } = await import("../../src/segment/kinds.js");
  const K = MODEL_KINDS.length;

  it("reads every feature and number of the generated model as split and Number read them", () => {
    const lines = MODEL.split("\n");
    const { features, rows } = parseModel(MODEL, K);
    expect(features).toEqual(lines.map((l) => l.split(" ")[0]));
    const want = new Float32Array(lines.flatMap((l) => l.split(" ").slice(1).map(Number)));
    expect(rows.length).toBe(want.length);
    let differ = 0;
    for (let i = 0; i < want.length; i++) if (!Object.is(rows[i], want[i])) differ++;
    expect(differ).toBe(0);
  });

  it.each([
    ["a 0.29 -1.94", [0.29, -1.94]],
    ["b 2 -0.5", [2, -0.5]],
    ["c 12.3 -40", [12.3, -40]],
  ])("%j", (text, numbers) => {
    const { features, rows } = parseModel(text, 2);
    expect(features).toEqual([text.split(" ")[0]]);
    expect([...rows]).toEqual(numbers.map(Math.fround));
  });

  it("refuses a number the trainer never writes, rather than reading it wrong", () => {
    expect(() => parseModel("a 0.125 1", 2)).toThrow(/more than two decimals/u);
    expect(() => parseModel("a", 2)).toThrow(/without its numbers/u);
  });
});
