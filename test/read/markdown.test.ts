// Markdown through micromark (src/read/markdown.ts): the constructs pandoc and
// Word exports write, each mapped to the blocks the other readers produce,
// with no backslash or emphasis marker left in the text.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { read } from "../../src/read/index.js";
import { PARSER_BUDGET, readMarkdown } from "../../src/read/markdown.js";
import { normalise } from "../../src/normalise/index.js";
import { parseProfile } from "../../src/pipeline.js";
import { ROOT } from "../helpers.js";

const md = (text: string) => normalise(readMarkdown(Buffer.from(text)));
/** [type, text] of every block, headings marked by their Markdown level or boldness. */
const blocks = (text: string) => md(text).blocks.map((b) => [b.type, b.text]);
const dropped = (text: string) => md(text).dropped.map((d) => [d.reason, d.position.start.line, d.text]);

type Case = [name: string, markdown: string, expected: (string | [string, string])[]];

/**
 * Each case: the Markdown as pandoc (`-t markdown`, `-t gfm`) writes it from
 * a Word file, and the blocks that must come out, in order ([type, text]) —
 * a bare string is a block's text that must be among them.
 */
const CASES: Case[] = [
  [
    "hard line breaks with a backslash (pandoc -t markdown)",
    "## Kontakt\n\nJesper Holm Kirkegaard\\\nPartner, Mercuri Urval\\\nTlf. 40 30 75 70\n",
    [
      ["heading", "Kontakt"],
      ["paragraph", "Jesper Holm Kirkegaard\nPartner, Mercuri Urval\nTlf. 40 30 75 70"],
    ],
  ],
  [
    "hard line breaks with two spaces (pandoc -t gfm)",
    "Jesper Holm Kirkegaard  \nPartner, Mercuri Urval  \njhk@example.dk\n",
    [["paragraph", "Jesper Holm Kirkegaard\nPartner, Mercuri Urval\njhk@example.dk"]],
  ],
  [
    "a bold line over hard-broken lines stays a heading",
    "**Kontakt**\\\nAnne Hansen\\\nTlf. 40 30 75 70\n",
    [
      ["heading", "Kontakt"],
      ["paragraph", "Anne Hansen\nTlf. 40 30 75 70"],
    ],
  ],
  [
    "setext headings",
    "Job- og personprofil\n====================\n\nOm stillingen\n-------------\n\nStyrelsen søger en kontorchef.\n",
    [
      ["heading", "Job- og personprofil"],
      ["heading", "Om stillingen"],
      ["paragraph", "Styrelsen søger en kontorchef."],
    ],
  ],
  [
    "emphasis in headings, ATX and setext",
    "# Job- og personprofil: *Kontorchef*\n\n## Om **stillingen**\n\n*Vores* __tilbud__\n-----------------\n",
    [
      ["heading", "Job- og personprofil: Kontorchef"],
      ["heading", "Om stillingen"],
      ["heading", "Vores tilbud"],
    ],
  ],
  [
    "emphasis inside lines",
    "Vi søger en leder med **solid** ledelseserfaring og\n*politisk tæft*, _gerne_ fra ***en kommune***.\n",
    [["paragraph", "Vi søger en leder med solid ledelseserfaring og politisk tæft, gerne fra en kommune."]],
  ],
  [
    "escapes (pandoc escapes what Word wrote literally)",
    "1\\. marts 2026 tiltræder den nye direktør. Lønnen er 900.000 kr.\\* inkl.\npension \\[se note\\]. Kode: A_B\\_C \\# 2.\n",
    ["1. marts 2026 tiltræder den nye direktør. Lønnen er 900.000 kr.* inkl. pension [se note]. Kode: A_B_C # 2."],
  ],
  [
    "a GFM table with escapes and pipes in its cells",
    "| Hvad            | Hvornår                  |\n|-----------------|--------------------------|\n| Ansøgningsfrist | 1\\. april 2026 kl. 12.00 |\n| **1. samtale**  | 9\\. april \\| 10. april   |\n",
    [["table", "Hvad | Hvornår\nAnsøgningsfrist | 1. april 2026 kl. 12.00\n1. samtale | 9. april / 10. april"]],
  ],
  [
    "nested lists as pandoc indents them",
    "-   Lede fire teamledere\n    -   økonomi og HR\n    -   drift\n-   Rådgive direktionen\n\n1.  Første punkt\n2.  Andet punkt\n",
    [
      ["item", "Lede fire teamledere"],
      ["item", "økonomi og HR"],
      ["item", "drift"],
      ["item", "Rådgive direktionen"],
      ["item", "1. Første punkt"],
      ["item", "2. Andet punkt"],
    ],
  ],
  [
    "an item's wrapped lines stay the item's, even a short one and a capitalised one",
    "-   stå for de strategiske leverandørsamarbejder og de store udbud i\n    de kommende år\n-   samarbejde med\n    KL og Danske Regioner\n",
    [
      ["item", "stå for de strategiske leverandørsamarbejder og de store udbud i de kommende år"],
      ["item", "samarbejde med KL og Danske Regioner"],
    ],
  ],
  [
    "a loose list whose item has two paragraphs",
    "-   Erfaring med ledelse af ledere.\n\n    Gerne fra en politisk styret organisation.\n\n-   Politisk tæft.\n",
    [
      ["item", "Erfaring med ledelse af ledere. Gerne fra en politisk styret organisation."],
      ["item", "Politisk tæft."],
    ],
  ],
  [
    "links keep their text, not their address",
    "Læs mere på [vores hjemmeside](https://example.dk/job \"Job\") og [profilen][1] eller <https://example.dk/profil>.\n\n[1]: https://example.dk/profil.pdf\n",
    [["paragraph", "Læs mere på vores hjemmeside og profilen eller https://example.dk/profil."]],
  ],
  [
    "images: the alt text is kept",
    "![Styrelsens logo](logo.png)\n\nTekst efter billedet.\n",
    [
      ["paragraph", "Styrelsens logo"],
      ["paragraph", "Tekst efter billedet."],
    ],
  ],
  [
    "HTML in Markdown: tags out, text in",
    '<div align="center">\n\n**Stillingsopslag**\n\n</div>\n\nSøg <span class="x">senest</span> fredag.<br>Tak.\n',
    [
      ["heading", "Stillingsopslag"],
      ["paragraph", "Søg senest fredag. Tak."],
    ],
  ],
  [
    "a thematic break and a fenced code block",
    "Før.\n\n* * *\n\n```\nTekst i en kodeblok.\n```\n",
    [
      ["paragraph", "Før."],
      ["paragraph", "Tekst i en kodeblok."],
    ],
  ],
  [
    "pandoc's attributes: a span's words kept, an image's size gone with the image",
    '![](media/image1.png){width="1.97in" height="0.69in"}\n\nAnsøgning sendes via [www.holm.dk/job]{.underline} senest 12. april.\n',
    [["paragraph", "Ansøgning sendes via www.holm.dk/job senest 12. april."]],
  ],
  [
    "a timetable's items that open on a date: each its own item, not a list numbered from the day inside the one before",
    "- Uge 5: Stillingen offentliggøres\n- 4. marts 2027 kl. 12.00: Ansøgningsfrist\n- Uge 10: Udvælgelse af kandidater\n- 17. marts 2027: Første samtalerunde\n",
    [
      ["item", "Uge 5: Stillingen offentliggøres"],
      ["item", "4. marts 2027 kl. 12.00: Ansøgningsfrist"],
      ["item", "Uge 10: Udvælgelse af kandidater"],
      ["item", "17. marts 2027: Første samtalerunde"],
    ],
  ],
  [
    "footnotes: the reference and the note keep their mark, the note its own block (furniture, the notes' place)",
    "Kystbo har ca. 7.400 boliger[^1] i tre kommuner.\n\n[^1]: Opgjort pr. 1. januar 2027.\n",
    [
      ["paragraph", "Kystbo har ca. 7.400 boliger[^1] i tre kommuner."],
      ["paragraph", "[^1]: Opgjort pr. 1. januar 2027."],
    ],
  ],
];

