/**
 * A pool worker: parses the paths it is sent, one at a time, and posts back
 * the record or the failure. Compiled to dist/batch/worker.js, which the pool
 * starts; it imports the same pipeline the CLI runs in-process.
 */
import { parentPort } from "node:worker_threads";
import { parseRead, readAhead, type Read } from "./read-ahead.js";
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
// keeps the next one waiting here, so a reply never overtakes another. The
// waiting task's file is read while the running one is parsed.
let running: Promise<void> = Promise.resolve();

parentPort?.on("message", (task: Task) => {
  const read = readAhead(task.path, task.maxBytes);
  running = running.then(() => run(task, read));
});

async function run(task: Task, read: Promise<Read>): Promise<void> {
  let outcome: Outcome;
  try {
    outcome = { ok: true, path: task.path, record: await parseRead(task.path, await read) };
  } catch (err) {
    outcome = failure(task.path, err);
  }
  parentPort?.postMessage({ id: task.id, outcome } satisfies Reply);
}
