import type { SectionKind } from "../schemas/record.js";
import { APPENDIX_HEADING, FOREWORD_BY_NAME, STRONG_HEADINGS, WEAK_HEADING_PATTERNS, isUnitNameLine, normaliseHeading } from "../vocabulary/headings.js";
import { isPositionNoun } from "../vocabulary/positions.js";

export type Strength = "strong" | "weak";
export interface HeadingClass {
  kind: Exclude<SectionKind, "andet">;
  strength: Strength;
}

const STRONG_INDEX = new Map<string, Exclude<SectionKind, "andet">>();
for (const [kind, headings] of Object.entries(STRONG_HEADINGS) as [Exclude<SectionKind, "andet">, string[]][])
  for (const h of headings) STRONG_INDEX.set(h, kind);

/** The kind a heading names, or null when the vocabulary does not know it. */
export function classifyHeading(heading: string): HeadingClass | null {
  const norm = normaliseHeading(heading);
  const strong =
    STRONG_INDEX.get(norm) ?? bilingual(heading) ?? withoutPost(norm) ?? (APPENDIX_HEADING.test(norm) ? "bilag" : FOREWORD_BY_NAME.test(norm) ? "indledning" : undefined);
  if (strong) return { kind: strong, strength: "strong" };
  // "Borgmesterens Afdeling, HR og Løn", "Center for Økonomi og Løn": a unit's name under the post's, no section
  if (isUnitNameLine(heading)) return null;
  // "Læs mere i den uddybende job- og personprofil" names the document, not a section.
  const words = norm.replace(/\bjob-?\s*og\s+personprofil(en)?\b/gu, " ");
  for (const [kind, re] of WEAK_HEADING_PATTERNS) if (re.test(words)) return { kind, strength: "weak" };
  return null;
}

/** "Hvad skal du lave som skoleleder?": a known heading with the post it asks about after "som". */
const AS_POST = /^(.+?) som (?:(?:ny|nye|vores|den|kommende) )*(\p{L}[\p{L}-]*)$/u;
function withoutPost(norm: string): Exclude<SectionKind, "andet"> | undefined {
  const m = AS_POST.exec(norm);
  return m && isPositionNoun(m[2]) ? STRONG_INDEX.get(m[1]) : undefined;
}

/** "Om instituttet / About the department": a heading given in two languages is known when one half is. */
function bilingual(heading: string): Exclude<SectionKind, "andet"> | undefined {
  if (!heading.includes(" / ")) return undefined;
  for (const half of heading.split(" / ")) {
    const kind = STRONG_INDEX.get(normaliseHeading(half));
    if (kind) return kind;
  }
  return undefined;
}

/** Whether the vocabulary knows the heading word for word: the strong half of `classifyHeading`, without its patterns. */
export function isKnownHeading(heading: string): boolean {
  return STRONG_INDEX.has(normaliseHeading(heading));
}
