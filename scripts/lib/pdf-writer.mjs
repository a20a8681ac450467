// A minimal PDF writer shared by the fixture scripts: standard Helvetica,
// WinAnsi text, one content stream per page. Small enough to read, so the
// fixtures it writes hold exactly the text we typeset and nothing else.
import iconv from "iconv-lite";

export function pdf(pages, { encrypt = false } = {}) {
  const objects = [];
  const add = (body) => objects.push(body) && objects.length;
  const catalog = add(null);
  const pagesObj = add(null);
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const kids = [];
  for (const page of pages) {
    const ops = page
      .map(({ x, y, size = 11, text, rect }) =>
        rect ? `${rect.join(" ")} re f` : `BT /F1 ${size} Tf ${x} ${y} Td (${escapePdf(text)}) Tj ET`,
      )
      .join("\n");
    const bytes = iconv.encode(ops, "win1252");
    const content = add(`<< /Length ${bytes.length} >>\nstream\n${bytes.toString("latin1")}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let encryptRef = "";
  if (encrypt) {
    // A standard security handler whose /U matches no password: readers must ask for one.
    const junk = "<" + "ab".repeat(32) + ">";
    const enc = add(`<< /Filter /Standard /V 1 /R 2 /O ${junk} /U ${junk} /P -44 >>`);
    encryptRef = ` /Encrypt ${enc} 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]`;
  }
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encryptRef} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
export const escapePdf = (s) => s.replace(/[\\()]/g, (c) => "\\" + c);

/**
 * Lay out lines on pages, with a running header, a footer and page numbers.
 * A "\f" line starts a new page, an empty line leaves a blank line's space
 * (and no text), and a footer may say "{n}" and "{total}". With `bareFirst`
 * the first page (a cover) carries no header or footer.
 */
export function typeset(lines, { header, footer, perPage = 38, bareFirst = false }) {
  const chunks = [[]];
  for (const line of lines) {
    const last = chunks[chunks.length - 1];
    if (line === "\f") chunks.push([]);
    else if (last.length === perPage) chunks.push([line]);
    else last.push(line);
  }
  return chunks.map((chunk, i) => {
    const n = i + 1;
    const bare = bareFirst && i === 0;
    const page = [];
    if (header && !bare) page.push({ x: 56, y: 800, size: 9, text: header });
    chunk.forEach((text, j) => text && page.push({ x: 56, y: 760 - j * 18, text }));
    if (footer && !bare) page.push({ x: 56, y: 40, size: 9, text: footer.replace("{n}", String(n)).replace("{total}", String(chunks.length)) });
    return page;
  });
}
