// `compare` over 200+ generated variants of the seeds, in every format: every input is a row, and the rows say
// what the variants were made to say. The CLI parses the batch twice (json with every field, and xlsx, the
// binary path); table, csv and md are rendered from the json run's rows by the same formatters the CLI calls,
// so the batch is not parsed five times on a 2-core machine.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatters } from "../../src/compare/formats/index.js";
import { DEFAULT_FIELDS, FIELDS, type FieldName, type Row } from "../../src/compare/rows.js";
import { summarise } from "../../src/compare/summary.js";
import { filterRows, parseFilter } from "../../src/compare/filter.js";
import { sortRows } from "../../src/compare/rows.js";
import { BIN, ROOT } from "../helpers.js";
import { writeVariants, type Expected } from "./variants.js";

const PER_BASE = 41; // × 5 seeds = 205 documents
let dir: string;
let expected: Expected[];
/** Every row of the batch, every field, as `compare --format json --fields <all>` wrote them. */
let rows: Row[];
let jsonRun: ReturnType<typeof compare>;
const BROKEN = ["tom.txt", "falsk.pdf"];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jobprofil-variants-"));
  expected = writeVariants(join(dir, "stillinger"), PER_BASE);
  writeFileSync(join(dir, "stillinger", BROKEN[0]), "");
  writeFileSync(join(dir, "stillinger", BROKEN[1]), "dette er ikke en PDF");
  jsonRun = compare("json", "--fields", FIELDS.join(","));
  rows = JSON.parse(jsonRun.stdout.toString("utf8"));
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function compare(format: string, ...args: string[]) {
  const r = spawnSync(BIN, ["compare", join(dir, "stillinger"), "--format", format, "-q", "--jobs", "2", ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: "1", COLUMNS: "200" },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString("utf8") };
}

function render(format: "table" | "csv" | "md", shown: readonly Row[], fields?: FieldName[], columns = 200): string {
  return formatters[format](shown, { fields: fields ?? DEFAULT_FIELDS, fieldsGiven: fields !== undefined, summary: summarise(shown), columns, excel: false }) as string;
}

describe("compare over 200+ generated variants", () => {
  const total = () => expected.length + BROKEN.length;

  it("json: a row per input, with the values each variant was made to have", () => {
    expect(expected.length).toBeGreaterThanOrEqual(200);
    expect(jsonRun.code).toBe(1); // the broken files
    expect(jsonRun.stderr.trim().split("\n")).toHaveLength(BROKEN.length);
    expect(rows).toHaveLength(total());
    const byFile = new Map(rows.map((row) => [row.file, row]));
    for (const name of BROKEN) expect(byFile.get(join(dir, "stillinger", name))?.status).toMatch(/^failed: /u);
    for (const e of expected) {
      const row = byFile.get(e.file)!;
      expect(row, e.file).toBeDefined();
      expect({ file: e.file, status: row.status, kommune: row.kommune, region: row.region, deadline: row.deadline, annualSalary: row.annualSalary }).toEqual({
        file: e.file,
        status: "ok",
        kommune: e.kommune,
        region: e.region,
        deadline: e.deadline,
        annualSalary: e.annualSalary,
      });
      if (e.terms) expect(row.terms, e.file).toContain(e.terms);
      if (e.test) expect(row.tests, e.file).toContain(e.test);
    }
  });

  it("csv: a header and a line per input", () => {
    const lines = render("csv", rows, ["file", "status", "region"]).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + total());
    expect(lines.filter((l) => l.includes(",ok,"))).toHaveLength(expected.length);
  });

  it("md: a table line per input, values in Danish", () => {
    const out = render("md", rows, ["file", "status", "terms"]);
    expect(out.split("\n").filter((l) => l.startsWith("| ")).slice(2)).toHaveLength(total());
    expect(out).toContain("åremål");
    expect(out).not.toContain("aaremaal");
  });

  it("table: a line per input, fitting 200 columns, with a filter and a sort", () => {
    const shown = sortRows(filterRows(rows, [parseFilter("region=Region Nordjylland")]), "-annualSalary,file");
    const out = render("table", shown);
    const lines = out.split("\n");
    const body = lines.slice(2, lines.indexOf(""));
    expect(body).toHaveLength(expected.filter((e) => e.region === "Region Nordjylland").length);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(200);
    // paths cut from the left: the end of the file's own name stays
    for (const line of body) expect(line).toMatch(/^…[^ ]*\.txt /u);
    for (const columns of [80, 120]) for (const line of render("table", rows, undefined, columns).split("\n")) expect([...line].length).toBeLessThanOrEqual(columns);
  });

  it("xlsx: a sheet row per input, and the summary sheet", { timeout: 600_000 }, async () => {
    const r = compare("xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(r.stdout as unknown as ExcelJS.Buffer);
    expect(book.getWorksheet("Stillinger")!.rowCount).toBe(1 + total());
    expect(book.getWorksheet("Oversigt")!.getCell("B2").value).toBe(expected.length);
  });
});
