// A text file must not pay for pdf.js: the PDF reader is imported only when a PDF is read.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

/** Runs the built library in a fresh node, logging every module URL that resolves into pdf-parse. */
function modulesLoaded(file: string): string {
  const hook = `data:text/javascript,${encodeURIComponent(
    'export async function resolve(s, c, next) { const r = await next(s, c); if (r.url.includes("pdf-parse")) console.log("LOADED " + r.url); return r; }',
  )}`;
  const script = `
    import { register } from "node:module";
    register(${JSON.stringify(hook)});
    const { parseFile } = await import("./dist/pipeline.js");
    await parseFile(${JSON.stringify(file)});
    console.log("parsed");
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
  return r.stdout + r.stderr;
}

describe("pdf.js is loaded lazily", () => {
  it("is not loaded for a text file", () => {
    const out = modulesLoaded("fixtures/seeds/002_ea24eb2fd52c88b1.txt");
    expect(out).toContain("parsed");
    expect(out).not.toContain("LOADED");
  });

  it("is loaded for a PDF (so the test above could fail)", () => {
    const out = modulesLoaded("fixtures/seeds/004_835d2ed9dc5529da.pdf");
    expect(out).toContain("parsed");
    expect(out).toContain("LOADED");
  });
});
