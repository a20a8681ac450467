import { describe, expect, it } from "vitest";
import { splitColumns } from "../../src/read/columns.js";
import type { SourceLine } from "../../src/read/types.js";

/** Lines as `pdftotext -layout` prints them: a form feed starts a page. */
function layout(text: string): SourceLine[] {
  let page = 1;
  return text.split("\n").map((t, i) => {
    if (t.startsWith("\f")) page++;
    return { text: t.replace("\f", ""), line: i + 1, page };
  });
}

/** Two columns side by side, the right one starting at `at`. */
const side = (left: string, right: string, at = 44) => `${left.padEnd(at)}${right}`.trimEnd();

const texts = (lines: SourceLine[]) => lines.map((l) => l.text.trim()).filter(Boolean);

const PROSE = [
  side("  Indledning", "Om selskabet"),
  "",
  side("  Selskabet søger en direktør, der kan stå", "Selskabet driver syv renseanlæg og et"),
  side("  i spidsen for den største afdeling i en", "ledningsnet på mere end tusind kilometer."),
  side("  tid med store investeringer.", ""),
  side("", "Visionen er at skabe den bedste forsyning"),
  side("  Direktøren bliver en del af en direktion", "med de laveste omkostninger for borgerne."),
  side("  på fire personer og får ansvaret for ca.", ""),
  side("  210 medarbejdere i driften.", "Direktionen arbejder efter en fælles plan."),
].join("\n");

