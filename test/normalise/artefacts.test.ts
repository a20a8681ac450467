import { describe, expect, it } from "vitest";
import { dropArtefacts } from "../../src/normalise/artefacts.js";
import type { SourceLine } from "../../src/read/types.js";

/** Pages of lines, numbered through. */
function pages(...ps: string[][]): SourceLine[] {
  let n = 0;
  return ps.flatMap((p, i) => p.map((text) => ({ text, line: ++n, page: i + 1 })));
}
const reasons = (lines: SourceLine[], pageCount: number | null) =>
  dropArtefacts(lines, pageCount).dropped.map((d) => [d.text, d.reason]);

describe("dropArtefacts", () => {
  it("drops headers and footers that repeat across pages, page numbers varying", () => {
    const doc = pages(
      ["Forside", "Billund Kommune"],
      ["Billund Kommune Job- og personprofil", "Tekst på side to.", "Genitor Side 2 af 3"],
      ["Billund Kommune Job- og personprofil", "Tekst på side tre.", "Genitor Side 3 af 3"],
    );
    expect(reasons(doc, 3)).toEqual([
      ["Billund Kommune Job- og personprofil", "running-header"],
      ["Genitor Side 2 af 3", "running-footer"],
      ["Billund Kommune Job- og personprofil", "running-header"],
      ["Genitor Side 3 af 3", "running-footer"],
    ]);
  });

  it.each(["2", "Side 2", "- 2 -", "2 af 8", "Side 2 af 8"])("drops the page number %j at a page's edge", (num) => {
    const doc = pages(["Tekst.", "Mere tekst."], ["Tekst igen.", "Og igen.", num]);
    expect(reasons(doc, 2)).toEqual([[num, "page-number"]]);
  });

  it("keeps a line that repeats inside pages but not at their edges", () => {
    const doc = pages(["A", "B", "Vi glæder os.", "C", "D"], ["E", "F", "Vi glæder os.", "G", "H"]);
    expect(reasons(doc, 2)).toEqual([]);
  });

  it("drops a link address the document already gave, keeps its first mention", () => {
    const doc: SourceLine[] = [
      { text: "Søg via www.genitor.dk.", line: 1, page: null },
      { text: "http://www.genitor.dk/", line: 2, page: null },
      { text: "https://example.dk/vision", line: 3, page: null },
      { text: "https://example.dk/vision", line: 4, page: null },
    ];
    expect(reasons(doc, null)).toEqual([
      ["http://www.genitor.dk/", "repeated-link"],
      ["https://example.dk/vision", "repeated-link"],
    ]);
  });

  it("drops a page's first line when it repeats the tail of the previous page's last line", () => {
    const doc = pages(["Overskrift", "direktørerne har ansvar for områderne"], ["for områderne", "Ny tekst."]);
    expect(reasons(doc, 2)).toEqual([["for områderne", "page-break-debris"]]);
  });

  it("drops counting page numbers in text without page breaks, not a lone number", () => {
    const text = ["Tekst.", "2", "Mere tekst.", "3", "Slut."].map((t, i) => ({ text: t, line: i + 1, page: null }));
    expect(reasons(text, null)).toEqual([
      ["2", "page-number"],
      ["3", "page-number"],
    ]);
    const lone = ["Tekst.", "25", "Mere."].map((t, i) => ({ text: t, line: i + 1, page: null }));
    expect(reasons(lone, null)).toEqual([]);
  });

  it.each([
    [["2/5", "3/5"]],
    [["Side 2 af 5", "Side 3 af 5"]],
    [["- 2 -", "- 3 -"]],
  ])("drops counting page numbers written %j in text without page breaks", (nums) => {
    const text = ["Tekst.", nums[0], "Mere tekst.", nums[1], "Slut."].map((t, i) => ({ text: t, line: i + 1, page: null }));
    expect(reasons(text, null)).toEqual(nums.map((n) => [n, "page-number"]));
  });

  it("keeps lines alike but for numbers that go up and down: a job board's other posts, not a running header", () => {
    const text = ["Ansøgningsfrist: 01.10.2027", "Tekst.", "Andre job", "Ansøgningsfrist: 15.09.2027", "Ansøgningsfrist: 04.10.2027", "Ansøgningsfrist: 20.09.2027"].map(
      (t, i) => ({ text: t, line: i + 1, page: null }),
    );
    expect(reasons(text, null)).toEqual([]);
  });

  it("drops a flattened running footer whose page number counts up", () => {
    const footer = (n: number) => `Region Sjælland · Koncern HR · Side ${n} af 3`;
    // a page's worth of text between them
    const page = (n: number) => Array.from({ length: 10 }, (_, i) => `Linje ${"abcdefghij"[i]} på side ${["en", "to", "tre"][n - 1]}.`);
    const text = [...page(1), footer(1), ...page(2), footer(2), ...page(3), footer(3)].map((t, i) => ({ text: t, line: i + 1, page: null }));
    expect(reasons(text, null)).toEqual([1, 2, 3].map((n) => [footer(n), "running-header"]));
  });

  it("drops a flattened running header set as a layout's two cells, however wide its gap", () => {
    const header = `Faxe Kommune${" ".repeat(42)}Job- og personprofil · Direktør for Teknik og Miljø`;
    const page = (n: number) => Array.from({ length: 10 }, (_, i) => `Linje ${"abcdefghij"[i]} på side ${["en", "to", "tre"][n - 1]}.`);
    const text = [header, ...page(1), header, ...page(2), header, ...page(3)].map((t, i) => ({ text: t, line: i + 1, page: null }));
    expect(reasons(text, null)).toEqual([1, 2, 3].map(() => [header, "running-header"]));
  });

  it("drops a letterhead's labelled line that runs on every page with its page number", () => {
    const page = (n: number) => Array.from({ length: 10 }, (_, i) => `Linje ${"abcdefghij"[i]} på side ${["en", "to", "tre"][n - 1]}.`);
    const foot = (n: number) => `Adresse: Skolegade 1, 7100 Vejle · Side ${n} af 3`;
    const text = [...page(1), foot(1), ...page(2), foot(2), ...page(3), foot(3)].map((t, i) => ({ text: t, line: i + 1, page: null }));
    expect(reasons(text, null)).toEqual([1, 2, 3].map((n) => [foot(n), "running-header"]));
  });

  it("keeps a fact's label and value that recurs with counting dates: the post's deadline and other posts' under it", () => {
    const page = (n: string) => Array.from({ length: 10 }, (_, i) => `Linje ${"abcdefghij"[i]} på side ${n}.`);
    const deadline = (day: number) => `Ansøgningsfrist: ${day}. februar 2027`;
    const text = [deadline(7), ...page("en"), deadline(14), ...page("to"), deadline(21)].map((t, i) => ({ text: t, line: i + 1, page: null }));
    expect(reasons(text, null)).toEqual([]);
  });

  it("drops a flattened running header that reads like a heading, each time, prose under it or not", () => {
    const page = (n: string) => ["Jobprofil", ...Array.from({ length: 9 }, (_, i) => `Du får ansvaret for opgave ${"abcdefghi"[i]} på side ${n}, og du løser den sammen med dine kolleger.`)];
    const text = [...page("en"), ...page("to"), ...page("tre")].map((t, i) => ({ text: t, line: i + 1, page: null }));
    expect(reasons(text, null)).toEqual([1, 2, 3].map(() => ["Jobprofil", "running-header"]));
  });

  it("keeps the text's own heading that a page's menu and breadcrumb repeat, and drops theirs", () => {
    const text = ["Menu", "About us", "Vacancies", "Home", "About us", "Chief Adviser", "", "About us", "The agency is part of the ministry, and we are 800 employees."].map(
      (t, i) => ({ text: t, line: i + 1, page: null }),
    );
    expect(reasons(text, null)).toEqual([
      ["About us", "running-header"],
      ["About us", "running-header"],
    ]);
  });

  it("keeps years that stand alone, even counting up", () => {
    const text = ["Tekst.", "2026", "Mere tekst.", "2027", "Slut."].map((t, i) => ({ text: t, line: i + 1, page: null }));
    expect(reasons(text, null)).toEqual([]);
  });
});

