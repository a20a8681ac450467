/**
 * The check step as a library: rules over a parsed record, configured in
 * layers, reported by the reporters in src/report.
 *
 *   const rules = resolveRules([await loadConfigFile(".jobprofilrc.yaml")]);
 *   const findings = checkRecord(record, rules, "2026-06-01");
 */
export { RULES, RULES_BY_ID } from "./rules/index.js";
export { checkRecord, enabledRuleIds, formatMessage, totals, type Totals } from "./runner.js";
export { readRulePage, ruleUrl } from "./docs.js";
export {
  bindConfig,
  CheckConfig,
  configJsonSchema,
  CONFIG_FILES,
  ConfigError,
  findConfigFile,
  loadConfigFile,
  parseConfigText,
  parseRuleFlag,
  resolveRules,
  type ConfigFile,
  type ResolvedRule,
  type ResolvedRules,
  type RuleLayer,
} from "./config.js";
export {
  defineRule,
  DOCUMENT_KINDS,
  SEVERITIES,
  SEVERITY_SETTINGS,
  type AnyRule,
  type CheckFinding,
  type DocumentKind,
  type FileResult,
  type RuleContext,
  type RuleDefinition,
  type RuleFinding,
  type Severity,
  type SeveritySetting,
} from "./types.js";
