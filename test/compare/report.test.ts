// compare --format html: its parts as plain functions, the page as built, and the CLI that writes it.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { Row } from "../../src/compare/rows.js";
import { summarise } from "../../src/compare/summary.js";
import { FIELDS } from "../../src/compare/rows.js";
import { displayCell } from "../../src/compare/report/cells.js";
import { countValues, glanceCharts, salaryChart, timelineChart, vacancyLabels } from "../../src/compare/report/charts.js";
import { embedSvg, escapeHtml } from "../../src/compare/report/escape.js";
import { buildReport, REPORT_FIELDS } from "../../src/compare/report/index.js";
import { renderSvgs } from "../../src/compare/report/render.js";
import { REPORT_LABELS } from "../../src/compare/report/labels.js";
import { BIN, ROOT, runCli } from "../helpers.js";

/** A row as toRow makes it, with the values a test names. */
export function row(over: Partial<Row> = {}): Row {
  return {
    file: "a.txt", status: "ok", employer: "Skive Kommune", kommune: "Skive Kommune", region: "Region Midtjylland", postType: "chef",
    title: "Skolechef", consultancy: null, kind: "profile", deadline: null, interviews: [], rounds: null, start: null, daysToStart: null,
    salary: null, salaryMax: null, period: null, salaryApprox: null, annualSalary: null, annualSalaryMax: null, pension: null,
    terms: [], tests: [], contacts: null, committee: null, requirements: null, tasks: null, sections: null,
    ...over,
  };
}

const HOSTILE = "Chef </script><img src=x onerror=alert(1)> & <!-- Stab";

const rows: Row[] = [
  row({ file: "profiler/nord/skolechef.pdf", deadline: "2026-08-12", interviews: ["2026-08-18", "2026-08-25T13:00"], start: "2026-10-01", daysToStart: 50, salary: 68000, period: "month", salaryApprox: true, annualSalary: 816000, pension: 17.1, terms: ["aaremaal"], tests: ["NEO-PI-3"], consultancy: "Genitor" }),
  row({ file: "b.txt", employer: "Ærø Kommune", title: "Kommunaldirektør", postType: "kommunaldirektør", deadline: "2026-03-01T12:00", start: "2026-03-15", daysToStart: 14, salary: 1300000, salaryMax: 1450000, period: "year", annualSalary: 1300000, annualSalaryMax: 1450000, terms: ["kontrakt"], tests: ["NEO-PI-3", "IST-2000R"] }),
  row({ file: "c.txt", employer: "Høje-Taastrup Kommune", title: HOSTILE, postType: null, deadline: "2025-01-10", pension: 19.55 }),
  row({ file: "d.txt", title: null, employer: null, status: "failed: encrypted PDF" }),
];
const ctx = { fields: [...FIELDS], summary: summarise(rows, 1), columns: Infinity, excel: false };

describe("cells as a Danish reader writes them", () => {
  it.each([
    ["deadline", 0, ["12. august 2026"], "2026-08-12"],
    ["interviews", 0, ["18. august 2026", "25. august 2026 kl. 13.00"], "2026-08-18"],
    ["salary", 0, ["ca.\u00a068.000\u00a0kr."], "68000"], // no-break spaces: an amount is not split
    ["annualSalaryMax", 1, ["1.450.000\u00a0kr."], "1450000"],
    ["pension", 2, ["19,55 %"], "19.55"],
    ["terms", 0, ["åremål"], "åremål"],
    ["period", 0, ["om måneden"], "month"],
    ["kind", 0, ["job- og personprofil"], "profile"],
    ["file", 0, ["skolechef.pdf"], "profiler/nord/skolechef.pdf"],
    ["status", 3, ["kunne ikke læses: encrypted PDF"], "failed: encrypted PDF"],
    ["tests", 2, [], ""],
  ] as const)("%s", (field, i, lines, sort) => {
    expect(displayCell(rows[i], field)).toMatchObject({ lines, sort });
  });
});