describe("pandoc and Word constructs", () => {
  it.each(CASES)("%s", (_name, markdown, expected) => {
    const got = blocks(markdown);
    const pairs = expected.filter((e): e is [string, string] => Array.isArray(e));
    if (pairs.length === expected.length) expect(got).toEqual(pairs);
    for (const e of expected) if (typeof e === "string") expect(got.map((b) => b[1])).toContain(e);
    // No backslash, emphasis marker or link syntax reaches a block.
    for (const [, text] of got) expect(text).not.toMatch(/\\|\*\*|__|\]\(/u);
  });
});

describe("markup lines are dropped with their reason, never silently", () => {
  it("a setext underline, a thematic break and a code fence are separators", () => {
    expect(dropped("Titel\n=====\n\n***\n\n```\nTekst i en kodeblok.\n```\n")).toEqual([
      ["separator", 2, "====="],
      ["separator", 4, "***"],
      ["separator", 6, "```"],
      ["separator", 8, "```"],
    ]);
  });

  it("front matter is metadata, kept in dropped: its values never become text", () => {
    const text = "---\ntitle: Kontorchef\ndeadline: 2026-03-01\n---\n\n# Kontorchef\n\nTekst.\n";
    expect(dropped(text)).toEqual([
      ["front-matter", 1, "---"],
      ["front-matter", 2, "title: Kontorchef"],
      ["front-matter", 3, "deadline: 2026-03-01"],
      ["front-matter", 4, "---"],
    ]);
    expect(blocks(text)).toEqual([
      ["heading", "Kontorchef"],
      ["paragraph", "Tekst."],
    ]);
  });

  it("front matter's date is the day the file was published, and dates the deadline it leaves without a year", async () => {
    const text = "---\ntitle: Driftschef\ndate: 2027-09-02T09:30:00+02:00\nlastmod: 2028-01-03\n---\n\n## Ansøgning\n\nSend din ansøgning senest den 27. september kl. 12.00.\n";
    expect(readMarkdown(Buffer.from(text)).metadata).toEqual({ published: "2027-09-02", title: "Driftschef" });
    expect(readMarkdown(Buffer.from("---\ntitle: x\ndate: 2027-02-30\n---\n\nTekst.\n")).metadata).toEqual({ title: "x" });
    expect(readMarkdown(Buffer.from("---\ndate: 2027-02-30\n---\n\nTekst.\n")).metadata).toBeUndefined();
    const { record } = await parseProfile(Buffer.from(text), { fileName: "opslag.md" });
    expect(record.facts.applicationDeadline).toBe("2027-09-27T12:00");
  });

  it("front matter's title is the title the file gives itself, its quotes off", () => {
    const meta = (front: string) => readMarkdown(Buffer.from(`---\n${front}\n---\n\nTekst.\n`)).metadata?.title;
    expect(meta('title: "Skoleleder til Vestbyskolen"')).toBe("Skoleleder til Vestbyskolen");
    expect(meta("title: 'Leder af Musikskolen'")).toBe("Leder af Musikskolen");
    expect(meta("title: Job- og personprofil")).toBe("Job- og personprofil");
    // a key that only ends in "title" is another's
    expect(meta('subtitle: "Vi søger en leder"')).toBeUndefined();
    // a comment after the value is none of it; a block scalar is left unread
    expect(meta('title: "Skoleleder til Vestbyskolen" # kladde')).toBe("Skoleleder til Vestbyskolen");
    expect(meta("Title: Leder af Musikskolen # kladde")).toBe("Leder af Musikskolen");
    expect(meta("title: >-\n  Leder af Musikskolen")).toBeUndefined();
  });

  it("an image's alt text alone on its line is kept as a caption, a line for no title", () => {
    const lines = readMarkdown(Buffer.from("![Elever i frikvarter på skolegården](/img/a.jpg)\n\nVi søger en skoleleder.\n")).lines;
    expect(lines.find((l) => l.text.includes("Elever i frikvarter"))?.caption).toBe(true);
    expect(lines.find((l) => l.text.includes("Vi søger"))?.caption).toBeUndefined();
  });

  it("an HTML comment, a link definition and an image without alt text are markup", () => {
    expect(dropped("<!-- skjult\nnote -->\n\n[1]: https://example.dk\n\n![](spacer.gif)\n\nTekst.\n")).toEqual([
      ["markup", 1, "<!-- skjult"],
      ["markup", 2, "note -->"],
      ["markup", 4, "[1]: https://example.dk"],
      ["markup", 6, "![](spacer.gif)"],
    ]);
  });

  it("a setext heading of two lines is read as its lines, the underline as a rule", () => {
    const text = "Ansøgningsfristen er den 12. august 2026,\nog samtalerne holdes i uge 35.\n---\n";
    expect(blocks(text)).toEqual([["paragraph", "Ansøgningsfristen er den 12. august 2026, og samtalerne holdes i uge 35."]]);
    expect(dropped(text)).toEqual([["separator", 3, "---"]]);
  });

  it("a table's delimiter row is part of the table", () => {
    const { blocks: got } = md("| a | b |\n|---|---|\n| c | d |\n");
    expect(got).toHaveLength(1);
    expect(got[0].lines).toEqual([1, 2, 3]);
  });
});

