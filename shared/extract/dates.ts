/** Event-date resolution: explicit dates, datelines, weekdays and relative words, against the publication date. */
import type { Sentence } from './sentences.ts';

const MONTHS_EN: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTHS_RU: Record<string, number> = {
  январ: 1,
  феврал: 2,
  март: 3,
  апрел: 4,
  ма: 5,
  июн: 6,
  июл: 7,
  август: 8,
  сентябр: 9,
  октябр: 10,
  ноябр: 11,
  декабр: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  воскресенье: 0,
  понедельник: 1,
  вторник: 2,
  среду: 3,
  среда: 3,
  четверг: 4,
  пятницу: 5,
  пятница: 5,
  субботу: 6,
  суббота: 6,
};

const EN_MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const RU_MONTH =
  '(январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])';
const MD = new RegExp(`\\b${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'g');
const DM = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH}\\b(?:,?\\s+(\\d{4}))?`, 'g');
const DM_RU = new RegExp(`(?<![\\d])(\\d{1,2})\\s+${RU_MONTH}(?:\\s+(\\d{4}))?`, 'gi');
const ISO = /\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b/g;
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(20\d\d)\b/g;
const MONTH_YEAR = new RegExp(
  `\\b${EN_MONTH}\\s+(\\d{4})\\b|${RU_MONTH.replace('(', '(?:')}\\s+(\\d{4})`,
  'gi',
);
const WEEKDAY =
  /\b(?:on|last|this)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b|(?<![а-яё])(?:в|во)\s+(воскресенье|понедельник|вторник|среду|четверг|пятницу|субботу)/gi;
const RELATIVE = /\b(today|yesterday|last week)\b|(сегодня|вчера|на прошлой неделе|бүгін|кеше)/gi;
const EVENT_WORDS =
  /\b(held|talks|met|meeting|visit|arrived|signed|discussed|conversation|call|took place|hosted|received|attended|dialogue)\b|(переговор|встреч|визит|прибыл|подписал|обсудил|разговор|состоял|принял)/i;
const PAST_REF =
  /\b(earlier|previously|last year|since|until|ago|anniversary)\b|(ранее|в прошлом году|с \d|до \d|годовщин)/i;
const ANNOUNCED =
  /\b(announced|reported|said|told|stated|informed)\s+(?:on\s+)?$|(сообщил\S*|заявил\S*|сообщает)\s+$/i;
const DATE_WORDS =
  /\b(?:today|yesterday|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|сегодня|вчера|недел|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|бүгін|кеше/i;
const CONTRADICTING =
  /\b(last|past) (week|month)\b|\bearlier this (week|month)\b|\b(recently|days ago)\b|(на прошлой неделе|в прошлом месяце|на днях|недавно)/i;

function monthEn(s: string): number {
  return MONTHS_EN[s.slice(0, 3).toLowerCase()] ?? 0;
}
function monthRu(s: string): number {
  const l = s.toLowerCase();
  for (const [stem, n] of Object.entries(MONTHS_RU)) if (l.startsWith(stem)) return n;
  return 0;
}

/** A calendar date as UTC midnight milliseconds, or null when invalid. */
function utc(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? t : null;
}
function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
const DAY = 86_400_000;

/** The date part of a `published` value (`YYYY-MM-DD` or ISO date-time), or null. */
export function publishedDate(published: string | null | undefined): string | null {
  if (!published) return null;
  // A UTC time stamp says nothing about the local day: read it in Kazakhstan time (UTC+5).
  if (/T[\d:.]+(?:Z|[+-]00:?00)$/i.test(published)) {
    const t = Date.parse(published);
    if (!Number.isNaN(t)) return new Date(t + 5 * 3_600_000).toISOString().slice(0, 10);
  }
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published);
  return m?.[1] ?? null;
}

interface Candidate {
  y: number | null;
  m: number;
  d: number;
  score: number;
  order: number;
}

/** Years the text ties to a month ("in June 2018"): the event year is likely one of them when none is given. */
function contextYear(sentences: Sentence[], month: number): number | null {
  const full = sentences.map((s) => s.text).join('\n');
  let best: number | null = null;
  for (const m of full.matchAll(MONTH_YEAR)) {
    const y = Number(m[2] ?? m[3]);
    const mon = m[1] ? monthEn(m[1]) : monthRu(m[0]);
    if (mon <= month && (best === null || y > best)) best = y;
  }
  if (best !== null) return best;
  // Annual statistics ("In 2023, bilateral trade grew") are published the following year.
  const stats =
    /\b(?:in|for)\s+(20\d\d),?\s+(?:the\s+)?(?:bilateral\s+)?(?:trade|turnover|exports|imports)|(?:в|по итогам)\s+(20\d\d)\s+год\S*\s+(?:товарооборот|торгов)/i.exec(
      full,
    );
  const y = stats ? Number(stats[1] ?? stats[2]) : null;
  return y ? y + 1 : null;
}

