/**
 * A posting forwarded by mail: the sender's own lines around it (the header,
 * "Hej Jonas, jeg faldt over den her …", the signature) are the mail's, not
 * the post's. They stay in the record, filed as andet, and give no facts: the
 * sender's phone is no contact of the post.
 */
import type { SourceLine } from "../read/types.js";
import { FORWARD_MARK, MAIL_CLOSING, MAIL_GREETING, MAIL_HEADER_LINE } from "../vocabulary/furniture.js";

/** How many lines a closing note after the forwarded text may hold ("Ring endelig …", "Kh Birgitte", a signature). */
const CLOSING_LINES = 12;
/** How far down a sender's note may push the forward mark, in lines with text. */
const NOTE_LINES = 40;
/** How many lines a forwarded mail's note may hold between its greeting and its closing. */
const FORWARDED_NOTE_LINES = 20;
/** How near after the note's paragraph its closing stands, in lines with text, when it closes the note and not the post. */
const CLOSING_AFTER_NOTE = 2;
/** A signature is a run of short lines (a company's one line of details between bars may run to 100 characters). */
const SIGNATURE_LINE = 100;

/** A plain-text mail quotes this many lines at least ("> …") before its marks are read as quoting, not as the text's. */
const QUOTED_LINES = 5;
const QUOTE_MARKS = /^[ \t]*>(?:[ \t]?>)*[ \t]?/u;

/**
 * A plain-text mail that quotes what it forwards or answers, "> " at each line's start (a client's "Videresend som
 * citat"): the quoted lines read without their marks, each marked as quoted, so that the post's headings, lists and
 * paragraphs are seen as written. Fewer quoted lines than a mail's quote holds are left as they are.
 */
export function unquote(lines: SourceLine[]): SourceLine[] {
  let quoted = 0;
  for (const l of lines) if (l.text.charCodeAt(0) === 0x3e || (l.text.includes(">") && QUOTE_MARKS.test(l.text))) quoted++;
  if (quoted < QUOTED_LINES) return lines;
  return lines.map((l) => {
    const m = QUOTE_MARKS.exec(l.text);
    if (!m) return l;
    const text = l.text.slice(m[0].length);
    // a quote's empty line (">"): its mark alone, kept as the markup it is
    return text.trim() ? { ...l, text, quoted: true } : { ...l, drop: "markup", quoted: true };
  });
}

