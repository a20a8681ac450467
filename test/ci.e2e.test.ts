/**
 * The package as a user gets it, and the CI files as they run: `npm pack`,
 * the workflow's own install step (into a temporary prefix), then `parse`,
 * `check`, `compare` and `rules` from another folder; the workflow's check
 * step, the git hook and the pre-commit hook on a repository whose file names
 * have spaces; and the README's copies of those files. Needs `npm run build`
 * first and the npm registry (the tarball's dependencies are installed).
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { bindConfig, parseConfigText, resolveRules } from "../src/check/config.js";
import { RULES } from "../src/check/rules/index.js";
import { ROOT } from "./helpers.js";
// @ts-expect-error: a plain ES module script, without types
import { includedPaths, renderIncludes } from "../scripts/readme-includes.mjs";

interface Step {
  name?: string;
  run?: string;
  env?: Record<string, string>;
  uses?: string;
  with?: Record<string, string>;
}
const workflow = parseYaml(readFileSync(join(ROOT, ".github/workflows/jobprofil.yml"), "utf8")) as { jobs: { check: { steps: Step[] } } };
const step = (name: string) => workflow.jobs.check.steps.find((s) => s.name === name)!;

const work = mkdtempSync(join(tmpdir(), "jobprofil-package-"));
const prefix = join(work, "prefix");
const bin = join(prefix, "bin");
const installed = join(prefix, "lib", "node_modules", "jobprofil");
let tarball = "";
let files: string[] = [];

const shellOptions = (cwd: string, env: Record<string, string>) => ({
  cwd,
  encoding: "utf8" as const,
  env: { ...process.env, ...env, PATH: `${bin}${delimiter}${process.env.PATH}`, NO_COLOR: "1" },
  timeout: 600_000,
});

/** A shell command with the installed jobprofil first on PATH and nothing of the checkout's. */
function sh(script: string, cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync("bash", ["-c", script], shellOptions(cwd, env));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  // Awaited, not spawned synchronously: packing and installing take 40 s on a busy machine, and a test
  // worker deaf that long misses vitest's own messages (test/event-loop.setup.ts).
  const run = promisify(execFile);
  // --ignore-scripts: `npm test` has built already, and a rebuild would pull dist/ from under the other tests.
  const packed = JSON.parse((await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: ROOT, encoding: "utf8" })).stdout);
  tarball = join(work, packed[0].filename);
  files = packed[0].files.map((f: { path: string }) => f.path);
  // The workflow's own install step, pointed at the tarball and a temporary prefix; a failure rejects with its stderr.
  const install = step("Install jobprofil");
  await run("bash", ["-c", install.run!], shellOptions(work, { ...install.env, JOBPROFIL: tarball, npm_config_prefix: prefix }));
}, 600_000);

describe("the package", () => {
  it("ships the bundle, the library with its sources, schemas, rule pages and the licence", () => {
    for (const f of ["bin/jobprofil", "dist/bundle/jobprofil.cjs", "dist/bundle/worker.cjs", "dist/index.js", "schemas/record.schema.json", "schemas/jobprofilrc.schema.json", "LICENSE", "README.md"])
      expect(files).toContain(f);
    for (const rule of RULES) expect(files).toContain(`docs/rules/${rule.id}.md`);
  });

  it("ships no V8 code cache (it belongs to the Node that built it)", () => {
    expect(files.filter((f) => f.endsWith(".cache"))).toEqual([]);
  });

  it("has no dangling source maps: every map's sources are in the package", () => {
    const maps = files.filter((f) => f.endsWith(".map"));
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) {
      const { sources } = JSON.parse(readFileSync(join(installed, map), "utf8")) as { sources: string[] };
      for (const source of sources) expect(files, `${map} → ${source}`).toContain(join(map, "..", source));
    }
  });

  it("states its engines and an MIT licence", () => {
    const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
    expect(pkg.engines.node).toMatch(/^>=20/u);
    expect(pkg.license).toBe("MIT");
    expect(readFileSync(join(installed, "LICENSE"), "utf8")).toMatch(/^MIT License/u);
  });
});

