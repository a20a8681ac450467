#!/usr/bin/env node
// Regenerates schemas/record.schema.json from the zod schema (run `npm run schema` after `npm run build`).
import { writeFileSync, mkdirSync } from "node:fs";
import { recordJsonSchema } from "../dist/schemas/record.js";

const out = new URL("../schemas/record.schema.json", import.meta.url);
mkdirSync(new URL("../schemas/", import.meta.url), { recursive: true });
writeFileSync(out, JSON.stringify(recordJsonSchema(), null, 2) + "\n");
console.log(`wrote ${out.pathname}`);
