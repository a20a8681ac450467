import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { configJsonSchema, parseConfigText } from "../../src/check/config.js";
import { parse as parseYaml } from "yaml";

const committed = JSON.parse(readFileSync(new URL("../../schemas/jobprofilrc.schema.json", import.meta.url), "utf8"));

describe("schemas/jobprofilrc.schema.json", () => {
  it("is the one zod generates (run `npm run build && npm run schema` after changing the config or a rule's options)", () => {
    expect(committed).toEqual(configJsonSchema());
  });

  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(committed);
  // The editor's verdict and the CLI's agree: what one accepts the other accepts.
  it.each([
    ["rules:\n  deadline-passed: error\n  missing-section: [error, { required: { advertisement: [ansaettelsesproces, vilkaar] } }]\n", true],
    ["rules:\n  missing-section: [warn, { required: [jobprofil] }]\n", true],
    ["rules:\n  deadline-weekend: [warn, { customary: false }]\n", true],
    ["ignores: [udkast]\noverrides:\n  - files: ['annoncer/**']\n    rules: { missing-terms: off }\n", true],
    ["$schema: ./node_modules/jobprofil/schemas/jobprofilrc.schema.json\nrules: {}\n", true],
    ["rules:\n  no-such-rule: error\n", false],
    ["rules:\n  missing-terms: fatal\n", false],
    ["rules:\n  deadline-weekend: [warn, { custom: false }]\n", false],
    ["rules:\n  unparsed-date: [error, { codes: [approximate-dat] }]\n", false],
    ["rules:\n  missing-section: [error, { required: { annonce: [jobprofil] } }]\n", false],
    ["ignore: [udkast]\n", false],
    ["overrides:\n  - rules: {}\n", false],
  ])("%j: valid %s", (yaml, valid) => {
    expect(validate(parseYaml(yaml)), JSON.stringify(validate.errors)).toBe(valid);
    if (valid) expect(() => parseConfigText(".jobprofilrc.yaml", yaml)).not.toThrow();
  });
});