describe("past the parser's budget", () => {
  it("a document of more setext headings than the parser takes in linear time is read as text, and says so", () => {
    const n = PARSER_BUDGET.setextUnderlines + 1;
    const text = Array.from({ length: n }, (_, i) => `Titel ${i}\n=====\n\nTekst nummer ${i} her.\n\n`).join("");
    const raw = readMarkdown(Buffer.from(text));
    expect(raw.warnings?.map((w) => w.code)).toEqual(["markdown-read-as-text"]);
    expect(raw.warnings?.[0].message).toContain("heading underlines");
    // the line patterns still read it: nothing lost (a block or, by the text path's rules, dropped with a reason)
    const { blocks: got, dropped: out } = normalise(raw);
    expect([...got.map((b) => b.text), ...out.map((d) => d.text)].join("\n").match(/Tekst nummer/gu)).toHaveLength(n);
  });

  it("one within the budget goes through the parser, with no warning", () => {
    const raw = readMarkdown(Buffer.from("Titel\n=====\n\nTekst her.\n\n".repeat(10)));
    expect(raw.warnings).toBeUndefined();
    expect(raw.lines[1].drop).toBe("separator");
  });

  it("a line nested past the budget is refused by the budget, not by a stack overflow", () => {
    const raw = readMarkdown(Buffer.from(`${"> ".repeat(70_000)}a\n`));
    expect(raw.warnings?.[0].message).toContain("nested");
  });
});

