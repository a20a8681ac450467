import { positionOf } from "../evidence.js";
import { dayOf } from "../dates.js";
import { defineRule, type RuleFinding } from "../types.js";

// Days are compared without their times: an interview later on the deadline's
// own day is odd but no contradiction, and most documents give no time.
export default defineRule({
  id: "date-order",
  description: "The dates contradict each other: a start or an interview before the deadline, or interview rounds out of order.",
  defaultSeverity: "error",
  kinds: ["profile", "advertisement"],
  messages: {
    startBeforeDeadline: "start date {{start}} is before the application deadline {{deadline}}",
    interviewBeforeDeadline: "interview round {{round}} on {{interview}} is before the application deadline {{deadline}}",
    roundsOutOfOrder: "interview round {{round}} on {{interview}} is before round {{previous}} on {{previousDate}}",
    startBeforeInterview: "start date {{start}} is before interview round {{round}} on {{interview}}",
  },
  check(record) {
    const { applicationDeadline, interviewDates, startDate } = record.facts;
    const out: RuleFinding[] = [];
    const deadline = applicationDeadline && dayOf(applicationDeadline);
    const start = startDate && dayOf(startDate);
    const rounds = interviewDates.map(dayOf);

    if (start && deadline && start < deadline)
      out.push({
        messageId: "startBeforeDeadline",
        data: { start, deadline },
        section: "ansaettelsesproces",
        position: positionOf(record, "startDate"),
      });
    rounds.forEach((interview, i) => {
      const at = { section: "ansaettelsesproces" as const, position: positionOf(record, `interviewDates[${i}]`) };
      if (deadline && interview < deadline)
        out.push({ messageId: "interviewBeforeDeadline", data: { round: i + 1, interview, deadline }, ...at });
      if (i > 0 && interview < rounds[i - 1])
        out.push({
          messageId: "roundsOutOfOrder",
          data: { round: i + 1, interview, previous: i, previousDate: rounds[i - 1] },
          ...at,
        });
    });
    // A start before the deadline already says the start is wrong; naming every round it also precedes adds nothing.
    if (start && !(deadline && start < deadline)) {
      const last = rounds.reduce<number>((best, d, i) => (best < 0 || d > rounds[best] ? i : best), -1);
      if (last >= 0 && start < rounds[last])
        out.push({
          messageId: "startBeforeInterview",
          data: { start, round: last + 1, interview: rounds[last] },
          section: "ansaettelsesproces",
          position: positionOf(record, "startDate"),
        });
    }
    return out;
  },
});
