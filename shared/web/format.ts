/**
 * How values read on the pages: dates in Asia/Almaty through Intl (the tz database knows Almaty moved from
 * UTC+6 to UTC+5 on 1 March 2024; a fixed offset would be an hour off for older reports), money in words.
 */
import { DOC_WORDS, KIND_WORDS } from '../alerts/describe.ts';
import type { DocType, EventKind } from '../domain/index.ts';
import { ALMATY } from '../time/zones.ts';

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const INSTANT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: ALMATY,
});

/**
 * A calendar date `YYYY-MM-DD` ("26 Apr 2025"). An event date is a day in Kazakhstan already, not an instant,
 * so it is shown as written (formatted in UTC only so that the day cannot shift).
 */
export function formatDay(day: string | null | undefined): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return 'date unknown';
  return DAY.format(new Date(`${day}T00:00:00Z`));
}

/** An instant (ISO date-time with offset) in Almaty wall-clock time: "26 Apr 2025, 19:05". */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return 'unknown';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 'unknown' : INSTANT.format(ms);
}

/** An instant as the Almaty calendar day `YYYY-MM-DD` (for the `datetime` attribute and sorting). */
export function almatyDay(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return new Intl.DateTimeFormat('en-CA', { timeZone: ALMATY }).format(ms);
}

/** An event kind in words. */
export function kindWord(kind: EventKind): string {
  return KIND_WORDS.en[kind];
}

/** A document type in words. */
export function docWord(docType: DocType): string {
  return DOC_WORDS.en[docType];
}

const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

/** A figure's value with its unit, in words: "43.8 billion USD", "224 projects", "40%". */
export function formatValue(value: number, unit: string): string {
  if (unit === 'percent') return `${value}%`;
  const abs = Math.abs(value);
  for (const [size, word] of SCALES) {
    if (abs >= size && size >= 1e6) {
      const n = Number((value / size).toFixed(2));
      return `${n} ${word} ${unit}`;
    }
  }
  return `${value.toLocaleString('en-GB')} ${unit}`;
}

/** Lower-case ASCII slug of a Latin name, the id of a person page ("Wang Yi" → "wang-yi"). */
export function personSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Country code in words, for participants' sides. */
export function sideWord(country: string | null): string {
  if (country === 'KZ') return 'Kazakhstan';
  if (country === 'CN') return 'China';
  if (!country) return 'side unknown';
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}

/** Letters only Kazakh uses among Cyrillic alphabets. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

/**
 * The language of a text written in Cyrillic (`ru`, or `kk` when it has Kazakh letters), else `en`: titles and
 * summaries come in the report's language, and a screen reader reads Russian with English rules unless told.
 */
export function textLang(text: string): 'en' | 'ru' | 'kk' {
  if (!/[\u0400-\u04ff]/.test(text)) return 'en';
  return KAZAKH_LETTERS.test(text) ? 'kk' : 'ru';
}
