/**
 * Instant alerts to webhook, Slack and Telegram channels. Each (item, subscriber, channel) is claimed and recorded
 * like an email (recipient slot `<subscriber id>~<channel id>`), so it is delivered at most once across re-runs,
 * crashes and overlapping runs. A failed post is retried on later runs with exponential backoff; a channel that
 * fails `maxFailures` times in a row is disabled and the operator is told.
 */
import { lookup } from 'node:dns/promises';
import type { Channel, Subscriber } from '../domain/index.ts';
import { AppError, describeError } from '../errors.ts';
import { refusalReason } from '../fetch/ssrf.ts';
import { logger } from '../log.ts';
import type { AlertBatch } from './alert-step.ts';
import { channelBody } from './channel-formats.ts';
import { type AlertDeps, type AlertSummary, count, deliver } from './deliver.ts';
import { itemsFor } from './filters.ts';
import { worldKey } from './items.ts';
import { operatorMail } from './templates.ts';
import { SIGNATURE_HEADER, signWebhook } from './webhook-sign.ts';

/** A failed post to a channel; `retryable` false for a refusal no retry fixes (4xx, a forbidden address). */
export class ChannelSendError extends AppError {
  override name = 'ChannelSendError';
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/** What the channel step needs besides the alert deps. */
export interface ChannelDeps extends AlertDeps {
  /** Loopback/private webhook URLs allowed (tests and local runs only); never link-local/metadata. */
  allowPrivateWebhooks?: boolean;
  /** Who hears of a disabled channel. */
  operatorEmail?: string | null;
  /** Failures in a row before a channel is disabled (default WEBHOOK_MAX_FAILURES, else 5). */
  maxFailures?: number;
}

/** Minutes to wait before retry n (1, 2, 4, … capped at six hours). */
export function backoffMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 360);
}

/** Refuses a URL the guard forbids: not https (unless private targets are allowed), or resolving to a bad address. */
export async function checkWebhookUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:'))
    throw new ChannelSendError('webhook URL must be https', false);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  for (const { address } of await lookup(host, { all: true, verbatim: true })) {
    const reason = refusalReason(address, allowPrivate);
    if (reason) throw new ChannelSendError(reason, false);
  }
  return url;
}

/** Posts one body to a channel (10 s timeout, no redirects), signing webhooks. */
async function post(
  deps: ChannelDeps,
  channel: Channel,
  body: string,
): Promise<{ messageId: string | null }> {
  const url = await checkWebhookUrl(channel.url, deps.allowPrivateWebhooks ?? false);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'kz-china-monitor',
  };
  const now = (deps.now ?? (() => new Date()))();
  if (channel.kind === 'webhook' && channel.secret)
    headers[SIGNATURE_HEADER] = signWebhook(channel.secret, body, now);
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
  } catch (err) {
    throw new ChannelSendError(`post failed: ${describeError(err)}`, true);
  }
  await res.body?.cancel();
  if (res.ok) return { messageId: res.headers.get('x-request-id') };
  const retryable = res.status >= 500 || res.status === 408 || res.status === 429;
  throw new ChannelSendError(`HTTP ${res.status}`, retryable);
}

/** The keys not waiting out a backoff after a failure. */
async function due(deps: ChannelDeps, recipient: string, keys: string[], now: Date): Promise<string[]> {
  const out: string[] = [];
  for (const key of keys) {
    const prev = await deps.store.getDelivery(key, recipient);
    const wait = prev?.status === 'failed' ? backoffMinutes(prev.attempts) * 60_000 : 0;
    if (!prev || Date.parse(prev.updatedAt) + wait <= now.getTime()) out.push(key);
  }
  return out;
}

/** Records a channel's outcome on its subscriber; disables it (and tells the operator) after too many failures. */
async function recordOutcome(
  deps: ChannelDeps,
  subId: string,
  channelId: string,
  ok: boolean,
): Promise<void> {
  const sub = await deps.store.getSubscriber(subId);
  const channel = sub?.channels?.find((c) => c.id === channelId);
  if (!sub || !channel) return;
  const failures = ok ? 0 : channel.failures + 1;
  const max = deps.maxFailures ?? Number(process.env.WEBHOOK_MAX_FAILURES ?? 5);
  const disable = !ok && failures >= max && channel.disabledAt === null;
  const now = (deps.now ?? (() => new Date()))().toISOString();
  const updated = { ...channel, failures, disabledAt: disable ? now : channel.disabledAt };
  await deps.store.updateSubscriber({
    ...sub,
    channels: sub.channels?.map((c) => (c.id === channelId ? updated : c)),
  });
  if (disable && deps.operatorEmail) {
    const text = `Channel ${channelId} (${channel.kind}) of ${subId} failed ${failures} times in a row and is disabled.`;
    await deps.mailer.send({ to: deps.operatorEmail, ...operatorMail('alert channel disabled', text) });
  }
}

/** Sends the batches' items to every enabled channel of every confirmed subscriber whose saved query they match. */
export async function sendChannelAlerts(deps: ChannelDeps, batches: AlertBatch[]): Promise<AlertSummary> {
  const summary: AlertSummary = { sent: 0, skipped: 0, failed: 0 };
  const subs = (await deps.store.listConfirmedSubscribers()).filter((s: Subscriber) =>
    s.channels?.some((c) => c.disabledAt === null),
  );
  const now = (deps.now ?? (() => new Date()))();
  for (const { event, items } of batches) {
    for (const sub of subs) {
      const wanted = itemsFor(sub, event, items);
      if (wanted.length === 0) continue;
      for (const channel of sub.channels?.filter((c) => c.disabledAt === null) ?? []) {
        const recipient = `${sub.id}~${channel.id}`;
        const keys = await due(
          deps,
          recipient,
          wanted.map((w) => w.key),
          now,
        );
        const world = new Map(wanted.map((w) => [w.key, worldKey(event, w)]));
        const outcome = await deliver(
          deps,
          recipient,
          keys,
          (claimed) =>
            post(
              deps,
              channel,
              channelBody(channel, {
                apiBaseUrl: deps.apiBaseUrl,
                event,
                items: wanted.filter((w) => claimed.has(w.key)),
                lang: sub.lang,
              }),
            ),
          (key) => world.get(key) ?? null,
        );
        if (outcome !== 'skipped') await recordOutcome(deps, sub.id, channel.id, outcome === 'sent');
        count(summary, outcome);
      }
    }
  }
  (deps.logger ?? logger).info('channel alerts done', { ...summary });
  return summary;
}
