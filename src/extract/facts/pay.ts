/**
 * Salary, pension and the form of employment, each from the sentence that
 * states it. An amount is a salary only beside a pay word ("Årslønnen vil
 * være i niveauet 900.000 kr."); budgets ("2 mia. kr."), populations
 * ("48.000 indbyggere") and staff counts are not.
 */
import { LETTER } from "../../vocabulary/letters.js";
import type { EmploymentTerm, Salary, SectionKind } from "../../schemas/record.js";
import type { TextUnit } from "../../segment/units.js";
import {
  CONTRACT_ON_FIXED_TERM,
  EMPLOYMENT_TERM_STEMS,
  EMPLOYMENT_TERM_WORDS,
  NOT_PAY_AFTER,
  NOT_PAY_BEFORE,
  PAY_WORDS,
  PENSION_WORDS,
  PERIOD_MONTH,
  PERIOD_YEAR,
  SALARY_SCALE,
  SECONDARY_TERM_CUES,
  SUPPLEMENT_BEFORE,
  STRONG_TERMS_CONTEXT,
  TERMS_CONTEXT,
  WEAK_PAY_WORDS,
} from "../../vocabulary/terms.js";
import { hits } from "./regex.js";
import { splitSentences } from "../../normalise/sentences.js";

export interface Found<T> {
  value: T;
  /** The sentence it came from. */
  text: string;
  unit: TextUnit;
}

/** "DKK 800,000": thousands apart by commas, as English writes them; never "1,3 mio." (a Danish decimal comma). */
const ENGLISH_THOUSANDS = String.raw`\d{1,3}(?:,\d{3}){1,2}(?![,.]?\d|\s{0,2}(?:mio|mill))`;

/**
 * e.g. "ca.1.050.000", "900.000 kr.", "1,3 mio. kr.", "kr. 75.000", "750.000–800.000 kr.",
 * "850.000,-". Thousands are dotted (or spaced); millions may carry a decimal comma.
 */
export const AMOUNT = new RegExp(
  String.raw`(?<![${LETTER}\d.,])(?:ca\.?\s{0,2}|kr\.?\s{0,2}|DKK\s{0,2})?` +
    String.raw`(?<low>\d{1,3}(?:[.\u00a0 ]\d{3}){1,2}|${ENGLISH_THOUSANDS}|\d{4,7}|\d{1,2}(?:[,.]\d{1,3})?\s{0,2}(?:mio\.?|mill\.?|millioner|million))` +
    String.raw`(?:\s{0,2}(?:kr\.?|kroner|DKK|,-))?` +
    String.raw`(?:\s{0,2}(?:-|–|til)\s{0,2}(?:kr\.?\s{0,2})?(?<high>\d{1,3}(?:[.\u00a0 ]\d{3}){1,2}|\d{4,7}|\d{1,2}(?:[,.]\d{1,3})?\s{0,2}(?:mio\.?|mill\.?|millioner|million))(?:\s{0,2}(?:kr\.?|kroner|DKK|,-))?)?` +
    String.raw`(?![\d])`,
  "giu",
);

/** e.g. "19,55%", "17,1 %", "18 procent", "17,1 pct.", an English part's "17.1 per cent". */
export const PERCENT = /(?<![\d,.])(?<value>\d{1,2}(?:[,.]\d{1,2})?)\s{0,2}(?:%|procent|pct\b\.?|per cent\b|percent\b)/gi;

/** Right before a form of employment: "ikke på åremål" rules it out. */
// "ikke på åremål", "ikke en tjenestemandsstilling", "ikke som tjenestemand"
// "ikke på åremål", "ikke en del af en overenskomst", "ikke omfattet af nogen overenskomst", "ikke er omfattet af …",
// "individuel kontrakt uden for overenskomst"
export const NEGATED = new RegExp(
  String.raw`(?<![${LETTER}])(?:(?:ikke|ingen)\s{1,3}(?:(?:på|som|efter|er|en|et|del|af|omfattet|dækket|underlagt|nogen)\s{1,3}){0,4}|uden\s{1,3}for\s{1,3}(?:(?:en|nogen)\s{1,3})?)$`,
  "iu",
);