describe("two columns side by side in layout text", () => {
  it("reads a page's left column first, then its right", () => {
    expect(texts(splitColumns(layout(PROSE)))).toEqual([
      "Indledning",
      "Selskabet søger en direktør, der kan stå",
      "i spidsen for den største afdeling i en",
      "tid med store investeringer.",
      "Direktøren bliver en del af en direktion",
      "på fire personer og får ansvaret for ca.",
      "210 medarbejdere i driften.",
      "Om selskabet",
      "Selskabet driver syv renseanlæg og et",
      "ledningsnet på mere end tusind kilometer.",
      "Visionen er at skabe den bedste forsyning",
      "med de laveste omkostninger for borgerne.",
      "Direktionen arbejder efter en fælles plan.",
    ]);
  });

  it("leaves a long line of prose whole, though a table's gutter lies under a space between its words", () => {
    const table = [side("1. samtalerunde", "19. og 20. maj 2027", 43), side("Test", "31. maj 2027", 43), side("2. samtalerunde", "2. juni 2027", 43), side("Tiltrædelse", "1. august 2027", 43)];
    const prose = "Du er en tillidsskabende og tydelig leder, der går foran og er til at få øje på, og du sætter en klar retning for hele organisationen.";
    // the prose line has a space just before the gutter's column, as one in five such lines has
    expect(prose[42]).toBe(" ");
    const lines = layout([...table, "", ...Array.from({ length: 6 }, () => [prose, ""]).flat()].join("\n"));
    expect(texts(splitColumns(lines)).filter((t) => t.startsWith("Du er"))).toEqual(Array.from({ length: 6 }, () => prose));
  });

  it("keeps each piece's line and page, so a split line is in two pieces of one line", () => {
    const out = splitColumns(layout(PROSE));
    expect(out.filter((l) => l.line === 3).map((l) => l.text.trim())).toEqual(["Selskabet søger en direktør, der kan stå", "Selskabet driver syv renseanlæg og et"]);
    expect(new Set(out.map((l) => l.page))).toEqual(new Set([1]));
  });

  it("reads two bulleted lists side by side one after the other", () => {
    const lists = [
      side("  Faglige kompetencer", "Personlige kompetencer"),
      side("  •  Teknisk uddannelse", "•  Tydelig og rolig"),
      side("  •  Erfaring med ledelse af ledere", "•  Inddrager medarbejderne"),
      side("  •  Indsigt i økonomistyring", "•  Skaber tillid"),
      side("  •  Kendskab til regulering", "•  Har humor"),
    ].join("\n");
    expect(texts(splitColumns(layout(lists)))).toEqual([
      "Faglige kompetencer",
      "•  Teknisk uddannelse",
      "•  Erfaring med ledelse af ledere",
      "•  Indsigt i økonomistyring",
      "•  Kendskab til regulering",
      "Personlige kompetencer",
      "•  Tydelig og rolig",
      "•  Inddrager medarbejderne",
      "•  Skaber tillid",
      "•  Har humor",
    ]);
  });

  it.each([
    [
      "a committee table: a name and a role to a row",
      [
        side("  Henrik Skov Andersen", "Bestyrelsesformand, Aarhus Vand"),
        side("  Lotte Krogh Nielsen", "Adm. direktør"),
        side("  Birgitte Lund Poulsen", "Medarbejderrepræsentant"),
        side("  Claus Bjerregaard", "Driftschef, Spildevand"),
      ],
    ],
    [
      "a timetable: a date and a round to a row",
      [
        side("  Tirsdag den 16. marts 2027", "Første samtale"),
        side("  Mandag den 22. marts 2027", "Test og case"),
        side("  Torsdag den 25. marts 2027", "Anden samtale"),
        side("  1. maj 2027", "Forventet tiltrædelse"),
      ],
    ],
  ])("keeps %s row by row", (_name, rows) => {
    const lines = layout(rows.join("\n"));
    expect(splitColumns(lines)).toEqual(lines);
  });

  it("reads cards side by side, a name over its title, each card whole and the left one first", () => {
    const cards = [
      side("Rasmus Overgaard Holm", "Lene Skov Madsen", 41),
      side("Borgmester (formand)", "Kommunaldirektør", 41),
      "",
      side("Birgitte Thyssen", "Karsten Mølgaard", 41),
      side("Formand, Omsorgs- og Sundhedsudvalget", "Formand, Handicap- og Psykiatriudvalget", 41),
    ].join("\n");
    expect(texts(splitColumns(layout(cards)))).toEqual([
      "Rasmus Overgaard Holm",
      "Borgmester (formand)",
      "Lene Skov Madsen",
      "Kommunaldirektør",
      "Birgitte Thyssen",
      "Formand, Omsorgs- og Sundhedsudvalget",
      "Karsten Mølgaard",
      "Formand, Handicap- og Psykiatriudvalget",
    ]);
  });

  it.each([
    [
      "a title, a name, a phone and an e-mail",
      [
        side("Direktør for Beskæftigelse", "HR-partner", 46),
        side("Mette Brask Holm", "Jonas Riis Kjeldsen", 46),
        side("Tlf. 24 81 60 37", "Tlf. 72 53 10 44", 46),
        side("mbh@fmk.dk", "jrk@fmk.dk", 46),
      ],
      ["Direktør for Beskæftigelse", "Mette Brask Holm", "Tlf. 24 81 60 37", "mbh@fmk.dk", "HR-partner", "Jonas Riis Kjeldsen", "Tlf. 72 53 10 44", "jrk@fmk.dk"],
    ],
    [
      "a name and an e-mail",
      [side("Mette Brask Holm", "Jonas Riis Kjeldsen", 40), side("mbh@fmk.dk", "jrk@fmk.dk", 40)],
      ["Mette Brask Holm", "mbh@fmk.dk", "Jonas Riis Kjeldsen", "jrk@fmk.dk"],
    ],
  ])("reads two contacts' cards side by side each whole: %s", (_name, rows, want) => {
    expect(texts(splitColumns(layout(rows.join("\n"))))).toEqual(want);
  });

  it.each([
    ["the numbers in one column", [side("Mette Brask Holm, direktør", "24 81 60 37", 40), side("Jonas Riis Kjeldsen, HR-partner", "72 53 10 44", 40)]],
    ["a phone's column and an e-mail's", [`${"Anne Holm".padEnd(14)}${"21 34 56 78".padEnd(30)}anne.holm@vejle.dk`, `${"Bo Berg".padEnd(14)}${"22 33 44 55".padEnd(30)}bo.berg@vejle.dk`]],
  ])("keeps a table of contacts row by row: %s", (_name, rows) => {
    const lines = layout(rows.join("\n"));
    expect(splitColumns(lines)).toEqual(lines);
  });

  it("keeps a timetable's rows in pairs between blank lines row by row: a label and its date are no cards", () => {
    const rows = [side("Ansøgningsfrist", "Mandag den 15. marts 2027", 32), side("1. samtale", "Onsdag den 24. marts 2027", 32), "", side("2. samtale", "Tirsdag den 6. april 2027", 32), side("Tiltrædelse", "1. juni 2027", 32)];
    const lines = layout(rows.join("\n"));
    expect(splitColumns(lines)).toEqual(lines);
  });

  it("leaves a page's running header above and its page number below the columns", () => {
    const page = [side("", "Job- og personprofil · Direktør", 60), "", PROSE, "", "", side("", "2", 40)].join("\n");
    const out = texts(splitColumns(layout(page)));
    expect(out[0]).toBe("Job- og personprofil · Direktør");
    expect(out.at(-1)).toBe("2");
    expect(out.at(-2)).toBe("Direktionen arbejder efter en fælles plan.");
  });

  it("leaves a long page foot that ends in its page number whole below the columns", () => {
    const foot = side("  Odsherred Kommune · Børn, Unge og Læring", "Side 1 af 2", 80);
    const page = [PROSE, "", "", foot].join("\n");
    const out = texts(splitColumns(layout(page)));
    expect(out.at(-1)).toBe(foot.trim());
    expect(out.at(-2)).toBe("Direktionen arbejder efter en fælles plan.");
  });

  it("reads a full-width paragraph after the columns after both, with the heading above it", () => {
    const page = [PROSE, "", "  Løn- og ansættelsesvilkår", "", "  Stillingen besættes på kontrakt med et gensidigt opsigelsesvarsel, og lønnen forhandles."].join("\n");
    const out = texts(splitColumns(layout(page)));
    expect(out.slice(-3)).toEqual(["Direktionen arbejder efter en fælles plan.", "Løn- og ansættelsesvilkår", "Stillingen besættes på kontrakt med et gensidigt opsigelsesvarsel, og lønnen forhandles."]);
  });

  it("splits each page by its own gutter", () => {
    const second = PROSE.split("\n").map((l) => (l ? `      ${l}` : l));
    second[0] = `\f${second[0]}`;
    const out = splitColumns(layout([PROSE, ...second].join("\n")));
    expect(out.filter((l) => l.page === 2 && l.text.trim() === "Om selskabet")).toHaveLength(1);
    expect(texts(out.filter((l) => l.page === 2))[1]).toBe("Selskabet søger en direktør, der kan stå");
  });

  it("leaves text without a gutter as it is, the same lines", () => {
    const lines = layout("Direktør for Forsyning\n\nVi søger en direktør, der kan stå i spidsen for driften.\n  •  med erfaring");
    expect(splitColumns(lines)).toBe(lines);
  });
});

