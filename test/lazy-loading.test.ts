// A text file must not pay for pdf.js: the PDF reader's package is loaded only when a PDF is read.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const HEAVY = ["pdf-parse", "pdfjs-dist", "mammoth", "cheerio", "iconv-lite", "yaml", "micromark", "mdast-util-from-markdown"];

/**
 * Runs the built library in a fresh node and lists the heavy packages it
 * loaded: through the ES module loader (a resolve hook sees them) or through
 * `require` (src/lazy.ts; they land in require.cache).
 */
function packagesLoaded(file: string, format = "json"): string[] {
  const hook = `data:text/javascript,${encodeURIComponent(
    `export async function resolve(s, c, next) { const r = await next(s, c); for (const p of ${JSON.stringify(HEAVY)}) if (r.url.includes("/node_modules/" + p + "/")) console.log("LOADED " + p); return r; }`,
  )}`;
  const script = `
    import { register, createRequire } from "node:module";
    register(${JSON.stringify(hook)});
    const { parseFile } = await import("./dist/pipeline.js");
    const { emitters } = await import("./dist/emit/index.js");
    const { record } = await parseFile(${JSON.stringify(file)});
    emitters[${JSON.stringify(format)}](record);
    for (const key of Object.keys(createRequire(import.meta.url).cache))
      for (const p of ${JSON.stringify(HEAVY)}) if (key.includes("/node_modules/" + p + "/")) console.log("LOADED " + p);
    console.log("parsed");
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
  expect(r.stdout + r.stderr).toContain("parsed");
  return [...new Set([...r.stdout.matchAll(/LOADED (\S+)/g)].map((m) => m[1]))].sort();
}

describe("heavy packages are loaded lazily", () => {
  it("a UTF-8 text to JSON loads none of them", () => {
    expect(packagesLoaded("fixtures/seeds/002_ea24eb2fd52c88b1.txt")).toEqual([]);
  });

  it("a PDF loads pdf.js (so the test above could fail)", () => {
    expect(packagesLoaded("fixtures/seeds/004_835d2ed9dc5529da.pdf")).toEqual(expect.arrayContaining(["pdf-parse"]));
  });

  it("YAML output loads the YAML library, and only that", () => {
    expect(packagesLoaded("fixtures/seeds/002_ea24eb2fd52c88b1.txt", "yaml")).toEqual(["yaml"]);
  });

  it("a Markdown file loads the Markdown parser, and only that", () => {
    expect(packagesLoaded("fixtures/formats/markdown/skoleleder-hedensted.md")).toEqual(["mdast-util-from-markdown", "micromark"]);
  });

  it("a Word file loads mammoth and cheerio, not pdf.js", () => {
    const loaded = packagesLoaded("fixtures/formats/docx/sundhedschef-skive.docx");
    expect(loaded).toEqual(expect.arrayContaining(["mammoth", "cheerio"]));
    expect(loaded).not.toContain("pdf-parse");
  });
});
