/**
 * `jobprofil compare`: many documents in, one row per vacancy out. Inputs are
 * expanded (files, directories, globs), parsed in the worker pool, and each
 * record is reduced to its row as it arrives, so a batch of thousands holds
 * rows, not records.
 */
import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import { expandInputs } from "../batch/inputs.js";
import { parseMany } from "../batch/pool.js";
import { failure } from "../batch/outcome.js";
import { createProgress } from "../batch/progress.js";
import { FILTER_OPERATORS, FilterError, filterRows, parseFilter, type Filter } from "../compare/filter.js";
import { BINARY_FORMATS, COMPARE_FORMATS, formatters, type CompareFormat } from "../compare/formats/index.js";
import { DEFAULT_FIELDS, failedRow, FIELDS, isField, sortRows, toRow, type FieldName, type Row } from "../compare/rows.js";
import { summarise } from "../compare/summary.js";
import { parseProfile } from "../pipeline.js";
import { addBatchOptions, linkPolicy, settleInputs, type BatchFlags } from "./batch-options.js";
import { EXIT_FAILURE, reportInputFailure, usageError } from "./io.js";
import type { CommandContext } from "./main.js";
import { readAll } from "./read-stdin.js";

interface CompareFlags extends BatchFlags {
  format: CompareFormat;
  fields?: FieldName[];
  sort: string[];
  filter: Filter[];
  excel?: boolean;
  out?: string;
}

/** A pipe or a file has no width: the table fits this many columns, or $COLUMNS. */
const PIPE_COLUMNS = 160;

function parseFields(v: string): FieldName[] {
  const names = v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !isField(n));
  if (unknown.length > 0 || names.length === 0)
    throw new InvalidArgumentError(`unknown field ${unknown.join(", ") || "(none)"}; the fields are ${FIELDS.join(", ")}`);
  return names as FieldName[];
}

/** "deadline,-salary": keys in order; a repeated --sort adds its keys after the earlier ones. */
function parseSort(v: string, previous: string[]): string[] {
  const keys = v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = keys.filter((k) => !isField(k.replace(/^-/, "")));
  if (bad.length > 0 || keys.length === 0)
    throw new InvalidArgumentError(`cannot sort by ${bad.join(", ") || "(nothing)"}; the fields are ${FIELDS.join(", ")}`);
  return [...previous, ...keys];
}

function parseFilterOption(v: string, previous: Filter[]): Filter[] {
  try {
    return [...previous, parseFilter(v)];
  } catch (err) {
    if (err instanceof FilterError) throw new InvalidArgumentError(err.message);
    throw err;
  }
}

const WRITE_ERRORS: Record<string, string> = {
  ENOENT: "no such directory",
  ENOTDIR: "no such directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
};

