/**
 * Escaping for the report page. Titles, employers and file names come from
 * untrusted documents: every value goes through `escapeHtml`, in text and in
 * attributes alike (SECURITY.md, test/security). The charts' SVG comes from
 * vega, which escapes its text; `embedSvg` still refuses any element or
 * attribute that could run or fetch something, so a vega bug cannot open a
 * hole, and keeps each chart's internal ids apart from the others'.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute value (always double-quoted in this page). */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/gu, (c) => ENTITIES[c]);

const FORBIDDEN_ELEMENTS = /^(?:script|foreignobject|iframe|object|embed|image|img|use|a|style|link|animate|set)$/iu;

/** The SVG as it may stand inside the page; an element or attribute that could run code or load anything is a bug, and throws. */
export function embedSvg(svg: string, prefix: string): string {
  const body = svg.replace(/^<\?xml[^>]*>\s*/u, "");
  for (const [, name, attrs] of body.matchAll(/<([A-Za-z][\w:-]*)((?:[\s/][^>]*)?)>/gu)) {
    if (FORBIDDEN_ELEMENTS.test(name)) throw new Error(`chart SVG has a <${name}> element`);
    if (/\son[a-z]+\s*=/iu.test(attrs) || /\b(?:xlink:)?href\s*=\s*"(?!#)/i.test(attrs)) throw new Error(`chart SVG has a forbidden attribute in <${name}>`);
  }
  return body
    .replace(/\sxmlns:xlink="[^"]*"/gu, "")
    .replace(/\bid="([^"]*)"/gu, `id="${prefix}-$1"`)
    .replace(/url\(#([^)]*)\)/gu, `url(#${prefix}-$1)`);
}
