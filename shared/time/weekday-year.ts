/**
 * The year a yearless day's weekday fixes ("Friday, 29 March", «в пятницу, 29 марта», «星期五(3月29日)»): a
 * calendar date falls on each weekday about once in six years, so among five consecutive years at most one
 * fits. For reports with no page date, where the day carries no year and nothing else dates it.
 */

/** How many years after the earliest possible one are tried: five years never repeat a date's weekday. */
const SPAN = 4;

/**
 * The one year from `from` to `from + 4` in which `month`/`day` falls on `weekday` (0 = Sunday), or null when
 * none does (the weekday does not belong to that day, or the day does not exist).
 */
export function weekdayYear(month: number, day: number, weekday: number, from: number): number | null {
  for (let y = from; y <= from + SPAN; y++) {
    const t = new Date(Date.UTC(y, month - 1, day));
    if (t.getUTCMonth() === month - 1 && t.getUTCDay() === weekday) return y;
  }
  return null;
}
