import { dayNumber, prepared } from './prepared.ts';
import type { Report } from './report.ts';

/**
 * The day of an undated report, resolved against a dated one: a report with no event date and no
 * publication day often still writes the day of its event ("on 14 September", 9月14日) without the year. Read
 * in the other report's year, that day either falls on the other's date (then the two speak of the same day,
 * and the recurring who and where no longer stand alone) or not (then nothing is resolved: the day-of-year
 * check refuses days far apart). The year is taken only when the report's feasible years allow it.
 */

/** Days from the dated window within which a written day resolves (a relay names the next day's date). */
export const RESOLVE_DAYS = 1;

/** The calendar year of a day number. */
function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/** Whether a year lies within a report's feasible years (unknown: any year). */
function feasible(r: Report, year: number): boolean {
  const t = r.tenure;
  return !t || (t[0] <= year && (t[1] === null || year <= t[1]));
}

/**
 * The day (as a one-day window) an undated report writes nearest the dated window, read in that window's
 * years, when within RESOLVE_DAYS of it; null when the report is dated, writes no day, or none falls near.
 */
export function resolvedWindow(undated: Report, window: readonly [number, number]): [number, number] | null {
  if (undated.days.length === 0 || prepared(undated).window !== null) return null;
  let best: number | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  const years = new Set([yearOfDay(window[0]), yearOfDay(window[1])]);
  for (const year of years) {
    if (!feasible(undated, year)) continue;
    for (const mmdd of undated.days) {
      const d = dayNumber(`${year}-${mmdd}`);
      if (Number.isNaN(d)) continue;
      const gap = Math.max(0, window[0] - d, d - window[1]);
      if (gap < bestGap) {
        best = d;
        bestGap = gap;
      }
    }
  }
  return best !== null && bestGap <= RESOLVE_DAYS ? [best, best] : null;
}

/** Whether an undated report writes a day that resolves on a dated report's date (see `resolvedWindow`). */
export function writesDayOf(undated: Report, dated: Report): boolean {
  const w = prepared(dated).window;
  return w !== null && resolvedWindow(undated, w) !== null;
}
