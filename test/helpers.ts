import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = new URL("..", import.meta.url).pathname;
export const BIN = join(ROOT, "bin", "jobprofil");

/** Every document fixture the invariants must hold for: the seeds and the generated layouts. */
export function documentFixtures(): string[] {
  const dirs = ["fixtures/seeds", "fixtures/layouts"];
  return dirs.flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => /\.(txt|pdf|md)$/u.test(f))
      .sort()
      .map((f) => join(d, f)),
  );
}

/**
 * Every document the project holds, in every format: the fixtures above,
 * our own wild corpus and the format fixtures. The nothing-lost invariant
 * holds for each.
 */
export function allDocumentFixtures(): string[] {
  const dirs = ["fixtures/wild/text", "fixtures/wild/md", "fixtures/wild/pdf", "fixtures/wild/html", "fixtures/wild/docx", "fixtures/wild/pdf-chromium", "fixtures/formats/html", "fixtures/formats/docx", "fixtures/formats/markdown"];
  return [
    ...documentFixtures(),
    ...dirs.flatMap((d) =>
      readdirSync(join(ROOT, d))
        .filter((f) => /\.(txt|pdf|md|html?|docx)$/u.test(f))
        .sort()
        .map((f) => join(d, f)),
    ),
  ];
}

/** The text of every text and Markdown document the project holds: what a pattern's cheap first look is checked against. */
export function fixtureTexts(): string[] {
  return allDocumentFixtures()
    .filter((f) => /\.(txt|md)$/u.test(f))
    .map((f) => readFileSync(join(ROOT, f), "utf8"));
}

export function runCli(args: string[], input?: string | Buffer, cwd = ROOT) {
  const r = spawnSync(BIN, args, {
    cwd,
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The scorer's folding: letters and digits only, so wrapping and hyphenation do not count. */
export const fold = (s: string) => s.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
