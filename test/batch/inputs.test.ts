import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandInputs } from "../../src/batch/inputs.js";

let dir: string;
const touch = (p: string) => {
  mkdirSync(join(dir, p, ".."), { recursive: true });
  writeFileSync(join(dir, p), "Jobprofil\n");
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jobprofil-inputs-"));
  for (const p of [
    "profiler/b.pdf",
    "profiler/a.txt",
    "profiler/profil-10.txt",
    "profiler/profil-9.txt",
    "profiler/notes.docx",
    "profiler/billede.png",
    "profiler/Viborg/chef.md",
    "profiler/Viborg/side.HTML",
    "profiler/udkast/kladde.txt",
    "profiler/dybt/ned/i/mapper/x.markdown",
    "loop/a.txt",
    "other/readme.rtf",
  ])
    touch(p);
  // A link back up the tree: walking it naively never ends.
  symlinkSync(".", join(dir, "loop", "tilbage"));
  // Root reads every file, so chmod 000 proves nothing in CI; a dangling link
  // and a FIFO are entries that cannot be read whoever runs the test.
  symlinkSync("findes-ikke.pdf", join(dir, "profiler", "borte.pdf"));
  try {
    execFileSync("mkfifo", [join(dir, "profiler", "rør.txt")]);
  } catch {
    /* no mkfifo: the FIFO case below is skipped */
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paths = (entries: { path: string; error?: string }[]) => entries.map((e) => (e.error ? `${e.path} ! ${e.error}` : e.path));

describe("expandInputs", () => {
  it("walks a directory recursively, documents only, in sorted order", async () => {
    const entries = await expandInputs(["profiler"], { cwd: dir });
    const ok = entries.filter((e) => !e.error).map((e) => e.path);
    expect(ok).toEqual([
      "profiler/a.txt",
      "profiler/b.pdf",
      "profiler/dybt/ned/i/mapper/x.markdown",
      "profiler/notes.docx",
      "profiler/profil-9.txt",
      "profiler/profil-10.txt",
      "profiler/udkast/kladde.txt",
      "profiler/Viborg/chef.md",
      "profiler/Viborg/side.HTML",
    ]);
  });

  it("reports a dangling link as an error for that path, not fatally", async () => {
    const entries = await expandInputs(["profiler"], { cwd: dir });
    expect(paths(entries)).toContain("profiler/borte.pdf ! broken symbolic link");
  });

  it("reports a FIFO named like a document", async (t) => {
    const entries = await expandInputs(["profiler"], { cwd: dir });
    if (!entries.some((e) => e.path.endsWith("rør.txt"))) t.skip();
    expect(paths(entries)).toContain("profiler/rør.txt ! not a regular file");
  });

  it("skips --ignore patterns, by segment and by path", async () => {
    const entries = await expandInputs(["profiler"], { cwd: dir, ignore: ["udkast", "profiler/Viborg/**", "*-10.txt"] });
    const ok = entries.filter((e) => !e.error).map((e) => e.path);
    expect(ok).not.toContain("profiler/udkast/kladde.txt");
    expect(ok.some((p) => p.includes("Viborg"))).toBe(false);
    expect(ok).not.toContain("profiler/profil-10.txt");
    expect(ok).toContain("profiler/profil-9.txt");
  });

  it("reports a symbolic link loop once and still lists the rest", async () => {
    const entries = await expandInputs(["loop"], { cwd: dir });
    expect(paths(entries)).toEqual(["loop/a.txt", "loop/tilbage ! symbolic link loop"]);
  });

  it("takes a file named explicitly whatever its extension", async () => {
    expect(await expandInputs(["other/readme.rtf"], { cwd: dir })).toEqual([{ path: "other/readme.rtf" }]);
  });

  it("expands globs, and reports one that matches nothing", async () => {
    expect(paths(await expandInputs(["profiler/**/*.md"], { cwd: dir }))).toEqual(["profiler/Viborg/chef.md"]);
    expect(paths(await expandInputs(["profiler/*.txt"], { cwd: dir }))).toEqual(
      expect.arrayContaining(["profiler/a.txt", "profiler/profil-9.txt", "profiler/profil-10.txt"]),
    );
    expect(paths(await expandInputs(["other/*.rtf"], { cwd: dir }))).toEqual(["other/readme.rtf"]);
    expect(paths(await expandInputs(["ingen/*.pdf"], { cwd: dir }))).toEqual(["ingen/*.pdf ! no files match this pattern"]);
  });

  it("keeps argument order, lists each file once, passes - through", async () => {
    const entries = await expandInputs(["profiler/b.pdf", "-", "profiler/Viborg", "profiler/b.pdf", "mangler.pdf"], { cwd: dir });
    expect(paths(entries)).toEqual([
      "profiler/b.pdf",
      "-",
      "profiler/Viborg/chef.md",
      "profiler/Viborg/side.HTML",
      "mangler.pdf ! no such file",
    ]);
  });

  it("gives the same order on every run", async () => {
    const a = await expandInputs(["profiler", "loop"], { cwd: dir });
    const b = await expandInputs(["profiler", "loop"], { cwd: dir });
    expect(b).toEqual(a);
  });
});
