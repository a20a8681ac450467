/**
 * The progress line on stderr while a batch runs, and the one-line summary
 * after it. The line is drawn only for a person at a terminal; the summary is
 * written for any batch of more than one document unless --quiet.
 */
export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  total: number;
  quiet?: boolean;
  /** Milliseconds; injectable so tests need not wait. */
  now?: () => number;
  /** Redraw at most this often (ms). */
  interval?: number;
}

export interface Progress {
  /** One document finished. */
  tick(failed: boolean): void;
  /** Clears the line and writes the summary. */
  finish(): void;
  readonly done: number;
  readonly failed: number;
}

export function createProgress(stream: ProgressStream, options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const interval = options.interval ?? 100;
  const live = !options.quiet && stream.isTTY === true && options.total > 1;
  const started = now();
  let done = 0;
  let failed = 0;
  let drawnAt = -Infinity;
  let drawn = false;

  const draw = () => {
    const line = progressLine({ done, failed, total: options.total, elapsedMs: now() - started }, stream.columns ?? 80);
    stream.write(`\r${line}\x1b[K`);
    drawn = true;
  };

  return {
    get done() {
      return done;
    },
    get failed() {
      return failed;
    },
    tick(f: boolean) {
      done++;
      if (f) failed++;
      if (!live) return;
      const t = now();
      if (t - drawnAt >= interval || done === options.total) {
        drawnAt = t;
        draw();
      }
    },
    finish() {
      if (drawn) stream.write("\r\x1b[K");
      if (!options.quiet && options.total > 1) stream.write(summaryLine({ done, failed, total: options.total, elapsedMs: now() - started }) + "\n");
    },
  };
}

export interface ProgressState {
  done: number;
  failed: number;
  total: number;
  elapsedMs: number;
}

export function progressLine(s: ProgressState, columns: number): string {
  const rate = s.elapsedMs > 0 ? (s.done / s.elapsedMs) * 1000 : 0;
  const eta = rate > 0 ? (s.total - s.done) / rate : null;
  const text =
    ` ${s.done}/${s.total}  ${rate.toFixed(rate < 10 ? 1 : 0)} docs/s` +
    (eta === null ? "" : `  ETA ${duration(eta * 1000)}`) +
    (s.failed ? `  ${s.failed} failed` : "");
  const barWidth = Math.max(0, Math.min(30, columns - text.length - 3));
  if (barWidth < 5) return text.trimStart().slice(0, Math.max(0, columns - 1));
  const filled = s.total ? Math.round((s.done / s.total) * barWidth) : barWidth;
  return `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}]${text}`;
}

export function summaryLine(s: ProgressState): string {
  const parsed = s.done - s.failed;
  return `${parsed} parsed, ${s.failed} failed, ${duration(s.elapsedMs)}`;
}

export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const sec = ms / 1000;
  if (sec < 60) return `${sec.toFixed(1)} s`;
  const m = Math.floor(sec / 60);
  return `${m} min ${Math.round(sec - m * 60)} s`;
}

/** The progress for a command: on the command's stderr, honouring --quiet. */
export function progress(io: { stderr: ProgressStream }, total: number, quiet: boolean): Progress {
  return createProgress(io.stderr, { total, quiet });
}
