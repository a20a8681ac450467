/**
 * Outputs and limits from the outside (issue 14): --out writes each output
 * whole or not at all, under a name that depends only on its input, never over
 * another output or an input; file-system trouble is one plain line; a PDF
 * that makes pdf.js reject late is reported for itself and its neighbour is
 * parsed; --timeout and --max-size hold for a lone document and for stdin.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, ROOT, runCli } from "./helpers.js";

const SEED = join(ROOT, "fixtures/seeds/002_ea24eb2fd52c88b1.txt");
const work = mkdtempSync(join(tmpdir(), "jobprofil-out-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const lines = (s: string) => s.split("\n").filter(Boolean);

describe("parse --out", () => {
  it("gives same-named inputs no numbered names: the second is refused, the first's output stays its own", () => {
    const dir = join(work, "same");
    mkdirSync(join(dir, "a"), { recursive: true });
    mkdirSync(join(dir, "b"), { recursive: true });
    copyFileSync(SEED, join(dir, "a", "profil.txt"));
    writeFileSync(join(dir, "b", "profil.txt"), "Jobprofil\n\nEn anden stilling.\n");
    const out = join(dir, "out");
    const r = runCli(["parse", join(dir, "a", "profil.txt"), join(dir, "b", "profil.txt"), "--out", out, "--quiet"]);
    expect(r.code).toBe(1);
    expect(readdirSync(out)).toEqual(["profil.json"]);
    expect(JSON.parse(readFileSync(join(out, "profil.json"), "utf8")).source.path).toBe(join(dir, "a", "profil.txt"));
    expect(lines(r.stderr)).toEqual([`error ${join(dir, "b", "profil.txt")}: not written: ${join(out, "profil.json")} already holds the output of ${join(dir, "a", "profil.txt")} (same file name; use separate --out folders)`]);
    // a run with the second alone gives it the same name as ever
    const again = runCli(["parse", join(dir, "b", "profil.txt"), "--out", join(dir, "out2")]);
    expect(again.code).toBe(0);
    expect(readdirSync(join(dir, "out2"))).toEqual(["profil.json"]);
  });

  it("never writes an output over an input", () => {
    const dir = join(work, "over");
    mkdirSync(dir, { recursive: true });
    const input = join(dir, "x.md");
    writeFileSync(input, "# Jobprofil\n\nTekst her.\n");
    const r = runCli(["parse", input, "--out", dir, "--format", "md"]);
    expect(r.code).toBe(1);
    expect(readFileSync(input, "utf8")).toBe("# Jobprofil\n\nTekst her.\n");
    expect(r.stderr).toBe(`error ${input}: not written: ${input} is one of the inputs\n`);
  });

  it("names an --out that is a file in one plain line", () => {
    const file = join(work, "a-file");
    writeFileSync(file, "");
    const r = runCli(["parse", SEED, "--out", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error ${file}: cannot write outputs here: not a directory (--out)\n`);
  });

  it("leaves no half-written output when the run is killed", async () => {
    const dir = join(work, "kill");
    mkdirSync(dir, { recursive: true });
    const seed = readFileSync(SEED, "utf8");
    const inputs = [1, 2, 3].map((i) => {
      const p = join(dir, `big${i}.txt`);
      writeFileSync(p, seed.repeat(200));
      return p;
    });
    const out = join(dir, "out");
    for (const delay of [300, 900, 1500]) {
      rmSync(out, { recursive: true, force: true });
      const child = spawn(BIN, ["parse", ...inputs, "--out", out, "--jobs", "1", "--quiet"], { stdio: "ignore" });
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill("SIGKILL");
      await new Promise((resolve) => child.once("exit", resolve));
      let names: string[] = [];
      try {
        names = readdirSync(out);
      } catch {
        continue; // killed before the folder was made
      }
      // An output is there whole or not at all; only a temporary file may be cut short.
      for (const name of names.filter((n) => n.endsWith(".json"))) expect(() => JSON.parse(readFileSync(join(out, name), "utf8"))).not.toThrow();
    }
  }, 60_000);
});

/**
 * A read-only folder and a full disk, for real: small tmpfs mounts (we run as
 * root, so chmod would not bite). Where mounting is not allowed the tests are
 * skipped; test/batch/output-files.test.ts holds the same reasons with the
 * failures put into the writer.
 */
function tmpfs(name: string, options: string): string | null {
  const at = join(work, name);
  mkdirSync(at, { recursive: true });
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", at], { stdio: "ignore" });
  return r.status === 0 ? at : null;
}
const mounts: string[] = [];
const readOnly = tmpfs("ro", "ro,size=64k");
const full = tmpfs("full", "size=96k");
for (const m of [readOnly, full]) if (m) mounts.push(m);
afterAll(() => {
  for (const m of mounts) spawnSync("umount", [m], { stdio: "ignore" });
});

