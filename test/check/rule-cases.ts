/**
 * Each rule's spec: records it must accept and records it must reject, with
 * what it must say. rules.test.ts fails when a rule has no entry here, or an
 * entry without both a valid and an invalid case.
 */
import type { ProfileRecord } from "../../src/schemas/record.js";
import { at, CLEAN_EVIDENCE, CLEAN_SECTIONS, record, section, withoutSection } from "./helpers.js";

export interface ValidCase {
  name: string;
  record: ProfileRecord;
  options?: Record<string, unknown>;
  today?: string;
}
export interface InvalidCase extends ValidCase {
  /** The findings, in order: each field given must match. */
  expect: { message?: string | RegExp; section?: string; line?: number }[];
}
export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const evidenceWith = (fact: string, text: string, line = 33) => [
  ...CLEAN_EVIDENCE.filter((e) => e.fact !== fact),
  { fact, text, section: "ansaettelsesproces" as const, position: at(line) },
];

/** The evidence of a date fact of week precision ("uge 33", given as its Monday). */
const weekOf = (fact: string, text: string, line: number) =>
  evidenceWith(fact, text, line).map((e) => (e.fact === fact ? { ...e, precision: "week" as const } : e));
/** The evidence of a start of month precision ("Tiltrædelse: august 2026", given as its first day). */
const monthOf = (fact: string, text: string, line: number) =>
  evidenceWith(fact, text, line).map((e) => (e.fact === fact ? { ...e, precision: "month" as const } : e));

