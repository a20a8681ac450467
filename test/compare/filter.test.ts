import { describe, expect, it } from "vitest";
import { FilterError, filterRows, foldDanish, parseFilter, parseNumber } from "../../src/compare/filter.js";
import { names, ROWS } from "./rows-fixture.js";

const keep = (...exprs: string[]) => names(filterRows(ROWS, exprs.map(parseFilter)));

describe("--filter: what each expression keeps", () => {
  it.each([
    // contains, case and Danish spelling folded
    ["employer~Region", ["direktoer.pdf"]],
    ["employer~region", ["direktoer.pdf"]],
    ["employer~århus", ["skolechef.pdf"]],
    ["employer~koege", ["leder.txt"]],
    ["title!~chef", ["direktoer.pdf", "leder.txt", "hemmelig.pdf"]],
    ["file~/nord/", ["skolechef.pdf"]],
    ["tests~neo", ["direktoer.pdf"]],
    [" employer ~ 'Region' ", ["direktoer.pdf"]],
    ['title~"for Regional"', ["direktoer.pdf"]],
    // dates: ISO, cut to the value's precision; a time of day does not make a date later
    ["deadline>=2024-01-01", ["direktoer.pdf"]],
    ["deadline<2024", ["skolechef.pdf"]],
    ["deadline=2023-11-09", ["skolechef.pdf"]],
    ["deadline=2023-11", ["skolechef.pdf"]],
    ["deadline<=2023-11-09", ["skolechef.pdf"]],
    ["deadline>2023-11-09", ["direktoer.pdf"]],
    ["interviews=2024-03-20", ["direktoer.pdf"]],
    ["start>=2024-01-01", ["direktoer.pdf", "skolechef.pdf"]],
    // a list holds when one item does; machine and Danish words alike
    ["terms=åremål", ["direktoer.pdf"]],
    ["terms=aaremaal", ["direktoer.pdf"]],
    ["terms=kontrakt", ["direktoer.pdf"]],
    ["terms!=åremål", ["skolechef.pdf", "leder.txt", "hemmelig.pdf"]],
    ["kind=opslag", ["skolechef.pdf"]],
    ["kind=advertisement", ["skolechef.pdf"]],
    ["period=måned", ["skolechef.pdf"]],
    // numbers, written either way
    ["annualSalary>=800.000", ["direktoer.pdf"]],
    ["annualSalary>=800000", ["direktoer.pdf"]],
    ["annualSalary<800000", ["skolechef.pdf"]],
    ["salary=60000", ["skolechef.pdf"]],
    ["pension=17,1", ["skolechef.pdf"]],
    ["pension>=17.1", ["skolechef.pdf"]],
    ["daysToStart>60", ["direktoer.pdf"]],
    ["rounds=2", ["direktoer.pdf"]],
    // yes/no
    ["salaryApprox=ja", ["direktoer.pdf"]],
    ["salaryApprox=nej", ["skolechef.pdf"]],
    // present and absent
    ["deadline?", ["direktoer.pdf", "skolechef.pdf"]],
    ["!deadline?", ["leder.txt", "hemmelig.pdf"]],
    ["terms?", ["direktoer.pdf", "skolechef.pdf"]],
    // the new fields
    ["status=ok", ["direktoer.pdf", "skolechef.pdf", "leder.txt"]],
    ["status~failed", ["hemmelig.pdf"]],
    ["status~encrypted", ["hemmelig.pdf"]],
    ["postType=chef", ["skolechef.pdf"]],
    ["postType=leder", ["leder.txt"]],
    ["region=Region Midtjylland", ["direktoer.pdf", "skolechef.pdf"]],
    ["region~sjælland", ["leder.txt"]],
    ["kommune~aarhus", ["skolechef.pdf"]],
    ["consultancy=genitor", ["direktoer.pdf"]],
  ] as const)("%s", (expr, files) => {
    expect(keep(expr)).toEqual(files);
  });

  it("several filters must all hold", () => {
    expect(keep("region=Region Midtjylland", "deadline>=2024-01-01")).toEqual(["direktoer.pdf"]);
    expect(keep("employer~Region", "deadline>=2024-01-01", "terms=åremål")).toEqual(["direktoer.pdf"]);
    expect(keep("employer~Region", "kind=opslag")).toEqual([]);
  });

  it("no filter keeps every row", () => {
    expect(filterRows(ROWS, [])).toHaveLength(ROWS.length);
  });
});

describe("--filter: a bad expression is refused with its reason", () => {
  it.each([
    ["employer", /cannot read filter "employer"/],
    ["", /cannot read filter/],
    ["=Aarhus", /cannot read filter/],
    ["employer Aarhus", /cannot read filter/],
    ["foo~x", /unknown field "foo".*the fields are file, status/],
    ["employer=", /no value after =.*!employer\?/],
    ["salary~9", /~ searches text, and salary is a number/],
    ["salaryApprox~ja", /~ searches text, and salaryApprox is a yes\/no value/],
    ["employer>a", /> compares numbers and dates, and employer is text/],
    ["terms<=x", /<= compares numbers and dates, and terms is text/],
    ["deadline>=tomorrow", /"tomorrow" is not a date/],
    ["deadline>=2024-13-01", /"2024-13-01" is not a date/],
    ["deadline=12.08.2026", /is not a date/],
    ["salary>=lots", /"lots" is not a number/],
    ["salary>=1.2.3", /is not a number/],
    ["salaryApprox=maybe", /"maybe" is not yes or no/],
    ["unknown?", /unknown field "unknown"/],
  ] as const)("%j", (expr, reason) => {
    expect(() => parseFilter(expr)).toThrow(FilterError);
    expect(() => parseFilter(expr)).toThrow(reason);
  });
});

describe("the folding and the numbers", () => {
  it.each([
    ["Århus", "aarhus"],
    ["KØGE", "koege"],
    ["Ærø  Kommune", "aeroe kommune"],
    ["Åremål", "aaremaal"],
  ])("foldDanish(%s) = %s", (s, folded) => expect(foldDanish(s)).toBe(folded));

  it.each([
    ["800.000", 800000],
    ["1.100.000", 1100000],
    ["19,55", 19.55],
    ["19.55", 19.55],
    ["-28", -28],
    ["1.2.3", null],
    ["800k", null],
  ] as const)("parseNumber(%s) = %s", (s, n) => expect(parseNumber(s)).toBe(n));
});
