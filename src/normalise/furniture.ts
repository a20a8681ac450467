/**
 * Page furniture in text copied from a browser: the site's menu, its
 * breadcrumb trail, the cookie banner and the share and print buttons. Each
 * is recognised by its words (`src/vocabulary/furniture.ts`) and shape (short,
 * unpunctuated). The text of a page is kept whole, so such a line stays in
 * the record, in a block of its own filed `andet` (./index.ts); it only never
 * merges with the text beside it, heads a section, or yields a fact. A
 * sentence of the job text is never taken for it.
 */
import type { SourceLine } from "../read/types.js";
import { ABOUT_MENU_ENTRY, APPLYING, BUTTON_HEADINGS, BREADCRUMB_ARROW, BREADCRUMB_JOB_STEP, BREADCRUMB_SEPARATOR, BREADCRUMB_START, COMMENTS_START, CONTACT_DETAIL_PARTS, COOKIE_LINE, GROUP_LINE, LINK_CARD_DOMAIN, COPYRIGHT_LINE, MENU_OR_HEADING_WORDS, MENU_VERBS, MORE_POSTS_LINK, NAME_JOINERS, NAV_WORDS, OPENING_HOURS_LINE, PHOTO_CREDIT, POST_AGE, POST_OR_READER, SEARCH_FIELD, SHARE_TARGETS, SOCIAL_BUTTONS, SOCIAL_LINES, SOCIAL_PROMPTS, UI_LINES } from "../vocabulary/furniture.js";
import { isPositionNoun } from "../vocabulary/positions.js";
import { isOrganisationName, ORGANISATION_WORD_ENDINGS } from "../vocabulary/employers.js";
import { trimTrailing, words } from "./words.js";
import { holdsContactDetail } from "../vocabulary/contact-details.js";
import { GENERIC_HEADINGS, STRONG_HEADING_KEYS, vocabularyKey } from "../vocabulary/headings.js";

// "« Tilbage til ledige stillinger", "Se alle job ›": a link's arrow is no part of its words, nor a menu's ("Mest relevante ▾"),
// nor the ellipsis of a cut text before its button ("…Vis mere")
const ARROWS = " «‹←<»›→>▾▼…";
function unarrowed(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && ARROWS.includes(text[a])) a++;
  while (b > a && ARROWS.includes(text[b - 1])) b--;
  return text.slice(a, b);
}
// (and a button drawn in brackets, "[ Søg stillingen ]", is its words)
const unbracketed = (text: string) => (text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1).trim() : text);
const key = (text: string) => trimTrailing(unarrowed(unbracketed(text.trim())).toLowerCase(), " \t.:!").replace(/\s+/gu, " ");

/** A list item's mark before its text: "- ", "* ", "• ". */
const LIST_MARK = /^[-*•▪·]\s+/u;
const COOKIE_WORD = /cookie/iu;

/**
 * A button's word ("Søg", "Kontakt") heading the body's section under it: the sentence under it says how to apply, or
 * whom to call (not a job board's "Opret en profil, så kan du gemme …" under its button).
 */
function headsItsSection(text: string, next: string): boolean {
  const cue = BUTTON_HEADINGS.get(key(text));
  return cue !== undefined && words(next, PROSE_WORDS) >= PROSE_WORDS && (cue === "contact" ? holdsContactDetail(next) : APPLYING.test(next));
}

/** The longest button or link line ("Spring til hovedindhold", "Tilbage til ledige stillinger") in words. */
const MAX_UI_WORDS = 5;

/** A menu: this many short lines in a row, most of them menu words. */
const MENU_RUN = 3;

/**
 * The page's furniture among `lines`, and the rest; `browser` when some of it
 * is a browser's (a menu, a breadcrumb, a cookie banner, a button, or a line
 * the reader knew for the page's), not only a footer of contact details,
 * which a printed profile may end with too.
 */
