import { describe, expect, it } from "vitest";
import { wordPattern } from "../../src/vocabulary/dates.js";
import { LETTER, latin } from "../../src/vocabulary/letters.js";

describe("latin", () => {
  it.each([
    [String.raw`kontakt\p{L}*`, String.raw`kontakt[${LETTER}]*`],
    [String.raw`[\p{L}\d._-]{1,64}@`, String.raw`[${LETTER}\d._-]{1,64}@`],
    [String.raw`\p{L}{0,20}chef`, String.raw`[${LETTER}]{0,20}chef`],
    // other escapes, and a class after an escaped bracket, stay as they are
    [String.raw`\d\.\s\[\p{L}\]`, String.raw`\d\.\s\[[${LETTER}]\]`],
    [String.raw`\P{L}\p{Lu}`, String.raw`\P{L}\p{Lu}`],
  ])("%s → %s", (source, expected) => {
    expect(latin(source)).toBe(expected);
    expect(() => new RegExp(latin(source), "u")).not.toThrow();
  });
});

// The walk `latin` was before it became one native scan: the reference its answers are held to.
function walked(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      if (source.startsWith("\\p{L}", i)) {
        out += inClass ? LETTER : `[${LETTER}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    out += c;
  }
  return out;
}

describe("latin answers as the character walk did", () => {
  const sources = import.meta.glob("../../src/**/*.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
  // every raw template in src: the pattern sources the vocabulary builds, pieces and all
  const raws = Object.values(sources).flatMap((text) => [...text.matchAll(/String\.raw`((?:[^`\\]|\\.)*)`/gu)].map((m) => m[1]));

  it("on every String.raw pattern source in src", () => {
    expect(raws.filter((r) => r.includes("\\p{L}")).length).toBeGreaterThan(30);
    expect(raws.filter((r) => latin(r) !== walked(r))).toEqual([]);
  });

  it.each([String.raw`[[\p{L}]x\p{L}`, String.raw`[\p{L}\]\p{L}]\p{L}`, String.raw`\\p{L}`, String.raw`[^\p{L}\d]+\p{L}{2}`, "plain", ""])("on %j", (source) => {
    expect(latin(source)).toBe(walked(source));
  });
});

describe("word boundaries with Danish and foreign letters", () => {
  const cue = wordPattern(String.raw`kontakt\p{L}*|løn`);
  const hits = (text: string) => [...text.matchAll(cue)].map((m) => m[0]);
  it.each([
    ["Kontakt os", ["Kontakt"]],
    ["kontaktperson og løn", ["kontaktperson", "løn"]],
    // a letter before the cue makes it part of another word: no match
    ["ølkontakt, årsløn, Müllerkontakt, Nguyễnkontakt", []],
    // a letter after it, too ("lønnen" is not "løn" here: the pattern has no suffix for it)
    ["lønnen", []],
    ["(kontakten)", ["kontakten"]],
  ])("%s", (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });
});
