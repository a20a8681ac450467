#!/usr/bin/env node
// Writes the PDFs of the wild corpus (fixtures/wild/pdf/) from the source
// text beside each one (NAME.src.txt). The source lives outside
// fixtures/wild/text/ so the scorer reads each document once, as a PDF.
// Run `npm run fixtures:wild` after editing a source and commit both; the
// gold probes quote the source text.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pdf, typeset } from "./lib/pdf-writer.mjs";

const dir = new URL("../fixtures/wild/pdf/", import.meta.url).pathname;

// Each PDF's page furniture: what a Word template or an ATS export puts at
// the edges of every page. Some have none, as short ads often do.
const documents = [
  {
    name: "b-16-profil-direktoer-koncern-it",
    header: "Nordlys Executive · Job- og personprofil · Direktør for Koncern IT",
    footer: "Region Hovedstaden · Side {n} af {total}",
    bareFirst: true,
    perPage: 40,
  },
  {
    name: "b-19-teamleder-jobcenter-slagelse",
    footer: "Slagelse Kommune · Jobcenter Slagelse · Side {n}",
    perPage: 22,
  },
  { name: "b-20-paedagogisk-leder-gladsaxe" },
  {
    name: "b-21-konservator-nationalmuseet",
    header: "Nationalmuseet · Ledig stilling",
    footer: "Side {n} af {total}",
  },
  {
    name: "c-21-profil-skolechef-ringsted",
    header: "Genitor · Job- og personprofil · Skolechef, Ringsted Kommune",
    footer: "Side {n}",
    bareFirst: true,
    perPage: 30,
  },
  { name: "c-22-daglig-leder-lindegaarden" },
];

// Helvetica at 11 pt fills a 483 pt line with about 88 characters.
const WIDTH = 88;

/** Break one source line into printed lines; a bullet's continuation is indented. */
function wrap(line) {
  if (line.length <= WIDTH) return [line];
  const indent = /^[-•] /.test(line) ? "  " : "";
  const out = [];
  let current = "";
  for (const word of line.split(" ")) {
    const next = current ? `${current} ${word}` : word;
    if (next.length > WIDTH && current) {
      out.push(current);
      current = indent + word;
    } else current = next;
  }
  out.push(current);
  return out;
}

for (const { name, ...layout } of documents) {
  const source = readFileSync(join(dir, `${name}.src.txt`), "utf8");
  const lines = source
    .replace(/\n+$/, "")
    .split("\n")
    .flatMap((line) => (line === "\\f" ? ["\f"] : wrap(line)));
  writeFileSync(join(dir, `${name}.pdf`), pdf(typeset(lines, layout)));
}
console.log(`wrote ${documents.length} PDFs to ${dir}`);
