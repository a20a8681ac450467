/** An array of row objects with the chosen fields: lists stay lists, missing values are null. */
import type { Formatter } from "./types.js";

export const json: Formatter = (rows, ctx) =>
  JSON.stringify(
    rows.map((r) => Object.fromEntries(ctx.fields.map((f) => [f, r[f]]))),
    null,
    2,
  ) + "\n";
