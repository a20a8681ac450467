/**
 * The glyphs a list's items open with, as a class body: the bullets of Word,
 * web pages and typed text, and Word's Symbol-font bullets, which reach PDFs
 * as private-use characters (U+F0B7 and kin). One list for the block builder
 * and for the PDF reader, which must not run an item into the line above.
 */
// and the emoji a web page or a LinkedIn post lists with ("✅ Et hus med masser af liv", "👉 Du er uddannet pædagog"),
// each perhaps followed by the emoji presentation selector (U+FE0F: "✔️")
export const BULLET_GLYPHS = String.raw`•●○◦▪■□►‣·*+✓✔➢➤❖◆→\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06c\uf06e✅☑👉➡▶▸🔹🔸⭐★`;
/** A Symbol-font bullet may touch its text; any other mark needs a space after it. */
export const SYMBOL_FONT_BULLET = String.raw`\uf000-\uf0ff`;

/**
 * A text box drawn with box-drawing characters, as a plain-text ad frames its key facts: its sides ("│ Frist: …  │"),
 * and the bars, corners and tees its top, bottom and dividers are made of ("┌──────┐", "╰──────╯", "┗━━━━━━┛",
 * "╟──────╢").
 */
export const BOX_SIDES = "│┃║";
export const BOX_BARS = "─━═";
export const BOX_CORNERS = "┌┐└┘╔╗╚╝├┤╠╣╟╢╞╡╤╧┬┴┼╭╮╰╯┏┓┗┛┣┫";

/** An emoji's code points: the pictograph, its presentation selector, the joiner, a skin tone. */
export const PICTOGRAPH_CHARS = String.raw`\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}`;
const PICTOGRAPH = new RegExp(`^[${PICTOGRAPH_CHARS}]$`, "u");

/** Pictographs that close a headline ("… hele Norden? 💡", "… LEDER! 🌼"): decoration after the words' own end. */
export function withoutTrailingPictographs(text: string): string {
  // walked from the end, a code point at a time (a pattern anchored at the end would be tried from every space)
  const chars = [...text];
  let end = chars.length;
  let kept = end;
  while (end > 0 && (PICTOGRAPH.test(chars[end - 1]) || /^\s$/u.test(chars[end - 1]))) {
    end--;
    if (PICTOGRAPH.test(chars[end])) kept = end;
  }
  return kept === chars.length ? text : chars.slice(0, kept).join("").trimEnd();
}
