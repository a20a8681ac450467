/**
 * Every public seed's summary (`parse --format md`), as a consultant pastes
 * it: a snapshot per seed in __summaries__/ (reviewed by reading the seed
 * beside it; regenerate on purpose with `npx vitest run -u` and read the
 * diff), and each one taken through pandoc to HTML, as a wiki or a static
 * site would render it. pandoc is required: `.ci/run` installs it, and a
 * machine without it fails here rather than skipping.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { load } from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { toMarkdown } from "../../src/emit/markdown.js";
import { parseFile } from "../../src/pipeline.js";
import type { ProfileRecord } from "../../src/schemas/record.js";
import { ROOT } from "../helpers.js";

const SEEDS = readdirSync(join(ROOT, "fixtures/seeds"))
  .filter((f) => /\.(txt|pdf)$/u.test(f))
  .sort();

const parsed = new Map<string, { record: ProfileRecord; md: string }>();

beforeAll(async () => {
  for (const seed of SEEDS) {
    const { record } = await parseFile(join(ROOT, "fixtures/seeds", seed));
    parsed.set(seed, { record, md: toMarkdown(record) });
  }
}, 120_000);

const snapshotName = (seed: string) => `__summaries__/${basename(seed).replace(/\.(txt|pdf)$/u, "-$1")}.md`;

describe("seed summaries", () => {
  it.each(SEEDS)("%s matches its reviewed summary", async (seed) => {
    await expect(parsed.get(seed)!.md).toMatchFileSnapshot(snapshotName(seed));
  });

  it.each(SEEDS)("%s: every facts cell is in Danish, no machine form", (seed) => {
    const table = parsed.get(seed)!.md.split("\n").filter((l) => l.startsWith("| "));
    for (const row of table) {
      const value = row.split(" | ")[1] ?? "";
      expect(value, row).not.toMatch(/\d{4}-\d{2}-\d{2}|aaremaal|\d{8}/u);
    }
  });
});

function pandocAvailable(): boolean {
  return spawnSync("pandoc", ["--version"], { encoding: "utf8" }).status === 0;
}

function toHtml(md: string, from: string): string {
  return execFileSync("pandoc", ["-f", from, "-t", "html"], { input: md, encoding: "utf8", timeout: 60_000 });
}

describe("seed summaries render", () => {
  it("pandoc is installed (.ci/run installs Debian's pandoc)", () => {
    expect(pandocAvailable(), "pandoc not found: apt-get install -y pandoc").toBe(true);
  });

  for (const from of ["markdown", "gfm"])
    it.each(SEEDS)(`%s renders through pandoc -f ${from}: the facts table, every heading, no stray markup`, (seed) => {
      const { record, md } = parsed.get(seed)!;
      const $ = load(toHtml(md, from));
      const headings = $("h1, h2, h3")
        .map((_, h) => $(h).text().replace(/\s+/gu, " ").trim())
        .get();
      expect(headings[0]).toBe(record.title);
      // the facts table, with its Danish heads
      expect($("table th").first().text()).toBe("Fakta");
      expect($("table tr").length).toBeGreaterThan(3);
      // every section heading as written (without an introducing colon), or the kind's Danish label
      for (const s of record.sections) {
        const want = (s.heading ?? "").replace(/\s+/gu, " ").replace(/\s*:\s*$/u, "").trim();
        if (want) expect(headings, want).toContain(want);
        for (const sub of s.subsections) if (sub.heading) expect(headings).toContain(sub.heading.replace(/\s+/gu, " ").replace(/\s*:\s*$/u, "").trim());
      }
      const visible = $.root().text();
      expect(visible).not.toContain("**");
      expect(visible).not.toContain("_(");
      expect(visible).not.toContain("\\");
      expect(visible).not.toMatch(/&(?:[a-z]{2,8}|#\d{1,6});/u);
      expect($("script, iframe, img").length).toBe(0);
    });

  it("renders a cover's short lines as one paragraph, one line each", () => {
    const $ = load(toHtml(parsed.get("002_ea24eb2fd52c88b1.pdf")!.md, "gfm"));
    const cover = $("p").filter((_, p) => $(p).text().includes("VIBORG"));
    expect(cover.length).toBe(1);
    expect(cover.html()).toMatch(/VIBORG<br ?\/?>\s*KOMMUNE<br ?\/?>/u);
    const $4 = load(toHtml(parsed.get("004_835d2ed9dc5529da.txt")!.md, "markdown"));
    const kl = $4("p").filter((_, p) => $4(p).text().includes("Weidekampsgade 10"));
    expect(kl.length).toBe(1);
    expect(kl.text()).toContain("Postboks 3370");
  });
});
