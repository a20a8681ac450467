/**
 * `compare --format html`: one self-contained page to look at, built from the
 * rows after the batch. Key figures, the salaries by post type, counts at a
 * glance, a timeline of every process, and the table, sortable and filterable
 * in the page. The charts are Vega-Lite drawn to SVG here (render.ts), so the
 * page loads nothing and runs only its own small script (page.ts).
 */
import { median } from "../summary.js";
import type { FieldName, Row } from "../rows.js";
import type { FormatContext } from "../formats/types.js";
import { type Chart, glanceCharts, salaryChart, timelineChart } from "./charts.js";
import { columnType, displayCell, money, thousands } from "./cells.js";
import { embedSvg, escapeHtml as e } from "./escape.js";
import { FIELD_LABELS, REPORT_LABELS as L } from "./labels.js";
import { CSP, SCRIPT, STYLE } from "./page.js";
import { renderSvgs } from "./render.js";

/**
 * The table's columns when --fields is not given: what an analyst compares
 * across vacancies, and annual pay rather than the amount as written, so the
 * column sorts across monthly and yearly amounts.
 */
export const REPORT_FIELDS: readonly FieldName[] = [
  "file", "status", "employer", "region", "title", "postType", "consultancy", "deadline", "rounds", "start", "daysToStart", "annualSalary", "pension", "terms", "tests",
];

function figures(rows: readonly Row[], failed: number): string {
  const read = rows.filter((r) => r.status === "ok");
  const annual = read.map((r) => r.annualSalary).filter((s): s is number => s !== null);
  const items: [string, string][] = [
    [thousands(read.length), L.vacancies(read.length)],
    [thousands(read.filter((r) => r.deadline !== null).length), L.withDeadline],
    [thousands(annual.length), L.withSalary],
  ];
  if (annual.length > 0) items.push([money(Math.round(median(annual))), L.medianAnnual]);
  if (failed > 0) items.push([thousands(failed), L.failed(failed)]);
  return `<ul class="figures">${items.map(([n, what]) => `<li><strong>${e(n)}</strong>${e(what)}</li>`).join("")}</ul>`;
}

function figure(chart: Chart, svg: string | undefined, heading: "h2" | "h3"): string {
  const title = `<${heading} id="${chart.id}-titel">${e(chart.title)}</${heading}>`;
  if (!svg) return `${title}<p class="empty">${e(chart.caption)}</p>`;
  const caption = chart.caption ? `<p class="caption" id="${chart.id}-tekst">${e(chart.caption)}</p>` : "";
  return `${title}${caption}<figure aria-labelledby="${chart.id}-titel${chart.caption ? ` ${chart.id}-tekst` : ""}" data-chart="${chart.id}">${embedSvg(svg, chart.id)}</figure>`;
}

function table(rows: readonly Row[], fields: readonly FieldName[]): string {
  const head = fields.map((f) => `<th scope="col" class="${columnType(f)}" data-field="${f}">${e(FIELD_LABELS[f] ?? f)}</th>`).join("");
  const body = rows
    .map((row) => {
      const cells = fields.map((f) => {
        const c = displayCell(row, f);
        const title = c.title ? ` title="${e(c.title)}"` : "";
        return `<td class="${columnType(f)}${c.flag ? " flag" : ""}" data-sort="${e(c.sort)}"${title}>${c.lines.map(e).join("<br>")}</td>`;
      });
      return `<tr${row.status === "ok" ? "" : ' class="failed"'}>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export async function buildReport(rows: readonly Row[], ctx: FormatContext): Promise<string> {
  const salary = salaryChart(rows);
  const glance = glanceCharts(rows);
  const timeline = timelineChart(rows);
  const charts = [salary, ...glance, timeline];
  const drawn = charts.filter((c) => c.spec !== null);
  const { svgs } = await renderSvgs(drawn.map((c) => c.spec!));
  const svgOf = new Map(drawn.map((c, i) => [c.id, svgs[i]]));
  const read = rows.filter((r) => r.status === "ok").length;
  const sections: [string, string][] = [
    ["loen", L.salary],
    ["overblik", L.glance],
    ["tidslinje", L.timeline],
    ["stillinger", L.table],
  ];
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="jobprofil">
<title>${e(L.pageTitle(read))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${e(L.heading)}</h1>
${figures(rows, ctx.summary.failed)}
<nav aria-label="${e(L.contents)}"><ul>${sections.map(([id, label]) => `<li><a href="#${id}">${e(label)}</a></li>`).join("")}</ul></nav>
</header>
<section id="loen">${figure(salary, svgOf.get(salary.id), "h2")}</section>
<section id="overblik"><h2>${e(L.glance)}</h2><div class="grid">${glance.map((c) => `<div>${figure(c, svgOf.get(c.id), "h3")}</div>`).join("")}</div></section>
<section id="tidslinje">${figure(timeline, svgOf.get(timeline.id), "h2")}</section>
<section id="stillinger">
<h2>${e(L.table)}</h2>
<div class="filterbar" id="filterbar" hidden><label for="filter">${e(L.filter)}</label><input id="filter" type="search" placeholder="${e(L.filterHint)}" autocomplete="off"><output for="filter" aria-live="polite" data-template="${e(L.showing)}"></output><span class="caption">${e(L.sortHint)}</span></div>
<div class="table-wrap">${table(rows, ctx.fieldsGiven === false ? REPORT_FIELDS : ctx.fields)}</div>
</section>
<footer>${e(L.generator)}</footer>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
