/**
 * Dependencies that only some inputs or outputs need, loaded on first use:
 * a `parse` of a UTF-8 text to JSON pays for neither pdf.js (about 300 ms),
 * mammoth, the legacy encodings (iconv-lite's tables) nor the YAML library.
 * Each has a CommonJS build, and `require` rather than `import()` works the
 * same from dist/ and from the CLI bundle, whose compiled code is cached and
 * so cannot take a dynamic import (see scripts/bundle.mjs).
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const iconv = (): typeof import("iconv-lite") => require("iconv-lite");
export const yaml = (): typeof import("yaml") => require("yaml");
export const pdfParse = (): typeof import("pdf-parse") => require("pdf-parse");
/** The workbook writer: only `compare --format xlsx` needs it. */
export const exceljs = (): typeof import("exceljs") => require("exceljs");
export const mammoth = (): typeof import("mammoth") => require("mammoth");
/** Node's own, but a few milliseconds to load, and only a batch of two or more documents starts workers. */
export const workerThreads = (): typeof import("node:worker_threads") => require("node:worker_threads");
