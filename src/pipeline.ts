/**
 * read → normalise → segment → extract (→ corroborate with a page's JSON-LD) → validate: one document in, one
 * validated record out. Each step is a plain function from data to data;
 * this file only wires them, in the order a document travels.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { read, type ReadOptions } from "./read/index.js";
import { InputError, type RawDocument, type SourceLine } from "./read/types.js";
import { normalise } from "./normalise/index.js";
import { withSentenceMemo } from "./normalise/sentences.js";
import { forgetHeadings } from "./vocabulary/headings.js";
import { segment } from "./segment/index.js";
import { textUnits } from "./segment/units.js";
import { extractHeader } from "./extract/header.js";
import { extractFacts } from "./extract/facts/index.js";
import { corroborate } from "./extract/corroborate.js";
import { validateRecord } from "./validate/index.js";
import { MAIL_SUBJECT_LINE } from "./vocabulary/furniture.js";
import type { ProfileRecord, Warning } from "./schemas/record.js";

export interface ParseOptions extends ReadOptions {
  /** Shown in `source.path`; null for stdin. */
  path?: string | null;
  /**
   * Give up on the document (an InputError, code "timeout") when a step ends
   * this many milliseconds after parsing began. Checked between steps, which
   * costs nothing at start-up; every step runs in time linear in its input
   * (test/scaling.test.ts), so none overruns the limit by much. The pool kills
   * a stuck worker itself; this is for documents parsed in-process.
   */
  timeoutMs?: number;
}

export interface ParseResult {
  record: ProfileRecord;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Ceilings on one document's extracted text, past which it is refused with
 * one line: a record keeps every line with its place, and the steps hold
 * about 32 bytes of memory for each character of text (20 million characters
 * peak near 680 MB, measured on `parse` to stdout). Real profiles have a few
 * thousand lines.
 */
export const MAX_TEXT_CHARS = 20_000_000;
export const MAX_LINES = 1_000_000;

function checkCeilings(raw: RawDocument): void {
  if (raw.lines.length > MAX_LINES)
    throw new InputError(`too much text (${raw.lines.length.toLocaleString("en")} lines; the limit is ${MAX_LINES.toLocaleString("en")})`, "too-large");
  let chars = 0;
  for (const l of raw.lines) chars += l.text.length;
  if (chars > MAX_TEXT_CHARS)
    throw new InputError(`too much text (${(chars / 1e6).toFixed(1)} million characters; the limit is ${MAX_TEXT_CHARS / 1e6} million)`, "too-large");
}

export async function parseProfile(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  const started = performance.now();
  const timeoutMs = options.timeoutMs;
  const step = () => {
    if (timeoutMs !== undefined && performance.now() - started > timeoutMs) throw timedOut(timeoutMs);
  };
  forgetHeadings();
  const raw = await read(bytes, options);
  checkCeilings(raw);
  step();
  const { blocks, dropped, lines, aside, furniture, webPage } = normalise(raw);
  step();
  // one sentence memo for the document: the segmenter and the extractors split the same texts
  const { sections, extracted, header, facts, page } = withSentenceMemo(() => {
    const sections = segment(blocks);
    // a forwarding mail's own lines and the page's furniture are kept in the sections, but the mail's sender's phone is no
    // contact of the post, and the title in the sender's signature is not the post's
    const all = textUnits(sections);
    const units = aside.size ? all.map((u) => (aside.has(u.position.start.line) && aside.has(u.position.end.line) ? { ...u, aside: true } : u)) : all;
    step();
    const extracted = extractFacts(units, raw.metadata?.published ?? null);
    step();
    // the forwarding mail's subject is its own line, but it often names the post ("Emne: Ny opgave: Børne- og ungedirektør til …")
    const mailSubject = aside.size ? subjectOf(lines, aside) : undefined;
    const { header, facts, ...page } = corroborate(
      extractHeader({ sections, units: units.filter((u) => !u.aside), lines: aside.size ? lines.filter((l) => !aside.has(l.line)) : lines, dropped, furniture: furniture.map((l) => l.text.trim()), siteName: raw.metadata?.siteName, webPage, mailSubject, declaredTitle: raw.metadata?.title }),
      extracted.facts,
      raw.metadata?.jobPosting,
    );
    step();
    return { sections, extracted, header, facts, page };
  });
  const evidence = [...extracted.evidence, ...page.evidence];
  const warnings: Warning[] = [...(raw.warnings ?? []), ...extracted.warnings, ...page.warnings];
  const record = validateRecord({
    schemaVersion: "1",
    source: {
      path: options.path ?? null,
      format: raw.format,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      pages: raw.pages,
    },
    kind: header.kind,
    title: header.title,
    employer: header.employer,
    consultancy: header.consultancy,
    sections,
    facts,
    evidence,
    warnings,
    dropped,
  });
  return { record };
}

/** The subject of a forwarding mail's wrapper ("Emne: VS: Ny opgave: …"), read from the wrapper's own lines only. */
function subjectOf(lines: readonly SourceLine[], aside: ReadonlySet<number>): string | undefined {
  for (const l of lines) {
    if (!aside.has(l.line)) continue;
    const subject = MAIL_SUBJECT_LINE.exec(l.text.trim())?.[1];
    if (subject !== undefined) return subject;
  }
  return undefined;
}

export async function parseFile(path: string, options: Omit<ParseOptions, "path"> = {}): Promise<ParseResult> {
  const bytes = await readInput(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return parseProfile(bytes, { ...options, path, fileName: options.fileName ?? path });
}

/**
 * Reads a file, turning the file system's errors into the one-line reasons users see.
 *
 * A regular file is read at once, synchronously: in a worker, an
 * asynchronous read of the next file only moves on between documents (each
 * of its steps waits for the event loop, which the parse holds), so the
 * worker sat idle after each document while the read caught up — a twentieth
 * of its time in a batch. Anything that is not a regular file (a pipe from
 * `<(…)`, a FIFO, a device), whose reading may wait, is read asynchronously.
 */
export async function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  const regular = readRegularFile(path, maxBytes);
  if (regular) return regular;
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw fsError(err);
  }
  if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
  try {
    return await readFile(path);
  } catch (err) {
    throw fsError(err);
  }
}

/** The bytes of a regular file; null for anything else that may be read (a pipe, a device). */
function readRegularFile(path: string, maxBytes: number): Uint8Array | null {
  let info;
  try {
    info = statSync(path);
  } catch (err) {
    throw fsError(err);
  }
  if (info.isDirectory()) throw new InputError("is a directory", "unreadable");
  if (!info.isFile()) return null;
  if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
  try {
    return readFileSync(path);
  } catch (err) {
    throw fsError(err);
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** `size` null: a stream that went past the limit, whose whole length is not known. */
export function tooLarge(size: number | null, maxBytes: number): InputError {
  const what = size === null ? `more than ${mb(maxBytes)}` : mb(size);
  return new InputError(`file too large (${what}; the limit is ${mb(maxBytes)}, see --max-size)`, "too-large");
}

/** The one reason for a document that took too long, in the pool and in-process alike. */
export function timedOut(ms: number): InputError {
  const seconds = ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
  return new InputError(`timed out after ${seconds} (see --timeout)`, "timeout");
}

function fsError(err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return new InputError("no such file", "not-found");
  if (code === "EACCES" || code === "EPERM") return new InputError("permission denied", "unreadable");
  if (code === "ELOOP") return new InputError("symbolic link loop", "unreadable");
  return new InputError(`cannot read (${code ?? String(err)})`, "unreadable");
}
