import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { Section } from "../../src/schemas/record.js";
import { record } from "./rows-fixture.js";
import { formatters } from "../../src/compare/formats/index.js";
import { DEFAULT_FIELDS, FIELDS, sortRows, toRow } from "../../src/compare/rows.js";
import { summarise } from "../../src/compare/summary.js";
import { main } from "../../src/cli/main.js";

const pos = { start: { line: 1, page: null }, end: { line: 1, page: null } };
const list = (n: number) => ({ kind: "list" as const, ordered: false, items: Array.from({ length: n }, (_, i) => ({ text: `punkt ${i}`, position: pos })), position: pos });
const section = (kind: Section["kind"], items: number): Section => ({ kind, heading: kind, position: pos, content: items ? [list(items)] : [], subsections: [] });


const salary = (amount: number, period: "year" | "month") => ({ amount, maxAmount: null, period, currency: "DKK" as const, text: `${amount} kr.` });

const rows = [
  toRow(record({ source: { path: "a.txt", format: "text", sha256: "0".repeat(64), pages: null }, consultancy: "Genitor", sections: [section("jobprofil", 3), section("personprofil", 5), section("vilkaar", 0)], facts: { applicationDeadline: "2026-08-12", startDate: "2026-10-01", salary: salary(900000, "year"), pensionPercent: 19.55, tests: ["NEO-PI-3"], employmentTerms: ["kontrakt"] } })),
  toRow(record({ source: { path: "b.txt", format: "text", sha256: "0".repeat(64), pages: null }, employer: "Æbeltoft; \"Nord\", Å", consultancy: "Genitor", facts: { salary: salary(1100000, "year"), tests: ["NEO-PI-3", "IST-2000R"] } })),
  toRow(record({ source: { path: "c.txt", format: "text", sha256: "0".repeat(64), pages: null }, facts: { salary: salary(60000, "month"), applicationDeadline: "2026-03-01T12:00", startDate: "2026-02-01" } })),
];
const summary = summarise(rows, 1);
const ctx = { fields: DEFAULT_FIELDS, summary, columns: Infinity, excel: false };

