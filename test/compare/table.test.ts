import { describe, expect, it } from "vitest";
import { table, chooseColumns, cutPath, wrap } from "../../src/compare/formats/table.js";
import { DEFAULT_FIELDS, toRow, type FieldName } from "../../src/compare/rows.js";
import { summarise } from "../../src/compare/summary.js";
import { record, ROWS } from "./rows-fixture.js";

const chars = (s: string) => [...s].length;

/** The fixture rows and a few with long names, as a batch from folders looks. */
const rows = [
  ...ROWS,
  toRow(
    record({
      employer: "Lyngby-Taarbæk Kommune",
      title: "Chef for Stabs- og Byrådssekretariatet samt Digitalisering og Kommunikation",
      consultancy: "KL's Konsulentvirksomhed",
      facts: { applicationDeadline: "2026-08-12T09:00", employmentTerms: ["tjenestemand"], tests: ["NEO-PI-3", "IST-2000R", "Master Person Analysis"] },
    }),
    "profiler/2026/hovedstaden/nord/sekretariatschef-lyngby-taarbaek.pdf",
  ),
];

function render(columns: number, fields?: readonly FieldName[]) {
  const out = table(rows, { fields: fields ?? DEFAULT_FIELDS, fieldsGiven: fields !== undefined, summary: summarise(rows), columns, excel: false }) as string;
  const lines = out.split("\n");
  return { out, lines, header: lines[0].split(/\s{2,}/u), body: lines.slice(2, 2 + rows.length) };
}

describe("the terminal table fits the width", () => {
  it.each([80, 120, 200])("at %i columns every line fits, and the table uses most of the width", (columns) => {
    const { lines } = render(columns);
    for (const line of lines) expect(chars(line)).toBeLessThanOrEqual(columns);
    // the rule under the header shows how wide the table is: not a narrow strip at 200
    expect(chars(lines[1])).toBeGreaterThan(columns * 0.75);
  });

  it("chooses columns by priority: more of them the wider the terminal", () => {
    const at = (w: number) => render(w).header;
    expect(at(80).slice(0, 4)).toEqual(["file", "status", "employer", "title"]);
    expect(at(120)).toEqual(expect.arrayContaining(["file", "status", "employer", "title", "deadline", "annualSalary"]));
    expect(at(200)).toEqual(expect.arrayContaining(["deadline", "annualSalary", "start", "terms", "postType", "region"]));
    expect(at(80).length).toBeLessThan(at(120).length);
    expect(at(120).length).toBeLessThan(at(200).length);
    // what does not fit is named, so the reader knows where to look
    expect(render(80).out).toMatch(/not shown at this width: deadline, annualSalary/);
  });

  it("cuts paths from the left and keeps the file's own name", () => {
    const { body } = render(120);
    expect(body[1]).toMatch(/^…\/nord\/skolechef\.pdf/u);
    expect(body[4]).toMatch(/^…[a-z-]*lyngby-taarbaek\.pdf/u);
  });

  it("never cuts a column to a sliver: title keeps at least 12 characters at 80", () => {
    const { lines } = render(80);
    const rule = lines[1].split("  ");
    expect(rule.every((r) => chars(r) >= 6)).toBe(true);
    expect(chars(rule[3])).toBeGreaterThanOrEqual(12);
  });

  it("shows dates without a time of day, and values in Danish", () => {
    const { out } = render(200);
    expect(out).toContain("2026-08-12");
    expect(out).not.toContain("T09:00");
    expect(out).not.toContain("T12:00");
    expect(out).toContain("åremål");
    expect(out).not.toContain("aaremaal");
    expect(out).toContain("tjenestemands");
    expect(out).toContain("1.100.000");
  });

  it("shows a failed input as a row, with its status", () => {
    const { body } = render(120);
    expect(body[3]).toMatch(/^…\/(?:2024\/)?hemmelig\.pdf\s+failed: enc/u);
    expect(body[0]).toMatch(/\s+ok\s+/u);
  });

  it("leaves out the status column when every input was read", () => {
    const ok = rows.filter((r) => r.status === "ok");
    const { shown } = chooseColumns(ok, undefined, 200);
    expect(shown.map((c) => c.field)).not.toContain("status");
    // and a column empty in every row
    expect(shown.map((c) => c.field)).not.toContain("committee");
  });

  it("with --fields keeps the user's columns and order, dropping from the end only what cannot fit", () => {
    expect(render(200, ["title", "file", "deadline"]).header).toEqual(["title", "file", "deadline"]);
    const narrow = render(40, ["title", "file", "deadline", "terms", "tests"]);
    for (const line of narrow.lines) expect(chars(line)).toBeLessThanOrEqual(40);
    expect(narrow.header.slice(0, 2)).toEqual(["title", "file"]);
    expect(narrow.out).toMatch(/not shown at this width: .*tests/u);
  });
});

describe("table helpers", () => {
  it.each([
    ["arkiv/2026/nord/skolechef.pdf", 40, "arkiv/2026/nord/skolechef.pdf"],
    ["arkiv/2026/nord/skolechef.pdf", 22, "…/nord/skolechef.pdf"],
    ["arkiv/2026/nord/skolechef.pdf", 18, "…/skolechef.pdf"],
    ["arkiv/2026/nord/skolechef.pdf", 10, "…echef.pdf"],
    ["C:\\profiler\\nord\\chef.pdf", 16, "…\\nord\\chef.pdf"],
  ] as const)("cutPath(%s, %i) = %s", (path, w, cut) => {
    expect(cutPath(path, w)).toBe(cut);
    expect(chars(cutPath(path, w))).toBeLessThanOrEqual(w);
  });

  it("wraps the summary at spaces", () => {
    expect(wrap("tests: NEO-PI-3 (4), IST-2000R (2), IST-Screening (2)", 24)).toEqual(["tests: NEO-PI-3 (4),", "  IST-2000R (2),", "  IST-Screening (2)"]);
  });
});
