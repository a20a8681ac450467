import { evidenceFor, positionOf } from "../evidence.js";
import { addDays, dayOf, lastOfMonth } from "../dates.js";
import { defineRule, type RuleFinding } from "../types.js";

// Days are compared without their times: an interview later on the deadline's
// own day is odd but no contradiction, and most documents give no time. A date
// of week precision ("samtaler i uge 33", given as its Monday) is before
// another only when all of its week is (a round's week only when all its
// working days are), and one of month precision ("Tiltrædelse: juni 2027",
// given as the 1st) when all of its month is: its evidence says which it is.
/** Days from a week's Monday to its Sunday, and to its Friday: "samtaler i uge 16" before a Sunday deadline of that week are before it. */
const WEEK_END = 6;
const WORKING_WEEK_END = 4;

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
    /** The last day a fact's date covers; for a round, the last working day of its week (no round is held on a Sunday). */
    const last = (fact: string, day: string, lastDayOfWeek = WEEK_END) => {
      const precision = evidenceFor(record, fact)?.precision;
      return precision === "week" ? addDays(day, lastDayOfWeek) : precision === "month" ? lastOfMonth(day) : day;
    };
    const startEnd = start && last("startDate", start);
    const roundEnds = rounds.map((d, i) => last(`interviewDates[${i}]`, d, WORKING_WEEK_END));

    if (startEnd && deadline && startEnd < deadline)
      out.push({
        messageId: "startBeforeDeadline",
        data: { start, deadline },
        section: "ansaettelsesproces",
        position: positionOf(record, "startDate"),
      });
    rounds.forEach((interview, i) => {
      const at = { section: "ansaettelsesproces" as const, position: positionOf(record, `interviewDates[${i}]`) };
      if (deadline && roundEnds[i] < deadline)
        out.push({ messageId: "interviewBeforeDeadline", data: { round: i + 1, interview, deadline }, ...at });
      if (i > 0 && roundEnds[i] < rounds[i - 1])
        out.push({
          messageId: "roundsOutOfOrder",
          data: { round: i + 1, interview, previous: i, previousDate: rounds[i - 1] },
          ...at,
        });
    });
    // A start before the deadline already says the start is wrong; naming every round it also precedes adds nothing.
    if (start && startEnd && !(deadline && startEnd < deadline)) {
      const latest = rounds.reduce<number>((best, d, i) => (best < 0 || d > rounds[best] ? i : best), -1);
      if (latest >= 0 && startEnd < rounds[latest])
        out.push({
          messageId: "startBeforeInterview",
          data: { start, round: latest + 1, interview: rounds[latest] },
          section: "ansaettelsesproces",
          position: positionOf(record, "startDate"),
        });
    }
    return out;
  },
});
