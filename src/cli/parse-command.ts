import { basename, extname, join, resolve } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import { expandInputs, parseMany, progress } from "../batch/index.js";
import { makeProduct, type Rendered } from "../batch/products.js";
import { EMIT_FORMATS, FILE_EXTENSIONS, type EmitFormat, type EmitOptions } from "../emit/index.js";
import { SECTION_KINDS, type SectionKind } from "../schemas/record.js";
import { parseProfile } from "../pipeline.js";
import { failure } from "../batch/outcome.js";
import { EXIT_FAILURE, reportInputFailure, reportInputWarning, usageError, type Io } from "./io.js";
import { addBatchOptions, linkPolicy, settleInputs, type BatchFlags } from "./batch-options.js";
import type { CommandContext } from "./main.js";
import { ensureOutputFolder, OutputError, writeAtomically } from "./output-files.js";
import { readAll } from "./read-stdin.js";

const PARSE_FORMATS = [...EMIT_FORMATS, "ndjson"] as const;
type ParseFormat = (typeof PARSE_FORMATS)[number];

interface ParseFlags extends BatchFlags {
  format: ParseFormat;
  out?: string;
  /** commander's negation of --no-sources: true unless it is given. */
  sources: boolean;
  sections?: SectionKind[];
  frontMatter?: boolean;
  compact?: boolean;
}

/** "jobprofil,vilkaar" → the section kinds, each one CONTRACT.md names. */
function sectionList(value: string): SectionKind[] {
  const kinds = value.split(",").map((k) => k.trim()).filter(Boolean);
  const unknown = kinds.filter((k) => !(SECTION_KINDS as readonly string[]).includes(k));
  if (!kinds.length || unknown.length)
    throw new InvalidArgumentError(`unknown section kind${unknown.length > 1 ? "s" : ""} ${unknown.join(", ") || "(none given)"}; choose from ${SECTION_KINDS.join(", ")}`);
  return kinds as SectionKind[];
}

/** The flags that shape the output, for the emitters (in a worker, so plain data). */
function emitOptions(flags: ParseFlags): EmitOptions {
  return { sources: flags.sources, sections: flags.sections, frontMatter: !!flags.frontMatter, compact: !!flags.compact };
}

