/**
 * Parses many documents: in worker threads, at most one per core, or in this
 * process when there is one document or one thread (a pool's start-up costs
 * more than it saves) unless the caller asks for a worker to hold a time
 * limit. Results are handed on in input order whatever the finishing order,
 * and only a bounded window of documents is in flight or waiting, so memory
 * does not grow with the batch.
 *
 * Own code over worker_threads rather than Piscina (or tinypool, its fork),
 * decided by measurement (README, "Dependencies and why"): on the same
 * batches Piscina used the same CPU time (2,000 texts: 27–32 s either way; 48
 * PDFs: 9.6–10.9 s) but more at start-up — a batch of two texts took 0.96 s
 * of CPU against 0.70–0.77 s here, since Piscina cannot be bundled (its
 * worker entry is a file of its own) and loads from node_modules — and 5–10
 * MB more peak memory. And two things a batch needs Piscina does not give:
 * a time limit that starts when the worker takes the document up (Piscina's
 * signal starts when the task is queued, before a worker has even loaded),
 * and a worker that holds its next document while it parses this one (it
 * never waits a round trip for the next, and has read its file). Each is a
 * few lines here; the in-order hand-off would sit on top of either.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { workerThreads } from "../lazy.js";
import { timedOut } from "../pipeline.js";
import type { Outcome } from "./outcome.js";
import { produce, readAhead } from "./produce.js";
import { RECORD, type ProductOf, type ProductSpec } from "./products.js";
import type { Reply, Task } from "./worker.js";

export type { Outcome } from "./outcome.js";
export type { ProductSpec, Rendered } from "./products.js";

export interface ParseManyOptions {
  /**
   * Documents parsed at once; default the machine's available parallelism.
   * Never more threads than cores (more would only share the cores and slow
   * each document down). 1 parses in-process, unless `isolate`.
   */
  jobs?: number;
  /**
   * Parse in a worker even one document or one at a time, so that the time
   * limit can stop a step that runs long (in-process it is checked only
   * between the pipeline's steps). Costs a worker's start-up.
   */
  isolate?: boolean;
  /** Per-document time limit in milliseconds (default 30 s); the worker running it is replaced. */
  timeoutMs?: number;
  /** Per-worker heap limit in megabytes (default 512). */
  maxMemoryMb?: number;
  /** Refuse files larger than this (the pipeline's default otherwise). */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_MEMORY_MB = 512;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** The threads that help: no more than asked, than documents, or than cores. */
export function threadsFor(jobs: number, documents: number): number {
  return Math.max(1, Math.min(jobs, documents, defaultJobs()));
}

/**
 * Calls `onResult(index, outcome)` once per path, in index order, and resolves
 * when all are done. An `onResult` that returns a promise is awaited before the
 * next one (so a writer's back-pressure holds the batch back).
 */
export async function parseMany<S extends ProductSpec = typeof RECORD>(
  paths: readonly string[],
  options: ParseManyOptions & { product?: S },
  onResult: (index: number, outcome: Outcome<ProductOf<S>>) => void | Promise<void>,
): Promise<void> {
  const jobs = threadsFor(options.jobs ?? defaultJobs(), paths.length);
  const spec = (options.product ?? RECORD) as S;
  if (paths.length === 0) return;
  if (jobs === 1 && !options.isolate) {
    // the next file is read before this one is parsed (a pipe's read goes on meanwhile)
    let read = readAhead(paths[0], options.maxBytes);
    for (let i = 0; i < paths.length; i++) {
      const current = read;
      if (i + 1 < paths.length) read = readAhead(paths[i + 1], options.maxBytes);
      // No worker to kill here: the pipeline checks the time limit itself, between its steps.
      await onResult(i, await produce(paths[i], current, spec, options.timeoutMs ?? DEFAULT_TIMEOUT_MS));
    }
    return;
  }
  await runPool(paths, { ...options, jobs }, spec, onResult as (index: number, outcome: Outcome<unknown>) => void | Promise<void>);
}

/** dist/batch/worker.js beside this file; from the CLI bundle, the bundled worker beside it; from the TypeScript sources (tests), the built copy. */
export function workerUrl(): URL {
  const here = import.meta.url;
  if (here.endsWith(".ts")) return new URL("../../dist/batch/worker.js", here);
  if (here.endsWith(".cjs")) return new URL("./worker.cjs", here);
  return new URL("./worker.js", here);
}

interface Slot {
  worker: Worker;
  /** Sent to the worker, in the order it runs them; the first is running. */
  queue: Task[];
  /** The time limit of the running task. */
  timer: NodeJS.Timeout | null;
}

/**
 * Tasks a worker holds at once: the one it runs and the next, so that it
 * starts the next without waiting a round trip for it.
 */
const DEPTH = 2;

