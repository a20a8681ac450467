import { mkdir, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import { EMIT_FORMATS, FILE_EXTENSIONS, emitters, type EmitFormat } from "../emit/index.js";
import { DEFAULT_MAX_BYTES, parseFile, parseProfile, type ParseResult } from "../pipeline.js";
import { InputError } from "../read/types.js";
import { InvalidRecordError } from "../validate/index.js";
import { EXIT_FAILURE, reportInputFailure } from "./io.js";
import type { CommandContext } from "./main.js";
import { readAll } from "./read-stdin.js";

interface ParseFlags {
  format: EmitFormat;
  out?: string;
  maxSize: number;
}

export function registerParse(program: Command, ctx: CommandContext): void {
  program
    .command("parse")
    .description("read documents (PDF, text, Markdown) into validated records")
    .argument("<file...>", "documents to read; - reads stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(EMIT_FORMATS).default("json"))
    .option("-o, --out <dir>", "write one file per input into DIR instead of stdout")
    .addOption(
      new Option("--max-size <MB>", "refuse files larger than this many megabytes")
        .default(DEFAULT_MAX_BYTES / 1024 / 1024)
        .argParser((v) => {
          const n = Number(v);
          if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("--max-size takes a positive number of megabytes");
          return n;
        }),
    )
    .addHelpText(
      "after",
      `
With one file and no --out, --format json prints exactly one JSON object;
with several, a JSON array (YAML: one document each; Markdown: one after the
other). A file that cannot be read is named on stderr with the reason, the
others are still written, and the exit code is 1.

Examples:
  $ jobprofil parse fixtures/seeds/002_ea24eb2fd52c88b1.pdf
  $ jobprofil parse profil.txt --format md > resume.md
  $ jobprofil parse profiler/*.pdf --out records/ --format yaml`,
    )
    .action(async (files: string[], flags: ParseFlags) => {
      const results: { file: string; result: ParseResult }[] = [];
      const written = new Set<string>();
      for (const file of files) {
        const result = await parseOne(file, flags, ctx);
        if (!result) continue;
        if (flags.out) await writeOut(flags.out, file, flags.format, result, written, ctx);
        else results.push({ file, result });
      }
      if (!flags.out) writeStdout(results.map((r) => r.result), files.length, flags.format, ctx);
    });
}


async function parseOne(file: string, flags: ParseFlags, ctx: CommandContext): Promise<ParseResult | null> {
  const maxBytes = flags.maxSize * 1024 * 1024;
  try {
    if (file === "-") return await parseProfile(await readAll(ctx.io.stdin), { path: null, maxBytes });
    return await parseFile(file, { maxBytes });
  } catch (err) {
    ctx.exitCode = EXIT_FAILURE;
    if (err instanceof InputError) reportInputFailure(ctx.io, file === "-" ? "<stdin>" : file, err.reason);
    else if (err instanceof InvalidRecordError) reportInputFailure(ctx.io, file, err.message);
    else reportInputFailure(ctx.io, file, `internal error: ${(err as Error)?.message ?? String(err)}`);
    return null;
  }
}

async function writeOut(dir: string, file: string, format: EmitFormat, result: ParseResult, written: Set<string>, ctx: CommandContext) {
  await mkdir(dir, { recursive: true });
  const stem = file === "-" ? "stdin" : basename(file, extname(file));
  let name = stem + FILE_EXTENSIONS[format];
  // Two inputs with one name (a/x.pdf, b/x.pdf) must not overwrite each other.
  for (let n = 2; written.has(join(dir, name)); n++) name = `${stem}-${n}${FILE_EXTENSIONS[format]}`;
  written.add(join(dir, name));
  await writeFile(join(dir, name), emitters[format](result.record), "utf8");
  if (ctx.io.stderr.isTTY) ctx.io.stderr.write(`wrote ${join(dir, name)}\n`);
}

function writeStdout(results: ParseResult[], inputs: number, format: EmitFormat, ctx: CommandContext) {
  if (results.length === 0) return;
  const records = results.map((r) => r.record);
  if (format === "json" && inputs > 1) ctx.io.stdout.write(JSON.stringify(records, null, 2) + "\n");
  else if (format === "yaml") ctx.io.stdout.write(records.map(emitters.yaml).join("---\n"));
  else if (format === "md") ctx.io.stdout.write(records.map(emitters.md).join("\n---\n\n"));
  else ctx.io.stdout.write(emitters[format](records[0]));
}
