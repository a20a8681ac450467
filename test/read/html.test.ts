import { describe, expect, it } from "vitest";
import { decodeHtml, htmlToDocument, readHtml } from "../../src/read/html.js";
import { extractJobPosting, isoDate } from "../../src/read/jsonld.js";
import { read } from "../../src/read/index.js";
import { InputError } from "../../src/read/types.js";
// @ts-expect-error: a plain .mjs script, used here for its generators of hostile pages
import { deepHtml, hugeAttributeHtml } from "../../scripts/make-format-fixtures.mjs";

/** The posting's lines: the page's furniture around it is kept too, marked, and tested on its own below. */
const lines = (html: string) =>
  htmlToDocument(html)
    .lines.filter((l) => !l.furniture)
    .map((l) => l.text)
    .filter((t) => t !== "");
const furnitureOf = (html: string) =>
  htmlToDocument(html)
    .lines.filter((l) => l.furniture)
    .map((l) => l.text);
const page = (body: string) => `<!DOCTYPE html><html><head><title>T</title></head><body>${body}</body></html>`;

describe("HTML structure becomes Markdown-flavoured lines", () => {
  it.each([
    ["h1–h6 become # lines", "<h1>Stillingen</h1><h3>Opgaver</h3>", ["# Stillingen", "### Opgaver"]],
    ["a bold-only paragraph is a bold line", "<p><strong>Opgaver og ansvar</strong></p>", ["**Opgaver og ansvar**"]],
    ["a span styled bold counts as bold", '<p><span style="font-weight: 700">Om jobbet</span></p>', ["**Om jobbet**"]],
    ["<b> counts as bold", "<p><b>Personprofil</b></p>", ["**Personprofil**"]],
    ["a partly bold paragraph is plain text", "<p><strong>Frist:</strong> 1. april 2026</p>", ["Frist: 1. april 2026"]],
    ["a long bold sentence is not a heading", "<p><strong>Vi glæder os til at modtage din ansøgning.</strong></p>", ["Vi glæder os til at modtage din ansøgning."]],
    ["a fact's line set in bold is the fact, no heading", "<p><strong>Deadline: 15 May 2027, 23:59 CET</strong></p>", ["Deadline: 15 May 2027, 23:59 CET"]],
    ["each paragraph is one line", "<p>Første\n   afsnit.</p><p>Andet afsnit.</p>", ["Første afsnit.", "Andet afsnit."]],
    ["ul items", "<ul><li>Ledelse</li><li>Økonomi</li></ul>", ["- Ledelse", "- Økonomi"]],
    ["ol items keep their numbers and start", '<ol start="3"><li>Tre</li><li>Fire</li></ol>', ["3. Tre", "4. Fire"]],
    // a breadcrumb trail as <ol> shows no numbers on the page
    ["a breadcrumb's ol has no numbers", '<ol class="kk-crumbs"><li>Esbjerg</li><li>Kontorchef</li></ol>', ["- Esbjerg", "- Kontorchef"]],
    [
      "nested lists are indented",
      "<ul><li>Ledelse af<ul><li>skoler</li><li>dagtilbud</li></ul></li><li>Økonomi</li></ul>",
      ["- Ledelse af", "  - skoler", "  - dagtilbud", "- Økonomi"],
    ],
    ["paragraphs inside an item join", "<ul><li><p>Første.</p><p>Anden.</p></li></ul>", ["- Første. Anden."]],
    [
      "tables are pipe rows, with a rule under a <th> row",
      "<table><thead><tr><th>Hvad</th><th>Hvornår</th></tr></thead><tbody><tr><td>Frist</td><td>1. april</td></tr></tbody></table>",
      ["| Hvad | Hvornår |", "| --- | --- |", "| Frist | 1. april |"],
    ],
    ["a pipe inside a cell cannot split it", "<table><tr><td>a|b</td><td>c</td></tr></table>", ["| a/b | c |"]],
    [
      "a table's caption is a line of its own above its rows",
      "<table><caption>Fakta om stillingen</caption><tbody><tr><th>Arbejdssted</th><td>Holmens Kanal 9</td></tr></tbody></table>",
      ["Fakta om stillingen", "| Arbejdssted | Holmens Kanal 9 |"],
    ],
    [
      "a layout table is read as the blocks inside it",
      "<table><tr><td><h2>Jobprofil</h2><p>Tekst.</p></td></tr></table>",
      ["## Jobprofil", "Tekst."],
    ],
    [
      "so is an old page's, its cell's paragraphs wrapped in <font>",
      '<table><tr><td><b>Stilling:</b></td><td>Afdelingsleder</td></tr><tr><td colspan="2"><font size="2"><p>Første afsnit.</p><p>Andet afsnit.</p></font></td></tr></table>',
      ["**Stilling:**", "Afdelingsleder", "Første afsnit.", "Andet afsnit."],
    ],
    ["br between labels breaks the line", "<p>Ansøgningsfrist: 1. april<br>1. samtale: 9. april</p>", ["Ansøgningsfrist: 1. april", "1. samtale: 9. april"]],
    ["br mid-sentence is a soft wrap", "<p>Du arbejder i tæt<br>samarbejde med direktionen.</p>", ["Du arbejder i tæt samarbejde med direktionen."]],
    ["a bold line before a br is a heading line", "<p><strong>Kontakt</strong><br>Ring til Lone.</p>", ["**Kontakt**", "Ring til Lone."]],
    ["a fact box's label over its value reads as one label line", "<p><strong>Tiltrædelse</strong><br>1. august 2027</p>", ["Tiltrædelse: 1. august 2027"]],
    ["the same with the label's colon, and a second value line kept", "<p>Arbejdssted:<br>Rådhuset, Vejle<br>3. sal</p>", ["Arbejdssted: Rådhuset, Vejle", "3. sal"]],
    [
      "a label and its value in blocks of their own, by their classes, read as one label line",
      '<div class="field"><div class="field-label">Løn og vilkår:</div><div class="field-item">Efter overenskomst mellem KL og DSR</div></div><ul><li class="list-item">Ansvar for budgettet</li></ul>',
      ["Løn og vilkår: Efter overenskomst mellem KL og DSR", "- Ansvar for budgettet"],
    ],
    [
      "a name and an item of a card are no label and value",
      '<div class="contact-name">Lone Berg</div><div class="contact-item">Vejchef</div>',
      ["Lone Berg", "Vejchef"],
    ],
    ["an unknown label over its value stays two lines", "<p><strong>Afdelingen</strong><br>Park og Vej</p>", ["**Afdelingen**", "Park og Vej"]],
    [
      "the lines a lead-in opens are its items",
      "<p><strong>Bedømmelsesudvalget</strong> består af:<br>Rektor Ida Holm<br>Lektor Bo Jensen</p>",
      ["Bedømmelsesudvalget består af:", "- Rektor Ida Holm", "- Lektor Bo Jensen"],
    ],
    ["a lead-in's lines end at a double br", "<p>Du skal:<br>lede teamet<br>lægge budgettet<br><br>Velkommen.</p>", ["Du skal:", "- lede teamet", "- lægge budgettet", "Velkommen."]],
    ["lines already bulleted are left as they are", "<p>Du skal:<br>- lede teamet<br>- lægge budgettet</p>", ["Du skal:", "- lede teamet", "- lægge budgettet"]],
    ["one line after a lead-in is no list", "<p>Send ansøgningen til:<br>job@skole.dk</p>", ["Send ansøgningen til:", "job@skole.dk"]],
    ["dt/dd read as a label line", "<dl><dt>Ansøgningsfrist</dt><dd>1. april 2026</dd></dl>", ["Ansøgningsfrist: 1. april 2026"]],
    ["entities are decoded", "<p>Løn &amp; pension&nbsp;på 17,1&#8239;%</p>", ["Løn & pension\u00a0på 17,1\u202f%"]],
    ["bare text in a div is a paragraph", "<div>Tekst uden afsnit<div>Næste blok</div></div>", ["Tekst uden afsnit", "Næste blok"]],
    ["hr is a rule", "<p>a</p><hr><p>b</p>", ["a", "---", "b"]],
  ])("%s", (_name, body, want) => {
    expect(lines(page(body))).toEqual(want);
  });
});

