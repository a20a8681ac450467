/**
 * Check configuration a team can commit: `.jobprofilrc.yaml`,
 * `.jobprofilrc.yml` or `jobprofil.config.json`, found by walking up from each
 * checked file, with per-rule severity and options:
 *
 *   rules:
 *     deadline-passed: error
 *     missing-section: [error, { required: [jobprofil, personprofil] }]
 *     missing-terms: off
 *   ignores: [udkast, "arkiv/**"]
 *   overrides:
 *     - files: ["annoncer/**"]
 *       rules: { missing-terms: off }
 *
 * Like ESLint's: `ignores` and `files` are globs relative to the config
 * file's folder (without "/" they match any path segment, as `--ignore`
 * does), and the overrides whose `files` match a document apply after
 * `rules`, in order. Layers (defaults, file, overrides, --rule flags) are
 * resolved into one table per file.
 */
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ignoreMatcher, toSlash } from "../batch/glob.js";
import { yaml } from "../lazy.js";
import { z } from "zod";
import { describeIssues } from "./options.js";
import { RULES, RULES_BY_ID } from "./rules/index.js";
import { SEVERITY_SETTINGS, type AnyRule, type SeveritySetting } from "./types.js";

export const CONFIG_FILES = [".jobprofilrc.yaml", ".jobprofilrc.yml", "jobprofil.config.json"] as const;

export const SeveritySettingSchema = z.enum(SEVERITY_SETTINGS, {
  error: (issue) => `expected one of off, warn, error (got ${JSON.stringify(issue.input)})`,
});

const RuleSetting = z.union([
  SeveritySettingSchema,
  z.tuple([SeveritySettingSchema]),
  z.tuple([SeveritySettingSchema, z.record(z.string(), z.unknown())]),
], { error: () => "expected off, warn, error or [severity, { options }]" });
type RuleSetting = z.infer<typeof RuleSetting>;

const RuleSettings = z
  .record(z.string(), RuleSetting)
  .describe("Rule id → off, warn, error or [severity, { options }]; `jobprofil rules` lists the ids.");
const Globs = z.array(z.string().min(1, { error: "a glob cannot be empty" }));

export const CheckConfig = z
  .strictObject(
    {
      $schema: z.string().optional().describe("The JSON Schema of this file, for editors."),
      rules: RuleSettings.optional(),
      ignores: Globs.optional().describe("Documents not to check: globs relative to this file's folder (without \"/\" they match any path segment)."),
      overrides: z
        .array(
          z.strictObject({
            files: Globs.min(1, { error: "name at least one glob" }).describe("The documents these settings apply to: globs relative to this file's folder."),
            rules: RuleSettings,
          }),
        )
        .optional()
        .describe("Rule settings for some documents only; later entries win over earlier ones, all over `rules`."),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")} (valid: rules, ignores, overrides)`
          : undefined,
    },
  )
  .describe("Configuration of `jobprofil check` (.jobprofilrc.yaml, .jobprofilrc.yml or jobprofil.config.json).");
export type CheckConfig = z.infer<typeof CheckConfig>;

/**
 * The JSON Schema of a config file (schemas/jobprofilrc.schema.json), for
 * editors: CheckConfig with `rules` spelt out per rule, each with its own
 * options, so an editor completes rule ids and option names. The options are
 * partial here as in a config file: what is left out keeps its default.
 */
export function configJsonSchema(): Record<string, unknown> {
  const severity = SeveritySettingSchema.describe("off, warn or error");
  const perRule = z
    .strictObject(
      Object.fromEntries(
        RULES.map((rule) => {
          const options = rule.options instanceof z.ZodObject ? rule.options.partial() : null;
          const forms = options
            ? z.union([severity, z.tuple([severity]), z.tuple([severity, options])])
            : z.union([severity, z.tuple([severity])]);
          return [rule.id, forms.optional().describe(`${rule.description} (default: ${rule.defaultSeverity})`)];
        }),
      ),
    )
    .describe(RuleSettings.description!);
  const shape = CheckConfig.shape;
  const ForEditors = z
    .strictObject({
      ...shape,
      rules: perRule.optional(),
      overrides: z
        .array(z.strictObject({ files: shape.overrides.unwrap().element.shape.files, rules: perRule }))
        .optional()
        .describe(shape.overrides.description!),
    })
    .describe(CheckConfig.description!);
  return {
    $id: "https://jobprofil.dev/schemas/jobprofilrc.schema.json",
    title: "jobprofil check configuration",
    ...(z.toJSONSchema(ForEditors, { target: "draft-2020-12" }) as Record<string, unknown>),
  };
}

/** A bad configuration: a usage error whose one-line message names the file. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "ConfigError";
  }
}

export interface ResolvedRule {
  rule: AnyRule;
  severity: SeveritySetting;
  options: unknown;
}
/** Every known rule with the severity and options that apply to one file. */
export type ResolvedRules = ResolvedRule[];

/** One layer of settings over another: a later layer's severity wins, its options merge over the earlier ones. */
export interface RuleLayer {
  /** Where the layer came from, for error messages ("--rule", a config path). */
  source: string;
  rules: Record<string, RuleSetting>;
}

