import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMany, type Outcome } from "../../src/batch/pool.js";

// The pool runs dist/batch/worker.js: `npm test` builds first.
const seeds = ["000_bf104e8dd2e9b3c4.pdf", "001_4e76841c00d33ecd.txt", "002_ea24eb2fd52c88b1.txt", "003_cec73c19b70fb4cb.pdf", "004_835d2ed9dc5529da.txt"].map(
  (f) => `fixtures/seeds/${f}`,
);
const dir = mkdtempSync(join(tmpdir(), "jobprofil-pool-"));
const fake = join(dir, "fake.pdf");
writeFileSync(fake, "this is no pdf at all\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(paths: string[], opts: Parameters<typeof parseMany>[1]) {
  const seen: [number, Outcome][] = [];
  await parseMany(paths, opts, (i, o) => {
    seen.push([i, o]);
  });
  return seen;
}

describe("parseMany", () => {
  // PDFs first and texts after: the texts finish first, the output must not follow.
  const paths = [...seeds, ...seeds, fake, ...seeds];

  it("hands results on in input order under parallelism, each failure for its file", async () => {
    const seen = await collect(paths, { jobs: 2 });
    expect(seen.map(([i]) => i)).toEqual(paths.map((_, i) => i));
    expect(seen.map(([, o]) => o.path)).toEqual(paths);
    const failed = seen.filter(([, o]) => !o.ok);
    expect(failed).toHaveLength(1);
    expect(failed[0][1]).toMatchObject({ path: fake, ok: false, reason: expect.stringMatching(/not a PDF/) });
    const inProcess = await collect(paths, { jobs: 1 });
    expect(seen.map(([, o]) => (o.ok ? o.value.title : o.reason))).toEqual(inProcess.map(([, o]) => (o.ok ? o.value.title : o.reason)));
  });

  it("gives up on a document after the time limit and goes on with the rest", async () => {
    const seen = await collect([seeds[0], seeds[1], seeds[2]], { jobs: 2, timeoutMs: 1 });
    expect(seen).toHaveLength(3);
    expect(seen[0][1]).toMatchObject({ ok: false, code: "timeout", reason: expect.stringMatching(/timed out/) });
  });

  // JOBPROFIL_TEST_STALL (src/batch/produce.ts) holds the named document's
  // thread for two minutes inside its parse; the workers inherit it.
  describe("a document that stalls inside a step", () => {
    const stalled = join(dir, "stalled.txt");
    copyFileSync(seeds[1], stalled);
    beforeAll(() => {
      process.env.JOBPROFIL_TEST_STALL = "stalled.txt";
    });
    afterAll(() => {
      delete process.env.JOBPROFIL_TEST_STALL;
    });

    it("is stopped in a worker even alone (isolate), and the documents behind it are parsed", async () => {
      const alone = await collect([stalled], { jobs: 1, isolate: true, timeoutMs: 1000 });
      expect(alone).toEqual([[0, expect.objectContaining({ ok: false, path: stalled, code: "timeout" })]]);
      const queued = await collect([stalled, seeds[1], seeds[2], seeds[4]], { jobs: 1, isolate: true, timeoutMs: 1000 });
      expect(queued.map(([, o]) => o.ok)).toEqual([false, true, true, true]);
    });
  });

  it("does nothing for no paths", async () => {
    expect(await collect([], { jobs: 4 })).toEqual([]);
  });
});
