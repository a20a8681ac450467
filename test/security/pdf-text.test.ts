// Finding 6 of issue 16, for PDFs: a text layer that yields control
// characters has them removed with a warning; one that is mostly glyph
// numbers (a font without a Unicode map) is refused, "text cannot be decoded".
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers.js";
import { pdf } from "./pdf.js";
import { scratch } from "./hostile.js";

const BODY = [
  "Chef for Staben",
  "Jobprofil",
  "Du skal lede staben og sekretariatet.",
  "Personprofil",
  "Du er en erfaren leder med politisk tæft.",
  "Ansættelsesproces",
  "Ansøgningsfristen er den 12. august 2026.",
];
/** Codes 1–20 drawn with glyph names that have no Unicode value: pdf.js hands the codes on, as control characters. */
const GLYPH_NUMBERS = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, `g${i + 4}`]));
const garble = (line: string) => [...line].map((c) => (c === " " ? " " : String.fromCharCode(1 + (c.charCodeAt(0) % 20)))).join("");

let tmp: ReturnType<typeof scratch>;
const file = (name: string) => join(tmp.dir, name);
beforeAll(() => {
  tmp = scratch("pdf");
  // ESC, BEL and NUL in the middle of a sentence, through glyph names that name them
  writeFileSync(file("controls.pdf"), pdf([[...BODY, "Vi s\x01ger\x02 en leder\x03."]], { differences: { 1: "uni001B", 2: "uni0007", 3: "uni0000" } }));
  writeFileSync(file("cid.pdf"), pdf([BODY.map(garble)], { differences: GLYPH_NUMBERS }));
  // one line in four undecodable: read, with a warning
  writeFileSync(file("partly.pdf"), pdf([[...BODY, garble("Tiltrædelse efter aftale med direktionen.")]], { differences: GLYPH_NUMBERS }));
});
afterAll(() => tmp.remove());

type Record = { title: string; warnings: { code: string; message: string }[]; sections: unknown[] };
const strings = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === "object" ? Object.values(v).flatMap(strings) : [];

describe("PDF text layers", () => {
  it("control characters from a font's map are removed, with a warning naming the line and page", () => {
    const r = runCli(["parse", file("controls.pdf")]);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout) as Record;
    for (const s of strings(record)) expect(s).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    expect(strings(record.sections).join(" ")).toContain("Vi sger en leder.");
    expect(record.warnings.find((w) => w.code === "control-characters")?.message).toMatch(
      /^3 control characters removed \(U\+001B, U\+0007, U\+00\d\d\) on line 8 \(p\. 1\)$/u,
    );
  });

  it("a text layer of glyph numbers is refused: text cannot be decoded", () => {
    const r = runCli(["parse", file("cid.pdf")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`^error ${file("cid.pdf").replace(/[.]/gu, "\\.")}: text cannot be decoded \\(`, "u"));
  });

  it("a text layer partly of glyph numbers is read, with a warning that text is lost", () => {
    const r = runCli(["parse", file("partly.pdf")]);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout) as Record;
    expect(record.title).toBe("Chef for Staben");
    const codes = record.warnings.map((w) => w.code);
    expect(codes).toContain("undecodable-text");
    expect(codes).toContain("control-characters");
    expect(record.warnings.find((w) => w.code === "undecodable-text")?.message).toMatch(/^\d+ of \d+ characters of the PDF's text layer are control or private-use/u);
  });

  it("check and compare refuse the undecodable one too, naming it", () => {
    const check = runCli(["check", file("cid.pdf"), file("controls.pdf"), "--format", "json", "--today", "2026-06-01"]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("cid.pdf: text cannot be decoded");
    expect(JSON.parse(check.stdout)).toHaveLength(1);
  });
});
