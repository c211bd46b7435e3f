/**
 * What counts as news for alerts: an agreement first seen now, about an event that is recent. A first run, a
 * backfill or a re-ingested archive finds many agreements that are new to the store but old in the world; mailing
 * those as news is the fastest way to lose a reader's trust. Instant alerts and the daily digest apply this one
 * rule, so both kinds of subscriber are told the same set.
 */
import type { Event } from '../domain/index.ts';

/** How many days before today an event may lie and still be news (the digest's look-back since the start). */
export const DEFAULT_ALERT_WINDOW_DAYS = 30;

const ALMATY_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Almaty',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The Asia/Almaty calendar day of an instant, from the time-zone database (UTC+6 until 1 March 2024, UTC+5
 * since), never a fixed offset.
 */
export function almatyDay(at: Date): string {
  return ALMATY_DAY.format(at);
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * The day the event is dated by: its event date, else the earliest publication day of its reports, else null
 * (nothing dates it: it was first seen now).
 */
export function eventDay(event: Pick<Event, 'eventDate' | 'sources'>): string | null {
  if (event.eventDate) return event.eventDate;
  const days = event.sources
    .map((s) => s.published?.slice(0, 10))
    .filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
  return days[0] ?? null;
}

/** Why an agreement is or is not alerted: `news`, or `old` with the event's day and the window it missed. */
export type NewsVerdict = { news: true } | { news: false; reason: string };

/** Whether an event is recent enough for its newly seen agreements to be alerted as news. */
export function newsVerdict(
  event: Pick<Event, 'eventDate' | 'sources'>,
  now: Date,
  windowDays: number = DEFAULT_ALERT_WINDOW_DAYS,
): NewsVerdict {
  const day = eventDay(event);
  if (day === null) return { news: true };
  const age = daysBetween(day, almatyDay(now));
  if (age <= windowDays) return { news: true };
  return { news: false, reason: `old: event of ${day} is ${age} days before today (window ${windowDays})` };
}
