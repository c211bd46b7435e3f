import type { Agreement, Event, SubscriberMode } from '../domain/index.ts';
import { IsoDate } from '../domain/index.ts';
import { ValidationError } from '../errors.ts';
import { logger } from '../log.ts';
import type { Store } from '../store/port.ts';
import { type AlertDeps, type AlertSummary, count, deliverMail, linkTokens } from './deliver.ts';
import { itemsFor } from './filters.ts';
import { type AlertItem, agreementItem, agreementsOf, itemsByKey } from './items.ts';
import { digestMail } from './templates.ts';

/** One event of a digest: its items (or, in the older form, its documents). */
export interface DigestEntry {
  event: Event;
  agreements?: Agreement[];
  items?: AlertItem[];
}

function itemsOf(entry: DigestEntry): AlertItem[] {
  return entry.items ?? (entry.agreements ?? []).map((a) => agreementItem(entry.event.id, a));
}

/**
 * Sends the subscribers of one digest mode one email with the entries' items that pass their saved query; at
 * most one per subscriber and period (`key`). Subscribers with nothing matching get no email.
 */
async function sendDigest(
  deps: AlertDeps,
  mode: SubscriberMode,
  key: string,
  period: { from: string; to: string },
  entries: DigestEntry[],
): Promise<AlertSummary> {
  for (const d of [period.from, period.to])
    if (!IsoDate.safeParse(d).success) throw new ValidationError('digest date must be YYYY-MM-DD', 'date');
  const summary: AlertSummary = { sent: 0, skipped: 0, failed: 0 };
  const subs = (await deps.store.listConfirmedSubscribers()).filter(
    (s) => s.status === 'confirmed' && s.mode === mode,
  );
  for (const sub of subs) {
    const blocks = entries
      .map((e) => ({ event: e.event, items: itemsFor(sub, e.event, itemsOf(e)) }))
      .filter((b) => b.items.length > 0);
    if (blocks.length === 0) continue;
    const outcome = await deliverMail(deps, sub, [key], () =>
      digestMail({ apiBaseUrl: deps.apiBaseUrl, ...linkTokens(sub), lang: sub.lang, period, blocks }),
    );
    count(summary, outcome);
  }
  (deps.logger ?? logger).info('digest done', { mode, key, ...summary });
  return summary;
}

/**
 * Sends `daily` subscribers one digest of the given day's items (the caller picks them: the ones alerted as news
 * that day); at most one per subscriber and day (key `digest#<date>`).
 */
export function sendDailyDigest(deps: AlertDeps, date: string, day: DigestEntry[]): Promise<AlertSummary> {
  return sendDigest(deps, 'daily', `digest#${date}`, { from: date, to: date }, day);
}

/**
 * Sends `weekly` subscribers one digest of the week from `from` to `to` (inclusive); at most one per subscriber
 * and week (key `digest-week#<to>`).
 */
export function sendWeeklyDigest(
  deps: AlertDeps,
  period: { from: string; to: string },
  week: DigestEntry[],
): Promise<AlertSummary> {
  return sendDigest(deps, 'weekly', `digest-week#${period.to}`, period, week);
}

/**
 * The entries of the events that took place on `date` (their event date, not the day they were first seen), with
 * all their items: what `digest --date D --event-date` mails, e.g. to catch up on one day of an archive, where
 * the news window of the first-seen digest leaves everything out. One Query on the event-date index.
 */
export async function eventDayEntries(store: Store, date: string): Promise<DigestEntry[]> {
  if (!IsoDate.safeParse(date).success) throw new ValidationError('digest date must be YYYY-MM-DD', 'date');
  const events = await store.listEventsByDateRange(date, date);
  return events
    .filter((event) => event.eventDate === date)
    .map((event) => {
      const items = [...itemsByKey(event).values()];
      return { event, agreements: agreementsOf(items), items };
    });
}

/**
 * Sends `daily` subscribers one digest of the events that took place on `date`; at most one per subscriber and
 * day under its own key (`digest-eventday#<date>`), so it never stands in for the first-seen digest of that day.
 */
export function sendEventDayDigest(deps: AlertDeps, date: string, day: DigestEntry[]): Promise<AlertSummary> {
  return sendDigest(deps, 'daily', `digest-eventday#${date}`, { from: date, to: date }, day);
}
