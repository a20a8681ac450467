import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { linesOfPage, wrapsFromPrevious, type PdfItem, type PdfLine } from "../../src/read/pdfLayout.js";
import { readPdf } from "../../src/read/pdf.js";
import { normalise } from "../../src/normalise/index.js";
import { pdfParse } from "../../src/lazy.js";
import { ROOT } from "../helpers.js";

const item = (str: string, x: number, y: number, width: number, extra: Partial<PdfItem> = {}): PdfItem => ({
  str,
  x,
  y,
  width,
  height: 9,
  font: "regular",
  hasEOL: false,
  ...extra,
});

/** Lines as a page's layout gives them: text, left edge, baseline, width, font (about 5 points a character at size 9). */
const line = (text: string, x: number, y: number, font = "regular", size = 9): PdfLine => {
  const perChar = (5 * size) / 9;
  return { text, box: { x, right: x + text.length * perChar, y, size, font, firstWord: text.trim().split(/\s/u)[0].length * perChar } };
};
const wrapped = (lines: PdfLine[]) => lines.filter((_, i) => wrapsFromPrevious(lines)[i]).map((l) => l.text);

describe("linesOfPage: pdf-parse's text, with where each line stands", () => {
  it("breaks a line where the baseline moves, and sets a tab between items far apart on one baseline", () => {
    const lines = linesOfPage([
      item("Ansøgningsfrist", 50, 100, 70),
      item("5. september", 200, 100, 55),
      item("Tiltrædelse", 50, 115, 50),
      item("1. oktober", 50, 127, 45, { hasEOL: true }),
    ]);
    expect(lines.map((l) => l.text)).toEqual(["Ansøgningsfrist\t5. september", "Tiltrædelse", "1. oktober", ""]);
    expect(lines[0].box).toMatchObject({ x: 50, right: 255, y: 100 });
    expect(lines[2].box).toMatchObject({ x: 50, y: 127 });
    expect(lines[3].box).toBeNull();
  });

  it("measures a line's first word across the items it is split into (a ligature makes three)", () => {
    const [l] = linesOfPage([item("Kristo", 50, 100, 30), item("ff", 80, 100, 8), item("ersen Regionsdirektør", 88, 100, 100)]);
    expect(l.text).toBe("Kristoffersen Regionsdirektør");
    // "Kristo" and "ff" whole, then "ersen" of "ersen Regionsdirektør"
    expect(l.box!.firstWord).toBeCloseTo(30 + 8 + (100 * 5) / 21, 5);
  });

  it("measures a line of a hundred thousand items (letters set one by one) without overflowing the stack", () => {
    const letters = Array.from({ length: 100_000 }, (_, i) => item("a", i * 5, 100, 5));
    const [l] = linesOfPage(letters);
    expect(l.text.length).toBe(100_000);
    expect(l.box!.right).toBe(500_000);
  });
});

