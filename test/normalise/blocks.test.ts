import { describe, expect, it } from "vitest";
import { buildBlocks, isTocLine, isWrappedDay, joinWrapped } from "../../src/normalise/blocks.js";
import { normalise } from "../../src/normalise/index.js";
import type { SourceLine } from "../../src/read/types.js";

const lines = (text: string, page: number | null = null): SourceLine[] =>
  text.split("\n").map((t, i) => ({ text: t, line: i + 1, page }));
const blocks = (text: string) => buildBlocks(lines(text)).blocks.map((b) => [b.type, b.text]);
/** The blocks after the one a lead-in's colon ends (the paragraph before it may be one block with it or two). */
const entriesAfterLeadIn = (text: string) => {
  const all = blocks(text);
  return all.slice(all.findIndex(([, t]) => t.endsWith(":")) + 1).map(([, t]) => t);
};

describe("joinWrapped: hard wrapping and hyphenation", () => {
  it.each([
    ["kommunal-", "direktøren skal", "kommunaldirektøren skal"],
    ["Rekrutterings- og", "fastholdelse", "Rekrutterings- og fastholdelse"],
    ["Økonomi-", "og Erhvervsudvalget", "Økonomi- og Erhvervsudvalget"],
    ["MED-", "organisationen", "MED-organisationen"],
    ["den politisk-", "strategiske styring", "den politisk-strategiske styring"],
    ["Høje-", "Taastrup Kommune", "Høje-Taastrup Kommune"],
    ["samarbejds-", "muligheder med", "samarbejdsmuligheder med"],
    ["en linje", "og den næste", "en linje og den næste"],
  ])("%s + %s → %s", (a, b, want) => {
    expect(joinWrapped(a, b)).toBe(want);
  });
});

describe("buildBlocks: rules between parts", () => {
  it("takes a text box's top and bottom drawn with box-drawing characters for rules, its lines for the text", () => {
    const text = "Om jobbet\n\n┌──────────────────────\n│ KORT FORTALT\n│\n│ Frist: 5. marts 2027 kl. 12.00\n└──────────────────────";
    const got = normalise({ format: "text", pages: null, lines: lines(text) });
    expect(got.blocks.map((b) => b.text).some((t) => /[─│┌└]/u.test(t))).toBe(false);
    expect(got.blocks.map((b) => b.text)).toContain("Frist: 5. marts 2027 kl. 12.00");
    // the top, the bottom, and the box's side alone on its line
    expect(got.dropped.filter((d) => d.reason === "separator").map((d) => d.text)).toEqual(["┌──────────────────────", "│", "└──────────────────────"]);
    // a line of nothing but an invisible space is no box's mark: blank, not dropped
    const zw = normalise({ format: "text", pages: null, lines: lines("Om jobbet\n\u200b\nDu får ansvaret for området.") });
    expect(zw.dropped.filter((d) => d.reason === "separator")).toEqual([]);
    // a double box's divider is a rule
    const divided = normalise({ format: "text", pages: null, lines: lines("Om jobbet\n\n╔════════╗\n║ Løn: Efter overenskomst\n╟────────╢\n║ Frist: 5. marts 2027\n╚════════╝") });
    expect(divided.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(["Løn: Efter overenskomst", "Frist: 5. marts 2027"]));
    // rounded and heavy corners are a box's too
    for (const [top, bottom] of [["╭────────╮", "╰────────╯"], ["┏━━━━━━━━┓", "┗━━━━━━━━┛"]]) {
      const box = normalise({ format: "text", pages: null, lines: lines(`Om jobbet\n\n${top}\n┃ Løn: Efter overenskomst\n${bottom}`) });
      expect(box.blocks.map((b) => b.text)).toContain("Løn: Efter overenskomst");
    }
  });

  it("takes a plain text's rule of equals signs for a break, not for text of the line beside it", () => {
    const text = "Læs høringsmaterialet på samsoe.dk/klimaplan\n\n============================================================\nSamsø Kommune · Søtofte 10 · 8305 Samsø\nTelefon 87 92 30 15 · samsoe@samsoe.dk";
    const got = buildBlocks(lines(text));
    expect(got.blocks.map((b) => b.text).some((t) => t.includes("==="))).toBe(false);
    expect(got.separators).toHaveLength(1);
  });
});

describe("buildBlocks: a timetable by weeks", () => {
  it("keeps each week's line apart, as it keeps a label's", () => {
    const text = "Tidsplan\n\nUge 11: Ansøgningsfrist mandag den 15. marts 2027 kl. 12.00\nUge 12: Gennemgang af ansøgninger og udvælgelse af kandidater\nUge 14: 1. samtalerunde med ansættelsesudvalget\nUge 15–16: Test og 2. samtalerunde";
    expect(blocks(text).map(([, t]) => t)).toEqual([
      "Tidsplan",
      "Uge 11: Ansøgningsfrist mandag den 15. marts 2027 kl. 12.00",
      "Uge 12: Gennemgang af ansøgninger og udvælgelse af kandidater",
      "Uge 14: 1. samtalerunde med ansættelsesudvalget",
      "Uge 15–16: Test og 2. samtalerunde",
    ]);
  });
});

describe("buildBlocks: a timetable whose date cells outgrow their column", () => {
  it("keeps each dated row apart, a gap of two spaces after a date as good as three", () => {
    const text = "Tidsplan\nUge 9       Ansøgningsfrist 1. marts kl. 12.00\n11. marts   1. samtalerunde i København\n15.–17. marts  Test og testfeedback hos konsulenten\n23. marts   2. samtalerunde i Esbjerg\n1. maj      Forventet tiltrædelse";
    expect(blocks(text).map(([, t]) => t)).toEqual([
      "Tidsplan",
      "Uge 9       Ansøgningsfrist 1. marts kl. 12.00",
      "11. marts   1. samtalerunde i København",
      "15.–17. marts  Test og testfeedback hos konsulenten",
      "23. marts   2. samtalerunde i Esbjerg",
      "1. maj      Forventet tiltrædelse",
    ]);
  });
  it("keeps a timetable's rows by week and a dash apart, however long, and the dated row after them", () => {
    const text = "Uge 21 – 2. samtalerunde torsdag den 27. maj med oplæg om en udleveret case\nUge 22 – Referencer indhentes, og ansættelsen forventes afklaret\n1. august 2027 – Tiltrædelse";
    expect(blocks(text)).toHaveLength(3);
  });
  it("keeps a timetable's rows dated by numbers apart where a date cell outgrew its column", () => {
    const text = "14.04.2027              1. samtalerunde i Regionshuset\n15.04.–20.04.2027       Test med tilbagemelding\n26.04.2027 og 27.04.2027  2. samtalerunde med case\n01.07.2027              Forventet tiltrædelse";
    expect(blocks(text).map(([, t]) => t)).toEqual(text.split("\n"));
  });
  it("joins prose whose line opens on a date and a single space", () => {
    const text = "Vi holder samtaler den\n11. marts og igen den 23. marts, hvor de sidste kandidater møder udvalget.";
    expect(blocks(text)).toHaveLength(1);
  });
});

