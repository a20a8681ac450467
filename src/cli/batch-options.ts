/** The flags parse and compare share for batches: workers, limits, ignores, quiet. */
import { InvalidArgumentError, Option, type Command } from "commander";
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_MS, defaultJobs } from "../batch/pool.js";
import { DEFAULT_MAX_BYTES } from "../pipeline.js";
import type { ExpandOptions } from "../batch/inputs.js";
import { reportInputWarning, type Io } from "./io.js";

/** The flags every batch command shares; `addBatchOptions` adds them. */
export interface BatchFlags {
  jobs: number;
  timeout: number;
  maxSize: number;
  maxMemory: number;
  ignore: string[];
  /** --timeout was given on the command line: it must then hold for a lone document too (set by addBatchOptions). */
  explicitTimeout?: boolean;
  followSymlinks?: boolean;
  quiet?: boolean;
  allowEmpty?: boolean;
}


const positive = (flag: string, integer = false) => (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
    throw new InvalidArgumentError(`${flag} takes a positive ${integer ? "whole " : ""}number`);
  return n;
};
const collect = (v: string, acc: string[]) => [...acc, v];

/**
 * --jobs, --timeout, --max-size, --max-memory, --ignore, --follow-symlinks,
 * --allow-empty, --quiet: for parse, compare and check alike. `check` has no
 * progress line (its report is its summary): its own --quiet reports errors
 * only, as ESLint's.
 */
export function addBatchOptions(command: Command, { quiet = true }: { quiet?: boolean } = {}): Command {
  const batch = command
    .addOption(
      new Option("-j, --jobs <n>", "documents parsed at once, in worker threads, at most one per core (1: in this process)")
        .default(defaultJobs())
        .argParser(positive("--jobs", true)),
    )
    .addOption(
      new Option("--timeout <seconds>", "give up on one document after this long (given: a lone document is parsed in a worker, so it holds within a step)")
        .default(DEFAULT_TIMEOUT_MS / 1000)
        .argParser(positive("--timeout")),
    )
    .addOption(
      new Option("--max-size <MB>", "refuse files larger than this many megabytes")
        .default(DEFAULT_MAX_BYTES / 1024 / 1024)
        .argParser(positive("--max-size")),
    )
    .addOption(
      new Option("--max-memory <MB>", "heap limit of each worker thread")
        .default(DEFAULT_MAX_MEMORY_MB)
        .argParser(positive("--max-memory", true)),
    )
    .option("--ignore <glob>", "skip paths matching this glob when walking directories and globs (repeatable)", collect, [])
    .option("--allow-empty", "no input files is not an error (exit 0 instead of 2)")
    .option("--follow-symlinks", "read symbolic links that lead outside the folder being read (or the working directory); skipped with a warning by default")
    // The default limit is checked between the pipeline's steps for a lone
    // document, which costs nothing; a limit the user sets must hold within a
    // step too, which takes a worker (see parseMany's `isolate`).
    .hook("preAction", (_program, action) => {
      action.setOptionValue("explicitTimeout", action.getOptionValueSource("timeout") === "cli");
    });
  return quiet ? batch.option("-q, --quiet", "no progress line and no summary line on stderr") : batch;
}


// expandInputs' reason for a glob that matched nothing (src/batch/inputs.ts); a test holds the two together.
const NO_MATCH = "no files match this pattern";

/**
 * Nothing to read must not pass silently (an empty folder, a glob that
 * matches nothing, a hook given no files): as ESLint does, it is a usage
 * error unless --allow-empty, which also lets unmatched globs pass quietly.
 * Returns the entries to read, and the one line to print when there are none.
 */
export function settleInputs<Entry extends { error?: string }>(
  inputs: string[],
  expanded: Entry[],
  flags: { allowEmpty?: boolean },
): { entries: Entry[]; error: string | null } {
  const entries = flags.allowEmpty ? expanded.filter((e) => e.error !== NO_MATCH) : expanded;
  if (flags.allowEmpty || entries.some((e) => e.error !== NO_MATCH)) return { entries, error: null };
  const named = inputs.length ? inputs.map((i) => JSON.stringify(i)).join(" ") : "(no arguments)";
  return { entries, error: `no input files matched ${named} (--allow-empty accepts that)` };
}

/** --follow-symlinks for expandInputs; without it, each link skipped is one warning line on stderr. */
export function linkPolicy(flags: Pick<BatchFlags, "followSymlinks">, io: Io): Pick<ExpandOptions, "followSymlinks" | "onSkip"> {
  return { followSymlinks: flags.followSymlinks === true, onSkip: (path, reason) => reportInputWarning(io, path, reason) };
}
