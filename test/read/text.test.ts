import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeText, readText } from "../../src/read/text.js";
import { sniff } from "../../src/read/sniff.js";
import { read } from "../../src/read/index.js";

const danish = "Ansøgningsfristen – “Børn og Unge” • 19,55 % ’Å’";

describe("decodeText", () => {
  it.each([
    ["UTF-8", Buffer.from(danish, "utf8")],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(danish, "utf8")])],
    ["UTF-16 LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(danish, "utf16le")])],
    ["UTF-16 BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(danish, "utf16be")])],
    ["Windows-1252 (0x80–0x9F as punctuation)", iconv.encode(danish, "win1252")],
  ])("%s", (_name, bytes) => {
    expect(decodeText(bytes)).toBe(danish);
  });

  it("reads ISO-8859-1 æøå", () => {
    expect(decodeText(Buffer.from([0x62, 0xf8, 0x72, 0x6e, 0x20, 0xe6, 0xe5]))).toBe("børn æå");
  });
});

describe("readText", () => {
  it("splits CRLF and CR, numbering lines from 1", () => {
    const doc = readText(Buffer.from("a\r\nb\rc\n"), "text");
    expect(doc.lines.map((l) => [l.line, l.text])).toEqual([
      [1, "a"],
      [2, "b"],
      [3, "c"],
      [4, ""],
    ]);
    expect(doc.pages).toBeNull();
  });

  it("turns form feeds into pages", () => {
    const doc = readText(Buffer.from("side et\n\fside to\nmere\fside tre"), "text");
    expect(doc.pages).toBe(3);
    expect(doc.lines.filter((l) => l.text).map((l) => [l.text, l.page])).toEqual([
      ["side et", 1],
      ["side to", 2],
      ["mere", 2],
      ["side tre", 3],
    ]);
  });
});

describe("sniff and read refuse what is not a document", () => {
  it.each([
    [Buffer.from("%PDF-1.4\n"), "x.txt", "pdf"],
    [Buffer.from("PK\x03\x04rest"), "x.docx", "zip"],
    [Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]), "x.txt", "binary"],
    [Buffer.from("# Overskrift"), "x.md", "markdown"],
    [Buffer.from("<!DOCTYPE html><html>"), "x.txt", "html"],
    [Buffer.from("Almindelig tekst"), "x.txt", "text"],
  ])("%j named %s is %s", (bytes, name, want) => {
    expect(sniff(bytes, name)).toBe(want);
  });

  it.each([
    [Buffer.alloc(0), "x.txt", "empty file"],
    [Buffer.from(" \n\t\n"), "x.txt", "empty file"],
    [Buffer.from("tekst"), "x.pdf", "not a PDF (no %PDF header)"],
    [Buffer.from([0, 1, 2, 3, 0, 0]), "x.bin", "unsupported format (binary file, not a document)"],
  ])("%j named %s: %s", async (bytes, name, reason) => {
    await expect(read(bytes, { fileName: name })).rejects.toMatchObject({ reason });
  });
});
