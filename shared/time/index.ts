/**
 * Time: month and weekday names, time zones from the tz database, the one localised date reader, and the
 * recurring events that fix a year (anchors).
 */
export { anchorYear } from './anchor-year.ts';
export { ANCHORS, type Anchor } from './anchors.ts';
export { MONTH_STEMS_RU, MONTHS_EN, MONTHS_KK, MONTHS_KK_LATIN, MONTHS_RU, monthOf } from './months.ts';
export { type ParseDateOptions, parseDate } from './parse.ts';
export { WEEKDAY_FORMS, WEEKDAYS_EN, WEEKDAYS_KK, WEEKDAYS_RU, weekdayOf } from './weekdays.ts';
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
