import type { Logger } from '@aws-lambda-powertools/logger';
import { type AlertSummary, sendDailyDigest, sendWeeklyDigest } from '../alerts/index.ts';
import { type AlertItem, agreementsOf, itemsForKeys } from '../alerts/items.ts';
import type { Mailer } from '../alerts/mailer.ts';
import { almatyDay } from '../alerts/news.ts';
import type { Agreement, Event } from '../domain/index.ts';
import type { Store } from '../store/port.ts';
import { shiftDate } from './days.ts';
import { resolveEvent } from './event-moves.ts';
import { digestKey } from './outbox.ts';

export { almatyDay } from '../alerts/news.ts';

/** The Almaty calendar day before the one `now` falls on: the day a morning digest covers. */
export function previousAlmatyDay(now: Date): string {
  return shiftDate(almatyDay(now), -1);
}

/** The event id an alert key belongs to (item keys start with it). */
function eventIdOf(key: string): string {
  return key.split('#')[0] ?? key;
}

/** One event of a digest: the items first seen as news in the period, and its documents among them. */
export interface DigestItem {
  event: Event;
  agreements: Agreement[];
  items: AlertItem[];
}

/**
 * The items first seen as news on the given Almaty days, grouped by event: exactly the set instant alerts were
 * queued for (the ingestion records both in one step), so daily, weekly and instant subscribers hear of the same
 * items and nothing old. Queries and gets only.
 */
export async function digestItemsFor(store: Store, days: string[]): Promise<DigestItem[]> {
  const byEvent = new Map<string, Set<string>>();
  for (const day of days) {
    for (const key of await store.listKeyMembers(digestKey(day))) {
      const id = eventIdOf(key);
      byEvent.set(id, (byEvent.get(id) ?? new Set()).add(key));
    }
  }
  const out: DigestItem[] = [];
  for (const [id, keys] of byEvent) {
    // The event may have got another id since (a merge): follow it, and read its keys under the id it has now.
    const event = await resolveEvent({ store }, id);
    const moved = event ? new Set([...keys].map((k) => `${event.id}${k.slice(id.length)}`)) : keys;
    const items = event ? itemsForKeys(event, moved) : [];
    const known = out.find((o) => o.event.id === event?.id);
    if (known) {
      for (const i of items) if (!known.items.includes(i)) known.items.push(i);
      known.agreements = agreementsOf(known.items);
    } else if (event && items.length > 0) out.push({ event, agreements: agreementsOf(items), items });
  }
  return out;
}

/** The items first seen as news on `date` (Almaty day), grouped by event. */
export function digestItems(store: Store, date: string): Promise<DigestItem[]> {
  return digestItemsFor(store, [date]);
}

type DigestDeps = { store: Store; mailer: Mailer; apiBaseUrl: string; logger?: Logger };

/** The weekly digest of the seven days ending `weekEnd` (inclusive) for `weekly` subscribers; once per week. */
export async function runWeeklyDigest(
  deps: DigestDeps,
  weekEnd: string,
): Promise<AlertSummary & { events: number }> {
  const days = Array.from({ length: 7 }, (_, i) => shiftDate(weekEnd, i - 6));
  const items = await digestItemsFor(deps.store, days);
  const summary = await sendWeeklyDigest(deps, { from: days[0] ?? weekEnd, to: weekEnd }, items);
  return { ...summary, events: items.length };
}

/**
 * The daily digest for `daily` subscribers: one email each with the items alerted as news that day; delivery
 * records make a re-run send nothing twice. When the day is a Sunday it also sends the weekly digest of the week
 * ending that day (Monday to Sunday), so the one scheduled digest job serves both modes.
 */
export async function runDailyDigest(
  deps: DigestDeps,
  date: string,
): Promise<AlertSummary & { events: number; weekly?: AlertSummary & { events: number } }> {
  const items = await digestItems(deps.store, date);
  const summary = await sendDailyDigest(deps, date, items);
  const sunday = new Date(`${date}T00:00:00Z`).getUTCDay() === 0;
  const weekly = sunday ? await runWeeklyDigest(deps, date) : undefined;
  return { ...summary, events: items.length, ...(weekly ? { weekly } : {}) };
}
