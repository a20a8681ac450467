// The command line as users run it: ./bin/jobprofil, spawned, NO_COLOR=1.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { ProfileRecord } from "../src/schemas/record.js";
import { BIN, ROOT, documentFixtures, runCli } from "./helpers.js";

const SEED_TXT = "fixtures/seeds/002_ea24eb2fd52c88b1.txt";
const SEED_PDF = "fixtures/seeds/004_835d2ed9dc5529da.pdf";

describe("explain", () => {
  it("prints every piece on one line with its kind, the cover's title block first, and the cues under it", () => {
    const r = runCli(["explain", SEED_TXT]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    // a piece's line and its cues' line, in pairs
    expect(lines.length % 2).toBe(0);
    expect(lines[0]).toMatch(/^\s+\d+ {2}andet\s+Kjeldgaard Juni 2026$/u);
    expect(lines[1].trim()).toBe("the cover's title block (the short lines before the first prose)");
    expect(r.stdout).toMatch(/\d+ {2}indledning\s+Viborg Kommune søger en ny chef for Stabs- og Byrådssekretariatet/u);
    expect(r.stdout).toContain("heading “Indledning” (known) → indledning +12");
  });

  it("writes JSON with each piece's position, kind, text and reasons", () => {
    const r = runCli(["explain", SEED_TXT, "--format", "json"]);
    expect(r.code).toBe(0);
    const pieces = JSON.parse(r.stdout) as { position: { start: { line: number } }; kind: string; text: string; why: string[] }[];
    expect(pieces[0]).toMatchObject({ kind: "andet", text: "Kjeldgaard\nJuni 2026" });
    expect(new Set(pieces.map((p) => p.kind))).toEqual(new Set(["andet", "indledning", "jobprofil", "personprofil", "ansaettelsesproces", "yderligere"]));
    expect(pieces.every((p) => p.why.length > 0)).toBe(true);
  });

  it("names the file and the reason on one line, with exit code 1, for a file it cannot read", () => {
    const r = runCli(["explain", "fixtures/no-such-file.txt"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("fixtures/no-such-file.txt");
  });
});

describe("parse", () => {
  it("prints exactly one valid JSON object for one file", () => {
    const r = runCli(["parse", SEED_TXT, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const record = ProfileRecord.parse(JSON.parse(r.stdout));
    expect(record.source).toMatchObject({ path: SEED_TXT, format: "text", pages: null });
    expect(record.title).toBe("Chef for Stabs- og Byrådssekretariatet");
  });

  it("reads a PDF with its pages", () => {
    const r = runCli(["parse", SEED_PDF]);
    expect(r.code).toBe(0);
    const record = ProfileRecord.parse(JSON.parse(r.stdout));
    expect(record.source).toMatchObject({ format: "pdf", pages: 8 });
    expect(record.sections.find((s) => s.kind === "personprofil")?.position.start.page).toBe(5);
    expect(record.dropped.filter((d) => d.reason === "running-header")).toHaveLength(7);
  });

  it("writes YAML that reads back to the same record", () => {
    const json = JSON.parse(runCli(["parse", SEED_TXT]).stdout);
    const yaml = runCli(["parse", SEED_TXT, "--format", "yaml"]);
    expect(yaml.code).toBe(0);
    expect(parseYaml(yaml.stdout)).toEqual(json);
  });

  it("writes a Markdown summary with the title, a facts table and the section headings", () => {
    const r = runCli(["parse", SEED_TXT, "--format", "md"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Chef for Stabs- og Byrådssekretariatet\n/u);
    expect(r.stdout).toContain("Viborg Kommune");
    expect(r.stdout).toContain("## Personprofil");
    expect(r.stdout).toContain("### De væsentligste opgaver og udfordringer");
  });

  it("reads stdin with -", () => {
    const r = runCli(["parse", "-"], readFileSync(SEED_TXT));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toBeNull();
  });

  it("prints an array for several files and writes one file each with --out", () => {
    const both = runCli(["parse", SEED_TXT, SEED_PDF]);
    expect(JSON.parse(both.stdout)).toHaveLength(2);
    const dir = mkdtempSync(join(tmpdir(), "jobprofil-"));
    const r = runCli(["parse", SEED_TXT, SEED_PDF, "fixtures/seeds/004_835d2ed9dc5529da.txt", "--out", dir, "--format", "yaml"]);
    // the .txt after the .pdf of the same name would get its output's name: refused, not numbered (README, parse --out)
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("error fixtures/seeds/004_835d2ed9dc5529da.txt: not written:");
    expect(readdirSync(dir).sort()).toEqual(["002_ea24eb2fd52c88b1.yaml", "004_835d2ed9dc5529da.yaml"]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps æ, ø and å from a Windows-1252 file", () => {
    const r = runCli(["parse", "fixtures/layouts/windows-1252.txt"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Ansøgningsfristen er fredag");
    expect(r.stdout).toContain("”Vi glæder os” – og • punkter.");
  });
});

describe("the CLI bundle (dist/bundle, run from its code cache)", () => {
  it("prints what the plain build prints, for text, PDF and HTML", () => {
    for (const file of ["fixtures/seeds/002_ea24eb2fd52c88b1.txt", "fixtures/seeds/004_835d2ed9dc5529da.pdf", "fixtures/formats/html/sundhedschef-skive.html"]) {
      const bundled = runCli(["parse", file, "--format", "md"]);
      const plain = spawnSync(process.execPath, ["dist/cli/run.js", "parse", file, "--format", "md"], { cwd: ROOT, encoding: "utf8" });
      expect(bundled.code).toBe(0);
      expect(bundled.stdout).toBe(plain.stdout);
    }
  });

  it("stops quietly when the reader closes the pipe early (| head)", () => {
    const r = spawnSync("sh", ["-c", `"${BIN}" parse fixtures/seeds/*.txt fixtures/seeds/*.pdf --format ndjson | head -c 10`], { cwd: ROOT, encoding: "utf8" });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).not.toMatch(/EPIPE|at .*\(|node:internal/u);
  });
});

describe("bad input gets one clear line", () => {
  it.each([
    ["fixtures/bad/empty.txt", "empty file"],
    ["fixtures/bad/whitespace.txt", "empty file"],
    ["fixtures/bad/binary.bin", "unsupported format (binary file, not a document)"],
    ["fixtures/bad/not-a-pdf.pdf", "not a PDF (no %PDF header)"],
    ["fixtures/bad/truncated.pdf", "corrupt PDF"],
    ["fixtures/bad/encrypted.pdf", "encrypted PDF"],
    ["fixtures/bad/scanned.pdf", "PDF has no text layer (scanned?)"],
    ["fixtures/bad/word.docx", "unsupported format"],
    ["fixtures/bad/does-not-exist.txt", "no such file"],
  ])("%s: %s", (file, reason) => {
    const r = runCli(["parse", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${file}: ${reason}`);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });

  it("still writes the good files when one is bad, and exits 1", () => {
    const r = runCli(["parse", "fixtures/bad/encrypted.pdf", SEED_TXT]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("encrypted.pdf: encrypted PDF");
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it("refuses a file over --max-size", () => {
    const r = runCli(["parse", SEED_PDF, "--max-size", "0.01"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/file too large \(0\.1 MB; the limit is 0\.0 MB/u);
  });
});

describe("usage errors exit 2", () => {
  it.each([
    [["parse"], /missing required argument/u],
    [["parse", SEED_TXT, "--format", "xml"], /Allowed choices are json, yaml, md/u],
    [["parse", SEED_TXT, "--frobnicate"], /unknown option/u],
    [["frobnicate"], /unknown command/u],
    [[], /Usage: jobprofil/u],
  ])("%j", (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("--help teaches with examples and exits 0", () => {
    const r = runCli(["parse", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Examples:");
  });
});

describe("schema", () => {
  it("prints the JSON Schema that the committed copy holds", () => {
    const r = runCli(["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync("schemas/record.schema.json", "utf8")));
  });
});

describe("section outlines of every fixture (reviewed snapshots)", () => {
  it.each(documentFixtures())("%s", (fixture) => {
    const r = runCli(["parse", fixture]);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    const outline = record.sections.map(
      (s: { kind: string; heading: string | null; subsections: { heading: string }[] }) =>
        `${s.kind}: ${s.heading ?? "—"}${s.subsections.map((x) => `\n    ${x.heading}`).join("")}`,
    );
    expect({ kind: record.kind, title: record.title, employer: record.employer, consultancy: record.consultancy, outline }).toMatchSnapshot();
  });
});