describe("tables laid out as a page", () => {
  it.each([
    [
      "cells of paragraphs parted by a double br are blocks, each cell apart",
      "<table><tr><td><b>Om jobbet</b><br>Du leder tre teams.<br><br>Du får budgetansvar.</td><td><b>Om dig</b><br>Du er uddannet smed.</td></tr></table>",
      ["**Om jobbet**", "Du leder tre teams.", "Du får budgetansvar.", "**Om dig**", "Du er uddannet smed."],
    ],
    [
      "a cell's last words do not run into the next cell",
      "<table><tr><td><h2>Stillingen</h2>Tekst om stillingen.</td><td>Kolonnen ved siden af.</td></tr></table>",
      ["## Stillingen", "Tekst om stillingen.", "Kolonnen ved siden af."],
    ],
    [
      "a data table whose cells break a line stays a table",
      "<table><tr><td><b>Lone Berg</b><br>direktør</td><td>2345 6789</td></tr><tr><td><b>Per Holm</b><br>formand</td><td>3456 7890</td></tr></table>",
      ["| Lone Berg direktør | 2345 6789 |", "| Per Holm formand | 3456 7890 |"],
    ],
  ])("%s", (_name, body, want) => {
    expect(lines(page(body))).toEqual(want);
  });

  it("drops the columns of links beside the posting's column (a menu, other jobs)", () => {
    const posting = "Du får ansvaret for vandværkerne, pumpestationerne og vagtordningen i hele forsyningen. ".repeat(6).trim();
    const menu = '<td><b>Om os</b><br><a href="/a">Forside</a><br><a href="/b">Bestyrelse</a><br><a href="/c">Ledige job</a></td>';
    const others = '<td><b>Andre job</b><br><a href="/1">Elektriker til renseanlægget i Ranum</a><br>Frist: 1. marts 2027<br><a href="/2">Kontorelev til kundeservice</a><br>Frist: 5. marts 2027</td>';
    const html = page(`<table><tr>${menu}<td><b>Driftschef</b><br>${posting}<br><br>Skriv til <a href="mailto:job@forsyning.dk">job@forsyning.dk</a>.</td>${others}</tr></table>`);
    expect(lines(html)).toEqual(["**Driftschef**", posting, "Skriv til job@forsyning.dk."]);
  });

  it("keeps a column beside the posting that links to its documents", () => {
    const posting = "Du får ansvaret for vandværkerne, pumpestationerne og vagtordningen i hele forsyningen. ".repeat(6).trim();
    const files = '<td><b>Bilag</b><br><a href="/f/profil.pdf">Job- og personprofil</a><br><a href="/f/org.pdf">Organisationsdiagram</a></td>';
    expect(lines(page(`<table><tr><td>${posting}<br><br>Mere.</td>${files}</tr></table>`))).toEqual([posting, "Mere.", "**Bilag**", "Job- og personprofil", "Organisationsdiagram"]);
  });
});

describe("blank lines", () => {
  const raw = (html: string) => htmlToDocument(html).lines.filter((l) => !l.furniture).map((l) => l.text);
  it("a double br is a paragraph break, a single one is not", () => {
    expect(raw(page("<div>Om jobbet<br><br>Du får ansvaret for driften.<br><br><br>Om dig<br>Du er erfaren.<br><br></div>"))).toEqual([
      "Om jobbet",
      "",
      "Du får ansvaret for driften.",
      "",
      "Om dig",
      "Du er erfaren.",
    ]);
  });

  it("blocks are separated by exactly one blank line", () => {
    expect(raw(page("<h2>Jobprofil</h2><p>Tekst.</p><ul><li>Et</li><li>To</li></ul><p></p><p>Slut.</p>"))).toEqual([
      "## Jobprofil",
      "",
      "Tekst.",
      "",
      "- Et",
      "- To",
      "",
      "Slut.",
    ]);
  });
});

