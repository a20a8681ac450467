import type { Cell } from "../rows.js";

/** A cell as text: lists joined with "; ", empty as "". Excel mode writes decimals with a comma, as Danish Excel reads them. */
export function cellText(c: Cell, options: { decimalComma?: boolean } = {}): string {
  if (c === null) return "";
  if (Array.isArray(c)) return c.join("; ");
  if (typeof c === "boolean") return String(c);
  if (typeof c === "number") return options.decimalComma ? String(c).replace(".", ",") : String(c);
  return c;
}

/** Terminal columns a string takes: code points, which is right for Danish text after NFC. */
export function width(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
