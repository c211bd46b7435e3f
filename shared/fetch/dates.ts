/** Kazakhstan has kept one time zone, UTC+5, since March 2024; listings print local time without a zone. */
const ALMATY_OFFSET_H = 5;

/** Month-name prefixes (English, Russian genitive/nominative, Kazakh), checked in order. */
const MONTHS: Array<[string, number]> = [
  // Kazakh first: «маусым» (June) would otherwise match the Russian «ма…» (May).
  ['қаң', 1],
  ['ақп', 2],
  ['нау', 3],
  ['сәу', 4],
  ['мам', 5],
  ['мау', 6],
  ['шіл', 7],
  ['там', 8],
  ['қыр', 9],
  ['қаз', 10],
  ['қар', 11],
  ['жел', 12],
  ['янв', 1],
  ['фев', 2],
  ['мар', 3],
  ['апр', 4],
  ['ма', 5],
  ['июн', 6],
  ['июл', 7],
  ['авг', 8],
  ['сен', 9],
  ['окт', 10],
  ['ноя', 11],
  ['дек', 12],
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['may', 5],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
];

function monthOf(word: string): number | null {
  for (const [prefix, m] of MONTHS) if (word.startsWith(prefix)) return m;
  return null;
}

/** Formats an instant as ISO 8601 in Almaty time: `2025-08-15T13:51:00+05:00`. */
export function toAlmatyIso(date: Date): string {
  const shifted = new Date(date.getTime() + ALMATY_OFFSET_H * 3_600_000);
  return `${shifted.toISOString().slice(0, 19)}+05:00`;
}

/** ISO string for a wall-clock time in Almaty, or null for an impossible date. */
function local(y: number, mo: number, d: number, h = 0, mi = 0): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const t = Date.UTC(y, mo - 1, d, h - ALMATY_OFFSET_H, mi);
  const back = new Date(t + ALMATY_OFFSET_H * 3_600_000);
  if (back.getUTCDate() !== d) return null;
  return toAlmatyIso(new Date(t));
}

/** The Almaty calendar day of `now` shifted by `days`, as [y, m, d]. */
function almatyDay(now: Date, days: number): [number, number, number] {
  const d = new Date(now.getTime() + ALMATY_OFFSET_H * 3_600_000 + days * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

const TIME = /(\d{1,2}):(\d{2})/;

/**
 * Parses a date as printed by feeds, APIs and news listings into ISO 8601 with offset, or null:
 * ISO / RFC 822 with or without zone, `26.04.2025 13:51`, «Сегодня, 13:51», «Вчера», «Бүгін», «Кеше»,
 * «5 минут назад», "13:51, 15 августа 2025", "15 август 2025", "April 26, 2025". Zone-less times are
 * Asia/Almaty (UTC+5).
 */
export function parseLooseDate(input: string | null | undefined, now: Date = new Date()): string | null {
  if (!input) return null;
  const text = input.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!text) return null;
  const time = TIME.exec(text);
  const h = time ? Number(time[1]) : 0;
  const mi = time ? Number(time[2]) : 0;

  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(z|[+-]\d{2}:?\d{2})?)?$/.exec(
      text,
    );
  if (iso) {
    const [, y, mo, d, hh, mm, ss, zone] = iso;
    if (zone) {
      const z = zone === 'z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
      const t = Date.parse(`${y}-${mo}-${d}T${hh}:${mm}:${ss ?? '00'}${z}`);
      return Number.isNaN(t) ? null : toAlmatyIso(new Date(t));
    }
    return local(Number(y), Number(mo), Number(d), Number(hh ?? 0), Number(mm ?? 0));
  }
  const dotted = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(text);
  if (dotted) return local(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]), h, mi);

  if (/^(сегодня|бүгін|today)/.test(text)) return local(...almatyDay(now, 0), h, mi);
  if (/^(вчера|кеше|yesterday)/.test(text)) return local(...almatyDay(now, -1), h, mi);
  const ago = /(\d+)\s*(мин|min|час|hour|сағ|дн|day|күн)[^\s]*\s*(назад|ago|бұрын)/.exec(text);
  if (ago) {
    const n = Number(ago[1]);
    const unit = ago[2] ?? '';
    const ms = /мин|min/.test(unit) ? 60_000 : /час|hour|сағ/.test(unit) ? 3_600_000 : 86_400_000;
    return toAlmatyIso(new Date(now.getTime() - n * ms));
  }

  // "15 августа 2025", "15 August 2025", "26 сәуір 2025"
  const dmy = /(\d{1,2})\s+([a-zа-яёәғқңөұүһі]+)\.?,?\s+(\d{4})/.exec(text);
  const mdy = /([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(text);
  const hasZone = /(gmt|utc|[+-]\d{4}\b|\b[a-z]{3}t\b)/.test(text.replace(/^[a-z]{3},/, ''));
  if (!hasZone) {
    const mo1 = dmy ? monthOf(dmy[2] ?? '') : null;
    if (dmy && mo1) return local(Number(dmy[3]), mo1, Number(dmy[1]), h, mi);
    const mo2 = mdy ? monthOf(mdy[1] ?? '') : null;
    if (mdy && mo2) return local(Number(mdy[3]), mo2, Number(mdy[2]), h, mi);
  }
  // RFC 822 (RSS pubDate) and anything else with an explicit zone.
  const t = Date.parse(input);
  return Number.isNaN(t) ? null : toAlmatyIso(new Date(t));
}

/** A date read from a URL path (`/2024/05/20/`, `t20250426_`), as Almaty midnight, or null. */
export function dateFromUrl(url: string): string | null {
  const m = /\/(20\d{2})\/(\d{2})\/(\d{2})\//.exec(url) ?? /\/t(20\d{2})(\d{2})(\d{2})_\d+/.exec(url);
  return m ? local(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
