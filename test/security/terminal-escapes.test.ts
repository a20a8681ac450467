// Finding 5 of issue 16: file names (and document text) that would forge a
// GitHub workflow command or drive the terminal. Every line that reaches
// stderr or a terminal format keeps them escaped and on one line.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeControls } from "../../src/cli/escape.js";
import { github } from "../../src/report/github.js";
import { Chalk } from "chalk";
import { ROOT, runCli } from "../helpers.js";
import { scratch } from "./hostile.js";

const FORGED = "a\n::warning file=README.md::forged\n.txt";
const OSC8 = "\x1b]8;;mailto:x@evil.example\x1b\\klik\x1b]8;;\x1b\\.txt"; // a file name has no "/"
const ANSI = "\x1b[2J\x1b[31mrød\u009b0m\u202eftxt.txt";

let tmp: ReturnType<typeof scratch>;
const profile = readFileSync(join(ROOT, "fixtures/check/defective.txt"));
beforeAll(() => {
  tmp = scratch("names");
  writeFileSync(join(tmp.dir, FORGED), ""); // empty: fails, and its name goes to stderr
  writeFileSync(join(tmp.dir, OSC8), profile);
  writeFileSync(join(tmp.dir, ANSI), profile);
});
afterAll(() => tmp.remove());

const run = (args: string[]) => runCli(args, undefined, tmp.dir);
/** Nothing a terminal or a workflow runner would act on: no C0/C1 control but the line ends, no line of ours opening a command. */
function inert(text: string) {
  expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u);
  for (const line of text.split("\n")) expect(line).not.toMatch(/^::(?!(?:error|warning) file=)/u);
}

describe("hostile file names on stderr and on the terminal", () => {
  it("parse: a failing file's name cannot start a workflow command on stderr", () => {
    const r = run(["parse", ".", "--format", "ndjson", "-q"]);
    expect(r.code).toBe(1);
    inert(r.stderr);
    expect(r.stderr).toContain("error a\\n::warning file=README.md::forged\\n.txt: empty file\n");
    expect(r.stderr.split("\n").filter((l) => l.startsWith("::"))).toEqual([]);
  });

  it("parse --format jsonld: the warnings about each posting stay one line each", () => {
    const r = run(["parse", ".", "--format", "jsonld", "-q"]);
    inert(r.stderr);
    expect(r.stderr).toMatch(/^warning \\x1b\]8;;mailto:x@evil\.example\\x1b\\klik\\x1b\]8;;\\x1b\\\.txt: JobPosting\.datePosted/mu);
  });

  it("check, text report: names escaped, one line each", () => {
    const r = run(["check", ".", "--today", "2026-06-01"]);
    expect(r.code).toBe(1);
    inert(r.stdout);
    inert(r.stderr);
    expect(r.stdout).toContain("\\x1b[2J\\x1b[31mrød\\x9b0m\\u202eftxt.txt\n");
  });

  it("check --format github: file, title and message escaped as the toolkit does", () => {
    const r = run(["check", ".", "--today", "2026-06-01", "--format", "github"]);
    const lines = r.stdout.trimEnd().split("\n");
    // every line is one of our annotations or the summary: no line forged from a name
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(?:error|warning) file=[^\n]*::[^\n]+$/u);
    expect(lines.at(-1)).toMatch(/^jobprofil check: /u);
    inert(r.stderr);
  });

  it("compare --format table: cells escaped", () => {
    // two columns, so that the table has the width to show the whole name
    const r = run(["compare", ".", "-q", "--fields", "file,status"]);
    inert(r.stdout);
    inert(r.stderr);
    expect(r.stdout).toContain("\\x1b]8;;mailto:x@evil.example");
  });
});

describe("the github reporter on a message that carries a newline", () => {
  it("escapes %, CR and LF in the message and the title, and ':' ',' in the file", () => {
    const out = github(
      [
        {
          file: "x,y:z\n::error::forged",
          findings: [{ rule: "missing-contact", severity: "error", message: "a\r\n::error file=README.md::forged 100%" }],
          rules: [],
        },
      ],
      { colours: new Chalk({ level: 0 }), rules: [], toolVersion: "0" },
    );
    expect(out.split("\n")[0]).toBe(
      "::error file=x%2Cy%3Az%0A%3A%3Aerror%3A%3Aforged,title=jobprofil missing-contact::a%0D%0A::error file=README.md::forged 100%25",
    );
  });
});

describe("escapeControls", () => {
  it.each([
    ["Byrådssekretariatet", "Byrådssekretariatet"],
    ["C:\\profiler\\a.pdf", "C:\\profiler\\a.pdf"],
    ["a\nb\rc\td", "a\\nb\\rc\\td"],
    ["\x1b[31m", "\\x1b[31m"],
    ["\u009b31m", "\\x9b31m"],
    ["\u0000\u007f", "\\x00\\x7f"],
    ["abc\u202etxt.exe", "abc\\u202etxt.exe"],
    ["linje\u2028skift", "linje\\u2028skift"],
  ])("%j → %j", (input, expected) => {
    expect(escapeControls(input)).toBe(expected);
  });
});
