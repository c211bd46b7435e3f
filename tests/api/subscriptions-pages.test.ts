import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MailApi, startMailApi } from '../helpers/api.ts';
import type { TestSes } from '../helpers/ses.ts';
import type { TestStore } from '../helpers/store.ts';

const BASE = 'http://api.test';
let db: TestStore;
let ses: TestSes;
let api: MailApi;

beforeAll(async () => {
  api = await startMailApi({
    apiBaseUrl: BASE,
    subscribeLimits: { perAddress: 50, perClient: 500, globalMails: 500 },
  });
  ({ db, ses } = api);
});
afterAll(async () => api?.close());

/** Subscribes and returns the newest mail to the address. */
async function subscribe(body: Record<string, unknown>) {
  const res = await fetch(`${api.url}/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(202);
  const mail = (await ses.readMail()).filter((m) => m.destination.to.includes(String(body.email))).at(-1);
  if (!mail) throw new Error('no mail');
  return mail;
}

/** The token of a link to `path` in a text. */
function linkToken(text: string, path: string): string {
  const m = new RegExp(`${path.replaceAll('/', '\\/')}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!m?.[1]) throw new Error(`no ${path} link in ${text.slice(0, 300)}`);
  return m[1];
}

/** The POST forms of a page: action (made local) and the hidden token. */
function forms(html: string): Array<{ action: string; token: string }> {
  const re = /<form method="post" action="([^"]+)"><input type="hidden" name="token" value="([^"]+)">/g;
  return [...html.matchAll(re)].map((m) => ({
    action: (m[1] ?? '').replace(BASE, api.url),
    token: m[2] ?? '',
  }));
}

/** Submits a form the way a browser does. */
function submit(action: string, fields: Array<[string, string]>, accept = 'text/html') {
  return fetch(action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Confirms a subscription the way a reader does: open the link, press the button. */
async function confirmFromMail(text: string): Promise<void> {
  const page = await (
    await fetch(`${api.url}/subscriptions/confirm?token=${linkToken(text, '/subscriptions/confirm')}`)
  ).text();
  const [form] = forms(page);
  if (!form) throw new Error('no confirm button');
  expect((await submit(form.action, [['token', form.token]])).status).toBe(200);
}

describe('link-safe subscription pages', () => {
  it('subscribes from the browser form to a saved query (anything with Wang Yi)', async () => {
    const page = await (await fetch(`${api.url}/subscribe`)).text();
    // the site's form (shared/web) posts to /subscribe; a form POST to /subscriptions still works (below)
    expect(page).toContain('<form method="post" action="/subscribe"');
    expect(page).toContain('name="email"');
    const res = await submit(`${api.url}/subscriptions`, [
      ['email', 'browser@example.org'],
      ['mode', 'daily'],
      ['lang', 'en'],
      ['trigger', 'event'],
      ['participants', 'Wang Yi'],
    ]);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Check your inbox');
    const sub = await db.store.getSubscriberByEmail('browser@example.org');
    expect(sub).toMatchObject({ status: 'pending', mode: 'daily', filters: { triggers: ['event'] } });
    const mail = (await ses.readMail()).filter((m) => m.destination.to[0] === 'browser@example.org').at(-1);
    expect(mail?.body.text).toContain('What: new events; with “Wang Yi”');
  });

  it('repeats filters and mode in words in the mail and on the page, and confirms only on the button', async () => {
    const mail = await subscribe({
      email: 'words@example.org',
      mode: 'daily',
      filters: { docTypes: ['memorandum', 'protocol'], participants: ['Wang Yi'], keywords: ['<b>rail</b>'] },
    });
    const text = mail.body.text ?? '';
    expect(text).toContain('memorandum, protocol');
    expect(text).toContain('“Wang Yi”');
    expect(text).toContain('one digest email a day');
    expect(mail.body.html).toContain('&lt;b&gt;rail&lt;/b&gt;');
    const token = linkToken(text, '/subscriptions/confirm');
    // A scanner fetching the link (GET, HEAD, any number of times) changes nothing.
    for (const method of ['GET', 'HEAD', 'GET'])
      await fetch(`${api.url}/subscriptions/confirm?token=${token}`, { method });
    const res = await fetch(`${api.url}/subscriptions/confirm?token=${token}`);
    const page = await res.text();
    expect((await db.store.getSubscriberByEmail('words@example.org'))?.status).toBe('pending');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page).toContain('one digest email a day');
    expect(page).toContain('&lt;b&gt;rail&lt;/b&gt;');
    // no scripts, no outside resources: only the site's own stylesheet and icon
    expect(page).not.toMatch(/<script|<link(?![^>]*href="\/assets\/)|src=|<b>rail/i);
    const [form] = forms(page);
    expect(form).toEqual({ action: `${api.url}/subscriptions/confirm`, token });
    const done = await submit(form?.action ?? '', [['token', token]]);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('/subscriptions/manage?token=');
    expect((await db.store.getSubscriberByEmail('words@example.org'))?.status).toBe('confirmed');
  });

  it('shows an unsubscribe page on GET and unsubscribes on its button or an RFC 8058 one-click POST', async () => {
    for (const [email, oneClick] of [
      ['leave-button@example.org', false],
      ['leave-oneclick@example.org', true],
    ] as const) {
      await confirmFromMail((await subscribe({ email })).body.text ?? '');
      // the "already subscribed" notice carries the alert footer: manage and unsubscribe links
      const notice = (await subscribe({ email })).body.text ?? '';
      const token = linkToken(notice, '/unsubscribe');
      const page = await (await fetch(`${api.url}/unsubscribe?token=${token}`)).text();
      expect((await db.store.getSubscriberByEmail(email))?.status).toBe('confirmed');
      if (oneClick) {
        const res = await fetch(`${api.url}/unsubscribe?token=${token}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        });
        expect(res.status).toBe(200);
      } else {
        const [form] = forms(page);
        expect((await submit(form?.action ?? '', [['token', form?.token ?? '']])).status).toBe(200);
      }
      expect((await db.store.getSubscriberByEmail(email))?.status).toBe('unsubscribed');
    }
  });

  it('answers JSON clients with JSON on the same paths, and GET still changes nothing', async () => {
    const mail = await subscribe({ email: 'json@example.org', mode: 'weekly', lang: 'ru' });
    expect(mail.subject).toContain('Подтвердите');
    const token = linkToken(mail.body.text ?? '', '/subscriptions/confirm');
    const accept = { accept: 'application/json' };
    const view = await fetch(`${api.url}/subscriptions/confirm?token=${token}`, { headers: accept });
    expect(await view.json()).toMatchObject({ status: 'pending', mode: 'weekly', lang: 'ru' });
    const posted = await fetch(`${api.url}/subscriptions/confirm`, {
      method: 'POST',
      headers: { ...accept, 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(await posted.json()).toEqual({ status: 'confirmed' });
    const bad = await fetch(`${api.url}/unsubscribe?token=${'x'.repeat(43)}`, { headers: accept });
    expect(bad.status).toBe(404);
    expect(bad.headers.get('content-type')).toMatch(/json/);
    const badPage = await fetch(`${api.url}/unsubscribe?token=${'x'.repeat(43)}`);
    expect(badPage.status).toBe(404); // a reader following a dead link gets a page, not the JSON error
    expect(badPage.headers.get('content-type')).toMatch(/^text\/html/);
  });
});

describe('links that no longer work', () => {
  it('answer a reader with a page saying so, and a JSON client with JSON', async () => {
    const unknown = 'A'.repeat(40);
    for (const path of [`/subscriptions/confirm?token=${unknown}`, `/unsubscribe?token=${unknown}`]) {
      const res = await fetch(`${api.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toMatch(
        /<h1>Not found<\/h1><p>Unknown (or expired confirmation|unsubscribe) link\./,
      );
      const api2 = await fetch(`${api.url}${path}`, { headers: { accept: 'application/json' } });
      expect(((await api2.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });
});

describe('manage link', () => {
  it('shows and changes filters, mode and language; the unsubscribe token cannot manage', async () => {
    const email = 'manager@example.org';
    await confirmFromMail((await subscribe({ email, filters: { docTypes: ['agreement'] } })).body.text ?? '');
    const notice = (await subscribe({ email })).body.text ?? '';
    const manage = linkToken(notice, '/subscriptions/manage');
    const unsub = linkToken(notice, '/unsubscribe');
    expect((await fetch(`${api.url}/subscriptions/manage?token=${unsub}`)).status).toBe(404);
    const page = await (await fetch(`${api.url}/subscriptions/manage?token=${manage}`)).text();
    expect(page).toMatch(/<input type="checkbox" name="docType" value="agreement" checked>/);
    expect(page).toMatch(/<input type="radio" name="mode" value="instant" checked>/);
    // the page also has the channels' forms (tests/web/subscribe.test.ts)
    const prefs = forms(page).find((f) => f.action.endsWith('/subscriptions/manage'));
    const leave = forms(page).find((f) => f.action.endsWith('/unsubscribe'));
    expect(prefs?.action).toBe(`${api.url}/subscriptions/manage`);
    expect(leave?.action).toBe(`${api.url}/unsubscribe`);
    const saved = await submit(prefs?.action ?? '', [
      ['token', prefs?.token ?? ''],
      ['mode', 'weekly'],
      ['lang', 'ru'],
      ['docType', 'memorandum'],
      ['docType', 'protocol'],
      ['keywords', 'газ, railway'],
      ['participants', 'Ван И'],
      ['includePlanned', 'on'],
    ]);
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain('Настройки сохранены');
    expect(await db.store.getSubscriberByEmail(email)).toMatchObject({
      status: 'confirmed',
      mode: 'weekly',
      lang: 'ru',
      filters: {
        docTypes: ['memorandum', 'protocol'],
        keywords: ['газ', 'railway'],
        participants: ['Ван И'],
        includePlanned: true,
      },
    });
    const invalid = await submit(
      prefs?.action ?? '',
      [
        ['token', manage],
        ['mode', 'hourly'],
        ['lang', 'en'],
      ],
      'application/json',
    );
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: { field: string } }).error.field).toBe('mode');
    // JSON clients add a signed webhook (its secret is shown once) and cannot point one at the metadata address
    process.env.WEBHOOKS_ALLOW_PRIVATE = 'true'; // loopback only in tests; read per request
    const addHook = (url: string) =>
      fetch(`${api.url}/subscriptions/manage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          token: manage,
          filters: {},
          mode: 'instant',
          lang: 'en',
          addChannel: { kind: 'webhook', url },
        }),
      });
    const added = (await (await addHook('http://127.0.0.1:9/hook')).json()) as {
      added: { id: string; secret: string };
      channels: Array<Record<string, unknown>>;
    };
    expect(added.added.secret).toMatch(/^whsec_/);
    expect(added.channels).toEqual([expect.objectContaining({ id: added.added.id, kind: 'webhook' })]);
    expect(JSON.stringify(added.channels)).not.toContain(added.added.secret);
    const refused = await addHook('http://169.254.169.254/latest/meta-data');
    expect(refused.status).toBe(400);
    delete process.env.WEBHOOKS_ALLOW_PRIVATE;
    // leaving from the manage page
    expect((await submit(leave?.action ?? '', [['token', leave?.token ?? '']])).status).toBe(200);
    expect((await db.store.getSubscriberByEmail(email))?.status).toBe('unsubscribed');
    expect((await fetch(`${api.url}/subscriptions/manage?token=${manage}`)).status).toBe(404);
  });
});
