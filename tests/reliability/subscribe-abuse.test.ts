import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Mailer } from '../../shared/alerts/mailer.ts';
import { clientKey, mailboxKey, type SubscribeLimits } from '../../shared/alerts/subscribe-limits.ts';
import type { LambdaEvent as ApiRequest, LambdaResult as ApiResponse } from '../../shared/api/lambda.ts';
import { createLambdaHandler } from '../../shared/api/lambda.ts';
import type { Store } from '../../shared/store/port.ts';
import { startTestStore, type TestStore } from '../helpers/store.ts';

/**
 * Finding 2 of issue 14: the subscribe limit was per address only, so one client mailed 40 strangers in a
 * second and `name+1@`, `name+2@` … each passed. Runs the API handler (the Lambda's) on a fresh store per case.
 */
let db: TestStore | undefined;
const mails: string[] = [];
const mailer: Mailer = {
  send: async (m) => {
    mails.push(m.to);
    return { messageId: String(mails.length) };
  },
};
const calls: string[] = [];

/** The store, recording which methods are called (to compare the work of two requests). */
function recording(store: Store): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        calls.push(String(prop));
        return v.apply(target, args);
      };
    },
  });
}

async function api(limits?: SubscribeLimits) {
  db = await startTestStore();
  return createLambdaHandler({
    store: recording(db.store),
    sources: [],
    apiBaseUrl: 'http://api.test',
    mailer,
    subscribeLimits: limits,
  });
}

function post(email: string, ip: string): ApiRequest {
  return {
    version: '2.0',
    rawPath: '/subscriptions',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
    isBase64Encoded: false,
    requestContext: { http: { method: 'POST', path: '/subscriptions', sourceIp: ip }, requestId: 'r' },
  } as unknown as ApiRequest;
}

beforeEach(async () => {
  await db?.close();
  db = undefined;
  mails.length = 0;
  calls.length = 0;
});
afterAll(async () => db?.close());

const statuses = (rs: ApiResponse[]) => rs.map((r) => r.statusCode);

describe('subscription abuse limits', () => {
  it('stops one client mailing 40 strangers, with 429 and a Retry-After', async () => {
    const handler = await api();
    const out: ApiResponse[] = [];
    for (let i = 0; i < 40; i++) out.push(await handler(post(`stranger${i}@example.org`, '203.0.113.5')));
    expect(mails.length).toBeLessThanOrEqual(10);
    const refused = out.filter((r) => r.statusCode === 429);
    expect(refused.length).toBeGreaterThanOrEqual(30);
    const wait = Number(refused[0]?.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(3600);
    expect(JSON.parse(String(refused[0]?.body))).toMatchObject({ error: { code: 'rate_limited' } });
    // Another client is not affected.
    expect((await handler(post('someone@example.org', '198.51.100.9'))).statusCode).toBe(202);
  });

  it('counts name+1@, name+2@ … and dotted Gmail forms as one mailbox, whatever client sends them', async () => {
    const handler = await api();
    const plus = [];
    for (let i = 0; i < 8; i++) plus.push(await handler(post(`victim+${i}@example.org`, `192.0.2.${i + 1}`)));
    expect(statuses(plus).filter((s) => s === 202)).toHaveLength(3);
    const dots = [
      'jane.doe@gmail.com',
      'janedoe@gmail.com',
      'j.a.n.e.doe+x@googlemail.com',
      'Jane.Doe@gmail.com',
    ];
    const out = [];
    for (const [i, e] of dots.entries()) out.push(await handler(post(e, `2001:db8:${i}::1`)));
    expect(statuses(out)).toEqual([202, 202, 202, 429]);
  });

  it('caps confirmation mails per hour for the whole deployment', async () => {
    const handler = await api({ perAddress: 3, perClient: 10, globalMails: 5 });
    const out = [];
    for (let i = 0; i < 9; i++) out.push(await handler(post(`reader${i}@example.org`, `203.0.113.${i + 1}`)));
    expect(statuses(out)).toEqual([202, 202, 202, 202, 202, 429, 429, 429, 429]);
    expect(mails).toHaveLength(5);
  });

  it('answers a known and a new address alike, doing the same amount of store work', async () => {
    const handler = await api();
    await handler(post('known@example.org', '203.0.113.1'));
    const token = await db?.store.getSubscriberByEmail('known@example.org');
    if (!token) throw new Error('no subscriber');
    await db?.store.updateSubscriber({ ...token, status: 'confirmed', confirmedAt: '2026-01-01T00:00:00Z' });
    calls.length = 0;
    const known = await handler(post('known@example.org', '203.0.113.2'));
    const knownCalls = calls.splice(0);
    const fresh = await handler(post('fresh@example.org', '203.0.113.3'));
    const freshCalls = calls.splice(0);
    expect(known.statusCode).toBe(fresh.statusCode);
    expect(known.body).toBe(fresh.body);
    expect(known.headers).toEqual(fresh.headers);
    const writes = (c: string[]) => c.filter((n) => /^(put|update)/.test(n)).length;
    expect(knownCalls.length).toBe(freshCalls.length);
    expect(writes(knownCalls)).toBe(writes(freshCalls));
  });

  it('folds addresses and clients as documented', () => {
    expect(mailboxKey('A.B+tag@GMail.com')).toBe('ab@gmail.com');
    expect(mailboxKey('a.b+tag@example.org')).toBe('a.b@example.org');
    expect(clientKey('2001:db8:1:2:3:4:5:6')).toBe(clientKey('2001:db8:1:2:ffff::9'));
    expect(clientKey('::ffff:203.0.113.5')).toBe('203.0.113.5');
  });
});
