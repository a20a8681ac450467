/**
 * What a check rule is and what it reports. Rules see the parsed record and
 * say what is wrong by message id; the runner decides how much it matters
 * (severity comes from configuration, never from inside a rule) and turns
 * message ids into words.
 */
import type { z } from "zod";
import type { Position, ProfileRecord, SectionKind } from "../schemas/record.js";

export const SEVERITIES = ["error", "warn"] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_SETTINGS = ["off", ...SEVERITIES] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

/** What a rule reports: a message id with its data, and where. */
export interface RuleFinding {
  messageId: string;
  data?: Record<string, string | number>;
  /** The section kind the finding is about (for missing-section: the missing one). */
  section?: SectionKind;
  position?: Position | null;
}

export interface RuleContext<Options> {
  /** The day "now" is, as YYYY-MM-DD, so that CI runs are reproducible (`--today`). */
  today: string;
  options: Options;
}

/** What a document is, as `parse` decides it: a job- og personprofil or a short advertisement. */
export const DOCUMENT_KINDS = ["profile", "advertisement"] as const satisfies readonly ProfileRecord["kind"][];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface RuleDefinition<Options = undefined> {
  id: string;
  /** One line, for `jobprofil rules`, `--help` and SARIF; the rule's page (docs/rules/ID.md) says the rest. */
  description: string;
  defaultSeverity: Severity;
  /** The kinds of document the rule runs on; the runner skips it for the others. */
  kinds: readonly DocumentKind[];
  /** Message templates by id; `{{name}}` is filled from the finding's data. */
  messages: Record<string, string>;
  /** Validates the options a configuration passes; absent for rules without options. */
  options?: z.ZodType<Options>;
  defaultOptions?: Options;
  check(record: ProfileRecord, context: RuleContext<Options>): RuleFinding[];
}

/** The type of a rule whose options are not known at the call site (the registry, the runner). */
export type AnyRule = RuleDefinition<any>;

/** Identity, for type inference and so a rule file reads as metadata first. */
export function defineRule<Options = undefined>(rule: RuleDefinition<Options>): RuleDefinition<Options> {
  return rule;
}

/** A finding as users see it: rule id, severity, words, place. */
export interface CheckFinding {
  rule: string;
  severity: Severity;
  message: string;
  section?: SectionKind;
  line?: number;
  page?: number | null;
}

/** One checked file: what every reporter receives. */
export interface FileResult {
  file: string;
  findings: CheckFinding[];
  /** The rule ids that ran on this file (not "off"), so JUnit can list the passes too. */
  rules: string[];
}