export function findFurniture(lines: SourceLine[]): { kept: SourceLine[]; furniture: SourceLine[]; browser: boolean } {
  const found = new Set<SourceLine>();
  const content = lines.filter((l) => l.text.trim());
  // the page's head ends at its first line of prose: a breadcrumb stands above it
  let proseSeen = false;
  let firstProse = content.length;
  for (let at = 0; at < content.length; at++) {
    const l = content[at];
    if (!proseSeen && words(l.text, PROSE_WORDS) >= PROSE_WORDS) {
      proseSeen = true;
      firstProse = at;
    }
    // the reader knew it (an HTML page's menus and footer around the posting)
    if (l.furniture) {
      found.add(l);
      continue;
    }
    const text = l.text.trim();
    // Cheap tests first: this runs for every line of every document, and furniture is rare.
    // a page's tools set as a list ("- Udskriv siden", "- Del på Facebook") are its buttons still
    if (words(text, MAX_UI_WORDS + 1) <= MAX_UI_WORDS + 1 && (UI_LINES.has(key(text.replace(LIST_MARK, ""))) || SEARCH_FIELD.test(text))) {
      // "Søg" over "Send din ansøgning … senest …" in the body: a section's heading the button's word, not the button
      if (!(proseSeen && headsItsSection(text, content[at + 1]?.text ?? ""))) found.add(l);
    }
    else if (text.length <= 200 && isBreadcrumb(text, !proseSeen)) found.add(l);
    // A cookie banner's sentence: short, and about cookies. A job text never talks about them.
    else if (text.length < 300 && COOKIE_WORD.test(text) && COOKIE_LINE.test(text)) found.add(l);
    else if (text.length <= 200 && isMenuLine(text)) found.add(l);
    else if (text.length <= 200 && (text.startsWith("#") || /\d/u.test(text)) && SOCIAL_LINES.some((re) => re.test(text))) found.add(l);
    else if (text.length <= 120 && SOCIAL_PROMPTS.some((re) => re.test(text))) found.add(l);
    else if (text.length <= CAPTION_CHARS && PHOTO_CREDIT.test(text)) found.add(l);
    else if (text.length <= 100 && MORE_POSTS_LINK.test(text)) found.add(l);
  }
  // A menu: a run of short unpunctuated lines, most of them menu words or lines already found; its menu words, and a
  // site's own menu words beside them, are furniture.
  for (let i = 0; i < content.length; ) {
    let j = i;
    while (j < content.length && isShortLink(content[j].text)) j++;
    if (j - i >= MENU_RUN) {
      let run = content.slice(i, j);
      const navLike = (l: SourceLine) => NAV_WORDS.has(key(l.text)) || found.has(l);
      // (the post's own short lines after the menu, "Job › Viceforstander" over "Viceforstander til efterskolen", run
      // on with it where no blank line is kept: the menu ends at its last entry and one of the site's own words after it)
      let last = run.length - 1;
      while (last >= 0 && !navLike(run[last])) last--;
      // (a one-word post after it, "Viceforstander", is the page's title, no word of the site's)
      if (last >= 0 && last + 2 < run.length) run = run.slice(0, last + (isSiteMenuWord(run[last + 1].text) && !namesPost(run[last + 1].text) ? 2 : 1));
      const nav = run.filter(navLike).length;
      if (run.length >= MENU_RUN && nav * 2 >= run.length && nav >= 2) {
        const isNav = run.map((l) => NAV_WORDS.has(key(l.text)));
        // a site's own menu words ("Privat", "Driftsinfo") stand beside the common ones: one word next to a menu word is
        // the menu's too, while a name over the menu ("Fjordland Forsyning", "Region Syddanmark") is two; and an "Om …"
        // entry between two menu words is the menu's ("Nyheder" / "Om ministeriet" / "Job")
        const menu = new Set<SourceLine>();
        run.forEach((l, k) => {
          // ("Sådan søger du" between "Ledige stillinger" and "Log ind" is the menu's; over the ad's own text, a heading)
          const between = (isNav[k - 1] || found.has(run[k - 1]) || menu.has(run[k - 1])) && (isNav[k + 1] || found.has(run[k + 1]));
          if (isNav[k] || (isSiteMenuWord(l.text) && (isNav[k - 1] || isNav[k + 1])) || (isNav[k - 1] && isNav[k + 1] && ABOUT_MENU_ENTRY.test(l.text.trim())) || (between && MENU_OR_HEADING_WORDS.has(key(l.text))))
            menu.add(l);
        });
        for (const l of menu) found.add(l);
        // above the page's first prose, an entry of the site's own between two of the menu's entries is the menu's ("Om
        // skolen" / "Linjer og fag" / "Optagelse"): no heading of the ad stands in the page's head; not between the page's
        // buttons ("Udskriv" / "Lærer i udskolingen" / "Del på LinkedIn"), and never a house's name ("Børn og Unge"), a
        // post's or a heading the vocabulary knows ("Om stillingen", "Ledig stilling")
        if (i < firstProse)
          for (let k = 1; k < run.length - 1; k++)
            if (menu.has(run[k - 1]) && menu.has(run[k + 1]) && !isHouseNameLine(run[k].text) && !namesPost(run[k].text) && !isKnownHeading(run[k].text)) found.add(run[k]);
      }
    }
    i = Math.max(j, i + 1);
  }
  const browser = found.size > 0;
  markFooters(lines, found);
  // "LinkedIn Corporation © 2027" on its own, no footer of details around it (after them: a footer counts its line)
  for (const l of content) if (l.text.length <= 120 && l.text.includes("©") && COPYRIGHT_LINE.test(l.text.trim())) found.add(l);
  markEndNotes(content, found);
  markComments(content, found);
  markGroup(content, found);
  markPoster(content, found);
  markLinkCards(content, found);
  if (found.size === 0) return { kept: lines, furniture: [], browser };
  return { kept: lines.filter((l) => !found.has(l)), furniture: lines.filter((l) => found.has(l)), browser };
}

