/**
 * A saint's name abbreviated before a name ("Skt. Nikolaj Kirke", "Sct. Knuds Skole"). Not "St.": as often "Store"
 * ("St. Kongensgade") or a station ("Nørreport St.").
 */
const SAINT_ABBREVIATIONS: readonly string[] = ["skt", "sct"];

/**
 * Abbreviations that open a firm's, a house's or a street's name ("Brdr. Kjærsgaard Emballage A/S", "Skt. Nikolaj
 * Sogn", "Gl. Hellerup Gymnasium", "Sdr. Nærå Friskole", "Ll. Sct. Hans Gade"): the name goes on past the full stop.
 */
export const NAME_ABBREVIATIONS: readonly string[] = [...SAINT_ABBREVIATIONS, "brdr", "gl", "sdr", "ndr", "ll"];

/**
 * Danish abbreviations that take a full stop without ending a sentence, as
 * data in one place: every step that splits sentences or cuts a list item at
 * its first full stop asks `isAbbreviation`, so "konst. sekretariatschef",
 * "bl.a. økonomi" and "cand.scient.pol. med" stay whole.
 *
 * Written lower case and without the final full stop; inner stops are kept
 * ("bl.a", "m.fl", "cand.scient.pol"): the word before a full stop is
 * compared as written, so "cand.scient.pol." is found whole.
 */
export const ABBREVIATIONS: readonly string[] = [
  // references and connectives: "jf. § 3", "bl.a. økonomi", "f.eks. HR", "dvs. at"
  "bl.a", "f.eks", "fx", "jf", "jvf", "dvs", "osv", "etc", "mht", "vedr", "ang", "ift", "iht", "hhv", "ca", "evt", "inkl", "ekskl",
  "excl", "incl", "mv", "m.v", "mm", "m.m", "m.fl", "o.l", "o.lign", "ref", "pga", "p.g.a", "ifm", "i.f.m", "vha", "pt", "p.t",
  "el", "resp", "ff", "s", "t", "d", "att",
  // a print ad's short forms: "Yderl. oplysn. v/ kommunaldir. Lone Thygesen", "Tiltr. 1/9", "Samtaler forv. i uge 23",
  // "Ans. på kontrakt", "Ansøgn. senest 1/6"
  "yderl", "oplysn", "kommunaldir", "dir", "tiltr", "forv", "ans", "ansøgn",
  // contact details and places: "tlf. 4033 2414", "kl. 9.00", "nr. 3", "pkt. 4", "stk. 2"
  "tlf", "tel", "tlf.nr", "mob", "kl", "nr", "pkt", "stk", "afd", "adr", "st", "th", "tv",
  // a street, a town or a firm named for a saint, an old, a south or a north one, or brothers: "Sct. Mathias Gade",
  // "Gl. Vardevej 101", "Sdr. Boulevard", "Brdr. Kjærsgaard"
  ...NAME_ABBREVIATIONS,
  // money and time: "mio. kr.", "kr. 900.000", "pr. måned", "årl. løn", "md. løn"
  "kr", "mio", "mia", "pr", "årl", "mdr", "md", "mdl", "ugl", "dgl", "timel",
  // titles and degrees: "konst. sekretariatschef", "fg. direktør", "cand.scient.pol.", "cand.merc.", "ph.d."
  "konst", "kst", "fung", "fg", "stedf", "cand", "scient", "pol", "polit", "jur", "oecon", "merc", "adm", "psych",
  "techn", "arch", "phil", "theol", "pæd", "ph.d", "dr", "prof", "lic",
  "cand.scient.pol", "cand.scient.adm", "cand.scient.soc", "cand.polit", "cand.jur", "cand.merc", "cand.oecon", "cand.psych",
  "cand.mag", "cand.pæd", "cand.soc", "cand.techn", "cand.it", "cand.merc.aud", "cand.merc.jur", "cand.scient", "cand.arch",
  "h.a", "h.d",
  // shortened first names inside a name: "Hans Chr. Andersen"
  "chr", "fr", "jac", "joh", "wm", "ch", "aa", "kr",
];

const SET = new Set(ABBREVIATIONS);

/**
 * Whether the word right before a full stop ("konst" in "… og konst.
 * sekretariatschef") makes the stop an abbreviation's: a listed word, or a
 * single letter (an initial, "A. P. Møller"). `word` may carry leading
 * punctuation ("(bl.a"), which is ignored.
 */
export function isAbbreviation(word: string): boolean {
  const w = word.replace(/^[("“„'*[]{1,3}/u, "").toLowerCase();
  return SET.has(w) || /^\p{L}$/u.test(w);
}

/** The word (letters and inner full stops) that ends `text`: "kommunikationschef og konst" → "konst". */
export function wordBefore(text: string): string {
  // a walk back from the end: the pattern /[^\s(]{1,24}$/ was tried from every position, for every full stop of every text
  let start = text.length;
  while (start > 0 && text.length - start < 24 && !/[\s(]/u.test(text[start - 1])) start--;
  return text.slice(start);
}

/**
 * The words a short sentence points back with ("Det får du brug for.", "Dét sætter vi pris på."): it is read with the
 * sentence before it, as the full stops above are read with their words.
 */
export const BACK_POINTERS = ["det", "dét", "dette", "den slags", "sådan"];
