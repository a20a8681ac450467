/** `--format html`: the report page (src/compare/report/); its charts are drawn in a worker that only this format starts. */
import { buildReport } from "../report/index.js";
import type { Formatter } from "./types.js";

export const html: Formatter = (rows, ctx) => buildReport(rows, ctx);
