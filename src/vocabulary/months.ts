/** Danish month names and their abbreviations, as they stand after a day number ("7. juni", "12. aug."), and the English ones that differ. */
export const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, februar: 2, feb: 2, marts: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, december: 12, dec: 12,
  // an English part's months, where they differ ("4 May 2027", "1 October 2027")
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, october: 10,
};

export const MONTH_WORDS: ReadonlySet<string> = new Set(Object.keys(MONTHS));

/** The English months as an English text writes them before the day ("April 20, 2027"): capitalised, in full. */
export const ENGLISH_MONTHS_FIRST = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