describe("the installed command, run from another folder", () => {
  const elsewhere = join(work, "elsewhere");
  mkdirSync(elsewhere, { recursive: true });
  copyFileSync(join(ROOT, "fixtures/check/clean.txt"), join(elsewhere, "min profil.txt"));
  copyFileSync(join(ROOT, "fixtures/seeds/002_ea24eb2fd52c88b1.pdf"), join(elsewhere, "profil.pdf"));

  it("parses", () => {
    const r = sh('jobprofil parse "min profil.txt"', elsewhere);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: "1", employer: "Egebjerg Kommune" });
  });

  it("parses a PDF (pdf.js loaded from the installed dependencies)", () => {
    const r = sh("jobprofil parse profil.pdf --format json", elsewhere);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).source).toMatchObject({ format: "pdf" });
  });

  it("checks", () => {
    expect(sh('jobprofil check "min profil.txt" --today 2026-06-01', elsewhere)).toEqual({ code: 0, stdout: "1 file checked, no problems\n", stderr: "" });
  });

  it("compares", () => {
    const r = sh("jobprofil compare . --format json", elsewhere);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((row: { file: string }) => row.file)).toEqual(["min profil.txt", "profil.pdf"]);
  });

  it("prints a rule's page", () => {
    const r = sh("jobprofil rules missing-section", elsewhere);
    expect(r.stdout).toBe(readFileSync(join(ROOT, "docs/rules/missing-section.md"), "utf8"));
  });

  it("runs the bundle, and wrote its own code cache on the first run", () => {
    expect(existsSync(join(installed, "dist/bundle/jobprofil.cjs.cache"))).toBe(true);
    expect(sh("jobprofil --version", elsewhere).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});

/** A git repository of profiles with one commit of base and one that adds or changes profiles. */
function profilesRepo() {
  const dir = mkdtempSync(join(tmpdir(), "jobprofil-repo-"));
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.dk", "-c", "commit.gpgsign=false", ...args], { cwd: dir, encoding: "utf8" });
  git("init", "-q");
  mkdirSync(join(dir, "profiler"));
  writeFileSync(join(dir, "README.md"), "profiler\n");
  git("add", ".");
  git("commit", "-qm", "base");
  const base = git("rev-parse", "HEAD").trim();
  copyFileSync(join(ROOT, "fixtures/check/clean.txt"), join(dir, "profiler", "min profil.txt"));
  copyFileSync(join(ROOT, "fixtures/check/defective.txt"), join(dir, "profiler", "ny direktør.txt"));
  return { dir, git, base };
}

describe("the workflow's check step", () => {
  const check = step("Check changed profiles");

  it("annotates the changed profiles (names with spaces), writes SARIF and fails on errors", () => {
    const { dir, git, base } = profilesRepo();
    git("add", ".");
    git("commit", "-qm", "profiles");
    const r = sh(check.run!, dir, { BASE: base });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/^::error file=profiler\/ny direktør\.txt,title=jobprofil missing-section::/mu);
    expect(r.stdout).not.toMatch(/^::error file=profiler\/min profil\.txt/mu);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toMatch(/^jobprofil check: \d+ problems \(5 errors, .*\) in \d of 2 files$/u);
    const sarif = JSON.parse(readFileSync(join(dir, "jobprofil.sarif"), "utf8"));
    expect(sarif.runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual(["profiler/min%20profil.txt", "profiler/ny%20direkt%C3%B8r.txt"]);
    expect(step("Check changed profiles").env?.BASE).toContain("github.base_ref");
  });

  it("passes, with an empty SARIF log, when no profile changed", () => {
    const { dir, base } = profilesRepo();
    const r = sh(check.run!, dir, { BASE: base });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "jobprofil.sarif"), "utf8")).runs[0].results).toEqual([]);
  });

  it("uploads the SARIF file the step writes", () => {
    const upload = workflow.jobs.check.steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif"));
    expect(upload?.with?.sarif_file).toBe("jobprofil.sarif");
  });
});

