import { defineRule } from "../types.js";
import { isDateLike } from "./unparsed-date.js";

export default defineRule({
  id: "missing-deadline",
  description: "No application deadline (ansøgningsfrist) is stated.",
  defaultSeverity: "error",
  kinds: ["profile", "advertisement"],
  messages: {
    missing: "no application deadline (ansøgningsfrist) found",
  },
  check(record) {
    if (record.facts.applicationDeadline !== null) return [];
    // "Ansøgningsfristen er i uge 33" states a deadline the extractor could not
    // resolve: that is unparsed-date's finding, and one defect gets one finding.
    // "Ansøgningsfrist: Snarest muligt" names no time at all: unparsed-date is quiet, so this rule speaks.
    const unresolved = record.warnings.some((w) => w.code === "unparsed-date" && w.role === "deadline" && typeof w.phrase === "string" && isDateLike(w.phrase));
    return unresolved ? [] : [{ messageId: "missing", section: "ansaettelsesproces" }];
  },
});
