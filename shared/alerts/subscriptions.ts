import * as z from 'zod';
import { type Subscriber, SubscriberFilters, SubscriberLang, SubscriberMode } from '../domain/index.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { Store } from '../store/port.ts';
import { EmailAddress } from './mail-safety.ts';
import type { Mailer } from './mailer.ts';
import { filtersFromQuery, SavedQuery } from './saved-query.ts';
import {
  checkSubscribeLimits,
  DEFAULT_SUBSCRIBE_LIMITS,
  limitsFromEnv,
  type SubscribeLimits,
} from './subscribe-limits.ts';
import { alreadySubscribedMail, confirmationMail, type RenderedMail } from './templates.ts';
import {
  hashToken,
  manageToken,
  newToken,
  parseUnsubscribeToken,
  subscriberIdFor,
  unsubscribeToken,
  verifyUnsubscribeSignature,
} from './tokens.ts';

/** What the subscription service needs. */
export interface SubscriptionDeps {
  store: Store;
  mailer: Mailer;
  /** Public base URL of the API, without a trailing slash (links in the emails). */
  apiBaseUrl: string;
  now?: () => Date;
  /** Hourly limits; from the environment (limitsFromEnv) when absent. */
  limits?: SubscribeLimits;
}

/** Subscribe requests allowed per address per hour (each one sends an email). */
export const SUBSCRIBE_LIMIT_PER_HOUR = DEFAULT_SUBSCRIBE_LIMITS.perAddress;

/** The body of `POST /subscriptions`. */
export const SubscribeBody = z.object({
  email: z.string().trim().toLowerCase().pipe(EmailAddress),
  filters: SubscriberFilters.optional(),
  /** A saved `/events` query instead of `filters` (saved-query.ts). */
  query: SavedQuery.optional(),
  mode: SubscriberMode.default('instant'),
  /** The language of the mail and pages. */
  lang: SubscriberLang.default('en'),
});

function parseBody(body: unknown): z.infer<typeof SubscribeBody> {
  const parsed = SubscribeBody.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : null;
  throw new ValidationError(issue?.message ?? 'invalid subscription request', field, { cause: parsed.error });
}

async function mail(deps: SubscriptionDeps, to: string, m: RenderedMail): Promise<void> {
  await deps.mailer.send({ to, subject: m.subject, text: m.text, html: m.html, headers: m.headers });
}

/**
 * Starts a double opt-in subscription. The answer is the same whatever the address's state, so it reveals
 * nothing: a new or pending or unsubscribed address gets a fresh token (only its sha256 stored) and a
 * confirmation email; a confirmed one gets a notice that nothing changed (its filters are not changed
 * without a confirmation). Both paths do one subscriber write and send one mail, so their timing matches
 * too. Limited per client address (`clientIp`, from the request), per mailbox and globally per hour.
 */
export async function subscribe(
  deps: SubscriptionDeps,
  body: unknown,
  clientIp?: string,
): Promise<{ status: 'pending' }> {
  const req = parseBody(body);
  const clock = deps.now ?? (() => new Date());
  await checkSubscribeLimits(deps.store, req.email, clientIp, deps.limits ?? limitsFromEnv(), clock());
  const now = clock().toISOString();
  const existing = await deps.store.getSubscriberByEmail(req.email);
  if (existing?.status === 'confirmed') {
    // Rewriting the unchanged record costs what the other path's write costs: no timing tells the two apart.
    await deps.store.updateSubscriber(existing);
    await mail(
      deps,
      req.email,
      alreadySubscribedMail({
        apiBaseUrl: deps.apiBaseUrl,
        unsubscribeToken: unsubscribeToken(existing),
        manageToken: manageToken(existing),
      }),
    );
    return { status: 'pending' };
  }
  const token = newToken();
  const sub: Subscriber = {
    id: existing?.id ?? subscriberIdFor(req.email),
    email: req.email,
    filters: req.filters ?? (req.query ? filtersFromQuery(req.query) : SubscriberFilters.parse({})),
    mode: req.mode,
    lang: req.lang,
    status: 'pending',
    tokenHash: hashToken(token),
    createdAt: existing?.createdAt ?? now,
    confirmedAt: null,
  };
  // A concurrent request for the same address may create the record first: then this one updates it.
  if (existing || !(await deps.store.putSubscriberIfNew(sub))) await deps.store.updateSubscriber(sub);
  await mail(deps, req.email, confirmationMail({ apiBaseUrl: deps.apiBaseUrl, token, subscription: sub }));
  return { status: 'pending' };
}

/**
 * The subscription a confirmation link names, read only (what the page behind `GET` shows before the button is
 * pressed). An unsubscribed address must subscribe again: an old confirmation link does not bring it back.
 */
export async function findForConfirm(
  deps: Pick<SubscriptionDeps, 'store'>,
  token: string,
): Promise<Subscriber> {
  const sub = await deps.store.getSubscriberByTokenHash(hashToken(token));
  if (!sub || sub.status === 'unsubscribed') throw new NotFoundError('unknown or expired confirmation link');
  return sub;
}

/** Confirms a pending subscription from its emailed token; confirming twice is fine. */
export async function confirm(deps: SubscriptionDeps, token: string): Promise<{ status: 'confirmed' }> {
  const sub = await findForConfirm(deps, token);
  if (sub.status === 'pending') {
    const now = (deps.now ?? (() => new Date()))().toISOString();
    await deps.store.updateSubscriber({ ...sub, status: 'confirmed', confirmedAt: now });
  }
  return { status: 'confirmed' };
}

/**
 * The subscription an unsubscribe link names (alert link, manage link's "leave" form, or the confirmation token),
 * read only: what `GET /unsubscribe` shows. Unknown or forged: NotFoundError.
 */
export async function findForUnsubscribe(
  deps: Pick<SubscriptionDeps, 'store'>,
  token: string,
): Promise<Subscriber> {
  const link = parseUnsubscribeToken(token);
  let sub: Subscriber | null;
  if (link) {
    sub = await deps.store.getSubscriber(link.subscriberId);
    if (sub && !verifyUnsubscribeSignature(sub, link.signature)) sub = null;
  } else {
    sub = await deps.store.getSubscriberByTokenHash(hashToken(token));
  }
  if (!sub) throw new NotFoundError('unknown unsubscribe link');
  return sub;
}

/**
 * Ends a subscription, from the link in an alert (subscriber id + HMAC, see tokens.ts) or from the
 * confirmation token itself. Idempotent; an unknown or forged token is a NotFoundError.
 */
export async function unsubscribe(
  deps: SubscriptionDeps,
  token: string,
): Promise<{ status: 'unsubscribed' }> {
  const sub = await findForUnsubscribe(deps, token);
  if (sub.status !== 'unsubscribed') await deps.store.updateSubscriber({ ...sub, status: 'unsubscribed' });
  return { status: 'unsubscribed' };
}
