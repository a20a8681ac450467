/**
 * Command-line arguments → the documents to read. Files named explicitly are
 * taken whatever their extension; directories are walked recursively for
 * document extensions; globs are expanded by walking their fixed prefix.
 * A path that cannot be read (a broken link, a loop, a FIFO) becomes an error
 * entry for that path, never an exception, so one bad entry cannot sink a batch.
 *
 * Symbolic links stay inside the tree being read unless the user says
 * otherwise: documents come from pull requests and downloads, and a
 * `leak.txt -> ~/.npmrc` in a checked folder would otherwise put a runner's
 * secrets into the output. A link whose target resolves outside the folder
 * being walked (for a path named on the command line: outside the working
 * directory, or outside its own folder when it is named from elsewhere) is
 * skipped and reported through `onSkip`; `followSymlinks` reads it.
 */
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { globBase, globToRegExp, ignoreMatcher, isGlob, toSlash } from "./glob.js";

/** What a directory walk or a glob picks up; a file named explicitly is read whatever its name. */
export const DOCUMENT_EXTENSIONS = [".pdf", ".txt", ".md", ".markdown", ".html", ".htm", ".docx"] as const;

export type InputEntry = { path: string; error?: undefined } | { path: string; error: string };

export interface ExpandOptions {
  /** Glob patterns; without "/" they match any path segment ("udkast", "*.tmp.pdf"). */
  ignore?: string[];
  /** Base for relative arguments; results keep the argument's own spelling. */
  cwd?: string;
  /** Read symbolic links whose target lies outside the tree (--follow-symlinks). */
  followSymlinks?: boolean;
  /** Each link skipped for leading out of the tree, with the reason: for a warning, not an error. */
  onSkip?: (path: string, reason: string) => void;
}

/** Where links may lead: the real path of the folder being read; null when any target will do. */
type Confine = { root: string; name: string; onSkip: (path: string, reason: string) => void } | null;

const outside = (name: string) => `symbolic link to outside ${name}, not followed (--follow-symlinks reads it)`;

/** A real path at or below a real root. */
function within(root: string, real: string): boolean {
  const rel = relative(root, real);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep) && !/^[A-Za-z]:/u.test(rel));
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
  const onSkip = options.onSkip ?? (() => undefined);
  const realCwd = options.followSymlinks ? null : await realpath(cwd).catch(() => resolve(cwd));
  /**
   * A path named on the command line (or a glob's fixed folder) may lead
   * anywhere that the user typed; through a link it may not leave the working
   * directory, or, for a path outside it, the folder it is named in.
   */
  const leavesCwd = async (arg: string): Promise<boolean> => {
    if (realCwd === null) return false;
    const abs = resolve(cwd, arg);
    const real = await realpath(abs).catch(() => null);
    if (real === null) return false; // dangling or missing: reported below as it always was
    const lexicallyInside = within(resolve(cwd), abs);
    const root = lexicallyInside ? realCwd : await realpath(dirname(abs)).catch(() => dirname(abs));
    if (within(root, real)) return false;
    onSkip(arg, outside(lexicallyInside ? "the working directory" : dirname(arg)));
    return true;
  };
  /** Links met while walking `dir` stay below it. */
  const confine = async (dir: string): Promise<Confine> => {
    if (options.followSymlinks) return null;
    const abs = resolve(cwd, dir);
    return { root: await realpath(abs).catch(() => abs), name: abs === resolve(cwd) ? "the working directory" : dir, onSkip };
  };
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
        const base = globBase(arg);
        if (await leavesCwd(base)) continue;
        const matches = await expandGlob(arg, cwd, ignored, await confine(base));
        if (matches.length === 0) push({ path: arg, error: "no files match this pattern" });
        else matches.forEach(push);
      } else push({ path: arg, error: info.error });
    } else if (await leavesCwd(arg)) continue;
    else if (info.stats.isDirectory()) {
      const found: InputEntry[] = [];
      await walk(arg, cwd, ignored, found, new Set(), await confine(arg));
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
 * reported once for the link, not walked forever. `take` says which files
 * are wanted (documents, or any file for a glob that names its extension);
 * a dangling link or a FIFO that would be taken is reported for its path.
 */
async function walk(
  dir: string,
  cwd: string,
  ignored: (p: string) => boolean,
  out: InputEntry[],
  ancestors: Set<string>,
  confine: Confine,
  take: (path: string) => boolean = isDocument,
): Promise<void> {
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
    if (entry.isDirectory()) await walk(path, cwd, ignored, out, below, confine, take);
    else if (entry.isFile()) {
      if (take(path)) out.push({ path });
    } else if (entry.isSymbolicLink()) {
      const target = await statOrError(resolve(cwd, path));
      if ("error" in target) {
        // A dangling link named like a document is a document the user expected.
        if (take(path) || target.code === "ELOOP") out.push({ path, error: target.error });
      } else if (target.stats.isDirectory()) {
        if (await escapes(path, cwd, confine)) continue;
        await walk(path, cwd, ignored, out, below, confine, take);
      } else if (target.stats.isFile() && take(path)) {
        if (await escapes(path, cwd, confine)) continue;
        out.push({ path });
      }
    } else if (take(path)) out.push({ path, error: "not a regular file" });
  }
}

/** A link whose real target is outside the confining folder, reported as skipped. */
async function escapes(path: string, cwd: string, confine: Confine): Promise<boolean> {
  if (confine === null) return false;
  const real = await realpath(resolve(cwd, path)).catch(() => null);
  if (real !== null && within(confine.root, real)) return false;
  confine.onSkip(path, outside(confine.name));
  return true;
}

async function expandGlob(pattern: string, cwd: string, ignored: (p: string) => boolean, confine: Confine): Promise<InputEntry[]> {
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
  // Both walks may meet the same link out of the tree: it is reported once.
  const skipped = new Map<string, string>();
  const once: Confine = confine && { ...confine, onSkip: (path, why) => skipped.set(path, why) };
  // A named extension may be another than a document's: then every file is a candidate for the pattern.
  await walk(base, cwd, ignored, found, new Set(), once, extensionGiven && !isDocument(lastSegment) ? () => true : isDocument);
  // Reported when the pattern would have taken the link: a file it matches, a folder it reaches into.
  for (const [path, why] of skipped) {
    const rel = toSlash(path).replace(/^\.\//, "");
    const reaches = async () =>
      (slashPattern.includes("**") || slashPattern.split("/").length > rel.split("/").length) &&
      (await stat(resolve(cwd, path)).then((s) => s.isDirectory(), () => false));
    if (re.test(rel) || (await reaches())) confine?.onSkip(path, why);
  }
  return found
    .filter((e) => re.test(toSlash(e.path).replace(/^\.\//, "")))
    .filter((e) => e.error !== undefined || extensionGiven || isDocument(e.path))
    .sort(byPath);
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
