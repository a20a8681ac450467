// check in a pipeline, in-process through main(argv, io): --quiet, --print-config,
// --explain, ignores and overrides, kinds, empty input; `jobprofil rules`.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";
import { RULES } from "../../src/check/rules/index.js";
import { ROOT } from "../helpers.js";

const TODAY = ["--today", "2026-06-01"];

async function run(args: string[], { cwd = ROOT }: { cwd?: string } = {}) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([]),
    env: { NO_COLOR: "1" },
    cwd,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const findings = (stdout: string) =>
  (JSON.parse(stdout) as { file: string; findings: { rule: string; severity: string; section?: string }[] }[]).map((r) => [
    r.file,
    r.findings.map((f) => `${f.rule}${f.rule === "missing-section" ? `:${f.section}` : ""}:${f.severity}`),
  ]);

/** A folder of profiles: clean and defective copies, an ad, drafts, and a config. */
function repo(config?: string) {
  const dir = mkdtempSync(join(tmpdir(), "jobprofil-pipeline-"));
  for (const sub of ["profiler", "profiler/udkast", "annoncer"]) mkdirSync(join(dir, sub), { recursive: true });
  copyFileSync(join(ROOT, "fixtures/check/clean.txt"), join(dir, "profiler/clean.txt"));
  copyFileSync(join(ROOT, "fixtures/check/defective.txt"), join(dir, "profiler/udkast/defective.txt"));
  copyFileSync(join(ROOT, "fixtures/check/defective.txt"), join(dir, "annoncer/defective.txt"));
  mkdirSync(join(dir, "tom"));
  if (config !== undefined) writeFileSync(join(dir, ".jobprofilrc.yaml"), config);
  return dir;
}

describe("kind-aware required sections", () => {
  it("an advertisement (seed 001) needs only its process section; a profile needs all three", async () => {
    const ad = await run(["check", "fixtures/seeds/001_4e76841c00d33ecd.txt", ...TODAY, "--format", "json"]);
    expect(findings(ad.stdout)[0][1]).not.toContainEqual(expect.stringMatching(/^missing-section/u));
    const profile = await run(["check", "fixtures/check/defective.txt", ...TODAY, "--format", "json"]);
    expect(findings(profile.stdout)[0][1]).toContain("missing-section:personprofil:error");
  });

  it.each([
    ["per kind", "missing-section: [error, { required: { advertisement: [ansaettelsesproces, bilag] } }]", ["missing-section:bilag:error"]],
    ["the flat list for every kind", "missing-section: [error, { required: [jobprofil, ansaettelsesproces] }]", ["missing-section:jobprofil:error"]],
    ["the profile's list only (the ad keeps its default)", "missing-section: [error, { required: { profile: [bilag] } }]", []],
  ])("configured %s", async (_name, setting, want) => {
    const dir = mkdtempSync(join(tmpdir(), "jobprofil-kinds-"));
    copyFileSync(join(ROOT, "fixtures/seeds/001_4e76841c00d33ecd.txt"), join(dir, "annonce.txt"));
    writeFileSync(join(dir, ".jobprofilrc.yaml"), `rules:\n  ${setting}\n`);
    const r = await run(["check", "annonce.txt", ...TODAY, "--format", "json"], { cwd: dir });
    expect(findings(r.stdout)[0][1].filter((f) => f.startsWith("missing-section"))).toEqual(want);
  });
});

describe("--quiet", () => {
  it.each([
    [["--format", "json"], ["missing-section:personprofil:error", "missing-contact:error", "missing-terms:error", "date-order:error", "unparsed-date:error"], 1],
    [["--rule", "date-order:warn", "--format", "json"], ["missing-section:personprofil:error", "missing-contact:error", "missing-terms:error", "unparsed-date:error"], 1],
  ])("%j reports errors only", async (args, want, code) => {
    const r = await run(["check", "fixtures/check/defective.txt", ...TODAY, "--quiet", ...args]);
    expect(findings(r.stdout)[0][1]).toEqual(want);
    expect(r.code).toBe(code);
  });
  it("leaves nothing to count against --max-warnings", async () => {
    const r = await run(["check", "fixtures/check/clean.txt", "--today", "2026-09-01", "--quiet", "--max-warnings", "0"]);
    expect(r).toEqual({ code: 0, stdout: "1 file checked, no problems\n", stderr: "" });
  });
});

