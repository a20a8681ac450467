#!/usr/bin/env node
// Writes fixtures/formats/: job- og personprofiler as web pages (with the
// navigation, cookie banners, share widgets and scripts real pages carry, and
// a JSON-LD JobPosting), as Word files (heading styles, lists, tables, a page
// header) and as Markdown (nested lists, pipe tables), plus the hostile and
// broken inputs the readers must refuse or survive.
//
//   node scripts/make-format-fixtures.mjs          # everything but the 20 MB page
//   node scripts/make-format-fixtures.mjs --huge   # also bad/huge-attribute.html (20 MB; not for git)
//
// The documents are written here once, as a list of blocks, and rendered per
// format; the gold files in fixtures/formats/gold/ are written by hand from
// the rendered documents. The Word files are minimal WordprocessingML zipped
// with fflate; no Word installation is needed.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { strToU8, zipSync } from "fflate";

const FIXED_TIME = new Date("2026-01-01T12:00:00Z");
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "formats");

// ---------------------------------------------------------------------------
// The documents. Blocks: { h: level, text } | { p } | { bold } | { ul: items } |
// { ol: items } | { table: rows } | { lines: [..] } (a paragraph of lines broken with <br>)
// An item is a string or [string, items] for a nested list.

export const SKOLELEDER = {
  title: "Skoleleder til Hedeskolen",
  employer: "Hedensted Kommune",
  blocks: [
    { h: 1, text: "Skoleleder til Hedeskolen" },
    { p: "Hedensted Kommune søger en nærværende og visionær skoleleder til Hedeskolen, der har 540 elever og 70 medarbejdere." },
    { h: 2, text: "Baggrund" },
    { p: "Den nuværende skoleleder går på pension efter 14 år i stillingen, og derfor søger vi en ny leder, der vil fortsætte udviklingen af en skole med et stærkt fagligt fundament." },
    { p: "Hedeskolen ligger i Løsning og er en del af et tæt skolesamarbejde med fire andre skoler i den nordlige del af kommunen." },
    { h: 2, text: "Jobprofil" },
    { bold: "Opgaver og ansvar" },
    { p: "Som skoleleder har du det overordnede pædagogiske, personalemæssige og økonomiske ansvar for skolen." },
    {
      ul: [
        "Sætte retning for skolens udvikling sammen med ledelsesteamet",
        ["Lede ledelsesteamet, som består af", ["en viceskoleleder", "en afdelingsleder for indskolingen", "en SFO-leder"]],
        "Sikre et godt samarbejde med skolebestyrelsen og forældrene",
      ],
    },
    { bold: "Udfordringer" },
    { p: "Skolen skal i de kommende år omsætte den nye kommunale skolestrategi til praksis og samtidig styrke inklusionen af elever med særlige behov." },
    { h: 2, text: "Personprofil" },
    { p: "Vi søger en leder, der har erfaring med ledelse af ledere og en pædagogisk uddannelse." },
    {
      ol: [
        "Du er tydelig og tilgængelig i hverdagen",
        "Du kan omsætte politiske mål til konkrete handlinger",
        "Du har økonomisk forståelse og sans for prioritering",
      ],
    },
    { h: 2, text: "Ansættelsesproces" },
    { p: "Ansøgningsfristen er mandag den 2. marts 2026 kl. 12.00." },
    {
      table: [
        ["Hvad", "Hvornår"],
        ["1. samtale", "10. marts 2026"],
        ["2. samtale", "19. marts 2026"],
      ],
    },
    { p: "Mellem første og anden samtale gennemfører kandidaterne en personlighedstest (NEO-PI-3)." },
    { p: "Ansættelsesudvalget består af skolechef Mette Lund, formand for skolebestyrelsen Anders Bech og medarbejderrepræsentant Sara Holm." },
    { h: 2, text: "Løn og ansættelsesvilkår" },
    { p: "Stillingen er omfattet af overenskomst mellem KL og Lærernes Centralorganisation, og tiltrædelse er 1. maj 2026." },
    { p: "Lønnen forhandles efter principperne om Ny Løn med udgangspunkt i et niveau på 650.000 kr. årligt inklusive pension." },
    { h: 2, text: "Kontakt" },
    { p: "Vil du vide mere om stillingen, er du velkommen til at kontakte skolechef Mette Lund på tlf. 79 75 50 10 eller mail mette.lund@hedensted.dk." },
  ],
};