describe("dropArtefacts on a cover", () => {
  it("keeps a cover line that repeats a running header's words", () => {
    const doc = pages(
      ["Genopslag", "Høje-Taastrup Kommune", "Job- og personprofil"],
      ["Høje-Taastrup Kommune", "Tekst to.", "Mere om to.", "Side 2"],
      ["Høje-Taastrup Kommune", "Tekst tre.", "Mere om tre.", "Side 3"],
    );
    expect(reasons(doc, 3)).toEqual([
      ["Høje-Taastrup Kommune", "running-header"],
      ["Side 2", "page-number"],
      ["Høje-Taastrup Kommune", "running-header"],
      ["Side 3", "page-number"],
    ]);
  });
});

describe("dropArtefacts: a running line that counts its pages", () => {
  it("drops a footer that says 'Side 1 af 2' from its second time, in a text without page breaks", () => {
    const lines: SourceLine[] = [
      "Forstander til Bøgely Efterskole",
      "Efterskolen har 96 elever.",
      "Lindholt Ledelsespartner · Forstander, Bøgely Efterskole               Side 1 af 2",
      "Hvem søger vi?",
      "Du er en erfaren leder.",
      "Lindholt Ledelsespartner · Forstander, Bøgely Efterskole               Side 2 af 2",
    ].map((text, i) => ({ text, line: i + 1, page: null }));
    expect(reasons(lines, null).map((r) => r[1])).toEqual(["running-header", "running-header"]);
  });
  it("keeps a line that recurs twice without counting pages", () => {
    const lines: SourceLine[] = ["Om skolen", "Skolen har 400 elever.", "Om skolen", "Skolen ligger i Vejle."].map((text, i) => ({ text, line: i + 1, page: null }));
    expect(reasons(lines, null)).toEqual([]);
  });
});