export function registerParse(program: Command, ctx: CommandContext): void {
  const command = program
    .command("parse")
    .description("read documents (PDF, Word, HTML, text, Markdown) into validated records")
    .argument("<input...>", "files, directories (walked for documents) or globs; - reads stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(PARSE_FORMATS).default("json"))
    .option("-o, --out <dir>", "write one file per input into DIR instead of stdout")
    .option("--no-sources", "md: the facts table without its Kilde (source) column")
    .option("--sections <kinds>", `md: only these sections, comma-separated (${SECTION_KINDS.join(", ")})`, sectionList)
    .option("--front-matter", "md: start with a YAML front matter block (title, employer, deadline) for pandoc and static-site generators")
    .option("--compact", "json, yaml, ndjson: leave out positions, evidence and dropped artefacts");
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
  $ jobprofil parse profil.pdf --format md --no-sources --sections jobprofil,personprofil
  $ jobprofil parse profil.pdf --format md --front-matter | pandoc -s -o profil.html
  $ jobprofil parse profil.pdf --format yaml --compact
  $ jobprofil parse opslag.html --format jsonld > jobposting.jsonld
  $ jobprofil parse profiler/ --out records/ --format yaml
  $ jobprofil parse 'arkiv/**/*.pdf' --ignore '**/udkast/**' --format ndjson > alle.ndjson`,
    )
    .action(async (inputs: string[], flags: ParseFlags) => {
      const { entries, error: empty } = settleInputs(inputs, await expandInputs(inputs, { ignore: flags.ignore, cwd: ctx.io.cwd, ...linkPolicy(flags, ctx.io) }), flags);
      if (empty) return void (ctx.exitCode = usageError(ctx.io, empty));
      const maxBytes = flags.maxSize * 1024 * 1024;
      let sink: Sink;
      try {
        sink = await makeSink(flags, entries, ctx);
      } catch (err) {
        if (!(err instanceof OutputError)) throw err;
        reportInputFailure(ctx.io, err.path, err.reason);
        ctx.exitCode = EXIT_FAILURE;
        return;
      }
      const bar = progress(ctx.io, entries.length, !!flags.quiet);
      const fail = (path: string, reason: string) => {
        ctx.exitCode = EXIT_FAILURE;
        reportInputFailure(ctx.io, path === "-" ? "<stdin>" : path, reason);
        bar.tick(true);
      };
      // The workers render each document in the format asked for; only the text crosses threads.
      const product = { kind: "text", format: renderedFormat(flags), options: emitOptions(flags) } as const;
      // A JobPosting is valid without what the profile lacks, but the consultant should know (exit code stays 0).
      const write = async (path: string, rendered: Rendered) => {
        const refused = await sink.write(path, rendered);
        if (refused) {
          fail(path, refused);
          return;
        }
        for (const w of rendered.warnings) reportInputWarning(ctx.io, path === "-" ? "<stdin>" : path, w);
        bar.tick(false);
      };
      // Walk errors and stdin are settled here, in order; the files go to the pool.
      const files: string[] = [];
      try {
        for (const e of entries) {
          if (e.error) fail(e.path, e.error);
          else if (e.path === "-") {
            let rendered: Rendered;
            try {
              const { record } = await parseProfile(await readAll(ctx.io.stdin, maxBytes), { path: null, maxBytes, timeoutMs: flags.timeout * 1000 });
              rendered = makeProduct(product, record, "-");
            } catch (err) {
              fail("-", failure("-", err).reason);
              continue;
            }
            await write("-", rendered);
          } else files.push(e.path);
        }
        await parseMany(files, { jobs: flags.jobs, isolate: flags.explicitTimeout, timeoutMs: flags.timeout * 1000, maxMemoryMb: flags.maxMemory, maxBytes, product }, async (_index, o) => {
          if (!o.ok) fail(o.path, o.reason);
          else await write(o.path, o.value);
        });
      } catch (err) {
        // A full disk or a folder that went away: one line, and no more outputs attempted.
        if (!(err instanceof OutputError)) throw err;
        reportInputFailure(ctx.io, err.path, err.reason);
        ctx.exitCode = EXIT_FAILURE;
        bar.tick(true);
        bar.finish();
        return;
      }
      await sink.close();
      bar.finish();
    });
}

/** What each document is rendered as: --out writes one JSON file per input where stdout would stream ndjson. */
function renderedFormat(flags: ParseFlags): ParseFormat {
  return flags.out && flags.format === "ndjson" ? "json" : flags.format;
}

interface Sink {
  /** Writes one document's output; a reason when this output is refused (the batch goes on). */
  write(path: string, rendered: Rendered): Promise<string | void>;
  close(): Promise<void>;
}

/**
 * Where rendered documents go, one at a time, so a batch of thousands never sits in memory.
 * With --out, each input's output is named after the input's own file name
 * (`a/profil.pdf` → `OUT/profil.json`), the same in every run; a second input
 * of the run that would get a name already written (`b/profil.pdf`,
 * `a/profil.txt`) is refused, never numbered or overwritten, and an output is
 * never written over one of the inputs.
 */
async function makeSink(flags: ParseFlags, entries: { path: string }[], ctx: CommandContext): Promise<Sink> {
  const out = ctx.io.stdout;
  if (flags.out) {
    const dir = flags.out;
    const format = renderedFormat(flags) as EmitFormat;
    const written = new Map<string, string>();
    const inputs = new Set(entries.filter((e) => e.path !== "-").map((e) => resolve(ctx.io.cwd, e.path)));
    await ensureOutputFolder(resolve(ctx.io.cwd, dir), dir);
    return {
      async write(path, rendered) {
        const name = (path === "-" ? "stdin" : basename(path, extname(path))) + FILE_EXTENSIONS[format];
        const target = join(dir, name);
        const full = resolve(ctx.io.cwd, target);
        const first = written.get(full);
        if (first !== undefined)
          return `not written: ${target} already holds the output of ${first === "-" ? "<stdin>" : first} (same file name; use separate --out folders)`;
        if (inputs.has(full)) return `not written: ${target} is one of the inputs`;
        written.set(full, path);
        await writeAtomically(full, rendered.text, target);
      },
      async close() {},
    };
  }
  let count = 0;
  const single = entries.length === 1;
  return {
    async write(_path, { text }) {
      const n = count++;
      switch (flags.format) {
        case "ndjson":
          await writeInSlices(out, text + "\n");
          break;
        case "json":
        case "jsonld":
          // several documents: one array, each element as the single document would print, indented alike
          if (single) await writeInSlices(out, text);
          else await writeInSlices(out, (n === 0 ? "[\n" : ",\n") + text.replace(/\n$/u, ""));
          break;
        case "yaml":
          await writeInSlices(out, (n === 0 ? "" : "---\n") + text);
          break;
        case "md":
          await writeInSlices(out, (n === 0 ? "" : "\n---\n\n") + text);
          break;
      }
    },
    async close() {
      if ((flags.format === "json" || flags.format === "jsonld") && !single && count > 0) out.write("\n]\n");
    },
  };
}

/** A megabyte of characters: the most a write turns into bytes at once. */
const SLICE = 1 << 20;

/**
 * A large record written whole is first turned into one buffer of its bytes,
 * as large as the record's text again (a 20 MB document's record gave a
 * 200 MB peak on writing): write it a slice at a time, waiting for the
 * stream to drain where it asks to.
 */
async function writeInSlices(out: Io["stdout"], text: string): Promise<void> {
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + SLICE, text.length);
    // a slice never ends between the two halves of a surrogate pair
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const ready = out.write(text.slice(at, end));
    if (ready === false && out.once) await new Promise<void>((done) => out.once!("drain", () => done()));
    at = end;
  }
}