export const SUNDHEDSCHEF = {
  title: "Sundheds- og omsorgschef",
  employer: "Skive Kommune",
  blocks: [
    { bold: "Job- og personprofil" },
    { bold: "Sundheds- og omsorgschef" },
    { lines: ["Skive Kommune", "Torvegade 10", "7800 Skive"] },
    { bold: "Indledning" },
    { p: "Skive Kommune har et velfungerende sundheds- og omsorgsområde med omkring 1.400 medarbejdere, og vi søger nu en chef, der kan stå i spidsen for den videre udvikling." },
    { lines: ["Stillingen er nyoprettet efter en organisationsændring i 2025,", "hvor ældreområdet og sundhedsområdet blev lagt sammen."] },
    { bold: "Om jobbet" },
    { p: "Sundheds- og omsorgschefen refererer til direktøren for Social og Sundhed og har ansvar for et budget på 820 mio. kr." },
    { ul: ["Hjemmeplejen og de otte plejecentre", "Sygeplejen og træningsområdet", "Sundhedsfremme og forebyggelse"] },
    { bold: "Hvem er du" },
    { p: "Du har en relevant sundhedsfaglig eller samfundsvidenskabelig uddannelse og flere års erfaring som leder af ledere i en politisk styret organisation." },
    { ul: ["Du skaber tillid og arbejder struktureret", "Du inddrager medarbejdere, pårørende og frivillige"] },
    { bold: "Løn og vilkår" },
    { p: "Stillingen er en kontraktansættelse med en løn på cirka 62.000 kr. pr. måned. Hertil kommer pension på 17,1%." },
    { bold: "Ansøgning" },
    { lines: ["Ansøgningsfrist: 15. januar 2026", "1. samtale: 22. januar 2026", "2. samtale: 29. januar 2026"] },
    { p: "Der indgår en test i forløbet, og der indhentes referencer med kandidatens accept." },
    { bold: "Yderligere oplysninger" },
    { p: "Yderligere oplysninger fås hos direktør for Social og Sundhed Birgit Kjær, tlf. 99 15 66 20." },
  ],
};

export const ØKONOMICHEF = {
  title: "Økonomichef",
  employer: "Favrskov Kommune",
  consultancy: "Muusmann",
  blocks: [
    { h: 0, text: "Økonomichef til Favrskov Kommune" },
    { p: "Job- og personprofil udarbejdet af Muusmann i samarbejde med Favrskov Kommune." },
    { h: 1, text: "1. Indledning" },
    { p: "Favrskov Kommune søger en økonomichef, der kan løfte kommunens økonomistyring og være en tæt sparringspartner for direktionen." },
    { h: 1, text: "2. Stillingens indhold" },
    { p: "Økonomichefen leder Økonomi og Analyse med 28 medarbejdere fordelt på tre teams." },
    { h: 2, text: "2.1 Opgaver" },
    {
      ul: [
        ["Budgetlægning og regnskab", ["Koordinering af den årlige budgetproces", "Kvartalsvise budgetopfølgninger"]],
        "Analyser til direktion og byråd",
        "Kommunens finansielle strategi og likviditet",
      ],
    },
    { h: 1, text: "3. Personprofil" },
    { p: "Den nye økonomichef har en økonomisk kandidatuddannelse og solid erfaring fra en kommunal økonomifunktion." },
    { ul: ["Overblik og analytisk skarphed", "Gennemslagskraft og gode kommunikative evner"] },
    { h: 1, text: "4. Løn- og ansættelsesvilkår" },
    {
      table: [
        ["Vilkår", "Beskrivelse"],
        ["Løn", "Årsløn omkring 780.000 kr. ekskl. pension"],
        ["Ansættelsesform", "Kontrakt på åremål i 6 år"],
      ],
    },
    { h: 1, text: "5. Proces" },
    { p: "Ansøgningsfristen er den 4. februar 2026 kl. 09.00, og første samtalerunde holdes den 11. februar 2026." },
    { p: "Anden samtalerunde holdes den 20. februar 2026, og kandidaterne gennemfører forinden testen IST-2000R." },
    { h: 1, text: "6. Kontakt" },
    { p: "Partner Jens Vestergaard, Muusmann, tlf. 40 12 34 56, jv@muusmann.dk, svarer gerne på spørgsmål." },
  ],
};

