/**
 * The one reader of dates as news pages, feeds, APIs and listings print them. Behaviour, the same for every
 * caller:
 * - A time with an explicit zone ("+0500", "+0000", "Z", "GMT", "EST") keeps it: the result is that wall-clock
 *   time with that offset ("Z" for Z/GMT/UTC), as the page's own metadata said it.
 * - A time without a zone is wall-clock time in the caller's zone (the source's IANA zone, default Asia/Almaty)
 *   and gets that zone's offset at that moment from the tz database: Almaty is UTC+6 before 1 March 2024 and
 *   UTC+5 since, Beijing UTC+8. Never a fixed offset.
 * - A date without a time is midnight; a day and month without a year («15 мая») take the year of the reference
 *   date `now` in the caller's zone, or the year before when that would put the date more than two days after
 *   `now`.
 * - Relative forms («Сегодня, 13:51», «Вчера», «Бүгін», «Кеше», "5 minutes ago", «2 часа назад», «3 күн бұрын»)
 *   count from `now` on the caller's zone's calendar.
 * - Anything else, and impossible dates (31 February, month 13), give null.
 */
import { monthOf } from './months.ts';
import { ALMATY, instantOf, offsetText, toZonedIso, type WallClock, wallIso, zonedDay } from './zones.ts';

/** Options of {@link parseDate}. */
export interface ParseDateOptions {
  /** Reference instant for relative dates and missing years (default: the current time). */
  now?: Date;
  /** IANA zone of the source: zone-less times are read in it and results are written in it (default Almaty). */
  zone?: string;
}

/** Offsets of zone abbreviations that feeds print after a time ("06:07am EST"), in minutes. */
const ZONE_ABBR: Record<string, number> = {
  z: 0,
  gmt: 0,
  utc: 0,
  est: -300,
  edt: -240,
  pst: -480,
  pdt: -420,
  cet: 60,
  cest: 120,
  msk: 180,
  hkt: 480,
  jst: 540,
  kst: 540,
};

