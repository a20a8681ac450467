// Only the ReDoS rules: every regular expression in src/ must run in linear
// time on any input (issue 14). No style ruleset on purpose.
import tsParser from "@typescript-eslint/parser";
import regexp from "eslint-plugin-regexp";

export default [
  {
    files: ["src/**/*.ts"],
    languageOptions: { parser: tsParser },
    plugins: { regexp },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "regexp/no-super-linear-backtracking": ["error", { report: "certain" }],
      "regexp/no-super-linear-move": ["error", { report: "certain", ignoreSticky: false, ignorePartial: false }],
    },
  },
];
