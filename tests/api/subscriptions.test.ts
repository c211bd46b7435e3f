import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MailApi, startMailApi } from '../helpers/api.ts';
import type { TestSes } from '../helpers/ses.ts';
import type { TestStore } from '../helpers/store.ts';

let db: TestStore;
let ses: TestSes;
let api: MailApi;

beforeAll(async () => {
  api = await startMailApi();
  ({ db, ses } = api);
});
afterAll(async () => api?.close());

/** POSTs JSON to the API. */
function post(path: string, body: unknown) {
  return fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The token of the link in the newest mail to an address. */
async function linkToken(to: string, path: string): Promise<string> {
  const mail = (await ses.readMail()).filter((m) => m.destination.to.includes(to)).at(-1);
  const text = mail?.body.text ?? '';
  const match = new RegExp(`${path.replace('/', '\\/')}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in mail to ${to}: ${text.slice(0, 200)}`);
  return match[1];
}

describe('subscription routes', () => {
  it('runs double opt-in over HTTP: subscribe, confirm by the mailed link, then one-click unsubscribe', async () => {
    const res = await post('/subscriptions', {
      email: 'analyst@example.org',
      filters: { docTypes: ['memorandum'] },
    });
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ status: 'pending' });
    const token = await linkToken('analyst@example.org', '/subscriptions/confirm');
    // Following the link shows a page with a button; only the button's POST (token in the form) confirms.
    const page = await fetch(`${api.url}/subscriptions/confirm?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect((await db.store.getSubscriberByEmail('analyst@example.org'))?.status).toBe('pending');
    const confirmed = await fetch(`${api.url}/subscriptions/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${token}`,
    });
    expect(confirmed.status).toBe(200);
    expect((await db.store.getSubscriberByEmail('analyst@example.org'))?.status).toBe('confirmed');
    const oneClick = await fetch(`${api.url}/unsubscribe?token=${token}`, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect((await db.store.getSubscriberByEmail('analyst@example.org'))?.status).toBe('unsubscribed');
  });

  it.each([
    [{ email: 'not-an-address' }, 'email'],
    [{ email: 'a@example.org', mode: 'hourly' }, 'mode'],
    [{ email: 'a@example.org', filters: { docTypes: ['treaty-of-everything'] } }, 'filters.docTypes.0'],
  ])('rejects %o with 400 naming the field', async (body, field) => {
    const res = await post('/subscriptions', body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe(field);
  });

  it('rejects a body that is not JSON and a confirmation without a valid token', async () => {
    expect((await post('/subscriptions', '{not json')).status).toBe(400);
    expect((await fetch(`${api.url}/subscriptions/confirm`)).status).toBe(400);
    expect((await fetch(`${api.url}/subscriptions/confirm?token=${'x'.repeat(43)}`)).status).toBe(404);
  });

  it('rate-limits repeated subscription requests for one address with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await post('/subscriptions', { email: 'spam-target@example.org' })).status);
    expect(statuses.slice(0, 3)).toEqual([202, 202, 202]);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});
