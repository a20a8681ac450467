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
  type ResolvedRules,
  type RuleLayer,
} from "../check/config.js";
import { expandInputs } from "../batch/inputs.js";
import { failure } from "../batch/outcome.js";
import { parseMany } from "../batch/pool.js";
import { parseDay } from "../check/dates.js";
import { RULES } from "../check/rules/index.js";
import { checkRecord, enabledRuleIds, totals } from "../check/runner.js";
import type { FileResult } from "../check/types.js";
import { parseProfile } from "../pipeline.js";
import type { ProfileRecord } from "../schemas/record.js";
import { REPORT_FORMATS, reporters, type ReportFormat } from "../report/index.js";
import { addBatchOptions, type BatchFlags } from "./batch-options.js";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, colours, reportInputFailure } from "./io.js";
import type { CommandContext } from "./main.js";
import { VERSION } from "./main.js";
import { readAll } from "./read-stdin.js";

interface CheckFlags extends Omit<BatchFlags, "quiet"> {
  format: ReportFormat;
  config?: string;
  rule?: [string, string][];
  today?: string;
  maxWarnings?: number;
}

const STDIN = "-";

export function registerCheck(program: Command, ctx: CommandContext): void {
  const command = program
    .command("check")
    .description("completeness and consistency findings, for CI")
    .argument("<file...>", "documents to check; - reads stdin")
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
    );
  addBatchOptions(command, { quiet: false })
    .addHelpText(
      "after",
      `
Rules (default severity):
${RULES.map((r) => `  ${r.id.padEnd(18)} ${r.defaultSeverity.padEnd(5)}  ${r.description}`).join("\n")}

Configuration: the nearest .jobprofilrc.yaml, .jobprofilrc.yml or
jobprofil.config.json above each file, e.g.
  rules:
    deadline-passed: error
    missing-section: [error, { required: [jobprofil, personprofil] }]

Examples:
  $ jobprofil check profil.pdf
  $ jobprofil check profiler/*.pdf --format github --rule deadline-passed:error
  $ jobprofil check profil.pdf --format sarif > jobprofil.sarif
  $ jobprofil check profiler/ --ignore udkast --timeout 60`,
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
  // Directories and globs as for parse and compare; a path that cannot be walked is an unreadable input.
  const entries = await expandInputs(inputs, { ignore: flags.ignore, cwd: io.cwd });
  const walkErrors = entries.filter((e) => e.error);
  const files = entries.filter((e) => !e.error).map((e) => e.path);
  const today = flags.today ?? localToday();
  const cliLayer: RuleLayer = { source: "--rule", rules: Object.fromEntries(flags.rule ?? []) as RuleLayer["rules"] };

  // Every configuration is loaded before any file is checked: a bad one is a
  // usage error, and a half-written report would hide it.
  let rulesFor: (file: string) => ResolvedRules;
  try {
    rulesFor = await configurations(files, flags.config, cliLayer, io.cwd);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    io.stderr.write(`${colours(io.stderr, io.env).red("error")} invalid config ${shown(err.file, io.cwd)}: ${err.reason}\n`);
    return EXIT_USAGE;
  }

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
    { jobs: flags.jobs, timeoutMs: flags.timeout * 1000, maxMemoryMb: flags.maxMemory, maxBytes },
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

/** The rules for each file: defaults, then the config file that applies, then --rule. */
async function configurations(
  files: string[],
  explicit: string | undefined,
  cliLayer: RuleLayer,
  cwd: string,
): Promise<(file: string) => ResolvedRules> {
  const byConfig = new Map<string | null, ResolvedRules>();
  const configOf = new Map<string, string | null>();
  for (const file of files) {
    const path = explicit !== undefined ? resolve(cwd, explicit) : findConfigFile(file === STDIN ? cwd : dirname(resolve(cwd, file)));
    configOf.set(file, path);
    if (byConfig.has(path)) continue;
    const layers = path === null ? [cliLayer] : [await loadConfigFile(path), cliLayer];
    byConfig.set(path, resolveRules(layers));
  }
  return (file) => byConfig.get(configOf.get(file) ?? null)!;
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
