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
