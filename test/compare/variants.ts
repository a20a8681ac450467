/**
 * Variant documents made from the seed texts, for `compare` over a batch the
 * size analysts run: each variant moves the vacancy to another kommune,
 * shifts its dates by whole years, changes the salary, and in some swaps the
 * form of employment or the named test. Each comes with the values its row
 * must show. The seeds are our own documents, so their variants are too.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { KOMMUNE_STEMS_BY_REGION, type Region } from "../../src/vocabulary/employers.js";
import { ROOT } from "../helpers.js";

interface Base {
  file: string;
  /** The kommune stem the seed's employer is named by. */
  stem: string;
  deadline: string;
  /** The salary as the seed writes it, and the yearly amount it means; null when the seed names none. */
  salary: { text: string; perYear: number } | null;
  /** A phrase that names the form of employment, to swap for åremål. */
  terms?: string;
  /** A test the seed names, to swap for another. */
  test?: string;
}

const BASES: Base[] = [
  { file: "000_bf104e8dd2e9b3c4.txt", stem: "Billund", deadline: "2023-05-30", salary: null, terms: "kontraktvilkår", test: "NEO-PI-3" },
  { file: "001_4e76841c00d33ecd.txt", stem: "Billund", deadline: "2020-03-05T08:30", salary: { text: "1.050.000", perYear: 1_050_000 } },
  { file: "002_ea24eb2fd52c88b1.txt", stem: "Viborg", deadline: "2026-08-12", salary: { text: "900.000", perYear: 900_000 }, test: "NEO-PI-3" },
  { file: "003_cec73c19b70fb4cb.txt", stem: "Albertslund", deadline: "2023-11-09", salary: null },
  { file: "004_835d2ed9dc5529da.txt", stem: "Høje-Taastrup", deadline: "2010-12-02T09:00", salary: { text: "1.000.000", perYear: 1_000_000 } },
];

const STEMS: [string, Region][] = Object.entries(KOMMUNE_STEMS_BY_REGION).flatMap(([region, stems]) =>
  stems.map((s) => [s, region as Region] as [string, Region]),
);
const OTHER_TESTS = ["OPQ32", "Matrigma", "Hogan HPI"];

export interface Expected {
  file: string;
  kommune: string;
  region: Region;
  deadline: string;
  annualSalary: number | null;
  terms?: string;
  test?: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const danishThousands = (n: number) => n.toLocaleString("da-DK");

/** Writes `perBase` variants of each seed into `dir`; returns what each row must say. */
export function writeVariants(dir: string, perBase: number): Expected[] {
  mkdirSync(dir, { recursive: true });
  const expected: Expected[] = [];
  BASES.forEach((base, b) => {
    const text = readFileSync(join(ROOT, "fixtures/seeds", base.file), "utf8");
    for (let i = 0; i < perBase; i++) {
      const [stem, region] = STEMS[(i * 7 + b * 13) % STEMS.length];
      const shift = (i % 5) - 2;
      let t = text.replace(new RegExp(escapeRe(base.stem), "gu"), stem);
      t = t.replace(/(?<!\d)(20[0-3]\d)(?!\d)/gu, (y) => String(Number(y) + shift));
      const deadline = String(Number(base.deadline.slice(0, 4)) + shift) + base.deadline.slice(4);
      let annualSalary: number | null = null;
      if (base.salary) {
        annualSalary = base.salary.perYear + (i - perBase / 2) * 10_000;
        t = t.replace(base.salary.text, danishThousands(annualSalary));
      }
      const e: Expected = { file: "", kommune: `${stem} Kommune`, region, deadline, annualSalary };
      if (base.terms && i % 3 === 0) {
        t = t.replace(new RegExp(escapeRe(base.terms), "gu"), "åremålsvilkår");
        e.terms = "aaremaal";
      }
      if (base.test) {
        const test = OTHER_TESTS[i % OTHER_TESTS.length];
        t = t.replace(new RegExp(escapeRe(base.test), "gu"), test);
        e.test = test;
      }
      // folders as an archive has them: a path table cells are cut from
      const folder = join(dir, region.replace("Region ", "").toLowerCase());
      mkdirSync(folder, { recursive: true });
      e.file = join(folder, `${String(b)}-${String(i).padStart(3, "0")}-${stem.toLowerCase()}.txt`);
      writeFileSync(e.file, t);
      expected.push(e);
    }
  });
  return expected;
}
