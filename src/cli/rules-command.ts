/**
 * `jobprofil rules [RULE]`: every rule with its id, default severity, the
 * document kinds it runs on and its one-line description; or one rule's page
 * (docs/rules/RULE.md), which `check --explain RULE` prints too.
 */
import { Option, type Command } from "commander";
import { readRulePage, ruleUrl } from "../check/docs.js";
import { RULES, RULES_BY_ID } from "../check/rules/index.js";
import { EXIT_OK, usageError } from "./io.js";
import type { CommandContext } from "./main.js";

const FORMATS = ["text", "json"] as const;

export function registerRules(program: Command, ctx: CommandContext): void {
  program
    .command("rules")
    .description("list the check rules, or print one rule's page")
    .argument("[rule]", "a rule id: print its page")
    .addOption(new Option("-f, --format <format>", "list format").choices(FORMATS).default("text"))
    .addHelpText(
      "after",
      `
Examples:
  $ jobprofil rules
  $ jobprofil rules missing-section
  $ jobprofil rules --format json`,
    )
    .action(async (id: string | undefined, flags: { format: (typeof FORMATS)[number] }) => {
      const { io } = ctx;
      if (id !== undefined) {
        if (!RULES_BY_ID.has(id)) return void (ctx.exitCode = usageError(io, unknownRule(id)));
        io.stdout.write(await explainRule(id));
      } else io.stdout.write(flags.format === "json" ? ruleListJson() : ruleList());
      ctx.exitCode = EXIT_OK;
    });
}

export const unknownRule = (id: string) => `unknown rule "${id}" (known: ${RULES.map((r) => r.id).join(", ")})`;

/** A rule's page as written, for a terminal or a pager. */
export async function explainRule(id: string): Promise<string> {
  const page = await readRulePage(id);
  return page.endsWith("\n") ? page : page + "\n";
}

function ruleList(): string {
  const rows = RULES.map((r) => [r.id, r.defaultSeverity, r.kinds.join(", "), r.description]);
  const width = (i: number) => Math.max(...rows.map((row) => row[i].length), ["rule", "default", "applies to"][i].length);
  const line = (row: string[]) =>
    [row[0].padEnd(width(0)), row[1].padEnd(width(1)), row[2].padEnd(width(2)), row[3]].join("  ").trimEnd();
  return [line(["rule", "default", "applies to", "description"]), ...rows.map(line), "", "jobprofil rules RULE prints a rule's page."].join("\n") + "\n";
}

function ruleListJson(): string {
  const list = RULES.map((r) => ({
    id: r.id,
    defaultSeverity: r.defaultSeverity,
    kinds: r.kinds,
    description: r.description,
    defaultOptions: r.defaultOptions ?? null,
    url: ruleUrl(r.id),
  }));
  return JSON.stringify(list, null, 2) + "\n";
}
