/**
 * Dates as feeds, APIs and news listings print them. The reading itself is shared/time's (one behaviour for
 * fetch and parse); this module keeps the fetch-side names and reads dates out of URLs.
 */
import { ALMATY, instantOf, parseDate, toZonedIso, zoneForUrl } from '../time/index.ts';

/** The zone a source at a URL prints its dates in (for the adapters: listings of Chinese sites are Beijing time). */
export { zoneForUrl } from '../time/index.ts';

/** Formats an instant as ISO 8601 in Almaty time with Almaty's offset then (`+06:00` before March 2024). */
export function toAlmatyIso(date: Date): string {
  return toZonedIso(date, ALMATY);
}

/**
 * Parses a date as printed by feeds, APIs and news listings into ISO 8601 with offset, or null: ISO / RFC 822
 * with or without zone, `26.04.2025 13:51`, «Сегодня, 13:51», «Вчера», «Бүгін», «Кеше», «5 минут назад»,
 * "13:51, 15 августа 2025", "15 август 2025", "April 26, 2025", «15 мая» (year from `now`). Zone-less times are
 * read in `zone` (the source's; default Asia/Almaty) and every result is written in it (see shared/time/parse.ts).
 */
export function parseLooseDate(
  input: string | null | undefined,
  now: Date = new Date(),
  zone: string = ALMATY,
): string | null {
  return parseDate(input, { now, zone });
}

/**
 * A date read from a URL path (`/2024/05/20/`, `t20250426_`), as midnight of that day in the zone the site
 * prints its dates in (Beijing for Chinese government and state-media hosts, Almaty otherwise), or null.
 */
export function dateFromUrl(url: string): string | null {
  const m = /\/(20\d{2})\/(\d{2})\/(\d{2})\//.exec(url) ?? /\/t(20\d{2})(\d{2})(\d{2})_\d+/.exec(url);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return null;
  const zone = zoneForUrl(url);
  return toZonedIso(instantOf({ y, mo, d, h: 0, mi: 0, s: 0 }, zone), zone);
}
