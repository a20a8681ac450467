/**
 * `jobprofil check FILE…`: parse each file, run the rules with the
 * configuration that applies to it, print one report. The exit code is the
 * CI gate: 1 for error findings, too many warnings or an unreadable input;
 * 2 for a usage error, a bad configuration included.
 */
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import {
  ConfigError,
  findConfigFile,
  loadConfigFile,
  parseRuleFlag,
  resolveRules,
  type ConfigFile,
  type ResolvedRules,
  type RuleLayer,
} from "../check/config.js";
import { expandInputs } from "../batch/inputs.js";
import { failure } from "../batch/outcome.js";
import { parseMany } from "../batch/pool.js";
import { parseDay } from "../check/dates.js";
import { RULES, RULES_BY_ID } from "../check/rules/index.js";
import { checkRecord, enabledRuleIds, totals } from "../check/runner.js";
import type { FileResult } from "../check/types.js";
import { parseProfile } from "../pipeline.js";
import type { ProfileRecord } from "../schemas/record.js";
import { REPORT_FORMATS, reporters, type ReportFormat } from "../report/index.js";
import { addBatchOptions, linkPolicy, settleInputs, type BatchFlags } from "./batch-options.js";
import { EXIT_FAILURE, EXIT_OK, colours, reportInputFailure, usageError } from "./io.js";
import { escapeControls } from "./escape.js";
import { explainRule, unknownRule } from "./rules-command.js";
import type { CommandContext } from "./main.js";
import { VERSION } from "./main.js";
import { readAll } from "./read-stdin.js";

interface CheckFlags extends Omit<BatchFlags, "quiet"> {
  format: ReportFormat;
  config?: string;
  rule?: [string, string][];
  today?: string;
  maxWarnings?: number;
  quiet?: boolean;
  printConfig?: string;
  explain?: string;
}

const STDIN = "-";

export function registerCheck(program: Command, ctx: CommandContext): void {
  const command = program
    .command("check")
    .description("completeness and consistency findings, for CI")
    .argument("[file...]", "documents, directories (walked for documents) or globs to check; - reads stdin")
    .addOption(new Option("-f, --format <format>", "report format").choices(REPORT_FORMATS).default("text"))
    .option("-c, --config <path>", "use this config file instead of the nearest .jobprofilrc.yaml")
    .option(
      "-r, --rule <id:severity>",
      "set a rule's severity (off, warn, error); repeatable, wins over the config",
      (value: string, previous: [string, string][] | undefined) => [...(previous ?? []), argument(() => parseRuleFlag(value))],
    )
    .option("--today <YYYY-MM-DD>", "the date deadlines are checked against (default: the current date)", (value: string) =>
      argument(() => {
        if (!parseDay(value)) throw new Error(`expected a date as YYYY-MM-DD (got "${value}")`);
        return value;
      }),
    )
    .option("--max-warnings <n>", "exit 1 when there are more than n warnings", (value: string) =>
      argument(() => {
        if (!/^\d{1,9}$/u.test(value)) throw new Error(`expected a whole number ≥ 0 (got "${value}")`);
        return Number(value);
      }),
    )
    .option("-q, --quiet", "report errors only: rules set to warn do not run")
    .option("--print-config <file>", "print the rule settings that apply to FILE (as JSON) and check nothing")
    .option("--explain <rule>", "print a rule's page: what it checks, why, examples, options");
  addBatchOptions(command, { quiet: false })
    .addHelpText(
      "after",
      `
Rules (default severity):
${RULES.map((r) => `  ${r.id.padEnd(18)} ${r.defaultSeverity.padEnd(5)}  ${r.description}`).join("\n")}

Each rule has a page: jobprofil rules RULE (or check --explain RULE).

Configuration: the nearest .jobprofilrc.yaml, .jobprofilrc.yml or
jobprofil.config.json above each file, e.g.
  rules:
    deadline-passed: error
    missing-section: [error, { required: { advertisement: [ansaettelsesproces, vilkaar] } }]
  ignores: [udkast]
  overrides:
    - files: ["annoncer/**"]
      rules: { missing-terms: off }

Examples:
  $ jobprofil check profil.pdf
  $ jobprofil check profiler/*.pdf --format github --rule deadline-passed:error
  $ jobprofil check profil.pdf --format sarif > jobprofil.sarif
  $ jobprofil check profiler/ --ignore udkast --timeout 60
  $ jobprofil check --print-config profiler/annonce.pdf
  $ jobprofil check --explain missing-section`,
    )
    .action(async (files: string[], flags: CheckFlags) => {
      ctx.exitCode = await runCheck(files, flags, ctx);
    });
}

