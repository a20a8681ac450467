import { describe, expect, it } from "vitest";
import { createProgress, progressLine, summaryLine } from "../../src/batch/progress.js";

const sink = (isTTY: boolean) => {
  let text = "";
  return { stream: { isTTY, columns: 80, write: (s: string) => (text += s) }, text: () => text };
};

describe("progress", () => {
  it("draws a line on a TTY and clears it before the summary", () => {
    let t = 0;
    const s = sink(true);
    const p = createProgress(s.stream, { total: 4, now: () => t, interval: 0 });
    t = 1000;
    p.tick(false);
    p.tick(true);
    p.finish();
    expect(s.text()).toContain("2/4");
    expect(s.text()).toContain("1 failed");
    expect(s.text().endsWith("1 parsed, 1 failed, 1.0 s\n")).toBe(true);
  });

  it("writes only the summary when stderr is not a TTY, nothing with --quiet or one input", () => {
    const s = sink(false);
    const p = createProgress(s.stream, { total: 2 });
    p.tick(false);
    p.tick(false);
    p.finish();
    expect(s.text()).toMatch(/^2 parsed, 0 failed, \d/);
    expect(s.text()).not.toContain("\r");
    const q = sink(true);
    const pq = createProgress(q.stream, { total: 2, quiet: true });
    pq.tick(false);
    pq.finish();
    expect(q.text()).toBe("");
    const one = sink(true);
    const p1 = createProgress(one.stream, { total: 1 });
    p1.tick(false);
    p1.finish();
    expect(one.text()).toBe("");
  });

  it("shows rate and ETA and fits narrow terminals", () => {
    const line = progressLine({ done: 50, failed: 0, total: 100, elapsedMs: 10_000 }, 80);
    expect(line).toContain("5.0 docs/s");
    expect(line).toContain("ETA 10.0 s");
    expect(progressLine({ done: 50, failed: 3, total: 100, elapsedMs: 10_000 }, 20).length).toBeLessThanOrEqual(19);
    expect(summaryLine({ done: 3, failed: 1, total: 3, elapsedMs: 65_000 })).toBe("2 parsed, 1 failed, 1 min 5 s");
  });
});