export const DAGTILBUDSCHEF = {
  title: "Dagtilbudschef",
  employer: "Odder Kommune",
  blocks: [
    { h: 1, text: "Job- og personprofil: Dagtilbudschef" },
    { h: 2, text: "Indledning" },
    { p: "Odder Kommune søger en dagtilbudschef, der vil stå i spidsen for kommunens 14 daginstitutioner og dagplejen." },
    { h: 2, text: "Jobprofil" },
    { bold: "Ansvar" },
    {
      ul: [
        ["Faglig ledelse af dagtilbudsområdet", ["Implementering af den styrkede pædagogiske læreplan", "Kvalitetsopfølgning i alle institutioner"]],
        "Personaleledelse af 14 institutionsledere",
      ],
    },
    { h: 2, text: "Personprofil" },
    {
      ol: [
        ["Erfaring med ledelse af ledere", ["gerne fra dagtilbudsområdet"]],
        "Politisk tæft og forståelse for en politisk styret organisation",
      ],
    },
    { h: 2, text: "Tidsplan" },
    {
      table: [
        ["Hvad", "Hvornår"],
        ["Ansøgningsfrist", "1. april 2026"],
        ["1. samtale", "9. april 2026"],
        ["2. samtale", "16. april 2026"],
      ],
    },
    { h: 2, text: "Vilkår" },
    { p: "Ansættelse sker på overenskomstvilkår med tiltrædelse den 1. juni 2026." },
    { h: 2, text: "Kontakt" },
    { p: "Direktør for Børn og Familie Lone Jensen, tlf. 87 80 33 33, svarer gerne på spørgsmål." },
  ],
};

// ---------------------------------------------------------------------------
// HTML

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function htmlItems(items, tag) {
  return `<${tag}>${items
    .map((it) => (Array.isArray(it) ? `<li>${esc(it[0])}${htmlItems(it[1], tag)}</li>` : `<li>${esc(it)}</li>`))
    .join("")}</${tag}>`;
}

