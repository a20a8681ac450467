/** Every check rule, in the order their findings read best. */
import committeeUnnamed from "./committee-unnamed.js";
import dateOrder from "./date-order.js";
import deadlinePassed from "./deadline-passed.js";
import deadlineWeekend from "./deadline-weekend.js";
import emptySection from "./empty-section.js";
import missingContact from "./missing-contact.js";
import missingDeadline from "./missing-deadline.js";
import missingSection from "./missing-section.js";
import missingTerms from "./missing-terms.js";
import unparsedDate from "./unparsed-date.js";
import weekdayMismatch from "./weekday-mismatch.js";
import type { AnyRule } from "../types.js";

export const RULES: readonly AnyRule[] = [
  missingSection,
  emptySection,
  missingDeadline,
  missingContact,
  missingTerms,
  dateOrder,
  unparsedDate,
  weekdayMismatch,
  deadlinePassed,
  deadlineWeekend,
  committeeUnnamed,
];

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((r) => [r.id, r]));
