// Findings 6 and 7 of issue 16: control characters, lone surrogates and
// stray bytes in a text never reach the record unannounced, and one bad byte
// does not turn a UTF-8 document into Windows-1252 mojibake.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decode, scanUtf8 } from "../../src/read/text.js";
import { sniff } from "../../src/read/sniff.js";
import { read } from "../../src/read/index.js";
import { ROOT, runCli } from "../helpers.js";
import { scratch } from "./hostile.js";

const seed = readFileSync(join(ROOT, "fixtures/seeds/002_ea24eb2fd52c88b1.txt"));
let tmp: ReturnType<typeof scratch>;
const file = (name: string) => join(tmp.dir, name);
beforeAll(() => {
  tmp = scratch("text");
  writeFileSync(file("ff.txt"), Buffer.concat([seed, Buffer.from([0xff])]));
  writeFileSync(file("nul.txt"), Buffer.concat([seed.subarray(0, 10_000), Buffer.from([0]), seed.subarray(10_000)]));
  writeFileSync(file("esc.txt"), Buffer.concat([seed.subarray(0, 10_000), Buffer.from("\x1b]8;;https://evil.example\x07\x1b[2J"), seed.subarray(10_000)]));
  const utf16 = (s: string) => iconv.encode(s, "utf16le");
  writeFileSync(file("surrogate.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), utf16("Chef for Staben\n\nDu leder "), Buffer.from([0x00, 0xd8]), utf16(" staben.\n")]));
});
afterAll(() => tmp.remove());

type Record = { title: string; warnings: { code: string; message: string }[] };
function parsed(name: string): { code: number | null; record: Record; stdout: string; stderr: string } {
  const r = runCli(["parse", file(name)]);
  return { ...r, record: r.stdout ? JSON.parse(r.stdout) : null };
}

/** Every string in a value. */
const strings = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === "object" ? Object.values(v).flatMap(strings) : [];

describe("a UTF-8 text with one stray byte", () => {
  it("seed 002 with a trailing 0xFF keeps its æøå and warns where the byte stood", () => {
    const { code, record, stdout } = parsed("ff.txt");
    expect(code).toBe(0);
    expect(record.title).toBe("Chef for Stabs- og Byrådssekretariatet");
    expect(stdout).not.toMatch(/Ã|Â/u);
    const w = record.warnings.find((x) => x.code === "invalid-utf8");
    expect(w?.message).toBe(`the text is UTF-8 but 1 byte sequence that is not UTF-8 was replaced by U+FFFD: byte ${seed.length} (line 190)`);
  });

  it("a Windows-1252 file still reads as Windows-1252, without a warning", () => {
    const r = runCli(["parse", "fixtures/layouts/windows-1252.txt"]);
    const record = JSON.parse(r.stdout) as Record;
    expect(record.title).toMatch(/^Direktør for Børn/u);
    expect(r.stdout).not.toContain("\ufffd");
    expect(record.warnings.map((x) => x.code)).not.toContain("invalid-utf8");
  });
});

describe("decode", () => {
  it.each([
    ["UTF-8 with a stray byte in the middle", Buffer.concat([Buffer.from("Børn og Ældre, "), Buffer.from([0x9d]), Buffer.from("Økonomi")]), "Børn og Ældre, \ufffdØkonomi", [17]],
    ["UTF-8 cut inside a letter", Buffer.from("Byrådssekretariatet i Århus på").subarray(0, -1), "Byrådssekretariatet i Århus p\ufffd", [31]],
    ["ISO-8859-1", Buffer.from([0x62, 0xf8, 0x72, 0x6e, 0x20, 0xe6, 0xe5]), "børn æå", []],
    ["Windows-1252 with quotes and a dash", iconv.encode("“Børn” – også", "win1252"), "“Børn” – også", []],
    ["ASCII with a 0xFF: Windows-1252 ÿ (no letter to garble)", Buffer.from([0x61, 0x62, 0xff]), "abÿ", []],
  ])("%s", (_name, bytes, text, offsets) => {
    const d = decode(bytes);
    expect(d.text).toBe(text);
    expect(d.replaced.map((r) => r.offset)).toEqual(offsets);
  });

  it("counts errors as TextDecoder replaces them: one per maximal invalid subpart", () => {
    const bytes = Buffer.from([0x61, 0xe6, 0xb8, 0x62, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xc3, 0xa5]);
    const replacements = [...new TextDecoder().decode(bytes)].filter((c) => c === "\ufffd").length;
    const { valid, invalid } = scanUtf8(bytes);
    expect(invalid).toHaveLength(replacements);
    expect(valid).toBe(1);
  });
});

describe("control characters and lone surrogates", () => {
  it("a NUL after the first 8 KiB: the file is refused as binary, like one that starts so", () => {
    const { code, stdout, stderr } = parsed("nul.txt");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(`error ${file("nul.txt")}: unsupported format (binary file, not a document)\n`);
    expect(sniff(Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])]), "x.txt")).toBe("binary");
  });

  it("ESC and BEL after the first 8 KiB are removed with a warning naming the line", () => {
    const { code, record } = parsed("esc.txt");
    expect(code).toBe(0);
    for (const s of strings(record)) expect(s).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    const w = record.warnings.find((x) => x.code === "control-characters");
    expect(w?.message).toMatch(/^3 control characters removed \(U\+001B, U\+0007\) on line \d+$/u);
    expect(record.title).toBe("Chef for Stabs- og Byrådssekretariatet");
  });

  it("a lone UTF-16 surrogate becomes U+FFFD with a warning, never \\ud800 in the JSON", () => {
    const { code, record, stdout } = parsed("surrogate.txt");
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/iu);
    expect(stdout).toContain("Du leder \ufffd staben.");
    expect(record.warnings.find((x) => x.code === "lone-surrogate")?.message).toBe("1 lone UTF-16 surrogate replaced by U+FFFD (U+D800) on line 3");
  });

  it("holds for every format read: a control character from an HTML entity is removed too", async () => {
    const doc = await read(Buffer.from("<!doctype html><html><body><h1>Chef&#27;[31m for &#7;Staben</h1><p>Tekst&#xD800;.</p></body></html>"), { fileName: "x.html" });
    for (const l of doc.lines) expect(l.text).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\ud800-\udfff]/u);
    expect(doc.lines.map((l) => l.text)).toContain("# Chef[31m for Staben");
  });

  it("mends the strings of a page's JSON-LD too, which can stand in for the title", async () => {
    const ld = JSON.stringify({ "@context": "https://schema.org", "@type": "JobPosting", title: "Chef\u001b[31m for Staben\ud800", hiringOrganization: { name: "Viborg\u0007 Kommune" } });
    const doc = await read(Buffer.from(`<!doctype html><html><head><script type="application/ld+json">${ld}</script></head><body><h1>Chef</h1><p>Tekst om stillingen.</p></body></html>`), { fileName: "x.html" });
    expect(doc.metadata?.jobPosting).toMatchObject({ title: "Chef[31m for Staben\ufffd", employer: "Viborg Kommune" });
    expect(doc.warnings?.map((w) => w.message)).toEqual(["3 control characters or lone surrogates in the page's JSON-LD removed or replaced by U+FFFD"]);
  });

  it("keeps tabs, and turns a vertical tab (Word's line break) into a space", async () => {
    const doc = await read(Buffer.from("Navn\tTelefon\nLinje et\u000blinje to\n"), { fileName: "x.txt" });
    expect(doc.lines.map((l) => l.text)).toEqual(["Navn\tTelefon", "Linje et linje to", ""]);
    expect(doc.warnings ?? []).toEqual([]);
  });
});