describe("ignores and overrides, end to end", () => {
  const config = [
    "rules:",
    "  deadline-passed: off",
    "ignores: [udkast]",
    "overrides:",
    "  - files: ['annoncer/**']",
    "    rules: { missing-terms: off, missing-contact: warn, missing-section: off }",
  ].join("\n");

  it("skips ignored documents in a walk and applies overrides to matching ones", async () => {
    const dir = repo(config);
    const r = await run(["check", ".", ...TODAY, "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(findings(r.stdout)).toEqual([
      ["annoncer/defective.txt", ["missing-contact:warn", "committee-unnamed:warn", "deadline-weekend:warn", "date-order:error", "weekday-mismatch:warn", "unparsed-date:error"]],
      ["profiler/clean.txt", []],
    ]);
  });

  it("says so when a file named on the command line is ignored", async () => {
    const dir = repo(config);
    const r = await run(["check", "profiler/udkast/defective.txt", "profiler/clean.txt", ...TODAY], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: "1 file checked, no problems\n", stderr: "warning profiler/udkast/defective.txt: ignored by .jobprofilrc.yaml (ignores)\n" });
  });

  it("is a usage error when every input is ignored, unless --allow-empty", async () => {
    const dir = repo(config);
    const r = await run(["check", "profiler/udkast", ...TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error every input file is ignored by the configuration's ignores (--allow-empty accepts that)\n");
    expect((await run(["check", "profiler/udkast", ...TODAY, "--allow-empty"], { cwd: dir })).code).toBe(0);
  });

  it("names a bad override in one line, exit 2, even when it matches no file", async () => {
    const dir = repo("overrides:\n  - files: [nowhere]\n    rules: { missing-terms: [error, { strict: true }] }\n");
    const r = await run(["check", "profiler/clean.txt", ...TODAY], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: "", stderr: 'error invalid config .jobprofilrc.yaml (overrides.0): rule "missing-terms" takes no options\n' });
  });

  it("fails on an unknown option with the valid ones listed", async () => {
    const dir = repo("rules:\n  unparsed-date: [error, { codes: [approximate-dat] }]\n");
    const r = await run(["check", "profiler/clean.txt", ...TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error invalid config .jobprofilrc.yaml: rules.unparsed-date: codes.0: expected one of unparsed-date, approximate-date (got "approximate-dat")\n',
    );
  });
});

describe("--print-config", () => {
  const config = "rules:\n  deadline-passed: error\nignores: [udkast]\noverrides:\n  - files: ['annoncer/**']\n    rules: { missing-terms: off }\n";
  it.each([
    ["profiler/clean.txt", false, "off-not", "error"],
    ["annoncer/defective.txt", false, "off", "error"],
    ["profiler/udkast/defective.txt", true, "off-not", "error"],
  ])("%s", async (file, ignored, terms, passed) => {
    const dir = repo(config);
    const r = await run(["check", "--print-config", file, "--rule", "deadline-weekend:off"], { cwd: dir });
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toMatchObject({ file, config: ".jobprofilrc.yaml", ignored });
    expect(Object.keys(printed.rules)).toEqual(RULES.map((x) => x.id));
    expect(printed.rules["deadline-passed"]).toBe(passed);
    expect(printed.rules["deadline-weekend"]).toEqual(["off", { customary: true }]);
    if (terms === "off") expect(printed.rules["missing-terms"]).toBe("off");
    else expect(printed.rules["missing-terms"]).toBe("error");
    expect(printed.rules["missing-section"]).toEqual(["error", { required: { profile: ["jobprofil", "personprofil", "ansaettelsesproces"], advertisement: ["ansaettelsesproces"] } }]);
  });
  it("prints the defaults where no config applies", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jobprofil-noconfig-"));
    const printed = JSON.parse((await run(["check", "--print-config", "x.pdf"], { cwd: dir })).stdout);
    expect(printed.rules["missing-terms"]).toBe("error");
  });
});

