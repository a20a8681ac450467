/**
 * The check step as a library: rules over a parsed record, configured in
 * layers, reported by the reporters in src/report.
 *
 *   const rules = resolveRules([await loadConfigFile(".jobprofilrc.yaml")]);
 *   const findings = checkRecord(record, rules, "2026-06-01");
 */
export { RULES, RULES_BY_ID } from "./rules/index.js";
export { checkRecord, enabledRuleIds, formatMessage, totals, type Totals } from "./runner.js";
export {
  CheckConfig,
  CONFIG_FILES,
  ConfigError,
  findConfigFile,
  loadConfigFile,
  parseConfigText,
  parseRuleFlag,
  resolveRules,
  type ResolvedRule,
  type ResolvedRules,
  type RuleLayer,
} from "./config.js";
export {
  defineRule,
  SEVERITIES,
  SEVERITY_SETTINGS,
  type AnyRule,
  type CheckFinding,
  type FileResult,
  type RuleContext,
  type RuleDefinition,
  type RuleFinding,
  type Severity,
  type SeveritySetting,
} from "./types.js";
