/**
 * Weekdays in Chinese reports («周三，中国国家主席抵达…», «星期五(3月29日)», «上周五»): agencies and foreign
 * services name the day of the week instead of the date, so the day is the latest such weekday on or before
 * the report's anchor day (its publication or dateline day), a week earlier or later with «上»/«下».
 */
import { weekdayYear } from '../../time/weekday-year.ts';
import { WEEK_SHIFT_ZH, WEEK_WORDS_ZH, WEEKDAYS_ZH } from '../lexicon/zh/dates.ts';

/** «上周三», «星期五», «礼拜天»: an optional week prefix, a week word, a day character. */
const WEEKDAY = new RegExp(
  // Not a count of weeks («一周一次», «两个星期») nor every week («每周一»).
  `(?<![一二两三四五六七八九十几数每个\\d])([${Object.keys(WEEK_SHIFT_ZH).join('')}]?)(?:${WEEK_WORDS_ZH.join('|')})([${Object.keys(WEEKDAYS_ZH).join('')}])`,
  'g',
);

const DAY_MS = 86_400_000;

/** The anchor day moved by a number of days, as YYYY-MM-DD. */
function shifted(anchor: string, days: number): string {
  return new Date(Date.parse(`${anchor}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Every weekday a sentence names, resolved against the anchor day: without a prefix the latest such day on or
 * before the anchor (a report tells what happened); with «上»/«下» that weekday of the previous or next
 * Monday-based week.
 */
export function zhWeekdaysIn(text: string, anchor: string): Array<{ at: number; date: string }> {
  const dow = new Date(`${anchor}T00:00:00Z`).getUTCDay();
  const out: Array<{ at: number; date: string }> = [];
  for (const m of text.matchAll(WEEKDAY)) {
    const want = WEEKDAYS_ZH[m[2] as string] as number;
    const prefix = m[1] as string;
    if (!prefix) {
      out.push({ at: m.index, date: shifted(anchor, -((dow - want + 7) % 7)) });
      continue;
    }
    // Monday-based weeks: Sunday is the last day of its week.
    const monday = -((dow + 6) % 7);
    out.push({
      at: m.index,
      date: shifted(anchor, monday + ((want + 6) % 7) + (WEEK_SHIFT_ZH[prefix] ?? 0)),
    });
  }
  return out;
}

const WEEK = `(?:${WEEK_WORDS_ZH.join('|')})([${Object.keys(WEEKDAYS_ZH).join('')}])`;
const MD = '(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]';
/** «星期五(3月29日)», «3月29日(周五)», «3月29日，星期五»: a weekday written right beside a yearless day. */
const BESIDE = new RegExp(`${WEEK}\\s*[（(，,]?\\s*${MD}|${MD}\\s*[（(，,]?\\s*${WEEK}`);
/** A year with its month («2022年9月»): a dated happening the report looks back on, so the day is no earlier. */
const YEAR_MONTH = /(?<!\d)((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月/g;

/**
 * For a page with no date at all: the year a weekday beside a yearless day fixes (`weekdayYear`), counted from the
 * latest year-and-month the text recalls, as an anchor (that year's last day, as yearAnchor gives); else null.
 * `text` has ASCII digits.
 */
export function weekdayAnchor(text: string): string | null {
  const m = BESIDE.exec(text);
  if (!m) return null;
  let from = 0;
  for (const y of text.matchAll(YEAR_MONTH)) from = Math.max(from, Number(y[1]));
  const want = WEEKDAYS_ZH[(m[1] ?? m[6]) as string];
  if (from === 0 || want === undefined) return null;
  const y = weekdayYear(Number(m[2] ?? m[4]), Number(m[3] ?? m[5]), want, from);
  return y === null ? null : `${y}-12-31`;
}
