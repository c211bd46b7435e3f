/** Kazakhstan keeps one time zone, UTC+5 (since March 2024); pages print local time without a zone. */
const ALMATY_OFFSET_MIN = 5 * 60;

/** Russian month forms (genitive, nominative, prepositional, abbreviations) → month number. */
const RU_MONTHS: Record<string, number> = {};
for (const [forms, m] of [
  ['январь января январе янв', 1],
  ['февраль февраля феврале фев', 2],
  ['март марта марте мар', 3],
  ['апрель апреля апреле апр', 4],
  ['май мая мае', 5],
  ['июнь июня июне июн', 6],
  ['июль июля июле июл', 7],
  ['август августа августе авг', 8],
  ['сентябрь сентября сентябре сен сент', 9],
  ['октябрь октября октябре окт', 10],
  ['ноябрь ноября ноябре ноя', 11],
  ['декабрь декабря декабре дек', 12],
] as const) {
  for (const f of forms.split(' ')) RU_MONTHS[f] = m;
}

/** Kazakh month stems: suffixes (тамызда, қазанның…) follow the stem, so these match as prefixes. */
const KK_MONTHS: Array<[string, number]> = [
  ['қаңтар', 1],
  ['ақпан', 2],
  ['наурыз', 3],
  ['сәуір', 4],
  ['мамыр', 5],
  ['маусым', 6],
  ['шілде', 7],
  ['тамыз', 8],
  ['қыркүйек', 9],
  ['қазан', 10],
  ['қараша', 11],
  ['желтоқсан', 12],
];