async function runPool(
  paths: readonly string[],
  options: ParseManyOptions & { jobs: number },
  product: ProductSpec,
  onResult: (index: number, outcome: Outcome<unknown>) => void | Promise<void>,
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxMemoryMb = options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
  // Finished documents wait here until every earlier one is handed on; the
  // window caps how far dispatch runs ahead of the slowest unfinished document.
  const window = options.jobs * 8;
  const done = new Map<number, Outcome<unknown>>();
  let next = 0; // next index to dispatch
  let emitted = 0; // next index to hand on
  let emitting = false;
  let settle!: () => void;
  let fail!: (err: unknown) => void;
  const finished = new Promise<void>((res, rej) => {
    settle = res;
    fail = rej;
  });
  const slots: Slot[] = [];
  let closed = false;

  const file = fileURLToPath(workerUrl());
  const spawn = (): Slot => {
    const worker = new (workerThreads().Worker)(file, { resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } });
    const slot: Slot = { worker, queue: [], timer: null };
    worker.on("message", (reply: Reply) => {
      if (slot.queue[0]?.id !== reply.id) return;
      if ("started" in reply) startClock(slot);
      else complete(slot, reply.outcome);
    });
    worker.on("error", (err: Error & { code?: string }) => {
      const reasonText =
        err.code === "ERR_WORKER_OUT_OF_MEMORY" ? `out of memory (the limit is ${maxMemoryMb} MB per worker)` : `worker crashed: ${err.message}`;
      replace(slot, { ok: false, path: slot.queue[0]?.path ?? "", reason: reasonText, code: err.code === "ERR_WORKER_OUT_OF_MEMORY" ? "out-of-memory" : "internal" });
    });
    worker.on("exit", () => {
      if (!closed && slot.queue.length) replace(slot, { ok: false, path: slot.queue[0].path, reason: "worker exited unexpectedly", code: "internal" });
    });
    // Not unref'd: a task sent but not yet started has no timer to keep the process alive.
    return slot;
  };

  const stopClock = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  };

  /**
   * The running task's clock starts when the worker says it has taken the
   * task up: not when it was queued, nor while a fresh worker loads, so a
   * document waiting behind others never times out for their time.
   */
  const startClock = (slot: Slot) => {
    stopClock(slot);
    const task = slot.queue[0];
    if (!task) return;
    slot.timer = setTimeout(
      () => replace(slot, { ok: false, path: task.path, reason: timedOut(timeoutMs).reason, code: "timeout" }),
      timeoutMs,
    );
  };

  const complete = (slot: Slot, outcome: Outcome<unknown>) => {
    const task = slot.queue.shift()!;
    stopClock(slot);
    // the worker held the next task and turned to it as it posted this outcome (worker.ts, Reply);
    // had it fallen idle first, its "started" restarts the clock when the task does start
    if (slot.queue.length) startClock(slot);
    done.set(task.id, outcome);
    dispatch(slot);
    void drain();
  };

  /** A stuck or crashed worker is dropped with its running document's failure; a fresh one takes its place and its waiting tasks. */
  const replace = (slot: Slot, outcome: Outcome<unknown>) => {
    const [task, ...waiting] = slot.queue;
    if (!task) return;
    stopClock(slot);
    slot.queue = [];
    const dead = slot.worker;
    dead.removeAllListeners("message");
    dead.removeAllListeners("exit");
    dead.on("error", () => {}); // a late error from the dying worker is no one's concern
    void dead.terminate();
    const fresh = spawn();
    slots[slots.indexOf(slot)] = fresh;
    done.set(task.id, outcome);
    for (const t of waiting) send(fresh, t);
    dispatch(fresh);
    void drain();
  };

  const send = (slot: Slot, task: Task) => {
    slot.queue.push(task);
    slot.worker.postMessage(task);
  };

  const dispatch = (slot: Slot) => {
    while (!closed && slot.queue.length < DEPTH && next < paths.length && next < emitted + window) {
      send(slot, { id: next, path: paths[next], maxBytes: options.maxBytes, product });
      next++;
    }
  };

  const drain = async () => {
    if (emitting) return;
    emitting = true;
    try {
      while (done.has(emitted)) {
        const outcome = done.get(emitted)!;
        done.delete(emitted);
        await onResult(emitted, outcome);
        emitted++;
        // The window moved: idle workers may take more.
        for (const s of slots) dispatch(s);
      }
    } catch (err) {
      fail(err);
      return;
    } finally {
      emitting = false;
    }
    if (emitted === paths.length) settle();
  };

  for (let i = 0; i < options.jobs; i++) slots.push(spawn());
  for (const s of slots) dispatch(s);
  try {
    await finished;
  } finally {
    closed = true;
    for (const s of slots) if (s.timer) clearTimeout(s.timer);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