function htmlBlocks(blocks) {
  return blocks
    .map((b) => {
      if ("h" in b) return `<h${Math.max(1, b.h)}>${esc(b.text)}</h${Math.max(1, b.h)}>`;
      if ("p" in b) return `<p>${esc(b.p)}</p>`;
      if ("bold" in b) return `<p><strong>${esc(b.bold)}</strong></p>`;
      if ("lines" in b) return `<p>${b.lines.map(esc).join("<br>\n")}</p>`;
      if ("ul" in b) return htmlItems(b.ul, "ul");
      if ("ol" in b) return htmlItems(b.ol, "ol");
      if ("table" in b)
        return `<table class="tidsplan"><thead><tr>${b.table[0].map((c) => `<th>${esc(c)}</th>`).join("")}</tr></thead><tbody>${b.table
          .slice(1)
          .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`)
          .join("")}</tbody></table>`;
      throw new Error(`unknown block ${JSON.stringify(b)}`);
    })
    .join("\n");
}

/** A municipality's job page as a browser saves it: the posting in <main>, everything else around it. */
export function htmlPage(doc, { jsonLd = null, withMain = true, charset = "utf-8" } = {}) {
  const ld = jsonLd ? `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>` : "";
  const boiler = {
    head: `<meta charset="${charset}"><title>${esc(doc.title)} | Ledige stillinger</title>
<style>body{font-family:sans-serif}.cookie-banner{position:fixed}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>${ld}`,
    cookie: `<div id="CybotCookiebotDialog" role="dialog" aria-label="Cookie-samtykke"><h2>Denne hjemmeside bruger cookies</h2><p>Vi bruger cookies til at tilpasse vores indhold og til at analysere vores trafik.</p><button>Tillad alle</button></div>`,
    header: `<header class="site-header"><a class="skip-link" href="#main">Gå til indhold</a><div class="logo">${esc(doc.employer)}</div><nav aria-label="Hovedmenu"><ul><li><a href="/borger">Borger</a></li><li><a href="/erhverv">Erhverv</a></li><li><a href="/job">Job</a></li></ul></nav><form role="search"><input name="q" placeholder="Søg"></form></header>`,
    crumbs: `<ol class="breadcrumb"><li><a href="/">Forside</a></li><li><a href="/job">Ledige stillinger</a></li><li>${esc(doc.title)}</li></ol>`,
    share: `<div class="share-buttons"><span>Del opslaget:</span><a href="https://www.facebook.com/sharer">Facebook</a><a href="https://www.linkedin.com/share">LinkedIn</a></div>`,
    related: `<aside class="related-jobs"><h2>Andre ledige stillinger</h2><ul><li><a href="/job/1">Pædagog til Solsikken</a></li><li><a href="/job/2">Social- og sundhedshjælper</a></li></ul></aside>`,
    footer: `<footer><p>${esc(doc.employer)} · Rådhuset · Tlf. 70 10 10 10</p><p><a href="/privatliv">Privatlivspolitik</a> · <a href="/tilgaengelighed">Tilgængelighedserklæring</a></p></footer>`,
    tracking: `<noscript><img src="https://track.example/pixel.gif" alt=""></noscript><script src="/js/app.js"></script><svg aria-hidden="true"><path d="M0 0h24v24H0z"/></svg><div hidden>Skjult: Denne tekst vises ikke</div><template><p>Skabelon</p></template>`,
  };
  const body = htmlBlocks(doc.blocks);
  const content = withMain
    ? `${boiler.crumbs}<main id="main"><article class="job-posting">${body}${boiler.share}</article>${boiler.related}</main>`
    : `<div class="container">${boiler.crumbs}<div class="content">${body}</div>${boiler.share}</div>${boiler.related}`;
  return `<!DOCTYPE html>
<html lang="da"><head>${boiler.head}</head>
<body>${boiler.cookie}
${boiler.header}
${content}
${boiler.footer}
${boiler.tracking}
</body></html>
`;
}

/**
 * An applicant-tracking system's page: no <main>, no headings, no paragraphs;
 * one div of text broken with <br><br>, headings as bold spans.
 */
export function htmlAtsPage(doc) {
  const parts = doc.blocks.map((b) => {
    if ("h" in b) return `<span style="font-weight:bold">${esc(b.text)}</span><br><br>`;
    if ("bold" in b) return `<span style="font-weight:bold">${esc(b.bold)}</span><br>`;
    if ("p" in b) return `${esc(b.p)}<br><br>`;
    if ("lines" in b) return `${b.lines.map(esc).join("<br>")}<br><br>`;
    return htmlBlocks([b]);
  });
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(doc.title)}</title><link rel="stylesheet" href="/ats.css"></head>
<body><div id="cookie-consent-popup" class="modal"><p>Vi anvender cookies for at forbedre din oplevelse.</p><a href="#">OK</a></div>
<div class="ats-topbar"><ul class="navbar-nav"><li><a href="/jobs">Alle job</a></li></ul></div>
<div class="job-ad"><div class="job-ad-text">${parts.join("\n")}</div>
<div class="social-share"><a href="https://twitter.com/intent/tweet">Del på X</a></div>
<a class="btn apply" href="/apply">Søg stillingen</a></div>
<script>document.querySelector('.apply').addEventListener('click', () => {});</script></body></html>
`;
}

/** Windows-1252 bytes for a page that declares that charset (Danish CMSs of a certain age). */
function win1252(s) {
  const map = { "–": 0x96, "—": 0x97, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "…": 0x85, "€": 0x80 };
  const out = Buffer.alloc(s.length);
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (map[ch] !== undefined) out[n++] = map[ch];
    else if (c < 256) out[n++] = c;
    else out[n++] = 0x3f;
  }
  return out.subarray(0, n);
}

// ---------------------------------------------------------------------------
// DOCX: minimal WordprocessingML

