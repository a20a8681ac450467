/**
 * The kinds of post an analyst compares pay across, and the words of a title
 * that say which. A title's post noun is the first word that ends in one of
 * the heads ("Skolechef" is a chef, "Afdelingsleder" a leder, "Chefkonsulent"
 * neither); a longer head wins over a shorter one it ends in, so
 * "Kommunaldirektør" is not just a direktør.
 */

export const POST_TYPES = ["kommunaldirektør", "direktør", "chef", "leder"] as const;
export type PostType = (typeof POST_TYPES)[number];

/** Word endings for each post type, longest first where one ends another. */
export const POST_TYPE_HEADS: readonly (readonly [string, PostType])[] = [
  // the top official of a kommune; Copenhagen and Aarhus call the post "stadsdirektør"
  ["kommunaldirektør", "kommunaldirektør"],
  ["stadsdirektør", "kommunaldirektør"],
  ["direktør", "direktør"],
  ["chef", "chef"],
  ["leder", "leder"],
];

/** Words that end in a head but name no manager: a "studievejleder" guides students. */
export const NOT_POST_TYPE_HEADS: readonly string[] = ["vejleder", "medleder"];

/** Endings a post noun takes in a title: "Chefen for …", "Ledere til …", "Direktøren". */
export const POST_NOUN_INFLECTIONS = ["", "en", "e", "er", "erne", "ne"] as const;
