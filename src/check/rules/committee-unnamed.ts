import { textUnits } from "../../segment/units.js";
import { COMMITTEE_CUE } from "../../vocabulary/roles.js";
import { defineRule } from "../types.js";

// Applicants want to know who will interview them; a profile that announces
// an ansættelsesudvalg but names nobody in it leaves them guessing.
export default defineRule({
  id: "committee-unnamed",
  description: "A hiring committee (ansættelsesudvalg) is mentioned but none of its members is named.",
  defaultSeverity: "warn",
  kinds: ["profile", "advertisement"],
  messages: {
    unnamed: '"{{cue}}" is mentioned but none of its members is named',
  },
  check(record) {
    if (record.facts.committee.length > 0) return [];
    for (const unit of textUnits(record.sections)) {
      // match() with a global pattern would ignore the groups; search() leaves lastIndex alone.
      const at = unit.text.search(COMMITTEE_CUE);
      if (at < 0) continue;
      const cue = /^[\p{L}-]+/u.exec(unit.text.slice(at))?.[0] ?? unit.text.slice(at, at + 20);
      return [{ messageId: "unnamed", data: { cue }, section: unit.section, position: unit.position }];
    }
    return [];
  },
});
