import { describe, expect, it } from "vitest";
import { withoutTrailingPictographs } from "../../src/vocabulary/marks.js";

describe("withoutTrailingPictographs: a headline's closing decoration", () => {
  it.each([
    ["Salgschef til Fjordlys – vil du sætte lys på hele Norden? 💡", "Salgschef til Fjordlys – vil du sætte lys på hele Norden?"],
    ["VI SØGER EN NY LEDER! 🌼 ", "VI SØGER EN NY LEDER!"],
    ["Team 👍🏽 ❤️", "Team"],
    // words after a pictograph are kept, and a text without one is returned as it is
    ["🎯 Jobbet", "🎯 Jobbet"],
    ["Jobbet ", "Jobbet "],
  ])("%j → %j", (text, want) => {
    expect(withoutTrailingPictographs(text)).toBe(want);
  });
});
