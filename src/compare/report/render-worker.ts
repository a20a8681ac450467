/**
 * The chart worker (see render.ts): compiles each Vega-Lite spec to Vega and
 * draws it with vega's headless SVG renderer, which needs no canvas: text is
 * measured by an estimate, good enough for axis labels. Warnings are returned,
 * not printed: a spec vega-lite has to guess about is a bug the tests catch.
 */
import { parentPort, workerData } from "node:worker_threads";
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

const warnings: string[] = [];
const collect = (...args: unknown[]) => void warnings.push(args.map(String).join(" "));
// vega's logger interface: level() reads the level (2 is warn), level(n) sets it
const logger = {
  level: (n?: number) => (n === undefined ? 2 : logger),
  error: (...args: unknown[]) => (collect(...args), logger),
  warn: (...args: unknown[]) => (collect(...args), logger),
  info: () => logger,
  debug: () => logger,
};

const { specs } = workerData as { specs: TopLevelSpec[] };
const svgs: string[] = [];
for (const spec of specs) {
  const view = new View(parse(compile(spec, { logger: logger as never }).spec), { renderer: "none", logger: logger as never });
  svgs.push(await view.toSVG());
  view.finalize();
}
parentPort?.postMessage({ svgs, warnings });
