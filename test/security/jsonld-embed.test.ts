// Finding 1 of issue 16: `--format jsonld` is pasted into a page's
// <script type="application/ld+json">; document text must not be able to end
// that element. The page is parsed by parse5 (through cheerio), which follows
// the HTML standard's script-data rules as browsers do.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers.js";
import { SCRIPT_BREAKOUT, scratch } from "./hostile.js";

let tmp: ReturnType<typeof scratch>;
let file: string;
beforeAll(() => {
  tmp = scratch("jsonld");
  file = join(tmp.dir, "profil.txt");
  writeFileSync(file, SCRIPT_BREAKOUT);
  writeFileSync(join(tmp.dir, "profil-2.txt"), SCRIPT_BREAKOUT.replace("Viborg", "Odder"));
});
afterAll(() => tmp.remove());

const page = (jsonld: string) =>
  `<!doctype html><html><head><title>Job</title><script type="application/ld+json">\n${jsonld}</script></head>` +
  `<body><p id="after">Efter scriptet</p></body></html>`;

describe("parse --format jsonld embedded in a page", () => {
  it("stays one script element whose JSON reads back to the same values", () => {
    const r = runCli(["parse", file, "--format", "jsonld"]);
    expect(r.code).toBe(0);
    const posting = JSON.parse(r.stdout);
    // The attack is really in the values: this is what would have broken out.
    // (the title is cut to the post, "Chef", so the <img> in the heading no longer reaches it)
    expect(r.stdout).not.toMatch(/[<>]/u);
    expect(posting.responsibilities.join(" ")).toContain("</script><script>alert(document.domain)</script>");
    expect(posting.responsibilities.join(" ")).toContain("\u2028");

    const $ = load(page(r.stdout));
    expect($("script")).toHaveLength(1);
    expect($("img")).toHaveLength(0);
    expect($("body > p#after").text()).toBe("Efter scriptet");
    expect(JSON.parse($("script").text())).toEqual(posting);
  });

  it("writes no <, >, & or line separator in the output at all", () => {
    const r = runCli(["parse", file, "--format", "jsonld"]);
    expect(r.stdout).not.toMatch(/[<>&\u2028\u2029]/u);
  });

  it("holds for a batch's array too", () => {
    const r = runCli(["parse", tmp.dir, "--format", "jsonld", "-q"]);
    const postings = JSON.parse(r.stdout);
    expect(postings).toHaveLength(2);
    expect(r.stdout).not.toMatch(/[<>&\u2028\u2029]/u);
    const $ = load(page(r.stdout));
    expect($("script")).toHaveLength(1);
    expect(JSON.parse($("script").text())).toEqual(postings);
  });
});
