import type { ChalkInstance } from "chalk";
import type { AnyRule, FileResult } from "../check/types.js";

export interface ReportContext {
  /** Colour for the text reporter; a level-0 instance prints none. */
  colours: ChalkInstance;
  /** The rule definitions, for metadata (SARIF's tool.driver.rules). */
  rules: readonly AnyRule[];
  toolVersion: string;
}

/** A reporter is a pure function from results to the text written on stdout. */
export type Reporter = (results: FileResult[], context: ReportContext) => string;
