/**
 * Rule options are validated strictly, and a mistake is answered with what
 * would have been right: an unknown option lists the valid ones, an unknown
 * value the allowed values (`codes: [approximate-dat]` must not pass).
 */
import { z } from "zod";

/** A rule's options object: no keys beyond `shape`, each absent key taken from the rule's defaults. */
export function ruleOptions<Shape extends z.ZodRawShape>(shape: Shape) {
  const valid = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown option ${issue.keys.map((k) => `"${k}"`).join(", ")} (valid: ${valid})`
        : issue.code === "invalid_type"
          ? `expected an object of options (${valid})`
          : undefined,
  });
}

/** One of a fixed set of values; the error lists them. */
export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.enum(values, { error: (issue) => `expected one of ${values.join(", ")} (got ${JSON.stringify(issue.input)})` });
}

/**
 * zod issues as one line: "path: message; path: message". For a union that
 * failed, the branch that got furthest speaks (a list with a misspelt
 * section names the section), not a bare "Invalid input".
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): string {
  return issues
    .map((issue) => {
      const path = [...prefix, ...issue.path];
      if (issue.code === "invalid_union") {
        const branch = closestBranch(issue.errors);
        if (branch) return describeIssues(branch, path);
      }
      const message = issue.message.replace(/^Invalid input: /u, "");
      return path.length ? `${path.map(String).join(".")}: ${message}` : message;
    })
    .join("; ");
}

/**
 * The branch the input was meant for: one whose shape fitted and failed only
 * inside, or else the only one that did not reject the input's type outright.
 * Null when that is unclear: the union's own message says what was expected.
 */
function closestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | null {
  const inside = branches.find((b) => b.length > 0 && b.every((i) => i.path.length > 0));
  if (inside) return inside;
  const typeFits = branches.filter((b) => !b.some((i) => i.path.length === 0 && i.code === "invalid_type"));
  return typeFits.length === 1 ? typeFits[0] : null;
}
