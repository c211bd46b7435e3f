import { agreementKey, sendAgreementAlerts } from '../alerts/index.ts';
import type { Agreement, Event } from '../domain/index.ts';
import type { PipelineDeps } from './types.ts';

/** The store key whose members are alerts still to send: `<agreement key>` (it starts with the event id). */
export const OUTBOX = 'outbox:alerts';

/**
 * Records alerts to send for agreements an article adds to an event. Written BEFORE the event itself, so a
 * run killed between the two leaves the alert pending (the re-run merges again and finds it) rather than
 * lost; adding the same member twice is a no-op.
 */
export async function recordPendingAlerts(
  deps: PipelineDeps,
  event: Event,
  added: Agreement[],
): Promise<number> {
  for (const a of added) await deps.store.addKeyMember(OUTBOX, agreementKey(event.id, a));
  return added.length;
}

/** The event id an outbox member belongs to (agreement keys start with it). */
function eventIdOf(member: string): string {
  return member.split('#')[0] ?? member;
}

/**
 * Sends every pending alert (from this run, or left by a run that died or had no mailer), then clears the
 * ones that went out. Delivery records inside the alert step keep each (agreement, subscriber) to one email,
 * so draining twice, or from two runs at once, sends nothing twice. Without a mailer nothing is cleared.
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
  for (const [eventId, keys] of byEvent) {
    const event = await deps.store.getEvent(eventId);
    const wanted = new Set(keys);
    const agreements = event?.agreements.filter((a) => wanted.has(agreementKey(event.id, a))) ?? [];
    if (event && agreements.length > 0) {
      const summary = await sendAgreementAlerts(
        {
          store: deps.store,
          mailer: deps.mailer,
          apiBaseUrl: deps.apiBaseUrl,
          now: deps.now,
          logger: deps.logger,
        },
        [{ event, newAgreements: agreements }],
      );
      sent += summary.sent;
      failed += summary.failed;
      if (summary.failed > 0) continue; // keep them: the next run retries the failed sends
    }
    // Sent, or nothing left to send (the event is gone or a later merge re-titled the document).
    for (const k of keys) await deps.store.removeKeyMember(OUTBOX, k);
  }
  return { sent, failed, pending: (await deps.store.listKeyMembers(OUTBOX)).length };
}
