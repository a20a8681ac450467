/** A publication date as files write it ("2027-09-02T09:30:00+02:00", "2027-09-02"): its day, or null when it is none. */
export function isoDay(value: string | null | undefined): string | null {
  const m = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?![\d])/u);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? m[0] : null;
}

/** Front matter's publication date: the first of its keys that site generators use for it. */
const FRONT_MATTER_DATE = /^(?:date|published|publishdate|pubdate|publish_date)\s*:\s*["']?([^"'\s#]+)/imu;

export function publishedInFrontMatter(yaml: string): string | null {
  return isoDay(yaml.match(FRONT_MATTER_DATE)?.[1]);
}

/** Front matter's title, as a site generator prints it over the page ("Skoleleder til Vestbyskolen"). */
const FRONT_MATTER_TITLE = /^title[ \t]*:(.*)$/imu;

/**
 * The title's value read as YAML writes a plain or a quoted scalar on one line, its comment after " #" left out; a
 * block scalar (">-", "|") is none here: the YAML library is not loaded for one key (test/lazy-loading.test.ts).
 */
export function titleInFrontMatter(yaml: string): string | null {
  const value = yaml.match(FRONT_MATTER_TITLE)?.[1].trim() ?? "";
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    const end = value.indexOf(quote, 1);
    return end > 1 ? value.slice(1, end).trim() || null : null;
  }
  if (/^[>|]/u.test(value)) return null;
  return value.replace(/\s#.*$/u, "").trim() || null;
}
