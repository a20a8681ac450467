/**
 * The report's charts as Vega-Lite specs: plain functions from rows to specs,
 * drawn to SVG by render.ts. Data values go into the specs as data, never as
 * markup; vega escapes them when it writes the SVG.
 */
import { POST_TYPES } from "../../vocabulary/post-types.js";
import { TERM_LABELS } from "../../vocabulary/section-labels.js";
import type { EmploymentTerm } from "../../schemas/record.js";
import { danishPercent } from "../../emit/markdown.js";
import { daysBetween, type Row } from "../rows.js";
import { DANISH_LOCALE, REPORT_LABELS as L } from "./labels.js";

/** A start this soon after the deadline leaves no time for notice: a leader's is usually three months. */
export const SHORT_START_DAYS = 30;

/** The page's own font stack, so chart text matches the page's; nothing is loaded. */
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const COLOURS = { deadline: "#4c78a8", interview: "#f58518", start: "#54a24b", shortStart: "#d62728", span: "#9aa5b1", muted: "#b9c0c8" };

const CONFIG = {
  locale: DANISH_LOCALE,
  font: FONT,
  // vega's generated descriptions are English; each chart has a Danish caption on the page instead
  aria: false,
  background: "#ffffff",
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: "normal", labelColor: "#222", titleColor: "#222", gridColor: "#e6e6e6", domainColor: "#888", tickColor: "#888" },
  legend: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: "normal", orient: "top" },
};

export interface Chart {
  /** Unique in the page: the SVG's internal ids are prefixed with it. */
  id: string;
  title: string;
  caption: string;
  /** null when there is nothing to draw; the caption says why. */
  spec: object | null;
}

const day = (iso: string) => iso.slice(0, 10);
const ok = (r: Row) => r.status === "ok";

/** "Viborg Kommune – Chef for Stab"; a second row with the same words gets its file's name, so no two vacancies share a line. */
export function vacancyLabels(rows: readonly Row[]): string[] {
  const base = rows.map((r) => [r.employer, r.title].filter(Boolean).join(" – ") || r.file);
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  // the file's name first, so the axis's cut at its width leaves what tells two lines apart
  return base.map((b, i) => (count.get(b)! > 1 ? `${rows[i].file.replace(/^.*[\\/]/u, "")}: ${b}` : b));
}

export function timelineChart(rows: readonly Row[]): Chart {
  const read = rows.filter(ok);
  const labels = vacancyLabels(read);
  const values: object[] = [];
  const dated = read
    .map((r, i) => ({ r, label: labels[i], dates: [r.deadline, ...r.interviews, r.start].filter((d): d is string => d !== null).map(day).sort() }))
    .filter((v) => v.dates.length > 0)
    .sort((a, b) => a.dates[0].localeCompare(b.dates[0]));
  for (const { r, label, dates } of dated) {
    // days after the deadline, for the right-hand panel; none without a deadline
    const after = (d: string) => (r.deadline ? daysBetween(r.deadline, d) : null);
    values.push({ layer: "span", v: label, from: dates[0], to: dates[dates.length - 1], fromDay: after(dates[0]), toDay: after(dates[dates.length - 1]) });
    const event = (date: string, event: string) => values.push({ layer: "event", v: label, date: day(date), day: after(day(date)), event });
    if (r.deadline) event(r.deadline, L.deadline);
    for (const d of r.interviews) event(d, L.interview);
    if (r.start) event(r.start, r.daysToStart !== null && r.daysToStart < SHORT_START_DAYS ? L.shortStart : L.start);
  }
  const missing = read.length - dated.length;
  const caption = `${L.timelineNote}${missing > 0 ? ` ${L.timelineMissing(missing)}` : ""}`;
  if (dated.length === 0) return { id: "tidslinje", title: L.timeline, caption: L.nothing, spec: null };
  const events = [L.deadline, L.interview, L.start, L.shortStart];
  const colour = { field: "event", type: "nominal", title: null, scale: { domain: events, range: [COLOURS.deadline, COLOURS.interview, COLOURS.start, COLOURS.shortStart] } };
  const shape = { field: "event", type: "nominal", title: null, scale: { domain: events, range: ["square", "circle", "triangle-right", "triangle-right"] } };
  // the order as an explicit domain: layers with filters would each sort on their own
  const y = (labelled: boolean) => ({
    field: "v",
    type: "nominal",
    scale: { domain: dated.map((d) => d.label) },
    title: null,
    axis: labelled ? { labelLimit: 380, labelFontSize: 10.5, ticks: false, domain: false } : null,
  });
  // a vacancy without a deadline has no days after it: its marks stay out of the right-hand panel
  const panel = (x: object, from: string, to: string, at: string, labelled: boolean, width: number) => ({
    width,
    height: { step: 17 },
    layer: [
      {
        transform: [{ filter: `datum.layer === 'span' && datum.${from} !== null` }],
        mark: { type: "rule", strokeWidth: 2, color: COLOURS.span },
        encoding: { y: y(labelled), x: { ...x, field: from }, x2: { field: to } },
      },
      {
        transform: [{ filter: `datum.layer === 'event' && datum.${at} !== null` }],
        mark: { type: "point", filled: true, size: 55, opacity: 1 },
        encoding: { y: y(labelled), x: { ...x, field: at }, color: colour, shape },
      },
    ],
  });
  const calendar = { type: "temporal", scale: { type: "utc" }, title: L.calendar, axis: { orient: "top", format: "%b %Y", labelOverlap: true, grid: true } };
  const relative = { type: "quantitative", title: L.daysAfter, axis: { orient: "top", format: "d", grid: true } };
  return {
    id: "tidslinje",
    title: L.timeline,
    caption,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      config: { ...CONFIG, legend: { ...CONFIG.legend, labelLimit: 0 } },
      data: { values },
      spacing: 14,
      hconcat: [panel(calendar, "from", "to", "date", true, 400), panel(relative, "fromDay", "toDay", "day", false, 260)],
      resolve: { scale: { y: "shared" } },
    },
  };
}

