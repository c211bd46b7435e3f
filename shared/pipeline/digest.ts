import type { Logger } from '@aws-lambda-powertools/logger';
import { type AlertSummary, sendDailyDigest } from '../alerts/index.ts';
import type { Mailer } from '../alerts/mailer.ts';
import type { Event } from '../domain/index.ts';
import type { Store } from '../store/port.ts';
import { shiftDate } from './days.ts';

/** How far back in event dates a day's newly stored events may lie (reports of older meetings arrive late). */
const LOOKBACK_DAYS = 30;

/** The Almaty calendar day (UTC+5) of an instant. */
export function almatyDay(at: Date): string {
  return new Date(at.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);
}

/** The Almaty calendar day before the one `now` falls on: the day a morning digest covers. */
export function previousAlmatyDay(now: Date): string {
  return shiftDate(almatyDay(now), -1);
}

/**
 * The events first stored on `date` (Almaty day) that carry agreements: dated ones within the look-back
 * window, plus undated ones. Queries only (event-date index and the undated partition).
 */
export async function eventsStoredOn(store: Store, date: string): Promise<Event[]> {
  const from = shiftDate(date, -LOOKBACK_DAYS);
  const candidates = [
    ...(await store.listEventsByDateRange(from, date)),
    ...(await store.listUndatedEvents(200)),
  ];
  const seen = new Set<string>();
  return candidates.filter((e) => {
    if (seen.has(e.id) || e.agreements.length === 0) return false;
    seen.add(e.id);
    return almatyDay(new Date(e.createdAt)) === date;
  });
}

/**
 * The daily digest for `daily` subscribers: one email each with the agreements of the events stored that
 * day; delivery records make a re-run send nothing twice.
 */
export async function runDailyDigest(
  deps: { store: Store; mailer: Mailer; apiBaseUrl: string; logger?: Logger },
  date: string,
): Promise<AlertSummary & { events: number }> {
  const events = await eventsStoredOn(deps.store, date);
  const summary = await sendDailyDigest(deps, date, events);
  return { ...summary, events: events.length };
}
