import { beforeEach, describe, expect, it } from 'vitest';
import {
  confirm,
  SUBSCRIBE_LIMIT_PER_HOUR,
  type SubscriptionDeps,
  subscribe,
  unsubscribe,
} from '../../shared/alerts/subscriptions.ts';
import { hashToken } from '../../shared/alerts/tokens.ts';
import { NotFoundError, RateLimitError, ValidationError } from '../../shared/errors.ts';
import { useMailEnv } from './setup.ts';

const BASE = 'https://api.kz-china.example';
const env = useMailEnv();
let deps: SubscriptionDeps;

beforeEach(() => {
  deps = {
    store: env.store,
    mailer: env.mailer,
    apiBaseUrl: BASE,
    now: () => new Date('2026-01-10T08:00:00Z'),
  };
});

/** The token of the newest confirmation mail sent to an address. */
async function confirmationToken(to: string): Promise<string> {
  const mail = (await env.ses.readMail()).filter((m) => m.destination.to[0] === to).at(-1);
  const match = /\/subscriptions\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mail?.body.text ?? '');
  if (!match?.[1]) throw new Error(`no confirmation mail to ${to}`);
  return match[1];
}

describe('subscribe and confirm (double opt-in)', () => {
  it('stores a pending subscriber with only the token hash and mails the confirmation link', async () => {
    const res = await subscribe(deps, {
      email: ' Reader@Example.org ',
      filters: { docTypes: ['memorandum'], participants: ['Wang Yi'] },
      mode: 'daily',
    });
    expect(res).toEqual({ status: 'pending' });
    const token = await confirmationToken('reader@example.org');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const sub = await env.store.getSubscriberByEmail('reader@example.org');
    expect(sub).toMatchObject({
      status: 'pending',
      mode: 'daily',
      tokenHash: hashToken(token),
      confirmedAt: null,
    });
    expect(sub?.filters).toEqual({
      docTypes: ['memorandum'],
      keywords: [],
      participants: ['Wang Yi'],
      includePlanned: false,
    });
    expect(JSON.stringify(sub)).not.toContain(token);

    expect(await confirm(deps, token)).toEqual({ status: 'confirmed' });
    expect(await confirm(deps, token)).toEqual({ status: 'confirmed' });
    const confirmed = await env.store.getSubscriberByEmail('reader@example.org');
    expect(confirmed).toMatchObject({ status: 'confirmed', confirmedAt: '2026-01-10T08:00:00.000Z' });
    expect(await env.store.listConfirmedSubscribers()).toHaveLength(1);
  });

  it('re-sends a new confirmation to a pending address, and only the newest link confirms', async () => {
    await subscribe(deps, { email: 'twice@example.org' });
    const first = await confirmationToken('twice@example.org');
    expect(await subscribe(deps, { email: 'twice@example.org' })).toEqual({ status: 'pending' });
    const second = await confirmationToken('twice@example.org');
    expect(second).not.toBe(first);
    await expect(confirm(deps, first)).rejects.toBeInstanceOf(NotFoundError);
    await confirm(deps, second);
    expect((await env.store.getSubscriberByEmail('twice@example.org'))?.status).toBe('confirmed');
  });

  it('answers a confirmed address the same way without changing its filters', async () => {
    await subscribe(deps, { email: 'known@example.org', filters: { docTypes: ['protocol'] } });
    await confirm(deps, await confirmationToken('known@example.org'));
    const again = await subscribe(deps, { email: 'known@example.org', filters: { docTypes: ['other'] } });
    expect(again).toEqual({ status: 'pending' });
    const sub = await env.store.getSubscriberByEmail('known@example.org');
    expect(sub).toMatchObject({ status: 'confirmed', filters: { docTypes: ['protocol'] } });
    const last = (await env.ses.readMail()).at(-1);
    expect(last?.subject).toBe('You are already subscribed to kz-china-monitor alerts');
    expect(last?.body.text).not.toContain('/subscriptions/confirm');
  });

  it('lets an unsubscribed address subscribe again, but its old confirmation link stays dead', async () => {
    await subscribe(deps, { email: 'back@example.org' });
    const first = await confirmationToken('back@example.org');
    await confirm(deps, first);
    await unsubscribe(deps, first);
    await expect(confirm(deps, first)).rejects.toBeInstanceOf(NotFoundError);
    await subscribe(deps, { email: 'back@example.org' });
    await confirm(deps, await confirmationToken('back@example.org'));
    expect((await env.store.getSubscriberByEmail('back@example.org'))?.status).toBe('confirmed');
  });

  it('rejects unknown and forged tokens', async () => {
    await subscribe(deps, { email: 'victim@example.org' });
    await confirm(deps, await confirmationToken('victim@example.org'));
    const sub = await env.store.getSubscriberByEmail('victim@example.org');
    const forged = `${sub?.id}-${'A'.repeat(43)}`;
    await expect(unsubscribe(deps, forged)).rejects.toBeInstanceOf(NotFoundError);
    await expect(unsubscribe(deps, 'x'.repeat(43))).rejects.toBeInstanceOf(NotFoundError);
    await expect(confirm(deps, 'x'.repeat(43))).rejects.toBeInstanceOf(NotFoundError);
    expect((await env.store.getSubscriberByEmail('victim@example.org'))?.status).toBe('confirmed');
  });
});

describe('subscribe validation and rate limit', () => {
  it.each([
    [{}, 'email'],
    [{ email: 'not an address' }, 'email'],
    [{ email: 'a@example.org\r\nBcc: victim@evil.example' }, 'email'],
    [{ email: `${'x'.repeat(250)}@example.org` }, 'email'],
    [{ email: 'a@example.org', mode: 'hourly' }, 'mode'],
    [{ email: 'a@example.org', filters: { docTypes: ['treaty'] } }, 'filters.docTypes.0'],
    [{ email: 'a@example.org', filters: { keywords: Array(21).fill('rail') } }, 'filters.keywords'],
  ])('rejects %j naming the field %s, and sends nothing', async (body, field) => {
    const err = await subscribe(deps, body).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).field).toBe(field);
    expect(await env.ses.readMail()).toHaveLength(0);
  });

  it('rejects a body that is not an object', async () => {
    await expect(subscribe(deps, null)).rejects.toBeInstanceOf(ValidationError);
    await expect(subscribe(deps, 'a@example.org')).rejects.toBeInstanceOf(ValidationError);
  });

  it(`allows ${SUBSCRIBE_LIMIT_PER_HOUR} requests per address per hour, then refuses`, async () => {
    for (let i = 0; i < SUBSCRIBE_LIMIT_PER_HOUR; i++) await subscribe(deps, { email: 'spam@example.org' });
    await expect(subscribe(deps, { email: 'SPAM@example.org' })).rejects.toBeInstanceOf(RateLimitError);
    await subscribe(deps, { email: 'other@example.org' });
    const to = (await env.ses.readMail()).map((m) => m.destination.to[0]);
    expect(to.filter((t) => t === 'spam@example.org')).toHaveLength(SUBSCRIBE_LIMIT_PER_HOUR);
    expect(to).toContain('other@example.org');
  });
});
