import { describe, expect, it } from "vitest";
import { sortRows } from "../../src/compare/rows.js";
import { main } from "../../src/cli/main.js";
import { names, ROWS } from "./rows-fixture.js";

describe("sortRows: several keys, each with a direction", () => {
  it.each([
    ["", ["direktoer.pdf", "skolechef.pdf", "leder.txt", "hemmelig.pdf"]],
    ["deadline", ["skolechef.pdf", "direktoer.pdf", "leder.txt", "hemmelig.pdf"]],
    // empty cells last, descending too
    ["-deadline", ["direktoer.pdf", "skolechef.pdf", "leder.txt", "hemmelig.pdf"]],
    ["-annualSalary", ["direktoer.pdf", "skolechef.pdf", "leder.txt", "hemmelig.pdf"]],
    ["annualSalary", ["skolechef.pdf", "direktoer.pdf", "leder.txt", "hemmelig.pdf"]],
    // the first key decides, the second breaks its ties: region ties Midtjylland (two rows)
    ["region,-annualSalary", ["direktoer.pdf", "skolechef.pdf", "leder.txt", "hemmelig.pdf"]],
    ["region,annualSalary", ["skolechef.pdf", "direktoer.pdf", "leder.txt", "hemmelig.pdf"]],
    ["status,-file", ["hemmelig.pdf", "direktoer.pdf", "leder.txt", "skolechef.pdf"]],
    // text sorts the Danish way: "Aarhus" is "Århus", after "Køge" and "Region"
    ["employer", ["leder.txt", "direktoer.pdf", "skolechef.pdf", "hemmelig.pdf"]],
    ["kind,title", ["skolechef.pdf", "leder.txt", "direktoer.pdf", "hemmelig.pdf"]],
  ] as const)("%j", (keys, files) => {
    expect(names(sortRows(ROWS, keys))).toEqual(files);
  });

  it("takes the keys as a list, as repeated --sort gives them", () => {
    expect(names(sortRows(ROWS, ["region", "-annualSalary"]))).toEqual(names(sortRows(ROWS, "region,-annualSalary")));
  });
});

describe("--sort on the command line", () => {
  const run = async (...args: string[]) => {
    let out = "";
    let err = "";
    const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, stdin: process.stdin, env: { NO_COLOR: "1" }, cwd: process.cwd() };
    const code = await main(["compare", "fixtures/seeds", "--format", "json", "-q", "--jobs", "1", ...args], io);
    return { code, out, err };
  };

  it("a repeated --sort adds keys instead of replacing the first", async () => {
    const once = await run("--sort", "kind,-deadline", "--fields", "file,kind,deadline");
    const twice = await run("--sort", "kind", "--sort", "-deadline", "--fields", "file,kind,deadline");
    expect(twice.code).toBe(0);
    expect(twice.out).toBe(once.out);
    const rows: { kind: string; deadline: string }[] = JSON.parse(twice.out);
    // by kind first, then the latest deadline first within a kind
    expect(rows.map((r) => r.kind)).toEqual([...rows.map((r) => r.kind)].sort());
    for (let i = 1; i < rows.length; i++)
      if (rows[i].kind === rows[i - 1].kind) expect(rows[i - 1].deadline >= rows[i].deadline).toBe(true);
    const kinds = new Set(rows.map((r) => r.kind));
    expect(kinds.size).toBe(2);
  });

  it.each([["nonsense"], ["deadline,nonsense"], ["-"], [","]])("--sort %j is a usage error", async (keys) => {
    const r = await run("--sort", keys);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot sort by/);
    expect(r.out).toBe("");
  });
});