describe("charts", () => {
  it("the timeline has one line per dated vacancy, earliest first, and marks a start under 30 days after the deadline", () => {
    const chart = timelineChart(rows);
    const values = (chart.spec as { data: { values: { layer: string; v: string; event?: string; day?: number | null }[] } }).data.values;
    expect(values.filter((v) => v.layer === "span").map((v) => v.v)).toEqual([`Høje-Taastrup Kommune – ${HOSTILE}`, "Ærø Kommune – Kommunaldirektør", "Skive Kommune – Skolechef"]);
    expect(values.filter((v) => v.event === REPORT_LABELS.shortStart).map((v) => v.v)).toEqual(["Ærø Kommune – Kommunaldirektør"]);
    expect(values.filter((v) => v.v.startsWith("Skive") && v.layer === "event").map((v) => v.day)).toEqual([0, 6, 13, 50]);
    expect(chart.caption).not.toContain("uden datoer"); // the failed row is no vacancy
    expect(timelineChart([...rows, row({ file: "e.txt" })]).caption).toContain(REPORT_LABELS.timelineMissing(1));
  });

  it("salaries by post type, in the vocabulary's order, other posts last; rows without a yearly amount are counted, not drawn", () => {
    const chart = salaryChart(rows);
    const spec = chart.spec as { data: { values: { post: string; low: number; high: number | null; approx: boolean }[] }; layer: { encoding: { y: { scale: { domain: string[] } } } }[] };
    expect(spec.layer[0].encoding.y.scale.domain).toEqual(["kommunaldirektør", "chef"]);
    expect(spec.data.values).toEqual([
      { post: "chef", low: 816000, high: null, approx: true, v: "Skive Kommune – Skolechef" },
      { post: "kommunaldirektør", low: 1300000, high: 1450000, approx: false, v: "Ærø Kommune – Kommunaldirektør" },
    ]);
    expect(chart.caption).toContain(REPORT_LABELS.salaryMissing(1));
    expect(salaryChart([row()]).spec).toBeNull();
  });

  it("counts each value once per vacancy, most used first, the rest summed, 'not stated' last", () => {
    expect(countValues([["NEO-PI-3", "NEO-PI-3"], ["IST-2000R", "NEO-PI-3"], []], "ingen")).toEqual([["NEO-PI-3", 2], ["IST-2000R", 1], ["ingen", 1]]);
    expect(countValues([["a"], ["b"], ["c"], ["c"]], "ingen", 1)).toEqual([["c", 2], ["andre (2)", 2]]);
  });

  it("two vacancies with the same employer and title keep apart on the timeline by their file's name", () => {
    expect(vacancyLabels([row({ file: "x/a.pdf" }), row({ file: "x/a.txt" }), row({ employer: "Fanø Kommune" })])).toEqual([
      "a.pdf: Skive Kommune – Skolechef",
      "a.txt: Skive Kommune – Skolechef",
      "Fanø Kommune – Skolechef",
    ]);
  });

  it("every spec draws without a warning from vega-lite or vega, and every chart has marks", async () => {
    const charts = [timelineChart(rows), salaryChart(rows), ...glanceCharts(rows)].filter((c) => c.spec);
    expect(charts).toHaveLength(6);
    const { svgs, warnings } = await renderSvgs(charts.map((c) => c.spec!));
    expect(warnings).toEqual([]);
    for (const svg of svgs) expect(svg).toMatch(/<svg[^>]*>[\s\S]*class="mark-(?:symbol|rect|rule|tick)/u);
  });
});

describe("escaping", () => {
  it("escapes text and attribute values alike", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;");
  });

  it("embeds vega's SVG with its ids prefixed, and refuses anything that could run or load", () => {
    expect(embedSvg('<svg><defs><clipPath id="clip1"/></defs><g clip-path="url(#clip1)"></g></svg>', "loen")).toBe(
      '<svg><defs><clipPath id="loen-clip1"/></defs><g clip-path="url(#loen-clip1)"></g></svg>',
    );
    expect(embedSvg("<svg><text>x onload=y &lt;script&gt;</text></svg>", "a")).toContain("&lt;script&gt;"); // text is text
    expect(() => embedSvg("<svg><script>alert(1)</script></svg>", "a")).toThrow(/script/u);
    expect(() => embedSvg("<svg><script/></svg>", "a")).toThrow(/script/u);
    expect(() => embedSvg('<svg><g onload="alert(1)"></g></svg>', "a")).toThrow(/attribute/u);
    expect(() => embedSvg('<svg><image href="https://example.org/x.png"/></svg>', "a")).toThrow();
    expect(() => embedSvg('<svg><g xlink:href="https://example.org/"/></svg>', "a")).toThrow();
  });
});