const xesc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const run = (text, bold = false) => `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${xesc(text)}</w:t></w:r>`;
const para = (text, { style = null, bold = false, num = null } = {}) => {
  const ppr = [style ? `<w:pStyle w:val="${style}"/>` : "", num ? `<w:numPr><w:ilvl w:val="${num.level}"/><w:numId w:val="${num.id}"/></w:numPr>` : ""].join("");
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ""}${run(text, bold)}</w:p>`;
};

/** Danish Word names its styles "Overskrift1" (id) / "heading 1" (name); English Word "Heading1" / "heading 1". */
function docxBody(doc, styles) {
  const out = [];
  const items = (list, id, level) => {
    for (const it of list) {
      if (Array.isArray(it)) {
        out.push(para(it[0], { style: styles.list, num: { id, level } }));
        items(it[1], id, level + 1);
      } else out.push(para(it, { style: styles.list, num: { id, level } }));
    }
  };
  for (const b of doc.blocks) {
    if ("h" in b) out.push(para(b.text, { style: b.h === 0 ? styles.title : `${styles.heading}${b.h}` }));
    else if ("p" in b) out.push(para(b.p));
    else if ("bold" in b) out.push(para(b.bold, { bold: true }));
    else if ("lines" in b) out.push(`<w:p>${b.lines.map((l, i) => (i ? "<w:r><w:br/></w:r>" : "") + run(l)).join("")}</w:p>`);
    else if ("ul" in b) items(b.ul, 1, 0);
    else if ("ol" in b) items(b.ol, 2, 0);
    else if ("table" in b)
      out.push(
        `<w:tbl><w:tblPr><w:tblStyle w:val="Tabel-Gitter"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${b.table[0]
          .map(() => '<w:gridCol w:w="4500"/>')
          .join("")}</w:tblGrid>${b.table
          .map((r, i) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${para(c, { bold: i === 0 })}</w:tc>`).join("")}</w:tr>`)
          .join("")}</w:tbl>`,
      );
  }
  return out.join("");
}

function docxStyles(styles) {
  const heading = (n) =>
    `<w:style w:type="paragraph" w:styleId="${styles.heading}${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W_NS}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="${styles.title}"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
${[1, 2, 3].map(heading).join("\n")}
<w:style w:type="paragraph" w:styleId="${styles.list}"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="table" w:styleId="Tabel-Gitter"><w:name w:val="Table Grid"/></w:style>
</w:styles>`;
}

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W_NS}>
<w:abstractNum w:abstractNumId="0">${[0, 1, 2].map((l) => `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>`).join("")}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${[0, 1, 2].map((l) => `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="${l ? "bullet" : "decimal"}"/><w:lvlText w:val="${l ? "–" : "%1."}"/></w:lvl>`).join("")}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

/** A Word file; `extra` adds or replaces parts (for the broken ones). */
export function docx(doc, styles, { headerText = null, extra = {}, level = 6 } = {}) {
  const header = headerText
    ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W_NS}>${para(headerText)}</w:hdr>`
    : null;
  const sect = header ? `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/></w:sectPr>` : "<w:sectPr/>";
  const files = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>${header ? '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' : ""}</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    "word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>${header ? '<Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' : ""}<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.example.dk/om-kommunen" TargetMode="External"/><Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/></Relationships>`,
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W_NS} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>${docxBody(doc, styles)}${LINKED_IMAGE}${sect}</w:body></w:document>`,
    "word/styles.xml": docxStyles(styles),
    "word/numbering.xml": NUMBERING,
    ...(header ? { "word/header1.xml": header } : {}),
  };
  const zipped = {};
  for (const [name, text] of Object.entries({ ...files, ...extra })) zipped[name] = typeof text === "string" ? strToU8(text) : text;
  // A fixed time stamp, so that regenerating changes no bytes.
  return zipSync(zipped, { level, mtime: FIXED_TIME });
}