describe("rules and --explain", () => {
  it("lists every rule with its default severity, kinds and description", async () => {
    const r = await run(["rules"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^rule +default +applies to +description$/u);
    for (const rule of RULES) expect(lines.find((l) => l.startsWith(`${rule.id} `))).toMatch(new RegExp(` ${rule.defaultSeverity} +profile, advertisement +${rule.description.slice(0, 20).replace(/[()]/gu, "\\$&")}`, "u"));
  });
  it("lists them as JSON with their links", async () => {
    const list = JSON.parse((await run(["rules", "--format", "json"])).stdout);
    expect(list.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(list[0]).toMatchObject({ id: "missing-section", defaultSeverity: "error", kinds: ["profile", "advertisement"] });
    expect(list[0].url).toMatch(/docs\/rules\/missing-section\.md$/u);
  });
  it.each([[["rules", "missing-section"]], [["check", "--explain", "missing-section"]]])("%j prints the page", async (args) => {
    const r = await run(args);
    expect(r).toEqual({ code: 0, stdout: readFileSync(join(ROOT, "docs/rules/missing-section.md"), "utf8"), stderr: "" });
  });
  it.each([[["rules", "missing-sektion"]], [["check", "--explain", "missing-sektion"]]])("%j is a usage error naming the rules", async (args) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error unknown rule "missing-sektion" \(known: missing-section, /u);
  });
});

describe("empty input", () => {
  it.each([
    ["check", ["check", "tom/"]],
    ["parse", ["parse", "tom/"]],
    ["compare", ["compare", "tom/"]],
    ["check with a pattern-free empty walk", ["check", "tom", "--ignore", "x"]],
    ["check of a glob that matches nothing", ["check", "tom/*.pdf"]],
    ["parse of a glob that matches nothing", ["parse", "profiler/**/*.docx"]],
    ["compare of a glob that matches nothing", ["compare", "nowhere/*.txt"]],
  ])("%s of an empty folder is a usage error in one line", async (_name, args) => {
    const r = await run(args, { cwd: repo() });
    expect(r).toEqual({ code: 2, stdout: "", stderr: `error no input files matched "${args[1]}" (--allow-empty accepts that)\n` });
  });
  it.each([
    ["check", ["check", "tom/", "--allow-empty"], "no files checked\n"],
    ["check, json", ["check", "tom/", "--allow-empty", "--format", "json"], "[]\n"],
    ["parse", ["parse", "tom/", "--allow-empty"], ""],
    ["compare", ["compare", "tom/", "--allow-empty", "--format", "json"], "[]\n"],
    ["check, an unmatched glob", ["check", "tom/*.pdf", "--allow-empty", "--format", "json"], "[]\n"],
    // parse hands relative paths to its pool as they are: run from the checkout.
    ["parse, an unmatched glob beside a file", ["parse", "nowhere/*.txt", "fixtures/check/clean.txt", "--allow-empty", "--format", "ndjson"], /"schemaVersion":"1"/u],
  ])("%s with --allow-empty exits 0", async (_name, args, stdout) => {
    const r = await run(args, { cwd: args[1] === "nowhere/*.txt" ? ROOT : repo() });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    if (typeof stdout === "string") expect(r.stdout).toBe(stdout);
    else expect(r.stdout).toMatch(stdout);
  });
  it("an unmatched glob beside a file is that input's failure without --allow-empty (exit 1, the file still checked)", async () => {
    const r = await run(["check", "nowhere/*.txt", "profiler/clean.txt", ...TODAY, "--format", "json"], { cwd: repo() });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error nowhere/*.txt: no files match this pattern\n");
    expect(JSON.parse(r.stdout)).toEqual([{ file: "profiler/clean.txt", findings: [] }]);
  });
  it("check without arguments is a usage error, and nothing with --allow-empty", async () => {
    expect(await run(["check"])).toMatchObject({ code: 2, stdout: "" });
    expect(await run(["check", "--allow-empty", "--format", "json"])).toEqual({ code: 0, stdout: "[]\n", stderr: "" });
  });
});

describe("GitHub annotations of a PDF", () => {
  it("name the page beside the line, as the text report does", async () => {
    const args = ["check", "fixtures/seeds/004_835d2ed9dc5529da.pdf", "--today", "2010-01-01", "--jobs", "1"];
    const github = await run([...args, "--format", "github"]);
    expect(github.stdout).toContain("line=266,title=jobprofil date-order (p. 8)::start date 2010-02-01 is before the application deadline 2010-12-02");
    expect((await run(args)).stdout).toMatch(/266 \(p\. 8\) +error +start date 2010-02-01/u);
  });
});
