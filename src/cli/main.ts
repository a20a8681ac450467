/**
 * The command line: a thin shell over the library that returns an exit code
 * and never calls process.exit, so tests can run it in-process.
 */
import { Command, CommanderError } from "commander";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Io } from "./io.js";
import { escapeControls } from "./escape.js";
import { registerParse } from "./parse-command.js";
import { registerSchema } from "./schema-command.js";
import { registerCheck } from "./check-command.js";
import { registerCompare } from "./compare-command.js";
import { registerExplain } from "./explain-command.js";
import { registerRules } from "./rules-command.js";

export const VERSION = "0.1.0";

/** A command's action sets the exit code here; commander only parses. */
export interface CommandContext {
  io: Io;
  exitCode: number;
}

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command();
  program
    .name("jobprofil")
    .description(
      "Read Danish job- og personprofiler (PDF, text, Markdown) into a validated record,\n" +
        "check them before they are published, and compare many side by side.",
    )
    .version(VERSION, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
    })
    .addHelpText(
      "after",
      `
Examples:
  $ jobprofil parse profil.pdf                  one record as JSON on stdout
  $ jobprofil parse profil.pdf --format md      a summary to paste into a mail
  $ jobprofil parse *.pdf --out records/        one file per input
  $ cat profil.txt | jobprofil parse -          read stdin
  $ jobprofil check profil.pdf --format github  annotations for a CI job
  $ jobprofil compare profiler/ --format csv    one row per vacancy
  $ jobprofil rules                             the check rules; jobprofil rules ID explains one
  $ jobprofil explain opslag.txt                why each piece of text got its section kind
  $ jobprofil schema > record.schema.json

Exit codes: 0 all well, 1 findings of severity error or an input that could
not be read (the others are still processed), 2 usage error.`,
    );
  registerParse(program, ctx);
  registerCheck(program, ctx);
  registerCompare(program, ctx);
  registerRules(program, ctx);
  registerSchema(program, ctx);
  registerExplain(program, ctx);
  return program;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const ctx: CommandContext = { io, exitCode: EXIT_OK };
  const program = buildProgram(ctx);
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help")
        return EXIT_OK;
      return EXIT_USAGE;
    }
    // A bug, not a bad input: say so in one line, with the stack only on request.
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`jobprofil: internal error: ${escapeControls(message)}\n`);
    if (io.env.JOBPROFIL_DEBUG && err instanceof Error && err.stack) io.stderr.write(err.stack + "\n");
    return EXIT_FAILURE;
  }
}
