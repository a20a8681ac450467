/**
 * A child process, awaited. The compare tests run batches that take seconds
 * on a loaded 2-core machine; spawnSync would block the test worker's event
 * loop meanwhile, and vitest's calls to the worker time out.
 */
import { spawn } from "node:child_process";
import { BIN, ROOT } from "../helpers.js";

export interface Ran {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

export function spawnAsync(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

/** ./bin/jobprofil with these arguments; stdout as text. */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const r = await spawnAsync(BIN, args, env);
  return { code: r.code, stdout: r.stdout.toString("utf8"), stderr: r.stderr };
}
