import { wordsRegex } from '../extract/lexicon/build.ts';
import { WEEKDAY_FORMS } from '../time/weekdays.ts';
import { listMemo } from './list-memo.ts';
import { prepared } from './prepared.ts';
import type { Report } from './report.ts';

/**
 * Days of the week a report writes ("on Tuesday", «в среду», сәрсенбіде, 周二, 星期五): a report with no date
 * still names the weekday of its event, and the same leaders' meeting of another year fell on another weekday
 * four times in seven. An undated report whose weekdays are all more than a day from a dated member's date
 * (relays and time zones: a day either way) reports another happening.
 */

const WEEKDAY = WEEKDAY_FORMS.map((w) => wordsRegex(w, { global: true }));
/** A year written just after a weekday: a page's dateline or crawl header ("Saturday, 23 November 2024"). */
const YEAR_AFTER = /^[^.。\n]{0,24}(?<!\d)(?:19|20)\d\d(?!\d)/u;

/** The weekdays a text writes as a bitmask (bit 0 Monday … bit 6 Sunday); datelines with a year left out. */
export function weekdayMask(text: string): number {
  let mask = 0;
  WEEKDAY.forEach((re, day) => {
    for (const m of text.matchAll(re))
      if (!YEAR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) mask |= 1 << day;
  });
  return mask;
}

/** The weekday (0 Monday … 6 Sunday) of a day number (days since 1970-01-01, a Thursday). */
function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The weekdays a dated report's event can fall on: its window and a day either side, as a bitmask. */
function datedMask(r: Report): number {
  const w = prepared(r).window;
  if (!w) return 0;
  let mask = 0;
  for (let d = w[0] - 1; d <= w[1] + 1 && d - w[0] < 8; d++) mask |= 1 << weekday(d);
  return mask;
}

/** Dated members' masks and undated members' written weekdays, per member list. */
interface Masks {
  dated: number[];
  written: number[];
}
/** The masks of a member list (see `listMemo`: recomputed only when the list has grown). */
const masksOf = listMemo((members): Masks => {
  const dated = new Set<number>();
  const written: number[] = [];
  for (const m of members) {
    if (prepared(m).window) dated.add(datedMask(m));
    else if (m.weekdays) written.push(m.weekdays);
  }
  return { dated: [...dated], written };
});

/** Whether every undated report of either side that writes weekdays writes one its other side's dates allow. */
export function weekdaysFit(a: readonly Report[], b: readonly Report[]): boolean {
  const x = masksOf(a);
  const y = masksOf(b);
  return fits(x, y) && fits(y, x);
}

/**
 * Whether each weekday set of u meets every dated mask of d. Plain loops at module level: an arrow made per
 * call (and, under tsx, named per call) cost more than the check itself, run for every candidate.
 */
function fits(u: Masks, d: Masks): boolean {
  for (const w of u.written) for (const m of d.dated) if ((w & m) === 0) return false;
  return true;
}