/**
 * A site's own menu word ("Privat", "Driftsinfo"): one word, and no
 * organisation's one-word name ("Nationalmuseet", "Klimadatastyrelsen"),
 * which a page's logo sets beside its menu.
 */
function isSiteMenuWord(text: string): boolean {
  const t = text.trim();
  if (/\s/u.test(t) || t.length > 20) return false;
  const lower = t.toLowerCase();
  return !ORGANISATION_WORD_ENDINGS.some((e) => lower.endsWith(e));
}

/** A line that names a post by one of its words ("Lærer i udskolingen", "Viceforstander"). */
const namesPost = (text: string): boolean => text.split(/[\s/–-]+/u).some((w) => w.length > 2 && isPositionNoun(w.replace(/[^\p{L}]/gu, "")));
/** A section's heading the vocabulary knows ("Om stillingen"), or one about the post or the reader ("Kort om jobbet"). */
const isKnownHeading = (text: string): boolean => STRONG_HEADING_KEYS.has(vocabularyKey(text)) || GENERIC_HEADINGS.has(vocabularyKey(text)) || POST_OR_READER.test(text);

/**
 * A house's name or a unit's: its words capitalised but for the small words that join them ("Region Syddanmark", "Børn og
 * Unge", "Center for Sundhed"), or one word a house's ("Beskæftigelsesministeriet").
 */
function isHouseNameLine(text: string): boolean {
  const parts = text.trim().split(/\s+/u);
  return parts.length === 1 ? !isSiteMenuWord(parts[0]) : /^\p{Lu}/u.test(parts[0]) && parts.every((w) => /^\p{Lu}/u.test(w) || NAME_JOINERS.has(w) || w === "&");
}

