// The promises of SECURITY.md that hold for every format: reading a document
// opens no connection, resolves no name, starts no process and runs none of
// the document's code. Hostile documents point everything they can at a local
// server; the CLI runs with a preloaded guard (./guard.cjs) that records any
// socket, DNS look-up or child process, and the server counts requests.
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: the fixture script is plain JavaScript
import { docx, ØKONOMICHEF } from "../../scripts/make-format-fixtures.mjs";
import { BIN, ROOT } from "../helpers.js";
import { pdf } from "./pdf.js";
import { scratch } from "./hostile.js";

let tmp: ReturnType<typeof scratch>;
let server: Server;
let hits: string[] = [];
let base = "";
const file = (name: string) => join(tmp.dir, name);
const sentinel = () => file("pwned");

beforeAll(async () => {
  tmp = scratch("network");
  server = createServer((req, res) => {
    hits.push(req.url ?? "");
    res.end("x");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const touch = `require('fs').writeFileSync(${JSON.stringify(sentinel())}, 'x')`;

  writeFileSync(
    file("side.html"),
    `<!doctype html><html><head><base href="${base}/base/"><link rel="stylesheet" href="${base}/css"><script src="${base}/js"></script>` +
      `<meta http-equiv="refresh" content="0;url=${base}/refresh"><script>${touch}</script></head>` +
      `<body onload="${touch.replace(/"/gu, "&quot;")}"><h1>Chef for Staben</h1><img src="${base}/img" onerror="fetch('${base}/onerror')">` +
      `<iframe src="${base}/iframe"></iframe><object data="${base}/object"></object><p>Viborg Kommune søger en chef for staben.</p>` +
      `<h2>Jobprofil</h2><p>Du leder staben.</p></body></html>`,
  );

  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${base}/docx-image" TargetMode="External"/><Relationship Id="rIdTpl" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="${base}/template.dotm" TargetMode="External"/><Relationship Id="rIdSub" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument" Target="${base}/sub.docx" TargetMode="External"/></Relationships>`;
  const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:attachedTemplate r:id="rIdTpl"/></w:settings>`;
  const word = docx(ØKONOMICHEF, { title: "Title", heading: "Heading", list: "ListParagraph" }, { extra: { "word/_rels/document.xml.rels": strToU8(rels), "word/settings.xml": strToU8(settings) } });
  // An XXE entity and an INCLUDEPICTURE field in the body, beside the external image, template and sub-document.
  const parts = unzipSync(word);
  const body = new TextDecoder().decode(parts["word/document.xml"]);
  const field = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDEPICTURE "${base}/field" \\d </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
  parts["word/document.xml"] = strToU8(body.replace("<w:body>", `<w:body>${field}`));
  writeFileSync(file("profil.docx"), zipSync(parts));
  // An external entity: refused by the XML parser or left unexpanded, never fetched.
  parts["word/document.xml"] = strToU8(
    body
      .replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "${base}/xxe">]>`)
      .replace("<w:body>", `<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>`),
  );
  writeFileSync(file("xxe.docx"), zipSync(parts));

  writeFileSync(
    file("profil.pdf"),
    pdf([["Chef for Staben", "Jobprofil", "Du leder staben.", "Personprofil", "Du er erfaren."]], {
      catalog: `/OpenAction << /S /JavaScript /JS (app.launchURL\\("${base}/pdf-js"\\); ${touch.replace(/[()\\]/gu, "\\$&")}) >> /URI << /Base (${base}/) >>`,
      page: `/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /URI /URI (${base}/pdf-uri) >> >> << /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /Launch /F (/bin/sh) >> >> << /Type /Annot /Subtype /Link /Rect [0 0 5 5] /A << /S /GoToR /F (${base}/remote.pdf) /D [0 /Fit] >> >>]`,
    }),
  );
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  tmp.remove();
});

/** Runs a command with the guard preloaded; asynchronously, so that the server in this process can answer meanwhile. */
function guarded(command: string, args: string[]): Promise<{ stdout: string; stderr: string; guard: string }> {
  const log = file(`guard-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(log, "");
  const env = { ...process.env, NO_COLOR: "1", NODE_OPTIONS: `--require ${join(ROOT, "test/security/guard.cjs")}`, JOBPROFIL_GUARD_LOG: log };
  const child = spawn(command, args, { cwd: ROOT, env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((done) => child.on("close", () => done({ stdout, stderr, guard: readFileSync(log, "utf8") })));
}

describe("hostile documents of every format", () => {
  it("the guard itself sees a connection (so its silence below means something)", async () => {
    hits = [];
    const r = await guarded(process.execPath, ["-e", `fetch(${JSON.stringify(`${base}/control`)}).then((x) => x.text())`]);
    expect(r.guard).toMatch(/^connect /mu);
    expect(hits).toEqual(["/control"]);
  });

  for (const command of [
    ["parse", "--format", "json"],
    ["parse", "--format", "md"],
    ["check", "--format", "text"],
    ["compare", "--format", "csv"],
  ])
    it(`${command.join(" ")}: no connection, no look-up, no process, no script run`, async () => {
      hits = [];
      // in-process (--jobs 1), where the guard is loaded for certain
      const inputs = ["side.html", "profil.docx", "profil.pdf", "xxe.docx"].map(file);
      const r = await guarded(BIN, [command[0], ...inputs, ...command.slice(1), "--jobs", "1", ...(command[0] === "check" ? [] : ["-q"])]);
      // the first three are read (their attacks reached the parser), the entity is refused
      expect(r.stderr).toMatch(/^error \S+xxe\.docx: /u);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stdout.length).toBeGreaterThan(0);
      expect(r.guard).toBe("");
      expect(hits).toEqual([]);
      expect(existsSync(sentinel())).toBe(false);
    });
});
