import { describe, expect, it } from "vitest";
import { RULES } from "../../src/check/rules/index.js";
import { SEVERITIES } from "../../src/check/types.js";
import { CASES } from "./rule-cases.js";
import { runRule, TODAY } from "./helpers.js";

describe("every rule", () => {
  it.each(RULES.map((r) => [r.id, r] as const))("%s has metadata, a valid and an invalid case", (id, rule) => {
    expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/u);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(SEVERITIES).toContain(rule.defaultSeverity);
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    expect(CASES[id], `no cases for ${id} in rule-cases.ts`).toBeDefined();
    expect(CASES[id].valid.length, `${id} has no valid case`).toBeGreaterThan(0);
    expect(CASES[id].invalid.length, `${id} has no invalid case`).toBeGreaterThan(0);
  });

  it("has no cases for rules that do not exist", () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s: the invalid cases use every message id", (id, rule) => {
    const used = new Set(
      CASES[id].invalid.flatMap((c) =>
        rule.check(c.record, { today: c.today ?? TODAY, options: { ...rule.defaultOptions, ...c.options } }).map((f) => f.messageId),
      ),
    );
    expect([...used].sort()).toEqual(Object.keys(rule.messages).sort());
  });

  it("fill every placeholder of their messages", () => {
    for (const [id, { invalid }] of Object.entries(CASES))
      for (const c of invalid) for (const f of runRule(id, c.record, c.options, c.today)) expect(f.message, `${id}: ${c.name}`).not.toMatch(/\{\{/u);
  });

  it("are all silent on the clean record", () => {
    for (const rule of RULES) expect(runRule(rule.id, CASES[rule.id].valid[0].record), rule.id).toEqual([]);
  });
});

for (const [id, { valid, invalid }] of Object.entries(CASES)) {
  describe(id, () => {
    it.each(valid.map((c) => [c.name, c] as const))("accepts %s", (_name, c) => {
      expect(runRule(id, c.record, c.options, c.today)).toEqual([]);
    });
    it.each(invalid.map((c) => [c.name, c] as const))("rejects %s", (_name, c) => {
      const found = runRule(id, c.record, c.options, c.today);
      expect(found.map((f) => f.rule)).toEqual(c.expect.map(() => id));
      c.expect.forEach((want, i) => {
        if (want.message instanceof RegExp) expect(found[i].message).toMatch(want.message);
        else if (want.message !== undefined) expect(found[i].message).toBe(want.message);
        if (want.section !== undefined) expect(found[i].section).toBe(want.section);
        if (want.line !== undefined) expect(found[i].line).toBe(want.line);
      });
    });
  });
}
