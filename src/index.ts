/** The library API the CLI is a thin shell over. */
export { parseProfile, parseFile, readInput, type ParseOptions, type ParseResult } from "./pipeline.js";
export { read } from "./read/index.js";
export { InputError } from "./read/types.js";
export { normalise } from "./normalise/index.js";
export { segment } from "./segment/index.js";
export { textUnits, type TextUnit } from "./segment/units.js";
export { extractHeader } from "./extract/header.js";
export { extractFacts } from "./extract/facts/index.js";
export { validateRecord, InvalidRecordError } from "./validate/index.js";
export { emitters, EMIT_FORMATS, type EmitFormat } from "./emit/index.js";
export * from "./schemas/record.js";
export * from "./check/index.js";
export { reporters } from "./report/index.js";