describe("positions are the source's lines", () => {
  it("a line of links and nothing else is the page's menu; a sentence with a link is text", () => {
    const got = md("[← Tilbage til ledige stillinger](../README.md) · [Om Bygningsstyrelsen](../om/README.md)\n\nSøg via [vores side](https://x.dk) senest 1. marts.\n").blocks;
    expect(got.map((b) => [b.text, b.furniture ?? false])).toEqual([
      ["← Tilbage til ledige stillinger · Om Bygningsstyrelsen", true],
      ["Søg via vores side senest 1. marts.", false],
    ]);
    // a line of links to write or ring someone is a contact's
    const contact = md("[jh@odense.dk](mailto:jh@odense.dk) · [23 45 67 89](tel:+4523456789)\n").blocks;
    expect(contact.map((b) => b.furniture ?? false)).toEqual([false]);
  });

  it("a block's lines and position are where it stands in the file", () => {
    const { blocks: got } = md("---\ntitle: x\n---\n\nTitel\n=====\n\n-   et punkt der\n    fortsætter\n");
    expect(got.map((b) => [b.type, b.lines])).toEqual([
      ["heading", [5]],
      ["item", [8, 9]],
    ]);
    expect(got[1].position).toEqual({ start: { line: 8, page: null }, end: { line: 9, page: null } });
  });

  it.each([
    // a "[" that opens no link, then a bare address: GFM links the address and leaves the text around it without positions
    ["**Vilkår** efter aftale\n[ se www.example.dk for mere", ["Vilkår efter aftale", "[ se www.example.dk for mere"]],
    ["Ring [ evt. efter kl. 9 ] til hr@example.dk eller\nskriv [ www.example.dk ] nu", ["Ring [ evt. efter kl. 9 ] til hr@example.dk eller", "skriv [ www.example.dk ] nu"]],
    ["**Kontakt** [ hr@example.dk\\\nJens Hansen [ www.example.dk\\\nslut", ["Kontakt [ hr@example.dk", "Jens Hansen [ www.example.dk", "slut"]],
  ])("keeps every word on its line where GFM gives no position: %j", (markdown, lines) => {
    const raw = readMarkdown(Buffer.from(markdown));
    expect(raw.lines.map((l) => l.text)).toEqual(lines);
    expect(raw.lines.filter((l) => l.drop)).toEqual([]);
  });

  it("form feeds make pages, as in plain text", () => {
    const raw = readMarkdown(Buffer.from("# Side et\n\nTekst.\n\f# Side to\n\nMere tekst.\n"));
    expect(raw.pages).toBe(2);
    expect(raw.lines.map((l) => l.page)).toEqual([1, 1, 1, 2, 2, 2, 2]);
    expect(raw.lines[3].text).toBe("# Side to");
  });
});