/** "Forside › Job › Ledige stillinger › Planlægger": also read by the header, whose last crumb may name the post. */
export function isBreadcrumb(text: string, inHead = false): boolean {
  if (BREADCRUMB_START.test(text)) return (text.match(BREADCRUMB_SEPARATOR)?.length ?? 0) >= 1;
  // "Job i Viborg Kommune > Ledelse > Vicekommunaldirektør": a trail of arrows above the page's prose, from its job pages
  // or to a post, each step before the last a few words without dates ("Ansøgningsfrist 1. marts 2027 › 1. samtale …" is
  // a timeline, "Ansøgning > Samtale > Test > Ansættelse" a process's steps, "Nærvær › Faglighed › Udvikling" values)
  if (!inHead || text.length > BREADCRUMB_LENGTH) return false;
  const steps = text.split(BREADCRUMB_ARROW).map((s) => s.trim());
  if (steps.length < 3 || !steps.slice(0, -1).every((s) => s !== "" && !/[\d.!?]/u.test(s) && words(s, BREADCRUMB_STEP_WORDS + 1) <= BREADCRUMB_STEP_WORDS)) return false;
  const last = steps.at(-1)!;
  return BREADCRUMB_JOB_STEP.test(steps[0]) || last.split(/[\s,]+/u).some((w) => isPositionNoun(w.toLowerCase()));
}
const BREADCRUMB_LENGTH = 160;
const BREADCRUMB_STEP_WORDS = 4;
/** A line of prose this long (in words) ends the page's head: a breadcrumb stands above it. */
const PROSE_WORDS = 12;

/** Between a share row's buttons: two spaces will do, where a menu's entries need three. */
const SHARE_GAP = /\s{2,}/u;
/** Between the entries of a menu copied as one line: a run of spaces or tabs, or a bar or dot between spaces. */
const MENU_GAP = /\s{3,}|\t+|\s[|·•]\s/u;
const MENU_GAPS = new RegExp(MENU_GAP.source, "gu");

/** "Kurser   Lange kurser   Om skolen   Job   Kontakt": a menu on one line, held to the same test as a run of menu lines. */
function isMenuLine(text: string): boolean {
  // "Del  Facebook  LinkedIn  X  Send på mail  Print": a share row, two spaces between its buttons
  const share = text.split(SHARE_GAP);
  if (share.length >= 3 && UI_LINES.has(key(share[0].replace(/:$/u, ""))) && share.slice(1).every((e) => SHARE_TARGETS.has(key(e)))) return true;
  // "Borger  Erhverv  Politik  Job i kommunen  Kontakt": a menu of two spaces between its entries, most of them the
  // menu's own words
  if (!MENU_GAP.test(text)) {
    const nav = share.filter((e) => NAV_WORDS.has(key(e))).length;
    return share.length >= MENU_RUN + 1 && share.every(isShortLink) && nav >= 2 && nav * 2 > share.length;
  }
  const entries = text.split(MENU_GAPS).filter((e) => e.trim());
  // "Del siden   Print   Lyt til teksten": a row of the page's buttons; "Søg stillingen    Gem job    Del: Facebook ·
  // LinkedIn · Kopiér link", the share button's networks among them
  const shareEntry = (e: string) => {
    const labelled = buttonLabel(e);
    return SHARE_TARGETS.has(key(e)) || (!!labelled?.rest && UI_LINES.has(key(labelled.label)) && SHARE_TARGETS.has(key(labelled.rest)));
  };
  if (entries.length >= 2 && UI_LINES.has(key(entries[0])) && entries.every((e) => UI_LINES.has(key(e)) || shareEntry(e))) return true;
  // "Del stillingen: LinkedIn · Facebook · E-mail": a button's label over the networks it shares to
  // (or "Del:   Facebook   LinkedIn   X   E-mail   Udskriv", the label an entry of its own)
  const first = buttonLabel(entries[0]);
  const targets = first && !first.rest ? entries.slice(1) : [first?.rest ?? entries[0], ...entries.slice(1)];
  if (first && targets.length > 0 && UI_LINES.has(key(first.label)) && targets.every((e) => SHARE_TARGETS.has(key(e)))) return true;
  if (entries.length < MENU_RUN || !entries.every(isShortLink)) return false;
  // (on one line among the menu's entries, "Sådan søger du" is one too, and so is a menu's verb with its object, "Kontakt
  // HR", "Log ind"; not "Sundhed Øst   Sundhed Vest", an org chart's boxes)
  const navEntry = (e: string) => {
    const k = key(e);
    const parts = k.split(" ");
    return NAV_WORDS.has(k) || MENU_OR_HEADING_WORDS.has(k) || (parts.length === 2 && MENU_VERBS.has(parts[0]));
  };
  const nav = entries.filter(navEntry).length;
  return nav >= 2 && nav * 2 >= entries.length;
}

