/**
 * The facts a consultant looks up (dates, pay, terms, people, tests), each
 * with the sentence it came from, and warnings where the document is vague
 * ("primo marts") or contradicts itself (a start before the deadline).
 */
import { emptyFacts, type Evidence, type Facts, type Warning } from "../../schemas/record.js";
import type { TextUnit } from "../../segment/units.js";
import { OTHER_POSTINGS_HEADING } from "../../vocabulary/furniture.js";
import { otherPostUnits } from "./other-posts.js";
import { assignDates, findDateMentions, type DateMention } from "./date-roles.js";
import { extractPension, extractSalary, extractTerms } from "./pay.js";
import { extractCommittee, extractContacts } from "./people.js";
import { withSentenceMemo } from "../../normalise/sentences.js";
import { extractTests } from "./tests.js";
import { dateOrderWarnings, unresolvedWarnings } from "./warnings.js";

export interface FactsResult {
  facts: Facts;
  evidence: Evidence[];
  warnings: Warning[];
}

export { parseDanishDates, toIsoDate } from "./dates.js";

const evidenceOf = (fact: string, text: string, unit: TextUnit): Evidence => ({
  fact,
  text,
  section: unit.section,
  position: unit.position,
});

/** `published`: the day the file says it was published (YYYY-MM-DD), if it says. */
export function extractFacts(units: TextUnit[], published: string | null = null): FactsResult {
  return withSentenceMemo(() => extract(units, published));
}

function extract(all: TextUnit[], published: string | null): FactsResult {
  // (the page's other posts, each under its own title below "Lignende job": their dates, pay and people are theirs)
  // and a second post the ad names ("Vi søger samtidig en kok …"), with its own deadline and contact
  const others = otherPostUnits(all);
  const own = all.filter((u) => !others.has(u) && ![u.heading, u.sectionHeading].some((h) => h && OTHER_POSTINGS_HEADING.test(h.trim())));
  const units = own.filter((u) => !u.aside);
  const facts = emptyFacts();
  const evidence: Evidence[] = [];
  // the mail a post was forwarded in dates it ("Sendt: 14. januar 2027"), though none of its dates is a fact
  const mentions = findDateMentions(own, published).filter((m) => !m.unit.aside);
  const dates = assignDates(mentions);
  // a date's evidence says how precise it is: "uge 35" is a week, given as its Monday
  const fromDate = (fact: string, m: DateMention) =>
    evidence.push({ ...evidenceOf(fact, m.sentence, m.unit), ...(m.precision ? { precision: m.precision } : {}) });

  if (dates.deadline) {
    facts.applicationDeadline = dates.deadline.iso;
    fromDate("applicationDeadline", dates.deadline);
  }
  dates.interviews.forEach((m, i) => {
    facts.interviewDates.push(m.iso!);
    fromDate(`interviewDates[${i}]`, m);
  });
  if (dates.start) {
    facts.startDate = dates.start.iso;
    fromDate("startDate", dates.start);
  }

  const salary = extractSalary(units);
  if (salary) {
    facts.salary = salary.value;
    evidence.push(evidenceOf("salary", salary.text, salary.unit));
  }
  const pension = extractPension(units);
  if (pension) {
    facts.pensionPercent = pension.value;
    evidence.push(evidenceOf("pensionPercent", pension.text, pension.unit));
  }
  extractTerms(units).forEach((t, i) => {
    facts.employmentTerms.push(t.value);
    evidence.push(evidenceOf(`employmentTerms[${i}]`, t.text, t.unit));
  });
  extractContacts(units).forEach((c, i) => {
    facts.contacts.push(c.contact);
    evidence.push(evidenceOf(`contacts[${i}]`, c.text, c.unit));
  });
  extractCommittee(units).forEach((m, i) => {
    facts.committee.push(m.member);
    evidence.push(evidenceOf(`committee[${i}]`, m.text, m.unit));
  });
  extractTests(units).forEach((t, i) => {
    facts.tests.push(t.name);
    evidence.push(evidenceOf(`tests[${i}]`, t.text, t.unit));
  });

  const warnings = [...unresolvedWarnings(dates.unresolved), ...dateOrderWarnings(dates)];
  return { facts, evidence, warnings };
}
