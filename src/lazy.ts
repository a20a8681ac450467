/**
 * Dependencies that only some inputs or outputs need, loaded on first use:
 * a `parse` of a UTF-8 text to JSON pays for neither the legacy encodings
 * (iconv-lite's tables) nor the YAML library, about 40 ms of a cold start.
 * Both are CommonJS, so a synchronous `require` keeps their callers sync.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const iconv = (): typeof import("iconv-lite") => require("iconv-lite");
export const yaml = (): typeof import("yaml") => require("yaml");
