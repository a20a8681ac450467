/**
 * A second post named inside an ad ("Vi søger samtidig en kok til 30 timer"): its deadline, start and contact are
 * its own, not the facts of the post the ad is for.
 */
import { firstSentence } from "../../normalise/sentences.js";
import { ANOTHER_POST, isPositionNoun, POST_NAMED_AGAIN, POST_NOUN_REACH, SEEKING_VERB, THAT_POST } from "../../vocabulary/positions.js";
import { FACT_LABELS, vocabularyKey } from "../../vocabulary/headings.js";
import type { TextUnit } from "../../segment/units.js";
import type { SectionKind } from "../../schemas/record.js";

/**
 * The ad's own terms or process have begun, past its first third (a fact box at its top is no end): a second post is
 * named after them ("Vi søger samtidig en leder, der …" opens an ad; "Vi søger desuden en leder med solid
 * økonomiforståelse" under the person's heading describes the one wanted).
 */
const OWN_END: ReadonlySet<SectionKind> = new Set(["ansaettelsesproces", "vilkaar"]);
const OWN_END_FROM = 1 / 3;
/** A fact box's line under the other post's line, none of its own words between: "Ansøgningsfrist: 23.05.2027". */
const LABEL = /^([\p{L} -]{3,40}):\s/u;
/** The verb ANOTHER_POST cannot match without. */
const SEEKS = new RegExp(SEEKING_VERB, "iu");
/** A fact box's line is short: a label and its value. */
const LABEL_LINE = 80;

/**
 * The units that tell of the other post: the one that names it, the rest of its block and, when it is a heading, of
 * the text under it, the paragraphs right after that name it again ("Kokkestillingen …") or call it "den stilling",
 * and a fact box's one line right under the line that names it.
 */
export function otherPostUnits(units: readonly TextUnit[]): Set<TextUnit> {
  const out = new Set<TextUnit>();
  let begun = false;
  let named: RegExp | null = null;
  let heading: string | null = null;
  let line = -1;
  let opening: TextUnit | null = null;
  let last: TextUnit | null = null;
  units.forEach((u, i) => {
    const start = u.position.start.line;
    // (the segmenter may file a paragraph's sentences apart: "Souschefen indgår i …" is still the paragraph's)
    if (named !== null && (start === line || (heading !== null && u.kind !== "heading" && u.heading?.trim() === heading) || (u.kind === "paragraph" && goesOnAbout(u.text, named, last === opening)))) {
      out.add(u);
      last = u;
      line = start;
      return;
    }
    named = heading = null;
    // (every such sentence says "søger": most units are turned away before their first sentence is found)
    const found = begun && SEEKS.test(u.text) ? ANOTHER_POST.exec(firstSentence(u.text)) : null;
    begun ||= OWN_END.has(u.section) && i >= units.length * OWN_END_FROM;
    if (!found) return;
    // the post's noun among the words after the article ("en erfaren kok", "en 30-timers kok"), else the first word
    const words = found.groups!.post.trim().toLowerCase().split(/\s+/u).slice(0, POST_NOUN_REACH).filter((w) => /^\p{L}[\p{L}-]{2,}$/u.test(w));
    const noun = words.find(isPositionNoun) ?? words[0];
    if (!noun) return;
    out.add(u);
    opening = last = u;
    named = POST_NAMED_AGAIN(noun, !/^e[nt]$/iu.test(found.groups!.count));
    heading = u.kind === "heading" ? u.text.trim() : null;
    line = start;
  });
  return out;
}

/** The paragraph names the other post again, calls it "den stilling", or, right under its line, gives one of its facts by a box's label. */
function goesOnAbout(text: string, named: RegExp, underOpening: boolean): boolean {
  const first = firstSentence(text);
  if (named.test(first) || THAT_POST.test(first)) return true;
  const label = underOpening ? LABEL.exec(text)?.[1] : undefined;
  return label !== undefined && text.length <= LABEL_LINE && FACT_LABELS.has(vocabularyKey(label));
}