const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month number of a word in English, Russian or Kazakh, or null. */
function monthOf(raw: string): number | null {
  const w = raw.toLowerCase().replace(/\.$/, '');
  const ru = RU_MONTHS[w];
  if (ru !== undefined) return ru;
  for (const [stem, m] of KK_MONTHS) if (w.startsWith(stem)) return m;
  if (w.length >= 3) {
    const i = EN_MONTHS.findIndex((name) => name.startsWith(w) || (w === 'sept' && name === 'september'));
    if (i >= 0) return i + 1;
  }
  return null;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Formats an offset in minutes as `+05:00`. */
function offsetText(min: number): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** ISO text of a wall-clock time at an offset, or null when the date does not exist. */
function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  off: number | 'Z',
): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59 || y < 1900 || y > 2200)
    return null;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCDate() !== d) return null;
  const zone = off === 'Z' ? 'Z' : offsetText(off);
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${zone}`;
}

/** The Almaty calendar day of `now` shifted by `days`, as [y, m, d]. */
function almatyDay(now: Date, days: number): [number, number, number] {
  const t = new Date(now.getTime() + (ALMATY_OFFSET_MIN + days * 1440) * 60_000);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

const TIME_RE =
  /(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?(?:\s*(?:(Z|GMT|UTC)\b)?\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?)?/i;

interface Clock {
  h: number;
  mi: number;
  s: number;
  off: number | 'Z' | null;
}

/** The first clock time in a text, with its zone when one follows it. */
function clockOf(text: string): Clock | null {
  const m = TIME_RE.exec(text);
  if (!m) return null;
  let h = Number(m[1]);
  const ampm = m[4]?.toLowerCase();
  if (ampm === 'p' && h < 12) h += 12;
  if (ampm === 'a' && h === 12) h = 0;
  let off: number | 'Z' | null = null;
  if (m[6]) off = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8] ?? 0));
  else if (m[5]) off = 'Z';
  return { h, mi: Number(m[2]), s: Number(m[3] ?? 0), off };
}

const ISO_RE =
  /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const RELATIVE: Array<[RegExp, number]> = [
  [/(^|[^\p{L}])(сегодня|бүгін|today)([^\p{L}]|$)/iu, 0],
  [/(^|[^\p{L}])(вчера|кеше|yesterday)([^\p{L}]|$)/iu, -1],
];
const AGO_RE = /(\d+)\s*(мин\p{L}*|minutes?|mins?|час\p{L}*|hours?|сағат|минут)\s*(назад|ago|бұрын)/iu;

/**
 * Parses a date as printed on news pages, feeds and listings into ISO 8601 with offset, or null. Handles
 * ISO (with or without zone), RFC 822, `26.04.2025 13:51`, "13:51, 15 августа 2025", "15 тамыз 2025",
 * "April 26, 2025", «Сегодня, 13:51», «Вчера», «Бүгін», «Кеше», «5 минут назад». Times without a zone are
 * Asia/Almaty (UTC+5) unless `defaultOffsetMinutes` says otherwise (Beijing pages: 480); `now` anchors
 * relative dates and years left out.
 */
export function parseLocalisedDate(
  text: string,
  now: Date = new Date(),
  defaultOffsetMinutes: number = ALMATY_OFFSET_MIN,
): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const iso = ISO_RE.exec(t);
  if (iso) {
    const zone = iso[7];
    let off: number | 'Z' = defaultOffsetMinutes;
    if (zone === 'Z') off = 'Z';
    else if (zone)
      off = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
    return build(
      +(iso[1] ?? 0),
      +(iso[2] ?? 0),
      +(iso[3] ?? 0),
      +(iso[4] ?? 0),
      +(iso[5] ?? 0),
      +(iso[6] ?? 0),
      off,
    );
  }
  const clock = clockOf(t);
  const h = clock?.h ?? 0;
  const mi = clock?.mi ?? 0;
  const s = clock?.s ?? 0;
  const off = clock?.off ?? defaultOffsetMinutes;
  const ago = AGO_RE.exec(t);
  if (ago) {
    const n = Number(ago[1]);
    const minutes = /^(мин|min)/i.test(ago[2] ?? '') ? n : n * 60;
    const at = new Date(now.getTime() - minutes * 60_000 + ALMATY_OFFSET_MIN * 60_000);
    const [y, mo, d] = [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()];
    return build(y, mo, d, at.getUTCHours(), at.getUTCMinutes(), 0, ALMATY_OFFSET_MIN);
  }
  for (const [re, days] of RELATIVE) {
    if (re.test(t)) {
      const [y, mo, d] = almatyDay(now, days);
      return build(y, mo, d, h, mi, s, off);
    }
  }
  const numeric = /(\d{1,2})[./](\d{1,2})[./](\d{4})/.exec(t);
  if (numeric) return build(+(numeric[3] ?? 0), +(numeric[2] ?? 0), +(numeric[1] ?? 0), h, mi, s, off);
  return byMonthName(t.replace(TIME_RE, ' '), now, h, mi, s, off);
}

/** "15 августа 2025", "August 15, 2025", "2025 жылғы 15 тамыз", "15 May" (year from `now`). */
function byMonthName(
  t: string,
  now: Date,
  h: number,
  mi: number,
  s: number,
  off: number | 'Z',
): string | null {
  const words = t.split(/[^\p{L}\p{N}.]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const month = monthOf(words[i] ?? '');
    if (month === null) continue;
    const near = (j: number): string => (words[j] ?? '').replace(/\.$/, '');
    const dayBefore = /^\d{1,2}$/.test(near(i - 1)) ? Number(near(i - 1)) : null;
    const dayAfter = /^\d{1,2}$/.test(near(i + 1)) ? Number(near(i + 1)) : null;
    const day = dayBefore ?? dayAfter;
    if (day === null) continue;
    const yearWord = words.find((w) => /^\d{4}$/.test(w.replace(/\.$/, '')));
    let year = yearWord ? Number(yearWord.replace(/\.$/, '')) : almatyDay(now, 0)[0];
    if (!yearWord) {
      const guess = build(year, month, day, h, mi, s, off);
      // A day-month without a year that lies in the future belongs to last year.
      if (guess && Date.parse(guess) > now.getTime() + 2 * 86_400_000) year -= 1;
    }
    return build(year, month, day, h, mi, s, off);
  }
  return null;
}
