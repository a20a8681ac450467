/**
 * What a web page carries around its posting: navigation, banners, cookie
 * dialogs, share buttons. Kept here as data, apart from the renderer, so that
 * a new cue is one line. The cues are the words sites put in class names,
 * ids, roles and aria-labels (English in markup, Danish in labels).
 */

/** Elements that never hold the posting's text, wherever they stand. */
export const NEVER_CONTENT = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "form",
  "iframe",
  "frame",
  "frameset",
  "svg",
  "math",
  "canvas",
  "object",
  "embed",
  "video",
  "audio",
  "picture",
  "img",
  // a photo's caption ("Foto: …") is the page's, beside the posting: kept as its furniture
  "figcaption",
  "map",
  "button",
  "input",
  "select",
  "textarea",
  "dialog",
  "nav",
  "head",
  "title",
  "meta",
  "link",
]);

/**
 * Elements whose text no reader sees on the page (code, media, form fields,
 * the head): left out even of the page's furniture, which is kept.
 */
export const NEVER_SEEN = new Set([
  "script", "style", "noscript", "template", "iframe", "frame", "frameset", "svg", "math", "canvas", "object", "embed",
  "video", "audio", "picture", "img", "map", "input", "select", "textarea", "head", "title", "meta", "link",
]);

/**
 * Page furniture when it frames the page; inside the chosen `<main>` or
 * `<article>`, a header holds the posting's title and an aside its fact box,
 * so these are dropped only outside it (the renderer never sees them then).
 */
export const PAGE_FURNITURE = new Set(["header", "footer", "aside"]);

/** ARIA roles of page furniture and pop-ups. */
export const BOILERPLATE_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "search",
  "menu",
  "menubar",
  "toolbar",
  "dialog",
  "alertdialog",
]);

/**
 * Class and id cues, matched as whole dash/underscore-separated parts of a
 * token ("cookie-banner", "share_buttons", "site-navbar"), so that "menu"
 * does not catch "menukort" nor "nav" "canvas".
 */
export const BOILERPLATE_TOKEN_PARTS = new Set([
  "cookie",
  "cookies",
  "cookiebanner",
  "cookieconsent",
  "consent",
  "gdpr",
  "share",
  "sharing",
  "social",
  "some", // "some-links": sociale medier
  "breadcrumb",
  "breadcrumbs",
  "menu",
  "navbar",
  "nav",
  "navigation",
  "skip",
  "skiplink",
  "newsletter",
  "related",
  "addthis",
  "sharethis",
  "print",
  // Links styled as buttons ("Søg stillingen", "Gem job") are calls to action, not the posting's text.
  "btn",
  "button",
]);

/**
 * Class and id words that say where a box stands, not what it holds. Like an
 * `<aside>`, a sidebar is furniture when it frames the page, but inside the
 * chosen `<main>` or `<article>` it holds the job's fact box beside its
 * "Relaterede stillinger" ("layout-sidebar-second"), and the box's own cues
 * sort the two. Matched as whole parts, as above.
 */
export const POSITION_TOKEN_PARTS = new Set(["sidebar"]);

/**
 * Class and id words of a site's own header and footer ("site-footer",
 * "footer__col", "l-header"), for pages that do not use the elements. The
 * same words name a posting's own parts ("article__footer" with its contact,
 * "page-header" with its title), so they are furniture only outside the box
 * that holds the posting from its title to its text. Matched as whole parts.
 */
export const FRAME_TOKEN_PARTS = new Set(["header", "footer", "masthead"]);

/** Substrings of class/id tokens too distinctive to need word boundaries ("CybotCookiebotDialog", "onetrust-banner-sdk"). */
export const BOILERPLATE_SUBSTRINGS = ["cookie", "consent", "cybot", "onetrust", "breadcrumb", "navbar", "addtoany"];

/**
 * A breadcrumb trail's list or nav, by a class, id or label ("breadcrumb",
 * "kk-crumbs", "Brødkrummesti"): kept where the whole page is read, but shown
 * as a reader sees it, without an ordered list's numbers.
 */
export const BREADCRUMB_MARK = /crumb|brødkrumme|brodkrumme/iu;

/** aria-label cues, Danish and English ("Del opslaget", "Brødkrummesti", "Hovedmenu"). */
export const BOILERPLATE_LABEL = /cookie|samtykke|consent|brødkrumme|breadcrumb|menu|navigation|^del\b|\bdel (?:på|opslag|job|siden)|\bshare\b/i;
