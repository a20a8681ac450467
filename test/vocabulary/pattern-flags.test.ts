/**
 * No pattern pairs `\b` with the `i` and `u` flags together. Under both
 * flags V8 cannot scan ahead for a `\b` and tries the whole pattern at every
 * position of the text: the closing-statement patterns alone took a fifth of
 * a text profile's parse, and `/…\b…/i` finds the same words (a Danish
 * letter is outside ASCII's `\w` under either flag) some thirty times faster.
 * Where a pattern needs `u` (`\p{L}`), `latin()` narrows it to ranges that
 * need none, or the boundary is written as a lookaround.
 * Speed is not asserted here (that is `npm run bench`'s job); the pairing is.
 */
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";

const SLOW = (flags: string, source: string) => flags.includes("i") && flags.includes("u") && /\\b/u.test(source);

const sources = import.meta.glob("../../src/**/*.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

// A regular expression literal after the tokens a literal can follow (not a division).
const LITERAL = /(?<=[(,=[:|&!?{;]\s*|return\s+|^\s*)\/((?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+)\/([dgimsuy]+)/gmu;

describe("patterns V8 scans fast", () => {
  it("finds the literals it checks", () => {
    // the scan itself must see literals, or an empty list below would prove nothing
    const all = Object.values(sources).flatMap((text) => [...text.matchAll(LITERAL)]);
    expect(all.length).toBeGreaterThan(300);
    expect(SLOW("iu", String.raw`\bkontakt`)).toBe(true);
    expect(SLOW("i", String.raw`\bkontakt`)).toBe(false);
  });

  it("no literal in src pairs \\b with the flags i and u", () => {
    const slow = Object.entries(sources).flatMap(([file, text]) =>
      [...text.matchAll(LITERAL)].filter((m) => SLOW(m[2], m[1])).map((m) => `${file}: ${m[0].slice(0, 80)}`),
    );
    expect(slow).toEqual([]);
  });

  it("no literal in src puts \\b beside a Danish letter (a boundary that never holds there)", () => {
    // `\b` knows only ASCII's \w under any flag: "\bønsker" never matches after a space
    const blind = /\\b(?:\(\?:)?[æøåÆØÅ]|[æøåÆØÅ]\)?\\b/u;
    expect(blind.test(String.raw`\b(?:ønsker|vil)`)).toBe(true);
    const found = Object.entries(sources).flatMap(([file, text]) =>
      [...text.matchAll(LITERAL)].filter((m) => blind.test(m[1])).map((m) => `${file}: ${m[0].slice(0, 80)}`),
    );
    expect(found).toEqual([]);
  });

  describe("no pattern built at run time does", () => {
    const Original = globalThis.RegExp;
    afterEach(() => {
      globalThis.RegExp = Original;
    });

    it("while the modules load and a profile and a web page are parsed", async () => {
      const slow: string[] = [];
      globalThis.RegExp = new Proxy(Original, {
        construct(target, args: [string | RegExp, string?]) {
          const re = Reflect.construct(target, args) as RegExp;
          if (SLOW(re.flags, re.source)) slow.push(`/${re.source.slice(0, 80)}/${re.flags}`);
          return re;
        },
      });
      vi.resetModules();
      const { parseProfile } = await import("../../src/index.js");
      for (const path of ["fixtures/seeds/001_4e76841c00d33ecd.txt", "fixtures/wild/html/a-01-holbaek-direktoer.html"]) {
        const result = await parseProfile(new Uint8Array(readFileSync(path)), { fileName: path });
        expect(result.record.sections.length).toBeGreaterThan(2);
      }
      expect(slow).toEqual([]);
    });
  });
});
