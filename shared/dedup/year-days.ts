import { listMemo } from './list-memo.ts';
import { prepared } from './prepared.ts';
import type { Report } from './report.ts';

/**
 * The day-of-year check of undated reports (`datesFit`): the days of the year an undated report writes
 * against its cluster's dated members.
 */

/**
 * Days of the year (either way round the new year) within which some day an undated report writes ("on 6
 * April", 4月6日) must lie of a dated member's date: the report names the day of its event even when no year,
 * so one that names only days far from a cluster's date of the year reports another year's meeting. A week:
 * visits span days and relays run late, but the same leaders meet again within a month (chosen on the dev
 * sets: 3 and 7 days alike, 14 and 30 let another year's spring meeting in).
 */
export const WRITTEN_DAY_SLACK = 7;

/** Day of the year (0–365) of a `MM-DD` or `YYYY-MM-DD` string, months taken as their mean length. */
function yearDay(s: string): number {
  const known = yearDayMemo.get(s);
  if (known !== undefined) return known;
  const [m, d] = s.slice(-5).split('-').map(Number) as [number, number];
  const day = Math.round((m - 1) * 30.44 + d);
  if (yearDayMemo.size >= 10_000) yearDayMemo.clear();
  yearDayMemo.set(s, day);
  return day;
}

/**
 * Days of the year of the strings seen so far (bounded, cleared when full): member lists are re-read each
 * time they grow, and a few hundred dates recur in every one of them.
 */
const yearDayMemo = new Map<string, number>();

/** Days apart of two days of the year, the shorter way round. */
function yearDayGap(a: number, b: number): number {
  const g = Math.abs(a - b) % 365;
  return Math.min(g, 365 - g);
}

/** The days of the year an undated report writes (empty: dated, or none written). */
function writtenYearDays(r: Report): number[] {
  return prepared(r).window === null ? r.days.map(yearDay) : [];
}

/** The day of the year of a dated report (null: undated). */
function datedYearDay(r: Report): number | null {
  const d = prepared(r).window === null ? null : (r.eventDate ?? r.published);
  return d ? yearDay(d) : null;
}

/** What a member list holds for the day-of-year check: dated members' days, undated members' written days. */
interface YearDays {
  dated: number[];
  written: number[][];
}
/** The year days of a member list (see `listMemo`: recomputed only when the list has grown). */
const yearDaysOf = listMemo((members): YearDays => {
  const dated = new Set<number>();
  const written: number[][] = [];
  for (const m of members) {
    const d = datedYearDay(m);
    if (d !== null) dated.add(d);
    const w = writtenYearDays(m);
    if (w.length > 0) written.push(w);
  }
  return { dated: [...dated], written };
});

/** Whether every undated report of one side that writes days writes one near every dated date of the other. */
export function daysOfYearFit(a: readonly Report[], b: readonly Report[]): boolean {
  const x = yearDaysOf(a);
  const y = yearDaysOf(b);
  return daysFit(x, y) && daysFit(y, x);
}

/** Whether each undated member of u that writes days writes one near every dated day of d (plain loops). */
function daysFit(u: YearDays, d: YearDays): boolean {
  for (const w of u.written)
    for (const day of d.dated) {
      let near = false;
      for (const v of w)
        if (yearDayGap(v, day) <= WRITTEN_DAY_SLACK) {
          near = true;
          break;
        }
      if (!near) return false;
    }
  return true;
}