describe("buildBlocks: headings by shape", () => {
  it.each([
    ["Indledning\n\nTekst her.", "Indledning"],
    ["1. Baggrund\n\nTekst her.", "1. Baggrund"],
    ["PERSONPROFIL\n\nTekst her.", "PERSONPROFIL"],
    ["Ansøgning:\nSendes via hjemmesiden.", "Ansøgning:"],
    ["Hvem er du?\n\nDu er en leder.", "Hvem er du?"],
    ["# Jobprofil\nTekst.", "Jobprofil"],
    ["**Opgaver og ansvar**\nTekst.", "Opgaver og ansvar"],
    // a number after a word that names no street
    ["Fase 2\n\nTekst her.", "Fase 2"],
  ])("%j has heading %j", (text, heading) => {
    expect(blocks(text)[0]).toEqual(["heading", heading]);
  });

  it("takes a line the contents page lists for a chapter's heading, though it ends in a word a sentence wraps at", () => {
    const text = "Indhold\n1. Om kommunen ........ 2\n6. Sådan foregår det ........ 9\n\n1. Om kommunen\n\nTekst her.\n\n6. Sådan foregår det\n\nDu søger via linket.";
    const got = blocks(text);
    expect(got).toContainEqual(["heading", "6. Sådan foregår det"]);
    // without a contents page the same line reads as a sentence's start
    expect(blocks("Tekst her.\n\n6. Sådan foregår det\n\nDu søger via linket.")).not.toContainEqual(["heading", "6. Sådan foregår det"]);
  });

  it("takes the chapters a contents list names without page numbers for headings where they stand again", () => {
    const text = "Indhold\nAfsnit 1: Baggrund for stillingen\nAfsnit 2: Bostedet og beboerne\nAfsnit 3: Stillingen som forstander\n\nAfsnit 2: Bostedet og beboerne\n\nSkovbrynet er en selvejende institution.\n\nAfsnit 3: Stillingen som forstander\n\nForstanderen har det samlede ansvar.";
    const got = blocks(text);
    expect(got.slice(4)).toEqual([["heading", "Afsnit 2: Bostedet og beboerne"], ["paragraph", "Skovbrynet er en selvejende institution."], ["heading", "Afsnit 3: Stillingen som forstander"], ["paragraph", "Forstanderen har det samlede ansvar."]]);
    // the same lines with no contents list above them read as a label and its value
    expect(blocks("Tekst her.\n\nAfsnit 2: Bostedet og beboerne\n\nSkovbrynet er en selvejende institution.")).not.toContainEqual(["heading", "Afsnit 2: Bostedet og beboerne"]);
  });

  it("reads a bold line of a posting's particulars as a line, not a heading", () => {
    expect(blocks("**Limfjord Forsyning A/S · Skive · Fuldtid · Ansøgningsfrist 21. marts 2027**\n\nTekst her.")[0]).toEqual([
      "paragraph",
      "Limfjord Forsyning A/S · Skive · Fuldtid · Ansøgningsfrist 21. marts 2027",
    ]);
  });

  it.each([
    ["Nogle af de vigtigste opgaver vil være at\n\n- lede", "a lead-in ending on a function word"],
    ["Indstillingsudvalget består af:\n\n- Lasse Jacobsen", "a sentence ending in a colon"],
    ["5. november 2010\n\nTekst her.", "a date"],
    // a timetable exported one cell to a line: each date is its label's value
    ["Søndag den 14. marts 2027 kl. 23.59\n\n1. samtale", "a date with its weekday and time"],
    ["Tirsdag 06.04.2027\n\n2. samtale", "a numeric date"],
    ["Uge 17\n\nTiltrædelse", "a week"],
    ["Ring på tlf. 4030 7570\n\nTekst.", "a phone number"],
    ["HR-konsulent Bo Stenholt, tlf. 62 23\n\n10 87, bost@svendborg.dk.", "a phone number the line's end cut"],
    ["KL\n\nWeidekampsgade 10", "an acronym of two letters"],
    ["Job- og personprofil\n\nChef for Stab", "the document type on a cover"],
    ["Niels Bohrs Vej 30\n\n9220 Aalborg Øst", "a street and its number"],
    ["9220 Aalborg Øst\n\nFølg os på LinkedIn", "a postcode and its town"],
    ["Silkeborg Kommune, Søvej 1, 8600 Silkeborg\n\nTekst.", "an address"],
    ["Følg os på LinkedIn\n\nTekst.", "a link to follow the employer"],
    ["Udarbejdet af Hvidberg & Kvist Rekruttering i samarbejde med Vordingborg Kommune\n\n---\n\nTekst her.", "a cover's byline"],
    ["Kære kandidat\n\nTak fordi du har lyst til at læse om stillingen.", "a letter's salutation"],
  ])("%j is not a heading (%s)", (text) => {
    expect(blocks(text)[0][0]).not.toBe("heading");
  });
});

describe("buildBlocks: a known heading right after a list item whose bullet and full stop a PDF lost", () => {
  const headings = (text: string) => blocks(text).filter(([type]) => type === "heading").map(([, t]) => t);
  it.each([
    ["Vi forestiller os, at du:\ner en synlig leder, der kender eleverne\nhar humor og kan holde humøret oppe\nDet får du.\nDu får en skole med engagerede medarbejdere.", "Det får du."],
    ["✓ robust og rolig, også når der er pres på\n✓ ordentlig og troværdig i alt, hvad du gør\nLøn og vilkår\nAnsættelsen sker på en individuel direktørkontrakt.", "Løn og vilkår"],
    ["går i dialog med forældre, også når samtalerne er svære, og har humor og kan holde humøret oppe\nSådan kommer du videre.\nDu søger via linket på hjemmesiden.", "Sådan kommer du videre."],
  ])("%j opens %j", (text, heading) => {
    expect(headings(text)).toEqual([heading]);
  });
  it.each([
    // a button under a fact box's label line, copied with the page
    ["Tiltrædelse: 01.04.2027\nSøg stillingen\nVil du stå i spidsen for et team?", "a button after a label line"],
  ])("%j opens nothing (%s)", (text) => {
    expect(headings(text)).toEqual([]);
  });
});

describe("buildBlocks: a list a lead-in's colon opens, without bullets", () => {
  it("starts each capitalised line after one well short of the margin anew, however long", () => {
    const text = [
      "Region Nordjylland har nedsat et indstillingsudvalg, der med bistand fra Mploy står for hele rekrutteringen af den nye direktør.",
      "Indstillingsudvalget består af:",
      "Regionsdirektør Kirsten Bach Mølgaard (formand)",
      "Lægefaglig direktør Anna Sofie Thygesen, Regionshospital Nordjylland",
      "Sygeplejefaglig direktør Merete Kold, Regionshospital Nordjylland",
    ].join("\n");
    expect(blocks(text).slice(-3).map(([, t]) => t)).toEqual([
      "Regionsdirektør Kirsten Bach Mølgaard (formand)",
      "Lægefaglig direktør Anna Sofie Thygesen, Regionshospital Nordjylland",
      "Sygeplejefaglig direktør Merete Kold, Regionshospital Nordjylland",
    ]);
  });
  it("starts a line in lower case anew where its first word would have fitted on the line before, past an abbreviation's full stop", () => {
    const text = [
      "Som skoleleder har du det samlede ansvar for skolens pædagogiske udvikling, personale og økonomi, og du refererer til skolechefen i Børn og Unge.",
      "Du kommer til at:",
      "sætte retningen for skolens pædagogiske arbejde sammen med ledelsesteamet",
      "lede og udvikle medarbejderne gennem en tydelig og nærværende ledelse",
      "have ansvaret for skolens budget på ca. 62 mio. kr.",
      "samarbejde tæt med skolebestyrelsen og forældrene",
    ].join("\n");
    expect(entriesAfterLeadIn(text)).toEqual([
      "sætte retningen for skolens pædagogiske arbejde sammen med ledelsesteamet",
      "lede og udvikle medarbejderne gennem en tydelig og nærværende ledelse",
      "have ansvaret for skolens budget på ca. 62 mio. kr.",
      "samarbejde tæt med skolebestyrelsen og forældrene",
    ]);
  });
  it("goes on with an entry whose line the next word would not have fitted on", () => {
    const text = [
      "Som skoleleder har du det samlede ansvar for skolens pædagogiske udvikling, personale og økonomi, og du refererer til skolechefen i Børn og Unge.",
      "Du kommer til at:",
      "sætte retningen for skolens pædagogiske arbejde sammen med ledelsesteamet og de øvrige ledere på skolen og i",
      "resten af kommunen",
    ].join("\n");
    expect(entriesAfterLeadIn(text)).toEqual([
      "sætte retningen for skolens pædagogiske arbejde sammen med ledelsesteamet og de øvrige ledere på skolen og i resten af kommunen",
    ]);
  });
  it("lets a bulleted item go on over a line", () => {
    const text = "Vi forestiller os, at du:\n- kan bevare roen og venligheden, når en forælder er frustreret over en plads langt fra hjemmet\nKendskab til KMD er en fordel.";
    expect(blocks(text).map(([type]) => type)).toEqual(["paragraph", "item"]);
  });
});

