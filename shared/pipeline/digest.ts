import type { Logger } from '@aws-lambda-powertools/logger';
import { type AlertSummary, agreementKey, sendDailyDigest } from '../alerts/index.ts';
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

/** The event id an alert key belongs to (agreement keys start with it). */
function eventIdOf(key: string): string {
  return key.split('#')[0] ?? key;
}

/**
 * The documents first seen as news on `date` (Almaty day), grouped by event: exactly the set instant alerts were
 * queued for that day (the ingestion records both in one step), so daily and instant subscribers hear of the same
 * documents and nothing old. Queries and gets only.
 */
export async function digestItems(
  store: Store,
  date: string,
): Promise<Array<{ event: Event; agreements: Agreement[] }>> {
  const byEvent = new Map<string, Set<string>>();
  for (const key of await store.listKeyMembers(digestKey(date))) {
    const id = eventIdOf(key);
    byEvent.set(id, (byEvent.get(id) ?? new Set()).add(key));
  }
  const out: Array<{ event: Event; agreements: Agreement[] }> = [];
  for (const [id, keys] of byEvent) {
    // The event may have got another id since (a merge): follow it, and match its documents by the old key.
    const event = await resolveEvent({ store }, id);
    const agreements = event?.agreements.filter((a) => keys.has(agreementKey(id, a))) ?? [];
    const known = out.find((o) => o.event.id === event?.id);
    if (known) known.agreements.push(...agreements.filter((a) => !known.agreements.includes(a)));
    else if (event && agreements.length > 0) out.push({ event, agreements });
  }
  return out;
}

/**
 * The daily digest for `daily` subscribers: one email each with the documents alerted as news that day;
 * delivery records make a re-run send nothing twice.
 */
export async function runDailyDigest(
  deps: { store: Store; mailer: Mailer; apiBaseUrl: string; logger?: Logger },
  date: string,
): Promise<AlertSummary & { events: number }> {
  const items = await digestItems(deps.store, date);
  const summary = await sendDailyDigest(deps, date, items);
  return { ...summary, events: items.length };
}