/** Python's csv module: a CSV reader that is not ours. */
function readCsv(text: string, delimiter: string): string[][] {
  const py = `import csv,sys,json\nrows=list(csv.reader(sys.stdin.read().lstrip('\\ufeff').splitlines(True), delimiter=${JSON.stringify(delimiter)}))\nprint(json.dumps(rows))`;
  const r = spawnSync("python3", ["-c", py], { input: text, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

describe("toRow", () => {
  it("counts requirements and tasks, days to start, and marks the main sections", () => {
    expect(rows[0]).toMatchObject({ requirements: 5, tasks: 3, daysToStart: 50, sections: "JP-V", salary: 900000, period: "year", pension: 19.55 });
    expect(rows[1]).toMatchObject({ requirements: 0, tasks: 0, daysToStart: null, sections: "----" });
    expect(rows[2].daysToStart).toBe(-28);
  });

  it("sorts numbers numerically, descending with -, empty cells last", () => {
    expect(sortRows(rows, "-salary").map((r) => r.file)).toEqual(["b.txt", "a.txt", "c.txt"]);
    expect(sortRows(rows, "daysToStart").map((r) => r.file)).toEqual(["c.txt", "a.txt", "b.txt"]);
  });
});

describe("summary", () => {
  it("keeps yearly and monthly salaries apart and counts tests and consultancies", () => {
    expect(summary.salary).toEqual([
      { period: "year", count: 2, median: 1000000, min: 900000, max: 1100000 },
      { period: "month", count: 1, median: 60000, min: 60000, max: 60000 },
    ]);
    expect(summary.tests).toEqual([["NEO-PI-3", 2], ["IST-2000R", 1]]);
    expect(summary.consultancies).toEqual([["Genitor", 2]]);
  });
});

describe("formats", () => {
  it("csv reads back with a real CSV parser, Danish letters and quotes intact", () => {
    const out = formatters.csv(rows, ctx);
    expect(out.startsWith("\ufeff")).toBe(false);
    expect(out).toContain("\r\n");
    const parsed = readCsv(out, ",");
    expect(parsed[0]).toEqual([...DEFAULT_FIELDS]);
    const col = (f: string) => DEFAULT_FIELDS.indexOf(f as (typeof DEFAULT_FIELDS)[number]);
    expect(parsed[2][col("employer")]).toBe('Æbeltoft; "Nord", Å');
    expect(parsed[1][col("title")]).toBe("Chef for Økonomi");
    expect(parsed[1][col("status")]).toBe("ok");
    expect(parsed).toHaveLength(4);
  });

  it("--excel adds the BOM, ';' and decimal commas", () => {
    const out = formatters.csv(rows, { ...ctx, excel: true });
    expect(out.startsWith("\ufeff")).toBe(true);
    const parsed = readCsv(out, ";");
    expect(parsed[2][DEFAULT_FIELDS.indexOf("employer")]).toBe('Æbeltoft; "Nord", Å');
    expect(parsed[1][DEFAULT_FIELDS.indexOf("pension")]).toBe("19,55");
  });

  it("table fits the width and ends with the summary", () => {
    const out = formatters.table(rows, { ...ctx, columns: 100 });
    const lines = out.split("\n");
    for (const l of lines.slice(0, 5)) expect([...l].length).toBeLessThanOrEqual(100);
    expect(out).toContain("…");
    expect(out).toMatch(/salary per year: median 1\.000\.000 kr\./);
    expect(out).toContain("NEO-PI-3 (2)");
  });

  it("md is a table with the summary as a list", () => {
    const out = formatters.md(rows, { ...ctx, fields: ["file", "employer", "salary"] });
    expect(out.split("\n")[0]).toBe("| file | employer | salary |");
    expect(out.split("\n")[1]).toBe("| --- | --- | ---: |");
    expect(out).toContain("- consultancies: Genitor (2)");
  });

  it("json keeps lists as lists and missing values as null", () => {
    const out = JSON.parse(formatters.json(rows, { ...ctx, fields: [...FIELDS] }));
    expect(out[1].tests).toEqual(["NEO-PI-3", "IST-2000R"]);
    expect(out[1].deadline).toBeNull();
    expect(Object.keys(out[0])).toEqual([...FIELDS]);
  });
});

describe("jobprofil compare", () => {
  const io = () => {
    let out = "";
    let err = "";
    return {
      io: { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, stdin: process.stdin, env: { NO_COLOR: "1" }, cwd: process.cwd() },
      out: () => out,
      err: () => err,
    };
  };

  it("exits 1 when an input fails, and still writes the others", async () => {
    const t = io();
    const code = await main(["compare", "fixtures/seeds/002_ea24eb2fd52c88b1.txt", "findes-ikke.pdf", "--format", "json", "--jobs", "1"], t.io);
    expect(code).toBe(1);
    // every input is a row: the one that failed has its status and no facts
    const out = JSON.parse(t.out());
    expect(out).toHaveLength(2);
    expect(out.map((r: { status: string }) => r.status)).toEqual(["ok", "failed: no such file"]);
    expect(out[1]).toMatchObject({ file: "findes-ikke.pdf", employer: null, salary: null, terms: [] });
    expect(t.err()).toContain("findes-ikke.pdf: no such file");
    expect(t.err()).toMatch(/1 parsed, 1 failed/);
  });

  it("exits 0 when all inputs parse, and refuses an unknown field", async () => {
    const t = io();
    expect(await main(["compare", "fixtures/seeds/002_ea24eb2fd52c88b1.txt", "--format", "csv", "--quiet"], t.io)).toBe(0);
    expect(t.err()).toBe("");
    expect(await main(["compare", "x.txt", "--fields", "nonsense"], io().io)).toBe(2);
  });
});