describe("buildBlocks: a chapter's number after a numbered list", () => {
  it("opens a heading whose clause a preposition ends, though the list's last item carries the same number", () => {
    const text = [
      "De vigtigste opgaver er:",
      "3. Skabe en fælles driftskultur på tværs af afdelingerne, hvor sikkerhed og arbejdsmiljø altid kommer først.",
      "4. Styrke projektstyringen, så store anlægsprojekter leveres til tiden og inden for det aftalte budget.",
      "4. Den vi leder efter",
      "Du er ingeniør eller har en anden relevant teknisk uddannelse og mindst ti års erfaring fra forsyning.",
    ].join("\n");
    expect(blocks(text).slice(-2)).toEqual([
      ["heading", "4. Den vi leder efter"],
      ["paragraph", "Du er ingeniør eller har en anden relevant teknisk uddannelse og mindst ti års erfaring fra forsyning."],
    ]);
  });
});

describe("isWrappedDay", () => {
  it.each([["juni, og anden samtalerunde", true], ["marts-møde i byrådet", true], ["viceborgmester Hanne Lykkeberg", false]])("%j → %s", (after, want) => {
    expect(isWrappedDay(after)).toBe(want);
  });
});

describe("buildBlocks: a known heading that a preposition ends, in a text without blank lines", () => {
  it("opens a heading", () => {
    const text = ["Om afdelingen", "Afdelingen har to kliniske sygeplejespecialister.", "Det kommer du til at arbejde med", "Som klinisk sygeplejespecialist udvikler du sygeplejen."].join("\n");
    expect(blocks(text).map(([type]) => type)).toEqual(["heading", "paragraph", "heading", "paragraph"]);
  });
});

describe("buildBlocks: a question over a list", () => {
  it("opens a heading though a preposition ends it: a question strands it where it ends, no line's wrap", () => {
    const text = ["Har du det, der skal til?", "- Du har erfaring med ledelse af driftsmedarbejdere"].join("\n");
    expect(blocks(text)).toEqual([
      ["heading", "Har du det, der skal til?"],
      ["item", "Du har erfaring med ledelse af driftsmedarbejdere"],
    ]);
  });
});

describe("buildBlocks: lists", () => {
  it.each(["•", "-", "o", "▪", "–", "*"])("%s starts an item, wrapped lines continue it", (marker) => {
    const got = blocks(`Opgaverne er:\n${marker} første opgave, der\nfortsætter her\n${marker} anden opgave`);
    expect(got).toEqual([
      ["paragraph", "Opgaverne er:"],
      ["item", "første opgave, der fortsætter her"],
      ["item", "anden opgave"],
    ]);
  });

  it.each([
    ["1) første\n2) anden", ["1) første", "2) anden"]],
    ["a. første\nb. anden", ["a. første", "b. anden"]],
    ["1. samtale: 23. april\n2. samtale: 30. april", ["1. samtale: 23. april", "2. samtale: 30. april"]],
  ])("ordered markers in %j stay in the items' text", (text, items) => {
    const got = buildBlocks(lines(`Punkter:\n${text}`)).blocks.filter((b) => b.type === "item");
    expect(got.map((b) => [b.text, b.ordered])).toEqual(items.map((t) => [t, true]));
  });

  it("does not take a date wrapped to the line start for an item", () => {
    const got = blocks("Første samtalerunde afvikles onsdag den\n7. juni, og anden runde senere.");
    expect(got).toEqual([["paragraph", "Første samtalerunde afvikles onsdag den 7. juni, og anden runde senere."]]);
  });

  it("does not take a dash inside a wrapped sentence for a bullet", () => {
    const got = blocks("Erfaringen kan\n– men behøver ikke – komme fra en kommune.");
    expect(got).toEqual([["paragraph", "Erfaringen kan – men behøver ikke – komme fra en kommune."]]);
  });

  it("takes dashes for bullets when the next line opens on the same dash, after an open clause as well", () => {
    const got = blocks("Vi søger en leder, der\n- har læreruddannelse\n- er synlig i hverdagen");
    expect(got).toEqual([
      ["paragraph", "Vi søger en leder, der"],
      ["item", "har læreruddannelse"],
      ["item", "er synlig i hverdagen"],
    ]);
  });

  it("takes a link's call to apply on a line of its own for no heading", () => {
    const got = blocks("Ansøgningsfristen er 1. marts.\n\nSøg stillingen her\n\nJobcenter Holbæk er en del af Holbæk Kommune.");
    expect(got.map(([type]) => type)).toEqual(["paragraph", "paragraph", "paragraph"]);
  });

  it("makes attachment lines a list", () => {
    const got = blocks("Bilag 1: Organisationsdiagram\nBilag 2: Strategi");
    expect(got).toEqual([
      ["item", "Bilag 1: Organisationsdiagram"],
      ["item", "Bilag 2: Strategi"],
    ]);
  });
});