describe("session 44: a paragraph beside a table", () => {
  const rows = [
    side("Ansættelsesudvalg", "Rekrutteringen gennemføres af Lindgaard", 46),
    side("", "Executive i tæt samarbejde med", 46),
    side("Niels Kjær Pedersen     Bestyrelsesformand", "ansættelsesudvalget. Ansøgningsfristen er", 46),
    side("Birgitte Damgaard       Næstformand", "mandag den 15. marts 2027 kl. 09.00.", 46),
    side("Henrik Skovbo           Adm. direktør", "Første samtalerunde afholdes torsdag den", 46),
    side("Tina Vad Mortensen      Økonomidirektør", "25. marts 2027 i Holstebro. Anden", 46),
    side("Carsten Lund            Medarbejdervalgt", "samtalerunde afholdes torsdag den 8. april", 46),
  ];
  const src = (texts: string[]): SourceLine[] => texts.map((text, i) => ({ text, line: i + 1, page: 1 }));
  it("reads the table's rows whole, then the paragraph, its lines flowing on", () => {
    const out = splitColumns(src(rows));
    expect(texts(out).slice(0, 6)).toEqual(["Ansættelsesudvalg", "Niels Kjær Pedersen     Bestyrelsesformand", "Birgitte Damgaard       Næstformand", "Henrik Skovbo           Adm. direktør", "Tina Vad Mortensen      Økonomidirektør", "Carsten Lund            Medarbejdervalgt"]);
    const right = out.filter((l) => l.flow);
    expect(right[0]).toMatchObject({ text: "Rekrutteringen gennemføres af Lindgaard", flow: "opens" });
    expect(right[1]).toMatchObject({ text: "Executive i tæt samarbejde med", flow: "wraps" });
    expect(right.find((l) => l.text.startsWith("Første"))?.flow).toBe("breaks");
  });
  it("leaves a timetable of steps and their days row by row, though its days go on in small letters", () => {
    const table = [
      side("1. samtalerunde", "onsdag den 2. juni 2027 kl. 9-15 på rådhuset", 30),
      side("Test og testfeedback", "mandag den 7. juni og tirsdag den 8. juni 2027", 30),
      side("2. samtalerunde", "torsdag den 10. juni 2027 på rådhuset i byen", 30),
      side("Forventet tiltrædelse", "onsdag den 1. september 2027 eller efter aftale", 30),
    ];
    expect(texts(splitColumns(src(table)))).toEqual(table);
  });
  it("leaves a table whose cells are sentences row by row", () => {
    const table = [
      side("Ansøgningsfrist", "mandag den 1. marts 2027 kl. 12.00 via vores hjemmeside.", 30),
      side("1. samtalerunde", "torsdag den 11. marts 2027 på rådhuset i Ringsted.", 30),
      side("2. samtalerunde", "tirsdag den 23. marts 2027 med test og en case.", 30),
      side("Tiltrædelse", "lørdag den 1. maj 2027 eller efter nærmere aftale.", 30),
    ];
    expect(texts(splitColumns(src(table)))).toEqual(table);
  });
  it("loses no line's text in the split", () => {
    const out = splitColumns(src(rows));
    const words = (ls: string[]) => ls.join(" ").split(/\s+/u).filter(Boolean).sort();
    expect(words(out.map((l) => l.text))).toEqual(words(rows));
  });
});