/** Writes the whole output or nothing: a temporary file beside the target, renamed over it. */
async function writeOutput(target: string, data: string | Uint8Array): Promise<void> {
  const temp = `${target}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** The width `table` fits: the terminal's, when that is where the table goes. */
function tableColumns(io: CommandContext["io"], toFile: boolean): number {
  if (io.stdout.isTTY && !toFile) return io.stdout.columns ?? 100;
  const env = Number(io.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : PIPE_COLUMNS;
}

export function registerCompare(program: Command, ctx: CommandContext): void {
  const command = program
    .command("compare")
    .description("one row per vacancy, side by side")
    .argument("<input...>", "files, directories (walked for documents) or globs; - reads stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(COMPARE_FORMATS).default("table"))
    .addOption(
      new Option(
        "--fields <list>",
        `comma-separated columns, from: ${FIELDS.join(", ")} (default: ${DEFAULT_FIELDS.join(", ")}; table: the columns that fit the width)`,
      ).argParser(parseFields),
    )
    .addOption(
      new Option("--sort <keys>", "sort keys, comma-separated or repeated: deadline,-salary (- descending; empty cells last)")
        .default([], "input order")
        .argParser(parseSort),
    )
    .addOption(
      new Option("--filter <expr>", `keep rows where EXPR holds (repeatable; all must hold): field${FILTER_OPERATORS.join("value, field")}value, field?, !field?`)
        .default([], "every row")
        .argParser(parseFilterOption),
    )
    .option("--excel", "csv only: CSV for Danish Excel (a BOM, ';' between fields, decimal commas)")
    .option("-o, --out <file>", "write the output to FILE instead of stdout (xlsx needs it at a terminal)");
  addBatchOptions(command).addHelpText(
    "after",
    `
Every input is a row. status is ok, "failed: <reason>" or "timed out"; a
file that cannot be read is also named on stderr with the reason, and the
exit code is 1.

Columns: kommune and region come from the employer (the 98 kommuner, the 5
regioner); postType is kommunaldirektør, direktør, chef or leder when the
title says; rounds counts the interview days; daysToStart counts the days
from the application deadline to the start date; annualSalary and
annualSalaryMax are the salary per year (a monthly amount × 12); salaryApprox
is true when the salary sentence says "ca.", "i niveauet", "omkring" …;
contacts and committee count people; requirements and tasks count the list
items in the person profile and the job profile; sections shows the main
sections present (J jobprofil, P personprofil, A ansaettelsesproces,
V vilkaar; - absent). table, md and xlsx show values in Danish (åremål);
json and csv keep the machine values (aaremaal).

table fits the terminal's width (a pipe: $COLUMNS, else ${PIPE_COLUMNS}): without
--fields it chooses the columns that fit, most wanted first. table and md end
with a summary; xlsx has it on a second sheet, Oversigt. xlsx is binary: it
is written with --out FILE or to a redirected stdout, never to a terminal.

Filters (--filter, repeatable, all must hold; a bad one exits 2):
  field~text     contains text (case-insensitive; å = aa, æ = ae, ø = oe)
  field!~text    does not contain it
  field=value    equals (lists: one item does; dates: same day, or 2026-08, 2026)
  field!=value   does not equal
  field>value    also >=, <, <=: numbers (800000, 800.000, 19,55) and dates (2026-08-12)
  field?         has a value;  !field? has none
Text values match the machine or the Danish word (terms=åremål = terms=aaremaal);
yes/no fields take ja or nej.

Examples:
  $ jobprofil compare profiler/
  $ jobprofil compare profiler/ --format csv --excel > stillinger.csv
  $ jobprofil compare profiler/ --format xlsx --out stillinger.xlsx
  $ jobprofil compare profiler/ --filter 'employer~Region' --filter 'deadline>=2024-01-01' --filter 'terms=åremål'
  $ jobprofil compare profiler/ --sort deadline,-annualSalary --filter 'annualSalary>=900.000'
  $ jobprofil compare 'arkiv/**/*.pdf' --ignore udkast --fields employer,title,salary,period --sort -salary`,
  );
  command.action(async (inputs: string[], flags: CompareFlags) => {
    const { io } = ctx;
    // Options that do not apply are refused before any document is read.
    if (flags.excel && flags.format !== "csv")
      return void (ctx.exitCode = usageError(io, `--excel applies to --format csv only, not ${flags.format}`));
    if (BINARY_FORMATS.has(flags.format) && !flags.out && io.stdout.isTTY)
      return void (ctx.exitCode = usageError(io, `--format ${flags.format} is binary and stdout is a terminal: use --out FILE, or redirect (> stillinger.${flags.format})`));
    const { entries, error: empty } = settleInputs(inputs, await expandInputs(inputs, { ignore: flags.ignore, cwd: io.cwd, ...linkPolicy(flags, io) }), flags);
    if (empty) return void (ctx.exitCode = usageError(io, empty));
    const maxBytes = flags.maxSize * 1024 * 1024;
    const bar = createProgress(io.stderr, { total: entries.length, quiet: flags.quiet });
    // Rows are kept at their input index, so the output order is the input order; a failed input is a row too.
    const rows: Row[] = new Array(entries.length);
    const fail = (index: number, path: string, reason: string, code?: string) => {
      ctx.exitCode = EXIT_FAILURE;
      reportInputFailure(io, path, reason);
      rows[index] = failedRow(path, reason, code);
      bar.tick(true);
    };

    const files: { index: number; path: string }[] = [];
    for (const [index, entry] of entries.entries()) {
      if (entry.error !== undefined) fail(index, entry.path, entry.error);
      else if (entry.path === "-") {
        try {
          const { record } = await parseProfile(await readAll(io.stdin, maxBytes), { path: null, maxBytes, timeoutMs: flags.timeout * 1000 });
          rows[index] = toRow(record, "<stdin>");
          bar.tick(false);
        } catch (err) {
          const { reason, code } = failure("<stdin>", err);
          fail(index, "<stdin>", reason, code);
        }
      } else files.push({ index, path: entry.path });
    }

    const options = { jobs: flags.jobs, isolate: flags.explicitTimeout, timeoutMs: flags.timeout * 1000, maxBytes, maxMemoryMb: flags.maxMemory };
    await parseMany(
      files.map((f) => f.path),
      // the workers make the rows: a row crosses threads, not a whole record
      { ...options, product: { kind: "row" } as const },
      (i, outcome) => {
        if (outcome.ok) {
          rows[files[i].index] = outcome.value;
          bar.tick(false);
        } else fail(files[i].index, files[i].path, outcome.reason, outcome.code);
      },
    );
    bar.finish();

    const shown = sortRows(filterRows(rows, flags.filter), flags.sort);
    const output = await formatters[flags.format](shown, {
      fields: flags.fields ?? DEFAULT_FIELDS,
      fieldsGiven: flags.fields !== undefined,
      summary: summarise(shown),
      columns: tableColumns(io, flags.out !== undefined),
      excel: flags.excel === true,
    });
    if (flags.out) {
      try {
        await writeOutput(resolve(io.cwd, flags.out), output);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? "";
        reportInputFailure(io, flags.out, `cannot write: ${WRITE_ERRORS[code] ?? (code || String(err))} (--out)`);
        ctx.exitCode = EXIT_FAILURE;
      }
    } else if (typeof output === "string") io.stdout.write(output);
    // Io's stdout is typed for text; the process's stream takes bytes as well.
    else (io.stdout as { write(b: string | Uint8Array): unknown }).write(output);
  });
}