export const PAY_PATTERNS = { AMOUNT, PERCENT, NEGATED };

/** How far after an amount its own period words stand: "94.000 kr. om måneden". */
const PERIOD_REACH = 16;

function amountValue(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s/gu, "");
  if (/mio|mill/u.test(s)) {
    const n = Number(s.replace(/(?:mio|mill|millioner|million)\.?$/u, "").replace(",", "."));
    return Number.isFinite(n) ? Math.round(n * 1_000_000) : null;
  }
  const n = Number(s.replace(/^\d{1,3}(?:,\d{3})+$/u, (t) => t.replace(/,/gu, "")).replace(/[.\u00a0]/gu, ""));
  return Number.isFinite(n) ? n : null;
}

const PREFERRED: SectionKind[] = ["vilkaar", "ansaettelsesproces", "yderligere", "indledning"];
const rank = (u: TextUnit) => {
  const i = PREFERRED.indexOf(u.section);
  return i < 0 ? PREFERRED.length : i;
};
/** Where terms are stated: the terms and process sections, or under a heading about pay ("Løn og ansættelse"). */
function inTermsContext(u: TextUnit): boolean {
  return ["vilkaar", "ansaettelsesproces", "yderligere"].includes(u.section) || /løn|vilkår|ansættelse/iu.test(u.heading ?? "");
}

/** The units' sentences, each with its unit: salary, pension and terms read the same list, made once for the units. */
const SENTENCES = new WeakMap<readonly TextUnit[], { text: string; unit: TextUnit }[]>();

function sentencesOf(units: readonly TextUnit[]): { text: string; unit: TextUnit }[] {
  let out = SENTENCES.get(units);
  if (!out) SENTENCES.set(units, (out = units.flatMap((unit) => splitSentences(unit.text).map((s) => ({ text: s.text, unit })))));
  return out;
}

/**
 * The salary a sentence states, or null. `termsContext`: the sentence stands
 * where terms are stated, so a weak pay word ("niveau", "årligt") suffices.
 */
export function salaryIn(sentence: string, termsContext = true): Salary | null {
  const payWord = (s: string) => hits(PAY_WORDS, s) || (termsContext && hits(WEAK_PAY_WORDS, s));
  // an amount and a scale both hold a digit; the pay words are the dearer test
  if (!/\d/u.test(sentence) || !payWord(sentence)) return null;
  // "ca. 94.000 kr. om måneden (1.128.000 kr. om året)": the yearly amount, when a sentence gives both
  let first: Salary | null = null;
  for (const m of sentence.matchAll(AMOUNT)) {
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    if (NOT_PAY_AFTER.test(after) || hits(NOT_PAY_BEFORE, before) || SUPPLEMENT_BEFORE.test(before)) continue;
    const low = amountValue(m.groups!.low);
    const high = m.groups!.high ? amountValue(m.groups!.high) : null;
    if (low === null || low < 15_000 || low > 10_000_000) continue;
    // A bare number with no "kr." or "mio." beside it must have a pay word right before it
    if (!/kr|dkk|mio|mill|,-/iu.test(m[0]) && !payWord(sentence.slice(Math.max(0, m.index - 80), m.index + m[0].length + 20))) continue;
    // the period the amount's own words give ("kr. om måneden"), else the words around it, else its size
    const own = sentence.slice(m.index + m[0].length, m.index + m[0].length + PERIOD_REACH);
    const window = sentence.slice(Math.max(0, m.index - 80), m.index + m[0].length + 60);
    const period = hits(PERIOD_MONTH, own)
      ? "month"
      : hits(PERIOD_YEAR, own)
        ? "year"
        : hits(PERIOD_MONTH, window)
          ? "month"
          : hits(PERIOD_YEAR, window)
            ? "year"
            : low >= 200_000
              ? "year"
              : low <= 150_000
                ? "month"
                : null;
    const salary: Salary = { amount: low, maxAmount: high !== null && high > low ? high : null, period, currency: "DKK", text: sentence };
    if (period !== "month") return first && first.period === "month" && period !== "year" ? first : salary;
    first ??= salary;
  }
  if (first) return first;
  if (hits(SALARY_SCALE, sentence)) return { amount: null, maxAmount: null, period: null, currency: "DKK", text: sentence };
  return null;
}

