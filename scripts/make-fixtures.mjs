#!/usr/bin/env node
// Writes the fixtures the seeds lack: layouts (numbered and capitalised
// headings, a contents page, running headers and footers, form feeds,
// legacy encodings) and bad inputs (empty, binary, not a PDF, corrupt,
// encrypted, scanned). Run `npm run fixtures` and review the diff; never
// hand-edit the files it writes.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { pdf, typeset } from "./lib/pdf-writer.mjs";

const root = new URL("../fixtures/", import.meta.url).pathname;
const layouts = join(root, "layouts");
const bad = join(root, "bad");
mkdirSync(layouts, { recursive: true });
mkdirSync(bad, { recursive: true });

// ---------- a profile in another consultancy's layout ----------
const profileLines = [
  "INDHOLD",
  "1. Baggrund ........ 2",
  "2. Jobprofil ........ 2",
  "3. Personprofil ........ 3",
  "4. Ansættelsesproces ........ 3",
  "\f",
  "1. BAGGRUND",
  "Favrskov Kommune søger en ny direktør for Børn og Kultur. Kommunen har",
  "omkring 50.000 indbyggere og ligger midt i Østjylland tæt på Aarhus.",
  "Stillingen er ledig, fordi den nuværende direktør går på pension.",
  "2. JOBPROFIL",
  "Direktøren refererer til kommunaldirektøren og indgår i direktionen. Opgaverne er:",
  "• strategisk ledelse af dagtilbud, skoler og kultur, herunder den løbende",
  "  udvikling af kvaliteten i kerneopgaven",
  "• økonomistyring og politisk betjening af Børne- og Skoleudvalget",
  "\f",
  "3. PERSONPROFIL",
  "Du har en relevant akademisk uddannelse og erfaring med ledelse af ledere i en",
  "politisk styret organisation. Du er tydelig, nærværende og handlekraftig.",
  "4. ANSÆTTELSESPROCES",
  "Ansøgningsfristen er fredag den 6. marts 2026 kl. 12.00.",
  "Første samtalerunde afholdes den 16. marts, anden samtalerunde den 25. marts.",
  "5. LØN OG ANSÆTTELSE",
  "Stillingen besættes på kontraktvilkår. Lønnen er i niveauet 1,1 mio. kr. årligt.",
  "6. KONTAKT",
  "Yderligere oplysninger fås hos kommunaldirektør Mette Hansen på tlf. 89 64 10 10.",
];
// Running header and footer as a text extractor leaves them: at each page's edges.
const withRunning = [];
let page = 1;
withRunning.push("Favrskov Kommune · Direktør for Børn og Kultur", ...[]);
for (const l of profileLines) {
  if (l === "\f") {
    withRunning.push(`Side ${page}`, "\f" + "Favrskov Kommune · Direktør for Børn og Kultur");
    page++;
  } else withRunning.push(l);
}
withRunning.push(`Side ${page}`);
writeFileSync(join(layouts, "numbered-caps-formfeed.txt"), withRunning.join("\n") + "\n");

// The same profile in Windows-1252 with CRLF, and in UTF-16 with a BOM.
const plain = profileLines.filter((l) => l !== "\f").join("\r\n") + "\r\n" + "Citat: ”Vi glæder os” – og • punkter.\r\n";
writeFileSync(join(layouts, "windows-1252.txt"), iconv.encode(plain, "win1252"));
writeFileSync(join(layouts, "utf16le-bom.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(plain, "utf16le")]));
writeFileSync(join(layouts, "utf8-bom.txt"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain, "utf8")]));

// A PDF with running headers, footers and page numbers on every page.
const pdfLines = profileLines.filter((l) => l !== "\f" && !/\.{3,}/.test(l) && l !== "INDHOLD");
writeFileSync(
  join(layouts, "running-headers.pdf"),
  pdf(typeset(pdfLines, { header: "Favrskov Kommune Job- og personprofil", footer: "Rekrutteringsfirmaet Eksempel Side {n}", perPage: 9 })),
);

// Two columns on a page, as a Word layout writes them: column by column in the content stream.
const column = (x, lines) => lines.map((text, i) => ({ x, y: 760 - i * 16, text })).filter((l) => l.text);
writeFileSync(
  join(layouts, "two-column.pdf"),
  pdf([
    [
      ...column(56, ["Job- og personprofil", "Direktør for Teknik og Miljø", "Syddjurs Kommune"]),
    ],
    [
      ...column(56, ["Jobprofil", "Direktøren har ansvaret for", "den samlede økonomi og for", "udviklingen af organisationen.", "", "Opgaverne omfatter budget,", "analyse og politisk betjening."]),
      ...column(310, ["Personprofil", "Du har erfaring med ledelse", "af ledere i en politisk styret", "organisation og er tydelig.", "", "Du er nysgerrig og har et", "stærkt økonomisk overblik."]),
    ],
    [
      ...column(56, ["Ansættelsesproces", "Ansøgningsfristen er mandag", "den 2. februar 2026 kl. 12.00."]),
      ...column(310, ["Kontakt", "Kommunaldirektør Jens Olsen,", "tlf. 87 53 50 00."]),
    ],
  ]),
);

// A Markdown profile: ATX headings, bold-line headings, nested and numbered lists, a pipe table.
writeFileSync(
  join(layouts, "markdown.md"),
  `# Job- og personprofil: Kommunaldirektør

## Indledning

Odder Kommune søger en ny kommunaldirektør, der vil stå i spidsen for en
veldrevet organisation med 1.800 medarbejdere.

## Jobprofil

**Opgaver og ansvar**

- Øverste ansvar for den samlede administration
- Rådgivning af borgmester og byråd
   fortsat på næste linje

## Personprofil

1. Erfaring med ledelse af ledere
2. Politisk tæft

---

## Tidsplan

| Hvad | Hvornår |
| --- | --- |
| Ansøgningsfrist | 1. april 2026 |
| 1. samtale | 9. april 2026 |

## Kontakt

Borgmester Lone Jensen, tlf. 20 30 40 50.
`,
);

// ---------- bad inputs ----------
writeFileSync(join(bad, "empty.txt"), "");
writeFileSync(join(bad, "whitespace.txt"), "  \n\n \t \n");
writeFileSync(join(bad, "binary.bin"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, ...Array(200).fill(0)]));
writeFileSync(join(bad, "not-a-pdf.pdf"), "Dette er ikke en PDF, bare tekst med et forkert navn.\n");
const good = pdf(typeset(pdfLines, { perPage: 40 }));
writeFileSync(join(bad, "truncated.pdf"), good.subarray(0, 200));
writeFileSync(join(bad, "encrypted.pdf"), pdf(typeset(pdfLines, { perPage: 40 }), { encrypt: true }));
writeFileSync(join(bad, "scanned.pdf"), pdf([[{ rect: [50, 50, 495, 742] }], [{ rect: [80, 80, 300, 300] }]]));
writeFileSync(join(bad, "word.docx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.from("not really a zip")]));
console.log(`wrote fixtures to ${root}`);