describe("buildBlocks: paragraphs", () => {
  it("joins hard-wrapped lines and splits on blank lines", () => {
    expect(blocks("Første linje\nfortsætter.\n\nNyt afsnit.")).toEqual([
      ["paragraph", "Første linje fortsætter."],
      ["paragraph", "Nyt afsnit."],
    ]);
  });

  it("ends a paragraph at a short line that ends a sentence, in text without blank lines", () => {
    const long = "Dette er en lang linje der fylder hele bredden af siden og lidt til for at";
    const text = `${long}\n${long}\nslutte her.\n${long}\nog færdig.`;
    expect(blocks(text).map((b) => b[0])).toEqual(["paragraph", "paragraph"]);
  });

  it("ignores the blank line after every line of double-spaced extraction", () => {
    const body = Array.from({ length: 24 }, (_, i) => `Linje ${i} i et afsnit som fortsætter på næste linje og`).join("\n\n");
    const got = blocks(`${body}\n\nslutter.`);
    expect(got).toHaveLength(1);
    expect(got[0][1]).toMatch(/^Linje 0 .* slutter\.$/u);
  });

  it("keeps every blank line a block's end where the reader parsed the blocks (HTML, Word), however many there are", () => {
    // a page's blocks, a blank line between each two: by its spacing alone a double-spaced extraction
    const page = Array.from({ length: 24 }, (_, i) => `Afsnit ${i} om stillingen`).join("\n\n");
    const text = `${page}\n\nOpslået 3. februar 2027 · Departementet · Stillingsnr. BM-2027-014\n\nVil du stå i spidsen for et kontor?`;
    const got = buildBlocks(lines(text), { blocksParsed: true }).blocks.map((b) => b.text);
    expect(got.slice(-2)).toEqual(["Opslået 3. februar 2027 · Departementet · Stillingsnr. BM-2027-014", "Vil du stå i spidsen for et kontor?"]);
    expect(got).toHaveLength(26);
    expect(buildBlocks(lines(text)).blocks.length).toBeLessThan(26);
  });

  it("ends a line in text of a paragraph a line (a browser's copy) where the next begins in capitals, though it stops without a full stop", () => {
    const prose = "Vil du vide mere om stillingen, er du velkommen til at ringe til museumsdirektøren på 33 47 31 09 eller skrive til hende, og vi svarer hurtigt.";
    const text = `${prose}\n${prose}\nLæs mere om at arbejde på Nationalmuseet og om vores personalegoder\nLæs mere om vores politik for ligestilling og mangfoldighed`;
    expect(blocks(text).slice(-2)).toEqual([
      ["paragraph", "Læs mere om at arbejde på Nationalmuseet og om vores personalegoder"],
      ["paragraph", "Læs mere om vores politik for ligestilling og mangfoldighed"],
    ]);
  });

  it("continues a block broken by a page's blank lines when the next line goes on in lower case", () => {
    expect(blocks("- Samarbejdet er smidigt og mellem\n\ndet politiske niveau.")).toEqual([
      ["item", "Samarbejdet er smidigt og mellem det politiske niveau."],
    ]);
  });

  it("strips Markdown's inline marks", () => {
    expect(blocks("Fristen er **den 12. august 2026**.")).toEqual([["paragraph", "Fristen er den 12. august 2026."]]);
  });

  it("keeps a pipe table as rows", () => {
    const b = buildBlocks(lines("| Hvad | Hvornår |\n| --- | --- |\n| Frist | 1. april |")).blocks;
    expect(b).toHaveLength(1);
    expect(b[0].rows).toEqual([
      ["Hvad", "Hvornår"],
      ["Frist", "1. april"],
    ]);
    expect(b[0].lines).toEqual([1, 2, 3]);
  });
});

describe("normalise: a table whose cells a tab parts (pdf.js, a browser's copy)", () => {
  const raw = (text: string) => ({ format: "pdf" as const, pages: 1, lines: lines(text, 1) });
  it("keeps each row a row, with a row set without a tab between two rows, and leaves the line after it out of it", () => {
    const b = normalise(
      raw("Udvalget består af:\nNavn \tFunktion\nHanne Krogsgaard \tBorgmester, formand\nJens-Ole Bach \t1. viceborgmester\nTidsplan\nDato \tAktivitet\nSøndag den 7. februar 2027 kl. 23.59 Ansøgningsfrist\nTirsdag den 16. februar \t1. samtalerunde"),
    ).blocks;
    expect(b.map((x) => x.type === "table")).toEqual([false, true, false, true]);
    expect(b[2].text).toBe("Tidsplan");
    expect(b[1].rows).toEqual([["Navn", "Funktion"], ["Hanne Krogsgaard", "Borgmester, formand"], ["Jens-Ole Bach", "1. viceborgmester"]]);
    expect(b[3].rows).toEqual([["Dato", "Aktivitet"], ["Søndag den 7. februar 2027 kl. 23.59 Ansøgningsfrist"], ["Tirsdag den 16. februar", "1. samtalerunde"]]);
  });
  it("runs a justified line of prose, cut at its wide gaps, on in its paragraph", () => {
    const b = normalise(raw("Ansættelsesudvalget består af dekan Lene Fabricius (formand),\nprodekan \tMorten \tSchou,\nprofessor Ewa Kowalska og lektor Thomas Riber.")).blocks;
    expect(b.map((x) => x.type)).toEqual(["paragraph"]);
    expect(b[0].text).toBe("Ansættelsesudvalget består af dekan Lene Fabricius (formand), prodekan Morten Schou, professor Ewa Kowalska og lektor Thomas Riber.");
  });
  it("keeps a table's head after a list's last line a row", () => {
    const b = normalise(raw("Udvalget består af:\nAnette Noer, forælderrepræsentant fra skolebestyrelserne\nUge \tDato \tAktivitet\n33 \tFredag den 20. august 2027 \tAnsøgningsfrist")).blocks;
    expect(b.at(-1)!.rows).toEqual([["Uge", "Dato", "Aktivitet"], ["33", "Fredag den 20. august 2027", "Ansøgningsfrist"]]);
  });
  it("reads numbered chapter headings and fact-box label lines as lines, not rows", () => {
    const b = normalise(raw("1 \tIndledning\nAnsøgningsfrist \t7. marts 2027\nArbejdssted \tVejle")).blocks;
    expect(b.some((x) => x.type === "table")).toBe(false);
    expect(b[0].type).toBe("heading");
    expect(b[0].text).toMatch(/^1\s+Indledning$/u);
  });
});

describe("buildBlocks: what PDFs from Word leave behind", () => {
  it("takes Symbol-font bullets (U+F0B7) for bullets, with or without a space", () => {
    expect(blocks("Punkter:\n\uf0b7 første\n\uf0b7anden")).toEqual([
      ["paragraph", "Punkter:"],
      ["item", "første"],
      ["item", "anden"],
    ]);
  });
});

describe("buildBlocks: the emoji a web page lists with", () => {
  it("takes ✅, 👉 and ✔️ (with its presentation selector) for bullets", () => {
    expect(blocks("Det får du hos os:\n✅ Et hus med masser af liv\n👉 Korte beslutningsveje\n✔️ En stabil personalegruppe")).toEqual([
      ["heading", "Det får du hos os:"],
      ["item", "Et hus med masser af liv"],
      ["item", "Korte beslutningsveje"],
      ["item", "En stabil personalegruppe"],
    ]);
  });
});

describe("buildBlocks: what pdftotext leaves behind", () => {
  it("joins a bullet on a line of its own with the item's text on the next", () => {
    expect(blocks("Udvalget består af:\n\n•\n\n1. viceborgmester Ann Hansen\n\n•\n\nmedlem Kurt Jensen")).toEqual([
      ["paragraph", "Udvalget består af:"],
      ["item", "1. viceborgmester Ann Hansen"],
      ["item", "medlem Kurt Jensen"],
    ]);
  });
});