describe("boilerplate is dropped, content is not", () => {
  it.each([
    ["script, style, noscript, template", "<script>var x=1</script><style>p{}</style><noscript>Slå JavaScript til</noscript><template><p>Skabelon</p></template>"],
    ["nav", "<nav><a>Forside</a></nav>"],
    ["cookie banner by id", '<div id="CybotCookiebotDialog"><p>Vi bruger cookies</p></div>'],
    ["cookie banner by class", '<div class="cookie-banner"><p>Vi bruger cookies</p></div>'],
    ["consent dialog by role", '<div role="dialog"><p>Accepter alle</p></div>'],
    ["share widget", '<div class="share-buttons"><a>Del på Facebook</a></div>'],
    ["social links", '<ul class="social_links"><li>LinkedIn</li></ul>'],
    ["breadcrumb", '<ol class="breadcrumb"><li>Forside</li></ol>'],
    ["menu by aria-label", '<div aria-label="Hovedmenu"><a>Borger</a></div>'],
    ["share by Danish aria-label", '<div aria-label="Del opslaget"><a>Mail</a></div>'],
    ["hidden attribute", "<div hidden><p>Skjult tekst</p></div>"],
    ["aria-hidden", '<span aria-hidden="true">★</span>'],
    ["links styled as buttons", '<a class="btn btn-primary" href="/apply">Søg stillingen</a>'],
    ["forms and buttons", "<form><label>Navn</label><input></form><button>Søg</button>"],
    ["svg and iframe", '<svg><text>Ikon</text></svg><iframe src="https://example.dk"></iframe>'],
    ["page header and footer", "<header><p>Kommunens logo</p></header><footer><p>Rådhuset</p></footer>"],
    // an old layout's last table, with no tag or class to say it is the page's foot
    ["a layout table's foot with © and CVR", '<table><tr><td>Fjordegnens Museum<br>Havnevej 7 · 7800 Skive</td><td>CVR 29458136<br>&copy; Fjordegnens Museum</td></tr></table>'],
  ])("drops %s", (_name, html) => {
    expect(lines(page(`<p>Indhold.</p>${html}`))).toEqual(["Indhold."]);
  });

  // Text a reader clicks open (a second tab, an accordion's closed panel) is the posting's, whatever hides it until then.
  it.each([
    ["a tab panel hidden until its tab is chosen", '<div role="tablist"><button role="tab" aria-controls="p2">Om os</button></div><div role="tabpanel" id="p2" hidden><p>Skolen har 300 elever.</p></div>', ["Skolen har 300 elever."]],
    ["a tab panel hidden from screen readers", '<div role="tabpanel" aria-hidden="true"><p>Skolen har 300 elever.</p></div>', ["Skolen har 300 elever."]],
    ["an accordion's panel opened by its button", '<button aria-expanded="false" aria-controls="mere">Læs mere</button><div id="mere" hidden><p>Vi tilbyder frokostordning.</p></div>', ["Vi tilbyder frokostordning."]],
    ["a panel opened by a button classed as one", '<button class="accordion__button" aria-expanded="false" aria-controls="mere">Løn</button><div id="mere" hidden><p>Løn efter aftale.</p></div>', ["Løn efter aftale."]],
    ["a panel hidden until found", '<div hidden="until-found"><p>Vi tilbyder frokostordning.</p></div>', ["Vi tilbyder frokostordning."]],
    ["a closed <details>", "<details><summary>Om stillingen</summary><p>Du leder fem.</p></details>", ["Om stillingen", "Du leder fem."]],
  ])("keeps %s", (_name, html, want) => {
    expect(lines(page(html))).toEqual(want);
  });

  it.each([
    ["a hidden menu opened by a menu button", '<button class="menu-toggle" aria-expanded="false" aria-controls="m">Menu</button><div id="m" hidden><p>Borger</p></div>'],
    ["a hidden box no control opens", '<button aria-controls="x">Vis</button><div id="y" hidden><p>Skjult</p></div>'],
  ])("drops %s", (_name, html) => {
    expect(lines(page(`<p>Indhold.</p>${html}`))).toEqual(["Indhold."]);
  });

  it.each([
    ["a class that merely contains a cue word", '<div class="menukort"><p>Menukortet.</p></div>', ["Menukortet."]],
    ["canvas-like class names", '<div class="canvas-wrapper"><p>Tekst.</p></div>', ["Tekst."]],
    ["a 'shared' service in a class", '<div class="shareholder-info"><p>Tekst.</p></div>', ["Tekst."]],
    ["an aria-label that mentions Delegation", '<div aria-label="Delegation"><p>Tekst.</p></div>', ["Tekst."]],
  ])("keeps %s", (_name, html, want) => {
    expect(lines(page(html))).toEqual(want);
  });

  it("reads <main> only when the page has one", () => {
    expect(lines(page("<div><p>Uden for main.</p></div><main><h1>Stilling</h1><p>Indhold.</p></main>"))).toEqual(["# Stilling", "Indhold."]);
  });

  it("reads the first of two full postings in <main> as the document, the second as the page's", () => {
    const body = (post: string) => `<p>${`Du får ansvaret for et kontor med ${post.toLowerCase()}s opgaver og for kontorets medarbejdere. `.repeat(12)}</p>`;
    const html = page(
      `<main><h1>Ledige stillinger</h1><article><h2>Kontorchef til Produktsikkerhed</h2>${body("Kontorchef")}</article><article><h2>Fuldmægtig til Elsikkerhed</h2>${body("Fuldmægtig")}</article></main>`,
    );
    expect(lines(html)).toContain("## Kontorchef til Produktsikkerhed");
    expect(lines(html)).not.toContain("## Fuldmægtig til Elsikkerhed");
    expect(furnitureOf(html)).toContain("## Fuldmægtig til Elsikkerhed");
    // articles whose headings open on no post are parts of one posting, read together, even where a post's word stands in them
    const parts = page(
      `<main><h1>Skoleleder til Lindeskolen</h1><article><h2>Din nye arbejdsplads og dine nye medarbejdere</h2>${body("Skoleleder")}</article><article><h2>Dig som leder</h2>${body("Skoleleder")}</article></main>`,
    );
    expect(lines(parts)).toEqual(expect.arrayContaining(["# Skoleleder til Lindeskolen", "## Din nye arbejdsplads og dine nye medarbejdere", "## Dig som leder"]));
    // parts headed by a post's word, under <main>'s own headline of the post
    const named = page(
      `<main><h1>Skoleleder til Lindeskolen</h1><article><h2>Lederen vi søger</h2>${body("Skoleleder")}</article><article><h2>Elever og medarbejdere på Lindeskolen</h2>${body("Skoleleder")}</article></main>`,
    );
    expect(lines(named)).toEqual(expect.arrayContaining(["# Skoleleder til Lindeskolen", "## Lederen vi søger", "## Elever og medarbejdere på Lindeskolen"]));
  });

  it("reads the posting the page names (its <title>) as the document, of two", () => {
    const body = (post: string) => `<p>${`Du får ansvaret for et kontor med ${post.toLowerCase()}s opgaver og for kontorets medarbejdere. `.repeat(12)}</p>`;
    const html = `<!DOCTYPE html><html><head><title>Kontorchef til Produktsikkerhed | Sikkerhedsstyrelsen</title></head><body><main><article><h2>Sygeplejerske til Akutmodtagelsen</h2>${body("Sygeplejerske")}</article><article><h2>Kontorchef til Produktsikkerhed</h2>${body("Kontorchef")}</article></main></body></html>`;
    expect(lines(html)).toContain("## Kontorchef til Produktsikkerhed");
    expect(lines(html)).not.toContain("## Sygeplejerske til Akutmodtagelsen");
  });

  it("reads the page when its <main> holds only a sliver of the text", () => {
    const html = page(
      `<main><p>Velkommen.</p></main><div><h1>Skoleleder</h1><p>${"Den lange tekst om stillingen og skolen. ".repeat(5)}</p></div>`,
    );
    expect(lines(html)[0]).toBe("Velkommen.");
    expect(lines(html)).toContain("# Skoleleder");
  });

  it("says a quote's <cite> with the quote, on its line; a quote without one is left as it is", () => {
    expect(lines(page("<blockquote><p>“Nu skal vi være stærkere i debatten.”</p><cite>Mette Rask, formand for Grobund</cite></blockquote><p>Indhold.</p>"))).toEqual([
      "“Nu skal vi være stærkere i debatten.” — Mette Rask, formand for Grobund",
      "Indhold.",
    ]);
    expect(lines(page("<blockquote><p>“Nu skal vi være stærkere.”</p><p>Sådan er det.</p></blockquote>"))).toEqual(["“Nu skal vi være stærkere.”", "Sådan er det."]);
  });

  it("keeps a last table that holds no © nor CVR, and a foot that is not the page's last box", () => {
    const table = "<table><tr><td>Havnevej 7 · 7800 Skive</td><td>Ansøgningsfrist 1. april</td></tr></table>";
    expect(lines(page(`<p>Indhold.</p>${table}`))).toEqual(["Indhold.", "| Havnevej 7 · 7800 Skive | Ansøgningsfrist 1. april |"]);
    const foot = "<table><tr><td>Havnevej 7 · 7800 Skive</td><td>CVR 29458136</td></tr></table>";
    expect(lines(page(`${foot}<p>Indhold.</p>`))).toEqual(["| Havnevej 7 · 7800 Skive | CVR 29458136 |", "Indhold."]);
  });

  it("keeps an article's own header, footer and fact box", () => {
    const html = page(
      "<header><p>Sidehoved</p></header><article><header><h1>Skoleleder</h1></header><p>Tekst.</p><aside><p>Ansøgningsfrist: 1. april 2026</p></aside><footer><p>Kontakt Lone Jensen.</p></footer></article>",
    );
    expect(lines(html)).toEqual(["# Skoleleder", "Tekst.", "Ansøgningsfrist: 1. april 2026", "Kontakt Lone Jensen."]);
  });

  // A page's worth of text: on a page of a few lines a banner may outweigh the posting.
  const posting = "Du får ansvaret for vejene, stierne og vintertjenesten i hele kommunen. ".repeat(8).trim();
  it.each([
    [
      "a <main> whose layout class names its sidebar",
      `<main class="layout layout--sidebar"><article><h1>Vejchef</h1><p>${posting}</p></article><aside class="sidebar"><section class="related"><h2>Relaterede stillinger</h2><ul><li>Byplanlægger</li></ul></section></aside></main>`,
    ],
    [
      "a wrapper whose class says the menu is open",
      `<div class="page menu-open"><h1>Vejchef</h1><p>${posting}</p></div><div class="share"><a>Del</a></div>`,
    ],
    [
      "a wrapper hidden from screen readers while a cookie dialog was open",
      `<div role="dialog"><p>Vi bruger cookies</p></div><div id="page" aria-hidden="true"><h1>Vejchef</h1><p>${posting}</p></div>`,
    ],
  ])("never drops the box that holds the posting: %s", (_name, body) => {
    expect(lines(page(body))).toEqual(["# Vejchef", posting]);
  });

  it("keeps a fact box of divs in a sidebar, and drops the sidebar's furniture", () => {
    const facts = [
      ["Ansøgningsfrist", "6. april 2027, kl. 12.00"],
      ["Arbejdssted", "København V"],
    ]
      .map(([label, value]) => `<div class="facts__item"><div class="facts__label">${label}</div><div class="facts__value">${value}</div></div>`)
      .join("");
    const html = page(
      `<main><article><h1>Kontorchef</h1><p>Tekst.</p></article><aside class="layout-sidebar-second"><div class="facts">${facts}</div>` +
        '<div class="block block--related"><h2>Relaterede stillinger</h2><ul><li><a>Fuldmægtig</a></li></ul></div><div class="share-links"><a>Del på LinkedIn</a></div></aside></main>',
    );
    // each label and its value, blocks of their own by their classes, one label line
    expect(lines(html)).toEqual(["# Kontorchef", "Tekst.", "Ansøgningsfrist: 6. april 2027, kl. 12.00", "Arbejdssted: København V"]);
  });

  it("keeps a sidebar's contact box beside <main>, marked as standing beside the posting; a footer's contact card stays furniture", () => {
    const html = page(
      `<main><h1>Afdelingschef</h1><p>${posting}</p></main>` +
        '<aside><div class="box"><h2>Kontakt</h2><p>Har du spørgsmål, er du velkommen til at kontakte:</p><p><strong>Helle Brix</strong><br>Departementschef<br>Tlf. 41 86 27 03</p></div>' +
        '<div class="box"><h2>Se også</h2><ul><li><a>Organisationsdiagram</a></li></ul></div></aside>' +
        '<footer><div><h2>Kontakt</h2><p>Ministeriet · Tlf. 72 20 50 00 · bm@bm.dk</p></div></footer>',
    );
    const doc = htmlToDocument(html);
    const kept = doc.lines.filter((l) => !l.furniture && l.text !== "");
    expect(kept.map((l) => l.text)).toEqual([
      "# Afdelingschef",
      posting,
      "## Kontakt",
      "Har du spørgsmål, er du velkommen til at kontakte:",
      "**Helle Brix**",
      "Departementschef",
      "Tlf. 41 86 27 03",
    ]);
    // the posting's own lines stand under its headings; the box's beside them
    expect(kept.filter((l) => l.beside).map((l) => l.text)).toEqual(kept.slice(2).map((l) => l.text));
    expect(furnitureOf(html)).toContain("Ministeriet · Tlf. 72 20 50 00 · bm@bm.dk");
  });

  it("keeps a sidebar's deadline box (\"Ansøg senest\" over the date) beside <main>; another post's deadline stays the page's", () => {
    const html = page(
      `<main><h1>Vej- og parkchef</h1><p>${posting}</p></main>` +
        '<aside><div class="deadline-box"><h3>Ansøg senest</h3><p><time datetime="2027-09-20T09:00">Mandag 20. september 2027 kl. 09.00</time></p><a href="/apply">Søg jobbet</a></div></aside>' +
        '<section class="other-jobs"><h2>Andre job i kommunen</h2><ul><li>Pædagog til Børnehuset Mølleengen <span>Ansøg senest 27.09.2027</span></li></ul></section>',
    );
    const kept = htmlToDocument(html).lines.filter((l) => !l.furniture && l.text !== "");
    expect(kept.filter((l) => l.beside).map((l) => l.text)).toEqual(["### Ansøg senest", "Mandag 20. september 2027 kl. 09.00", "Søg jobbet"]);
    expect(furnitureOf(html).join("\n")).toContain("27.09.2027");
  });

  it("keeps a sidebar's timeline ('Tidsplan' over dates and steps) beside <main>; a sidebar of news stays the page's", () => {
    const html = page(
      `<main><h1>Hospitalsdirektør</h1><p>${posting}</p></main>` +
        '<aside><h3>Tidsplan</h3><ul><li><strong>29. april 2027:</strong> 1. samtalerunde</li><li><strong>Uge 18:</strong> MPA-test</li><li><strong>11. maj 2027:</strong> 2. samtalerunde</li></ul></aside>' +
        '<aside><h3>Nyheder</h3><ul><li>12. april 2027: Nyt akuthus indviet</li><li>2. april 2027: Ny direktion</li></ul></aside>',
    );
    const kept = htmlToDocument(html).lines.filter((l) => !l.furniture && l.text !== "");
    expect(kept.filter((l) => l.beside).map((l) => l.text)).toEqual(["### Tidsplan", "- 29. april 2027: 1. samtalerunde", "- Uge 18: MPA-test", "- 11. maj 2027: 2. samtalerunde"]);
    expect(furnitureOf(html).join("\n")).toContain("Nyt akuthus indviet");
    // a portal's help box under "Ansøgning", its hours no dates
    const help = page(`<main><h1>Hospitalsdirektør</h1><p>${posting}</p></main>` + "<aside><h3>Ansøgning</h3><p>Brug for hjælp til at søge? Ring til jobportalens support på 70 20 30 40 alle hverdage kl. 8.30-16.00.</p></aside>");
    expect(furnitureOf(help).join("\n")).toContain("70 20 30 40");
    // a site's steps to apply, numbered, are no timeline
    const steps = page(`<main><h1>Hospitalsdirektør</h1><p>${posting}</p></main>` + '<aside><h3>Ansøgning</h3><ol><li>1. Opret en profil</li><li>2. Upload dit CV</li><li>3. Send ansøgningen</li></ol></aside>');
    expect(furnitureOf(steps).join("\n")).toContain("Opret en profil");
  });

  it("keeps a sidebar whose contact heading stands below its fact box ('Fakta', then 'Vil du vide mere?' over the cards)", () => {
    const html = page(
      `<main><h1>Vicedirektør</h1><p>${posting}</p></main>` +
        '<aside><div class="facts"><h3>Fakta</h3><dl><dt>Ansøgningsfrist</dt><dd>14.03.2027</dd><dt>Arbejdssted</dt><dd>København V</dd></dl></div>' +
        '<h3>Vil du vide mere?</h3><div class="card"><p>Kristoffer Dam Juul</p><p>Direktør</p><p><a href="tel:+4533927104">+45 33 92 71 04</a></p></div></aside>',
    );
    const kept = lines(html);
    expect(kept).toContain("+45 33 92 71 04");
    expect(kept).toContain("Kristoffer Dam Juul");
    expect(furnitureOf(html)).not.toContain("+45 33 92 71 04");
    // a list of other posts above the sidebar's contact heading keeps the sidebar the site's
    const related = page(
      `<main><h1>Vicedirektør</h1><p>${posting}</p></main>` +
        '<aside><div class="related"><h3>Relaterede stillinger</h3><ul><li>Fuldmægtig til Kontor for Vand</li></ul></div>' +
        '<h3>Vil du vide mere?</h3><div class="card"><p>Kristoffer Dam Juul</p><p><a href="tel:+4533927104">+45 33 92 71 04</a></p></div></aside>',
    );
    expect(lines(related)).not.toContain("- Fuldmægtig til Kontor for Vand");
  });

  it("keeps a sidebar whose fact list and contacts each have their heading ('Fakta om stillingen' over the list, 'Kontakt' over the cards)", () => {
    const html = page(
      `<main><h1>Sektionschef</h1><p>${posting}</p></main>` +
        '<aside><h3>Fakta om stillingen</h3><dl><dt>Ansøgningsfrist:</dt><dd>1. marts 2027 kl. 12.00</dd><dt>Arbejdstid:</dt><dd>37 timer</dd></dl>' +
        "<h3>Kontakt</h3><p>Chef for IT<br>Thomas Rye Nørgaard<br>Tlf. 48 29 61 50</p></aside>",
    );
    expect(lines(html)).toContain("Tlf. 48 29 61 50");
    expect(furnitureOf(html)).not.toContain("Tlf. 48 29 61 50");
  });

  it("places boxes beside the posting in the page's order, whichever kind each is", () => {
    const html = page(
      `<main><h1>Vejchef</h1><p>${posting}</p></main><aside><div><h2>Kontakt</h2><p>Lone Berg, tlf. 23 45 67 89</p></div>` +
        "<dl><dt>Ansøgningsfrist</dt><dd>1. april 2027</dd><dt>Arbejdssted</dt><dd>Roskilde</dd></dl></aside>",
    );
    expect(lines(html).slice(2)).toEqual(["## Kontakt", "Lone Berg, tlf. 23 45 67 89", "Ansøgningsfrist: 1. april 2027", "Arbejdssted: Roskilde"]);
  });

  it("reads an <aside> inside <main> that holds nothing of the post's as the site's: a museum's address, hours and switchboard", () => {
    const html = page(
      `<main><article><h1>Museumsinspektør</h1><p>${posting}</p><h2>Kontakt</h2><p>Spørgsmål til museumschef Lise Thorup, tlf. 51 92 04 77.</p></article>` +
        '<aside class="col-side"><section><h2>Besøg os</h2><p>Storåmuseerne<br>Nørreallé 12<br>7500 Holstebro</p></section>' +
        "<section><h2>Åbningstider</h2><ul><li>Tirsdag–fredag: kl. 11.00–16.00</li></ul></section>" +
        '<section><h2>Kontakt</h2><p>Tlf. 97 42 18 00<br><a href="mailto:info@storaamuseerne.dk">info@storaamuseerne.dk</a></p></section></aside></main>',
    );
    const posted = htmlToDocument(html).lines.filter((l) => !l.furniture && l.text !== "").map((l) => l.text);
    expect(posted).toEqual(["# Museumsinspektør", posting, "## Kontakt", "Spørgsmål til museumschef Lise Thorup, tlf. 51 92 04 77."]);
    // kept, as the page's: nothing lost
    expect(furnitureOf(html)).toEqual(expect.arrayContaining(["- Tirsdag–fredag: kl. 11.00–16.00", "info@storaamuseerne.dk"]));
  });

  it("reads an <aside> inside <main> that holds a box of the post's facts, even in English, with the posting", () => {
    const html = page(
      `<main><article><h1>Specialkonsulent</h1><p>${posting}</p></article>` +
        "<aside><dl><dt>Application deadline</dt><dd>11.04.2027 23:59</dd><dt>Location</dt><dd>Aalborg</dd></dl></aside></main>",
    );
    expect(lines(html)).toEqual(["# Specialkonsulent", posting, "Application deadline: 11.04.2027 23:59", "Location: Aalborg"]);
  });

  it("reads a job board's list of post cards, each a link and a deadline, as the page's, though no heading names it", () => {
    const card = (title: string, date: string) => `<li class="card"><a href="/job">${title}</a><div>Skattestyrelsen</div><div>Ansøgningsfrist: ${date}</div></li>`;
    const html = page(
      `<main><ol class="list">${card("Teamleder til Debitorservice", "14.03.2027")}${card("Teamleder for hjemmeplejen", "28.02.2027")}${card("Afdelingsleder", "19.03.2027")}</ol>` +
        `<section class="preview"><h2>Teamleder til Køretøjsgodkendelse</h2><p>Ansøgningsfrist: 21.03.2027</p><p>${posting}</p></section></main>`,
    );
    const posted = htmlToDocument(html).lines.filter((l) => !l.furniture && l.text !== "").map((l) => l.text);
    expect(posted).toEqual(["## Teamleder til Køretøjsgodkendelse", "Ansøgningsfrist: 21.03.2027", posting]);
    expect(furnitureOf(html).join("\n")).toContain("Ansøgningsfrist: 19.03.2027");
  });

  it("keeps a list of the post's own links, and a timetable list, as the posting's", () => {
    const html = page(`<main><h1>Vejchef</h1><p>${posting}</p><ul><li><a href="/a">Læs om kommunen</a></li><li><a href="/b">Se organisationsdiagrammet</a></li><li><a href="/c">Vores strategi</a></li></ul><ul><li>Ansøgningsfrist: 1. marts 2027</li><li>Samtaler: 9. marts 2027</li><li>Tiltrædelse: 1. maj 2027</li></ul></main>`);
    expect(lines(html)).toContain("- Samtaler: 9. marts 2027");
    expect(lines(html)).toContain("- Læs om kommunen");
  });

  it("reads an <aside> that is itself a contact box, on a page that marks no <main>, in its place", () => {
    const html = page(
      `<div class="wrap"><div class="content"><h1>Sektionsleder</h1><p>${posting}</p></div>` +
        "<aside><h2>Kontakt</h2><p>Yderligere oplysninger fås hos institutleder Halfdan Bækgaard, tlf. +45 9931 4702.</p></aside></div>",
    );
    expect(lines(html)).toEqual(["# Sektionsleder", posting, "## Kontakt", "Yderligere oplysninger fås hos institutleder Halfdan Bækgaard, tlf. +45 9931 4702."]);
  });

  // Without <main> or <article> the site's own header and footer are known by their class names, and by standing outside the posting.
  it.each([
    [
      "the site's header and footer boxes go, the posting's own footer stays",
      `<div class="site-header"><p>Styrelsen for Veje · Tlf. 7000 0000</p></div><div class="wrap"><div class="article"><h1>Vejchef</h1><div class="text"><p>${posting}</p></div><div class="article__footer"><p>Kontakt Lone Berg på 2345 6789.</p></div></div></div><div class="footer"><div class="footer__col">Styrelsen for Veje<br>Tlf. 7000 0000<br>post@veje.dk</div></div>`,
      ["# Vejchef", posting, "Kontakt Lone Berg på 2345 6789."],
    ],
    [
      "a header box that holds the posting's title stays",
      `<div class="page-header"><h1>Vejchef</h1></div><div class="content"><p>${posting}</p></div>`,
      ["# Vejchef", posting],
    ],
  ])("%s", (_name, body, want) => {
    expect(lines(page(body))).toEqual(want);
  });

  it("drops a sidebar that frames the page, as it drops an <aside>", () => {
    const html = page(`<div class="sidebar"><p>Seneste nyt fra kommunen.</p></div><div class="content"><h1>Vejchef</h1><p>${posting}</p></div>`);
    expect(lines(html)).toEqual(["# Vejchef", posting]);
  });

  // A posting's own facts, in a box the page set beside its <main> or in an <aside>: the deadline may stand nowhere else.
  const factBox = "<dl><dt>Ansøgningsfrist</dt><dd>3. maj 2027</dd><dt>Stillingstype</dt><dd>Fast stilling, 30 timer</dd></dl>";
  const factLines = ["Ansøgningsfrist: 3. maj 2027", "Stillingstype: Fast stilling, 30 timer"];
  it.each([
    [
      "beside <main>, after it",
      `<main><h1>Jordemoder</h1><p>Tekst.</p></main><aside class="facts"><h2>Fakta</h2>${factBox}<a class="btn">Søg</a></aside>`,
      ["# Jordemoder", "Tekst.", ...factLines],
    ],
    [
      "beside <main>, before it",
      `<div class="col-left"><aside>${factBox}</aside></div><main><h1>Jordemoder</h1><p>Tekst.</p></main>`,
      [...factLines, "# Jordemoder", "Tekst."],
    ],
    [
      "as a table beside <article>",
      '<article><h1>Jordemoder</h1><p>Tekst.</p></article><aside><table><tr><td>Tiltrædelse</td><td>1. juni 2027</td></tr><tr><td>Arbejdstid</td><td>30 timer</td></tr></table></aside>',
      ["# Jordemoder", "Tekst.", "| Tiltrædelse | 1. juni 2027 |", "| Arbejdstid | 30 timer |"],
    ],
    [
      "in an <aside> of a page without <main>",
      `<div><h1>Jordemoder</h1><p>Tekst.</p></div><aside><p>Seneste nyt fra hospitalet.</p>${factBox}</aside>`,
      ["# Jordemoder", "Tekst.", ...factLines],
    ],
  ])("keeps a posting's fact box %s", (_name, body, want) => {
    expect(lines(page(body))).toEqual(want);
  });

  it.each([
    ["an address card of contact labels beside <main>", '<main><h1>Jordemoder</h1><p>Tekst.</p></main><footer><dl><dt>Telefon</dt><dd>7000 0000</dd><dt>E-mail</dt><dd>post@hospital.dk</dd></dl></footer>'],
    ["a fact box inside a cookie dialog", `<main><h1>Jordemoder</h1><p>Tekst.</p></main><div class="cookie-banner">${factBox}</div>`],
  ])("still drops %s", (_name, body) => {
    expect(lines(page(body))).toEqual(["# Jordemoder", "Tekst."]);
  });

  it("takes the article with the most text when there are several", () => {
    const html = page("<article><p>Kort.</p></article><article><h1>Stilling</h1><p>Den lange tekst om stillingen.</p></article>");
    expect(lines(html)).toEqual(["# Stilling", "Den lange tekst om stillingen."]);
  });

  it("refuses a page with nothing but boilerplate as empty", () => {
    expect(() => htmlToDocument(page("<nav>Menu</nav><script>x</script>"))).toThrow(InputError);
    expect(() => htmlToDocument(page("<nav>Menu</nav>"))).toThrow(/empty file \(the HTML page has no text\)/u);
  });
});

