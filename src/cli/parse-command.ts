import { mkdir, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { Option, type Command } from "commander";
import { expandInputs, parseMany, progress } from "../batch/index.js";
import { makeProduct, type Rendered } from "../batch/products.js";
import { EMIT_FORMATS, FILE_EXTENSIONS, type EmitFormat } from "../emit/index.js";
import { parseProfile } from "../pipeline.js";
import { InputError } from "../read/types.js";
import { EXIT_FAILURE, reportInputFailure } from "./io.js";
import { addBatchOptions, type BatchFlags } from "./batch-options.js";
import type { CommandContext } from "./main.js";
import { readAll } from "./read-stdin.js";

const PARSE_FORMATS = [...EMIT_FORMATS, "ndjson"] as const;
type ParseFormat = (typeof PARSE_FORMATS)[number];

interface ParseFlags extends BatchFlags {
  format: ParseFormat;
  out?: string;
}

export function registerParse(program: Command, ctx: CommandContext): void {
  const command = program
    .command("parse")
    .description("read documents (PDF, Word, HTML, text, Markdown) into validated records")
    .argument("<input...>", "files, directories (walked for documents) or globs; - reads stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(PARSE_FORMATS).default("json"))
    .option("-o, --out <dir>", "write one file per input into DIR instead of stdout");
  addBatchOptions(command)
    .addHelpText(
      "after",
      `
With one file and no --out, --format json prints exactly one JSON object;
with several, a JSON array (YAML: one document each; Markdown: one after the
other; ndjson: one record per line, each written as soon as it is parsed;
jsonld: a schema.org JobPosting to embed in a web page, with what it lacks
named on stderr).
Output is in input order however the workers finish. A file that cannot be
read is named on stderr with the reason, the others are still written, and
the exit code is 1. On a terminal a progress line shows files done, rate,
ETA and failures.

Examples:
  $ jobprofil parse fixtures/seeds/002_ea24eb2fd52c88b1.pdf
  $ jobprofil parse profil.txt --format md > resume.md
  $ jobprofil parse opslag.html --format jsonld > jobposting.jsonld
  $ jobprofil parse profiler/ --out records/ --format yaml
  $ jobprofil parse 'arkiv/**/*.pdf' --ignore '**/udkast/**' --format ndjson > alle.ndjson`,
    )
    .action(async (inputs: string[], flags: ParseFlags) => {
      const entries = await expandInputs(inputs, { ignore: flags.ignore, cwd: ctx.io.cwd });
      const maxBytes = flags.maxSize * 1024 * 1024;
      const sink = makeSink(flags, entries.length, ctx);
      const bar = progress(ctx.io, entries.length, !!flags.quiet);
      const fail = (path: string, reason: string) => {
        ctx.exitCode = EXIT_FAILURE;
        reportInputFailure(ctx.io, path === "-" ? "<stdin>" : path, reason);
        bar.tick(true);
      };
      // The workers render each document in the format asked for; only the text crosses threads.
      const product = { kind: "text", format: renderedFormat(flags) } as const;
      // A JobPosting is valid without what the profile lacks, but the consultant should know (exit code stays 0).
      const write = async (path: string, rendered: Rendered) => {
        await sink.write(path, rendered);
        for (const w of rendered.warnings) ctx.io.stderr.write(`warning ${path === "-" ? "<stdin>" : path}: ${w}\n`);
        bar.tick(false);
      };
      // Walk errors and stdin are settled here, in order; the files go to the pool.
      const files: string[] = [];
      for (const e of entries) {
        if (e.error) fail(e.path, e.error);
        else if (e.path === "-") {
          try {
            const { record } = await parseProfile(await readAll(ctx.io.stdin, maxBytes), { path: null, maxBytes, timeoutMs: flags.timeout * 1000 });
            await write("-", makeProduct(product, record, "-"));
          } catch (err) {
            fail("-", err instanceof InputError ? err.reason : `internal error: ${(err as Error).message}`);
          }
        } else files.push(e.path);
      }
      await parseMany(files, { jobs: flags.jobs, timeoutMs: flags.timeout * 1000, maxMemoryMb: flags.maxMemory, maxBytes, product }, async (_index, o) => {
        if (!o.ok) fail(o.path, o.reason);
        else await write(o.path, o.value);
      });
      await sink.close();
      bar.finish();
    });
}

/** What each document is rendered as: --out writes one JSON file per input where stdout would stream ndjson. */
function renderedFormat(flags: ParseFlags): ParseFormat {
  return flags.out && flags.format === "ndjson" ? "json" : flags.format;
}

interface Sink {
  write(path: string, rendered: Rendered): Promise<void>;
  close(): Promise<void>;
}

/** Where rendered documents go, one at a time, so a batch of thousands never sits in memory. */
function makeSink(flags: ParseFlags, inputs: number, ctx: CommandContext): Sink {
  const out = ctx.io.stdout;
  if (flags.out) {
    const dir = flags.out;
    const format = renderedFormat(flags) as EmitFormat;
    const written = new Set<string>();
    return {
      async write(path, rendered) {
        await mkdir(dir, { recursive: true });
        const stem = path === "-" ? "stdin" : basename(path, extname(path));
        let name = stem + FILE_EXTENSIONS[format];
        // Two inputs with one name (a/x.pdf, b/x.pdf) must not overwrite each other.
        for (let n = 2; written.has(name); n++) name = `${stem}-${n}${FILE_EXTENSIONS[format]}`;
        written.add(name);
        await writeFile(join(dir, name), rendered.text, "utf8");
      },
      async close() {},
    };
  }
  let count = 0;
  const single = inputs === 1;
  return {
    async write(_path, { text }) {
      const n = count++;
      switch (flags.format) {
        case "ndjson":
          out.write(text + "\n");
          break;
        case "json":
        case "jsonld":
          // several documents: one array, each element as the single document would print, indented alike
          if (single) out.write(text);
          else out.write((n === 0 ? "[\n" : ",\n") + text.replace(/\n$/u, ""));
          break;
        case "yaml":
          out.write((n === 0 ? "" : "---\n") + text);
          break;
        case "md":
          out.write((n === 0 ? "" : "\n---\n\n") + text);
          break;
      }
    },
    async close() {
      if ((flags.format === "json" || flags.format === "jsonld") && !single && count > 0) out.write("\n]\n");
    },
  };
}