export function extractSalary(units: TextUnit[]): Found<Salary> | null {
  const found: { salary: Salary; text: string; unit: TextUnit; order: number; weak: boolean }[] = [];
  sentencesOf(units).forEach((s, order) => {
    const salary = salaryIn(s.text, inTermsContext(s.unit));
    if (salary) found.push({ salary, text: s.text, unit: s.unit, order, weak: !hits(PAY_WORDS, s.text) });
  });
  // An amount beats a scale; a sentence that names the pay ("Lønnen udgør 1.265.000 kr.") beats one read by a weak word
  // alone (a key figure's "Ambulante besøg pr. år: ca. 480.000"); the terms section beats the job text
  found.sort(
    (a, b) =>
      Number(a.salary.amount === null) - Number(b.salary.amount === null) || Number(a.weak) - Number(b.weak) || rank(a.unit) - rank(b.unit) || a.order - b.order,
  );
  const best = found[0];
  return best ? { value: best.salary, text: best.text, unit: best.unit } : null;
}

/** "pension på 19,55%", "17,1 % i pension", "pensionsbidrag på 18 %". */
const OF_THE = /\baf(?: den| din)?\s$/u;
/** How far apart a percentage and its pension word stand at most, but for a clause that says who pays it in. */
const PENSION_GAP = 30;
/** "en pensionsordning, hvor virksomheden indbetaler 10 %": the clause between the word and its share. */
const PAID_IN_CLAUSE = /^,? (?:hvor|som|der) (?:\p{L}+ ){0,3}(?:indbetaler|bidrager med|betaler) $/u;

export function pensionIn(sentence: string): number | null {
  if (!/\d/u.test(sentence)) return null;
  const words = [...sentence.matchAll(PENSION_WORDS)]
    // "et åremålstillæg på 15 % af den pensionsgivende løn": the base a percentage is taken of, no pension of its own
    .filter((m) => !(/^pensionsgivende/iu.test(m[0]) && OF_THE.test(sentence.slice(Math.max(0, m.index - 8), m.index))))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (!words.length) return null;
  for (const m of sentence.matchAll(PERCENT)) {
    const value = Number(m.groups!.value.replace(",", "."));
    if (value < 4 || value > 40) continue;
    const end = m.index + m[0].length;
    // the percentage and the pension word share a phrase: "Ledigheden er 3,2 %, og pensionen …" do not
    const near = words.some((w) => {
      const gap = w.start >= end ? sentence.slice(end, w.start) : sentence.slice(w.end, m.index);
      // before the word, a list's next item between: "bonus på op til 10 pct., et pensionsbidrag på 12 pct." is the bonus's ten,
      // and so is "a bonus of up to 25 per cent of the base salary, a pension contribution of 12 per cent"
      return (w.start >= end || w.end <= m.index) && (gap.length <= PENSION_GAP || (w.end <= m.index && PAID_IN_CLAUSE.test(gap))) && !/;|,\s(?:og|men|mens|samt)\s/u.test(gap) && !(w.start >= end && /,\s+(?:og\s+|and\s+)?(?:et|en|a|an)\s/u.test(gap));
    });
    if (near) return value;
  }
  return null;
}

export function extractPension(units: TextUnit[]): Found<number> | null {
  const found: { value: number; text: string; unit: TextUnit; order: number }[] = [];
  sentencesOf(units).forEach((s, order) => {
    const value = pensionIn(s.text);
    if (value !== null) found.push({ value, text: s.text, unit: s.unit, order });
  });
  found.sort((a, b) => rank(a.unit) - rank(b.unit) || a.order - b.order);
  return found[0] ? { value: found[0].value, text: found[0].text, unit: found[0].unit } : null;
}