/** The line numbers of a forwarding mail's own lines, or none when the text does not open as a mail. */
export function mailWrapper(lines: SourceLine[]): Set<number> {
  const out = new Set<number>();
  const text = lines.filter((l) => l.text.trim() !== "");
  // A mail opens with its header: two of its first three lines are header lines. A forward copied from an inbox
  // may open with the sender's note instead ("Hej Karsten …", a signature), the forward mark and its header below it.
  const opensWithHeader = text.slice(0, 3).filter((l) => MAIL_HEADER_LINE.test(l.text.trim())).length >= 2;
  // Outlook marks a forward by a rule drawn in HTML, which leaves no line: the forwarded header ("Fra:", "Sendt:",
  // "Til:", "Emne:") under the sender's note is the mark then.
  const mark = text
    .slice(0, NOTE_LINES)
    .findIndex((l, k) => (FORWARD_MARK.test(l.text.trim()) && MAIL_HEADER_LINE.test(text[k + 1]?.text.trim() ?? "")) || (k > 0 && isForwardedHeader(text, k)));
  if (!opensWithHeader && mark < 0) return out;
  let i = 0;
  // rules of dashes set the post apart only in a mail with no forward's mark (a newsletter's rules of equals signs
  // part its items) whose sender greets its readers above the first rule ("Kære alle på listen"): a job agent's mail
  // sets its own sections between such rules
  const firstRule = text.findIndex((l) => DASH_RULE.test(l.text.trim()));
  const dashRules =
    opensWithHeader && mark < 0 && firstRule > 0 && !text.some((l) => FORWARD_MARK.test(l.text.trim())) && text.slice(0, firstRule).some((l) => MAIL_GREETING.test(l.text.trim()));
  // the sender's header and note, up to the mark or the forwarded mail's own header
  for (; i < text.length; i++) {
    const t = text[i].text.trim();
    if (FORWARD_MARK.test(t) || (i > 0 && i === mark) || (dashRules && DASH_RULE.test(t))) break;
    if (i > 3 && MAIL_HEADER_LINE.test(t) && MAIL_HEADER_LINE.test(text[i + 1]?.text.trim() ?? "")) break;
    out.add(text[i].line);
  }
  // a mail that forwards nothing is the post itself, under its header; a mailing list's rule over its last few
  // lines ("Afmeld: https://…") is the list's footer, no forward
  const footer = i >= MIN_POST_LINES && i < text.length && LIST_RULE.test(text[i].text.trim()) && isFooter(text.slice(i + 1));
  if (i === text.length || footer) {
    out.clear();
    for (const l of text.slice(0, 6)) if (MAIL_HEADER_LINE.test(l.text.trim())) out.add(l.line);
    if (footer) for (const l of text.slice(i)) out.add(l.line);
    // "Den 14. jan. 2027 kl. 09.12 skrev …:" over the earlier mail, quoted ("> …"): the thread's, not the post's
    const isQuoted = (l: SourceLine | undefined) => !!l && (!!l.quoted || /^>/u.test(l.text.trim()));
    const reply = text.findIndex((l, k) => k > 5 && REPLY_ATTRIBUTION.test(l.text.trim()) && isQuoted(text[k + 1]));
    if (reply >= 0) for (let k = reply; k < (footer ? i : text.length) && (k === reply || isQuoted(text[k])); k++) out.add(text[k].line);
    return out;
  }
  // a mail that sets the post it passes on between two rules of dashes ("Kære alle på listen …" / "-----" / the post /
  // "-----" / "Venlig hilsen", a signature, a disclaimer): from the closing rule on, the mail's
  if (dashRules && DASH_RULE.test(text[i].text.trim())) {
    out.add(text[i++].line);
    // the closing rule, with the sender's closing under it ("Venlig hilsen")
    for (let k = text.length - 1; k >= i + MIN_POST_LINES; k--)
      if (DASH_RULE.test(text[k].text.trim()) && text.slice(k + 1, k + 1 + CLOSING_AFTER_RULE).some((l) => MAIL_CLOSING.test(l.text.trim()))) {
        for (const l of text.slice(k)) out.add(l.line);
        break;
      }
    return out;
  }
  // the mark, and the forwarded mail's header under it
  if (FORWARD_MARK.test(text[i].text.trim())) out.add(text[i++].line);
  for (; i < text.length && MAIL_HEADER_LINE.test(text[i].text.trim()); i++) out.add(text[i].line);
  // the forwarded mail's own note ("Kære Ulla … Venlig hilsen", a signature) before the post it passes on
  const note = forwardedNote(lines, text[i]?.line);
  for (const line of note) out.add(line);
  // the forwarded text begins after the note: a closing is the mail's only after some of it
  const body = note.length ? text.findIndex((l) => l.line === note.at(-1)) + 1 : i;
  // near the end, from the last line that opens it to the end: a closing mark, the sender's last words after the
  // forwarded text; "Med venlig hilsen" after the forwarded text, over the sender's name, title and number and
  // anything under them (a newsletter's unsubscribe lines)
  const markTail = (opens: RegExp, after: number) => {
    for (let j = text.length - 1; j > after && j >= text.length - CLOSING_LINES - 1; j--)
      if (opens.test(text[j].text.trim())) {
        for (const l of text.slice(j)) out.add(l.line);
        return;
      }
  };
  markTail(FORWARD_MARK, i);
  markTail(MAIL_CLOSING, body);
  // "-- " over the last few short lines: the sender's signature, under the forwarded text (their own number in it)
  let delimiter = -1;
  for (let k = text.length - 1; k > i && delimiter < 0; k--) if (SIGNATURE_DELIMITER.test(text[k].text)) delimiter = k;
  const signature = delimiter < 0 ? [] : text.slice(delimiter + 1);
  if (signature.length > 0 && signature.length <= MAIL_SIGNATURE_LINES && signature.every((l) => l.text.trim().length <= SIGNATURE_LINE))
    for (const l of text.slice(delimiter)) out.add(l.line);
  return out;
}

/**
 * A forwarded mail's header under the sender's note: its sender's line with an address, then two more of the
 * header's ("Sendt:", "Til:", "Emne:"). A mail's own header (its "Emne:" first) and an ad's period ("Fra: 1. august
 * 2027" / "Til: 31. juli 2028") are not.
 */
const isForwardedHeader = (text: SourceLine[], k: number): boolean =>
  FORWARDED_FROM.test(text[k].text.trim()) &&
  text[k].text.includes("@") &&
  !MAIL_HEADER_LINE.test(text[k - 1]?.text.trim() ?? "") &&
  [1, 2].every((d) => MAIL_HEADER_LINE.test(text[k + d]?.text.trim() ?? ""));
const FORWARDED_FROM = /^(?:Fra|From):\s/u;