const TIME_RE = new RegExp(
  String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?(?:\s*(?:(${Object.keys(ZONE_ABBR).join('|')})\b)?\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?)?`,
  'i',
);
const ISO_RE =
  /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
const RELATIVE: Array<[RegExp, number]> = [
  [/(^|[^\p{L}])(сегодня|бүгін|today)([^\p{L}]|$)/iu, 0],
  [/(^|[^\p{L}])(вчера|кеше|yesterday)([^\p{L}]|$)/iu, -1],
];
const AGO_RE =
  /(\d+)\s*(мин\p{L}*|minutes?|mins?|час\p{L}*|hours?|сағат\p{L}*|дн\p{L}*|дней|days?|күн\p{L}*)\s*(назад|ago|бұрын)/iu;

interface Clock {
  h: number;
  mi: number;
  s: number;
  /** The explicit zone, or null for a zone-less time. */
  zone: Explicit | null;
}

/** The first clock time in a text, with its zone when one follows it. */
function clockOf(text: string): Clock | null {
  const m = TIME_RE.exec(text);
  if (!m) return null;
  let h = Number(m[1]);
  const ampm = m[4]?.toLowerCase();
  if (ampm === 'p' && h < 12) h += 12;
  if (ampm === 'a' && h === 12) h = 0;
  let zone: Explicit | null = null;
  if (m[6]) zone = { off: (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8] ?? 0)), utc: false };
  else if (m[5]) {
    const abbr = m[5].toLowerCase();
    zone = { off: ZONE_ABBR[abbr] ?? 0, utc: ZONE_ABBR[abbr] === 0 };
  }
  return { h, mi: Number(m[2]), s: Number(m[3] ?? 0), zone };
}

/** An explicit zone: its offset in minutes, and whether it was written as UTC ("Z", GMT, UTC). */
interface Explicit {
  off: number;
  utc: boolean;
}

/** The ISO text of a wall-clock time (at an explicit offset, or in `zone`), or null when it does not exist. */
function build(w: WallClock, explicit: Explicit | null, zone: string): string | null {
  const { y, mo, d, h, mi, s } = w;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59 || y < 1900 || y > 2200)
    return null;
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return null;
  if (explicit === null) return toZonedIso(instantOf(w, zone), zone);
  return wallIso(w, explicit.utc ? 'Z' : offsetText(explicit.off));
}

/** Parses a date as printed on a page, feed or listing; see the module comment for the exact behaviour. */
export function parseDate(input: string | null | undefined, opts: ParseDateOptions = {}): string | null {
  const zone = opts.zone ?? ALMATY;
  const now = opts.now ?? new Date();
  const t = (input ?? '').replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const iso = ISO_RE.exec(t);
  if (iso) {
    const z = iso[7]?.toUpperCase();
    const sign = z?.startsWith('-') ? -1 : 1;
    const off: Explicit | null = !z
      ? null
      : z === 'Z'
        ? { off: 0, utc: true }
        : { off: sign * (Number(z.slice(1, 3)) * 60 + Number(z.slice(-2))), utc: false };
    const [y, mo, d, h, mi, s] = iso.slice(1, 7).map((v) => Number(v ?? 0));
    return build({ y: y ?? 0, mo: mo ?? 0, d: d ?? 0, h: h ?? 0, mi: mi ?? 0, s: s ?? 0 }, off, zone);
  }
  const ago = AGO_RE.exec(t);
  if (ago) {
    const unit = (ago[2] ?? '').toLowerCase();
    const min = /^(мин|min)/.test(unit) ? 1 : /^(час|hour|сағ)/.test(unit) ? 60 : 1440;
    return toZonedIso(now.getTime() - Number(ago[1]) * min * 60_000, zone);
  }
  const clock = clockOf(t);
  const time = { h: clock?.h ?? 0, mi: clock?.mi ?? 0, s: clock?.s ?? 0 };
  const off = clock?.zone ?? null;
  for (const [re, days] of RELATIVE) {
    if (re.test(t)) {
      const [y, mo, d] = zonedDay(now, zone, days);
      return build({ y, mo, d, ...time }, off, zone);
    }
  }
  const numeric = /(\d{1,2})[./](\d{1,2})[./](\d{4})/.exec(t);
  if (numeric)
    return build(
      { y: +(numeric[3] ?? 0), mo: +(numeric[2] ?? 0), d: +(numeric[1] ?? 0), ...time },
      off,
      zone,
    );
  return byMonthName(t.replace(TIME_RE, ' '), now, time, off, zone);
}

/** "15 августа 2025", "August 15, 2025", "2025 жылғы 15 тамыз", "15 May" (year from `now`). */
function byMonthName(
  t: string,
  now: Date,
  time: { h: number; mi: number; s: number },
  off: Explicit | null,
  zone: string,
): string | null {
  const words = t.split(/[^\p{L}\p{N}.]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const mo = monthOf(words[i] ?? '');
    if (mo === null) continue;
    const near = (j: number): string => (words[j] ?? '').replace(/\.$/, '');
    const dayBefore = /^\d{1,2}$/.test(near(i - 1)) ? Number(near(i - 1)) : null;
    const dayAfter = /^\d{1,2}$/.test(near(i + 1)) ? Number(near(i + 1)) : null;
    const d = dayBefore ?? dayAfter;
    if (d === null) continue;
    const yearWord = words.find((w) => /^\d{4}$/.test(w.replace(/\.$/, '')));
    let y = yearWord ? Number(yearWord.replace(/\.$/, '')) : zonedDay(now, zone)[0];
    if (!yearWord) {
      const guess = build({ y, mo, d, ...time }, off, zone);
      // A day-month without a year that lies in the future belongs to last year.
      if (guess && Date.parse(guess) > now.getTime() + 2 * 86_400_000) y -= 1;
    }
    return build({ y, mo, d, ...time }, off, zone);
  }
  return null;
}
