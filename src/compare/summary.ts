/** The closing block of a comparison: how many, what they pay, which tests and firms recur. */
import type { Row } from "./rows.js";

export interface SalaryStats {
  period: "year" | "month" | "unknown";
  count: number;
  median: number;
  min: number;
  max: number;
}

export interface Summary {
  vacancies: number;
  failed: number;
  byKind: [string, number][];
  withDeadline: number;
  withSalary: number;
  salary: SalaryStats[];
  /** Every salary with a period as a yearly amount (monthly × 12): one scale across the batch. */
  annualSalary: Omit<SalaryStats, "period"> | null;
  byPostType: [string, number][];
  byRegion: [string, number][];
  tests: [string, number][];
  consultancies: [string, number][];
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Most frequent first; ties alphabetically, so the block does not change between runs. */
export function mostUsed(values: readonly string[], n = 5): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "da")).slice(0, n);
}

const list = (c: Row[keyof Row]): string[] => (Array.isArray(c) ? c : typeof c === "string" ? [c] : []);

/**
 * Counts and pay over the rows that were read; `failed` defaults to the rows
 * whose input could not be (every input is a row, so those are among `rows`).
 */
export function summarise(allRows: readonly Row[], failed?: number): Summary {
  const rows = allRows.filter((r) => r.status === "ok");
  const annual = rows.flatMap((r) => (typeof r.annualSalary === "number" ? [r.annualSalary] : []));
  const byPeriod = new Map<SalaryStats["period"], number[]>();
  for (const r of rows) {
    if (typeof r.salary !== "number") continue;
    // A yearly and a monthly amount are not comparable: one line per period.
    const period = r.period === "year" || r.period === "month" ? r.period : "unknown";
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), r.salary]);
  }
  const order = ["year", "month", "unknown"] as const;
  return {
    vacancies: rows.length,
    failed: failed ?? allRows.length - rows.length,
    byKind: mostUsed(rows.map((r) => String(r.kind ?? "unknown")), 10),
    withDeadline: rows.filter((r) => r.deadline !== null).length,
    withSalary: rows.filter((r) => typeof r.salary === "number").length,
    salary: order
      .filter((p) => byPeriod.has(p))
      .map((period) => {
        const xs = byPeriod.get(period)!;
        return { period, count: xs.length, median: median(xs), min: xs.reduce((a, b) => Math.min(a, b)), max: xs.reduce((a, b) => Math.max(a, b)) };
      }),
    annualSalary: annual.length
      ? { count: annual.length, median: median(annual), min: annual.reduce((a, b) => Math.min(a, b)), max: annual.reduce((a, b) => Math.max(a, b)) }
      : null,
    byPostType: mostUsed(rows.flatMap((r) => list(r.postType)), 10),
    byRegion: mostUsed(rows.flatMap((r) => list(r.region)), 10),
    tests: mostUsed(rows.flatMap((r) => list(r.tests))),
    consultancies: mostUsed(rows.flatMap((r) => list(r.consultancy))),
  };
}

const kr = (n: number) => `${Math.round(n).toLocaleString("da-DK")} kr.`;
const PER: Record<SalaryStats["period"], string> = { year: "per year", month: "per month", unknown: "period not stated" };

/** The summary as plain lines; table and md decorate them. */
export function summaryLines(s: Summary): string[] {
  const kinds = s.byKind.map(([k, n]) => `${n} ${k}`).join(", ");
  const lines = [
    `${s.vacancies} vacancies${kinds ? ` (${kinds})` : ""}${s.failed ? `, ${s.failed} could not be read` : ""}; ` +
      `${s.withDeadline} with a deadline, ${s.withSalary} with a salary`,
  ];
  for (const p of s.salary)
    lines.push(
      `salary ${PER[p.period]}: median ${kr(p.median)}, range ${kr(p.min)}–${kr(p.max)} (${p.count} ${p.count === 1 ? "vacancy" : "vacancies"})`,
    );
  // worth a line only when monthly amounts make the yearly line above incomplete
  if (s.annualSalary && s.salary.some((p) => p.period === "month")) {
    const a = s.annualSalary;
    lines.push(`annual salary (monthly × 12): median ${kr(a.median)}, range ${kr(a.min)}–${kr(a.max)} (${a.count} ${a.count === 1 ? "vacancy" : "vacancies"})`);
  }
  lines.push(`tests: ${s.tests.length ? s.tests.map(([t, n]) => `${t} (${n})`).join(", ") : "none named"}`);
  lines.push(`consultancies: ${s.consultancies.length ? s.consultancies.map(([t, n]) => `${t} (${n})`).join(", ") : "none named"}`);
  return lines;
}