/** "Del: Facebook": a button's label and what follows its colon (empty where the label is an entry of its own). */
function buttonLabel(entry: string): { label: string; rest: string } | null {
  const m = /^([^:]{2,30}):(?:\s+|$)/u.exec(entry);
  return m ? { label: m[1], rest: entry.slice(m[0].length) } : null;
}

/** A menu entry: one to three words, no sentence mark, no digits. */
const isShortLink = (text: string) => {
  const t = text.trim();
  return words(t, 3) <= 3 && !/[.,:;!?]$|\d/u.test(t);
};

/** A picture's caption with its credit ("Sildefiskere på havnen, ca. 1912. Foto: Museets billedarkiv") is short. */
const CAPTION_CHARS = 160;

/** A footer's line is short (a row of details between dots, "Lolland Kommune · Jernbanevej 7 · … · lolland@lolland.dk · CVR …", at most this long); a footer holds this many lines at most. */
const FOOTER_LINE_CHARS = 130;
const FOOTER_LINES = 14;
/** A footer's groups stand among the text's last lines: this many with text. */
const FOOTER_TAIL_LINES = 30;

/**
 * "Vikingeskibsmuseet" / "Vindeboder 12" / "4000 Roskilde" / "Tlf. 4630
 * 0299" / "CVR 61 34 58 18" / "© Vikingeskibsmuseet 2027": the site's
 * footer as a browser copies it, a group of short lines between blank lines
 * that are nothing but contact details, one of them a postcode or a site
 * (the page's other furniture may stand among them). Its phone and address
 * are the site's, no contact of the post.
 */
function markFooters(lines: SourceLine[], found: Set<SourceLine>): void {
  // the footer's group just before, blank lines between: "Telefon: …" / "E-mail: …" / "CVR-nr.: …" under its address;
  // only at the text's end, where the site's footer stands (a contact's card in the text may be split the same way)
  let afterFooter = false;
  let tail = lines.length;
  for (let n = 0; tail > 0 && n < FOOTER_TAIL_LINES; tail--) if (lines[tail - 1].text.trim()) n++;
  for (let i = 0; i < lines.length; ) {
    if (!lines[i].text.trim()) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j].text.trim()) j++;
    const group = lines.slice(i, j);
    const details = group.filter((l) => !found.has(l)).map((l) => l.text.trim());
    const needsPlace: boolean = !(afterFooter && i >= tail);
    // (its opening hours among them, in words no detail's pattern knows: the house's too, "Kontoret har åbent …")
    const contact = (ds: string[]): boolean => ds.length > 0 && isContactDetails(ds.join("\n"), FOOTER_LINES, FOOTER_LINES * FOOTER_LINE_CHARS, needsPlace);
    const footer: boolean =
      group.length <= FOOTER_LINES &&
      details.length >= 2 &&
      details.every((t) => t.length <= FOOTER_LINE_CHARS) &&
      (contact(details) || contact(details.filter((t) => !OPENING_HOURS_LINE.test(t))));
    if (footer) for (const l of group) found.add(l);
    else if (group.length > FOOTER_LINES) markCard(group, Math.max(0, tail - i), found);
    afterFooter = footer;
    i = j;
  }
}

