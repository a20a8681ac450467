#!/usr/bin/env node
// Regenerates schemas/record.schema.json and schemas/jobprofilrc.schema.json from their zod schemas (run `npm run schema` after `npm run build`).
import { writeFileSync, mkdirSync } from "node:fs";
import { recordJsonSchema } from "../dist/schemas/record.js";
import { configJsonSchema } from "../dist/check/config.js";

mkdirSync(new URL("../schemas/", import.meta.url), { recursive: true });
for (const [name, schema] of [
  ["record.schema.json", recordJsonSchema()],
  ["jobprofilrc.schema.json", configJsonSchema()],
]) {
  const out = new URL(`../schemas/${name}`, import.meta.url);
  writeFileSync(out, JSON.stringify(schema, null, 2) + "\n");
  console.log(`wrote ${out.pathname}`);
}