describe("wrapsFromPrevious: a line whose first word would not have fitted on the line before", () => {
  // A side box 110 points wide at x = 50, beside a body column at x = 200.
  const box = [
    line("Ansøgningsfrist", 50, 100, "bold"),
    line("Søndag den 5. september", 50, 112),
    line("2027 kl. 23.59", 50, 124),
    line("1. samtale", 50, 146, "bold"),
    line("Torsdag den 16.", 50, 158),
    line("september", 50, 170),
    line("Regionsdirektør", 50, 192),
    line("Tlf. 78 41 02 37", 50, 204),
  ];

  it.each([
    ["a date's year on the next line of a narrow box", "2027 kl. 23.59"],
    ["a month after its day", "september"],
  ])("joins %s", (_, text) => {
    expect(wrapped(box)).toContain(text);
  });

  it.each([
    ["a value under its label in another font", "Søndag den 5. september"],
    ["a label under a value", "1. samtale"],
    ["a line whose first word fits on the line before (a role, then a phone)", "Tlf. 78 41 02 37"],
  ])("keeps apart %s", (_, text) => {
    expect(wrapped(box)).not.toContain(text);
  });

  it("keeps apart lines further apart than a line's pitch (the box's next entry)", () => {
    const lines = [line("Søndag den 5. september", 50, 100), line("2027 kl. 23.59", 50, 130), ...box.slice(4)];
    expect(wrapped(lines)).not.toContain("2027 kl. 23.59");
  });

  it("keeps a list's next item apart, and a sentence's end before a capital", () => {
    const lines = [
      line("Du har erfaring med at lede ledere i en politisk styret organisation og", 50, 100),
      line("• Du er tydelig", 50, 112),
      line("Du har ledet et område med flere fagligheder, og du har ledt det godt.", 50, 124),
      line("Du trives med at arbejde med mange bolde i luften", 50, 136),
    ];
    expect(wrapped(lines)).toEqual([]);
  });

  it.each([
    ["a Symbol-font bullet touching its text", "\uf0b7Du er tydelig"],
    ["a filled circle", "● Du er tydelig"],
    ["a square", "■ Du er tydelig"],
  ])("keeps apart an item that opens with %s", (_, item) => {
    const lines = [
      line("Du har erfaring med at lede ledere i en politisk styret organisation og", 50, 100),
      line("du har ledet et område med flere fagligheder, og du har ledt det godt og", 50, 112),
      line("du trives med at arbejde med mange bolde i luften på samme tid, altid", 50, 124),
      line(item, 50, 136),
    ];
    // the two lines without a mark wrap, so the measure is there to wrap the item too
    expect(wrapped(lines)).toEqual(lines.slice(1, 3).map((l) => l.text));
  });

  it("measures an indented list against the paragraph around it, not against its own widest entry", () => {
    const lines = [
      line("Rekrutteringen gennemføres af et ansættelsesudvalg med bistand fra Hartmann's. Udvalget", 68, 100),
      line("består af:", 68, 114),
      line("Lone Hedegaard Skov, administrerende direktør (formand)", 88, 134),
      line("Henrik Brandt Juhl, sygeplejefaglig direktør", 88, 150),
      line("Ida Marie Østergaard, koncerndirektør", 88, 166),
      line("Maja Lindholm, ledende overlæge", 88, 182),
    ];
    expect(wrapped(lines)).toEqual([]);
  });

  it("ends a grid's column where the next column's text begins", () => {
    const lines = [
      line("Regionsrådet har nedsat et ansættelsesudvalg, der har det samlede ansvar for ansættelsen.", 200, 80),
      line("Søren Hvid Ladefoged", 200, 100, "bold"),
      line("Formand for Udvalg for regional", 200, 114),
      line("udvikling", 200, 128),
      line("Tine Maagaard", 380, 100, "bold"),
      line("Koncerndirektør", 380, 114),
    ];
    expect(wrapped(lines)).toEqual(["udvikling"]);
  });
});

describe("readPdf: a Chromium PDF's side box", () => {
  it("says which of the box's lines wrap, and gives the text pdf-parse gives", async () => {
    const bytes = readFileSync(join(ROOT, "fixtures/wild/pdf-chromium/w-02-region-midt-regional-udvikling.pdf"));
    const doc = await readPdf(new Uint8Array(bytes));
    const parser = new (pdfParse().PDFParse)({ data: new Uint8Array(bytes) });
    const pages = (await parser.getText()).pages;
    await parser.destroy();
    expect(doc.lines.map((l) => l.text)).toEqual(pages.flatMap((p) => p.text.split(/\r\n|\r|\n/u)));
    const flow = (text: string) => doc.lines.find((l) => l.text === text)?.flow ?? null;
    expect(flow("2027 kl. 23.59")).toBe("wraps");
    expect(flow("Kristoffersen")).toBe("wraps");
    expect(flow("udvikling")).toBe("wraps");
    expect(flow("Søndag den 5. september")).toBeNull();
    expect(flow("Tlf. 78 41 02 37")).toBeNull();
    expect(flow("Ayse Demir Thomsen")).toBeNull();
    // the block builder goes on with the wrapped line: the date, the member's role
    const texts = normalise(doc).blocks.map((b) => [b.type, b.text]);
    expect(texts).toContainEqual(["paragraph", "Søndag den 5. september 2027 kl. 23.59"]);
    expect(texts).toContainEqual(["paragraph", "Formand for Udvalg for regional udvikling"]);
  });
});