export function resolveRules(layers: RuleLayer[]): ResolvedRules {
  const table = new Map<string, { severity: SeveritySetting; options: unknown; source: string | null }>(
    RULES.map((r) => [r.id, { severity: r.defaultSeverity, options: r.defaultOptions, source: null }]),
  );
  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer.rules)) {
      const current = table.get(id);
      if (!current) throw new ConfigError(layer.source, `unknown rule "${id}" (known: ${RULES.map((r) => r.id).join(", ")})`);
      const [severity, options] = typeof setting === "string" ? [setting, undefined] : [setting[0], setting[1]];
      const merged =
        options === undefined ? current.options : { ...(current.options as Record<string, unknown> | undefined), ...options };
      table.set(id, { severity, options: merged, source: options === undefined ? current.source : layer.source });
    }
  }
  return RULES.map((rule) => {
    const { severity, options, source } = table.get(rule.id)!;
    if (!rule.options) {
      if (source !== null) throw new ConfigError(source, `rule "${rule.id}" takes no options`);
      return { rule, severity, options: undefined };
    }
    const parsed = rule.options.safeParse(options);
    if (!parsed.success) throw new ConfigError(source ?? "(defaults)", `rules.${rule.id}: ${oneLine(parsed.error)}`);
    return { rule, severity, options: parsed.data };
  });
}

/** zod issues as one line: "path: message; path: message". */
export const oneLine = (error: z.ZodError): string => describeIssues(error.issues);

/** The nearest config file at or above `dir`, or null; stops at the filesystem root. */
export function findConfigFile(dir: string): string | null {
  let here = resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(here, name);
      if (existsSync(candidate)) return candidate;
    }
    const up = dirname(here);
    if (up === here) return null;
    here = up;
  }
}

/** A loaded config file: its own rules as a layer, and what decides per document. */
export interface ConfigFile extends RuleLayer {
  /** Whether the file's `ignores` cover a document (an absolute path). */
  ignores(document: string): boolean;
  /** One layer per entry of `overrides`, in order, whatever it matches. */
  overrideLayers: RuleLayer[];
  /** The layers that apply to a document: the file's `rules`, then each matching override. */
  layersFor(document: string): RuleLayer[];
}

/** A config's settings bound to its folder, where its globs start. */
export function bindConfig(path: string, config: CheckConfig): ConfigFile {
  const base = dirname(resolve(path));
  const inside = (document: string) => {
    const rel = toSlash(relative(base, resolve(document)));
    // A document outside the config's folder (named with --config) is matched by its own path.
    return rel.startsWith("../") || rel === ".." ? toSlash(resolve(document)) : rel;
  };
  const ignored = ignoreMatcher(config.ignores ?? []);
  const overrides = (config.overrides ?? []).map((o, i) => ({
    matches: ignoreMatcher(o.files),
    layer: { source: `${path} (overrides.${i})`, rules: o.rules },
  }));
  const own: RuleLayer = { source: path, rules: config.rules ?? {} };
  return {
    ...own,
    ignores: (document) => document !== "-" && ignored(inside(document)),
    overrideLayers: overrides.map((o) => o.layer),
    layersFor: (document) => [own, ...overrides.filter((o) => document !== "-" && o.matches(inside(document))).map((o) => o.layer)],
  };
}

export async function loadConfigFile(path: string): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException)?.code;
    throw new ConfigError(path, code === "ENOENT" ? "no such file" : `cannot read (${code ?? String(err)})`);
  }
  return bindConfig(path, parseConfigText(path, text));
}

/** Parses and validates a config file's text; JSON for *.json, YAML otherwise (YAML reads JSON too). */
export function parseConfigText(path: string, text: string): CheckConfig {
  let data: unknown;
  try {
    data = path.endsWith(".json") ? JSON.parse(text) : yaml().parse(text);
  } catch (err) {
    if (err instanceof yaml().YAMLParseError) {
      const line = err.linePos?.[0]?.line;
      throw new ConfigError(path, `not valid YAML${line ? ` (line ${line})` : ""}: ${err.message.split("\n")[0]}`);
    }
    throw new ConfigError(path, `not valid JSON: ${(err as Error).message}`);
  }
  // An empty file is an empty configuration, not an error.
  if (data === null || data === undefined) return {};
  const parsed = CheckConfig.safeParse(data);
  if (!parsed.success) throw new ConfigError(path, oneLine(parsed.error));
  return parsed.data;
}

/** `--rule id:severity` as one layer; a bad flag names itself. */
export function parseRuleFlag(flag: string): [string, SeveritySetting] {
  const at = flag.lastIndexOf(":");
  const id = flag.slice(0, at);
  const severity = SeveritySettingSchema.safeParse(flag.slice(at + 1));
  if (at <= 0 || !severity.success) throw new Error(`expected id:off|warn|error, e.g. deadline-passed:error (got "${flag}")`);
  if (!RULES_BY_ID.has(id)) throw new Error(`unknown rule "${id}" (known: ${RULES.map((r) => r.id).join(", ")})`);
  return [id, severity.data];
}
