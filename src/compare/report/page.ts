/**
 * The report page's fixed parts: its style sheet (screen and print) and the
 * small script that sorts and filters the table. The page reads without the
 * script: the table is a plain table, and the filter box stays hidden.
 */
import { createHash } from "node:crypto";
import { FONT } from "./charts.js";

export const STYLE = `
:root { color-scheme: light; --ink: #1d2329; --muted: #56616b; --line: #d8dde2; --head: #eef1f4; --accent: #2f5f8f; --bg: #f4f6f8; --warn: #b3261e; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 15px/1.45 ${FONT}; color: var(--ink); background: var(--bg); }
main { max-width: 1240px; margin: 0 auto; padding: 22px 26px 40px; }
h1 { font-size: 1.65rem; margin: 0 0 .2rem; }
h2 { font-size: 1.2rem; margin: 0 0 .3rem; }
h3 { font-size: .98rem; margin: 0 0 .2rem; }
a { color: var(--accent); }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0; margin: .4rem 0 0; }
.figures { list-style: none; display: flex; flex-wrap: wrap; gap: 10px; padding: 0; margin: 14px 0 0; }
.figures li { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 130px; color: var(--muted); font-size: .85rem; }
.figures strong { display: block; font-size: 1.35rem; color: var(--ink); font-variant-numeric: tabular-nums; }
section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px; margin: 16px 0; }
figure { margin: 0; }
figure svg { display: block; max-width: 100%; height: auto; }
.caption, figcaption { color: var(--muted); font-size: .88rem; margin: 0 0 .7rem; max-width: 75ch; }
.empty { color: var(--muted); font-style: italic; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(460px, 100%), 1fr)); gap: 18px 30px; }
.filterbar { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: center; margin: .3rem 0 .7rem; }
.filterbar input { font: inherit; padding: 5px 9px; border: 1px solid #b8c0c8; border-radius: 6px; width: min(26rem, 100%); }
.filterbar output { color: var(--muted); font-size: .9rem; }
.table-wrap { overflow: auto; max-height: 80vh; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; font-size: .82rem; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--line); }
thead th { position: sticky; top: 0; z-index: 1; background: var(--head); font-weight: 600; white-space: nowrap; }
th.number, td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.date { white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fafbfc; }
tbody tr:hover td { background: #eaf2fa; }
tr.failed td, td.flag { color: var(--warn); }
td.flag { font-weight: 600; }
th button { all: unset; cursor: pointer; }
th button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
th button::after { content: " \\2195"; color: #9aa3ab; }
th[aria-sort=ascending] button::after { content: " \\25B2"; color: var(--ink); }
th[aria-sort=descending] button::after { content: " \\25BC"; color: var(--ink); }
footer { color: var(--muted); font-size: .8rem; margin-top: 20px; }
@media print {
  @page { size: A4 landscape; margin: 9mm; }
  body { background: #fff; font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  nav, .filterbar, .hint { display: none !important; }
  section { border: 0; border-radius: 0; padding: 0; margin: 6mm 0 0; }
  .figures li { border-color: #999; }
  figure { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .table-wrap { overflow: visible; max-height: none; border: 0; }
  thead th { position: static; background: #e8e8e8; }
  th, td { padding: 2px 4px; }
  /* the page is narrower than a screen: heads and dates may wrap, and a long file name breaks where it must */
  table th, table th.number, table td.date, table td.number { white-space: normal; }
  td:first-child { min-width: 9em; overflow-wrap: anywhere; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  table { font-size: 7pt; }
  th button::after { content: ""; }
  tbody tr:nth-child(even) td { background: none; }
  a { color: inherit; text-decoration: none; }
}
`;

/** Sorts on a click on a column head (again: the other way), filters on every word typed; both stable, empty cells last. */
export const SCRIPT = `(() => {
  const table = document.querySelector("#stillinger table");
  const bar = document.getElementById("filterbar");
  if (!table || !bar) return;
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const texts = rows.map((row) => row.textContent.toLocaleLowerCase("da"));
  const heads = Array.from(table.tHead.rows[0].cells);
  const input = bar.querySelector("input");
  const output = bar.querySelector("output");
  const collator = new Intl.Collator("da", { numeric: true });
  let column = -1;
  let direction = 1;
  const key = (row, i) => row.cells[i].dataset.sort ?? row.cells[i].textContent.trim();
  heads.forEach((th, i) => {
    const button = document.createElement("button");
    button.type = "button";
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener("click", () => {
      direction = column === i ? -direction : 1;
      column = i;
      const numeric = th.classList.contains("number");
      const sorted = rows.slice().sort((a, b) => {
        const x = key(a, i);
        const y = key(b, i);
        if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
        return direction * (numeric ? Number(x) - Number(y) : collator.compare(x, y));
      });
      body.append(...sorted);
      for (const h of heads) h.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
    });
  });
  const update = () => {
    const words = input.value.toLocaleLowerCase("da").split(/\\s+/).filter(Boolean);
    let shown = 0;
    rows.forEach((row, i) => {
      row.hidden = !words.every((w) => texts[i].includes(w));
      if (!row.hidden) shown++;
    });
    output.textContent = output.dataset.template.replace("{shown}", shown).replace("{all}", rows.length);
  };
  input.addEventListener("input", update);
  bar.hidden = false;
  update();
})();`;

/** The Content-Security-Policy of the page: nothing may load, and only this script may run, so a value that escaped escaping still could not. */
export const CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${createHash("sha256").update(SCRIPT).digest("base64")}'`,
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
