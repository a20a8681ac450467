#!/usr/bin/env node
// Writes the documents the `check` end-to-end tests read: a clean profile
// that no rule objects to (checked with --today 2026-06-01), and a defective
// one with one defect per rule. Run `node scripts/make-check-fixtures.mjs`
// and review the diff; never hand-edit the files it writes.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = new URL("../fixtures/check/", import.meta.url).pathname;
mkdirSync(dir, { recursive: true });

const intro = [
  "Job- og personprofil",
  "",
  "Direktør for Børn og Unge",
  "",
  "Indledning",
  "",
  "Egebjerg Kommune søger en ny direktør for Børn og Unge. Direktøren indgår i direktionen sammen med kommunaldirektøren og to andre direktører.",
  "",
  "Jobprofil",
  "",
  "Direktøren har ansvaret for dagtilbud, skoler og familieområdet med i alt 2.400 medarbejdere og et budget på 1,9 mia. kr.",
  "",
];

const person = [
  "Personprofil",
  "",
  "Du har solid ledelseserfaring fra en politisk styret organisation, og du har blik for helheden.",
  "",
];

const clean = [
  ...intro,
  ...person,
  "Løn- og ansættelsesvilkår",
  "",
  "Stillingen er på kontrakt med en årsløn på 1.100.000 kr. inklusive pension.",
  "",
  "Ansættelsesproces",
  "",
  "Ansættelsesudvalget består af borgmester Karen Holm, kommunaldirektør Jens Vestergaard og næstformand Per Lund.",
  "",
  "Ansøgningsfristen er onsdag den 12. august 2026.",
  "",
  "Første samtalerunde afvikles tirsdag den 18. august 2026, og anden samtalerunde afvikles torsdag den 27. august 2026.",
  "",
  "Forventet tiltrædelse den 1. oktober 2026.",
  "",
  "Yderligere information",
  "",
  "Yderligere oplysninger om stillingen fås hos kommunaldirektør Jens Vestergaard på telefon 12 34 56 78.",
  "",
];

// Defects: no personprofil, no terms, no contact, an interview before the
// deadline, a deadline on a Saturday, a weekday that does not match its date,
// a committee without names, a start date that names only a week.
const defective = [
  ...intro,
  "Ansættelsesproces",
  "",
  "Ansættelsesudvalget gennemgår ansøgningerne og udvælger kandidater til samtale.",
  "",
  "Ansøgningsfristen er lørdag den 15. august 2026.",
  "",
  "Første samtalerunde afvikles onsdag den 10. august 2026, og anden samtalerunde afvikles torsdag den 27. august 2026.",
  "",
  "Forventet tiltrædelse den 31. september 2026.",
  "",
];

writeFileSync(join(dir, "clean.txt"), clean.join("\n"));
writeFileSync(join(dir, "defective.txt"), defective.join("\n"));
console.log(`wrote ${dir}clean.txt, ${dir}defective.txt`);