/** An image linked to a local file (the CVE-2025-11849 shape): mammoth ≥ 1.12.3 must not read it. */
const LINKED_IMAGE = `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Billede 1" descr="Logo"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="rIdImg"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

const DANISH_STYLES = { title: "Titel", heading: "Overskrift", list: "Listeafsnit" };
const ENGLISH_STYLES = { title: "Title", heading: "Heading", list: "ListParagraph" };

// ---------------------------------------------------------------------------
// Markdown

function mdItems(items, ordered, indent = "") {
  return items.flatMap((it, i) => {
    const marker = ordered ? `${i + 1}.` : "-";
    const pad = indent + " ".repeat(marker.length + 1);
    return Array.isArray(it) ? [`${indent}${marker} ${it[0]}`, ...mdItems(it[1], ordered, pad)] : [`${indent}${marker} ${it}`];
  });
}

export function markdown(doc) {
  const out = [];
  for (const b of doc.blocks) {
    if ("h" in b) out.push(`${"#".repeat(Math.max(1, b.h))} ${b.text}`);
    else if ("p" in b) out.push(b.p);
    else if ("bold" in b) out.push(`**${b.bold}**`);
    else if ("lines" in b) out.push(b.lines.join("  \n"));
    else if ("ul" in b) out.push(mdItems(b.ul, false).join("\n"));
    else if ("ol" in b) out.push(mdItems(b.ol, true).join("\n"));
    else if ("table" in b)
      out.push([`| ${b.table[0].join(" | ")} |`, `| ${b.table[0].map(() => "---").join(" | ")} |`, ...b.table.slice(1).map((r) => `| ${r.join(" | ")} |`)].join("\n"));
  }
  return out.join("\n\n") + "\n";
}

// ---------------------------------------------------------------------------
// Hostile and broken inputs

/** 10,000 nested divs around one sentence: a parser that recurses per level dies here. */
export function deepHtml(levels = 10_000) {
  return `<!DOCTYPE html><html><body>${"<div>".repeat(levels)}<p>Ansøgningsfristen er 1. april 2026.</p>${"</div>".repeat(levels)}</body></html>`;
}

/** One 20 MB attribute (an inlined image, say): parse5 needs 700 MB for it. */
export function hugeAttributeHtml(bytes = 20 * 1024 * 1024) {
  return `<!DOCTYPE html><html><body><main><h1>Skoleleder</h1><p data-blob="${"A".repeat(bytes)}">Ansøgningsfristen er 1. april 2026.</p></main></body></html>`;
}

/**
 * A Word file with a part that inflates to 120 MB, and headers that claim it
 * is 1 KB: only counting the inflated bytes catches it.
 */
export function zipBomb() {
  const zip = docx(DAGTILBUDSCHEF, ENGLISH_STYLES, { extra: { "word/media/image1.png": new Uint8Array(120 * 1024 * 1024) }, level: 9 });
  const buf = Buffer.from(zip);
  const name = Buffer.from("word/media/image1.png");
  for (let i = 0; i + 4 < buf.length; i++) {
    const sig = buf.readUInt32LE(i);
    if (sig === 0x04034b50 && buf.subarray(i + 30, i + 30 + name.length).equals(name)) buf.writeUInt32LE(1024, i + 22);
    if (sig === 0x02014b50 && buf.subarray(i + 46, i + 46 + name.length).equals(name)) buf.writeUInt32LE(1024, i + 24);
  }
  return buf;
}

// ---------------------------------------------------------------------------

const JOB_POSTING = {
  "@context": "https://schema.org",
  "@graph": [
    { "@type": "WebPage", name: "Skoleleder til Hedeskolen | Ledige stillinger" },
    {
      "@type": "JobPosting",
      title: "Skoleleder til Hedeskolen",
      datePosted: "2026-01-30",
      validThrough: "2026-03-02T12:00:00+01:00",
      hiringOrganization: { "@type": "Organization", name: "Hedensted Kommune", sameAs: "https://www.hedensted.dk" },
      jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Løsning", addressCountry: "DK" } },
    },
  ],
};

function write(rel, data) {
  const path = join(root, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  console.log(`wrote fixtures/formats/${rel} (${Buffer.byteLength(data)} bytes)`);
}

function main() {
  write("html/skoleleder-hedensted.html", htmlPage(SKOLELEDER, { jsonLd: JOB_POSTING }));
  write("html/sundhedschef-skive.html", win1252(htmlPage(SUNDHEDSCHEF, { withMain: false, charset: "windows-1252" })));
  write("html/oekonomichef-favrskov-ats.html", htmlAtsPage(ØKONOMICHEF));
  write("docx/oekonomichef-favrskov.docx", docx(ØKONOMICHEF, DANISH_STYLES, { headerText: "Favrskov Kommune · Job- og personprofil · Fortroligt" }));
  write("docx/sundhedschef-skive.docx", docx(SUNDHEDSCHEF, ENGLISH_STYLES, { headerText: "Skive Kommune" }));
  write("markdown/dagtilbudschef-odder.md", markdown(DAGTILBUDSCHEF));
  write("markdown/skoleleder-hedensted.md", markdown(SKOLELEDER));

  write("bad/not-a-zip.docx", "Dette er en tekstfil, der er blevet omdøbt til .docx.\n");
  write("bad/old-word.docx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  write("bad/not-word.docx", zipSync({ "mimetype": strToU8("application/epub+zip"), "content.opf": strToU8("<package/>") }, { mtime: FIXED_TIME }));
  write("bad/zip-bomb.docx", zipBomb());
  write("bad/deep-nesting.html", deepHtml());
  write("bad/only-boilerplate.html", `<!DOCTYPE html><html><body><nav><a href="/">Forside</a></nav><div class="cookie-consent">Vi bruger cookies.</div><script>var x = 1;</script><footer>Kommunen</footer></body></html>`);
  if (process.argv.includes("--huge")) write("bad/huge-attribute.html", hugeAttributeHtml());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
