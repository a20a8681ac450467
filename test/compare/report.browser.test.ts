// The report in a real browser: Debian's chromium, driven by playwright-core. The page is
// built by the CLI from the seeds, 200 generated ads and two hostile documents, opened with
// every request intercepted, and used as an analyst would: sorted by clicking a column head,
// filtered by typing. Screenshots (screen and print) land in test-output/, for a person to look at.
// CI never skips this test: .ci/run installs chromium, and CI=true without it fails.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Row } from "../../src/compare/rows.js";
import { ROOT } from "../helpers.js";
import { cli } from "./spawn.js";
import { scratch } from "../security/hostile.js";
// @ts-expect-error: the generator is plain JavaScript, shared with scripts/screenshot.mjs
import { writeVariants } from "../../scripts/lib/job-ads.mjs";

/** CHROMIUM_PATH, Debian's /usr/bin/chromium, or the chromium on the PATH (the one .ci/run checks for). */
const CHROMIUM =
  process.env.CHROMIUM_PATH ??
  (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : spawnSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).stdout.trim());
const OUT = join(ROOT, "test-output");
const FIELDS = "file,status,employer,title,postType,deadline,rounds,start,daysToStart,annualSalary,pension,terms,tests,consultancy";
/**
 * Hostile documents: titles (kept whole when no sentence names the post) and a file name that
 * would run script or fetch from the network if they became markup.
 */
const HOSTILE: Record<string, string> = {
  "x-script.txt": "Chef for Stab </script><img src=x onerror=alert(1)> og Sekretariat",
  "x-pixel.txt": 'Økonomichef <img src="http://127.0.0.1:9/pixel.png">',
  "x-svg.txt": 'Direktør for "<svg onload=alert(1)>" og Kultur',
  "<img src=x onerror=alert(2)>.txt": "Leder af Borgerservice",
};
const hostile = (title: string) => [title, "", "Jobprofil", "", "Du skal lede.", "", "Ansættelsesproces", "", "Ansøgningsfristen er den 12. august 2026.", ""].join("\n");
const CHARTS = ["loen", "ansaettelsesform", "rekrutteringsfirma", "test", "pension", "tidslinje"];

const present = CHROMIUM !== "" && existsSync(CHROMIUM);
if (!present && process.env.CI && process.env.CI !== "false") throw new Error(`${CHROMIUM} is missing: CI must run the browser test (.ci/run installs chromium)`);

let tmp: ReturnType<typeof scratch>;
let html = "";
let rows: Row[] = [];
let browser: Browser;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];
const dialogs: string[] = [];

/** A file that is no PDF: its row says so, and compare exits 1 after writing every row. */
const BROKEN = "zz-broken.pdf";

/** Awaited (spawn.ts says why): two runs over 210 documents take longer than a test worker may stay deaf. */
const compare = async (dir: string, format: string) => {
  const r = await cli(["compare", dir, "--format", format, "--fields", FIELDS, "--quiet"]);
  if (r.code !== 1 || !r.stderr.includes(BROKEN)) throw new Error(`compare --format ${format} exited ${r.code}: ${r.stderr}`);
  return r.stdout;
};

/** The full paths of the table's rows, in the order the page shows them, the hidden ones left out. */
const shownFiles = () => page.$$eval("#stillinger tbody tr:not([hidden])", (trs) => trs.map((tr) => (tr as HTMLTableRowElement).cells[0].dataset.sort ?? ""));

