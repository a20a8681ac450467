import { positionOf } from "../evidence.js";
import { dayOf } from "../dates.js";
import { defineRule } from "../types.js";

// A warning by default: archived profiles are checked too, and their
// deadlines are all past. A team that gates publication sets it to "error".
export default defineRule({
  id: "deadline-passed",
  description: "The application deadline is before today (--today, default the current date).",
  defaultSeverity: "warn",
  kinds: ["profile", "advertisement"],
  messages: {
    passed: "application deadline {{deadline}} has passed (today is {{today}})",
  },
  check(record, { today }) {
    const deadline = record.facts.applicationDeadline;
    if (deadline === null || dayOf(deadline) >= today) return [];
    return [
      {
        messageId: "passed",
        data: { deadline: dayOf(deadline), today },
        section: "ansaettelsesproces",
        position: positionOf(record, "applicationDeadline"),
      },
    ];
  },
});
