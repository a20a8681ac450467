import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/normalise/sentences.js";

describe("splitSentences", () => {
  const cases: [string, string[]][] = [
    ["Første samtalerunde afvikles den 18. august. Anden samtalerunde afvikles den 27. august.", ["Første samtalerunde afvikles den 18. august.", "Anden samtalerunde afvikles den 27. august."]],
    ["Efter forløbet udarbejder udvalget sin indstilling. Godkendelse i Byrådet den 14. december 2010.", ["Efter forløbet udarbejder udvalget sin indstilling.", "Godkendelse i Byrådet den 14. december 2010."]],
    ["Kontakt Jakob Lundgaard, tlf. 4033 2414 eller ca. Kl. 9.", ["Kontakt Jakob Lundgaard, tlf. 4033 2414 eller ca. Kl. 9."]],
    ["Lene Christensen, Kommunikationschef og konst. Sekretariatschef", ["Lene Christensen, Kommunikationschef og konst. Sekretariatschef"]],
    ["Kontakt Jens P. Hansen. Han svarer gerne.", ["Kontakt Jens P. Hansen.", "Han svarer gerne."]],
    ["Ansøgningsfristen er den 2. december 2010 kl. 9.00. Ansøgning sendes til KL.", ["Ansøgningsfristen er den 2. december 2010 kl. 9.00.", "Ansøgning sendes til KL."]],
    ["Er du klar? Så søg!", ["Er du klar?", "Så søg!"]],
    // an old street's "Gl." ends no sentence
    ["Arbejdssted: Psykiatrisk Afdeling Esbjerg, Gl. Vardevej 101, 6700 Esbjerg", ["Arbejdssted: Psykiatrisk Afdeling Esbjerg, Gl. Vardevej 101, 6700 Esbjerg"]],
    // a print ad's short forms end no sentence
    ["Yderl. oplysn. v/ kommunaldir. Lone Thygesen, tlf. 63 52 50 14.", ["Yderl. oplysn. v/ kommunaldir. Lone Thygesen, tlf. 63 52 50 14."]],
    ["Tiltr. 1/9 el. snarest derefter. Ans. på kontrakt.", ["Tiltr. 1/9 el. snarest derefter.", "Ans. på kontrakt."]],
  ];
  it.each(cases)("%s", (text, want) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(want);
  });
  it("keeps offsets into the text", () => {
    const text = "  Første. Anden.";
    for (const s of splitSentences(text)) expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
  });
});

describe("splitSentences: a date in capitals", () => {
  it("keeps a day's mark with its month written in capitals", () => {
    expect(splitSentences("ANSØGNINGSFRIST: 7. MAJ 2027").map((s) => s.text)).toEqual(["ANSØGNINGSFRIST: 7. MAJ 2027"]);
  });
  it("still ends a sentence at a number's full stop before a capitalised word", () => {
    expect(splitSentences("Vi har 12 skoler i alt 2027. Maj er en travl måned.").map((s) => s.text)).toEqual(["Vi har 12 skoler i alt 2027.", "Maj er en travl måned."]);
  });
});

describe("session 43: a street's abbreviation before its name", () => {
  it("keeps 'Ll. Sct. Hans Gade 28' in its sentence", () => {
    const text = "Arbejdssted: Center for Socialpsykiatri og Bostøtte, Ll. Sct. Hans Gade 28, 8800 Viborg";
    expect(splitSentences(text).map((s) => s.text)).toEqual([text]);
  });
});