describe("the git hook", () => {
  it("checks the staged profiles, one file per name with spaces, and blocks the commit on errors", () => {
    const { dir, git } = profilesRepo();
    copyFileSync(join(ROOT, "docs/ci/pre-commit"), join(dir, ".git/hooks/pre-commit"));
    chmodSync(join(dir, ".git/hooks/pre-commit"), 0o755);
    git("add", "profiler/min profil.txt");
    const clean = sh(".git/hooks/pre-commit", dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^1 file checked|in 1 of 1 file$/mu);
    git("add", "profiler/ny direktør.txt");
    const defective = sh(".git/hooks/pre-commit", dir);
    expect(defective.code).not.toBe(0);
    expect(defective.stdout).toMatch(/^profiler\/ny direktør\.txt$/mu);
    expect(defective.stderr).not.toMatch(/no such file/u);
  });

  it("lets a commit without profiles through", () => {
    const { dir, git } = profilesRepo();
    writeFileSync(join(dir, "README.md"), "changed\n");
    git("add", "README.md");
    expect(sh(join(ROOT, "docs/ci/pre-commit"), dir).code).toBe(0);
  });
});

describe("the pre-commit framework's hook", () => {
  const [hook] = parseYaml(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as { id: string; entry: string; files: string; language: string }[];

  it("runs its entry on the files it matches, as pre-commit passes them", () => {
    const { dir } = profilesRepo();
    const names = ["profiler/min profil.txt", "profiler/ny direktør.txt", "README.md"].filter((f) => new RegExp(hook.files, "u").test(f));
    expect(names).toEqual(["profiler/min profil.txt", "profiler/ny direktør.txt"]);
    const quoted = names.map((n) => `'${n}'`).join(" ");
    const r = sh(`${hook.entry} ${quoted} --today 2026-06-01 --format json`, dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).map((x: { file: string }) => x.file)).toEqual(names);
    expect(hook).toMatchObject({ id: "jobprofil-check", language: "node" });
  });
});

describe("the README's CI section", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  it("holds exact copies of the files tested above (node scripts/readme-includes.mjs)", () => {
    expect(includedPaths(readme)).toEqual([".github/workflows/jobprofil.yml", ".pre-commit-hooks.yaml", "docs/ci/pre-commit"]);
    expect(renderIncludes(readme)).toBe(readme);
  });
  it("shows a configuration that check accepts and the config schema validates", async () => {
    const yaml = readme.match(/```yaml\n(# \.jobprofilrc\.yaml\n[\s\S]*?)```/u)![1];
    const config = bindConfig(".jobprofilrc.yaml", parseConfigText(".jobprofilrc.yaml", yaml));
    for (const layer of [config, ...config.overrideLayers]) expect(() => resolveRules([config, layer])).not.toThrow();
    const { Ajv2020 } = await import("ajv/dist/2020.js");
    const schema = JSON.parse(readFileSync(join(ROOT, "schemas/jobprofilrc.schema.json"), "utf8"));
    expect(new Ajv2020({ strict: false }).validate(schema, parseYaml(yaml))).toBe(true);
  });
  it("the check is not vacuous: a changed file makes the README stale", () => {
    expect(renderIncludes(readme, () => "changed\n")).not.toBe(readme);
  });
});

describe("the composite action's check step", () => {
  const action = parseYaml(readFileSync(join(ROOT, "action.yml"), "utf8")) as { runs: { steps: Step[] } };
  const check = action.runs.steps.find((s) => s.name === "Check")!;

  it("writes SARIF and annotations for the files given", () => {
    const { dir } = profilesRepo();
    const r = sh(check.run!, dir, { FILES: "profiler", SARIF: "out.sarif", ARGS: "--today 2026-06-01" });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=profiler\/ny direktør\.txt,title=jobprofil missing-section::/mu);
    expect(JSON.parse(readFileSync(join(dir, "out.sarif"), "utf8")).runs[0].results.length).toBeGreaterThan(0);
  });
});