describe("session 42: a page counter written with a slash", () => {
  it("drops a footer that says 'side 1/2' from its second time", () => {
    const lines: SourceLine[] = [
      "Centerchef til Psykiatrisk Center Ballerup",
      "Centret har 420 medarbejdere.",
      "Region Hovedstaden · www.regionh.dk · side 1/2",
      "Hvem søger vi?",
      "Du er en erfaren leder.",
      "Region Hovedstaden · www.regionh.dk · side 2/2",
    ].map((text, i) => ({ text, line: i + 1, page: null }));
    expect(reasons(lines, null).map((r) => r[1])).toEqual(["running-header", "running-header"]);
  });
  it("keeps lines whose slashed counters do not count to the last page", () => {
    const lines: SourceLine[] = ["Om centret      side 1/3", "Centret har 420 medarbejdere.", "Om dig      side 2/3", "Du er en erfaren leder."].map((text, i) => ({ text, line: i + 1, page: null }));
    expect(reasons(lines, null)).toEqual([]);
  });
});

describe("session 42: lines that count the same pages, each once", () => {
  it("drops a page's lone counter and the next page's header that counts on", () => {
    const lines: SourceLine[] = [
      "Forstander til Fjordlund Efterskole",
      "Efterskolen har 96 elever og 14 lærere.",
      "                                        Side 1 af 2",
      "--------------------------------------------------",
      "Forstander til Fjordlund Efterskole                Side 2 af 2",
      "Du er en erfaren leder.",
    ].map((text, i) => ({ text, line: i + 1, page: null }));
    expect(reasons(lines, null)).toEqual([
      ["Side 1 af 2", "page-number"],
      ["Forstander til Fjordlund Efterskole                Side 2 af 2", "running-header"],
    ]);
  });
  it("keeps lines whose counters do not count to the last page", () => {
    const lines: SourceLine[] = ["Om skolen          Side 1 af 3", "Skolen ligger i Vejle.", "Om eleverne          Side 2 af 3", "Eleverne er 400."].map((text, i) => ({ text, line: i + 1, page: null }));
    expect(reasons(lines, null)).toEqual([]);
  });
});