/** Turns a validation failure into commander's own usage error (exit 2, one line). */
function argument<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

async function runCheck(inputs: string[], flags: CheckFlags, ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  if (flags.explain !== undefined) {
    if (!RULES_BY_ID.has(flags.explain)) return usageError(io, unknownRule(flags.explain));
    io.stdout.write(await explainRule(flags.explain));
    return EXIT_OK;
  }
  const today = flags.today ?? localToday();
  const cliLayer: RuleLayer = { source: "--rule", rules: Object.fromEntries(flags.rule ?? []) as RuleLayer["rules"] };
  const configError = (err: unknown) => {
    if (!(err instanceof ConfigError)) throw err;
    return usageError(io, `invalid config ${escapeControls(shown(err.file, io.cwd))}: ${escapeControls(err.reason)}`);
  };

  if (flags.printConfig !== undefined) {
    try {
      const settings = (await configurations([flags.printConfig], flags.config, cliLayer, io.cwd))(flags.printConfig);
      io.stdout.write(JSON.stringify(printable(flags.printConfig, settings, io.cwd), null, 2) + "\n");
      return EXIT_OK;
    } catch (err) {
      return configError(err);
    }
  }
  if (inputs.length === 0 && !flags.allowEmpty) return usageError(io, "missing required argument 'file' (or --allow-empty to check nothing)");

  // Directories and globs as for parse and compare; a path that cannot be walked is an unreadable input.
  const { entries, error: empty } = settleInputs(inputs, await expandInputs(inputs, { ignore: flags.ignore, cwd: io.cwd, ...linkPolicy(flags, io) }), flags);
  if (empty) return usageError(io, empty);
  const walkErrors = entries.filter((e) => e.error);
  const named = entries.filter((e) => !e.error).map((e) => e.path);

  // Every configuration is loaded before any file is checked: a bad one is a
  // usage error, and a half-written report would hide it.
  let settingsOf: (file: string) => FileSettings;
  try {
    settingsOf = await configurations(named, flags.config, cliLayer, io.cwd);
  } catch (err) {
    return configError(err);
  }
  // A config's `ignores` drop documents quietly from a walk; one named on the command line is said to be skipped.
  const files = named.filter((file) => {
    const { ignored, config } = settingsOf(file);
    if (ignored && inputs.includes(file)) io.stderr.write(`warning ${escapeControls(file)}: ignored by ${escapeControls(shown(config!, io.cwd))} (ignores)\n`);
    return !ignored;
  });
  if (named.length > 0 && files.length + walkErrors.length === 0 && !flags.allowEmpty)
    return usageError(io, "every input file is ignored by the configuration's ignores (--allow-empty accepts that)");
  const rulesFor = (file: string) => {
    const { rules } = settingsOf(file);
    // --quiet as ESLint's: warnings are not reported, so their rules need not run.
    return flags.quiet ? rules.map((r) => (r.severity === "warn" ? { ...r, severity: "off" as const } : r)) : rules;
  };

  // Parsed like parse and compare (workers, a time limit per document), reported in input order.
  const byIndex: (FileResult | null)[] = files.map(() => null);
  let unreadable = walkErrors.length > 0;
  for (const e of walkErrors) reportInputFailure(io, e.path, e.error!);
  const failed = (name: string, reason: string) => {
    unreadable = true;
    reportInputFailure(io, name, reason);
  };
  const found = (i: number, name: string, record: ProfileRecord) => {
    const rules = rulesFor(files[i]);
    byIndex[i] = { file: name, findings: checkRecord(record, rules, today), rules: enabledRuleIds(rules) };
  };
  const maxBytes = flags.maxSize * 1024 * 1024;
  const onDisk: number[] = [];
  for (const [i, file] of files.entries()) {
    if (file !== STDIN) {
      onDisk.push(i);
      continue;
    }
    try {
      found(i, "<stdin>", (await parseProfile(await readAll(io.stdin, maxBytes), { path: null, maxBytes, timeoutMs: flags.timeout * 1000 })).record);
    } catch (err) {
      failed("<stdin>", failure("<stdin>", err).reason);
    }
  }
  await parseMany(
    onDisk.map((i) => resolve(io.cwd, files[i])),
    { jobs: flags.jobs, isolate: flags.explicitTimeout, timeoutMs: flags.timeout * 1000, maxMemoryMb: flags.maxMemory, maxBytes },
    (k, outcome) => {
      const i = onDisk[k];
      if (outcome.ok) found(i, files[i], outcome.value);
      else failed(files[i], outcome.reason);
    },
  );
  const results = byIndex.filter((r): r is FileResult => r !== null);

  io.stdout.write(reporters[flags.format](results, { colours: colours(io.stdout, io.env), rules: RULES, toolVersion: VERSION }));

  const t = totals(results);
  const tooManyWarnings = flags.maxWarnings !== undefined && t.warnings > flags.maxWarnings;
  if (tooManyWarnings)
    io.stderr.write(`${colours(io.stderr, io.env).red("error")} too many warnings (${t.warnings}; --max-warnings is ${flags.maxWarnings})\n`);
  return t.errors > 0 || tooManyWarnings || unreadable ? EXIT_FAILURE : EXIT_OK;
}