describe("buildBlocks: short lines", () => {
  // Short is relative to the width the body is wrapped at.
  const body = "\n\nDirektøren har ansvaret for den samlede økonomi og for udviklingen af hele\norganisationen, og opgaverne omfatter budget, analyse og politisk betjening.";
  const blocks = (text: string) => buildBlocks(lines(text + body)).blocks.map((b) => [b.type, b.text]).slice(0, -1);

  it("keeps a list of people a line, each 'Name, role' of its own however long, and its first line no heading", () => {
    const list = [
      "Henriette Kjærsgaard, departementschef (formand)",
      "Mikkel Østergaard Brandt, afdelingschef, Økonomi og Analyse",
      "Sanne Lykke Pallesen, kontorchef, Kontor for Forsørgelse",
      "Jonas Ravnholt, medarbejderrepræsentant",
    ];
    const got = blocks(`Ansættelsesudvalget består af:\n\n${list.join("\n")}`);
    expect(got.slice(1).flatMap(([type, text]) => text.split("\n").map((t) => [type, t]))).toEqual(list.map((l) => ["paragraph", l]));
    // the list alone, no lead-in above it: still a line each
    expect(blocks(list.join("\n")).flatMap(([type, text]) => text.split("\n").map((t) => [type, t]))).toEqual(list.map((l) => ["paragraph", l]));
    // organisations in a wrapped sentence, a clause after each comma: one paragraph
    const prose = "Vi samarbejder tæt med vores naboer, blandt andre\nAarhus Vand, som leverer drikkevand til 350.000 borgere, og med vores nabo mod syd,\nSkanderborg Forsyning, der står for spildevandet i hele kommunen.";
    expect(blocks(prose).some(([, text]) => text.includes("Aarhus Vand, som leverer") && text.includes("Skanderborg Forsyning, der står"))).toBe(true);
    // a sentence wrapped after a name and a comma runs on
    expect(blocks("Direktør Sanne Lykke Pallesen, som har ledet området i otte år, går på pension\nefter sommerferien.")).toEqual([
      ["paragraph", "Direktør Sanne Lykke Pallesen, som har ledet området i otte år, går på pension efter sommerferien."],
    ]);
  });
  it("keeps a title block's and an address's short lines together, each on its line, and a wrapped title whole", () => {
    expect(blocks("Job- og personprofil\nDirektør for Teknik og Miljø\nSyddjurs Kommune")).toEqual([
      ["paragraph", "Job- og personprofil\nDirektør for Teknik og Miljø"],
      // two capitalised words may be a person's name: committee lines are read one by one
      ["paragraph", "Syddjurs Kommune"],
    ]);
    expect(blocks("Chef for Stabs- og\nByrådssekretariatet")).toEqual([["paragraph", "Chef for Stabs- og Byrådssekretariatet"]]);
    expect(blocks("KL\nWeidekampsgade 10\nPostboks 3370\nKøbenhavn S")).toEqual([["paragraph", "KL\nWeidekampsgade 10\nPostboks 3370\nKøbenhavn S"]]);
  });

  it("keeps a cover's big lines one paragraph instead of headings", () => {
    expect(blocks("VIBORG\nKOMMUNE\n\nJob- og personprofil")).toEqual([
      ["paragraph", "VIBORG\nKOMMUNE"],
      ["paragraph", "Job- og personprofil"],
    ]);
  });

  it("keeps a short heading in the body a heading, though a short line follows it", () => {
    const got = buildBlocks(lines(`Flyvefærdig direktør i børnehøjde\n\nKommunen søger en direktør, der kan lede en stor organisation.\n\nOm kommunen\nKommune i vækst\n\nTekst.${body}`)).blocks;
    expect(got.find((b) => b.text === "Om kommunen")?.type).toBe("heading");
  });

  it("puts a date glued to the credit line above it on its own line", () => {
    expect(blocks("KjeldgaardJuni 2026\n\nVIBORG")[0]).toEqual(["paragraph", "Kjeldgaard\nJuni 2026"]);
  });

  it("keeps lines with a name, a comma or a phone number apart: the extractors read them one by one", () => {
    const texts = (text: string) => blocks(text).map((b) => b[1]);
    expect(texts("Udvalget består af:\nLasse Jacobsen, kommunaldirektør\nLene Christensen, kommunikationschef")).toEqual([
      "Udvalget består af:",
      "Lasse Jacobsen, kommunaldirektør",
      "Lene Christensen, kommunikationschef",
    ]);
    expect(texts("Udvalget består af:\nRådmand Mai-Britt Iversen\nKommunaldirektør Jens Kristian Munk")).toEqual([
      "Udvalget består af:",
      "Rådmand Mai-Britt Iversen",
      "Kommunaldirektør Jens Kristian Munk",
    ]);
    expect(texts("Udvalget består af:\nLisbeth Binderup\nTlf. 2049 5140")).toEqual(["Udvalget består af:", "Lisbeth Binderup", "Tlf. 2049 5140"]);
  });
});

describe("buildBlocks: merged and broken text", () => {
  const body = "\n\nDirektøren har ansvaret for den samlede økonomi og for udviklingen af hele\norganisationen, og opgaverne omfatter budget, analyse og politisk betjening.";
  const blocks = (text: string) => buildBlocks(lines(text + body)).blocks.map((b) => [b.type, b.text]).slice(0, -1);

  it("ends a paragraph after a bare link when the next line starts a sentence", () => {
    const url = "https://genitor.emply.net/GetFile.aspx?id=dfabdf5e-2a39-4ed7-b83b-7c8ac69edd50";
    expect(blocks(`Kommunens styringsgrundlag og de værdier, som det bygger på, kan læses i sin helhed på\n${url}\nLæs også kommunens medarbejder- og ledelsesgrundlag.`)).toEqual([
      ["paragraph", `Kommunens styringsgrundlag og de værdier, som det bygger på, kan læses i sin helhed på ${url}`],
      ["paragraph", "Læs også kommunens medarbejder- og ledelsesgrundlag."],
    ]);
  });

  it("joins a suspended compound after a slash without a space", () => {
    expect(joinWrapped("nogen personalehåndbog/-", "politik.")).toBe("nogen personalehåndbog/-politik.");
  });
});