describe("session 42: a one-page document's counter", () => {
  it("drops 'Side 1 af 1' alone", () => {
    const lines: SourceLine[] = ["Leder af Borgerservice", "Vi søger en leder.", "Side 1 af 1"].map((text, i) => ({ text, line: i + 1, page: null }));
    expect(reasons(lines, null)).toEqual([["Side 1 af 1", "page-number"]]);
  });
});

describe("session 43: a one-page counter beside the house's site, a later page's head naming the document", () => {
  const one = (last: string) => ["Forstander", "Vi søger en forstander.", last].map((text, i) => ({ text, line: i + 1, page: null }));
  it("drops 'www…   Side 1 af 1' as the page's footer", () => {
    expect(reasons(one("www.fjordglimt-efterskole.dk                          Side 1 af 1"), null)).toEqual([["www.fjordglimt-efterskole.dk                          Side 1 af 1", "running-footer"]]);
  });
  it("keeps a sentence beside a one-page counter", () => {
    expect(reasons(one("Du kan tiltræde 1. august 2027.        Side 1 af 1"), null)).toEqual([]);
  });
  it("drops a later page's first line that names the house and the document's type, though only that page has one", () => {
    const lines = pages(
      ["Aalborg Universitetshospital", "Centerchef", "Vi søger en centerchef til Center for Kræft og Blod."],
      ["Aalborg Universitetshospital · Stillingsopslag: Centerchef, Center for Kræft og Blod", "Om stillingen", "Du får ansvaret for 400 medarbejdere."],
    );
    expect(reasons(lines, 2)).toEqual([["Aalborg Universitetshospital · Stillingsopslag: Centerchef, Center for Kræft og Blod", "running-header"]]);
  });
  it("keeps a later page's first line that names no document's type", () => {
    const lines = pages(["Centerchef", "Vi søger en centerchef."], ["Løn · Pension · Vilkår", "Løn efter aftale."]);
    expect(reasons(lines, 2)).toEqual([]);
  });
});

describe("session 43: the next page's head after a page's counter, in a text without page breaks", () => {
  const text = (head2: string) =>
    [
      "NORDVIG EXECUTIVE SEARCH                                   Stillingsopslag",
      "",
      "Vi søger en administrerende direktør til havnen.",
      "Nordvig Executive Search · Bredgade 42, 1260 København K      Side 1 af 2",
      "",
      head2,
      "",
      "Kandidaten har ledet en større virksomhed.",
      "Nordvig Executive Search · Bredgade 42, 1260 København K      Side 2 af 2",
    ].map((t, i) => ({ text: t, line: i + 1, page: null }));
  it("drops a line that opens on the first line's first cell", () => {
    const head = "NORDVIG EXECUTIVE SEARCH           Administrerende direktør, Østjysk Havn A/S";
    expect(reasons(text(head), null)).toContainEqual([head, "running-header"]);
  });
  it("keeps the next page's first line that repeats nothing of the first", () => {
    expect(reasons(text("Kandidaten"), null).map((r) => r[0])).not.toContain("Kandidaten");
  });
  it("keeps a sentence that opens on the first line's first cell", () => {
    const prose = "NORDVIG EXECUTIVE SEARCH har i tyve år hjulpet havne og rederier med at finde deres direktører, og vi kender branchen.";
    expect(reasons(text(prose), null).map((r) => r[0])).not.toContain(prose);
  });
  it("keeps an attachment's heading that names the document's type", () => {
    expect(reasons(text("Bilag 1 · Stillingsopslag"), null).map((r) => r[0])).not.toContain("Bilag 1 · Stillingsopslag");
  });
  it("drops a line after the counter that names the document's type", () => {
    const head = "Østjysk Havn A/S · Stillingsopslag · Administrerende direktør";
    expect(reasons(text(head), null)).toContainEqual([head, "running-header"]);
  });
});
