/**
 * Time zones from the platform's tz database (Intl), never a fixed offset: Asia/Almaty was UTC+6 until
 * 1 March 2024 and is UTC+5 since; a 2019 page printed in Almaty time is six hours ahead of UTC.
 */

/** Kazakhstan (one zone for the whole country since 1 March 2024). */
export const ALMATY = 'Asia/Almaty';
/** China (Beijing time; the tz database names it after Shanghai). */
export const BEIJING = 'Asia/Shanghai';

/** Hosts whose pages and listings print Beijing time without a zone; every other source prints Almaty time. */
const BEIJING_TIME_HOSTS = [
  'mfa.gov.cn',
  'fmprc.gov.cn',
  'news.cn',
  'xinhuanet.com',
  'people.com.cn',
  'chinadaily.com.cn',
  'cgtn.com',
];

/** The zone in which a source at `url` prints its zone-less times (Almaty unless the host is a Chinese one). */
export function zoneForUrl(url: string | undefined | null): string {
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname.toLowerCase().replace(/^www\./, '') : null;
  } catch {
    host = null;
  }
  return host && BEIJING_TIME_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)) ? BEIJING : ALMATY;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a zone. */
export interface WallClock {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

/** The wall clock in `zone` at instant `ms` (milliseconds since the epoch). */
export function wallClock(ms: number, zone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(ms)))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    y: parts.year ?? 0,
    mo: parts.month ?? 0,
    d: parts.day ?? 0,
    h: parts.hour ?? 0,
    mi: parts.minute ?? 0,
    s: parts.second ?? 0,
  };
}

/** The offset of `zone` from UTC at instant `ms`, in minutes (Almaty: 360 before March 2024, 300 since). */
export function offsetMinutes(zone: string, ms: number): number {
  const w = wallClock(Math.floor(ms / 1000) * 1000, zone);
  return Math.round((Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(ms / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time in `zone` denotes. When clocks went back (Almaty, 29 February 2024 23:00–23:59
 * happened twice) the first occurrence is taken; a time skipped by clocks going forward is read with the offset
 * in force just before.
 */
export function instantOf(w: WallClock, zone: string): number {
  const asUtc = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);
  const offsets = new Set([-14, 0, 14].map((hours) => offsetMinutes(zone, asUtc + hours * 3_600_000)));
  const valid = [...offsets]
    .map((off) => asUtc - off * 60_000)
    .filter((ms) => offsetMinutes(zone, ms) * 60_000 === asUtc - ms)
    .sort((a, b) => a - b);
  return valid[0] ?? asUtc - offsetMinutes(zone, asUtc - 14 * 3_600_000) * 60_000;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Formats an offset in minutes as `+05:00`. */
export function offsetText(min: number): string {
  const a = Math.abs(min);
  return `${min < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** Wall-clock fields as ISO 8601 text with the given zone suffix (`Z`, `+05:00`). */
export function wallIso(w: WallClock, suffix: string): string {
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${suffix}`;
}

/** An instant as ISO 8601 wall-clock time in `zone` with that zone's offset then: `2023-10-18T18:21:00+06:00`. */
export function toZonedIso(ms: number | Date, zone: string): string {
  const t = typeof ms === 'number' ? ms : ms.getTime();
  return wallIso(wallClock(t, zone), offsetText(offsetMinutes(zone, t)));
}

/** The calendar day in `zone` of instant `now` shifted by `days` days, as [year, month, day]. */
export function zonedDay(now: Date | number, zone: string, days = 0): [number, number, number] {
  const w = wallClock(typeof now === 'number' ? now : now.getTime(), zone);
  const d = new Date(Date.UTC(w.y, w.mo - 1, w.d + days));
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}
