/**
 * A small glob matcher for `--ignore` and glob arguments: `*`, `**`, `?`,
 * `[abc]` and `{a,b}`. Own code rather than a dependency (issue 15, numbers
 * in the README's dependency list): picomatch, the matcher of tinyglobby and
 * fast-glob, compiles a glob to a backtracking regular expression, as this
 * file once did, and "*a*a*a*b" against a 250-character name took seconds
 * with either; this matcher takes path × pattern steps at worst.
 */

const GLOB_CHARS = /[*?[{]/;

export function isGlob(arg: string): boolean {
  return GLOB_CHARS.test(arg);
}

/** Paths are matched with "/" separators whatever the platform. */
export function toSlash(path: string): string {
  return path.replace(/\\/g, "/");
}

/** A compiled glob: `test` says whether a path ("/"-separated) matches it. */
export interface GlobMatcher {
  test(path: string): boolean;
}

/** How many alternatives braces may expand to; past it the rest of a pattern's braces are literal. */
const MAX_ALTERNATIVES = 256;

/**
 * Compiles a glob into a matcher that runs in time linear in the path for
 * the patterns people type and never worse than path × pattern: each
 * segment is matched by the classic wildcard algorithm (a `*` remembers
 * where it stood and is retried one character further on a mismatch),
 * segments by a table over pattern and path segments for `**`.
 */
export function globToRegExp(glob: string): GlobMatcher {
  const alternatives = expandBraces(toSlash(glob)).map((alt) => alt.split("/"));
  return { test: (path) => alternatives.some((segments) => matchSegments(segments, path.split("/"))) };
}

/** "{a,b}x{c,d}" → ["axc", "axd", "bxc", "bxd"]; nested braces too. An unclosed brace is literal. */
function expandBraces(glob: string): string[] {
  const open = glob.indexOf("{");
  if (open < 0) return [glob];
  // The brace that closes this one, and the commas at its own level.
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) {
      close = i;
      break;
    } else if (c === "," && depth === 1) commas.push(i);
  }
  if (close < 0) return [glob];
  const bounds = [open, ...commas, close];
  const rest = expandBraces(glob.slice(close + 1));
  const out: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++)
    for (const mid of expandBraces(glob.slice(bounds[k] + 1, bounds[k + 1])))
      for (const tail of rest) {
        if (out.length >= MAX_ALTERNATIVES) return out;
        out.push(glob.slice(0, open) + mid + tail);
      }
  return out;
}

/**
 * Pattern segments against path segments. A "**" segment matches zero or
 * more whole segments; as the last segment, one or more ("arkiv/**" is what
 * is below "arkiv", not "arkiv" itself). A table of (pattern, path) positions
 * already reached: each is visited once.
 */
function matchSegments(pattern: string[], path: string[]): boolean {
  const P = pattern.length;
  const S = path.length;
  // reach[i][j] for i pattern segments consumed and j path segments consumed, row by row.
  let row = new Uint8Array(S + 1);
  row[0] = 1;
  for (let i = 0; i < P; i++) {
    const next = new Uint8Array(S + 1);
    const seg = pattern[i];
    if (seg === "**") {
      const last = i === P - 1;
      let any = false;
      for (let j = 0; j <= S; j++) {
        if (any) next[j] = 1;
        if (row[j]) {
          if (!last) next[j] = 1;
          any = true;
        }
      }
    } else for (let j = 0; j < S; j++) if (row[j] && matchSegment(seg, path[j])) next[j + 1] = 1;
    row = next;
  }
  return row[S] === 1;
}

/** One segment: `*` any run of characters, `?` one, `[abc]`, `[a-z]`, `[!ab]` one of (or none of) a set. */
function matchSegment(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const c = pattern[p];
    if (c === "*") {
      // "**" inside a segment is a "*"
      while (pattern[p] === "*") p++;
      starP = p;
      starN = n;
      continue;
    }
    let step = 0;
    if (c === "?") step = 1;
    else if (c === "[") {
      const cls = matchClass(pattern, p, name[n]);
      if (cls > 0) step = cls;
      else if (cls < 0 && c === name[n]) step = 1; // no closing "]": a literal "["
    } else if (c !== undefined && c === name[n]) step = 1;
    if (step > 0) {
      p += step;
      n++;
    } else if (starP >= 0) {
      // Let the last "*" take one more character and try again from there.
      p = starP;
      n = ++starN;
    } else return false;
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}

/**
 * A character class at `at`: the pattern length it takes when `ch` is in it,
 * 0 when not, -1 when it has no closing "]" (then "[" is a literal).
 */
function matchClass(pattern: string, at: number, ch: string): number {
  const end = pattern.indexOf("]", at + 2);
  if (end < 0) return -1;
  let body = pattern.slice(at + 1, end);
  const negate = body.startsWith("!") || body.startsWith("^");
  if (negate) body = body.slice(1);
  let found = false;
  for (let i = 0; i < body.length; i++) {
    if (body[i + 1] === "-" && i + 2 < body.length) {
      if (ch >= body[i] && ch <= body[i + 2]) found = true;
      i += 2;
    } else if (body[i] === ch) found = true;
  }
  return found !== negate ? end - at + 1 : 0;
}

/**
 * The part of a glob before its first wildcard segment: the directory to walk.
 * "profiler/2025/*.pdf" → "profiler/2025"; "*.pdf" → ".".
 */
export function globBase(glob: string): string {
  const parts = toSlash(glob).split("/");
  const base: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    base.push(part);
  }
  if (base.length === parts.length) base.pop();
  if (base.length === 0) return ".";
  if (base.length === 1 && base[0] === "") return "/";
  return base.join("/");
}

/**
 * A matcher for `--ignore` patterns, gitignore-like in the one way users
 * expect: a pattern without "/" matches any path segment ("udkast",
 * "*.tmp.pdf"), one with "/" matches the whole path.
 */
export function ignoreMatcher(patterns: string[]): (path: string) => boolean {
  const whole: GlobMatcher[] = [];
  const segment: GlobMatcher[] = [];
  for (const p of patterns) {
    const trimmed = toSlash(p).replace(/(?<!\/)\/+$/, "").replace(/^\.\//, "");
    if (trimmed === "") continue;
    if (trimmed.includes("/")) {
      whole.push(globToRegExp(trimmed));
      // "drafts/**" should also drop the directory "drafts" itself, so the walk skips it.
      if (trimmed.endsWith("/**")) whole.push(globToRegExp(trimmed.slice(0, -3)));
    } else segment.push(globToRegExp(trimmed));
  }
  if (whole.length === 0 && segment.length === 0) return () => false;
  return (path) => {
    const p = toSlash(path).replace(/^\.\//, "");
    if (whole.some((re) => re.test(p))) return true;
    return segment.length > 0 && p.split("/").some((s) => segment.some((re) => re.test(s)));
  };
}
