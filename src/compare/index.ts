export { FIELDS, DEFAULT_FIELDS, MAIN_SECTIONS, toRow, sortRows, isField, countListItems, daysBetween, type Row, type Cell, type FieldName } from "./rows.js";
export { summarise, summaryLines, median, mostUsed, type Summary } from "./summary.js";
export { COMPARE_FORMATS, formatters, type CompareFormat, type FormatContext } from "./formats/index.js";