/** A house's card holds this many lines above its postcode at most: its name, its unit's, its street. */
const CARD_LINES_ABOVE = 3;
/**
 * A hospital's or a campus's street numbers, "Hobrovej 18-22": read as its first for the card's street (only here: in a
 * piece of the text, a person's card under her name holds the same street).
 */
const HOUSE_NUMBERS = /^(.* \d{1,3})[-–]\d{1,3}$/u;

/**
 * "Søg stillingen" / "Region Nordjylland" / "Aalborg Universitetshospital" / "Hobrovej 18-22" / "9000 Aalborg" /
 * "Telefon: 97 64 30 00" / "E-mail: …" / "EAN: …": the site's footer as a browser copies a page without blank lines,
 * inside the text's last group from `from` on. It stands right under the page's other furniture (a button, a share
 * row) and opens on the house's name, so a contact's own card, under her name, is never taken for it.
 */
function markCard(group: SourceLine[], from: number, found: Set<SourceLine>): void {
  for (let p = from; p < group.length; p++) {
    if (found.has(group[p]) || !CONTACT_DETAIL_PARTS.postcode.test(group[p].text.trim())) continue;
    let start = p;
    while (start > 0 && p - start < CARD_LINES_ABOVE && !found.has(group[start - 1])) start--;
    // the card opens on the house's name ("Region Nordjylland"), not a person's ("Hanne Dahl") nor a label ("Arbejdssted")
    if (start === 0 || !found.has(group[start - 1]) || !isOrganisationName(group[start].text.trim())) continue;
    let end = p + 1;
    while (end < group.length && !found.has(group[end]) && group[end].text.trim().length <= FOOTER_LINE_CHARS) end++;
    // the lines below the postcode as far as they are details, the rest the page's other furniture or text (its postcode
    // its place: the labelled mail under it is the house's, as in a footer's next group)
    for (; end > p; end--) {
      const card = group.slice(start, end);
      if (!isContactDetails(card.map((l) => l.text.trim().replace(HOUSE_NUMBERS, "$1")).join("\n"), FOOTER_LINES, FOOTER_LINES * FOOTER_LINE_CHARS, false)) continue;
      for (const l of card) found.add(l);
      p = end - 1;
      break;
    }
  }
}

/** "Kristian Haahr, Senior Consultant", "Mette Lund, chefkonsulent": a name of two to four words, then a post. */
const NAME_AND_POST = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}, (?:\p{L}+ ){0,2}(\p{L}+)$/u;
function isNameAndPost(line: string): boolean {
  const m = NAME_AND_POST.exec(line.trim());
  return !!m && isPositionNoun(m[1].toLowerCase());
}

/** The longest line that may begin the comments ("Mest relevante", "Alle kommentarer"), with its spaces. */
const COMMENTS_START_CHARS = 30;
/** How near under the post's buttons (already found) its comments begin, in lines with text. */
const COMMENTS_AFTER_BUTTONS = 4;

/**
 * "Synes godt om" / "Kommenter" / "Del" / "Mest relevante" / "Anne Hansen" / "Del gerne! …": a social post copied with
 * its comments. From where they begin under the buttons to the end, its readers' words and the page's answers: kept,
 * filed as the page's, and no source of facts (a commenter's name is no contact, a reply's date no deadline).
 */
function markComments(content: SourceLine[], found: Set<SourceLine>): void {
  // a job board's "Sortér efter: Nyeste" over its list stands near the top, under no network's buttons
  const start = content.findIndex(
    (l, k) =>
      k > content.length / 3 &&
      l.text.length <= COMMENTS_START_CHARS &&
      COMMENTS_START.test(key(l.text)) &&
      content.slice(Math.max(0, k - COMMENTS_AFTER_BUTTONS), k).some((b) => found.has(b) && isSocialButtons(b.text)),
  );
  if (start >= 0) for (const l of content.slice(start)) found.add(l);
}

