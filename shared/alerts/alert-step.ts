import type { Agreement, Event } from '../domain/index.ts';
import { logger } from '../log.ts';
import { type AlertDeps, type AlertSummary, count, deliverMail, linkTokens } from './deliver.ts';
import { itemsFor } from './filters.ts';
import { type AlertItem, agreementItem, worldKey } from './items.ts';
import type { Mailer } from './mailer.ts';
import { alertMail, operatorMail } from './templates.ts';

export { type AlertDeps, type AlertSummary, deliver, deliverMail } from './deliver.ts';
export { sendDailyDigest, sendWeeklyDigest } from './digest-step.ts';

/** One event with its newly seen items (and the signed documents that had been announced as planned). */
export interface AlertBatch {
  event: Event;
  items: AlertItem[];
  announced?: Agreement[];
}

/**
 * Emails confirmed `instant` subscribers about items newly seen on events (documents, the event itself, figures):
 * one email per event and subscriber with the items that pass the subscriber's saved query, in the subscriber's
 * language. Each (item key, subscriber) is delivered at most once across runs; failed sends are retried on the
 * next run. Safe to re-run with the same input.
 */
export async function sendAlerts(deps: AlertDeps, batches: AlertBatch[]): Promise<AlertSummary> {
  const summary: AlertSummary = { sent: 0, skipped: 0, failed: 0 };
  if (!batches.some((b) => b.items.length > 0)) return summary;
  const subs = (await deps.store.listConfirmedSubscribers()).filter(
    (s) => s.status === 'confirmed' && s.mode === 'instant',
  );
  for (const { event, items, announced } of batches) {
    for (const sub of subs) {
      const wanted = itemsFor(sub, event, items);
      if (wanted.length === 0) continue;
      const world = new Map(wanted.map((w) => [w.key, worldKey(event, w)]));
      const outcome = await deliverMail(
        deps,
        sub,
        wanted.map((w) => w.key),
        (claimed) =>
          alertMail({
            apiBaseUrl: deps.apiBaseUrl,
            ...linkTokens(sub),
            lang: sub.lang,
            event,
            items: wanted.filter((w) => claimed.has(w.key)),
            announced,
          }),
        (key) => world.get(key) ?? null,
      );
      count(summary, outcome);
    }
  }
  (deps.logger ?? logger).info('instant alerts done', { ...summary });
  return summary;
}

/** `sendAlerts` for documents only (the form the alert step had before events and figures could trigger). */
export function sendAgreementAlerts(
  deps: AlertDeps,
  items: Array<{ event: Event; newAgreements: Agreement[]; announced?: Agreement[] }>,
): Promise<AlertSummary> {
  return sendAlerts(
    deps,
    items.map(({ event, newAgreements, announced }) => ({
      event,
      items: newAgreements.map((a) => agreementItem(event.id, a)),
      announced,
    })),
  );
}

/** Emails the operator (failing sources, disabled webhooks and the like) through the same mailer. */
export async function sendOperatorAlert(
  deps: { mailer: Mailer },
  to: string,
  subject: string,
  text: string,
): Promise<{ messageId: string }> {
  return deps.mailer.send({ to, ...operatorMail(subject, text) });
}
