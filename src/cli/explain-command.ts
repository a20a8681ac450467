import { Option, type Command } from "commander";
import { DEFAULT_MAX_BYTES, readInput } from "../pipeline.js";
import { read } from "../read/index.js";
import { InputError } from "../read/types.js";
import { normalise } from "../normalise/index.js";
import { segment, type Explanation } from "../segment/index.js";
import { EXIT_FAILURE, colours, reportInputFailure } from "./io.js";
import type { CommandContext } from "./main.js";

interface ExplainFlags {
  format: "text" | "json";
}

/** `jobprofil explain FILE`: for every piece of text, the section kind it got and why. */
export function registerExplain(program: Command, ctx: CommandContext): void {
  program
    .command("explain")
    .description("show, for every piece of a document, the section kind it got and why")
    .argument("<file>", "a document (PDF, Word, HTML, text, Markdown)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .addHelpText(
      "after",
      `
Each line: where the piece starts (line, and page for a PDF), the kind it got,
its first words, then the cues that weighed for it (a known heading, a
heading's words, a lead-in line before a list, a fact box's label) and the
word model's three best kinds (0 is the best; the others below it).

Example:
  $ jobprofil explain opslag.txt | less`,
    )
    .action(async (file: string, flags: ExplainFlags) => {
      let explain: Explanation[];
      try {
        const raw = await read(await readInput(file, DEFAULT_MAX_BYTES), { fileName: file });
        explain = [];
        segment(normalise(raw).blocks, { explain });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        reportInputFailure(ctx.io, file, err.message);
        ctx.exitCode = EXIT_FAILURE;
        return;
      }
      if (flags.format === "json") {
        ctx.io.stdout.write(JSON.stringify(explain, null, 2) + "\n");
        return;
      }
      const c = colours(ctx.io.stdout, ctx.io.env);
      for (const e of explain) {
        const { line, page } = e.position.start;
        const where = page === null ? `${line}` : `${line} (s. ${page})`;
        // one line a piece: a title block's or a table's lines run together here (the JSON keeps them)
        const flat = e.text.replace(/\s+/gu, " ");
        const text = flat.length > 70 ? `${flat.slice(0, 69)}…` : flat;
        ctx.io.stdout.write(`${where.padStart(10)}  ${c.bold(e.kind.padEnd(18))} ${text}\n${" ".repeat(12)}${c.dim(e.why.join("; "))}\n`);
      }
    });
}