/** A post's buttons, one a line ("Synes godt om") or in a row ("Synes godt om    Kommenter    Genopslå    Send", "Synes godt om · Kommenter"). */
function isSocialButtons(text: string): boolean {
  if (SOCIAL_BUTTONS.has(key(text))) return true;
  const parts = text.trim().split(/\s{2,}|\t|\s[·•]\s/u);
  return parts.length >= 2 && parts.length <= 6 && parts.some((p) => SOCIAL_BUTTONS.has(key(p)));
}

/**
 * "Skoleledere og ledelsesteams i Danmark" / "Privat gruppe · 6,8K medlemmer": the group a post was shared in, near the
 * text's start, its name on the line above. The network's, not the post's title.
 */
function markGroup(content: SourceLine[], found: Set<SourceLine>): void {
  const at = content.slice(0, POSTER_REACH).findIndex((l) => GROUP_LINE.test(l.text.trim()));
  if (at < 0) return;
  found.add(content[at]);
  const name = content[at - 1];
  if (name && name.text.trim().length <= POSTER_LINE_CHARS && !/[.!?]$/u.test(name.text.trim())) found.add(name);
}

/** A post's age stands this near the text's start, under at most this many lines of who posted it. */
const POSTER_REACH = 12;
const POSTER_LINES = 4;
const POSTER_LINE_CHARS = 100;

/**
 * Who posted a social network's post: the short lines above its age ("Mette Kjærgaard Lund" / "• 2." /
 * "Områdeleder, Socialpsykiatri og Handicap i Viborg Kommune" / "1 u • Redigeret •"). The poster's headline is no
 * title of the post, nor its employer.
 */
function markPoster(content: SourceLine[], found: Set<SourceLine>): void {
  const at = content.slice(0, POSTER_REACH).findIndex((l) => l.text.length <= 40 && POST_AGE.test(l.text.trim()));
  if (at < 0) return;
  const above = content.slice(Math.max(0, at - POSTER_LINES), at);
  if (above.length === 0 || above.some((l) => !found.has(l) && (l.text.trim().length > POSTER_LINE_CHARS || /[.!?]$/u.test(l.text.trim())))) return;
  for (const l of [...above, content[at]]) found.add(l);
}

/** A link card's title and summary under its domain: a line or two. */
const LINK_CARD_LINES = 2;
const LINK_CARD_LINE_CHARS = 200;

/**
 * "FAXEKOMMUNE.DK" / "Chef for Kultur og Fritid - Faxe Kommune" / "Vil du lede et område med …": a post's preview of
 * the page it links to, the page's title and summary under its domain. The linked page's words, not the post's.
 */
function markLinkCards(content: SourceLine[], found: Set<SourceLine>): void {
  // only under a social post, whose buttons or counts were found: a page's own "KOLDING.DK" over its ad is its logo's
  if (!content.some((l) => found.has(l) && (isSocialButtons(l.text) || SOCIAL_LINES.some((re) => re.test(l.text.trim()))))) return;
  content.forEach((l, k) => {
    if (l.text.length > 60 || !LINK_CARD_DOMAIN.test(l.text.trim())) return;
    found.add(l);
    for (const card of content.slice(k + 1, k + 1 + LINK_CARD_LINES)) {
      if (card.text.length > LINK_CARD_LINE_CHARS || found.has(card)) break;
      found.add(card);
    }
  });
}

/** A note's mark at its line's start: a Markdown footnote's "[^1]: …", a Google Docs comment's "[a]Skal vi …". */
const NOTE_MARK = /^\[(\^[\w-]{1,20}|[a-z]{1,2})\]:?\s*\S/u;

/**
 * The lines of a Markdown footnote, its mark's line and those it wraps onto up to a blank line: the author's own word
 * on the text, whose facts are the text's ("[^3]: Testen består af Garuda og …"), where a draft's comment's ("[a]Skal
 * vi …") are no one's.
 */
