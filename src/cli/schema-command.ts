import type { Command } from "commander";
import { recordJsonSchema } from "../schemas/record.js";
import type { CommandContext } from "./main.js";

export function registerSchema(program: Command, ctx: CommandContext): void {
  program
    .command("schema")
    .description("print the JSON Schema of the record, generated from the zod schema")
    .action(() => {
      ctx.io.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + "\n");
    });
}
