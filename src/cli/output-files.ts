/**
 * How `parse --out` puts files on disk: the folder made, each output written
 * whole or not at all, and every file-system failure turned into one plain
 * reason (never "internal error: ENOSPC …").
 */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs/promises";
import { dirname } from "node:path";

/** A file-system failure writing outputs, which stops the batch: it would fail the same way for every document. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** The file system's error codes as a user reads them. */
export function outputReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOSPC":
      return "no space left on device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "read-only file system";
    case "EEXIST":
    case "ENOTDIR":
      return "not a directory";
    case "EISDIR":
      return "is a directory";
    case "ENOENT":
      return "no such directory";
    default:
      return `cannot write (${code ?? String(err)})`;
  }
}

/** What the writer needs of the file system; tests put failures in. */
export interface OutputFs {
  writeFile(path: string, text: string, encoding: "utf8"): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, then
 * renamed over the name (atomic within one folder), so a killed run or a full
 * disk never leaves half a record under an output's name. A failure leaves no
 * temporary file behind and is an OutputError naming `shown`.
 */
export async function writeAtomically(target: string, text: string, shown = target, io: OutputFs = fs): Promise<void> {
  const temp = `${target}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  try {
    await io.writeFile(temp, text, "utf8");
    await io.rename(temp, target);
  } catch (err) {
    await io.rm(temp, { force: true }).catch(() => undefined);
    throw new OutputError(shown, `not written: ${outputReason(err)}`);
  }
}

/**
 * Makes the --out folder, one level at a time: Node's recursive mkdir says
 * ENOENT for a folder on a read-only file system and never returns for one
 * under /proc; level by level, each failure is the kernel's own.
 */
export async function ensureOutputFolder(dir: string, shown = dir): Promise<void> {
  const missing: string[] = [];
  try {
    for (let d = dir; ; ) {
      const found = await fs.stat(d).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== "ENOENT") throw err;
        return null;
      });
      if (found) break;
      missing.push(d);
      const parent = dirname(d);
      if (parent === d) break;
      d = parent;
    }
    for (const d of missing.reverse())
      await fs.mkdir(d).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== "EEXIST") throw err;
      });
    if (!(await fs.stat(dir)).isDirectory()) throw Object.assign(new Error("not a directory"), { code: "ENOTDIR" });
  } catch (err) {
    throw new OutputError(shown, `cannot write outputs here: ${outputReason(err)} (--out)`);
  }
}