/** What applies to one document: the config file found for it, whether it ignores the document, the resolved rules. */
interface FileSettings {
  config: string | null;
  ignored: boolean;
  rules: ResolvedRules;
}

/**
 * The settings for each file: defaults, then the config file that applies
 * (its rules, then its matching overrides), then --rule. Every override is
 * resolved once on load, so a bad one is an error even when it matches nothing.
 */
async function configurations(
  files: string[],
  explicit: string | undefined,
  cliLayer: RuleLayer,
  cwd: string,
): Promise<(file: string) => FileSettings> {
  const loaded = new Map<string | null, ConfigFile | null>([[null, null]]);
  const resolved = new Map<string, ResolvedRules>();
  const settings = new Map<string, FileSettings>();
  resolveRules([cliLayer]);
  for (const file of files) {
    const absolute = file === STDIN ? STDIN : resolve(cwd, file);
    const path = explicit !== undefined ? resolve(cwd, explicit) : findConfigFile(file === STDIN ? cwd : dirname(absolute));
    if (!loaded.has(path)) {
      const config = await loadConfigFile(path!);
      resolveRules([config]);
      for (const layer of config.overrideLayers) resolveRules([config, layer]);
      loaded.set(path, config);
    }
    const config = loaded.get(path)!;
    const layers = config ? [...config.layersFor(absolute), cliLayer] : [cliLayer];
    // Documents under the same overrides share one table.
    const key = `${path}\0${layers.map((l) => l.source).join("\0")}`;
    if (!resolved.has(key)) resolved.set(key, resolveRules(layers));
    settings.set(file, { config: path, ignored: config?.ignores(absolute) ?? false, rules: resolved.get(key)! });
  }
  return (file) => settings.get(file)!;
}

/** --print-config: the settings as a config file would spell them, every rule listed. */
function printable(file: string, settings: FileSettings, cwd: string) {
  return {
    file,
    config: settings.config === null ? null : shown(settings.config, cwd),
    ignored: settings.ignored,
    rules: Object.fromEntries(
      settings.rules.map(({ rule, severity, options }) => [rule.id, options === undefined ? severity : [severity, options]]),
    ),
  };
}

/** A config path as the user would type it: relative to where they stand, when it is below. */
function shown(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}

/** Today in the user's own time zone: a deadline "today" has not passed. */
function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
