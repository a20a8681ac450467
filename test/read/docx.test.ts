import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { checkDocx, readDocx } from "../../src/read/docx.js";
import { read } from "../../src/read/index.js";
import { checkUnpackedSize, listEntries, ZipError } from "../../src/read/zip.js";
import { isTocLine } from "../../src/normalise/blocks.js";
import { cleanLine } from "../../src/normalise/clean.js";
// @ts-expect-error: a plain .mjs script, used here for its document builders
import { DAGTILBUDSCHEF, docx, zipBomb } from "../../scripts/make-format-fixtures.mjs";
import { ROOT } from "../helpers.js";

const fixture = (name: string) => readFileSync(join(ROOT, "fixtures/formats", name));
const texts = async (bytes: Uint8Array) => (await readDocx(bytes)).lines.map((l) => l.text).filter(Boolean);

const DANISH = { title: "Titel", heading: "Overskrift", list: "Listeafsnit" };
const ENGLISH = { title: "Title", heading: "Heading", list: "ListParagraph" };
const build = (blocks: unknown[], styles = DANISH, options = {}) => docx({ title: "T", employer: "E", blocks }, styles, options);

describe("Word structure becomes Markdown-flavoured lines", () => {
  it.each([
    ["Danish heading styles (Overskrift1, Overskrift2)", DANISH],
    ["English heading styles (Heading1, Heading2)", ENGLISH],
  ])("%s become # lines", async (_name, styles) => {
    const bytes = build([{ h: 0, text: "Økonomichef" }, { h: 1, text: "Indledning" }, { h: 2, text: "Opgaver" }, { p: "Tekst." }], styles);
    expect(await texts(bytes)).toEqual(["# Økonomichef", "# Indledning", "## Opgaver", "Tekst."]);
  });

  it("paragraphs in Word's list styles are items even without numbering properties", async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const p = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t>${text}</w:t></w:r></w:p>`;
    const bytes = build([], DANISH, {
      extra: {
        "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${p("Du har:")}${p("ledelseserfaring", "Opstillingmedpunkttegn")}${p("politisk tæft", "Opstillingmedpunkttegn")}${p("Forløb:")}${p("samtale", "Opstillingmedtal")}${p("test", "Opstillingmedtal")}</w:body></w:document>`,
        "word/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Opstillingmedpunkttegn"><w:name w:val="List Bullet"/></w:style><w:style w:type="paragraph" w:styleId="Opstillingmedtal"><w:name w:val="List Number"/></w:style></w:styles>`,
      },
    });
    expect(await texts(bytes)).toEqual(["Du har:", "- ledelseserfaring", "- politisk tæft", "Forløb:", "1. samtale", "2. test"]);
  });

  it("a bold-only paragraph is a bold line, a plain one is not", async () => {
    expect(await texts(build([{ bold: "Personprofil" }, { p: "Personprofil" }]))).toEqual(["**Personprofil**", "Personprofil"]);
  });

  it("bullet and numbered lists, nested, stay lists", async () => {
    const bytes = build([{ ul: [["Ledelse af", ["skoler", "dagtilbud"]], "Økonomi"] }, { ol: ["Første", "Anden"] }]);
    expect(await texts(bytes)).toEqual(["- Ledelse af", "  - skoler", "  - dagtilbud", "- Økonomi", "1. Første", "2. Anden"]);
  });

  it("tables stay tables", async () => {
    const bytes = build([{ table: [["Hvad", "Hvornår"], ["Ansøgningsfrist", "1. april 2026"]] }]);
    expect(await texts(bytes)).toEqual(["| Hvad | Hvornår |", "| Ansøgningsfrist | 1. april 2026 |"]);
  });

  it("line breaks inside a paragraph separate address lines", async () => {
    expect(await texts(build([{ lines: ["Skive Kommune", "Torvegade 10"] }]))).toEqual(["Skive Kommune", "Torvegade 10"]);
  });

  // An ad laid out as one borderless table: facts on the left as a bold label, a soft break and the value;
  // the text on the right with run-in headings and a committee as soft-broken lines after its lead-in.
  it("a two-column layout table: label lines on the left, a lead-in's lines as its items on the right", async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const r = (text: string, bold = false) => `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
    const br = "<w:r><w:br/></w:r>";
    const p = (...runs: string[]) => `<w:p>${runs.join("")}</w:p>`;
    const cell = (...paras: string[]) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${paras.join("")}</w:tc>`;
    const left = cell(p(r("Ansøgningsfrist", true), br, r("Fredag den 7. maj 2027")), p(r("Løn", true), br, r("Efter aftale")));
    const right = cell(
      p(r("Om jobbet", true), r(" Du leder skolens kontor med fire medarbejdere.")),
      p(r("Udvalget", true), r(" består af:"), br, r("Skoleleder Ida Holm"), br, r("Lærer Bo Jensen"), br, r("Forælder Eva Lund")),
    );
    const body = `<w:tbl><w:tblPr><w:tblBorders><w:top w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr><w:tr>${left}${right}</w:tr></w:tbl>`;
    const bytes = build([], DANISH, { extra: { "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>` } });
    expect(await texts(bytes)).toEqual([
      "Ansøgningsfrist: Fredag den 7. maj 2027",
      "Løn: Efter aftale",
      "Om jobbet Du leder skolens kontor med fire medarbejdere.",
      "Udvalget består af:",
      "- Skoleleder Ida Holm",
      "- Lærer Bo Jensen",
      "- Forælder Eva Lund",
    ]);
  });

  // Word's contents field: each entry a link holding the title, a tab (drawn as a dot leader) and a page number.
  it("a tab before a page number at a paragraph's end stays a gap, so that a contents line reads as one", async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const tab = "<w:r><w:tab/></w:r>";
    const entry = (title: string, page: string) => `<w:p><w:hyperlink w:anchor="_Toc1">${r(title)}${tab}${r(page)}</w:hyperlink></w:p>`;
    const body = `<w:p>${r("Indhold")}</w:p>${entry("1. Baggrund", "2")}${entry("2.1 Opgaver", "12")}<w:p>${r("Telefon:")}${tab}${r("4455 6677")}</w:p>`;
    const bytes = build([], DANISH, { extra: { "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>` } });
    const got = await texts(bytes);
    expect(got).toEqual(["Indhold", "1. Baggrund\u00a0\u00a0\u00a02", "2.1 Opgaver\u00a0\u00a0\u00a012", "Telefon: 4455 6677"]);
    expect(got.slice(1, 3).map((l) => isTocLine(cleanLine(l)))).toEqual([true, true]);
  });

  it("reads the fixture with its page header left out and its linked image never opened", async () => {
    const doc = await readDocx(fixture("docx/oekonomichef-favrskov.docx"));
    expect(doc).toMatchObject({ format: "docx", pages: null });
    const all = doc.lines.map((l) => l.text).join("\n");
    expect(all).toContain("## 2.1 Opgaver");
    expect(all).toContain("  - Koordinering af den årlige budgetproces");
    expect(all).toContain("| Ansættelsesform | Kontrakt på åremål i 6 år |");
    expect(all).not.toContain("Fortroligt");
    // The image links to file:///etc/passwd; its contents must not appear anywhere.
    expect(all).not.toMatch(/root:|<img/u);
  });

  it("is routed from read() by its zip magic, whatever the name", async () => {
    const doc = await read(fixture("docx/sundhedschef-skive.docx"), { fileName: "profil.bin" });
    expect(doc.format).toBe("docx");
  });
});

