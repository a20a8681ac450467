export { expandInputs, DOCUMENT_EXTENSIONS, type InputEntry, type ExpandOptions } from "./inputs.js";
export { parseMany, defaultJobs, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_MEMORY_MB, type ParseManyOptions, type Outcome } from "./pool.js";
export { createProgress, progress, progressLine, summaryLine, type Progress } from "./progress.js";
export { globToRegExp, ignoreMatcher } from "./glob.js";