describe("buildBlocks: a colon introduces content", () => {
  it("does not take short name lines after 'består af:' for headings", () => {
    const body = "\n\nDirektøren har ansvaret for den samlede økonomi og for udviklingen af hele\norganisationen, og opgaverne omfatter budget, analyse og politisk betjening.";
    const got = buildBlocks(lines("Udvalget består af:\nLasse Jacobsen\nLene Christensen" + body)).blocks.map((b) => b.type);
    expect(got).toEqual(["paragraph", "paragraph", "paragraph", "paragraph"]);
  });

  it("breaks a timetable of labels into lines", () => {
    expect(blocks("Ansøgningsfrist: 14. april 2025\n1. samtale: 23. april 2025\nTiltrædelse: 1. juni 2025")).toEqual([
      ["paragraph", "Ansøgningsfrist: 14. april 2025"],
      ["item", "1. samtale: 23. april 2025"],
      ["paragraph", "Tiltrædelse: 1. juni 2025"],
    ]);
  });

  it("reads a toggle's heading as Notion exports it ('- ▸ Dine opgaver'), and a bullet that is a sentence as an item", () => {
    expect(blocks("- ▸ Dine opgaver\n    Som afdelingsleder har du det samlede ansvar for drift.\n\n- ▸ Vi tilbyder et godt arbejdsmiljø med plads til faglig udvikling.")).toEqual([
      ["heading", "Dine opgaver"],
      ["paragraph", "Som afdelingsleder har du det samlede ansvar for drift."],
      ["item", "Vi tilbyder et godt arbejdsmiljø med plads til faglig udvikling."],
    ]);
  });

  it("breaks a timetable of dates before their steps into lines, and the row with a word in the date's place after them", () => {
    const prose = "Ansættelsesudvalget forventer at gennemføre processen i løbet af foråret, og kandidaterne vil blive\norienteret løbende af konsulenten om, hvor i forløbet de befinder sig, og hvad der sker herefter.";
    const got = blocks(`${prose}\n\nOnsdag den 21. april 2027 – 1. samtale med ansættelsesudvalget\n22.–27. april 2027 – Test samt testfeedback\nTorsdag den 29. april 2027 – 2. samtale\nHerefter – Referencer indhentes`).slice(1);
    expect(got).toEqual([
      ["paragraph", "Onsdag den 21. april 2027 – 1. samtale med ansættelsesudvalget"],
      ["paragraph", "22.–27. april 2027 – Test samt testfeedback"],
      ["paragraph", "Torsdag den 29. april 2027 – 2. samtale"],
      ["paragraph", "Herefter – Referencer indhentes"],
    ]);
  });

  it("breaks a timetable whose dates end in a colon ('8. marts 2027: Ansøgningsfrist kl. 12.00') into lines", () => {
    // (a narrow text, as a short ad's is: its lines are not short beside the widest)
    const prose = "Ansættelsesudvalget holder samtaler\ni foråret med de udvalgte kandidater.";
    const got = blocks(`${prose}\n\n8. marts 2027: Ansøgningsfrist kl. 12.00\n15. marts 2027: Første samtale\n22. marts 2027: Anden samtale`).slice(1);
    expect(got).toEqual([
      ["paragraph", "8. marts 2027: Ansøgningsfrist kl. 12.00"],
      ["paragraph", "15. marts 2027: Første samtale"],
      ["paragraph", "22. marts 2027: Anden samtale"],
    ]);
  });

  it("breaks a layout table's rows into lines, their second cells in one column, however long a row", () => {
    const prose = "Ansættelsesudvalget forventer at gennemføre processen i løbet af foråret, og kandidaterne vil blive\norienteret løbende af konsulenten om, hvor i forløbet de befinder sig, og hvad der sker herefter.";
    const rows = ["22. april 2027                  1. samtalerunde", "26.-28. april 2027              Test og testtilbagemelding hos konsulenten", "4. maj 2027                     2. samtalerunde med case og præsentation"];
    expect(blocks(`${prose}\n\n${rows.join("\n")}`).slice(1).map((b) => b[1])).toEqual(rows);
  });

  it("breaks a layout table's rows whose date cells are long: a weekday, a span, a time", () => {
    const rows = [
      "Mandag den 15. februar 2027 kl. 12.00             Ansøgningsfrist",
      "Onsdag den 17. februar 2027                       Udvælgelse af kandidater til 1. samtale",
      "Torsdag den 25. februar 2027                      1. samtalerunde",
      "Mandag den 1. til fredag den 5. marts 2027        Test og testtilbagemelding",
      "Onsdag den 10. marts 2027                         2. samtalerunde med case",
    ];
    expect(blocks(`TIDSPLAN\n\n${rows.join("\n")}`).slice(1).map((b) => b[1])).toEqual(rows);
  });

  it("joins two columns of prose the column reader left woven, however wide the gap", () => {
    const woven = ["Kommunen har en ambitiøs strategi for de næste     Vi forventer, at du har erfaring med", "fire år, og direktionen arbejder tæt sammen         ledelse af ledere og en stærk faglighed."];
    expect(blocks(woven.join("\n"))).toHaveLength(1);
  });
});

describe("buildBlocks: abbreviations", () => {
  it("reads a page's fact column, a label a line over its value, as a block for each label and each value", () => {
    expect(blocks("Ansættelsestype\nFastansat\nUgentligt timetal\n37\nJob-ID\n2027-0418").map(([, t]) => t)).toEqual([
      "Ansættelsestype",
      "Fastansat",
      "Ugentligt timetal",
      "37",
      "Job-ID",
      "2027-0418",
    ]);
  });

  it("reads a grid table as pandoc draws it in plain text, its borders no text of its own", () => {
    const grid = "Udvalget:\n\n+--------------+------------------+\n| Navn         | Funktion         |\n+==============+==================+\n| Anders Holm  | Regionsdirektør  |\n+--------------+------------------+\n| Signe Lau    | Koncerndirektør  |\n+--------------+------------------+";
    const got = buildBlocks(lines(grid)).blocks;
    expect(got.map((b) => [b.type, b.rows ?? b.text])).toEqual([
      ["paragraph", "Udvalget:"],
      ["table", [["Navn", "Funktion"], ["Anders Holm", "Regionsdirektør"], ["Signe Lau", "Koncerndirektør"]]],
    ]);
  });

  it("reads lines each led by a pictograph as a list, the pictograph its mark", () => {
    const got = buildBlocks(lines("Viborg Kommune søger en kollega.\n\n📍 Arbejdssted: Hjemmeplejen Syd\n💼 37 timer om ugen\n📅 Ansøgningsfrist: 21. februar 2027")).blocks;
    expect(got.map((b) => [b.type, b.text, b.marker ?? null])).toEqual([
      ["paragraph", "Viborg Kommune søger en kollega.", null],
      ["item", "Arbejdssted: Hjemmeplejen Syd", "📍"],
      ["item", "37 timer om ugen", "💼"],
      ["item", "Ansøgningsfrist: 21. februar 2027", "📅"],
    ]);
  });

  it("wraps a paper's narrow column at its own width, not at the width of the page's head set in layout", () => {
    const text = "FOLKETIDENDE         LØRDAG 16. JANUAR 2027          27\n\nSakskøbing Skole har 540 elever og\nen ny idrætshal. Nu søger vi en\npraktisk anlagt og servicemindet leder\n\nLøn efter gældende overenskomst.\n37 timer ugentligt. Tiltrædelse\n1. marts 2027.";
    expect(blocks(text).map(([, t]) => t)).toContain("Løn efter gældende overenskomst. 37 timer ugentligt. Tiltrædelse 1. marts 2027.");
  });

  it("ends a signature with no blank line under it at a section's heading, a label of the process or a sentence", () => {
    const got = blocks("Vi glæder os til at høre fra dig.\nMed venlig hilsen\nBestyrelsen\nAnsættelsesproces\nAnsøgningsfrist: 1. maj 2027\nSamtaler holdes i uge 20, og vi indhenter referencer.");
    expect(got).toContainEqual(["paragraph", "Med venlig hilsen\nBestyrelsen"]);
    expect(got.some(([, t]) => t.includes("Bestyrelsen") && /Ansættelsesproces|Ansøgningsfrist|Samtaler/u.test(t))).toBe(false);
  });

  it("reads the signer under a closing and a blank line, in bold or not, as the signature, no heading", () => {
    const got = blocks("Vi glæder os til at møde dig.\n\nMed venlig hilsen\n\n**Signe Dall**\nFormand for forældrebestyrelsen, Børnehuset Kastanjegården\n\nPraktiske oplysninger\n\nLøn efter overenskomst.");
    expect(got).toContainEqual(["paragraph", "Signe Dall\nFormand for forældrebestyrelsen, Børnehuset Kastanjegården"]);
    expect(got).toContainEqual(["heading", "Praktiske oplysninger"]);
    expect(got.filter(([kind]) => kind === "heading")).toHaveLength(1);
  });

  it("ends the signature at the blank line under its signer: a short line after it is the text's again", () => {
    const got = blocks("Venlig hilsen\n\nSigne Dall\n\nPædagogisk leder til Børnehuset Kildebo\n\nVi søger en leder, der kan samle huset om en fælles retning.");
    expect(got).toContainEqual(["heading", "Pædagogisk leder til Børnehuset Kildebo"]);
  });

  it("keeps a double-spaced text's signature one block, its lines' blank lines no end of it", () => {
    const prose = Array.from({ length: 22 }, (_, i) => `Linje ${i + 1} i en tekst med god luft mellem linjerne og mange ord.`);
    const text = [...prose, "Med venlig hilsen", "Karen Holm", "Bestyrelsesformand", "Tlf. 20 45 67 89"].join("\n\n");
    expect(blocks(text)).toContainEqual(["paragraph", "Med venlig hilsen\nKaren Holm\nBestyrelsesformand\nTlf. 20 45 67 89"]);
  });

  it("reads a known heading led by a pictograph among pictograph-led lines as a heading", () => {
    const got = blocks("Viborg Kommune søger en kollega.\n\n📌 Dine opgaver\n✅ Personlig pleje\n💡 Om dig\n✅ Du har kørekort");
    expect(got).toEqual([
      ["paragraph", "Viborg Kommune søger en kollega."],
      ["heading", "📌 Dine opgaver"],
      ["item", "Personlig pleje"],
      ["heading", "💡 Om dig"],
      ["item", "Du har kørekort"],
    ]);
  });

  it("keeps a letter's signature, from its closing on, one block, no line of it a heading", () => {
    const got = blocks("Vi glæder os til at høre fra dig!\n\nMange hilsner\nBente Kjærsgaard\nFormand for Ølstykke Menighedsråd");
    expect(got.slice(got.findIndex(([, t]) => t.startsWith("Mange hilsner")))).toEqual([["paragraph", "Mange hilsner\nBente Kjærsgaard\nFormand for Ølstykke Menighedsråd"]]);
  });

  it("does not end a paragraph at an abbreviation's full stop at a line end", () => {
    const wide = "Direktøren har ansvaret for den samlede økonomi og for udviklingen af hele organisationen i kommunen,\nog opgaverne omfatter budget, analyse og politisk betjening af udvalgene, direktionen og byrådet i øvrigt.";
    const text = `${wide}\nDu skal samarbejde med mange, f.eks.\nborgmesteren, udvalgenes formænd og de faglige organisationer i kommunen og i regionen.`;
    const got = buildBlocks(lines(text)).blocks.map((b) => b.text);
    expect(got).toEqual([text.replaceAll("\n", " ")]);
  });
});

