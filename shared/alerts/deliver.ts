import type { Logger } from '@aws-lambda-powertools/logger';
import type { Delivery, Subscriber } from '../domain/index.ts';
import { describeError } from '../errors.ts';
import { logger } from '../log.ts';
import type { Store } from '../store/port.ts';
import type { Mailer } from './mailer.ts';
import type { RenderedMail } from './template-parts.ts';
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

/** Marks a failure that no retry can fix (a refused address, a 4xx from a webhook). */
export const PERMANENT = 'permanent: ';

/** Whether a delivery needs no (further) try: sent, or failed for good / too often. */
function settled(prev: Delivery | null, maxAttempts: number): boolean {
  if (!prev) return false;
  if (prev.status === 'sent') return true;
  return (
    prev.status === 'failed' && (prev.attempts >= maxAttempts || !!prev.lastError?.startsWith(PERMANENT))
  );
}

/** Sends one message for the claimed keys; throws (a MailSendError or ChannelError with `retryable`) on failure. */
export type SendFn = (claimed: Set<string>) => Promise<{ messageId: string | null }>;

/**
 * Claims the given delivery keys for one recipient slot (a subscriber's email: its id; another channel:
 * `<id>~<channel id>`), claim BEFORE sending so a concurrent or repeated run cannot send the same item again,
 * sends one message, and records each delivery `sent` or `failed`. Nothing claimed → 'skipped'.
 */
export async function deliver(
  deps: Pick<AlertDeps, 'store' | 'now' | 'maxAttempts' | 'logger'>,
  recipient: string,
  keys: string[],
  send: SendFn,
  guardOf: (key: string) => string | null = () => null,
): Promise<'sent' | 'failed' | 'skipped'> {
  const maxAttempts = deps.maxAttempts ?? 5;
  const claimed = new Map<string, number>();
  const guards = new Map<string, number>();
  for (const key of keys) {
    const prev = await deps.store.getDelivery(key, recipient);
    if (settled(prev, maxAttempts)) continue;
    if (!(await deps.store.claimDelivery(key, recipient))) continue;
    // The same real-world item reached through another event (one happening clustered as two, an event re-keyed):
    // its guard is already delivered or being delivered, so this key is settled without a second message.
    const guard = guardOf(key);
    if (guard) {
      const prevGuard = await deps.store.getDelivery(guard, recipient);
      if (settled(prevGuard, maxAttempts) || !(await deps.store.claimDelivery(guard, recipient))) {
        await deps.store.finishDelivery({
          alertKey: key,
          subscriberId: recipient,
          status: 'sent',
          attempts: prev?.attempts ?? 0,
          updatedAt: (deps.now ?? (() => new Date()))().toISOString(),
          messageId: null,
          lastError: `not sent: same item as ${guard}`.slice(0, 500),
        });
        continue;
      }
      guards.set(guard, prevGuard?.attempts ?? 0);
    }
    claimed.set(key, prev?.attempts ?? 0);
  }
  if (claimed.size === 0) return 'skipped';
  let outcome: { messageId: string | null; lastError: string | null };
  try {
    const { messageId } = await send(new Set(claimed.keys()));
    outcome = { messageId, lastError: null };
  } catch (err) {
    const permanent = (err as { retryable?: unknown }).retryable === false;
    outcome = {
      messageId: null,
      lastError: `${permanent ? PERMANENT : ''}${describeError(err)}`.slice(0, 500),
    };
    (deps.logger ?? logger).warn('alert delivery failed', {
      recipient,
      keys: [...claimed.keys()],
      error: outcome.lastError,
    });
  }
  const updatedAt = (deps.now ?? (() => new Date()))().toISOString();
  for (const [alertKey, attempts] of [...claimed, ...guards]) {
    await deps.store.finishDelivery({
      alertKey,
      subscriberId: recipient,
      status: outcome.lastError === null ? 'sent' : 'failed',
      attempts: attempts + 1,
      updatedAt,
      ...outcome,
    });
  }
  return outcome.lastError === null ? 'sent' : 'failed';
}

/** Adds one delivery outcome to a summary. */
export function count(summary: AlertSummary, outcome: 'sent' | 'failed' | 'skipped'): void {
  summary[outcome] += 1;
}

/** Emails one rendered mail to a subscriber through `deliver` (recipient slot: the subscriber id). */
export function deliverMail(
  deps: AlertDeps,
  sub: Subscriber,
  keys: string[],
  render: (claimed: Set<string>) => RenderedMail,
  guardOf?: (key: string) => string | null,
) {
  return deliver(
    deps,
    sub.id,
    keys,
    (claimed) => deps.mailer.send({ to: sub.email, ...render(claimed) }),
    guardOf,
  );
}

/** The links every alert carries for its subscriber. */
export function linkTokens(sub: Subscriber) {
  return { unsubscribeToken: unsubscribeToken(sub), manageToken: manageToken(sub) };
}
