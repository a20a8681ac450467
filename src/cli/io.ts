import { Chalk, type ChalkInstance } from "chalk";
import { escapeControls } from "./escape.js";

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface Io {
  stdout: { write(s: string): unknown; once?(event: "drain", listener: () => void): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Node sets up stdin on first use, which costs a cold start several milliseconds: only `-` needs it.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Colour only for a person at a terminal: never with NO_COLOR, never into a pipe or file. */
export function colours(stream: Io["stdout"], env: NodeJS.ProcessEnv): ChalkInstance {
  const off = ("NO_COLOR" in env && env.NO_COLOR !== "") || !stream.isTTY || env.TERM === "dumb";
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0";
  return new Chalk({ level: forced ? 1 : off ? 0 : 1 });
}

/**
 * One line on stderr that names the file and the reason: the contract for
 * every bad input. One line it stays: a name or a reason quoting the document
 * cannot start another (escapeControls).
 */
export function reportInputFailure(io: Io, file: string, reason: string): void {
  const c = colours(io.stderr, io.env);
  io.stderr.write(`${c.red("error")} ${escapeControls(file)}: ${escapeControls(reason)}\n`);
}

/** A warning about one input, on one line of stderr like a failure; the exit code is the caller's. */
export function reportInputWarning(io: Io, file: string, message: string): void {
  const c = colours(io.stderr, io.env);
  io.stderr.write(`${c.yellow("warning")} ${escapeControls(file)}: ${escapeControls(message)}\n`);
}

/** A usage error the commands find themselves (commander reports its own): one line, exit code 2. */
export function usageError(io: Io, message: string): number {
  io.stderr.write(`${colours(io.stderr, io.env).red("error")} ${message}\n`);
  return EXIT_USAGE;
}