describe("buildBlocks: lines that are no headings, however short", () => {
  it.each([
    ["a phone number", "Tlf. 78 41 02 37"],
    ["a posting's particulars in a row", "Aalborg · Full-time, permanent · Ref. no. 2027-118"],
    ["a case number", "Sagsnr. 27-0412"],
    ["a posting's number and its hours", "Stillingsnummer 2027-0219 · Fuldtid, 37 timer pr. uge"],
    ["a closing sentence without its full stop", "Vi glæder os til at høre fra dig"],
    ["an aside in brackets", "(Algoritmen kan ikke lide links i selve opslaget)"],
    ["the writer speaking", "Jeg tager gerne en uforpligtende snak over en kop kaffe"],
  ])("%s", (_, line) => {
    expect(blocks(`Kontakt\n\n${line}\n\nVi glæder os til at høre fra dig.`).find((b) => b[1] === line)?.[0]).toBe("paragraph");
  });
});

describe("buildBlocks: a paragraph to a line (a browser's copy)", () => {
  it("ends a paragraph at every line that ends a sentence, however long the lines", () => {
    const first = "Skovsbo Egnsmuseum søger en formidler, der kan få skoleelever til at glemme, at de er på museum. Vi er et statsanerkendt kulturhistorisk museum med ni ansatte og omkring 11.000 skoleelever om året.";
    const second = "Om stillingen Du får ansvaret for vores undervisningsforløb for 0.-10. klasse, booker og tager imod klasserne og udvikler et nyt forløb om landbrugets historie til efteråret.";
    expect(blocks(`${first}\n${second}`)).toEqual([
      ["paragraph", first],
      ["paragraph", second],
    ]);
  });
});

describe("buildBlocks: an ordinal before a title", () => {
  it("keeps a committee's lines together after a lead-in: '1. viceborgmester' is a title, not a numbered list", () => {
    const text = "Udvalget består af:\nBorgmester Karen Vestergaard Thing (formand)\n1. viceborgmester Poul Erik Bach\nByrådsmedlem Signe Haahr Lauritsen";
    expect(blocks(text).map((b) => b[0])).not.toContain("item");
  });
});

describe("isTocLine: a contents line's page number", () => {
  it.each([
    ["Forord fra bestyrelsen ..... 3", 3, true],
    ["Forord fra bestyrelsen      3", 3, true],
    // two spaces are a contents line's only under a contents heading, where the caller says so
    ["Forord fra bestyrelsen  3", 3, false],
    ["Forord fra bestyrelsen  3", 2, true],
    ["Vi har 12 skoler og 3", 2, false],
  ] as const)("%j with a gap of %d → %s", (line, gap, want) => {
    expect(isTocLine(line, gap)).toBe(want);
  });
});

describe("buildBlocks: a narrow column's wrapped lines", () => {
  it.each([
    ["the year alone", "Ansøgningsfrist:\nmandag den 12. april\n2027", "mandag den 12. april 2027"],
    ["the year and the time", "Ansøgningsfrist:\nmandag den 12. april\n2027 kl. 09.00", "mandag den 12. april 2027 kl. 09.00"],
  ])("joins a date whose %s wrapped to the next line", (_, text, date) => {
    expect(blocks(text).map((b) => b[1])).toContainEqual(expect.stringContaining(date));
  });

  it("keeps a line that only starts with a year apart from the date above it", () => {
    expect(blocks("Tiltrædelse:\n1. august\n2027 bliver et år med mange nye tiltag for skolen, der skal ses i sammenhæng").map((b) => b[1])).not.toContainEqual(
      expect.stringContaining("august 2027 bliver"),
    );
  });

  it("keeps an item's line set under its text, not its bullet, in the item however short the line above it", () => {
    const text = "Ansættelsesudvalget:\n\n• Skolechef Birgitte\n  Munk Sørensen (formand)\n• Formand for skole-\n  bestyrelsen Kirsten\n  Lykke Overgaard\n• Tillidsrepræsentant\n  Sanne Hørlyck";
    expect(blocks(text).filter((b) => b[0] === "item").map((b) => b[1])).toEqual([
      "Skolechef Birgitte Munk Sørensen (formand)",
      "Formand for skolebestyrelsen Kirsten Lykke Overgaard",
      "Tillidsrepræsentant Sanne Hørlyck",
    ]);
  });

  it("ends the item at a line flush with its bullet", () => {
    const text = "Vi tilbyder:\n• en god arbejdsplads\nSkolen ligger i Viborg";
    expect(blocks(text)).toContainEqual(["item", "en god arbejdsplads"]);
  });
});

describe("buildBlocks: a layout table's rows", () => {
  it("sets a timetable's row of two days apart from the next row", () => {
    const text = "Torsdag den 18. og fredag den 19. marts 2027 – Test og testtilbagemelding\nOnsdag den 24. marts 2027 – 2. samtalerunde med case";
    expect(blocks(text).map((b) => b[1])).toEqual(["Torsdag den 18. og fredag den 19. marts 2027 – Test og testtilbagemelding", "Onsdag den 24. marts 2027 – 2. samtalerunde med case"]);
  });

  it("keeps each row of right-aligned figures a paragraph of its own, no contents line", () => {
    const text = "Antal folkeskoler                                         14          13\nElever i folkeskolerne                                 5.080       4.990\nAndel elever i fri- og privatskoler (%)                 17,9        18,6";
    const got = blocks(text);
    expect(got.map((b) => b[0])).toEqual(["paragraph", "paragraph", "paragraph"]);
  });
});

describe("isTocLine: a row of figures", () => {
  it.each([
    ["Areal (km²)                                                 768         768         768", false],
    ["Udskrivningsprocent                                        26,6        26,6        26,6", false],
    ["Bilag 2 Organisationsdiagram ..... 14", true],
  ] as const)("%j → %s", (line, want) => {
    expect(isTocLine(line)).toBe(want);
  });
});

