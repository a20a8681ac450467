import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { runCli } from "../helpers.js";

const SEED = "fixtures/seeds/002_ea24eb2fd52c88b1.txt";

/** The CLI in-process, with a stdout that may claim to be a terminal. */
async function run(args: string[], stdout: { isTTY?: boolean; columns?: number } = {}) {
  let out = "";
  let err = "";
  const io = {
    stdout: { ...stdout, write: (s: string | Uint8Array) => (out += typeof s === "string" ? s : `<${s.length} bytes>`) },
    stderr: { write: (s: string) => (err += s) },
    stdin: process.stdin,
    env: { NO_COLOR: "1" },
    cwd: process.cwd(),
  };
  const code = await main(["compare", ...args, "-q", "--jobs", "1"], io);
  return { code, out, err };
}

describe("options that do not apply are usage errors", () => {
  it.each(["json", "table", "md", "xlsx"])("--excel with --format %s exits 2", async (format) => {
    const r = await run([SEED, "--format", format, "--excel"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`error --excel applies to --format csv only, not ${format}\n`);
    expect(r.out).toBe("");
  });

  it("--excel with csv is fine", async () => {
    const r = await run([SEED, "--format", "csv", "--excel"]);
    expect(r.code).toBe(0);
    expect(r.out.startsWith("\ufeff")).toBe(true);
  });

  it("xlsx to a terminal is refused, with the way out in the message", async () => {
    const r = await run([SEED, "--format", "xlsx"], { isTTY: true, columns: 120 });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error --format xlsx is binary and stdout is a terminal: use --out FILE, or redirect/u);
    expect(r.out).toBe("");
  });

  it("xlsx to a pipe is written", async () => {
    const r = await run([SEED, "--format", "xlsx"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<\d+ bytes>$/u);
  });
});

describe("--filter on the command line", () => {
  it.each([
    ["employer", /cannot read filter "employer"/],
    ["nope~x", /unknown field "nope"/],
    ["deadline>=i morgen", /"i morgen" is not a date/],
    ["employer>=a", /compares numbers and dates/],
  ])("%j exits 2 and says why on its first line", async (expr, reason) => {
    const r = await run([SEED, "--filter", expr]);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toMatch(reason);
    expect(r.out).toBe("");
  });

  it("keeps the rows that pass every filter, failed inputs included when they pass", async () => {
    const all = await run(["fixtures/seeds", "findes-ikke.pdf", "--format", "json", "--fields", "file,status,employer,deadline"]);
    expect(all.code).toBe(1);
    expect(JSON.parse(all.out)).toHaveLength(10);
    const viborg = await run(["fixtures/seeds", "--format", "json", "--filter", "employer~viborg", "--filter", "deadline>=2026-01-01"]);
    const rows = JSON.parse(viborg.out);
    expect(rows.map((r: { file: string }) => r.file.split("/").pop())).toEqual(["002_ea24eb2fd52c88b1.pdf", "002_ea24eb2fd52c88b1.txt"]);
    const failed = await run(["fixtures/seeds", "findes-ikke.pdf", "--format", "json", "--filter", "status!=ok"]);
    expect(JSON.parse(failed.out)).toEqual([expect.objectContaining({ file: "findes-ikke.pdf", status: "failed: no such file" })]);
  });
});

describe("every input is a row, in every format", () => {
  it.each(["table", "csv", "md", "json"])("%s has the failed file with its status", async (format) => {
    const r = await run([SEED, "findes-ikke.pdf", "--format", format]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("findes-ikke.pdf: no such file");
    expect(r.out).toContain("findes-ikke.pdf");
    expect(r.out).toMatch(/failed: no/u);
  });
});

describe("failed inputs: each with its reason as status", () => {
  it("unreadable, encrypted, timed out", () => {
    const dir = mkdtempSync(join(tmpdir(), "jobprofil-status-"));
    try {
      // forty profiles in one file: no parse ends within a millisecond
      writeFileSync(join(dir, "lang.txt"), readFileSync(SEED, "utf8").repeat(40));
      const slow = runCli(["compare", join(dir, "lang.txt"), "--timeout", "0.001", "--format", "json", "--fields", "file,status", "-q"]);
      expect(slow.code).toBe(1);
      expect(JSON.parse(slow.stdout)).toEqual([{ file: join(dir, "lang.txt"), status: "timed out" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const bad = runCli(["compare", "fixtures/bad/encrypted.pdf", "fixtures/bad/not-a-pdf.pdf", "fixtures/bad/empty.txt", "--format", "csv", "--fields", "file,status", "-q"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split("\n")).toHaveLength(3);
    expect(bad.stdout.trimEnd().split("\r\n")).toEqual([
      "file,status",
      "fixtures/bad/encrypted.pdf,failed: encrypted PDF",
      "fixtures/bad/not-a-pdf.pdf,failed: not a PDF (no %PDF header)",
      "fixtures/bad/empty.txt,failed: empty file",
    ]);
  });
});

describe("the table's width", () => {
  it("fits the terminal's width", async () => {
    for (const columns of [80, 120, 200]) {
      const r = await run(["fixtures/seeds"], { isTTY: true, columns });
      for (const line of r.out.split("\n")) expect([...line].length).toBeLessThanOrEqual(columns);
    }
  });

  it("a pipe gets $COLUMNS, else 160", () => {
    const piped = runCli(["compare", "fixtures/seeds", "-q"]);
    const widest = (s: string) => Math.max(...s.split("\n").map((l) => [...l].length));
    expect(widest(piped.stdout)).toBeLessThanOrEqual(160);
    expect(widest(piped.stdout)).toBeGreaterThan(120);
  });
});