describe("refusals, before mammoth sees the bytes", () => {
  it.each([
    ["text renamed to .docx", Buffer.from("Ikke et Word-dokument"), "not a DOCX (not a zip archive)"],
    ["an old .doc renamed to .docx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]), "not a DOCX (an old Word .doc file; save it as .docx)"],
    ["zip magic with nothing after it", Buffer.from("PK\x03\x04not really a zip"), "unsupported format (damaged zip archive, not a readable DOCX: no end-of-archive record)"],
    ["a zip without word/document.xml", Buffer.from(zipSync({ "mimetype": strToU8("application/epub+zip") })), "unsupported format (a zip archive, but not a Word document)"],
  ])("%s", async (_name, bytes, reason) => {
    await expect(read(bytes, { fileName: "profil.docx" })).rejects.toMatchObject({ reason });
  });

  it("a zip bomb whose headers lie is refused by counting what inflates, quickly", async () => {
    const bomb: Buffer = zipBomb();
    // The headers claim 1 KB for the 120 MB part.
    const entries = listEntries(bomb);
    expect(entries.map((e) => e.name)).toContain("word/media/image1.png");
    const t0 = performance.now();
    await expect(read(bomb, { fileName: "profil.docx" })).rejects.toMatchObject({
      reason: "DOCX too large when unpacked (zip bomb?)",
      code: "too-large",
    });
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it("counts the bytes that come out, stored and deflated, against the limit", () => {
    const stored = zipSync({ a: new Uint8Array(1000), b: new Uint8Array(500) }, { level: 0 });
    const deflated = zipSync({ a: new Uint8Array(1000), b: new Uint8Array(500) }, { level: 9 });
    for (const zip of [stored, deflated]) {
      expect(checkUnpackedSize(zip, listEntries(zip), 1500)).toBe(1500);
      expect(() => checkUnpackedSize(zip, listEntries(zip), 1499)).toThrow(/zip bomb/u);
    }
  });

  it("a damaged entry is a ZipError, not a crash", () => {
    const zip = Buffer.from(zipSync({ "word/document.xml": strToU8("<w:document>".repeat(200)) }, { level: 9 }));
    const e = listEntries(zip)[0];
    zip.fill(0xff, e.dataOffset, e.dataOffset + Math.min(8, e.compressedSize));
    expect(() => checkUnpackedSize(zip, [e])).toThrow(ZipError);
  });

  it("a real Word file passes the check with its true unpacked size", () => {
    const check = checkDocx(build(DAGTILBUDSCHEF.blocks));
    expect(check.entries).toBeGreaterThanOrEqual(5);
    expect(check.unpackedBytes).toBeGreaterThan(1000);
  });
});
