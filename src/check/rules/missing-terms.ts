import { defineRule } from "../types.js";

export default defineRule({
  id: "missing-terms",
  description: "Neither a salary nor the form of employment (kontrakt, åremål, overenskomst, tjenestemand) is stated.",
  defaultSeverity: "error",
  kinds: ["profile", "advertisement"],
  messages: {
    missing: "neither salary nor form of employment (kontrakt, åremål, overenskomst) stated",
  },
  check(record) {
    const { salary, employmentTerms } = record.facts;
    return salary === null && employmentTerms.length === 0 ? [{ messageId: "missing" }] : [];
  },
});
