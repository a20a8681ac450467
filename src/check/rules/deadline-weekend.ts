import { z } from "zod";
import { positionOf } from "../evidence.js";
import { dayOf, isoWeekday, parseDay } from "../dates.js";
import { danishHoliday } from "../holidays.js";
import { ruleOptions } from "../options.js";
import { defineRule } from "../types.js";

export default defineRule({
  id: "deadline-weekend",
  description: "The application deadline falls on a Saturday, a Sunday or a Danish public holiday.",
  defaultSeverity: "warn",
  kinds: ["profile", "advertisement"],
  messages: {
    weekend: "application deadline {{deadline}} is a {{day}}",
    holiday: "application deadline {{deadline}} is a public holiday ({{holiday}})",
  },
  options: ruleOptions({
    /** Also flag grundlovsdag, juleaftensdag and nytårsaftensdag, when public offices close by custom. */
    customary: z.boolean({ error: "expected true or false" }),
  }),
  defaultOptions: { customary: true },
  check(record, { options }) {
    const deadline = record.facts.applicationDeadline;
    if (deadline === null || !parseDay(dayOf(deadline))) return [];
    const day = dayOf(deadline);
    const at = { section: "ansaettelsesproces" as const, position: positionOf(record, "applicationDeadline") };
    const holiday = danishHoliday(day, { customary: options.customary });
    if (holiday) return [{ messageId: "holiday", data: { deadline: day, holiday }, ...at }];
    const weekday = isoWeekday(day);
    if (weekday >= 6) return [{ messageId: "weekend", data: { deadline: day, day: weekday === 6 ? "Saturday" : "Sunday" }, ...at }];
    return [];
  },
});
