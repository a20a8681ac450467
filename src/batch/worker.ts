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
/**
 * `started`: the worker has turned to a task that did not follow straight on
 * another (its first, or one sent after it fell idle), and the task's time
 * limit runs from now; then its outcome. A task that follows straight on
 * another starts as that one's outcome is posted, and the pool starts its
 * clock then: one message a document fewer, which a batch of thousands
 * notices.
 */
export type Reply = { id: number; started: true } | { id: number; outcome: Outcome<unknown> };

// One task at a time, in the order sent: the pool times the running task from
// the moment it is taken up here, and keeps the next one waiting here, so a
// reply never overtakes another. The waiting task's file is read as it
// arrives, between documents.
let running: Promise<void> = Promise.resolve();
let pending = 0;

parentPort?.on("message", (task: Task) => {
  const read = readAhead(task.path, task.maxBytes);
  const followsAnother = pending > 0;
  pending++;
  running = running.then(async () => {
    if (!followsAnother) parentPort?.postMessage({ id: task.id, started: true } satisfies Reply);
    const outcome = await produce(task.path, read, task.product);
    pending--;
    parentPort?.postMessage({ id: task.id, outcome } satisfies Reply);
  });
});
