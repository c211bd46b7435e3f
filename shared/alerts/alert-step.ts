import type { Logger } from '@aws-lambda-powertools/logger';
import type { Agreement, Delivery, Event, Subscriber } from '../domain/index.ts';
import { IsoDate } from '../domain/index.ts';
import { describeError, ValidationError } from '../errors.ts';
import { logger } from '../log.ts';
import type { Store } from '../store/port.ts';
import { type Mailer, MailSendError } from './mailer.ts';
import { agreementsFor } from './matching.ts';
import { agreementAlertMail, digestMail, operatorMail, type RenderedMail } from './templates.ts';
import { manageToken, unsubscribeToken } from './tokens.ts';

/** What the alert step needs. */
export interface AlertDeps {
  store: Store;
  mailer: Mailer;
  /** Public base URL of the API, without a trailing slash. */
  apiBaseUrl: string;
  now?: () => Date;
  /** Failed deliveries are retried on later runs up to this many attempts in all (default 5). */
  maxAttempts?: number;
  /** Where to log (the CLI passes one that writes to stderr); the shared logger by default. */
  logger?: Logger;
}

/** Emails sent and failed, and matching (subscriber, alert) pairs skipped because already delivered. */
export interface AlertSummary {
  sent: number;
  skipped: number;
  failed: number;
}

const PERMANENT = 'permanent: ';

/** Whether a delivery needs no (further) try: sent, or failed for good / too often. */
function settled(prev: Delivery | null, maxAttempts: number): boolean {
  if (!prev) return false;
  if (prev.status === 'sent') return true;
  return (
    prev.status === 'failed' && (prev.attempts >= maxAttempts || !!prev.lastError?.startsWith(PERMANENT))
  );
}

/**
 * Claims the given delivery keys for a subscriber (claim BEFORE sending, so a concurrent or repeated run
 * cannot send the same alert again), sends one email, and records each delivery `sent` or `failed`.
 * Returns what happened to the email: nothing claimed → 'skipped'.
 */
async function deliver(
  deps: AlertDeps,
  sub: Subscriber,
  keys: string[],
  render: (claimed: Set<string>) => RenderedMail,
): Promise<'sent' | 'failed' | 'skipped'> {
  const maxAttempts = deps.maxAttempts ?? 5;
  const claimed = new Map<string, number>();
  for (const key of keys) {
    const prev = await deps.store.getDelivery(key, sub.id);
    if (settled(prev, maxAttempts)) continue;
    if (await deps.store.claimDelivery(key, sub.id)) claimed.set(key, prev?.attempts ?? 0);
  }
  if (claimed.size === 0) return 'skipped';
  const mail = render(new Set(claimed.keys()));
  let outcome: { messageId: string | null; lastError: string | null };
  try {
    const { messageId } = await deps.mailer.send({ to: sub.email, ...mail });
    outcome = { messageId, lastError: null };
  } catch (err) {
    const permanent = err instanceof MailSendError && !err.retryable;
    outcome = {
      messageId: null,
      lastError: `${permanent ? PERMANENT : ''}${describeError(err)}`.slice(0, 500),
    };
    (deps.logger ?? logger).warn('alert email failed', {
      subscriberId: sub.id,
      keys: [...claimed.keys()],
      error: outcome.lastError,
    });
  }
  const updatedAt = (deps.now ?? (() => new Date()))().toISOString();
  for (const [alertKey, attempts] of claimed) {
    await deps.store.finishDelivery({
      alertKey,
      subscriberId: sub.id,
      status: outcome.lastError === null ? 'sent' : 'failed',
      attempts: attempts + 1,
      updatedAt,
      ...outcome,
    });
  }
  return outcome.lastError === null ? 'sent' : 'failed';
}

function count(summary: AlertSummary, outcome: 'sent' | 'failed' | 'skipped'): void {
  summary[outcome] += 1;
}

/**
 * Emails confirmed `instant` subscribers about agreements newly added to events: one email per event and
 * subscriber, listing the new documents that pass the subscriber's filters (planned ones only with
 * includePlanned). Each (agreement key, subscriber) is delivered at most once across runs; failed sends are
 * retried on the next run. Safe to re-run with the same input.
 */
export async function sendAgreementAlerts(
  deps: AlertDeps,
  items: Array<{ event: Event; newAgreements: Agreement[]; announced?: Agreement[] }>,
): Promise<AlertSummary> {
  const summary: AlertSummary = { sent: 0, skipped: 0, failed: 0 };
  if (!items.some((i) => i.newAgreements.length > 0)) return summary;
  const subs = (await deps.store.listConfirmedSubscribers()).filter(
    (s) => s.status === 'confirmed' && s.mode === 'instant',
  );
  for (const { event, newAgreements, announced } of items) {
    for (const sub of subs) {
      const wanted = agreementsFor(sub, event, newAgreements);
      if (wanted.length === 0) continue;
      const outcome = await deliver(
        deps,
        sub,
        wanted.map((w) => w.key),
        (claimed) =>
          agreementAlertMail({
            apiBaseUrl: deps.apiBaseUrl,
            unsubscribeToken: unsubscribeToken(sub),
            manageToken: manageToken(sub),
            event,
            agreements: wanted.filter((w) => claimed.has(w.key)).map((w) => w.agreement),
            announced,
          }),
      );
      count(summary, outcome);
    }
  }
  (deps.logger ?? logger).info('agreement alerts done', { ...summary });
  return summary;
}

/**
 * Sends `daily` subscribers one digest of the given day's documents (the caller picks them: the ones alerted as
 * news that day), with those that pass each subscriber's filters; at most one per subscriber and day (key
 * `digest#<date>`). Subscribers with nothing matching get no email.
 */
export async function sendDailyDigest(
  deps: AlertDeps,
  date: string,
  day: Array<{ event: Event; agreements: Agreement[] }>,
): Promise<AlertSummary> {
  if (!IsoDate.safeParse(date).success) throw new ValidationError('digest date must be YYYY-MM-DD', 'date');
  const summary: AlertSummary = { sent: 0, skipped: 0, failed: 0 };
  const subs = (await deps.store.listConfirmedSubscribers()).filter(
    (s) => s.status === 'confirmed' && s.mode === 'daily',
  );
  for (const sub of subs) {
    const items = day
      .map(({ event, agreements }) => ({
        event,
        agreements: agreementsFor(sub, event, agreements).map((w) => w.agreement),
      }))
      .filter((i) => i.agreements.length > 0);
    if (items.length === 0) continue;
    const outcome = await deliver(deps, sub, [`digest#${date}`], () =>
      digestMail({
        apiBaseUrl: deps.apiBaseUrl,
        unsubscribeToken: unsubscribeToken(sub),
        manageToken: manageToken(sub),
        date,
        items,
      }),
    );
    count(summary, outcome);
  }
  (deps.logger ?? logger).info('daily digest done', { date, ...summary });
  return summary;
}

/** Emails the operator (failing sources and the like) through the same mailer. */
export async function sendOperatorAlert(
  deps: { mailer: Mailer },
  to: string,
  subject: string,
  text: string,
): Promise<{ messageId: string }> {
  return deps.mailer.send({ to, ...operatorMail(subject, text) });
}
