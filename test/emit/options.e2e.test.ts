/** The summary's and the record's shaping options, through the real command line. */
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { runCli } from "../helpers.js";

const SEED = "fixtures/seeds/002_ea24eb2fd52c88b1.txt";

describe("parse --format md options", () => {
  it("--no-sources leaves out the Kilde column", () => {
    const r = runCli(["parse", SEED, "--format", "md", "--no-sources"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("| Fakta | Værdi |\n| --- | --- |\n| Ansøgningsfrist | 12. august 2026 |\n");
    expect(r.stdout).not.toContain("Kilde");
  });

  it("--sections keeps only the kinds asked for, and the facts", () => {
    const r = runCli(["parse", SEED, "--format", "md", "--sections", "personprofil,vilkaar"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("## Personprofil");
    expect(r.stdout).not.toContain("## Jobprofil");
    expect(r.stdout).not.toContain("## Indledning");
    expect(r.stdout).toContain("| Ansøgningsfrist |");
  });

  it("--sections with an unknown kind is a usage error, named in one line", () => {
    const r = runCli(["parse", SEED, "--format", "md", "--sections", "jobprofil,løn"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown section kind løn");
    expect(r.stdout).toBe("");
  });

  it("--front-matter opens with YAML that names the title, the employer and the deadline", () => {
    const r = runCli(["parse", SEED, "--format", "md", "--front-matter"]);
    expect(r.code).toBe(0);
    const m = /^---\n([\s\S]*?)\n---\n\nViborg Kommune · /u.exec(r.stdout);
    expect(m).not.toBeNull();
    expect(parseYaml(m![1])).toEqual({ title: "Chef for Stabs- og Byrådssekretariatet", employer: "Viborg Kommune", deadline: "2026-08-12", lang: "da" });
  });

  it("passes the options to the worker threads of a batch", () => {
    const r = runCli(["parse", SEED, "fixtures/seeds/003_cec73c19b70fb4cb.txt", "--format", "md", "--no-sources", "--jobs", "2", "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/\| Fakta \| Værdi \|\n/gu)).toHaveLength(2);
    expect(r.stdout).not.toContain("Kilde");
  });
});

describe("--compact", () => {
  it("leaves positions, evidence and dropped out of YAML a person reads", () => {
    const full = runCli(["parse", SEED, "--format", "yaml"]).stdout;
    const r = runCli(["parse", SEED, "--format", "yaml", "--compact"]);
    expect(r.code).toBe(0);
    const record = parseYaml(r.stdout);
    expect(record.evidence).toBeUndefined();
    expect(record.dropped).toBeUndefined();
    expect(r.stdout).not.toContain("position:");
    expect(record.facts.applicationDeadline).toBe("2026-08-12");
    expect(r.stdout.split("\n").length).toBeLessThan(full.split("\n").length / 2);
  });

  it("keeps the contract's fields in JSON and ndjson", () => {
    for (const format of ["json", "ndjson"]) {
      const r = runCli(["parse", SEED, "--format", format, "--compact"]);
      const record = JSON.parse(r.stdout);
      for (const field of ["schemaVersion", "source", "kind", "title", "employer", "consultancy", "sections", "facts", "warnings"]) expect(record).toHaveProperty(field);
      expect(record.evidence).toBeUndefined();
      expect(JSON.stringify(record)).not.toContain('"position"');
    }
  });
});
