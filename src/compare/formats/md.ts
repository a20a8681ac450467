/** A GitHub-flavoured Markdown table, then the summary as a list: for a report or an issue. */
import type { Cell } from "../rows.js";
import { summaryLines } from "../summary.js";
import { cellText } from "./cell.js";
import type { Formatter } from "./types.js";

const escape = (c: Cell) => cellText(c).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

export const md: Formatter = (rows, ctx) => {
  const numeric = ctx.fields.map((f) => rows.length > 0 && rows.every((r) => r[f] === null || typeof r[f] === "number"));
  const lines = [
    `| ${ctx.fields.join(" | ")} |`,
    `| ${numeric.map((n) => (n ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((r) => `| ${ctx.fields.map((f) => escape(r[f])).join(" | ")} |`),
  ];
  return `${lines.join("\n")}\n\n${summaryLines(ctx.summary)
    .map((l) => `- ${l}`)
    .join("\n")}\n`;
};