export function footnoteLines(lines: readonly SourceLine[]): Set<SourceLine> {
  const out = new Set<SourceLine>();
  let open = false;
  for (const l of lines) {
    const t = l.text.trim();
    open = t !== "" && ((t.startsWith("[^") && !!NOTE_MARK.exec(t)) || open);
    if (open) out.add(l);
  }
  return out;
}
/** How far from the end the notes may begin, in lines with text. */
const NOTES_LINES = 40;

/**
 * The document's notes at its end: footnotes, or a draft's comments and the
 * replies under them, each opening with the mark that stands in the text
 * above ("… efter overenskomst[a]" and "[a]Skal vi nævne lønnen her? –
 * Mette"). Notes on the text, not the text: kept, filed as the page's, and no
 * source of facts (a commenter is no contact).
 */
function markEndNotes(content: SourceLine[], found: Set<SourceLine>): void {
  const isNote = (k: number) => {
    const mark = NOTE_MARK.exec(content[k].text.trim());
    return !!mark && content.slice(0, k).some((l) => l.text.includes(`[${mark[1]}]`) && !NOTE_MARK.test(l.text.trim()));
  };
  const notes: number[] = [];
  for (let k = content.length - 1; k >= 0 && content.length - k <= NOTES_LINES; k--) if (isNote(k)) notes.push(k);
  if (!notes.length) return;
  // the replies under the notes are short and no more than the notes: a footnote written under its paragraph, the
  // text going on after it ("Løn og vilkår", …), leaves the text the text's
  const tail = content.slice(notes.at(-1));
  const replies = tail.length - notes.length;
  if (replies <= notes.length && tail.every((l) => l.text.length <= REPLY_CHARS)) for (const l of tail) found.add(l);
  else for (const k of notes) found.add(content[k]);
}
/** A comment's reply, or a note, is at most this long. */
const REPLY_CHARS = 300;

/**
 * "Niels Bohrs Vej 30" / "9220 Aalborg Øst" / "Følg os på LinkedIn": a line
 * or a few of nothing but an address, a site and the like, one of them a
 * postcode or a web address. A sentence about them is not this. Also read
 * by the segmenter, for such lines inside one block. A group that goes on
 * from a footer's (`needsPlace` false) has its place in the group above.
 */
export function isContactDetails(text: string, maxParts = 12, maxChars = 240, needsPlace = true): boolean {
  // every part that is a place holds a postcode or a web address: without one, no split nor part need be read
  if (text.length > maxChars || (needsPlace && !CONTACT_DETAIL_PARTS.placeMark.test(text))) return false;
  // (a line that ends on its separator, "… · 8000 Aarhus C ·" over "www.kl-executive.dk", parts there as well)
  const parts = text.split(/\n| [·|•–-] |, /u).map((p) => p.trim().replace(/\s[·|•]$|\.$/u, "")).filter(Boolean);
  if (parts.length < 2 || parts.length > maxParts) return false;
  // "Kristian Haahr, Senior Consultant": a person's name and post on a line, her card, not the house's
  if (text.split("\n").some(isNameAndPost)) return false;
  let places = 0;
  for (const part of parts) {
    if (CONTACT_DETAIL_PARTS.place.some((re) => re.test(part))) places++;
    // a street, whatever title the name it bears opens with ("Borgmester Ib Juuls Vej 1")
    else if (CONTACT_DETAIL_PARTS.street.test(part)) continue;
    // "Seniorkonsulent Per Hviid, Rekruttering.dk": a person to ask, the text's further information
    else if (
      isPositionNoun(part.split(" ")[0].toLowerCase()) ||
      !(CONTACT_DETAIL_PARTS.other.some((re) => re.test(part)) || (!needsPlace && CONTACT_DETAIL_PARTS.continued.some((re) => re.test(part))))
    )
      return false;
  }
  return places > 0 || !needsPlace;
}

