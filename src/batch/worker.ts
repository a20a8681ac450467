/**
 * A pool worker: parses the paths it is sent, one at a time, and posts back
 * the record or the failure. Compiled to dist/batch/worker.js, which the pool
 * starts; it imports the same pipeline the CLI runs in-process.
 */
import { parentPort } from "node:worker_threads";
import { parseFile } from "../pipeline.js";
import { failure, type Outcome } from "./outcome.js";

export interface Task {
  id: number;
  path: string;
  maxBytes?: number;
}
export interface Reply {
  id: number;
  outcome: Outcome;
}

// One task at a time, in the order sent: the pool times the running task and
// keeps the next one waiting here, so a reply never overtakes another.
let running: Promise<void> = Promise.resolve();

parentPort?.on("message", (task: Task) => {
  running = running.then(() => run(task));
});

async function run(task: Task): Promise<void> {
  let outcome: Outcome;
  try {
    const { record } = await parseFile(task.path, task.maxBytes ? { maxBytes: task.maxBytes } : {});
    outcome = { ok: true, path: task.path, record };
  } catch (err) {
    outcome = failure(task.path, err);
  }
  parentPort?.postMessage({ id: task.id, outcome } satisfies Reply);
}