/**
 * Resolves the event date: the best-placed explicit date (dateline, lead, event sentence), a weekday or relative
 * word against `published`, else `published` itself when nothing in the text contradicts it, else null.
 */
export function resolveEventDate(sentences: Sentence[], published: string | null): string | null {
  const pub = published ? utc(...(published.split('-').map(Number) as [number, number, number])) : null;
  const cands: Candidate[] = [];
  let relative: number | null = null;
  for (const [i, s] of sentences.entries()) {
    const hasDigit = /\d/.test(s.text);
    // Most sentences carry no date at all: skip them before the costlier patterns run.
    if (!hasDigit && (pub === null || !DATE_WORDS.test(s.text))) continue;
    const base = (s.zone === 'title' ? 2 : s.zone === 'lead' ? 2 : 0) + (EVENT_WORDS.test(s.text) ? 2 : 0);
    const penalty = PAST_REF.test(s.text) ? 3 : 0;
    const push = (y: number | null, m: number, d: number, at: number, bonus = 0) => {
      if (m < 1 || d < 1 || d > 31) return;
      // "the company announced on April 16": the date of the report, not of the event.
      if (ANNOUNCED.test(s.text.slice(Math.max(0, at - 30), at))) bonus -= 4;
      const dateline = s.para === 0 && at < 40 && /^[A-ZА-Я .,–-]{3,40}[,.]?\s*$/u.test(s.text.slice(0, at));
      cands.push({ y, m, d, score: base - penalty + bonus + (dateline ? 3 : 0), order: i * 1000 + at });
    };
    for (const m of s.text.matchAll(MD))
      push(m[3] ? Number(m[3]) : null, monthEn(m[1] ?? ''), Number(m[2]), m.index ?? 0);
    for (const m of s.text.matchAll(DM))
      push(m[3] ? Number(m[3]) : null, monthEn(m[2] ?? ''), Number(m[1]), m.index ?? 0);
    for (const m of s.text.matchAll(DM_RU))
      push(m[3] ? Number(m[3]) : null, monthRu(m[2] ?? ''), Number(m[1]), m.index ?? 0);
    for (const m of s.text.matchAll(ISO)) push(Number(m[1]), Number(m[2]), Number(m[3]), m.index ?? 0, -1);
    for (const m of s.text.matchAll(DOTTED)) push(Number(m[3]), Number(m[2]), Number(m[1]), m.index ?? 0, -1);
    if (pub !== null) {
      for (const m of s.text.matchAll(WEEKDAY)) {
        const wd = WEEKDAYS[(m[1] ?? m[2] ?? '').toLowerCase()];
        if (wd === undefined) continue;
        const back = (new Date(pub).getUTCDay() - wd + 7) % 7;
        const t = pub - back * DAY;
        const dt = new Date(t);
        push(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate(), m.index ?? 0);
      }
      for (const m of s.text.matchAll(RELATIVE)) {
        const w = (m[1] ?? m[2] ?? '').toLowerCase();
        const shift =
          w === 'yesterday' || w === 'вчера' || w === 'кеше'
            ? 1
            : w.includes('week') || w.includes('недел')
              ? 7
              : 0;
        if (shift === 0 && cands.length === 0) relative ??= pub;
        if (shift > 0 && relative === null && EVENT_WORDS.test(s.text)) relative = pub - shift * DAY;
      }
    }
  }
  const sorted = cands.sort((a, b) => b.score - a.score || a.order - b.order);
  // A date only in a body sentence about the past ("the treaty signed on May 17, 2023") is not the event's
  // date: with a publication date to fall back on, it is ignored.
  const best = pub !== null && (sorted[0]?.score ?? 0) < 0 ? undefined : sorted[0];
  if (best) {
    const year = best.y ?? pickYear(best.m, best.d, pub) ?? contextYear(sentences, best.m);
    if (year === null) return null;
    const t = utc(year, best.m, best.d);
    return t === null ? null : iso(t);
  }
  if (relative !== null) return iso(relative);
  if (pub === null) return null;
  const text = sentences.map((s) => s.text).join('\n');
  return CONTRADICTING.test(text) ? null : iso(pub);
}

/** The year that puts month/day closest to the publication date, leaning to the past. */
function pickYear(m: number, d: number, pub: number | null): number | null {
  if (pub === null) return null;
  const py = new Date(pub).getUTCFullYear();
  let best: number | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const y of [py - 1, py, py + 1]) {
    const t = utc(y, m, d);
    if (t === null) continue;
    const diff = (t - pub) / DAY;
    const cost = diff > 0 ? diff * 4 : -diff;
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  return best;
}
