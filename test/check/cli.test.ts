// `jobprofil check` through main(argv, io) in-process, and a few runs of the real bin.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";
import { ROOT, runCli } from "../helpers.js";

const CLEAN = "fixtures/check/clean.txt";
const DEFECTIVE = "fixtures/check/defective.txt";
// Before both fixtures' deadlines, so deadline-passed stays quiet.
const TODAY = ["--today", "2026-06-01"];

async function check(args: string[], { cwd = ROOT, stdin = "" }: { cwd?: string; stdin?: string } = {}) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([Buffer.from(stdin)]),
    env: { NO_COLOR: "1" },
    cwd,
  };
  const code = await main(["check", ...args], io);
  return { code, stdout, stderr };
}

const ruleIds = (stdout: string) =>
  (JSON.parse(stdout) as { findings: { rule: string; section?: string }[] }[]).map((r) =>
    r.findings.map((f) => (f.section && f.rule === "missing-section" ? `${f.rule}:${f.section}` : f.rule)),
  );

/** A directory with a copy of a fixture and, optionally, a config file beside it. */
function sandbox(config?: { name: string; text: string }) {
  const dir = mkdtempSync(join(tmpdir(), "jobprofil-check-"));
  mkdirSync(join(dir, "profiler"));
  copyFileSync(join(ROOT, CLEAN), join(dir, "profiler", "clean.txt"));
  if (config) writeFileSync(join(dir, config.name), config.text);
  return dir;
}