describe("file-system conditions are one plain line", () => {
  it.skipIf(!readOnly)("a read-only --out folder", () => {
    const r = runCli(["parse", SEED, "--out", readOnly!]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error ${join(readOnly!, "002_ea24eb2fd52c88b1.json")}: not written: read-only file system\n`);
    const below = runCli(["parse", SEED, "--out", join(readOnly!, "new", "folder")]);
    expect(below.code).toBe(1);
    expect(below.stderr).toBe(`error ${join(readOnly!, "new", "folder")}: cannot write outputs here: read-only file system (--out)\n`);
  });

  it.skipIf(!full)("a full disk: the batch stops with one line, and every output there is whole", () => {
    // Each record is about 64 kB: the first fits, the second does not.
    const seeds = ["001_4e76841c00d33ecd.txt", "002_ea24eb2fd52c88b1.txt", "004_835d2ed9dc5529da.txt"].map((f) => join(ROOT, "fixtures/seeds", f));
    const r = runCli(["parse", ...seeds, "--out", full!, "--jobs", "1", "--quiet"]);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^error \S+\.json: not written: no space left on device$/u)]);
    expect(r.stderr).not.toContain("internal error");
    const names = readdirSync(full!);
    expect(names.filter((n) => !n.endsWith(".json"))).toEqual([]); // no temporary file left
    for (const n of names) expect(() => JSON.parse(readFileSync(join(full!, n), "utf8"))).not.toThrow();
    // stdin's output, on the same full disk
    const stdin = runCli(["parse", "-", "--out", full!], readFileSync(seeds[1]));
    expect(stdin.code).toBe(1);
    expect(stdin.stderr).toBe(`error ${join(full!, "stdin.json")}: not written: no space left on device\n`);
  });

  it("a missing folder it cannot make", () => {
    const r = runCli(["parse", SEED, "--out", "/proc/jobprofil-out"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error /proc/jobprofil-out: cannot write outputs here: no such directory (--out)\n");
  });
});

describe("a PDF that pdf.js rejects late", () => {
  it("is reported for itself, once, in one line, and its neighbours are parsed", () => {
    const pdf = readFileSync(join(ROOT, "fixtures/layouts/two-column.pdf")).toString("latin1");
    expect(pdf).toContain("/Kids [5 0 R 7 0 R 9 0 R]");
    const broken = join(work, "kids.pdf");
    writeFileSync(broken, Buffer.from(pdf.replace("/Kids [5 0 R 7 0 R 9 0 R]", "/Kids [5 1 R 7 2 R 9 0 R]"), "latin1"));
    const alone = runCli(["parse", broken]);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toMatch(/^error \S+kids\.pdf: unreadable PDF \(Inconsistent generation in XRef[^\n]*\)\n$/u);
    for (const jobs of ["1", "2"]) {
      const r = runCli(["parse", broken, SEED, join(ROOT, "fixtures/layouts/two-column.pdf"), "--format", "ndjson", "--jobs", jobs, "--quiet"]);
      expect(r.code).toBe(1);
      expect(lines(r.stdout)).toHaveLength(2);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(/^error \S+kids\.pdf: unreadable PDF/u)]);
    }
  });
});

describe("limits that hold for one document", () => {
  const big = join(work, "big.txt");
  writeFileSync(big, readFileSync(SEED, "utf8").repeat(300));

  it("--timeout gives up on a lone document", () => {
    for (const extra of [[], ["--jobs", "1"]]) {
      const r = runCli(["parse", big, "--timeout", "0.05", ...extra]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^error \S+big\.txt: timed out after 0\.\d s \(see --timeout\)\n$/u);
    }
  });

  // JOBPROFIL_TEST_STALL (src/batch/produce.ts) holds the thread of the
  // document so named for two minutes, inside a step, where no check between
  // steps can see it: only a limit that stops the thread ends it. runCli gives
  // up after one minute, so a run that ends at all ended on the limit.
  const stalled = join(work, "stalled.txt");
  copyFileSync(SEED, stalled);
  const stalling = (args: string[]) =>
    spawnSync(BIN, args, { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", JOBPROFIL_TEST_STALL: "stalled.txt" }, timeout: 60_000 });

  it("--timeout stops a lone document inside a step that runs long", () => {
    for (const command of [["parse"], ["check"], ["compare", "--format", "csv"]]) {
      const r = stalling([...command, stalled, "--timeout", "1"]);
      expect(r.error).toBeUndefined();
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`error ${stalled}: timed out after 1 s (see --timeout)\n`);
    }
  });

  it("--timeout with --jobs 1 stops the stalled document and parses the next", () => {
    const r = stalling(["parse", stalled, SEED, "--jobs", "1", "--timeout", "1", "--format", "ndjson", "--quiet"]);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`error ${stalled}: timed out after 1 s (see --timeout)\n`);
    expect(lines(r.stdout).map((l) => JSON.parse(l).source.path)).toEqual([SEED]);
  });

  it("--max-size holds for stdin", () => {
    const r = runCli(["parse", "-", "--max-size", "1"], readFileSync(big));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error <stdin>: file too large (more than 1.0 MB; the limit is 1.0 MB, see --max-size)\n");
  });

  it("refuses a document past the text ceiling in one line", () => {
    const huge = join(work, "lines.txt");
    writeFileSync(huge, "a\n".repeat(1_000_001));
    const r = runCli(["parse", huge]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error ${huge}: too much text (1,000,002 lines; the limit is 1,000,000)\n`);
  });
});
