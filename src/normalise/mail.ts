/**
 * A posting forwarded by mail: the sender's own lines around it (the header,
 * "Hej Jonas, jeg faldt over den her …", the signature) are the mail's, not
 * the post's. They stay in the record, filed as andet, and give no facts: the
 * sender's phone is no contact of the post.
 */
import type { SourceLine } from "../read/types.js";
import { FORWARD_MARK, MAIL_HEADER_LINE } from "../vocabulary/furniture.js";

/** How many lines a closing note after the forwarded text may hold ("Ring endelig …", "Kh Birgitte", a signature). */
const CLOSING_LINES = 12;

/** The line numbers of a forwarding mail's own lines, or none when the text does not open as a mail. */
export function mailWrapper(lines: SourceLine[]): Set<number> {
  const out = new Set<number>();
  const text = lines.filter((l) => l.text.trim() !== "");
  // A mail opens with its header: two of its first three lines are header lines.
  if (text.slice(0, 3).filter((l) => MAIL_HEADER_LINE.test(l.text.trim())).length < 2) return out;
  let i = 0;
  // the sender's header and note, up to the mark or the forwarded mail's own header
  for (; i < text.length; i++) {
    const t = text[i].text.trim();
    if (FORWARD_MARK.test(t)) break;
    if (i > 3 && MAIL_HEADER_LINE.test(t) && MAIL_HEADER_LINE.test(text[i + 1]?.text.trim() ?? "")) break;
    out.add(text[i].line);
  }
  // a mail that forwards nothing is the post itself, under its header
  if (i === text.length) {
    out.clear();
    for (const l of text.slice(0, 6)) if (MAIL_HEADER_LINE.test(l.text.trim())) out.add(l.line);
    return out;
  }
  // the mark, and the forwarded mail's header under it
  if (FORWARD_MARK.test(text[i].text.trim())) out.add(text[i++].line);
  for (; i < text.length && MAIL_HEADER_LINE.test(text[i].text.trim()); i++) out.add(text[i].line);
  // a closing mark near the end: the sender's last words after the forwarded text
  for (let j = text.length - 1; j > i && j >= text.length - CLOSING_LINES - 1; j--)
    if (FORWARD_MARK.test(text[j].text.trim())) {
      for (const l of text.slice(j)) out.add(l.line);
      break;
    }
  return out;
}