export function salaryChart(rows: readonly Row[]): Chart {
  const read = rows.filter(ok);
  const paid = read.filter((r) => r.annualSalary !== null);
  const present = new Set(paid.map((r) => r.postType ?? L.otherPost));
  const domain = [...POST_TYPES, L.otherPost].filter((p) => present.has(p));
  const missing = read.length - paid.length;
  const caption = `${L.salaryNote}${missing > 0 ? ` ${L.salaryMissing(missing)}` : ""}`;
  if (paid.length === 0) return { id: "loen", title: L.salary, caption: L.noSalary, spec: null };
  const labels = vacancyLabels(paid);
  const values = paid.map((r, i) => ({ post: r.postType ?? L.otherPost, low: r.annualSalary, high: r.annualSalaryMax, approx: r.salaryApprox === true, v: labels[i] }));
  const y = { field: "post", type: "nominal", title: null, scale: { domain }, axis: { labelFontSize: 12, ticks: false, domain: false } };
  const x = { field: "low", type: "quantitative", title: L.annualSalary, scale: { zero: false, nice: true }, axis: { format: ",.0f", grid: true, labelOverlap: true } };
  const point = (approx: boolean) => ({
    transform: [{ filter: approx ? "datum.approx" : "!datum.approx" }],
    mark: { type: "point", filled: !approx, size: 70, opacity: 0.75, color: COLOURS.deadline, strokeWidth: 1.5 },
    encoding: { y, x },
  });
  return {
    id: "loen",
    title: L.salary,
    caption,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      config: CONFIG,
      width: 820,
      height: { step: 42 },
      data: { values },
      layer: [
        {
          transform: [{ filter: "datum.high !== null" }],
          mark: { type: "rule", strokeWidth: 3, opacity: 0.5, color: COLOURS.deadline },
          encoding: { y, x, x2: { field: "high" } },
        },
        point(false),
        point(true),
        // the median of each post type, as a dark tick across its row
        { mark: { type: "tick", color: "#222", thickness: 2, size: 30 }, encoding: { y, x: { ...x, aggregate: "median" } } },
      ],
    },
  };
}

/** Counts as horizontal bars; the "not stated" bar is grey, so the eye goes to what the documents say. */
function bars(id: string, title: string, counts: [string, number][], muted: string, caption = ""): Chart {
  if (counts.every(([label]) => label === muted)) return { id, title, caption: L.nothing, spec: null };
  return {
    id,
    title,
    caption,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      config: CONFIG,
      width: 280,
      height: { step: 20 },
      data: { values: counts.map(([label, n]) => ({ label, n })) },
      encoding: {
        y: { field: "label", type: "nominal", scale: { domain: counts.map(([label]) => label) }, title: null, axis: { labelLimit: 170, ticks: false, domain: false } },
        x: { field: "n", type: "quantitative", title: L.count, axis: { tickMinStep: 1, format: "d", grid: true } },
      },
      layer: [
        { mark: { type: "bar", cornerRadiusEnd: 2 }, encoding: { color: { condition: { test: `datum.label === ${JSON.stringify(muted)}`, value: COLOURS.muted }, value: COLOURS.deadline } } },
        { mark: { type: "text", align: "left", dx: 3, fontSize: 10.5, color: "#222" }, encoding: { text: { field: "n", type: "quantitative" } } },
      ],
    },
  };
}

/** Most frequent first, ties alphabetically; the rest summed as "andre (n)" beyond `top`; the muted label last. */
export function countValues(lists: readonly string[][], muted: string, top = 10): [string, number][] {
  const counts = new Map<string, number>();
  let none = 0;
  for (const list of lists) {
    if (list.length === 0) none++;
    for (const v of new Set(list)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "da"));
  const shown = sorted.slice(0, top);
  const rest = sorted.slice(top);
  if (rest.length > 0) shown.push([`andre (${rest.length})`, rest.reduce((n, [, c]) => n + c, 0)]);
  if (none > 0) shown.push([muted, none]);
  return shown;
}

export function glanceCharts(rows: readonly Row[]): Chart[] {
  const read = rows.filter(ok);
  const termLabel = (t: string) => TERM_LABELS[t as EmploymentTerm] ?? t;
  const pensions = read.map((r) => r.pension).filter((p): p is number => p !== null);
  const byPercent = new Map<number, number>();
  for (const p of pensions) byPercent.set(p, (byPercent.get(p) ?? 0) + 1);
  const pensionCounts: [string, number][] = [...byPercent].sort((a, b) => a[0] - b[0]).map(([p, n]) => [danishPercent(p), n]);
  const noPension = read.length - pensions.length;
  return [
    bars("ansaettelsesform", L.terms, countValues(read.map((r) => r.terms.map(termLabel)), L.notStated), L.notStated),
    bars("rekrutteringsfirma", L.consultancy, countValues(read.map((r) => (r.consultancy ? [r.consultancy] : [])), L.noConsultancy), L.noConsultancy),
    bars("test", L.tests, countValues(read.map((r) => r.tests), L.noTests), L.noTests),
    pensionCounts.length === 0
      ? { id: "pension", title: L.pension, caption: L.nothing, spec: null }
      : bars("pension", L.pension, pensionCounts, L.notStated, noPension > 0 ? L.noPension(noPension) : ""),
  ];
}
