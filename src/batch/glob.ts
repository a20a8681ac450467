/**
 * A small glob matcher for `--ignore` and glob arguments: `*`, `**`, `?`,
 * `[abc]` and `{a,b}`. Own code rather than a dependency because these few
 * forms are all a shell user types. The compiled regex runs on paths, not
 * document text: its quantifiers are over "[^/]", so the work is bounded by
 * one segment (≤ 255 bytes) to the power of the stars in it — fine for the
 * one or two a person types, slow for a pathological "*a*a*a*a*a*".
 */

const GLOB_CHARS = /[*?[{]/;

export function isGlob(arg: string): boolean {
  return GLOB_CHARS.test(arg);
}

/** Paths are matched with "/" separators whatever the platform. */
export function toSlash(path: string): string {
  return path.replace(/\\/g, "/");
}

export function globToRegExp(glob: string): RegExp {
  const g = toSlash(glob);
  let out = "";
  let braces = 0;
  for (let i = 0; i < g.length; i++) {
    const ch = g[i];
    if (ch === "*") {
      if (g[i + 1] === "*") {
        // "**/" matches zero or more whole directories; a trailing "**" matches everything below.
        const slash = g[i + 2] === "/";
        out += slash ? "(?:[^/]*/)*" : ".*";
        i += slash ? 2 : 1;
      } else out += "[^/]*";
    } else if (ch === "?") out += "[^/]";
    else if (ch === "[") {
      const end = g.indexOf("]", i + 1);
      if (end < 0) out += "\\[";
      else {
        let body = g.slice(i + 1, end).replace(/\\/g, "\\\\");
        if (body.startsWith("!")) body = "^" + body.slice(1);
        out += `[${body}]`;
        i = end;
      }
    } else if (ch === "{") {
      braces++;
      out += "(?:";
    } else if (ch === "}" && braces > 0) {
      braces--;
      out += ")";
    } else if (ch === "," && braces > 0) out += "|";
    else out += ch.replace(/[.+^$()|\\\]}]/g, "\\$&");
  }
  return new RegExp(`^${out}$`);
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
  const whole: RegExp[] = [];
  const segment: RegExp[] = [];
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
