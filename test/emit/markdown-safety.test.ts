/**
 * Issue 16, finding 2: the Markdown summary is pasted into wikis and pages
 * that render Markdown with raw HTML allowed. Whatever a document says —
 * `<script>`, `<img onerror=…>`, `<iframe src=javascript:…>`, a Markdown link
 * to `javascript:`, or (in HTML input) the text `&lt;script&gt;`, which the
 * reader decodes to "<script>" — must come out as text. Each case goes through
 * the real command line and is rendered by pandoc (Markdown and GFM, raw HTML
 * on, as a wiki would), then read by a real HTML parser.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "jobprofil-md-safety-"));

const hostileText = [
  "Chef for <script>alert(1)</script> Økonomi",
  "",
  "Indledning",
  "",
  'Vi søger en chef. <img src=x onerror="alert(2)"> og <iframe src="javascript:alert(3)"></iframe> står her.',
  "Se [klik her](javascript:alert(4)) og <javascript:alert(5)> samt ![billede](javascript:alert(6)) og [ref][r].",
  "",
  "[r]: javascript:alert(7)",
  "",
  "<svg onload=alert(8)>",
  "",
  "Ansættelsesproces",
  "",
  'Ansøgningsfristen er den 12. august 2026. Kontakt <a href="javascript:alert(9)" onclick="alert(10)">Lone Hansen</a>, tlf. 4030 7570.',
  "",
].join("\n");

const hostileHtml = `<!doctype html><html lang="da"><head><title>Chef</title></head><body><main>
<h1>Chef for &lt;script&gt;alert(1)&lt;/script&gt; Økonomi</h1>
<h2>Indledning</h2>
<p>Vi søger en chef. &lt;script&gt;alert(2)&lt;/script&gt; og &lt;img src=x onerror=alert(3)&gt; og &lt;iframe src=javascript:alert(4)&gt;&lt;/iframe&gt;.</p>
<p>Se [klik her](javascript:alert(5)) og &lt;javascript:alert(6)&gt;.</p>
<h2>Ansættelsesproces</h2>
<p>Ansøgningsfristen er den 12. august 2026. Kontakt Lone Hansen &lt;b onmouseover=alert(7)&gt;, tlf. 4030 7570.</p>
</main></body></html>`;

writeFileSync(join(dir, "hostile.txt"), hostileText);
writeFileSync(join(dir, "hostile.html"), hostileHtml);

function render(md: string, from: string): string {
  return execFileSync("pandoc", ["-f", from, "-t", "html"], { input: md, encoding: "utf8", timeout: 60_000 });
}

/** Everything that would run in a browser: script elements, event handler attributes, script URLs. */
function executable(html: string): string[] {
  const $ = load(html);
  const found: string[] = [];
  if ($("script").length) found.push("script element");
  $("*").each((_, el) => {
    for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (/^on/iu.test(name)) found.push(`${el.tagName} ${name}`);
      if (/^\s*(?:javascript|vbscript|data):/iu.test(value)) found.push(`${el.tagName} ${name}=${value}`);
    }
  });
  if ($("iframe, img, svg, object, embed").length) found.push("embedded element");
  return found;
}

describe("the Markdown summary of a hostile document is inert", () => {
  for (const file of ["hostile.txt", "hostile.html"])
    for (const from of ["markdown", "gfm", "commonmark"])
      it(`${file} rendered by pandoc -f ${from}`, () => {
        const r = runCli(["parse", join(dir, file), "--format", "md"]);
        expect(r.code, r.stderr).toBe(0);
        const html = render(r.stdout, from);
        expect(executable(html)).toEqual([]);
        // the words are kept, as text: a reader still sees what the document said
        expect(load(html).root().text()).toContain("<script>alert(1)</script>");
      });

  it("escapes raw HTML and link syntax in the Markdown itself", () => {
    const md = runCli(["parse", join(dir, "hostile.txt"), "--format", "md"]).stdout;
    expect(md).not.toMatch(/<(?:script|img|iframe|svg|a)\b/iu);
    expect(md).not.toMatch(/\]\(javascript:/iu);
    expect(md).not.toMatch(/<javascript:/iu);
  });

  it("keeps the text &lt;script&gt; of an HTML page from becoming a real <script>", () => {
    const md = runCli(["parse", join(dir, "hostile.html"), "--format", "md"]).stdout;
    expect(md).not.toMatch(/<script/iu);
    expect(md).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
  });

  it("keeps the front matter's values strings", () => {
    const md = runCli(["parse", join(dir, "hostile.txt"), "--format", "md", "--front-matter"]).stdout;
    const html = render(md, "markdown");
    expect(executable(html)).toEqual([]);
  });
});
