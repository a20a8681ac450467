/**
 * Command-line arguments → the documents to read. Files named explicitly are
 * taken whatever their extension; directories are walked recursively for
 * document extensions; globs are expanded by walking their fixed prefix.
 * A path that cannot be read (a broken link, a loop, a FIFO) becomes an error
 * entry for that path, never an exception, so one bad entry cannot sink a batch.
 */
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { extname, join, resolve } from "node:path";
import { globBase, globToRegExp, ignoreMatcher, isGlob, toSlash } from "./glob.js";

/** What a directory walk or a glob picks up; a file named explicitly is read whatever its name. */
export const DOCUMENT_EXTENSIONS = [".pdf", ".txt", ".md", ".markdown", ".html", ".htm", ".docx"] as const;

export type InputEntry = { path: string; error?: undefined } | { path: string; error: string };

export interface ExpandOptions {
  /** Glob patterns; without "/" they match any path segment ("udkast", "*.tmp.pdf"). */
  ignore?: string[];
  /** Base for relative arguments; results keep the argument's own spelling. */
  cwd?: string;
}

// Made on first use: ICU takes milliseconds to build one, and only a directory walk sorts.
let collator: Intl.Collator | undefined;

/**
 * Expands arguments in their given order; each directory's or glob's files
 * in sorted order (numeric-aware, byte-stable), each path once.
 * "-" (stdin) passes through untouched.
 */
export async function expandInputs(args: string[], options: ExpandOptions = {}): Promise<InputEntry[]> {
  const cwd = options.cwd ?? process.cwd();
  const ignored = ignoreMatcher(options.ignore ?? []);
  const seen = new Set<string>();
  const out: InputEntry[] = [];
  const push = (entry: InputEntry) => {
    const key = entry.path === "-" ? "-" : resolve(cwd, entry.path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(entry);
  };

  for (const arg of args) {
    if (arg === "-") {
      push({ path: "-" });
      continue;
    }
    const info = await statOrError(resolve(cwd, arg));
    if ("error" in info) {
      // A literal file name with brackets ("profil [v2].pdf") exists and is not a glob.
      if (isGlob(arg) && info.code === "ENOENT") {
        const matches = await expandGlob(arg, cwd, ignored);
        if (matches.length === 0) push({ path: arg, error: "no files match this pattern" });
        else matches.forEach(push);
      } else push({ path: arg, error: info.error });
    } else if (info.stats.isDirectory()) {
      const found: InputEntry[] = [];
      await walk(arg, cwd, ignored, found, new Set());
      found.sort(byPath).forEach(push);
    } else if (info.stats.isFile()) push({ path: arg });
    else push({ path: arg, error: "not a regular file" });
  }
  return out;
}

const byPath = (a: InputEntry, b: InputEntry) =>
  (collator ??= new Intl.Collator("en", { numeric: true })).compare(toSlash(a.path), toSlash(b.path)) || (a.path < b.path ? -1 : 1);

function isDocument(path: string): boolean {
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/**
 * Depth-first, following symbolic links to directories but remembering the
 * real paths on the current branch: a link back up the tree is a loop,
 * reported once for the link, not walked forever.
 */
async function walk(dir: string, cwd: string, ignored: (p: string) => boolean, out: InputEntry[], ancestors: Set<string>): Promise<void> {
  let real: string;
  try {
    real = await realpath(resolve(cwd, dir));
  } catch (err) {
    out.push({ path: dir, error: reason(err) });
    return;
  }
  if (ancestors.has(real)) {
    out.push({ path: dir, error: "symbolic link loop" });
    return;
  }
  let entries;
  try {
    entries = await readdir(resolve(cwd, dir), { withFileTypes: true });
  } catch (err) {
    out.push({ path: dir, error: reason(err) });
    return;
  }
  const below = new Set(ancestors).add(real);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (ignored(path)) continue;
    if (entry.isDirectory()) await walk(path, cwd, ignored, out, below);
    else if (entry.isFile()) {
      if (isDocument(path)) out.push({ path });
    } else if (entry.isSymbolicLink()) {
      const target = await statOrError(resolve(cwd, path));
      if ("error" in target) {
        // A dangling link named like a document is a document the user expected.
        if (isDocument(path) || target.code === "ELOOP") out.push({ path, error: target.error });
      } else if (target.stats.isDirectory()) await walk(path, cwd, ignored, out, below);
      else if (target.stats.isFile() && isDocument(path)) out.push({ path });
    } else if (isDocument(path)) out.push({ path, error: "not a regular file" });
  }
}

async function expandGlob(pattern: string, cwd: string, ignored: (p: string) => boolean): Promise<InputEntry[]> {
  const base = globBase(pattern);
  const slashPattern = toSlash(pattern).replace(/^\.\//, "");
  const re = globToRegExp(slashPattern);
  // A pattern that names its extension ("*.pdf", "*.rtf") chooses its files; "profiler/**" takes documents only.
  const lastSegment = slashPattern.split("/").pop() ?? "";
  // A dot after the last wildcard with something after it: /\.[^*?/]+$/, without its quadratic retries over a run of dots.
  const afterWildcard = lastSegment.slice(Math.max(lastSegment.lastIndexOf("*"), lastSegment.lastIndexOf("?")) + 1);
  const dot = afterWildcard.indexOf(".");
  const extensionGiven = dot >= 0 && dot < afterWildcard.length - 1;
  const info = await statOrError(resolve(cwd, base));
  if ("error" in info || !info.stats.isDirectory()) return [];
  const found: InputEntry[] = [];
  await walk(base, cwd, ignored, found, new Set());
  // The walk only picked up document extensions; a named extension may be another one.
  if (extensionGiven && !isDocument(lastSegment)) await walkAll(base, cwd, ignored, found, new Set());
  return found
    .filter((e) => re.test(toSlash(e.path).replace(/^\.\//, "")))
    .filter((e) => e.error !== undefined || extensionGiven || isDocument(e.path))
    .sort(byPath);
}

/** Like walk, but every regular file: for globs that name a non-document extension. */
async function walkAll(dir: string, cwd: string, ignored: (p: string) => boolean, out: InputEntry[], ancestors: Set<string>): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await realpath(resolve(cwd, dir));
    if (ancestors.has(real)) return;
    entries = await readdir(resolve(cwd, dir), { withFileTypes: true });
  } catch {
    return; // already reported by walk
  }
  const below = new Set(ancestors).add(real);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (ignored(path)) continue;
    const target = entry.isSymbolicLink() ? await statOrError(resolve(cwd, path)) : null;
    const isDir = entry.isDirectory() || (target && !("error" in target) && target.stats.isDirectory());
    const isFile = entry.isFile() || (target && !("error" in target) && target.stats.isFile());
    if (isDir) await walkAll(path, cwd, ignored, out, below);
    else if (isFile && !isDocument(path)) out.push({ path });
  }
}

async function statOrError(path: string): Promise<{ stats: Stats } | { error: string; code: string | undefined }> {
  try {
    return { stats: await stat(path) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException)?.code;
    // stat follows links: ENOENT on an existing link means the link is dangling.
    if (code === "ENOENT") {
      try {
        if ((await lstat(path)).isSymbolicLink()) return { error: "broken symbolic link", code };
      } catch {
        /* not there at all */
      }
    }
    return { error: reason(err), code };
  }
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "symbolic link loop";
  if (code === "ENOTDIR") return "not a directory";
  return `cannot read (${code ?? String(err)})`;
}