describe("session 45: running text beside a box of facts", () => {
  const src = (texts: string[]): SourceLine[] => texts.map((text, i) => ({ text, line: i + 1, page: 1 }));
  const page = [
    side("Vil du lede et center, der hver dag arbejder for, at", "Fakta", 64),
    side("patienterne i regionen får en sikker og", "", 64),
    side("sammenhængende behandling? Så er det måske dig, vi leder", "Ansøgningsfrist", 64),
    side("efter.", "Onsdag den 14. april 2027", 64),
    side("", "kl. 12.00", 64),
    side("Om centeret", "", 64),
    side("Centeret er regionens enhed for patientsikkerhed og", "Samtaler", 64),
    side("kvalitet. Det har 45 medarbejdere og ligger i", "1. runde: 22. april 2027", 64),
    side("Middelfart. Centeret understøtter de fire sygehuse.", "2. runde: 29. april 2027", 64),
  ];
  it("reads the text first, then the box, each of its lines as set", () => {
    expect(texts(splitColumns(src(page)))).toEqual([
      "Vil du lede et center, der hver dag arbejder for, at",
      "patienterne i regionen får en sikker og",
      "sammenhængende behandling? Så er det måske dig, vi leder",
      "efter.",
      "Om centeret",
      "Centeret er regionens enhed for patientsikkerhed og",
      "kvalitet. Det har 45 medarbejdere og ligger i",
      "Middelfart. Centeret understøtter de fire sygehuse.",
      "Fakta",
      "Ansøgningsfrist",
      "Onsdag den 14. april 2027",
      "kl. 12.00",
      "Samtaler",
      "1. runde: 22. april 2027",
      "2. runde: 29. april 2027",
    ]);
  });
  it("leaves a timetable whose steps wrap, their dates beside them, row by row", () => {
    const table = [
      side("Første samtale med ansættelsesudvalget. Du", "Onsdag den 21. april 2027", 56),
      side("præsenterer dine tanker om de første 100 dage", "", 56),
      side("i stillingen.", "", 56),
      side("Personlighedstest og tilbagemelding. Testen", "Uge 17", 56),
      side("gennemføres online, og du får svar samme dag.", "", 56),
      side("Anden samtale med direktionen og en case, som", "Tirsdag den 4. maj 2027", 56),
      side("du får udleveret dagen før. Samtalen varer to", "", 56),
      side("timer og holdes på rådhuset.", "", 56),
      side("Referencer indhentes med dit samtykke, og", "Uge 19", 56),
      side("tilbud om ansættelse gives kort efter.", "", 56),
    ];
    expect(texts(splitColumns(src(table)))).toEqual(table.map((t) => t.trim()));
  });
  it("takes a box set ragged, and one whose lines alternate with the text's above it", () => {
    const ragged = [
      side("Vil du være med til at forme, hvordan borgerne i", "", 70),
      side("", "FAKTA OM STILLINGEN", 70),
      side("regionen kommer til og fra uddannelse, arbejde og", "", 70),
      side("", "Stilling", 70),
      side("sygehus? Så er du måske vores nye enhedschef.", "Enhedschef", 70),
      side("Enheden består af 17 medarbejdere: planlæggere,", "Arbejdssted", 70),
      side("økonomer og en jurist. Den hidtidige chef er blevet", "Sorø", 63),
      side("direktør, og vi søger derfor en efterfølger.", "Ansøgningsfrist", 68),
      side("Enheden er kendt for sit gode samarbejde med alle.", "22.03.2027", 69),
    ];
    const got = texts(splitColumns(src(ragged)));
    expect(got.slice(0, 6)).toEqual([
      "Vil du være med til at forme, hvordan borgerne i",
      "regionen kommer til og fra uddannelse, arbejde og",
      "sygehus? Så er du måske vores nye enhedschef.",
      "Enheden består af 17 medarbejdere: planlæggere,",
      "økonomer og en jurist. Den hidtidige chef er blevet",
      "direktør, og vi søger derfor en efterfølger.",
    ]);
    expect(got[6]).toBe("Enheden er kendt for sit gode samarbejde med alle.");
    expect(got.slice(7)).toEqual(["FAKTA OM STILLINGEN", "Stilling", "Enhedschef", "Arbejdssted", "Sorø", "Ansøgningsfrist", "22.03.2027"]);
  });
});