export const CASES: Record<string, RuleCases> = {
  "missing-section": {
    valid: [
      { name: "all three required sections", record: record() },
      { name: "a profile with only the job and the person, when only those are required", record: record({ sections: withoutSection("ansaettelsesproces") }), options: { required: ["jobprofil", "personprofil"] } },
      { name: "an advertisement with only a process section", record: record({ kind: "advertisement", sections: [section("ansaettelsesproces", null, ["Ansøgningsfristen er den 12. august 2026."], 5)] }) },
      {
        name: "a profile without a process section, when the profile's list leaves it out",
        record: record({ sections: withoutSection("ansaettelsesproces") }),
        options: { required: { profile: ["jobprofil", "personprofil"] } },
      },
      { name: "an advertisement with no sections, when an advertisement requires none", record: record({ kind: "advertisement", sections: [] }), options: { required: { advertisement: [] } } },
    ],
    invalid: [
      { name: "no jobprofil", record: record({ sections: withoutSection("jobprofil") }), expect: [{ section: "jobprofil", message: /"jobprofil"/u }] },
      {
        name: "an advertisement without a process section (job and person need not be split out)",
        record: record({ kind: "advertisement", sections: CLEAN_SECTIONS.filter((s) => !["jobprofil", "personprofil", "ansaettelsesproces"].includes(s.kind)) }),
        expect: [{ section: "ansaettelsesproces" }],
      },
      {
        name: "an advertisement without job and person sections, under the flat list that applies to every kind",
        record: record({ kind: "advertisement", sections: CLEAN_SECTIONS.filter((s) => !["jobprofil", "personprofil"].includes(s.kind)) }),
        options: { required: ["jobprofil", "personprofil", "ansaettelsesproces"] },
        expect: [{ section: "jobprofil" }, { section: "personprofil" }],
      },
      {
        name: "an advertisement's own list, the profile's default untouched",
        record: record({ kind: "advertisement", sections: withoutSection("vilkaar") }),
        options: { required: { advertisement: ["ansaettelsesproces", "vilkaar"] } },
        expect: [{ section: "vilkaar" }],
      },
      { name: "no process section", record: record({ sections: withoutSection("ansaettelsesproces") }), expect: [{ section: "ansaettelsesproces" }] },
      { name: "a configured extra requirement", record: record(), options: { required: ["bilag"] }, expect: [{ section: "bilag" }] },
      { name: "no sections at all", record: record({ sections: [] }), expect: [{ section: "jobprofil" }, { section: "personprofil" }, { section: "ansaettelsesproces" }] },
    ],
  },
  "missing-deadline": {
    valid: [
      { name: "a deadline", record: record() },
      { name: "a deadline with a time", record: record({ facts: { applicationDeadline: "2026-08-12T12:00" } }) },
      {
        name: "a deadline stated but unresolved (unparsed-date reports it)",
        record: record({ facts: { applicationDeadline: null }, warnings: [{ code: "unparsed-date", message: "x", phrase: "uge 33", role: "deadline" }] }),
      },
    ],
    invalid: [
      { name: "no deadline", record: record({ facts: { applicationDeadline: null } }), expect: [{ message: /application deadline/u }] },
      {
        name: "no deadline, and an unresolved phrase about something else",
        record: record({ facts: { applicationDeadline: null }, warnings: [{ code: "unparsed-date", message: "x", phrase: "uge 40", role: "start" }] }),
        expect: [{ message: /application deadline/u }],
      },
      {
        // "Ansøgningsfrist: Snarest muligt" names no time, so unparsed-date stays quiet and this rule must not
        name: "a deadline that names no time (\"snarest muligt\")",
        record: record({ facts: { applicationDeadline: null }, warnings: [{ code: "unparsed-date", message: "x", phrase: "Snarest muligt", role: "deadline" }] }),
        expect: [{ message: /application deadline/u }],
      },
    ],
  },
  "missing-contact": {
    valid: [
      { name: "a contact with phone and e-mail", record: record() },
      { name: "a contact with only a phone", record: record({ facts: { contacts: [{ name: "A B", role: null, phone: "12345678", email: null }] } }) },
      { name: "a contact with only an e-mail", record: record({ facts: { contacts: [{ name: null, role: null, phone: null, email: "job@x.dk" }] } }) },
      {
        name: "one reachable contact among unreachable ones",
        record: record({ facts: { contacts: [{ name: "A B", role: null, phone: null, email: null }, { name: "C D", role: null, phone: "12345678", email: null }] } }),
      },
    ],
    invalid: [
      { name: "no contacts", record: record({ facts: { contacts: [] } }), expect: [{ message: /no contact/u }] },
      {
        name: "a named contact without phone or e-mail",
        record: record({ facts: { contacts: [{ name: "Lasse Jacobsen", role: "direktør", phone: null, email: null }] } }),
        expect: [{ message: /Lasse Jacobsen has neither/u }],
      },
    ],
  },
  "missing-terms": {
    valid: [
      { name: "salary and terms", record: record() },
      { name: "terms without salary", record: record({ facts: { salary: null, employmentTerms: ["overenskomst"] } }) },
      { name: "salary without terms", record: record({ facts: { employmentTerms: [] } }) },
    ],
    invalid: [{ name: "neither", record: record({ facts: { salary: null, employmentTerms: [] } }), expect: [{ message: /neither salary nor/u }] }],
  },
  "date-order": {
    valid: [
      { name: "deadline, rounds, start in order", record: record() },
      { name: "an interview on the deadline's own day, later", record: record({ facts: { applicationDeadline: "2026-08-18T09:00", interviewDates: ["2026-08-18", "2026-08-27"] } }) },
      { name: "no deadline to compare with", record: record({ facts: { applicationDeadline: null, startDate: "2026-01-01", interviewDates: [] } }) },
      { name: "a start with no dates around it", record: record({ facts: { applicationDeadline: null, interviewDates: [] } }) },
      {
        name: "interviews in the deadline's week (\"samtaler i uge 33\", week precision)",
        record: record({ facts: { interviewDates: ["2026-08-10", "2026-08-27"] }, evidence: weekOf("interviewDates[0]", "Samtaler i uge 33.", 34) }),
      },
      {
        name: "a start in the last interview's month (\"Tiltrædelse: august 2026\", month precision)",
        record: record({ facts: { startDate: "2026-08-01" }, evidence: monthOf("startDate", "Tiltrædelse: august 2026.", 36) }),
      },
    ],
    invalid: [
      {
        name: "start before the deadline (the 2010 profile's 1. februar)",
        record: record({ facts: { applicationDeadline: "2010-12-02T09:00", interviewDates: ["2010-12-08", "2010-12-14"], startDate: "2010-02-01" } }),
        expect: [{ message: "start date 2010-02-01 is before the application deadline 2010-12-02", line: 36 }],
      },
      {
        name: "an interview before the deadline",
        record: record({ facts: { interviewDates: ["2026-08-10", "2026-08-27"] } }),
        expect: [{ message: /interview round 1 on 2026-08-10 is before the application deadline/u, line: 34 }],
      },
      {
        name: "an interview week wholly before the deadline",
        record: record({ facts: { interviewDates: ["2026-08-03", "2026-08-27"] }, evidence: weekOf("interviewDates[0]", "Samtaler i uge 32.", 34) }),
        expect: [{ message: /interview round 1 on 2026-08-03 is before the application deadline/u, line: 34 }],
      },
      {
        name: "an interview week whose working days are all before a Sunday deadline of that week",
        record: record({ facts: { applicationDeadline: "2026-08-16", interviewDates: ["2026-08-10", "2026-08-27"] }, evidence: weekOf("interviewDates[0]", "Samtaler i uge 33.", 34) }),
        expect: [{ message: /interview round 1 on 2026-08-10 is before the application deadline 2026-08-16/u, line: 34 }],
      },
      {
        name: "a start month wholly before the deadline",
        record: record({ facts: { startDate: "2026-07-01" }, evidence: monthOf("startDate", "Tiltrædelse: juli 2026.", 36) }),
        expect: [{ message: /start date 2026-07-01 is before the application deadline/u, line: 36 }],
      },
      {
        name: "rounds out of order",
        record: record({ facts: { interviewDates: ["2026-08-27", "2026-08-18"] } }),
        expect: [{ message: /round 2 on 2026-08-18 is before round 1/u, line: 35 }],
      },
      {
        name: "start between the rounds",
        record: record({ facts: { startDate: "2026-08-20" } }),
        expect: [{ message: /start date 2026-08-20 is before interview round 2/u }],
      },
    ],
  },
  "unparsed-date": {
    valid: [
      { name: "no warnings", record: record() },
      { name: "another warning code", record: record({ warnings: [{ code: "date-order", message: "x", text: "y" }] }) },
      { name: "a phrase that names no time (\"snarest muligt\")", record: record({ warnings: [{ code: "unparsed-date", message: "x", text: "Tiltrædelse snarest muligt.", phrase: "snarest muligt" }] }) },
      { name: "a vague date, by default", record: record({ warnings: [{ code: "approximate-date", message: "primo marts", text: "primo marts" }] }) },
      { name: "a season, by default", record: record({ warnings: [{ code: "approximate-date", message: "m", phrase: "i løbet af foråret", role: "start" }] }) },
    ],
    invalid: [
      {
        name: "an unresolved phrase",
        record: record({
          warnings: [{ code: "unparsed-date", message: "x", position: at(37), text: "Samtaler i uge 34.", phrase: "uge 34", section: "ansaettelsesproces" }],
        }),
        expect: [{ message: 'date-like phrase "uge 34" could not be resolved to a date', line: 37, section: "ansaettelsesproces" }],
      },
      {
        name: "a month without a day",
        record: record({ warnings: [{ code: "unparsed-date", message: "x", text: "Tiltrædelse primo september.", phrase: "primo september" }] }),
        expect: [{ message: /"primo september"/u }],
      },
      {
        name: "an impossible date",
        record: record({ warnings: [{ code: "unparsed-date", message: "x", phrase: "den 31. juni" }] }),
        expect: [{ message: /"den 31\. juni"/u }],
      },
      {
        name: "a deadline in a week, named as the deadline",
        record: record({ warnings: [{ code: "unparsed-date", message: "x", phrase: "uge 33", role: "deadline" }] }),
        expect: [{ message: 'application deadline "uge 33" could not be resolved to a date' }],
      },
      {
        name: "a warning without its phrase keeps the extractor's reason",
        record: record({ warnings: [{ code: "unparsed-date", message: "no day named" }] }),
        expect: [{ message: /no day named/u }],
      },
      {
        name: "vague dates, when configured",
        record: record({ warnings: [{ code: "approximate-date", message: "m", text: "primo marts" }] }),
        options: { codes: ["unparsed-date", "approximate-date"] },
        expect: [{ message: /primo marts/u }],
      },
      {
        name: "a season, when configured",
        record: record({ warnings: [{ code: "approximate-date", message: "m", text: "Tiltrædelse i løbet af foråret.", phrase: "i løbet af foråret", role: "start" }] }),
        options: { codes: ["unparsed-date", "approximate-date"] },
        expect: [{ message: 'start date "i løbet af foråret" could not be resolved to a date' }],
      },
    ],
  },
  "weekday-mismatch": {
    valid: [
      { name: "weekdays that match", record: record() },
      { name: "the 2010 profile's torsdag den 2. december 2010", record: record({ facts: { applicationDeadline: "2010-12-02T09:00", interviewDates: [], startDate: null }, evidence: evidenceWith("applicationDeadline", "Ansøgningsfristen udløber torsdag den 2. december 2010 kl. 9.00") }) },
      { name: "no weekday named", record: record({ evidence: evidenceWith("applicationDeadline", "Ansøgningsfristen er den 12. august 2026.") }) },
      { name: "a weekday belonging to another date in the sentence", record: record({ evidence: evidenceWith("interviewDates[0]", "Udvalget mødes mandag den 10. august, og samtalerne er tirsdag den 18. august.", 34) }) },
      { name: "a weekday that is no weekday word (\"mandagsmøde\")", record: record({ evidence: evidenceWith("applicationDeadline", "Frist: mandagsmøde 12. august") }) },
    ],
    invalid: [
      {
        name: "onsdag for a Thursday",
        record: record({ facts: { applicationDeadline: "2010-12-02", interviewDates: [], startDate: null }, evidence: evidenceWith("applicationDeadline", "Ansøgningsfristen er onsdag den 2. december 2010.") }),
        expect: [{ message: /"onsdag den 2\." does not match 2010-12-02, which is a torsdag/u, line: 33 }],
      },
      {
        name: "\"d.\" and a capital weekday",
        record: record({ evidence: evidenceWith("interviewDates[0]", "Første samtale: Mandag d. 18. august.", 34) }),
        expect: [{ message: /Mandag den 18\..*tirsdag/u, line: 34 }],
      },
    ],
  },
  "deadline-passed": {
    valid: [
      { name: "a deadline ahead", record: record() },
      { name: "a deadline today", record: record(), today: "2026-08-12" },
      { name: "no deadline", record: record({ facts: { applicationDeadline: null } }), today: "2030-01-01" },
    ],
    invalid: [
      { name: "a deadline a day ago", record: record(), today: "2026-08-13", expect: [{ message: "application deadline 2026-08-12 has passed (today is 2026-08-13)", line: 33 }] },
    ],
  },
  "deadline-weekend": {
    valid: [
      { name: "a Wednesday", record: record() },
      { name: "the Tuesday after pinse (2023-05-30)", record: record({ facts: { applicationDeadline: "2023-05-30" } }) },
      { name: "store bededag after its abolition (2024-04-26)", record: record({ facts: { applicationDeadline: "2024-04-26" } }) },
      { name: "grundlovsdag, when customary closing days do not count", record: record({ facts: { applicationDeadline: "2026-06-05" } }), options: { customary: false } },
    ],
    invalid: [
      { name: "a Saturday", record: record({ facts: { applicationDeadline: "2026-08-15" } }), expect: [{ message: "application deadline 2026-08-15 is a Saturday" }] },
      { name: "a Sunday with a time", record: record({ facts: { applicationDeadline: "2026-08-16T12:00" } }), expect: [{ message: /is a Sunday/u }] },
      { name: "2. pinsedag 2023", record: record({ facts: { applicationDeadline: "2023-05-29" } }), expect: [{ message: /2\. pinsedag/u }] },
      { name: "langfredag 2025", record: record({ facts: { applicationDeadline: "2025-04-18" } }), expect: [{ message: /langfredag/u }] },
      { name: "store bededag 2023", record: record({ facts: { applicationDeadline: "2023-05-05" } }), expect: [{ message: /store bededag/u }] },
      { name: "2. juledag", record: record({ facts: { applicationDeadline: "2025-12-26" } }), expect: [{ message: /2\. juledag/u }] },
      { name: "grundlovsdag (customary)", record: record({ facts: { applicationDeadline: "2026-06-05" } }), expect: [{ message: /grundlovsdag/u }] },
    ],
  },
  "empty-section": {
    valid: [
      { name: "every section has text", record: record() },
      {
        name: "a heading whose text sits in its subsections",
        record: record({
          sections: [
            ...withoutSection("jobprofil"),
            { ...section("jobprofil", "Jobprofil", [], 10), subsections: [{ heading: "Opgaver", position: at(11), content: [{ kind: "paragraph", text: "At lede.", position: at(12) }] }] },
          ],
        }),
      },
    ],
    invalid: [
      {
        name: "a heading with nothing under it",
        record: record({ sections: [...withoutSection("personprofil"), section("personprofil", "Personprofil", [], 20)] }),
        expect: [{ section: "personprofil", line: 20, message: 'section "Personprofil" (personprofil) has no text' }],
      },
    ],
  },
  "committee-unnamed": {
    valid: [
      { name: "a committee with named members", record: record() },
      {
        name: "no committee mentioned",
        record: record({ facts: { committee: [] }, sections: [...withoutSection("ansaettelsesproces"), section("ansaettelsesproces", "Proces", ["Ansøgningsfristen er den 12. august 2026."], 30)] }),
      },
    ],
    invalid: [
      {
        name: "an ansættelsesudvalg without names",
        record: record({ facts: { committee: [] } }),
        expect: [{ line: 31, section: "ansaettelsesproces", message: /"Ansættelsesudvalget" is mentioned/u }],
      },
      {
        name: "an indstillingsudvalg without names",
        record: record({
          facts: { committee: [] },
          sections: [...withoutSection("ansaettelsesproces"), section("ansaettelsesproces", "Proces", ["Samtalerne holdes med et indstillingsudvalg."], 30)],
        }),
        expect: [{ message: /indstillingsudvalg/u }],
      },
    ],
  },
};
