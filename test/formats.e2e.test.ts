// HTML, Word and Markdown through the command line, as users run them.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ProfileRecord } from "../src/schemas/record.js";
import { fold, ROOT, runCli } from "./helpers.js";
// @ts-expect-error: a plain .mjs script, used here for its generators of hostile pages
import { hugeAttributeHtml } from "../scripts/make-format-fixtures.mjs";

const GOLD_DIR = join(ROOT, "fixtures/formats/gold");
interface Gold {
  input: string;
  sections: { probe: string; in: string[] }[];
}
const golds = readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith(".gold.json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(GOLD_DIR, f), "utf8")) as Gold);
const rel = (g: Gold) => join("fixtures/formats/gold", g.input);

/** The scorer's view: every string below a section, folded. */
function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === "string") out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => strings(n, out));
  else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) if (k !== "kind") strings(v, out);
  return out;
}

describe.each(golds.map((g) => [rel(g), g] as const))("%s", (file, gold) => {
  const r = runCli(["parse", file]);
  const record = r.code === 0 ? ProfileRecord.parse(JSON.parse(r.stdout)) : null;

  it("parses to a valid record of its own format", () => {
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const format = file.endsWith(".html") ? "html" : file.endsWith(".docx") ? "docx" : "markdown";
    expect(record!.source).toMatchObject({ format, pages: null });
  });

  it("keeps every probe sentence, in a section of the right kind", () => {
    const sections = record!.sections.map((s) => ({ kind: s.kind, text: fold(strings(s).join(" ")) }));
    const misses = gold.sections
      .map((p) => ({ probe: p.probe, want: p.in, got: sections.filter((s) => s.text.includes(fold(p.probe))).map((s) => s.kind) }))
      .filter((m) => !m.got.some((k) => m.want.includes(k)));
    expect(misses).toEqual([]);
  });

  it("keeps the page's furniture apart from the posting, and nothing a reader never sees", () => {
    // the page around the posting is kept, each line a paragraph marked furniture; the posting's own text holds none of it
    const posting = strings(JSON.parse(JSON.stringify(record!.sections, (k, v) => (v && typeof v === "object" && v.furniture === true ? undefined : v)))).join("\n");
    for (const junk of ["cookies", "Facebook", "LinkedIn", "Gå til indhold", "Andre ledige stillinger", "Privatlivspolitik", "Ledige stillinger", "Alle job", "Del på X", "Søg stillingen", "Vi anvender cookies"])
      expect(posting).not.toContain(junk);
    const all = strings(record!.sections).join("\n");
    for (const unseen of ["Skjult", "Skabelon", "Fortroligt", "dataLayer"]) expect(all).not.toContain(unseen);
    // and the summary a consultant pastes leaves the furniture out
    const md = runCli(["parse", file, "--format", "md"]).stdout;
    for (const junk of ["Gå til indhold", "Privatlivspolitik", "Vi anvender cookies"]) expect(md).not.toContain(junk);
  });

  it("exports a JSON-LD JobPosting", () => {
    const j = runCli(["parse", file, "--format", "jsonld"]);
    expect(j.code).toBe(0);
    const posting = JSON.parse(j.stdout);
    expect(posting).toMatchObject({ "@context": "https://schema.org", "@type": "JobPosting", hiringOrganization: { "@type": "Organization" } });
    expect(posting.description).toContain("<p>");
  });
});

describe("Markdown as its own format", () => {
  const record = ProfileRecord.parse(JSON.parse(runCli(["parse", "fixtures/formats/markdown/dagtilbudschef-odder.md"]).stdout));
  const blocks = record.sections.flatMap((s) => [...s.content, ...s.subsections.flatMap((x) => x.content)]);

  it("nested list items stay list items, the nested ones included", () => {
    const items = blocks.flatMap((b) => (b.kind === "list" ? b.items.map((i) => i.text) : []));
    expect(items).toEqual(expect.arrayContaining(["Faglig ledelse af dagtilbudsområdet", "Implementering af den styrkede pædagogiske læreplan", "Personaleledelse af 14 institutionsledere"]));
  });

  it("pipe tables stay tables, without their rule row", () => {
    const tables = blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(1);
    expect(tables[0].kind === "table" && tables[0].rows).toEqual([
      ["Hvad", "Hvornår"],
      ["Ansøgningsfrist", "1. april 2026"],
      ["1. samtale", "9. april 2026"],
      ["2. samtale", "16. april 2026"],
    ]);
  });
});

describe("bad HTML and Word input: one line, exit 1, no hang", () => {
  it.each([
    ["fixtures/formats/bad/not-a-zip.docx", "not a DOCX (not a zip archive)"],
    ["fixtures/formats/bad/old-word.docx", "not a DOCX (an old Word .doc file; save it as .docx)"],
    ["fixtures/formats/bad/not-word.docx", "unsupported format (a zip archive, but not a Word document)"],
    ["fixtures/formats/bad/zip-bomb.docx", "DOCX too large when unpacked (zip bomb?)"],
    ["fixtures/formats/bad/only-boilerplate.html", "empty file (the HTML page has no text)"],
  ])("%s: %s", (file, reason) => {
    const t0 = Date.now();
    const r = runCli(["parse", file]);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`error ${file}: ${reason}`);
  });

  const dir = mkdtempSync(join(tmpdir(), "jobprofil-formats-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["a page nested 10,000 levels deep", "fixtures/formats/bad/deep-nesting.html"],
    ["a page with a 20 MB attribute", "huge"],
  ])("%s is read, quickly", (_name, file) => {
    let path = file;
    if (file === "huge") {
      // 20 MB is generated here rather than kept in git.
      path = join(dir, "huge-attribute.html");
      writeFileSync(path, hugeAttributeHtml());
    }
    const t0 = Date.now();
    const r = runCli(["parse", path]);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).sections.length).toBeGreaterThan(0);
    expect(r.stdout).toContain("Ansøgningsfristen er 1. april 2026.");
  });
});
