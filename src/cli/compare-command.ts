/**
 * `jobprofil compare`: many documents in, one row per vacancy out. Inputs are
 * expanded (files, directories, globs), parsed in the worker pool, and each
 * record is reduced to its row as it arrives, so a batch of thousands holds
 * rows, not records.
 */
import { InvalidArgumentError, Option, type Command } from "commander";
import { expandInputs } from "../batch/inputs.js";
import { parseMany } from "../batch/pool.js";
import { failure } from "../batch/outcome.js";
import { createProgress } from "../batch/progress.js";
import { COMPARE_FORMATS, formatters, type CompareFormat } from "../compare/formats/index.js";
import { DEFAULT_FIELDS, FIELDS, isField, sortRows, toRow, type FieldName, type Row } from "../compare/rows.js";
import { summarise } from "../compare/summary.js";
import { parseProfile } from "../pipeline.js";
import { addBatchOptions, linkPolicy, settleInputs, type BatchFlags } from "./batch-options.js";
import { EXIT_FAILURE, reportInputFailure, usageError } from "./io.js";
import type { CommandContext } from "./main.js";
import { readAll } from "./read-stdin.js";

interface CompareFlags extends BatchFlags {
  format: CompareFormat;
  fields: FieldName[];
  sort?: string;
  excel?: boolean;
}

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

function parseSort(v: string): string {
  if (!isField(v.replace(/^-/, ""))) throw new InvalidArgumentError(`cannot sort by ${v}; the fields are ${FIELDS.join(", ")}`);
  return v;
}

export function registerCompare(program: Command, ctx: CommandContext): void {
  const command = program
    .command("compare")
    .description("one row per vacancy, side by side")
    .argument("<input...>", "files, directories (walked for documents) or globs; - reads stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(COMPARE_FORMATS).default("table"))
    .addOption(
      new Option("--fields <list>", `comma-separated columns, from: ${FIELDS.join(", ")}`)
        .default([...DEFAULT_FIELDS], DEFAULT_FIELDS.join(","))
        .argParser(parseFields),
    )
    .addOption(new Option("--sort <field>", "sort by a field; -field sorts descending; empty cells last").argParser(parseSort))
    .option("--excel", "CSV for Danish Excel: a BOM, ';' between fields, decimal commas");
  addBatchOptions(command).addHelpText(
    "after",
    `
Columns: daysToStart counts the days from the application deadline to the
start date; requirements and tasks count the list items in the person
profile and the job profile; sections shows the main sections present
(J jobprofil, P personprofil, A ansaettelsesproces, V vilkaar; - absent).
table and md end with a summary: counts, the median and range of salary per
period, the most used tests and consultancies. A file that cannot be read
is named on stderr with the reason, the others are still compared, and the
exit code is 1.

Examples:
  $ jobprofil compare profiler/
  $ jobprofil compare profiler/ --format csv --excel > stillinger.csv
  $ jobprofil compare 'arkiv/**/*.pdf' --ignore udkast --fields employer,title,salary,period --sort -salary`,
  );
  command.action(async (inputs: string[], flags: CompareFlags) => {
    const { io } = ctx;
    const { entries, error: empty } = settleInputs(inputs, await expandInputs(inputs, { ignore: flags.ignore, cwd: io.cwd, ...linkPolicy(flags, io) }), flags);
    if (empty) return void (ctx.exitCode = usageError(io, empty));
    const maxBytes = flags.maxSize * 1024 * 1024;
    const bar = createProgress(io.stderr, { total: entries.length, quiet: flags.quiet });
    let failed = 0;
    const fail = (path: string, reason: string) => {
      failed++;
      ctx.exitCode = EXIT_FAILURE;
      reportInputFailure(io, path, reason);
      bar.tick(true);
    };

    // Rows are kept at their input index, so the output order is the input order.
    const rows: (Row | undefined)[] = new Array(entries.length);
    const files: { index: number; path: string }[] = [];
    for (const [index, entry] of entries.entries()) {
      if (entry.error !== undefined) fail(entry.path, entry.error);
      else if (entry.path === "-") {
        try {
          const { record } = await parseProfile(await readAll(io.stdin, maxBytes), { path: null, maxBytes, timeoutMs: flags.timeout * 1000 });
          rows[index] = toRow(record, "<stdin>");
          bar.tick(false);
        } catch (err) {
          fail("<stdin>", failure("<stdin>", err).reason);
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
        } else fail(files[i].path, outcome.reason);
      },
    );
    bar.finish();

    const present = rows.filter((r): r is Row => r !== undefined);
    const sorted = sortRows(present, flags.sort);
    io.stdout.write(
      formatters[flags.format](sorted, {
        fields: flags.fields,
        summary: summarise(sorted, failed),
        // Only a terminal has a width to fit; a pipe or a file gets whole cells.
        columns: io.stdout.isTTY ? (io.stdout.columns ?? 100) : Number.POSITIVE_INFINITY,
        excel: flags.excel === true,
      }),
    );
  });
}
