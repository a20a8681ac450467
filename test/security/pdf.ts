/**
 * A minimal PDF writer for the security tests: one Type1 font (Helvetica,
 * not embedded) whose encoding the test chooses, so that a text layer can be
 * made to yield control characters or private-use code points, as a broken
 * ToUnicode map or a CID font without one does.
 */
export interface PdfOptions {
  /** `/Differences` for the font: code → glyph name, e.g. { 1: "uni001B", 2: "uniE001" }. */
  differences?: Record<number, string>;
  /** More entries for the catalog, e.g. an `/OpenAction` with JavaScript. */
  catalog?: string;
  /** More entries for each page, e.g. `/Annots` with a link. */
  page?: string;
}

export function pdf(pages: string[][], { differences, catalog: catalogExtra = "", page: pageExtra = "" }: PdfOptions = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const catalog = add("");
  const pagesObj = add("");
  const encoding = differences
    ? `<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [${Object.entries(differences)
        .map(([code, name]) => `${code} /${name}`)
        .join(" ")}] >>`
    : "/WinAnsiEncoding";
  const font = add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding ${encoding} >>`);
  const kids: number[] = [];
  for (const lines of pages) {
    const ops = lines
      .map((text, i) => `BT /F1 11 Tf 56 ${780 - i * 16} Td (${[...text].map((c) => (/[\\()]/u.test(c) ? `\\${c}` : c.charCodeAt(0) < 0x20 || c.charCodeAt(0) > 0x7e ? `\\${c.charCodeAt(0).toString(8).padStart(3, "0")}` : c)).join("")}) Tj ET`)
      .join("\n");
    const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R ${pageExtra}>>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R ${catalogExtra}>>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
