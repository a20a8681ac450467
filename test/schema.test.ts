import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ProfileRecord, recordJsonSchema } from "../src/schemas/record.js";

describe("schemas/record.schema.json", () => {
  it("is the one zod generates (run `npm run build && npm run schema` after changing the schema)", () => {
    const committed = JSON.parse(readFileSync(new URL("../schemas/record.schema.json", import.meta.url), "utf8"));
    expect(committed).toEqual(recordJsonSchema());
  });

  it("names every field the contract names", () => {
    const props = Object.keys((recordJsonSchema() as { properties: object }).properties);
    for (const k of ["schemaVersion", "source", "kind", "title", "employer", "consultancy", "sections", "facts", "warnings"])
      expect(props).toContain(k);
  });

  it("refuses an empty string where the contract wants null", () => {
    const r = ProfileRecord.shape.title.safeParse("");
    expect(r.success).toBe(false);
  });
});
