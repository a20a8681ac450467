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