/** How near under the closing rule the sender's closing stands, in lines with text ("Tak fordi I deler …", "Venlig hilsen"). */
const CLOSING_AFTER_RULE = 3;
/** A rule of dashes, which a mail sets around the post it passes on. */
const DASH_RULE = /^-{10,}$/u;
/** A rule of underscores or equals signs (FORWARD_MARK's own rules, where the walk above stops): a mailing list sets its footer under one. */
const LIST_RULE = /^(?:_{10,}|={10,})$/u;
/** How many lines a list's footer holds at most, and a post above it at least. */
const FOOTER_LINES = 5;
const MIN_POST_LINES = 10;
/** A list's footer: its name, its address, where to unsubscribe; none of it a sentence of the post's. */
const isFooter = (lines: SourceLine[]): boolean =>
  lines.length > 0 && lines.length <= FOOTER_LINES && lines.every((l) => l.text.trim().length <= SIGNATURE_LINE && !PROSE_LINE.test(l.text.trim()));
/** A sentence of five words or more: the post's, never a list's footer. */
const PROSE_LINE = /^(?:\S+\s+){4,}\S*[.!?]$/u;
/** A reply's line over the mail it quotes: "Den 14. jan. 2027 kl. 09.12 skrev Rasmus Kjær <…>:", "On 3 May 2027, Anna wrote:". */
const REPLY_ATTRIBUTION = /^(?:den|d\.|on)\s.{4,80}\s(?:skrev|wrote)(?!\p{L}).{0,80}:$/iu;

/** The signature's delimiter, "-- " on a line of its own (RFC 3676), as mail programs write it. */
const SIGNATURE_DELIMITER = /^--[ \t]?$/u;
/** A mail's signature under its "-- " holds a name, a title, a workplace, a number or two (a letter's closing, fewer: blocks.ts). */
const MAIL_SIGNATURE_LINES = 6;

/**
 * The lines of a forwarded mail's own note, from its greeting ("Kære Ulla")
 * through its closing ("Venlig hilsen") and the signature under it, the run
 * of short lines that ends at the next blank line; or, where the closing
 * comes only after the post, the greeting and the paragraph in the mail's
 * voice under it. None unless the line after the forwarded header greets
 * someone.
 */
function forwardedNote(lines: SourceLine[], first: number | undefined): number[] {
  const start = lines.findIndex((l) => l.line === first);
  if (start < 0 || !MAIL_GREETING.test(lines[start].text.trim())) return [];
  // a note in the mail's voice with the post, not a closing, right after it ("På forhånd tak!" may stand
  // before one): the closing comes after the post
  const before = noteBeforePost(lines, start);
  if (before.length) {
    const next = lines.slice(before.at(-1)! + 1).filter((l) => l.text.trim() !== "").slice(0, CLOSING_AFTER_NOTE);
    if (next.length && !next.some((l) => MAIL_CLOSING.test(l.text.trim()))) return before.map((k) => lines[k].line);
  }
  let end = -1;
  for (let k = start + 1, seen = 0; k < lines.length && seen <= FORWARDED_NOTE_LINES; k++) {
    const t = lines[k].text.trim();
    if (t === "") continue;
    seen++;
    if (MAIL_CLOSING.test(t)) {
      end = k;
      break;
    }
  }
  if (end < 0) return [];
  // blank lines after the closing, then the signature's short lines up to the next blank one
  let k = end + 1;
  while (k < lines.length && lines[k].text.trim() === "") k++;
  while (k < lines.length && lines[k].text.trim() !== "" && lines[k].text.trim().length <= SIGNATURE_LINE) k++;
  return lines.slice(start, k).filter((l) => l.text.trim() !== "").map((l) => l.line);
}

/** A note's own voice: the writer in the first person, the post passed on "herunder". Ads speak as "vi". */
const MAIL_VOICE = /(?<!\p{L})(?:jeg|mig|min|mit|mine|som lovet|herunder|nedenfor|nedenstående|vedhæfte[rt]?|vedlagte|videresende)(?!\p{L})|^tak for(?!\p{L})/iu;

/**
 * "Kære Anders" / "Tak for en god snak. Som lovet sender jeg vores opslag
 * herunder …": the greeting and the one paragraph under it, when that
 * paragraph speaks as a mail does; indexes into `lines`, or none.
 */
function noteBeforePost(lines: SourceLine[], start: number): number[] {
  let k = start + 1;
  while (k < lines.length && lines[k].text.trim() === "") k++;
  const paragraph: number[] = [];
  for (; k < lines.length && lines[k].text.trim() !== ""; k++) paragraph.push(k);
  if (!paragraph.length || !MAIL_VOICE.test(paragraph.map((i) => lines[i].text.trim()).join(" "))) return [];
  return [start, ...paragraph];
}
