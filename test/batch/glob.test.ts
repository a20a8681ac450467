import { describe, expect, it } from "vitest";
import { globBase, globToRegExp, ignoreMatcher } from "../../src/batch/glob.js";

describe("globToRegExp", () => {
  it.each([
    ["*.pdf", "profil.pdf", true],
    ["*.pdf", "a/profil.pdf", false],
    ["**/*.pdf", "profil.pdf", true],
    ["**/*.pdf", "a/b/profil.pdf", true],
    ["arkiv/**", "arkiv/2024/x.txt", true],
    ["profil-?.txt", "profil-1.txt", true],
    ["profil-?.txt", "profil-10.txt", false],
    ["*.{pdf,txt}", "x.txt", true],
    ["*.{pdf,txt}", "x.md", false],
    ["[ab]*.md", "a-profil.md", true],
    ["[!ab]*.md", "a-profil.md", false],
    ["job(1).pdf", "job(1).pdf", true],
    ["job.pdf", "jobxpdf", false],
    ["*.{pdf,{txt,md}}", "x.md", true],
    ["{a,b}/*.pdf", "b/x.pdf", true],
    ["[a-c]*.pdf", "b.pdf", true],
    ["[a-c]*.pdf", "d.pdf", false],
    ["profil[1.pdf", "profil[1.pdf", true],
    ["*a*a*a*b", "aaab", true],
    ["a/**/b/*.txt", "a/b/x.txt", true],
    ["a/**/b/*.txt", "a/x/y/b/x.txt", true],
    ["a/**/b/*.txt", "a/x/y/c/x.txt", false],
    ["arkiv/**", "arkiv", false],
  ])("%s ~ %s → %s", (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });

  // Each "*" in one segment multiplies the work by the segment's length; file
  // names stop at 255 bytes, so a glob a person types stays fast.
  // A backtracking expression for "*a*a*a*a*b" took minutes on a 250-character name (picomatch's too):
  // this one takes name × pattern steps. Only a run that never ends would fail here.
  it("matches a near-miss with many stars in a segment", () => {
    expect(globToRegExp("*a*a*a*a*a*a*a*a*b").test("a".repeat(250))).toBe(false);
    expect(globToRegExp("*a*a*a*a*a*a*a*a*b").test("a".repeat(250) + "b")).toBe(true);
  });

  it("stays fast on a long near-miss with two stars in a segment", () => {
    const re = globToRegExp("**/*profil*.pdf");
    const t = performance.now();
    re.test("x/".repeat(200) + "profil".repeat(42) + ".txt");
    expect(performance.now() - t).toBeLessThan(500);
  });
});

describe("globBase", () => {
  it.each([
    ["profiler/2025/*.pdf", "profiler/2025"],
    ["*.pdf", "."],
    ["a/**/b/*.txt", "a"],
    ["/abs/dir/*.pdf", "/abs/dir"],
  ])("%s → %s", (glob, base) => expect(globBase(glob)).toBe(base));
});

describe("ignoreMatcher", () => {
  const ignored = ignoreMatcher(["udkast", "*.tmp.pdf", "arkiv/gammel/**"]);
  it.each([
    ["profiler/udkast/x.pdf", true],
    ["profiler/x.tmp.pdf", true],
    ["arkiv/gammel/y.txt", true],
    ["arkiv/gammel", true],
    ["profiler/udkast-ikke/x.pdf", false],
    ["profiler/x.pdf", false],
    ["ny/arkiv/gammel/y.txt", false],
  ])("%s → %s", (path, expected) => expect(ignored(path)).toBe(expected));

  it("ignores nothing without patterns", () => expect(ignoreMatcher([])("x.pdf")).toBe(false));
});
