import type { Command } from "commander";
import type { CommandContext } from "./main.js";

// Placeholder until the compare command lands (issue 5).
export function registerCompare(program: Command, ctx: CommandContext): void {
  program
    .command("compare")
    .description("one row per vacancy, side by side")
    .argument("<file...>")
    .action(() => {
      ctx.io.stderr.write("jobprofil compare: not implemented yet\n");
      ctx.exitCode = 1;
    });
}
