/**
 * Vega-Lite specs to SVG text, drawn once when the report is built, so the
 * page needs no charting code and no network to show its charts.
 *
 * The drawing runs in a worker thread. vega and vega-lite are ES modules with
 * top-level await: `require` cannot load them (ERR_REQUIRE_ASYNC_MODULE), and
 * the CLI bundle, compiled in a vm.Script for its code cache, cannot take a
 * dynamic `import()`. A worker whose entry is an ES module loads them the
 * ordinary way, and only `compare --format html` starts one: no other command
 * loads a line of vega (test/compare/report.test.ts).
 */
import { fileURLToPath } from "node:url";
import { workerThreads } from "../../lazy.js";

/** dist/compare/report/render-worker.js: beside this file, or from the CLI bundle or the TypeScript sources, the built copy. */
function workerFile(): string {
  const here = import.meta.url;
  if (here.endsWith(".ts")) return fileURLToPath(new URL("../../../dist/compare/report/render-worker.js", here));
  if (here.endsWith(".cjs")) return fileURLToPath(new URL("../compare/report/render-worker.js", here));
  return fileURLToPath(new URL("./render-worker.js", here));
}

export interface Drawn {
  /** One `<svg>` element per spec, in the order given. */
  svgs: string[];
  /** What vega-lite and vega warned of: none for a spec that says all it means. */
  warnings: string[];
}

export function renderSvgs(specs: readonly object[]): Promise<Drawn> {
  if (specs.length === 0) return Promise.resolve({ svgs: [], warnings: [] });
  return new Promise((resolve, reject) => {
    // A worker takes its parent's flags, and `--input-type` (a `node -e` caller's) would stop it from
    // loading its own file; flags passed explicitly are checked, so only that case passes any.
    const inputType = process.execArgv.some((a) => a.startsWith("--input-type"));
    const worker = new (workerThreads().Worker)(workerFile(), {
      workerData: { specs },
      ...(inputType ? { execArgv: process.execArgv.filter((a) => !a.startsWith("--input-type")) } : {}),
    });
    let result: Drawn | undefined;
    worker.once("message", (drawn: Drawn) => (result = drawn));
    worker.once("error", reject);
    worker.once("exit", (code) => (result ? resolve(result) : reject(new Error(`the chart worker stopped (exit code ${code}) without drawing`))));
  });
}
