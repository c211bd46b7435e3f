/** Time: month and weekday names, time zones from the tz database, and the one localised date reader. */
export { MONTH_STEMS_RU, MONTHS_EN, MONTHS_KK, MONTHS_RU, monthOf } from './months.ts';
export { type ParseDateOptions, parseDate } from './parse.ts';
export { WEEKDAYS_EN, WEEKDAYS_KK, WEEKDAYS_RU, weekdayOf } from './weekdays.ts';
export {
  ALMATY,
  BEIJING,
  instantOf,
  offsetMinutes,
  offsetText,
  toZonedIso,
  type WallClock,
  wallClock,
  wallIso,
  zonedDay,
  zoneForUrl,
} from './zones.ts';
