// Our own wild corpus (fixtures/wild: ads and profiles written in the shapes
// real ones take, with gold read by hand), scored through the CLI by the
// project's scorer, as CI does. Floors, not targets: a change that loses
// ground on documents of the genre fails here.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const SCORER = join(ROOT, "..", "shared", "eval", "score.mjs");

describe.runIf(existsSync(SCORER))("fixtures/wild, scored by ../shared/eval/score.mjs", () => {
  it("keeps every probe, files them in the right sections, and gets the facts right", async () => {
    // Asynchronously: the scorer runs for a minute or more, and a test worker blocked that long
    // misses vitest's own messages ("Timeout calling onTaskUpdate"), which fails the run.
    const r = await promisify(execFile)(process.execPath, [SCORER, "--gold", join(ROOT, "fixtures/wild/gold"), "--json"], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
    const { total, docs } = JSON.parse(r.stdout);
    expect(total.parsed).toBe(total.documents);
    expect(total.documents).toBeGreaterThanOrEqual(40);
    // Every probe is found whole in one section, but for these: lines of a Chromium PDF's side box or fact table,
    // which pdf.js reads apart from each other and from the body beside them. A new loss, or one of these mended,
    // changes this list.
    const lost = (docs as { id: string; misses: { probe: string; got: string[] }[] }[]).flatMap((d) => d.misses.filter((m) => m.got.length === 0).map((m) => `${d.id}: ${m.probe}`));
    expect(lost).toEqual([
      // Hard-wrapped lines holding a sentence's end and the next one's start, the two filed apart: the house in the
      // introduction, then the post's line of command or its leadership in the job; the job's last words, then the
      // person ("Som person er du …").
      "../text/lq-02-stadsarkivar.txt: under By- og Kulturforvaltningen. Stadsarkivaren refererer til",
      "../text/lu-05-leder-sundhedsplejen.txt: med økonomi og budgetopfølgning. Som person er du nærværende, tydelig og god til",
      "../text/lv-01-rektor-easv.txt: Akademiets direktion består af rektor og prorektor. Sammen med uddannelseschefen for",
      // A hard-wrapped line holding a sentence's end and the next one's start, the two filed apart (the house's size in
      // the introduction, its budget with the post's line of command in the job), each a kind the gold allows.
      "../text/mo-05-dagtilbudschef.txt: børn i alderen 0–6 år. Området har et budget på ca. 310 mio. kr.",
      // Two sentences of one paragraph filed apart, each in a kind the gold allows, so the probe across them is found in
      // neither: the firm that runs the process (the process's), then whom to ask (further information); a test's
      // step (the process's), then the start (the terms').
      "../html/ni-02-oekonomidirektoer.html: Rekrutteringen varetages af Hartmanns. Har du spørgsmål til stillingen",
      "../text/no-04-head-of-hr-denmark.txt: en case-præsentation for ledergruppen. Tiltrædelse efter aftale.",
      "../pdf-chromium/w-01-vordingborg-direktoer-boern-unge.pdf: 12 folkeskoler, 2 specialskoler og ungdomsskolen, ca. 780 medarbejdere",
      "../pdf-chromium/w-04-sygehus-soenderjylland-ledende-overlaege.pdf: Akutafdelingen, Kresten Philipsens Vej 15, 6200 Aabenraa Arbejdstid 37 timer om ugen",
      "../pdf-chromium/w-04-sygehus-soenderjylland-ledende-overlaege.pdf: Lægefaglig direktør Malene Ryttergaard Hinrichsen, tlf. 79 97 41 05",
      // Both sentences land in a kind the gold allows, but in two sections (indledning, then jobprofil), so the
      // two-sentence probe is found in neither. A dearer sentence-level change mends it and loses two others.
      "../text/zc-06-afdelingschef-kulturministeriet.txt: Kontorcheferne er erfarne og fagligt stærke. Samarbejdet mellem kontorerne fungerer godt",
      "../pdf-chromium/ze-08-institutleder-aau.pdf: Ansættelse Åremål, 6 år Arbejdssted Havnevej 4, 9000 Aalborg",
      // The fourteenth set: cover title blocks whose lines land in two sections (a post's name in capitals taken for a
      // heading, "Vi søger" read as the person profile's heading on a poster), a consultancy's letter-spaced name, a
      // Chromium PDF's side box read apart, a poster's last line beside its fact table.
      "../pdf-chromium/zi-01-svendborg-kommunaldirektoer.pdf: Storm Kjær Partners · Executive search i den offentlige sektor",
      "../text/zi-04-rsyd-afdelingssygeplejerske-videresendt.txt: AFDELINGSSYGEPLEJERSKE TIL KARDIOLOGISK AFSNIT K2 Sydvestjysk Sygehus, Esbjerg",
      "../pdf-chromium/zi-06-horsens-centerchef-plakat.pdf: Horsens Kommune Vi søger Centerchef for Kultur og Fritid",
      "../pdf-chromium/zi-06-horsens-centerchef-plakat.pdf: Scan og søg eller gå til horsens.dk/job",
    ]);
    // the losses above, and no more: 15 of some 65,900 probes
    expect(total.textKept).toBeGreaterThanOrEqual(99.8);
    expect(total.sectionAccuracy).toBeGreaterThanOrEqual(97);
    expect(total.factAccuracy).toBeGreaterThanOrEqual(95);
    expect(total.checkAccuracy).toBeGreaterThanOrEqual(95);
    // (no timed assertion: the scorer spawns the CLI once a document, some 2,380 of them, and a busy two-core
    // machine has taken nine minutes, and 42 for 1,514 of them in CI's clean clone; the limit only catches a hang)
  }, 5_400_000);
});
