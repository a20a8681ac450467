/** Words that make a line the name of a post ("Direktør for Børn og Unge", "Chef for Økonomi og Stab"). */
export const POSITION_WORDS =
  /(direktør|chef|leder|konsulent|sekretær|koordinator|specialist|rådgiver|partner|formand|ansvarlig|manager|officer|forstander|inspektør|overlæge|sygeplejerske|medarbejder|fuldmægtig|controller|økonom|jurist|arkitekt|ingeniør|bestyrer|redaktør|rektor|dekan|sekretariatschef)/iu;

/** The kinds of organisation that hire through profiles, and how their names are built. */
export const EMPLOYER_PATTERNS: RegExp[] = [
  /\b((?:[A-ZÆØÅ][a-zæøå]+|[A-ZÆØÅ]{2,})(?:-(?:[A-ZÆØÅ][a-zæøå]+|[A-ZÆØÅ]{2,}))*)\s+(?:Kommunes?|KOMMUNES?)\b/gu,
  /\b(Region (?:Hovedstaden|Sjælland|Syddanmark|Midtjylland|Nordjylland))s?\b/gu,
  /\b([A-ZÆØÅ][a-zæøå]+ (?:Universitet|Universitetshospital|Hospital|Forsyning|Havn|Lufthavn))s?\b/gu,
  /\b((?:Styrelsen|Ministeriet|Direktoratet|Agenturet|Nævnet) for [A-ZÆØÅ][a-zæøå]+(?:(?:,| og) [A-ZÆØÅ][a-zæøå]+){0,3})\b/gu,
];