/** The forms of employment a sentence names, in its order, a secondary form ("Alternativt …") flagged. */
export function termsIn(sentence: string): { term: EmploymentTerm; index: number; secondary: boolean }[] {
  // "Er stillingen en tjenestemandsstilling?": a question (an FAQ's) asks, its answer states
  if (!anyTermWord(sentence) || !hits(TERMS_CONTEXT, sentence) || /\?["”»]?$/u.test(sentence.trim())) return [];
  const secondaryAt = [...sentence.matchAll(SECONDARY_TERM_CUES)].map((m) => m.index);
  const out: { term: EmploymentTerm; index: number; secondary: boolean }[] = [];
  for (const { term, pattern } of EMPLOYMENT_TERM_WORDS) {
    const m = [...sentence.matchAll(pattern)][0];
    if (!m) continue;
    // "ikke på åremål": a form ruled out is no term
    if (NEGATED.test(sentence.slice(Math.max(0, m.index - 32), m.index))) continue;
    out.push({ term, index: m.index, secondary: secondaryAt.some((s) => s < m.index) });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Any form of employment at all: one scan that rules out most sentences before each form is looked for. */
const ANY_TERM_PATTERN = new RegExp(EMPLOYMENT_TERM_WORDS.map((t) => t.pattern.source).join("|"), "iu");
const anyTermWord = (text: string) => EMPLOYMENT_TERM_STEMS.test(text) && hits(ANY_TERM_PATTERN, text);

const TERM_SECTIONS: SectionKind[] = ["vilkaar", "ansaettelsesproces", "yderligere", "indledning", "andet"];

/** Forms of employment for this post, the main form first, each with the sentence that names it first. */
export function extractTerms(units: TextUnit[]): Found<EmploymentTerm>[] {
  const found: { term: EmploymentTerm; secondary: boolean; order: number; text: string; unit: TextUnit }[] = [];
  let order = 0;
  for (const s of sentencesOf(units)) {
    // the job and person text speak of tasks; there only a plain statement of the terms counts
    if (!anyTermWord(s.text)) continue;
    if (!TERM_SECTIONS.includes(s.unit.section) && !hits(STRONG_TERMS_CONTEXT, s.text)) continue;
    // "Ansættelse" over "Efter overenskomst for ledere mellem KL og Socialpædagogerne": the heading says what the value is of
    const heading = s.unit.heading && s.unit.heading.length <= 60 && hits(TERMS_CONTEXT, s.unit.heading) ? `${s.unit.heading}: ` : "";
    for (const t of termsIn(heading + s.text)) found.push({ term: t.term, secondary: t.secondary, order: order++, text: s.text, unit: s.unit });
  }
  found.sort((a, b) => Number(a.secondary) - Number(b.secondary) || rank(a.unit) - rank(b.unit) || a.order - b.order);
  const out: Found<EmploymentTerm>[] = [];
  for (const h of found) if (!out.some((t) => t.value === h.term)) out.push({ value: h.term, text: h.text, unit: h.unit });
  // Åremål before the agreement its pay follows: "Appointment and salary … in accordance with the agreement between
  // the Ministry of Finance and AC. The position is offered as a 6-year fixed-term contract" is åremål under the
  // overenskomst, whichever the text says first. Only this pair: a contract is another form than the overenskomst,
  // and between those and the rest the text's order stands.
  const agreement = out.findIndex((t) => t.value === "overenskomst");
  const term = out.findIndex((t) => t.value === "aaremaal");
  if (agreement >= 0 && term > agreement && !found.find((h) => h.term === "aaremaal")!.secondary) out.splice(agreement, 0, ...out.splice(term, 1));
  // and before the contract it qualifies, in one sentence: "Kontraktansættelse på åremål i 5 år", "kontrakt efter aftale
  // om åremål" is an åremål, on a contract
  const contract = out.findIndex((t) => t.value === "kontrakt");
  const fixedTerm = out.findIndex((t) => t.value === "aaremaal");
  if (contract >= 0 && fixedTerm > contract && out[contract].text === out[fixedTerm].text && CONTRACT_ON_FIXED_TERM.test(out[fixedTerm].text))
    out.splice(contract, 0, ...out.splice(fixedTerm, 1));
  return out;
}
