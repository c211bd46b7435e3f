import { sendChannelAlerts } from '../alerts/channel-step.ts';
import { agreementKey, sendAlerts } from '../alerts/index.ts';
import { type AlertItem, agreementItem, eventAndFigureItems, itemsForKeys } from '../alerts/items.ts';
import { almatyDay, DEFAULT_ALERT_WINDOW_DAYS, newsVerdict } from '../alerts/news.ts';
import type { Agreement, Event } from '../domain/index.ts';
import type { PipelineDeps } from './types.ts';

/** The store key whose members are alerts still to send: item keys (each starts with the event id). */
export const OUTBOX = 'outbox:alerts';

/** Agreements first seen as news on an Almaty day: what that day's digest lists (the instant alerts' set). */
export function digestKey(day: string): string {
  return `alerts:day:${day}`;
}

/** Agreements never alerted because their event was old when first seen ("not alerted: old"). */
export const NOT_ALERTED_OLD = 'alerts:not-alerted:old';

/** Event and figure items already queued (or judged old) for an event: each is news once. */
function seenKey(eventId: string): string {
  return `alerts:seen:${eventId}`;
}

/** Planned documents of an event, remembered so that their later signing can say it was announced before. */
export function announcedKey(eventId: string): string {
  return `alerts:announced:${eventId}`;
}

/** The planned twin of an agreement's alert key: what was announced before it was signed. */
function plannedKey(eventId: string, a: Agreement): string {
  return agreementKey(eventId, { ...a, status: 'planned' });
}

/** The event id an outbox member belongs to (item keys start with it). */
function eventIdOf(member: string): string {
  return member.split('#')[0] ?? member;
}

/**
 * Whether webhook channels may target private/loopback addresses: `WEBHOOKS_ALLOW_PRIVATE=true` for local runs
 * only (read here with a default of false; link-local/metadata addresses stay refused regardless).
 */
function allowPrivateWebhooks(): boolean {
  return process.env.WEBHOOKS_ALLOW_PRIVATE === 'true';
}

function clock(deps: Pick<PipelineDeps, 'now'>): Date {
  return (deps.now ?? (() => new Date()))();
}

/**
 * Records alerts to send for what an article adds to an event: the documents the merge added, and the event itself
 * and its trade/investment figures when first seen (a per-event "seen" set: the merge does not report those).
 * Written BEFORE the event itself, so a run killed between the two leaves the alert pending (the re-run merges
 * again and finds it) rather than lost; adding the same member twice is a no-op. Only news is queued: items of an
 * event older than the alert window are recorded as "not alerted: old" instead, and queued ones are also listed
 * under today's digest, so instant and daily subscribers hear of the same items. Returns how many were queued.
 */
export async function recordPendingAlerts(
  deps: Pick<PipelineDeps, 'store' | 'logger' | 'now' | 'alertWindowDays'>,
  event: Event,
  added: Agreement[],
): Promise<number> {
  const now = clock(deps);
  const verdict = newsVerdict(event, now, deps.alertWindowDays ?? DEFAULT_ALERT_WINDOW_DAYS);
  const seen = new Set(await deps.store.listKeyMembers(seenKey(event.id)));
  const fresh = eventAndFigureItems(event).filter((i) => !seen.has(i.key));
  const items: AlertItem[] = [...added.map((a) => agreementItem(event.id, a)), ...fresh];
  let queued = 0;
  for (const item of items) {
    if (item.trigger === 'agreement' && item.agreement.status === 'planned')
      await deps.store.addKeyMember(announcedKey(event.id), item.key);
    if (!verdict.news) {
      await deps.store.addKeyMember(NOT_ALERTED_OLD, item.key);
      deps.logger.info('item not alerted', { key: item.key, reason: verdict.reason });
    } else {
      await deps.store.addKeyMember(OUTBOX, item.key);
      await deps.store.addKeyMember(digestKey(almatyDay(now)), item.key);
      queued++;
    }
  }
  // Marked seen only after queuing: a crash in between queues them again, which the set makes a no-op.
  for (const item of fresh) await deps.store.addKeyMember(seenKey(event.id), item.key);
  return queued;
}

/** The signed agreements among `agreements` whose planned version was recorded for the event earlier. */
export async function announcedBefore(
  deps: Pick<PipelineDeps, 'store'>,
  event: Event,
  agreements: Agreement[],
) {
  const announced = new Set(await deps.store.listKeyMembers(announcedKey(event.id)));
  return agreements.filter((a) => a.status === 'signed' && announced.has(plannedKey(event.id, a)));
}

/**
 * Sends every pending alert (from this run, or left by a run that died or had no mailer), then clears the ones
 * that went out. Delivery records inside the alert step keep each (agreement, subscriber) to one email, so
 * draining twice, or from two runs at once, sends nothing twice. Without a mailer nothing is cleared. An alert
 * left pending until its event has aged out of the window is dropped as old, not sent late as news.
 */
export async function drainOutbox(
  deps: PipelineDeps,
): Promise<{ sent: number; failed: number; pending: number }> {
  const members = await deps.store.listKeyMembers(OUTBOX);
  const byEvent = new Map<string, string[]>();
  for (const m of members) byEvent.set(eventIdOf(m), [...(byEvent.get(eventIdOf(m)) ?? []), m]);
  let sent = 0;
  let failed = 0;
  if (!deps.mailer) return { sent, failed, pending: members.length };
  const now = clock(deps);
  for (const [eventId, keys] of byEvent) {
    const event = await deps.store.getEvent(eventId);
    const items = event ? itemsForKeys(event, keys) : [];
    const verdict = event ? newsVerdict(event, now, deps.alertWindowDays ?? DEFAULT_ALERT_WINDOW_DAYS) : null;
    if (event && items.length > 0 && verdict?.news) {
      const agreements = items.flatMap((i) => (i.trigger === 'agreement' ? [i.agreement] : []));
      const alertDeps = {
        store: deps.store,
        mailer: deps.mailer,
        apiBaseUrl: deps.apiBaseUrl,
        now: deps.now,
        logger: deps.logger,
      };
      const batch = [{ event, items, announced: await announcedBefore(deps, event, agreements) }];
      const mail = await sendAlerts(alertDeps, batch);
      const chat = await sendChannelAlerts(
        { ...alertDeps, operatorEmail: deps.operatorEmail, allowPrivateWebhooks: allowPrivateWebhooks() },
        batch,
      );
      sent += mail.sent + chat.sent;
      failed += mail.failed + chat.failed;
      if (mail.failed + chat.failed > 0) continue; // keep them: a later run retries the failed sends
    } else if (event && verdict && !verdict.news) {
      for (const k of keys) await deps.store.addKeyMember(NOT_ALERTED_OLD, k);
    }
    // Sent, aged out, or nothing left to send (the event is gone or a later merge re-titled the document).
    for (const k of keys) await deps.store.removeKeyMember(OUTBOX, k);
  }
  return { sent, failed, pending: (await deps.store.listKeyMembers(OUTBOX)).length };
}
