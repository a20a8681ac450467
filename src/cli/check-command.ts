import type { Command } from "commander";
import type { CommandContext } from "./main.js";

// Placeholder until the check command lands (issue 4).
export function registerCheck(program: Command, ctx: CommandContext): void {
  program
    .command("check")
    .description("completeness and consistency findings, for CI")
    .argument("<file...>")
    .action(() => {
      ctx.io.stderr.write("jobprofil check: not implemented yet\n");
      ctx.exitCode = 1;
    });
}
