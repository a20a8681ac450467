// Finding 4 of issue 16: a folder from a pull request holding
// `leak.txt -> /outside/secret` must not put the secret into any output. By
// default such links are skipped with one warning line naming them;
// --follow-symlinks reads them. Links that stay inside the tree are read.
import { mkdirSync, symlinkSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandInputs } from "../../src/batch/inputs.js";
import { ROOT, runCli } from "../helpers.js";
import { scratch } from "./hostile.js";

const SECRET = "HEMMELIG-TOKEN-4711";
let tmp: ReturnType<typeof scratch>;
let work: string;
beforeAll(() => {
  tmp = scratch("links");
  work = join(tmp.dir, "repo");
  const secrets = join(tmp.dir, "home");
  mkdirSync(join(secrets, "dir"), { recursive: true });
  writeFileSync(join(secrets, "npmrc.txt"), `//registry.npmjs.org/:_authToken=${SECRET}\n`);
  writeFileSync(join(secrets, "dir", "x.txt"), `${SECRET}\n`);
  mkdirSync(join(work, "profiler", "sub"), { recursive: true });
  copyFileSync(join(ROOT, "fixtures/check/clean.txt"), join(work, "profiler", "clean.txt"));
  symlinkSync(join(secrets, "npmrc.txt"), join(work, "profiler", "leak.txt"));
  symlinkSync("../../home/dir", join(work, "profiler", "ud"));
  symlinkSync("../clean.txt", join(work, "profiler", "sub", "inde.txt"));
  symlinkSync(join(secrets, "npmrc.txt"), join(work, "named.txt"));
  symlinkSync("profiler/clean.txt", join(work, "alias.txt"));
});
afterAll(() => tmp.remove());

const run = (args: string[]) => runCli(args, undefined, work);
const warning = (path: string, inside: string) =>
  `warning ${path}: symbolic link to outside ${inside}, not followed (--follow-symlinks reads it)\n`;

describe("links out of the tree", () => {
  it("parse skips them with a warning each and reads the rest (exit 0)", () => {
    const r = run(["parse", "profiler", "named.txt", "--format", "ndjson", "-q"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(SECRET);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).source.path)).toEqual(["profiler/clean.txt", "profiler/sub/inde.txt"]);
    expect(r.stderr).toBe(warning("profiler/leak.txt", "profiler") + warning("profiler/ud", "profiler") + warning("named.txt", "the working directory"));
  });

  it("check and compare skip them too", () => {
    const check = run(["check", "profiler", "--format", "json", "--today", "2026-06-01"]);
    expect(check.stdout).not.toContain(SECRET);
    expect(JSON.parse(check.stdout).map((x: { file: string }) => x.file)).toEqual(["profiler/clean.txt", "profiler/sub/inde.txt"]);
    expect(check.stderr).toContain(warning("profiler/leak.txt", "profiler"));
    const compare = run(["compare", "profiler/**/*.txt", "--format", "json", "--fields", "file", "-q"]);
    expect(compare.stdout).not.toContain(SECRET);
    expect(JSON.parse(compare.stdout)).toEqual([{ file: "profiler/clean.txt" }, { file: "profiler/sub/inde.txt" }]);
    expect(compare.stderr).toContain(warning("profiler/leak.txt", "profiler"));
  });

  it("reads a link inside the working directory named on the command line", () => {
    const r = run(["parse", "alias.txt"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toBe("alias.txt");
    expect(r.stderr).toBe("");
  });

  it("--follow-symlinks reads them, in every command", () => {
    const parse = run(["parse", "named.txt", "--follow-symlinks", "--format", "md"]);
    expect(parse.stdout).toContain(SECRET);
    const check = run(["check", "profiler", "--follow-symlinks", "--format", "json", "--today", "2026-06-01"]);
    expect(JSON.parse(check.stdout).map((x: { file: string }) => x.file)).toEqual([
      "profiler/clean.txt",
      "profiler/leak.txt",
      "profiler/sub/inde.txt",
      "profiler/ud/x.txt",
    ]);
    expect(check.stderr).not.toContain("warning");
    const compare = run(["compare", "profiler", "--follow-symlinks", "--format", "json", "--fields", "file", "-q"]);
    expect(JSON.parse(compare.stdout)).toHaveLength(4);
  });
});

describe("expandInputs with a link policy", () => {
  it("reports each skipped link through onSkip, not as an input", async () => {
    const skipped: string[] = [];
    const entries = await expandInputs(["profiler", "named.txt", "alias.txt"], { cwd: work, onSkip: (p) => skipped.push(p) });
    expect(entries).toEqual([{ path: "profiler/clean.txt" }, { path: "profiler/sub/inde.txt" }, { path: "alias.txt" }]);
    expect(skipped).toEqual(["profiler/leak.txt", "profiler/ud", "named.txt"]);
  });

  it("names the working directory when a glob walks it", async () => {
    const skipped: string[] = [];
    const entries = await expandInputs(["*.txt"], { cwd: work, onSkip: (p, why) => skipped.push(`${p}: ${why}`) });
    expect(entries).toEqual([{ path: "alias.txt" }]);
    expect(skipped).toEqual(["named.txt: symbolic link to outside the working directory, not followed (--follow-symlinks reads it)"]);
  });

  it("confines a path named from outside the working directory to its own folder", async () => {
    const skipped: string[] = [];
    const cwd = join(tmp.dir, "home");
    const entries = await expandInputs([join(work, "profiler", "clean.txt"), join(work, "named.txt")], { cwd, onSkip: (p) => skipped.push(p) });
    expect(entries).toEqual([{ path: join(work, "profiler", "clean.txt") }]);
    expect(skipped).toEqual([join(work, "named.txt")]);
  });
});