describe("decoding", () => {
  it("honours a declared windows-1252 (and ISO-8859-1, read as 1252)", () => {
    for (const cs of ["windows-1252", "iso-8859-1"]) {
      const bytes = Buffer.concat([Buffer.from(`<html><head><meta charset="${cs}"></head><body><p>`), Buffer.from([0xc6, 0xd8, 0xc5, 0x20, 0x96, 0x20, 0xe6]), Buffer.from("</p></body></html>")]);
      expect(decodeHtml(bytes)).toContain("ÆØÅ – æ");
    }
  });

  it("reads UTF-8 without a declaration", () => {
    expect(readHtml(Buffer.from("<p>Rådhuset i Ærøskøbing</p>")).lines[0].text).toBe("Rådhuset i Ærøskøbing");
  });

  it("is routed from read() by name and by content", async () => {
    const doc = await read(Buffer.from("<!DOCTYPE html><html><body><h1>Stilling</h1></body></html>"), { fileName: "side.txt" });
    expect(doc).toMatchObject({ format: "html", pages: null });
    expect(doc.lines[0]).toEqual({ text: "# Stilling", line: 1, page: null });
  });
});

describe("JSON-LD JobPosting", () => {
  const posting = {
    "@type": "JobPosting",
    title: "Kommunaldirektør",
    hiringOrganization: { "@type": "Organization", name: "Odder Kommune" },
    validThrough: "2026-04-01T23:59:00+02:00",
    datePosted: "2026-03-01",
  };
  it.each([
    ["a single object", posting],
    ["an array", [{ "@type": "Organization", name: "X" }, posting]],
    ["an @graph", { "@context": "https://schema.org", "@graph": [{ "@type": "WebPage" }, posting] }],
    ["@type as an array", { ...posting, "@type": ["JobPosting", "Thing"] }],
  ])("is found in %s", (_name, data) => {
    expect(extractJobPosting([JSON.stringify(data)])).toMatchObject({
      title: "Kommunaldirektør",
      employer: "Odder Kommune",
      validThrough: "2026-04-01T23:59:00+02:00",
      deadline: "2026-04-01",
      datePosted: "2026-03-01",
    });
  });

  it.each([
    ["broken JSON", "{ not json"],
    ["no JobPosting", JSON.stringify({ "@type": "Organization", name: "Odder Kommune" })],
    ["a JSON string", '"JobPosting"'],
  ])("is absent for %s", (_name, script) => {
    expect(extractJobPosting([script])).toBeNull();
  });

  it.each([
    ["2026-04-01", "2026-04-01"],
    ["2026-04-01T00:00:00Z", "2026-04-01"],
    ["2026-04-01T23:59:59+02:00", "2026-04-01"],
    ["2026-04-01T12:00:00+02:00", "2026-04-01T12:00"],
    ["1. april 2026", null],
    // a day no calendar has is no deadline, as no publication day
    ["2026-02-30T12:00:00+01:00", null],
    [" 2026-04-01T09:30 ", "2026-04-01T09:30"],
  ])("validThrough %s is %s", (value, want) => {
    expect(isoDate(value)).toBe(want);
  });

  it("is exposed on the document, read before scripts are dropped, and never as text", () => {
    const html = page(`<script type="application/ld+json">${JSON.stringify(posting)}</script><h1>Kommunaldirektør</h1>`);
    const doc = htmlToDocument(html);
    expect(doc.metadata?.jobPosting).toMatchObject({ title: "Kommunaldirektør", employer: "Odder Kommune", deadline: "2026-04-01" });
    expect(doc.metadata?.jobPosting).not.toHaveProperty("descriptionHtml");
    expect(doc.lines.map((l) => l.text).join("\n")).not.toContain("JobPosting");
  });

  it("stands in for a page that shows nothing but its JSON-LD", () => {
    const withDescription = { ...posting, description: "<p>Odder Kommune søger en kommunaldirektør.</p><ul><li>Ledelse</li></ul>" };
    const doc = htmlToDocument(page(`<script type="application/ld+json">${JSON.stringify(withDescription)}</script><div id="app"></div>`));
    expect(doc.lines.map((l) => l.text).filter(Boolean)).toEqual(["Odder Kommune søger en kommunaldirektør.", "- Ledelse"]);
  });
});