describe("session 48: a committee's members in two columns, under a timetable's gutter elsewhere on the page", () => {
  const page = [
    "Ansættelsesudvalget består af:",
    "",
    side("Lone Bækgaard, formand for Sundheds- og", "Henrik Rask, direktør for Social og Sundhed", 49),
    side("Ældreudvalget", "(formand for ansættelsesudvalget)", 49),
    side("Mikkel Storm, centerchef for Social og", "Annette Juul, leder af Hjemmeplejen Øst", 49),
    "Handicap",
    side("Pia Kirkeby, medarbejderrepræsentant (FOA)", "Rasmus Holst, medarbejderrepræsentant (DSR)", 49),
    "",
    "Tidsplan:",
    "",
    side("  Mandag den 6. september 2027", "1. samtale med ansættelsesudvalget", 35),
    side("  Uge 36-37", "Test og feedback hos konsulenten", 35),
    side("  Onsdag den 15. september 2027", "Temadag for kandidaterne", 35),
    side("  Torsdag den 16. september 2027", "2. samtale med ansættelsesudvalget", 35),
    side("  Fredag den 1. oktober 2027", "Tiltrædelse", 35),
  ].join("\n");

  it("reads the members' left column first, each wrapped title under its name, then the right", () => {
    const out = splitColumns(layout(page));
    // nothing lost or doubled: the pieces' words are the page's
    const words = (t: string) => t.split(/\s+/u).filter(Boolean).sort();
    expect(words(out.map((l) => l.text).join(" "))).toEqual(words(page));
    expect(texts(out).slice(1, 10)).toEqual([
      "Lone Bækgaard, formand for Sundheds- og",
      "Ældreudvalget",
      "Mikkel Storm, centerchef for Social og",
      "Handicap",
      "Pia Kirkeby, medarbejderrepræsentant (FOA)",
      "Henrik Rask, direktør for Social og Sundhed",
      "(formand for ansættelsesudvalget)",
      "Annette Juul, leder af Hjemmeplejen Øst",
      "Rasmus Holst, medarbejderrepræsentant (DSR)",
    ]);
  });

  it("leaves the timetable at the page's own gutter row by row", () => {
    const out = texts(splitColumns(layout(page)));
    expect(out).toContain(side("  Mandag den 6. september 2027", "1. samtale med ansættelsesudvalget", 35).trim());
    expect(out).toContain(side("  Uge 36-37", "Test og feedback hos konsulenten", 35).trim());
  });
});

describe("session 48 review: a committee's members in two columns at the page's own gutter", () => {
  it("reads the left column first there too, a wrapped title under its name", () => {
    const page = [
      "Ansættelsesudvalget består af:",
      "",
      side("Lone Bækgaard, formand for Sundheds- og", "Henrik Rask, direktør for Social og Sundhed", 49),
      side("Ældreudvalget", "(formand for ansættelsesudvalget)", 49),
      side("Mikkel Storm, centerchef for Social og", "Annette Juul, leder af Hjemmeplejen Øst", 49),
      "Handicap",
      side("Pia Kirkeby, medarbejderrepræsentant (FOA)", "Rasmus Holst, medarbejderrepræsentant (DSR)", 49),
    ].join("\n");
    expect(texts(splitColumns(layout(page))).slice(1, 4)).toEqual(["Lone Bækgaard, formand for Sundheds- og", "Ældreudvalget", "Mikkel Storm, centerchef for Social og"]);
  });
});
