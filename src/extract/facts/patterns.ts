/**
 * Every regular expression the fact extractors run on document text, by
 * name, so that `test/redos.test.ts` can feed each one adversarial input.
 * A pattern added to an extractor belongs here too.
 */
import { DATE_CUES, ROUND_MENTION, ROUND_MENTION_AFTER, ROUND_PAIR_MENTION } from "../../vocabulary/dates.js";
import {
  APPLICATION_WORD,
  COMMITTEE_CUE,
  COMMITTEE_LIST_CUE,
  CONTACT_CUE,
  NOT_NAME_ENDINGS,
  RECEIVER_CUE,
  ROLE_WORDS,
  SEND_WORD,
} from "../../vocabulary/roles.js";
import {
  EMPLOYMENT_TERM_WORDS,
  NOT_PAY_AFTER,
  NOT_PAY_BEFORE,
  PAY_WORDS,
  PENSION_WORDS,
  PERIOD_MONTH,
  PERIOD_YEAR,
  SALARY_SCALE,
  SECONDARY_TERM_CUES,
  STRONG_TERMS_CONTEXT,
  TERMS_CONTEXT,
  WEAK_PAY_WORDS,
} from "../../vocabulary/terms.js";
import { TEST_CONTEXT, TEST_NAMES } from "../../vocabulary/tests.js";
import { ROLE_PATTERNS } from "./date-roles.js";
import { DATE_PATTERNS } from "./dates.js";
import { PAY_PATTERNS } from "./pay.js";
import { PEOPLE_PATTERNS } from "./people.js";
import { SENTENCE_END } from "../../normalise/sentences.js";

export function factPatterns(): [string, RegExp][] {
  return [
    ...Object.entries(DATE_PATTERNS),
    ...Object.entries(ROLE_PATTERNS),
    ...DATE_CUES.map((c, i): [string, RegExp] => [`DATE_CUES[${i}] (${c.role})`, c.pattern]),
    ["ROUND_MENTION", ROUND_MENTION],
    ["ROUND_MENTION_AFTER", ROUND_MENTION_AFTER],
    ["ROUND_PAIR_MENTION", ROUND_PAIR_MENTION],
    ...Object.entries(PAY_PATTERNS),
    ...EMPLOYMENT_TERM_WORDS.map((t): [string, RegExp] => [`EMPLOYMENT_TERM_WORDS ${t.term}`, t.pattern]),
    ...Object.entries({ NOT_PAY_AFTER, NOT_PAY_BEFORE, PAY_WORDS, WEAK_PAY_WORDS, PENSION_WORDS, PERIOD_MONTH, PERIOD_YEAR, SALARY_SCALE, SECONDARY_TERM_CUES, STRONG_TERMS_CONTEXT, TERMS_CONTEXT }),
    ...Object.entries(PEOPLE_PATTERNS),
    ...Object.entries({ APPLICATION_WORD, COMMITTEE_CUE, COMMITTEE_LIST_CUE, CONTACT_CUE, NOT_NAME_ENDINGS, RECEIVER_CUE, ROLE_WORDS, SEND_WORD }),
    ...TEST_NAMES.map((t): [string, RegExp] => [`TEST_NAMES ${t.name}`, t.pattern]),
    ...TEST_NAMES.flatMap((t): [string, RegExp][] => (t.vendor ? [[`TEST_NAMES ${t.name} vendor`, t.vendor.pattern]] : [])),
    ["TEST_CONTEXT", TEST_CONTEXT],
    ["SENTENCE_END", SENTENCE_END],
  ];
}