describe("the page", () => {
  it("escapes a hostile title everywhere, runs only its own script, and lets nothing load", async () => {
    const page = await buildReport(rows, ctx);
    expect(page.startsWith("<!doctype html>\n<html lang=\"da\">")).toBe(true);
    expect(page).not.toContain("<img");
    expect(page).not.toContain("</script><");
    expect(page.match(/<script/gu)).toHaveLength(1);
    expect(page).toContain("Chef &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &lt;!-- Stab");
    const script = /<script>([\s\S]*)<\/script>/u.exec(page)![1];
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/u.exec(page)![1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`'sha256-${createHash("sha256").update(script).digest("base64")}'`);
    // no address that a browser would fetch: only the in-page anchors
    expect([...page.matchAll(/\b(?:src|href|action)\s*=\s*"([^"]*)"/giu)].map((m) => m[1]).every((u) => u.startsWith("#"))).toBe(true);
    expect(page).not.toMatch(/url\((?!#)/u);
    expect(page).not.toMatch(/@import|@font-face/u);
  });

  it("has a row for every input, a failed one marked, with the chosen columns under Danish heads", async () => {
    const page = await buildReport(rows, { ...ctx, fields: ["employer", "terms", "status"] });
    expect(page.match(/<tr[ >]/gu)).toHaveLength(rows.length + 1);
    expect(page).toContain('<th scope="col" class="text" data-field="terms">Ansættelsesform</th>');
    expect(page.match(/<tr class="failed">/gu)).toHaveLength(1);
    expect(page).toContain(">åremål<");
    expect(page).toContain("<title>Sammenligning af 3 stillinger</title>");
  });

  it("without --fields, shows the columns an analyst compares, annual pay among them", async () => {
    const page = await buildReport(rows, { ...ctx, fields: ["file", "sections"], fieldsGiven: false });
    const heads = [...page.matchAll(/<th scope="col" class="\w+" data-field="(\w+)">/gu)].map((m) => m[1]);
    expect(heads).toEqual([...REPORT_FIELDS]);
    expect(heads).toContain("annualSalary");
    expect(heads).not.toContain("sections");
  });

  it("says so where there is nothing to draw", async () => {
    const page = await buildReport([row()], { ...ctx, summary: summarise([row()], 0) });
    expect(page).not.toContain("<svg");
    expect(page).toContain(REPORT_LABELS.noSalary);
  });
});

describe("jobprofil compare --format html", { timeout: 120_000 }, () => {
  it("writes one page over the seeds", () => {
    const r = runCli(["compare", "fixtures/seeds", "--format", "html", "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.startsWith("<!doctype html>")).toBe(true);
    expect(r.stdout.match(/<tr[ >]/gu)).toHaveLength(9 + 1);
    expect(r.stdout.match(/<svg/gu)!.length).toBeGreaterThanOrEqual(5);
    expect(r.stdout).toContain("Billund Kommune");
    expect(r.stdout).toContain('data-field="region">Region</th>'); // the report's own default columns
  });

  // a resolve hook in every thread (NODE_OPTIONS reaches the workers) that names each vega module loaded
  const hook = `export async function resolve(s, c, next) { const r = await next(s, c); if (/\\/node_modules\\/vega(?:-lite)?\\//.test(r.url)) process._rawDebug("LOADED vega"); return r; }`;
  const register = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
  const loading = (format: string) =>
    spawnSync(BIN, ["compare", "fixtures/seeds/001_4e76841c00d33ecd.txt", "--format", format, "--quiet"], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(register)}` },
      encoding: "utf8",
      timeout: 120_000,
    });

  it.each(["table", "csv", "md", "json"])("--format %s loads no line of vega", (format) => {
    const r = loading(format);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain("LOADED");
  });

  it("--format html loads vega (so the tests above could fail)", () => {
    const r = loading("html");
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("LOADED vega");
  });
});
