/** A GitHub-flavoured Markdown table, then the summary as a list: for a report or an issue. */
import { displayCell } from "../display.js";
import { FIELD_TYPES, type Cell, type FieldName } from "../rows.js";
import { summaryLines } from "../summary.js";
import type { Formatter } from "./types.js";

/** Values as a Danish reader writes them ("åremål", "900.000", "2026-08-12 kl. 12.00"). */
const escape = (f: FieldName, c: Cell) => displayCell(f, c, { time: true }).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

export const md: Formatter = (rows, ctx) => {
  const numeric = ctx.fields.map((f) => FIELD_TYPES[f] === "number");
  const lines = [
    `| ${ctx.fields.join(" | ")} |`,
    `| ${numeric.map((n) => (n ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((r) => `| ${ctx.fields.map((f) => escape(f, r[f])).join(" | ")} |`),
  ];
  return `${lines.join("\n")}\n\n${summaryLines(ctx.summary)
    .map((l) => `- ${l}`)
    .join("\n")}\n`;
};
