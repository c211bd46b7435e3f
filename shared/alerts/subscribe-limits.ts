import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { getEnvInt } from '../env.ts';
import { RateLimitError } from '../errors.ts';
import type { Store } from '../store/port.ts';

/**
 * Limits on `POST /subscriptions`, each request of which sends an email: per client address, per mailbox
 * (after the folding its provider does) and a global hourly cap on confirmation mails. Without the first and
 * the last, one client could mail any number of strangers (`name+1@`, `name+2@`, … each passed).
 */

/** Hourly limits; every one is configurable (see `limitsFromEnv`). */
export interface SubscribeLimits {
  perAddress: number;
  perClient: number;
  /** Confirmation (and "already subscribed") mails per hour for the whole deployment. */
  globalMails: number;
}

/** Defaults: a person retrying, a household or office behind one address, and a small service's volume. */
export const DEFAULT_SUBSCRIBE_LIMITS: SubscribeLimits = { perAddress: 3, perClient: 10, globalMails: 200 };

const WINDOW_SECONDS = 3600;

/**
 * The limits from SUBSCRIBE_LIMIT_PER_ADDRESS, SUBSCRIBE_LIMIT_PER_CLIENT and SUBSCRIBE_MAILS_PER_HOUR
 * (hourly), each defaulting to DEFAULT_SUBSCRIBE_LIMITS.
 */
export function limitsFromEnv(): SubscribeLimits {
  const d = DEFAULT_SUBSCRIBE_LIMITS;
  return {
    perAddress: getEnvInt('SUBSCRIBE_LIMIT_PER_ADDRESS', d.perAddress),
    perClient: getEnvInt('SUBSCRIBE_LIMIT_PER_CLIENT', d.perClient),
    globalMails: getEnvInt('SUBSCRIBE_MAILS_PER_HOUR', d.globalMails),
  };
}

/** A limit was reached; `retryAfterSeconds` is the wait until its window ends (the `Retry-After` header). */
export class SubscribeLimitError extends RateLimitError {
  override name = 'SubscribeLimitError';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** Providers that ignore dots in the local part (so `j.doe@` and `jdoe@` are one mailbox). */
const DOT_BLIND = new Set(['gmail.com', 'googlemail.com']);

/**
 * The mailbox an address delivers to, for counting: lower-cased, `+tag` removed (sub-addressing, which
 * nearly every provider and most own domains honour) and, where the provider ignores them, dots removed.
 * Only the counter key uses it; the stored address is the one given.
 */
export function mailboxKey(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) return email.toLowerCase();
  let local = email.slice(0, at).toLowerCase();
  let domain = email.slice(at + 1).toLowerCase();
  if (domain === 'googlemail.com') domain = 'gmail.com';
  local = local.split('+')[0] ?? local;
  if (DOT_BLIND.has(domain)) local = local.replaceAll('.', '');
  return `${local}@${domain}`;
}

/** The client key: an IPv4 address, or the /64 of an IPv6 one (one subscriber line gets a whole /64). */
export function clientKey(ip: string): string {
  const bare = ip.trim();
  if (!isIP(bare)) return 'unknown';
  const parsed = ipaddr.process(bare);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${(parsed as ipaddr.IPv6).parts
    .slice(0, 4)
    .map((p) => p.toString(16))
    .join(':')}::/64`;
}

/** Seconds until the current fixed window ends. */
function untilWindowEnd(now: Date): number {
  const sec = Math.floor(now.getTime() / 1000);
  return WINDOW_SECONDS - (sec % WINDOW_SECONDS);
}

/**
 * Counts one subscribe request against the limits, in order client → mailbox → global, and throws
 * SubscribeLimitError at the first one exceeded (later counters are then not touched, so a refused client
 * does not use up the global budget). `clientIp` is absent for internal callers.
 */
export async function checkSubscribeLimits(
  store: Store,
  email: string,
  clientIp: string | undefined,
  limits: SubscribeLimits,
  now: Date,
): Promise<void> {
  const steps: Array<[string, number]> = [];
  if (clientIp !== undefined) steps.push([`subscribe-ip#${clientKey(clientIp)}`, limits.perClient]);
  steps.push(
    [`subscribe#${mailboxKey(email)}`, limits.perAddress],
    ['subscribe-mails#all', limits.globalMails],
  );
  for (const [key, max] of steps) {
    const count = await store.incrementCounter(key, WINDOW_SECONDS);
    if (count > max)
      throw new SubscribeLimitError('too many subscription requests; try later', untilWindowEnd(now));
  }
}
