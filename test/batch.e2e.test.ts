// Batches as users run them: directories, NDJSON, compare, failures.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { threadsFor } from "../src/batch/pool.js";
import { ROOT, runCli } from "./helpers.js";
import { cli } from "./compare/spawn.js";

describe("parse on many files", () => {
  it("streams one record per line with --format ndjson, in input order", () => {
    const r = runCli(["parse", "fixtures/seeds", "--format", "ndjson", "--jobs", "2"]);
    expect(r.code).toBe(0);
    const paths = r.stdout.trim().split("\n").map((l) => JSON.parse(l).source.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toHaveLength(9);
    expect(r.stderr).toMatch(/^9 parsed, 0 failed, [\d.]+ m?s\n$/u);
  });

  it("exits 1 when some inputs fail, still writing the others, quiet with -q", () => {
    const r = runCli(["parse", "fixtures/bad", "fixtures/seeds/001_4e76841c00d33ecd.txt", "--format", "ndjson", "-q"]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(7);
    expect(r.stderr).toContain("fixtures/bad/encrypted.pdf: encrypted PDF");
    expect(r.stderr).not.toContain("parsed,");
  });
});

describe("compare", () => {
  it("writes CSV for Danish Excel that reads back with æøå", () => {
    const r = runCli(["compare", "fixtures/seeds", "--format", "csv", "--excel", "--fields", "employer,title,salary", "--sort", "-salary", "-q"]);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout, { columns: true, delimiter: ";", bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual({ employer: "Billund Kommune", title: "Direktør for Børn og Unge", salary: "1050000" });
    expect(rows.map((x) => x.employer)).toContain("Høje-Taastrup Kommune");
  });

  it("rejects an unknown field as a usage error", () => {
    const r = runCli(["compare", "fixtures/seeds", "--fields", "employer,løn"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown field løn");
  });

  it("prints a table with a summary and exits 1 when an input fails", () => {
    const r = runCli(["compare", "fixtures/seeds/002_ea24eb2fd52c88b1.txt", "fixtures/bad/scanned.pdf", "-q"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Viborg Kommune");
    expect(r.stdout).toContain("1 vacancies (1 profile), 1 could not be read");
    expect(r.stderr).toContain("fixtures/bad/scanned.pdf: PDF has no text layer (scanned?)");
  });
});

describe("check on a directory", () => {
  it("checks every document in it, in order, and fails on the defective one", () => {
    const r = runCli(["check", "fixtures/check", "--format", "json", "--today", "2026-06-01"]);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { file: string; findings: { rule: string; severity: string }[] }[];
    expect(results.map((x) => x.file)).toEqual(["fixtures/check/clean.txt", "fixtures/check/defective.txt"]);
    expect(results[0].findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(results[1].findings.map((f) => f.rule)).toContain("missing-contact");
  });
});


describe("--jobs beyond the cores", () => {
  const dir = mkdtempSync(join(tmpdir(), "jobprofil-jobs-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const seeds = readdirSync(join(ROOT, "fixtures/seeds")).filter((f) => f.endsWith(".txt"));
  for (let i = 0; i < 200; i++)
    writeFileSync(join(dir, `v${String(i).padStart(3, "0")}.txt`), readFileSync(join(ROOT, "fixtures/seeds", seeds[i % seeds.length]), "utf8") + `\nReference ${i}\n`);
  // A limit each document meets many times over alone; 64 threads sharing the
  // cores, each clock started before its worker had even loaded, broke it.
  // Awaited, not spawned synchronously: two runs over 200 documents take longer than a test worker may stay deaf
  // (test/event-loop.setup.ts).
  const run = (jobs: string) => cli(["compare", dir, "--format", "csv", "--jobs", jobs, "--timeout", "5", "-q"]);

  it("starts no more threads than cores", () => {
    expect(threadsFor(64, 200)).toBe(Math.min(64, availableParallelism()));
    expect(threadsFor(64, 1)).toBe(1);
  });

  it("times out no document of 200 with --jobs 64 that finishes with --jobs 1", async () => {
    const one = await run("1");
    expect(one.stderr).toBe("");
    expect(one.code).toBe(0);
    const many = await run("64");
    expect(many.stderr).toBe("");
    expect(many.code).toBe(0);
    expect(many.stdout).toBe(one.stdout);
    expect(many.stdout.trim().split("\n")).toHaveLength(201);
  }, 360_000);
});
