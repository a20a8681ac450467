import { z } from "zod";
import { oneOf, ruleOptions } from "../options.js";
import { SectionKind, type Warning } from "../../schemas/record.js";
import { MONTHS, SEASONS, WEEKDAYS, wordPattern } from "../../vocabulary/dates.js";
import { defineRule, type RuleFinding } from "../types.js";

/**
 * The facts extractor leaves a warning for every date-like phrase it could
 * not resolve to a day; this rule lifts those warnings into findings. Vague
 * phrases ("primo marts", warning code "approximate-date") are stated on
 * purpose by the document, so they only count when configured.
 */
export const DEFAULT_UNPARSED_CODES: DateWarningCode[] = ["unparsed-date"];
/** The record's warning codes this rule can lift: the extractor's unresolved dates, and vague ones. */
export const DATE_WARNING_CODES = ["unparsed-date", "approximate-date"] as const;
type DateWarningCode = (typeof DATE_WARNING_CODES)[number];

// "uge 35", "primo september", "i løbet af foråret", "den 31. juni" name a time; "snarest muligt"
// or "efter aftale" name none, so leaving them unresolved is no defect.
const CALENDAR_WORD = wordPattern([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...SEASONS, "uge", "ugen"].join("|"));
export function isDateLike(phrase: string): boolean {
  return /\d/u.test(phrase) || phrase.search(CALENDAR_WORD) >= 0;
}

/** What the date was for, when the extractor knows ("role" on its warning). */
const ROLE_WHAT: Record<string, string> = {
  deadline: "application deadline",
  interview: "interview date",
  start: "start date",
};

const phraseOf = (w: Warning) => (typeof w.phrase === "string" && w.phrase !== "" ? w.phrase : null);

export default defineRule({
  id: "unparsed-date",
  description: "A date-like phrase in the process could not be resolved to a date.",
  defaultSeverity: "error",
  kinds: ["profile", "advertisement"],
  messages: {
    unparsed: 'date-like phrase "{{text}}" could not be resolved to a date',
    unparsedRole: '{{what}} "{{text}}" could not be resolved to a date',
    unparsedNoText: "a date-like phrase could not be resolved to a date: {{reason}}",
  },
  options: ruleOptions({
    /** Warning codes that count, e.g. ["unparsed-date", "approximate-date"]. */
    codes: z.array(oneOf(DATE_WARNING_CODES)).min(1, { error: "name at least one warning code" }),
  }),
  defaultOptions: { codes: DEFAULT_UNPARSED_CODES },
  check(record, { options }) {
    return record.warnings
      .filter((w) => (options.codes as string[]).includes(w.code))
      .filter((w) => phraseOf(w) === null || isDateLike(phraseOf(w)!))
      .map((w): RuleFinding => {
        const section = SectionKind.safeParse(w.section);
        // The extractor names the phrase itself in `phrase`; `text` is its whole sentence.
        const text = phraseOf(w) ?? w.text;
        const what = typeof w.role === "string" ? ROLE_WHAT[w.role] : undefined;
        const message: Pick<RuleFinding, "messageId" | "data"> = !text
          ? { messageId: "unparsedNoText", data: { reason: w.message } }
          : what
            ? { messageId: "unparsedRole", data: { text, what } }
            : { messageId: "unparsed", data: { text } };
        return {
          ...message,
          ...(section.success ? { section: section.data } : {}),
          position: w.position ?? null,
        };
      });
  },
});
