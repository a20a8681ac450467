// The --out writer alone (src/cli/output-files.ts), with the file system's failures put in.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureOutputFolder, OutputError, writeAtomically, type OutputFs } from "../../src/cli/output-files.js";

const dir = mkdtempSync(join(tmpdir(), "jobprofil-writer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** A file system that fails `step` with `code`, and records what is left behind. */
function failing(step: "writeFile" | "rename", code: string) {
  const files = new Set<string>();
  const fs: OutputFs = {
    async writeFile(path) {
      files.add(path); // a full disk fails after part of the file is written
      if (step === "writeFile") throw errno(code);
    },
    async rename(from, to) {
      if (step === "rename") throw errno(code);
      files.delete(from);
      files.add(to);
    },
    async rm(path) {
      files.delete(path);
    },
  };
  return { fs, files };
}

describe("writeAtomically", () => {
  it.each([
    ["writeFile", "ENOSPC", "not written: no space left on device"],
    ["writeFile", "EROFS", "not written: read-only file system"],
    ["writeFile", "EACCES", "not written: permission denied"],
    ["writeFile", "ENOENT", "not written: no such directory"],
    ["rename", "EISDIR", "not written: is a directory"],
    ["writeFile", "EIO", "not written: cannot write (EIO)"],
  ] as const)("%s failing with %s is one plain reason, and nothing is left behind", async (step, code, reason) => {
    const { fs, files } = failing(step, code);
    const err = await writeAtomically("/out/profil.json", "{}", "out/profil.json", fs).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect(err).toMatchObject({ path: "out/profil.json", reason });
    expect([...files]).toEqual([]);
  });

  it("puts the whole file under its name and no temporary beside it", async () => {
    await writeAtomically(join(dir, "a.json"), '{"a":1}');
    expect(readdirSync(dir)).toEqual(["a.json"]);
  });
});

describe("ensureOutputFolder", () => {
  it("makes missing levels, and names a file in the way", async () => {
    await ensureOutputFolder(join(dir, "x", "y", "z"));
    expect(readdirSync(join(dir, "x", "y"))).toEqual(["z"]);
    await expect(ensureOutputFolder(join(dir, "a.json"), "out")).rejects.toMatchObject({ path: "out", reason: "cannot write outputs here: not a directory (--out)" });
    await expect(ensureOutputFolder(join(dir, "a.json", "below"))).rejects.toMatchObject({ reason: "cannot write outputs here: not a directory (--out)" });
  });

  it("returns for a folder the kernel will not make (Node's recursive mkdir never does under /proc)", async () => {
    await expect(ensureOutputFolder("/proc/jobprofil-out/x")).rejects.toMatchObject({ reason: expect.stringMatching(/^cannot write outputs here: /u) });
  });
});