describe("microdata JobPosting", () => {
  const board = (posting: string) =>
    page(`<nav>Job · Lignende job</nav>${posting}<aside><h2>Lignende job</h2><div itemscope itemtype="https://schema.org/JobPosting"><span itemprop="title">Bogholder</span></div></aside>`);

  it("reads a job board's posting marked in microdata: its title, its employer's name and its deadline", () => {
    const doc = htmlToDocument(
      board(
        `<article itemscope itemtype="https://schema.org/JobPosting"><meta itemprop="validThrough" content="2027-04-12T09:00"><meta itemprop="datePosted" content="2027-03-15">` +
          `<h1 itemprop="title">Økonomichef</h1><p itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Boligforeningen Kildebo</span></p>` +
          `<div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place"><span itemprop="name">Viby J</span></div><div itemprop="description"><p>Vi søger en økonomichef.</p></div></article>`,
      ),
    );
    expect(doc.metadata?.jobPosting).toEqual({ title: "Økonomichef", employer: "Boligforeningen Kildebo", validThrough: "2027-04-12T09:00", deadline: "2027-04-12T09:00", datePosted: "2027-03-15", from: "microdata" });
  });

  it("takes an employer given as text, and no name from a nested place", () => {
    const doc = htmlToDocument(board(`<div itemscope itemtype="http://schema.org/JobPosting"><h1 itemprop="title">Skoleleder</h1><span itemprop="hiringOrganization">Fjordby Kommune</span></div>`));
    expect(doc.metadata?.jobPosting).toMatchObject({ title: "Skoleleder", employer: "Fjordby Kommune", deadline: null });
  });

  it("prefers the page's JSON-LD where it has both", () => {
    const ld = { "@context": "https://schema.org", "@type": "JobPosting", title: "Kommunaldirektør", hiringOrganization: { name: "Odder Kommune" } };
    const doc = htmlToDocument(board(`<script type="application/ld+json">${JSON.stringify(ld)}</script><div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Skoleleder</h1></div>`));
    expect(doc.metadata?.jobPosting).toMatchObject({ title: "Kommunaldirektør", employer: "Odder Kommune" });
    expect(doc.metadata?.jobPosting?.from).toBeUndefined();
  });
});