const MARKDOWN_FIXTURES = [
  "fixtures/layouts",
  "fixtures/formats/markdown",
  "fixtures/wild/md",
  "fixtures/markdown",
].flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => /\.md$/u.test(f) && f !== "README.md")
    .map((f) => join(d, f)),
);

describe.each(MARKDOWN_FIXTURES)("%s", (fixture) => {
  it("puts every non-blank source line in exactly one block or in dropped", async () => {
    const bytes = readFileSync(join(ROOT, fixture));
    const raw = await read(bytes, { fileName: fixture });
    const { blocks: got, dropped: out } = normalise(raw);
    const seen = new Map<number, number>();
    for (const b of got) for (const line of b.lines) seen.set(line, (seen.get(line) ?? 0) + 1);
    for (const d of out) seen.set(d.position.start.line, (seen.get(d.position.start.line) ?? 0) + 1);
    // The file's own lines, not the reader's: a markup line the reader dropped must be in `dropped`.
    const source = bytes.toString("utf8").split(/\r\n|\r|\n/u);
    source.forEach((text, i) => {
      if (text.trim()) expect(seen.get(i + 1), `line ${i + 1}: ${text}`).toBe(1);
    });
  });

  it("lets no backslash, emphasis marker or link syntax into the record", async () => {
    const { record } = await parseProfile(readFileSync(join(ROOT, fixture)), { fileName: fixture });
    const { dropped: _source, ...rest } = record;
    const text = JSON.stringify(rest);
    expect(text).not.toMatch(/\\\\|\*\*|\]\(/u);
    expect(text).not.toMatch(/(?<![\p{L}\d])[*_][\p{L}][^*_"]*[*_](?![\p{L}\d])/u);
  });
});

describe("session 43: pandoc's heading attributes and raw TeX", () => {
  it("takes a heading's identifier and classes off its words", () => {
    expect(blocks("# Jobbet {#jobbet .unnumbered}\n\nDu får ansvaret for 140 medarbejdere og et budget på 210 mio. kr.")[0]).toEqual(["heading", "Jobbet"]);
  });
  it("drops a page break passed on as '\\newpage', as markup", () => {
    expect(dropped("Tekst før.\n\n\\newpage\n\nTekst efter.")).toEqual([["markup", 3, "\\newpage"]]);
  });
});

describe("session 44: a footnote is the author's word", () => {
  it("reads the tests a footnote names, the note filed with the page's notes", async () => {
    const text = [
      "# Sekretariatschef",
      "",
      "## Ansættelsesproces",
      "",
      "Der indgår test og testinterview[^1] mellem de to samtalerunder, og der indhentes referencer.",
      "",
      "Ansøgningsfristen er mandag den 12. april 2027 kl. 12.00.",
      "",
      "[^1]: Testen består af Garuda og den kognitive test Matrigma.",
      "",
    ].join("\n");
    const { record } = await parseProfile(Buffer.from(text), { fileName: "x.md" });
    expect(record.facts.tests).toEqual(["Garuda", "Matrigma"]);
  });
});

describe("session 44 review: a footnote wrapped onto its next line", () => {
  it("reads the tests on the footnote's second line", async () => {
    const text = ["# Sekretariatschef", "", "## Ansættelsesproces", "", "Der indgår test og testinterview[^1] mellem de to samtalerunder.", "", "Ansøgningsfristen er mandag den 12. april 2027 kl. 12.00.", "", "[^1]: Kandidaterne til anden samtale gennemfører to tests, og testen består af", "    Garuda og den kognitive test Matrigma.", ""].join("\n");
    const { record } = await parseProfile(Buffer.from(text), { fileName: "x.md" });
    expect(record.facts.tests).toEqual(["Garuda", "Matrigma"]);
  });
});