/** Stable, empty values last whichever way: what the page promises. */
function expectedOrder(key: (r: Row) => string | number | null, direction: 1 | -1): string[] {
  return [...rows]
    .sort((a, b) => {
      const x = key(a);
      const y = key(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return direction * (typeof x === "number" && typeof y === "number" ? x - y : x < y ? -1 : x > y ? 1 : 0);
    })
    .map((r) => r.file);
}

describe.skipIf(!present)("the HTML report in headless Chromium", () => {
  beforeAll(async () => {
    tmp = scratch("report");
    for (const f of readdirSync(join(ROOT, "fixtures/seeds"))) copyFileSync(join(ROOT, "fixtures/seeds", f), join(tmp.dir, f));
    writeVariants(tmp.dir, 200);
    for (const [name, title] of Object.entries(HOSTILE)) writeFileSync(join(tmp.dir, name), hostile(title));
    writeFileSync(join(tmp.dir, BROKEN), "%PDF-1.4 and nothing more");
    html = await compare(tmp.dir, "html");
    rows = JSON.parse(await compare(tmp.dir, "json"));
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, "report.html"), html);

    browser = await chromium.launch({ executablePath: CHROMIUM });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Every request is recorded and refused: a self-contained page makes none but data: URLs.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("data:")) return route.continue();
      requests.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on("request", (r) => void (r.url().startsWith("data:") || requests.includes(r.url()) || requests.push(r.url())));
    page.on("console", (m) => void (m.type() === "error" && consoleErrors.push(m.text())));
    page.on("pageerror", (e) => void consoleErrors.push(e.message));
    page.on("dialog", (d) => void (dialogs.push(d.message()), d.dismiss()));
    await page.setContent(html, { waitUntil: "load" });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    tmp?.remove();
  });

  it("has every input as a row, the one that could not be read marked", async () => {
    expect(rows).toHaveLength(9 + 200 + Object.keys(HOSTILE).length + 1);
    await expect(page.locator("#stillinger tbody tr").count()).resolves.toBe(rows.length);
    const failed = page.locator("#stillinger tbody tr.failed");
    await expect(failed.count()).resolves.toBe(1);
    await expect(failed.textContent()).resolves.toContain(`${BROKEN}kunne ikke læses:`);
  });

  it("drew every chart: each SVG has marks", async () => {
    for (const id of CHARTS) {
      const marks = await page.locator(`figure[data-chart="${id}"] svg g.role-mark > *`).count();
      expect(marks, id).toBeGreaterThan(0);
    }
    // the timeline: one line per dated vacancy in its calendar panel
    const dated = rows.filter((r) => r.status === "ok" && (r.deadline || r.start || r.interviews.length > 0)).length;
    expect(dated).toBeGreaterThan(200);
    await expect(page.locator('figure[data-chart="tidslinje"] svg g.mark-rule.role-mark').first().locator("> *").count()).resolves.toBe(dated);
  });

  it("shows hostile titles as text: no script ran, no element was made from them", async () => {
    await expect(page.locator("img").count()).resolves.toBe(0);
    await expect(page.locator("script").count()).resolves.toBe(1);
    await expect(page.locator("svg svg").count()).resolves.toBe(0);
    for (const text of ["Chef for Stab </script><img src=x onerror=alert", HOSTILE["x-pixel.txt"], '"<svg onload=alert', "<img src=x onerror=alert(2)>.txt"]) {
      await expect(page.locator("#stillinger td", { hasText: text }).count(), text).resolves.toBe(1);
      // and in the timeline's labels, drawn by vega as SVG text
      if (!text.endsWith(".txt")) await expect(page.locator('figure[data-chart="tidslinje"] svg text', { hasText: text.slice(0, 20) }).count(), text).resolves.toBeGreaterThan(0);
    }
    expect(dialogs).toEqual([]);
  });

  it("sorts by a date column on a click, and the other way on a second", async () => {
    const head = page.locator("#stillinger th", { hasText: "Ansøgningsfrist" });
    await head.click();
    expect(await shownFiles()).toEqual(expectedOrder((r) => r.deadline, 1));
    await expect(head.getAttribute("aria-sort")).resolves.toBe("ascending");
    await head.click();
    expect(await shownFiles()).toEqual(expectedOrder((r) => r.deadline, -1));
    await expect(head.getAttribute("aria-sort")).resolves.toBe("descending");
  });

  it("sorts amounts as numbers, not as text (1.300.000 after 900.000)", async () => {
    await page.locator("#stillinger th", { hasText: "Årsløn" }).click();
    const order = await shownFiles();
    expect(order).toEqual(expectedOrder((r) => r.annualSalary, 1));
    const salaries = order.map((f) => rows.find((r) => r.file === f)!.annualSalary).filter((s): s is number => s !== null);
    expect(salaries.some((s) => s >= 1_000_000) && salaries.some((s) => s < 1_000_000)).toBe(true); // so text order would differ
  });

  it("filters on every word typed, and says how many it shows", async () => {
    const input = page.locator("#filter");
    await input.pressSequentially("åremål");
    const aaremaal = rows.filter((r) => r.terms.includes("aaremaal"));
    expect(aaremaal.length).toBeGreaterThan(0);
    expect((await shownFiles()).sort()).toEqual(aaremaal.map((r) => r.file).sort());
    await expect(page.locator("#filterbar output").textContent()).resolves.toBe(`Viser ${aaremaal.length} af ${rows.length}`);

    await input.pressSequentially(" ærø");
    const both = aaremaal.filter((r) => r.employer === "Ærø Kommune");
    expect(both.length).toBeGreaterThan(0);
    expect((await shownFiles()).sort()).toEqual(both.map((r) => r.file).sort());

    await input.fill("");
    await expect(page.locator("#stillinger tbody tr:not([hidden])").count()).resolves.toBe(rows.length);
  });

  it("made no request and logged no error", () => {
    expect(requests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("saves a screenshot on screen and one as printed", async () => {
    // a click scrolls the table to its column; the picture shows it from the left, the page from the top
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      for (const wrap of document.querySelectorAll(".table-wrap")) wrap.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(OUT, "report.png"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#filterbar").isVisible()).resolves.toBe(false);
    await page.screenshot({ path: join(OUT, "report-print.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });
    expect(existsSync(join(OUT, "report.png")) && existsSync(join(OUT, "report-print.png"))).toBe(true);
  });

  it("reads without JavaScript: the whole table, and no filter box that would not work", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.setContent(html);
    await expect(plain.locator("#stillinger tbody tr:visible").count()).resolves.toBe(rows.length);
    await expect(plain.locator("#filterbar").isVisible()).resolves.toBe(false);
    await expect(plain.locator("figure svg").count()).resolves.toBe(CHARTS.length);
    await context.close();
  });
});