describe("hostile pages finish quickly in bounded memory (why htmlparser2, not parse5)", () => {
  it("a page nested 10,000 levels deep", () => {
    const t0 = performance.now();
    const doc = htmlToDocument(deepHtml(10_000));
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(doc.lines.map((l) => l.text).join(" ")).toContain("Ansøgningsfristen er 1. april 2026.");
  });

  it.each([
    ["lists", (n: number) => `${"<ul><li>punkt".repeat(n)}${"</li></ul>".repeat(n)}`],
    ["an article", (n: number) => `<article>${"<div>".repeat(n)}<p>punkt</p>${"</div>".repeat(n)}</article>`],
    ["tables", (n: number) => `${"<table><tr><td>".repeat(n)}punkt${"</td></tr></table>".repeat(n)}`],
    ["inline elements", (n: number) => `<p>${"<span>".repeat(n)}punkt${"</span>".repeat(n)}</p>`],
  ])("10,000 levels of %s", (_name, make) => {
    const t0 = performance.now();
    const doc = htmlToDocument(page(make(10_000)));
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(doc.lines.map((l) => l.text).join(" ")).toContain("punkt");
  });

  it("a page with a 20 MB attribute", () => {
    const html: string = hugeAttributeHtml(20 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    const doc = htmlToDocument(html);
    expect(performance.now() - t0).toBeLessThan(4000);
    // parse5 grows by ~700 MB here; htmlparser2 by little more than the attribute itself.
    expect(process.memoryUsage().rss - before).toBeLessThan(250 * 1024 * 1024);
    expect(doc.lines.map((l) => l.text).filter(Boolean)).toEqual(["# Skoleleder", "Ansøgningsfristen er 1. april 2026."]);
  });
});

describe("the page's site, named by itself", () => {
  it.each([
    [`<title>Skoleleder til Virklund Skole | Silkeborg Kommune</title>`, "Silkeborg Kommune"],
    [`<title>Værftsleder – Vikingeskibsmuseet</title>`, "Vikingeskibsmuseet"],
    [`<title>Afdelingschef - Forsyning Helsingør A/S - Helsingør | JobTorvet.dk</title>`, "Forsyning Helsingør A/S | Helsingør | JobTorvet.dk"],
    [`<meta property="og:site_name" content="Region Sjælland"><title>Ledende overlæge | Job</title>`, "Region Sjælland"],
    [`<title>Skoleleder</title>`, undefined],
  ])("names the page's site from %s", (head, site) => {
    const doc = htmlToDocument(`<!DOCTYPE html><html><head>${head}</head><body><h1>Skoleleder</h1><p>Tekst.</p></body></html>`);
    expect(doc.metadata?.siteName).toBe(site);
  });
});

describe("the day the page says it was published", () => {
  it.each([
    [`<meta property="article:published_time" content="2027-05-03T08:00:00+02:00">`, "2027-05-03"],
    [`<meta itemprop="datePublished" content="2027-05-03">`, "2027-05-03"],
    [`<script type="application/ld+json">{"@type":"JobPosting","title":"Lærer","datePosted":"2027-05-04"}</script>`, "2027-05-04"],
    [`<meta property="article:published_time" content="maj 2027">`, undefined],
    [``, undefined],
  ])("from %s", (head, published) => {
    const doc = htmlToDocument(`<!DOCTYPE html><html><head>${head}</head><body><h1>Lærer</h1><p>Tekst.</p></body></html>`);
    expect(doc.metadata?.published).toBe(published);
  });
});

describe("the page around the posting is kept as its furniture", () => {
  const posting = "<main><h1>Skoleleder</h1><p>Vi søger en skoleleder, der vil stå i spidsen for en skole med 540 elever og 70 medarbejdere i Silkeborg.</p></main>";
  it("marks the menu, the cookie banner and the footer, each in its place, and not the posting", () => {
    const html = page(`<div class="cookie-banner"><p>Vi bruger cookies til statistik.</p></div><nav><ul><li>Forside</li><li>Job</li></ul></nav>${posting}<footer><p>Silkeborg Kommune · Søvej 1 · 8600 Silkeborg</p></footer>`);
    const doc = htmlToDocument(html);
    expect(furnitureOf(html)).toEqual(["Vi bruger cookies til statistik.", "- Forside", "- Job", "Silkeborg Kommune · Søvej 1 · 8600 Silkeborg"]);
    const order = doc.lines.filter((l) => l.text).map((l) => l.text);
    expect(order.indexOf("# Skoleleder")).toBeGreaterThan(order.indexOf("- Job"));
    expect(order.indexOf("Silkeborg Kommune · Søvej 1 · 8600 Silkeborg")).toBe(order.length - 1);
  });
  it("leaves out what no reader sees: scripts, styles, hidden boxes", () => {
    const html = page(`<script>var x = 1;</script><style>p { color: red }</style><div hidden><p>Skjult menu</p></div><nav><p>Job</p></nav>${posting}`);
    expect(furnitureOf(html)).toEqual(["Job"]);
  });
  it("marks nothing on a page that is all posting", () => {
    expect(furnitureOf(page(posting))).toEqual([]);
  });
});

describe("an ad in a frame written into its attribute (<iframe srcdoc>)", () => {
  const ad = `<!DOCTYPE html><html><head><style>p { margin: 0 }</style></head><body><h2>Om stillingen</h2><p>Du får ansvaret for den daglige drift &amp; 40 medarbejdere.</p></body></html>`;
  const escaped = ad.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  it("reads the frame's body where the frame stands, its entities decoded once", () => {
    const got = lines(page(`<main><h1>Souschef til Plejecenter Hjortebo</h1><iframe title="Jobannonce" srcdoc="${escaped}"></iframe><p>Søg via knappen.</p></main>`));
    expect(got).toEqual(["# Souschef til Plejecenter Hjortebo", "## Om stillingen", "Du får ansvaret for den daglige drift & 40 medarbejdere.", "Søg via knappen."]);
  });
  it("reads nothing of a frame that only points elsewhere", () => {
    expect(lines(page(`<main><p>Se opslaget herunder.</p><iframe src="https://example.org/ad"></iframe></main>`))).toEqual(["Se opslaget herunder."]);
  });
});

describe("an accordion's heading whose words stand in its toggle", () => {
  it("reads the button's words as the heading, without what it hides, over the panel it opens", () => {
    const html = page(
      `<main><h2>Dine opgaver</h2><p>Du leder teamet.</p><section><h2 class="accordion__heading"><button aria-controls="om" aria-expanded="false">Om arbejdspladsen <span aria-hidden="true">+</span></button></h2><div id="om" hidden><p>Jobcenter Syddjurs har 120 medarbejdere.</p></div></section></main>`,
    );
    expect(lines(html)).toEqual(["## Dine opgaver", "Du leder teamet.", "## Om arbejdspladsen", "Jobcenter Syddjurs har 120 medarbejdere."]);
  });
});

describe("a label and its value set side by side in spans, laid out by the site's style", () => {
  it("reads each pair as a label line", () => {
    const html = page(
      `<main><h1>Konservator</h1><div class="fakta"><span class="fakta-label">Tiltrædelse</span><span class="fakta-value">1. juni 2027</span>\n<span class="fakta-label">Ansøgningsfrist</span><span class="fakta-value">7. marts 2027 kl. 23.59</span></div><p>Vi søger en konservator.</p></main>`,
    );
    expect(lines(html)).toEqual(["# Konservator", "Tiltrædelse: 1. juni 2027", "Ansøgningsfrist: 7. marts 2027 kl. 23.59", "Vi søger en konservator."]);
  });
  it("adds no second colon to a label that has one", () => {
    expect(lines(page(`<main><p><span class="job-label">Ansøgningsfrist:</span> <span class="job-value">1. juni 2027</span></p></main>`))).toEqual(["Ansøgningsfrist: 1. juni 2027"]);
  });
  it("leaves spans of no such classes as the text runs", () => {
    expect(lines(page(`<main><p><span class="a">Løn</span><span class="b"> efter overenskomst.</span></p></main>`))).toEqual(["Løn efter overenskomst."]);
  });
});

describe("a list that lays out chapters", () => {
  it("reads each item holding a heading as the blocks inside it, not as one point of a list", () => {
    const html = `<html><body><ol class="chapters"><li><h3>1. Baggrund</h3><p>Regionens direktør går på pension efter elleve år, og regionsrådet søger nu en afløser.</p></li><li><h3>2. Stillingen</h3><p>Du leder koncerndirektionen.</p><ul><li>at sikre økonomien</li></ul></li></ol></body></html>`;
    expect(lines(html)).toEqual(["### 1. Baggrund", "Regionens direktør går på pension efter elleve år, og regionsrådet søger nu en afløser.", "### 2. Stillingen", "Du leder koncerndirektionen.", "- at sikre økonomien"]);
  });
  it("still reads a list of points as a list, its items numbered", () => {
    expect(lines(`<html><body><ol><li>Ansøgning</li><li>Samtale</li></ol></body></html>`)).toEqual(["1. Ansøgning", "2. Samtale"]);
  });
});

describe("a list of contact cards", () => {
  it("keeps cards whose headings name people a list, not chapters", () => {
    const html = `<html><body><ul><li><h3>Anne Holm</h3><p>Skolechef</p><p>Tlf. 20 30 40 50</p></li><li><h3>Jens Bo</h3><p>Skoleleder</p></li></ul></body></html>`;
    expect(lines(html).some((l) => l.startsWith("#"))).toBe(false);
  });
});

describe("session 44: a recruiter's card with a portrait over its heading", () => {
  it("keeps the card beside the posting, its portrait no bar to its heading", () => {
    const html = page(
      `<main><article><h1>Økonomidirektør</h1><p>${"Verdo søger en økonomidirektør, der kan lede økonomifunktionen og være en stærk sparringspartner for direktionen. ".repeat(3)}</p></article>` +
        '<aside class="recruiter-card"><img src="/p.jpg" alt="Portræt af Camilla Rask Thomsen"><h3>Har du spørgsmål?</h3><p>Kontakt Camilla, hvis du vil høre mere om stillingen og processen.</p><p>Camilla Rask Thomsen</p><p>Partner, Mercuri Urval</p><p><a href="tel:+4529647138">+45 29 64 71 38</a></p></aside></main>',
    );
    expect(lines(html)).toContain("+45 29 64 71 38");
    expect(furnitureOf(html)).not.toContain("+45 29 64 71 38");
  });
});

describe("session 44 review: a linked portrait over the card's heading", () => {
  it("keeps the card beside the posting", () => {
    const html = page(
      `<main><article><h1>Økonomidirektør</h1><p>${"Verdo søger en økonomidirektør, der kan lede økonomifunktionen og være en stærk sparringspartner for direktionen. ".repeat(3)}</p></article>` +
        '<aside class="recruiter-card"><a href="/p"><img src="/p.jpg" alt="Portræt"></a><h3>Har du spørgsmål?</h3><p>Kontakt Camilla, hvis du vil høre mere om stillingen.</p><p>Camilla Rask Thomsen</p><p>+45 29 64 71 38</p></aside></main>',
    );
    expect(lines(html)).toContain("+45 29 64 71 38");
  });
});

describe("session 46: a sidebar of the posting's files", () => {
  const article = `<article><h1>Kommunaldirektør</h1><p>${"Faxe Kommune søger en kommunaldirektør, der kan samle direktionen og lede organisationen med tydelighed og tillid. ".repeat(3)}</p></article>`;
  const files =
    '<aside class="downloads"><h2>Dokumenter</h2><ul><li><a href="/m/profil.pdf">Hent job- og personprofilen (PDF)</a> 1,4 MB</li><li><a href="/m/org.pdf">Organisationsdiagram (PDF)</a> 210 KB</li></ul></aside>';
  it("keeps its file links as the text's inside the chosen main", () => {
    const html = page(`<main>${article}${files}</main>`);
    expect(lines(html)).toContain("- Organisationsdiagram (PDF) 210 KB");
    expect(furnitureOf(html)).not.toContain("- Organisationsdiagram (PDF) 210 KB");
  });
  it("still reads a sidebar of the site's own files as the page's", () => {
    const html = page(
      `<main>${article}<aside><h2>Om Faxe Kommune</h2><ul><li><a href="/m/budget.pdf">Budget 2027 (PDF)</a></li><li><a href="/m/plan.pdf">Planstrategi 2027 (PDF)</a></li><li><a href="/m/privat.pdf">Privatlivspolitik (PDF)</a></li></ul></aside></main>`,
    );
    expect(lines(html)).not.toContain("- Planstrategi 2027 (PDF)");
    expect(furnitureOf(html)).toContain("- Planstrategi 2027 (PDF)");
  });
});

describe("a button that links the post's own paper", () => {
  it("is the posting's line; a button to apply stays the page's", () => {
    const html = page(
      '<main><h1>Direktør</h1><p>Vi søger en direktør til Erhvervshus Fyn.</p><p class="download"><a href="/media/profil.pdf" class="btn btn-secondary">Download job- og personprofil (PDF)</a></p><p><a href="https://x.dk/apply" class="btn btn-primary">Søg stillingen</a></p></main>',
    );
    expect(lines(html)).toContain("Download job- og personprofil (PDF)");
    expect(furnitureOf(html)).toContain("Søg stillingen");
  });
});

describe("a contact card under a heading in two languages", () => {
  it("is kept beside the posting, its e-mail with it", () => {
    const html = page(
      '<main><h1>CFO</h1><p>Brandt & Holm Executive søger for Nordhavn Marine Systems A/S en CFO, der kan stå i spidsen for økonomien.</p></main>' +
        '<aside class="contact-card"><h3>Kontakt / Contact</h3><p>Katrine Brandt</p><p>Partner</p><p>Mobil: <a href="tel:+4540128765">+45 40 12 87 65</a></p><p>E-mail: <a href="mailto:kb@brandtholm.dk">kb@brandtholm.dk</a></p></aside>',
    );
    expect(lines(html)).toContain("E-mail: kb@brandtholm.dk");
  });
});
