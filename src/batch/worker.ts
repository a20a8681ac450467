/**
 * A pool worker: parses the paths it is sent, one at a time, and posts back
 * each document's product (see products.ts) or its failure. Compiled to
 * dist/batch/worker.js, which the pool starts; it imports the same pipeline
 * the CLI runs in-process.
 */
import { parentPort } from "node:worker_threads";
import type { Outcome } from "./outcome.js";
import { produce, readAhead } from "./produce.js";
import type { ProductSpec } from "./products.js";

export interface Task {
  id: number;
  path: string;
  maxBytes?: number;
  product: ProductSpec;
}
/** `started`: the worker has turned to the task, and its time limit runs from now; then its outcome. */
export type Reply = { id: number; started: true } | { id: number; outcome: Outcome<unknown> };

// One task at a time, in the order sent: the pool times the running task from
// the moment it is taken up here (the "started" reply), and keeps the next one
// waiting here, so a reply never overtakes another. The waiting task's file is
// read while the running one is parsed.
let running: Promise<void> = Promise.resolve();

parentPort?.on("message", (task: Task) => {
  const read = readAhead(task.path, task.maxBytes);
  running = running.then(async () => {
    parentPort?.postMessage({ id: task.id, started: true } satisfies Reply);
    const outcome = await produce(task.path, read, task.product);
    parentPort?.postMessage({ id: task.id, outcome } satisfies Reply);
  });
});