describe("check, in-process", () => {
  it("passes a clean profile", async () => {
    expect(await check([CLEAN, ...TODAY])).toEqual({ code: 0, stdout: "1 file checked, no problems\n", stderr: "" });
  });

  it("fails a defective profile and names every defect", async () => {
    const r = await check([DEFECTIVE, ...TODAY, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(ruleIds(r.stdout)).toEqual([
      [
        "missing-section:personprofil",
        "missing-contact",
        "missing-terms",
        "committee-unnamed",
        "deadline-weekend",
        "date-order",
        "weekday-mismatch",
        "unparsed-date",
      ],
    ]);
  });

  it("reports several files in one array, in argument order", async () => {
    const r = await check([CLEAN, DEFECTIVE, ...TODAY, "--format", "json"]);
    expect(JSON.parse(r.stdout).map((x: { file: string }) => x.file)).toEqual([CLEAN, DEFECTIVE]);
  });

  it("lets --rule turn rules off and on", async () => {
    const off = ["missing-section", "missing-contact", "missing-terms", "date-order", "unparsed-date"].flatMap((id) => ["--rule", `${id}:off`]);
    const r = await check([DEFECTIVE, ...TODAY, ...off]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3 problems \(0 errors, 3 warnings\)/u);
    const late = await check([CLEAN, "--today", "2026-09-01", "--rule", "deadline-passed:error"]);
    expect(late.code).toBe(1);
    expect(late.stdout).toContain("application deadline 2026-08-12 has passed (today is 2026-09-01)");
  });

  it("warns, but exits 0, about a passed deadline by default", async () => {
    const r = await check([CLEAN, "--today", "2026-09-01"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/warn .*deadline-passed/u);
  });

  it("exits 1 when --max-warnings is exceeded, and says why", async () => {
    const r = await check([CLEAN, "--today", "2026-09-01", "--max-warnings", "0"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error too many warnings (1; --max-warnings is 0)\n");
    expect((await check([CLEAN, "--today", "2026-09-01", "--max-warnings", "1"])).code).toBe(0);
  });

  it("checks the other files when one cannot be read", async () => {
    const r = await check(["fixtures/check/nope.txt", CLEAN, ...TODAY, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error fixtures/check/nope.txt: no such file\n");
    expect(JSON.parse(r.stdout)).toEqual([{ file: CLEAN, findings: [] }]);
  });

  it("reads stdin with -", async () => {
    const r = await check(["-", ...TODAY, "--format", "json"], { stdin: readFileSync(join(ROOT, DEFECTIVE), "utf8") });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].file).toBe("<stdin>");
  });

  it.each([
    [["--format", "xml"], /argument 'xml' is invalid/u],
    [["--rule", "deadline-passed"], /expected id:off\|warn\|error/u],
    [["--rule", "no-such-rule:error"], /unknown rule "no-such-rule"/u],
    [["--today", "2026-02-30"], /expected a date as YYYY-MM-DD/u],
    [["--max-warnings", "-1"], /expected a whole number/u],
    [["--no-such-flag"], /unknown option/u],
  ])("is a usage error with %j", async (args, message) => {
    const r = await check([CLEAN, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  it("is a usage error without a file", async () => {
    expect((await check([])).code).toBe(2);
  });
});

describe("check configuration", () => {
  it("finds .jobprofilrc.yaml above the file", async () => {
    const dir = sandbox({ name: ".jobprofilrc.yaml", text: "rules:\n  deadline-passed: error\n" });
    const r = await check(["profiler/clean.txt", "--today", "2026-09-01"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error .*deadline-passed/u);
  });

  it("takes options from jobprofil.config.json", async () => {
    const dir = sandbox({ name: "jobprofil.config.json", text: JSON.stringify({ rules: { "missing-section": ["error", { required: ["bilag"] }] } }) });
    const r = await check(["profiler/clean.txt", ...TODAY, "--format", "json"], { cwd: dir });
    expect(ruleIds(r.stdout)).toEqual([["missing-section:bilag"]]);
  });

  it("uses --config instead of the nearest file, and --rule over both", async () => {
    const dir = sandbox({ name: ".jobprofilrc.yaml", text: "rules:\n  missing-section: [error, { required: [bilag] }]\n" });
    writeFileSync(join(dir, "team.yml"), "rules:\n  deadline-passed: error\n");
    const r = await check(["profiler/clean.txt", "--today", "2026-09-01", "--config", "team.yml", "--format", "json"], { cwd: dir });
    expect(ruleIds(r.stdout)).toEqual([["deadline-passed"]]);
    const overridden = await check(["profiler/clean.txt", "--today", "2026-09-01", "--config", "team.yml", "--rule", "deadline-passed:off"], { cwd: dir });
    expect(overridden.code).toBe(0);
  });

  it.each([
    ["rules:\n  missing-terms: fatal\n", "error invalid config .jobprofilrc.yaml: rules.missing-terms: expected one of off, warn, error (got \"fatal\")"],
    ["rules:\n  no-such-rule: error\n", 'error invalid config .jobprofilrc.yaml: unknown rule "no-such-rule"'],
    ["rules: [\n", "error invalid config .jobprofilrc.yaml: not valid YAML"],
  ])("is a usage error, in one line naming the file, for %j", async (text, start) => {
    const dir = sandbox({ name: ".jobprofilrc.yaml", text });
    const r = await check(["profiler/clean.txt", ...TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.startsWith(start)).toBe(true);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("names a --config file that does not exist", async () => {
    const r = await check([CLEAN, "--config", "fixtures/check/none.yaml"]);
    expect(r).toMatchObject({ code: 2, stdout: "", stderr: "error invalid config fixtures/check/none.yaml: no such file\n" });
  });
});

// The real executable, as CI runs it. Needs `npm run build` first.
describe("./bin/jobprofil check", () => {
  it("passes the clean fixture", () => {
    expect(runCli(["check", CLEAN, ...TODAY])).toEqual({ code: 0, stdout: "1 file checked, no problems\n", stderr: "" });
  });

  it("fails the defective fixture, with every finding on stdout and nothing on stderr", () => {
    const r = runCli(["check", DEFECTIVE, ...TODAY]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        "fixtures/check/defective.txt",
        '   -  error  no "personprofil" section (the person: qualifications and personal qualities)  missing-section',
        "   -  error  no contact person named for questions about the position                       missing-contact",
        "   -  error  neither salary nor form of employment (kontrakt, åremål, overenskomst) stated  missing-terms",
        '  15  warn   "Ansættelsesudvalget" is mentioned but none of its members is named            committee-unnamed',
        "  17  warn   application deadline 2026-08-15 is a Saturday                                  deadline-weekend",
        "  19  error  interview round 1 on 2026-08-10 is before the application deadline 2026-08-15  date-order",
        '  19  warn   "onsdag den 10." does not match 2026-08-10, which is a mandag                  weekday-mismatch',
        '  21  error  start date "den 31. september 2026" could not be resolved to a date            unparsed-date',
        "",
        "8 problems (5 errors, 3 warnings) in 1 of 1 file",
        "",
      ].join("\n"),
    );
  });

  it("writes GitHub annotations", () => {
    const r = runCli(["check", DEFECTIVE, ...TODAY, "--format", "github"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe('::error file=fixtures/check/defective.txt,title=jobprofil missing-section::no "personprofil" section (the person: qualifications and personal qualities)');
    expect(lines).toContain("::warning file=fixtures/check/defective.txt,line=17,title=jobprofil deadline-weekend::application deadline 2026-08-15 is a Saturday");
    expect(lines.at(-1)).toBe("jobprofil check: 8 problems (5 errors, 3 warnings) in 1 of 1 file");
  });

  it("names an unreadable input in one line, without a stack trace", () => {
    const r = runCli(["check", "fixtures/bad/empty.txt", CLEAN, ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^error fixtures\/bad\/empty\.txt: /u);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/u);
    expect(r.stdout).toBe("1 file checked, no problems\n");
  });

  it("parses in workers, in input order, and gives up on a document past --timeout", () => {
    const both = runCli(["check", DEFECTIVE, CLEAN, ...TODAY]);
    expect(runCli(["check", DEFECTIVE, CLEAN, ...TODAY, "--jobs", "1"])).toEqual(both);
    expect(both.stdout.split("\n")[0]).toBe("fixtures/check/defective.txt");
    const slow = runCli(["check", "fixtures/seeds/000_bf104e8dd2e9b3c4.pdf", "fixtures/seeds/004_835d2ed9dc5529da.pdf", ...TODAY, "--timeout", "0.001"]);
    expect(slow.code).toBe(1);
    expect(slow.stderr).toMatch(/^error fixtures\/seeds\/000_bf104e8dd2e9b3c4\.pdf: timed out after/mu);
  });

  it("walks a directory, skipping --ignore", () => {
    const r = runCli(["check", "fixtures/check", "--ignore", "defective.txt", ...TODAY]);
    expect(r.stdout).not.toContain("defective.txt");
    expect(r.stdout).toMatch(/files? checked/u);
  });

  it("is a usage error for an unknown format", () => {
    const r = runCli(["check", CLEAN, "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });
});