describe("buildBlocks: a committee's lines after its lead-in", () => {
  it("takes no 'Name, role' line for a heading", () => {
    const text =
      "Rekrutteringen gennemføres af Hjorth & Winther Executive på vegne af hospitalsledelsen. Ansøgning og CV uploades via www.hjorthwinther.dk/job.\n\nAnsøgningsfrist: Mandag den 1. marts 2027 kl. 09.00\n\nAnsættelsesudvalget:\nKirsten Møllgaard Bech, hospitalsdirektør (formand)\nAnders Fuglsang Nørby, lægefaglig vicedirektør\nLone Bay Kjeldsen, ledende oversygeplejerske, Akutafdelingen\n\nUdvalget bistås af partner Bodil Hjorth fra Hjorth & Winther Executive.";
    const members = blocks(text).filter((b) => /Bech|Nørby|Kjeldsen/u.test(b[1]));
    expect(members.length).toBeGreaterThan(0);
    expect(members.every((b) => b[0] !== "heading")).toBe(true);
  });
});

describe("session 42: a member a line, the role of several words", () => {
  it("keeps 'Name, ledende overlæge, …' and the next member's line apart", () => {
    const text = "Ansættelsesudvalget består af:\n  Helle Damgaard Iversen, ledende overlæge, Anæstesiologisk Afdeling\n  Morten Kiil Sørensen, overlæge, tillidsrepræsentant for overlægerne";
    expect(blocks(text).map((b) => b[1])).toContain("Morten Kiil Sørensen, overlæge, tillidsrepræsentant for overlægerne");
  });
});

describe("session 42 review: a tagline after a house's name", () => {
  it("takes 'Aalborg Universitet, hvor forskere og studerende mødes' for no member's line", () => {
    const text = "Om os\n\nAalborg Universitet, hvor forskere og studerende mødes\nMorten Kiil Sørensen, overlæge, tillidsrepræsentant";
    expect(blocks(text).map((b) => b[1])).not.toContain("Morten Kiil Sørensen, overlæge, tillidsrepræsentant");
  });
});

describe("session 44: a layout row's first cell wrapped under itself", () => {
  it("joins the cell's next line to the cell, before the row's next cell", () => {
    const got = blocks("   Onsdag den 17. og                      1. samtalerunde på Slagelse Rådhus\n   torsdag den 18. februar 2027");
    expect(got).toEqual([["paragraph", "Onsdag den 17. og torsdag den 18. februar 2027                      1. samtalerunde på Slagelse Rådhus"]]);
  });
  it("leaves a row whose first cell ends in no word that goes on as it is", () => {
    const got = blocks("   Onsdag den 17. februar 2027            1. samtalerunde på Slagelse Rådhus\n   og på Næstved Rådhus");
    expect(got[0][1]).toMatch(/^Onsdag den 17\. februar 2027 {2,}1\. samtalerunde/u);
  });
});

describe("session 44 review: no date's cell where there is none", () => {
  it("leaves a right cell's next line and justified prose where they stand", () => {
    expect(blocks("   Fredag den 5. og                      Samtaler på rådhuset\n                                          Slagelse Rådhus")[0][1]).not.toContain("5. og Slagelse");
    expect(blocks("Vi søger en leder med ansvar for drift og    udvikling af to\nafdelinger med i alt 40 medarbejdere.")[0][1]).not.toContain("og afdelinger");
  });
});

describe("session 45: 'Vi forventer, at du' without its colon", () => {
  it("opens a list one entry a line, as the colon does (no entry glued to the next)", () => {
    // (a browser's copy: a paragraph a line, the page's lines as long as its paragraphs)
    const before = "Du får det daglige ledelsesmæssige ansvar for afsnittet, herunder personale, drift, økonomi og kvalitet, og du indgår i afdelingens ledergruppe.";
    expect(blocks(`${before}\nVi forventer, at du\ner uddannet sygeplejerske og har ledelseserfaring\nhar klinisk erfaring fra det medicinske område\nkan skabe trivsel`).flatMap((b) => b[1].split("\n")).slice(1)).toEqual([
      "Vi forventer, at du",
      "er uddannet sygeplejerske og har ledelseserfaring",
      "har klinisk erfaring fra det medicinske område",
      "kan skabe trivsel",
    ]);
  });
});

describe("session 45: a layout row with an empty first cell", () => {
  const table = "Uge 13      Efter aftale                                Referencer og forventet indstilling\n";
  it("is a row of its own, its cells under the row above's", () => {
    expect(blocks(`${table}            1. juni 2027                                Forventet tiltrædelse`).map((b) => b[1])).toEqual([
      "Uge 13      Efter aftale                                Referencer og forventet indstilling",
      "1. juni 2027                                Forventet tiltrædelse",
    ]);
  });
  it("is a row of its own under a table the page's margin indents", () => {
    const indented = "    Uge 13      Efter aftale                                Referencer og forventet indstilling\n                1. juni 2027                                Forventet tiltrædelse";
    expect(blocks(indented)).toHaveLength(2);
  });
  it("still joins a wrapped cell's next line, in small letters, alone in its column, or a name's", () => {
    expect(blocks(`${table}                                                        og godkendelse`)).toHaveLength(1);
    expect(blocks(`${table}            tirsdag den 23. marts                       med case`)).toHaveLength(1);
    expect(blocks(`${table}            MPA og Garuda                               Direktionen`)).toHaveLength(1);
  });
});

describe("session 46: a layout timetable's first cell of two days", () => {
  it("keeps each row apart, however long its date", () => {
    const table = [
      "Onsdag den 10. marts 2027                         Udvælgelse af kandidater til 1. samtale",
      "Mandag den 15. og tirsdag den 16. marts 2027      1. samtalerunde",
      "Onsdag den 17. – fredag den 19. marts 2027        Test og testfeedback",
      "Tirsdag den 23. marts 2027                        2. samtalerunde med case",
    ].join("\n");
    expect(blocks(table)).toHaveLength(4);
  });
});

describe("session 46: a contents line again over its chapter; a committee's members under its lead-in", () => {
  it("reads a chapter's heading printed with its leader and page as a heading, after the contents page listed it", () => {
    const text = "Indhold\n1. Indledning ........................ 3\n2. Ansættelsesproces ................. 5\n\n1. Indledning ........................ 3\n\nKolding Kommune søger en direktør for Sundhed og Ældre.\n\n2. Ansættelsesproces ................. 5\n\nSend din ansøgning senest den 1. marts 2027.";
    expect(blocks(text).filter((b) => b[0] === "heading").map((b) => b[1])).toEqual(["Indhold", "1. Indledning", "2. Ansættelsesproces"]);
  });
  it("keeps the members under 'består af:' one a block, however long, none a heading", () => {
    const text =
      "Ansættelsesudvalget består af:\nBorgmester Jens Ole Nørgaard (formand)\nFormand for Sundheds- og Ældreudvalget Susanne Bjerre\nNæstformand for Sundheds- og Ældreudvalget Kasper Moos\nDirektør for Børn og Uddannelse Pia Halkjær\n\nUdvalget bistås af partner Camilla Dalsgaard.";
    expect(blocks(text).map((b) => b[0])).toEqual(["paragraph", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]);
    expect(blocks(text)[4][1]).toBe("Direktør for Børn og Uddannelse Pia Halkjær");
  });
});
