/**
 * A rule page (docs/rules/ID.md) read as data: the parts that must agree with
 * the rule's metadata, and its examples. The test that holds pages and rules
 * together reads pages with this, and so does nothing else.
 */
export interface RulePage {
  title: string;
  description: string;
  /** The cells of the metadata table's one row: default severity, kinds, options. */
  table: { severity: string; kinds: string[]; options: string[] };
  headings: string[];
  /** Fenced examples: ```text fires / ```text passes. */
  examples: { fires: boolean; text: string }[];
  /** Fenced ```yaml blocks: configurations to validate. */
  configs: string[];
}

const FENCE = /^```([^\n]*)\n([\s\S]*?)^```$/gmu;

export function readPage(markdown: string): RulePage {
  const lines = markdown.split("\n");
  const title = (lines.find((l) => l.startsWith("# ")) ?? "").slice(2).trim();
  const afterTitle = lines.slice(lines.findIndex((l) => l.startsWith("# ")) + 1);
  const description = afterTitle.find((l) => l.trim() !== "")?.trim() ?? "";
  const row = lines.find((l) => l.startsWith("| `")) ?? "";
  const [severity = "", kinds = "", options = ""] = row
    .split("|")
    .slice(1, -1)
    .map((c) => c.trim());
  const examples: RulePage["examples"] = [];
  const configs: string[] = [];
  for (const m of markdown.matchAll(FENCE)) {
    const info = m[1].trim();
    if (info === "text fires" || info === "text passes") examples.push({ fires: info === "text fires", text: m[2] });
    else if (info === "yaml") configs.push(m[2]);
  }
  return {
    title,
    description,
    table: {
      severity: severity.replace(/`/gu, ""),
      kinds: kinds.split(",").map((k) => k.trim()).filter(Boolean),
      options: options === "none" ? [] : options.split(",").map((o) => o.trim().replace(/`/gu, "")),
    },
    headings: lines.filter((l) => l.startsWith("## ")).map((l) => l.slice(3).trim()),
    examples,
    configs,
  };
}
