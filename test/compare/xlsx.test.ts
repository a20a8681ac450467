import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { xlsx, AMOUNT_FORMAT, DATE_FORMAT, DATE_TIME_FORMAT } from "../../src/compare/formats/xlsx.js";
import { FIELDS } from "../../src/compare/rows.js";
import { summarise } from "../../src/compare/summary.js";
import { ROOT, runCli } from "../helpers.js";
import { ROWS } from "./rows-fixture.js";

/** The workbook read back with the library that wrote it. */
async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

const fields = [...FIELDS];
const col = (f: (typeof FIELDS)[number]) => fields.indexOf(f) + 1;

describe("--format xlsx", async () => {
  const book = await read((await xlsx(ROWS, { fields, summary: summarise(ROWS), columns: 80, excel: false })) as Uint8Array);
  const sheet = book.getWorksheet("Stillinger")!;

  it("has the rows sheet and the summary sheet, Oversigt", () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(["Stillinger", "Oversigt"]);
    expect(sheet.rowCount).toBe(ROWS.length + 1);
    expect(sheet.getRow(1).values).toEqual([undefined, ...fields]);
  });

  it("freezes the header row and puts an autofilter over it", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // read back as a range: A1 to the last field's column (28 fields: AB)
    expect(fields).toHaveLength(28);
    expect(sheet.autoFilter).toBe("A1:AB1");
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });

  it("types its cells: dates as dates, amounts as numbers in kroner, yes/no as booleans", () => {
    const region = sheet.getRow(2);
    const deadline = region.getCell(col("deadline"));
    expect(deadline.type).toBe(ExcelJS.ValueType.Date);
    expect((deadline.value as Date).toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(deadline.numFmt).toBe(DATE_FORMAT);
    const salary = region.getCell(col("annualSalary"));
    expect(salary.type).toBe(ExcelJS.ValueType.Number);
    expect(salary.value).toBe(1_100_000);
    expect(salary.numFmt).toBe(AMOUNT_FORMAT);
    expect(region.getCell(col("salaryApprox")).value).toBe(true);
    expect(region.getCell(col("rounds")).value).toBe(2);
    // words as a Danish reader writes them; a list is one cell
    expect(region.getCell(col("terms")).value).toBe("åremål; kontrakt");
    const school = sheet.getRow(3);
    expect((school.getCell(col("deadline")).value as Date).toISOString()).toBe("2023-11-09T12:00:00.000Z");
    expect(school.getCell(col("deadline")).numFmt).toBe(DATE_TIME_FORMAT);
    expect(school.getCell(col("annualSalary")).value).toBe(720_000);
    expect(school.getCell(col("pension")).value).toBe(17.1);
    expect(school.getCell(col("kind")).value).toBe("opslag");
  });

  it("writes a failed input as a row with its status and empty cells", () => {
    const failed = sheet.getRow(5);
    expect(failed.getCell(col("status")).value).toBe("failed: encrypted PDF");
    expect(failed.getCell(col("employer")).value).toBeNull();
    expect(failed.getCell(col("deadline")).value).toBeNull();
  });

  it("makes columns as wide as their contents, within reason", () => {
    // exceljs leaves a width of 9, its default, out of the file: it reads back as undefined
    const width = (f: (typeof FIELDS)[number]) => sheet.getColumn(col(f)).width ?? 9;
    expect(width("file")).toBeGreaterThanOrEqual("arkiv/2024/midt/direktoer.pdf".length);
    expect(width("title")).toBeGreaterThanOrEqual("Direktør for Regional Udvikling".length);
    expect(width("rounds")).toBeLessThan(width("title"));
    for (const f of fields) expect(width(f)).toBeLessThanOrEqual(62);
  });

  it("has the summary on Oversigt, amounts typed", () => {
    const over = book.getWorksheet("Oversigt")!;
    const byLabel = new Map<string, ExcelJS.Row>();
    over.eachRow((row) => byLabel.set(String(row.getCell(1).value), row));
    expect(byLabel.get("Stillinger læst")!.getCell(2).value).toBe(3);
    expect(byLabel.get("Filer der ikke kunne læses")!.getCell(2).value).toBe(1);
    const median = byLabel.get("Årsløn (månedsløn × 12), median")!.getCell(2);
    expect(median.value).toBe(910_000);
    expect(median.numFmt).toBe(AMOUNT_FORMAT);
    expect(byLabel.get("Region: Region Midtjylland")!.getCell(3).value).toBe(2);
    expect(byLabel.get("Dokumenttype: opslag")!.getCell(3).value).toBe(1);
  });
});

describe("jobprofil compare --format xlsx", () => {
  const dir = mkdtempSync(join(tmpdir(), "jobprofil-xlsx-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("--out writes the workbook; the seeds are all in it", async () => {
    const out = join(dir, "stillinger.xlsx");
    const r = runCli(["compare", "fixtures/seeds", "--format", "xlsx", "--out", out, "-q"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const book = await read(readFileSync(out));
    expect(book.getWorksheet("Stillinger")!.rowCount).toBe(1 + 9);
  });

  it("to a redirected stdout, the bytes of a zip", () => {
    const r = spawnSync(join(ROOT, "bin/jobprofil"), ["compare", "fixtures/seeds/002_ea24eb2fd52c88b1.txt", "--format", "xlsx", "-q"], { cwd: ROOT });
    expect(r.status).toBe(0);
    expect(r.stdout.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("only xlsx loads exceljs: a csv run starts without it", () => {
    const loaded = (format: string) => {
      const script = `
        import { createRequire } from "node:module";
        const { main } = await import("./dist/cli/main.js");
        const sink = { write: () => true };
        await main(["compare", "fixtures/seeds/002_ea24eb2fd52c88b1.txt", "--format", ${JSON.stringify(format)}, "-q", "--jobs", "1"],
          { stdout: sink, stderr: sink, stdin: process.stdin, env: {}, cwd: process.cwd() });
        console.log(Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes("/node_modules/exceljs/")) ? "LOADED" : "NOT LOADED");
      `;
      return spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" }).stdout.trim();
    };
    expect(loaded("csv")).toBe("NOT LOADED");
    expect(loaded("xlsx")).toBe("LOADED");
  });
});
