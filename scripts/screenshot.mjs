#!/usr/bin/env node
/**
 * `npm run screenshot`: docs/report.png, the README's picture of
 * `compare --format html`. The report is built by the CLI from the seeds and
 * a couple of dozen ads written by scripts/lib/job-ads.mjs, and photographed
 * in Debian's chromium (CHROMIUM_PATH to use another) through playwright-core,
 * with every request refused, as the browser test does.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { writeVariants } from "./lib/job-ads.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "jobprofil-screenshot-"));
try {
  for (const f of readdirSync(join(root, "fixtures/seeds"))) if (f.endsWith(".txt")) copyFileSync(join(root, "fixtures/seeds", f), join(dir, f));
  writeVariants(dir, 26);
  const r = spawnSync(join(root, "bin/jobprofil"), ["compare", dir, "--format", "html", "--quiet"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`compare exited ${r.status}: ${r.stderr}`);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
  await page.setContent(r.stdout, { waitUntil: "load" });
  // the table sorted by salary, highest first: what an analyst would look at first
  const salary = page.locator("#stillinger th", { hasText: "Årsløn" });
  await salary.click();
  await salary.click();
  // a click scrolls the table to its column; the picture shows it from the left, the page from the top
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    for (const wrap of document.querySelectorAll(".table-wrap")) wrap.scrollTo(0, 0);
  });
  mkdirSync(join(root, "docs"), { recursive: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path: join(root, "docs/report.png"), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: Math.min(height, 2600) } });
  await browser.close();
  console.log(`screenshot: docs/report.png (1280 × ${Math.min(height, 2600)})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
