/**
 * read → normalise → segment → extract (→ corroborate with a page's JSON-LD) → validate: one document in, one
 * validated record out. Each step is a plain function from data to data;
 * this file only wires them, in the order a document travels.
 */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { read, type ReadOptions } from "./read/index.js";
import { InputError } from "./read/types.js";
import { normalise } from "./normalise/index.js";
import { segment } from "./segment/index.js";
import { textUnits } from "./segment/units.js";
import { extractHeader } from "./extract/header.js";
import { extractFacts } from "./extract/facts/index.js";
import { corroborate } from "./extract/corroborate.js";
import { validateRecord } from "./validate/index.js";
import type { ProfileRecord, Warning } from "./schemas/record.js";

export interface ParseOptions extends ReadOptions {
  /** Shown in `source.path`; null for stdin. */
  path?: string | null;
}

export interface ParseResult {
  record: ProfileRecord;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export async function parseProfile(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  const raw = await read(bytes, options);
  const { blocks, dropped, lines } = normalise(raw);
  const sections = segment(blocks);
  const units = textUnits(sections);
  const extracted = extractFacts(units);
  const { header, facts, ...page } = corroborate(extractHeader({ sections, units, lines, dropped }), extracted.facts, raw.metadata?.jobPosting);
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

export async function parseFile(path: string, options: Omit<ParseOptions, "path"> = {}): Promise<ParseResult> {
  const bytes = await readInput(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return parseProfile(bytes, { ...options, path, fileName: options.fileName ?? path });
}

/** Reads a file, turning the file system's errors into the one-line reasons users see. */
export async function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw fsError(err);
  }
  if (info.isDirectory()) throw new InputError("is a directory", "unreadable");
  if (info.size > maxBytes)
    throw new InputError(`file too large (${mb(info.size)}; the limit is ${mb(maxBytes)}, see --max-size)`, "too-large");
  try {
    return await readFile(path);
  } catch (err) {
    throw fsError(err);
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function fsError(err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return new InputError("no such file", "not-found");
  if (code === "EACCES" || code === "EPERM") return new InputError("permission denied", "unreadable");
  if (code === "ELOOP") return new InputError("symbolic link loop", "unreadable");
  return new InputError(`cannot read (${code ?? String(err)})`, "unreadable");
}
