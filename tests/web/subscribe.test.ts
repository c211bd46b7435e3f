/**
 * `POST /subscribe` in-process (the browser test covers the plain path end to end): a channel chosen on the form
 * joins a pending subscription only, bad channel input comes back as the form with a message, and the answer
 * is the same whether or not the address was already subscribed.
 */
import type { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { manageToken } from '../../shared/alerts/tokens.ts';
import { createApp } from '../../shared/api/app.ts';
import type { ApiDeps } from '../../shared/api/deps.ts';
import { mountWeb } from '../../shared/web/index.ts';
import { channelsSection } from '../../shared/web/pages/channels.ts';
import { sesMailer } from '../helpers/api.ts';
import { startTestSes, type TestSes } from '../helpers/ses.ts';
import { startTestStore, type TestStore } from '../helpers/store.ts';

let db: TestStore;
let ses: TestSes;
let app: Hono;
const previous = process.env.WEBHOOKS_ALLOW_PRIVATE;

beforeAll(async () => {
  process.env.WEBHOOKS_ALLOW_PRIVATE = 'true';
  db = await startTestStore();
  ses = await startTestSes();
  const mailer = sesMailer(ses);
  const deps: ApiDeps = { store: db.store, sources: [], apiBaseUrl: 'http://web.test', mailer };
  app = createApp(deps, [(a) => mountWeb(a, deps)]);
});
afterAll(async () => {
  process.env.WEBHOOKS_ALLOW_PRIVATE = previous;
  await ses?.close();
  await db?.close();
});
beforeEach(() => ses.clear());

/** Submits the form with these fields. */
async function submit(
  fields: Record<string, string>,
  path = '/subscribe',
): Promise<{ status: number; text: string }> {
  const res = await app.fetch(
    new Request(`http://web.test${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    }),
  );
  return { status: res.status, text: await res.text() };
}

describe('POST /subscribe', () => {
  it('saves the filters and attaches a webhook to the pending subscription, showing its secret once', async () => {
    const out = await submit({
      email: 'Analyst@Example.org',
      kind: 'visit',
      participant: 'Ван И',
      lang: 'ru',
      trigger: 'event',
      mode: 'daily',
      mailLang: 'ru',
      channel: 'webhook',
      channelUrl: 'http://127.0.0.1:9/hook',
    });
    expect(out.status).toBe(200);
    const secret = /<code id="secret">(whsec_[^<]+)<\/code>/.exec(out.text)?.[1];
    expect(secret).toBeTruthy();
    const sub = await db.store.getSubscriberByEmail('analyst@example.org');
    expect(sub).toMatchObject({ status: 'pending', mode: 'daily', lang: 'ru' });
    expect(sub?.filters).toMatchObject({
      kinds: ['visit'],
      participants: ['Ван И'],
      sourceLang: 'ru',
      triggers: ['event'],
    });
    expect(sub?.channels).toEqual([
      expect.objectContaining({ kind: 'webhook', url: 'http://127.0.0.1:9/hook', secret }),
    ]);
    expect((await ses.readMail()).length).toBe(1);
  });

  it('never changes a confirmed subscription, and answers the same', async () => {
    const sub = await db.store.getSubscriberByEmail('analyst@example.org');
    await db.store.updateSubscriber({
      ...(sub as NonNullable<typeof sub>),
      status: 'confirmed',
      channels: [],
    });
    const out = await submit({
      email: 'analyst@example.org',
      channel: 'slack',
      channelUrl: 'http://127.0.0.1:9/slack',
    });
    expect(out.status).toBe(200);
    expect(out.text).toContain('Check your inbox');
    expect((await db.store.getSubscriberByEmail('analyst@example.org'))?.channels).toEqual([]);
  });

  it('returns the form with a message for bad input, keeping what was typed', async () => {
    const noChat = await submit({
      email: 'x@example.org',
      channel: 'telegram',
      channelUrl: 'http://127.0.0.1:9/t',
    });
    expect(noChat.status).toBe(400);
    expect(noChat.text).toContain('chat id');
    expect(noChat.text).toContain('value="x@example.org"');
    const ftp = await submit({ email: 'y@example.org', channel: 'webhook', channelUrl: 'ftp://127.0.0.1/x' });
    expect(ftp.status).toBe(400);
    expect(ftp.text).toMatch(/refused/);
    const badMail = await submit({ email: 'not-an-address' });
    expect(badMail.status).toBe(400);
    expect(await db.store.getSubscriberByEmail('y@example.org')).toBeNull();
    expect(await ses.readMail()).toEqual([]);
  });
});

describe('channels from the manage page', () => {
  it('adds a webhook (secret shown once), lists it, removes it; refuses a bad link or a Telegram without chat', async () => {
    const sub = await db.store.getSubscriberByEmail('analyst@example.org');
    const token = manageToken(sub as NonNullable<typeof sub>);
    const added = await submit(
      { token, kind: 'webhook', url: 'http://127.0.0.1:9/new' },
      '/subscribe/channels',
    );
    expect(added.status).toBe(200);
    const secret = /<code id="secret">(whsec_[^<]+)<\/code>/.exec(added.text)?.[1];
    const saved = await db.store.getSubscriberByEmail('analyst@example.org');
    expect(saved?.channels).toEqual([
      expect.objectContaining({ kind: 'webhook', url: 'http://127.0.0.1:9/new', secret }),
    ]);
    expect(saved).toMatchObject({ status: 'confirmed', filters: sub?.filters, mode: sub?.mode });
    const section = channelsSection(token, saved as NonNullable<typeof saved>).value;
    expect(section).toContain('http://127.0.0.1:9/new');
    expect(section).not.toContain(secret);
    const id = saved?.channels?.[0]?.id ?? '';
    expect((await submit({ token, removeChannel: id }, '/subscribe/channels')).status).toBe(200);
    expect((await db.store.getSubscriberByEmail('analyst@example.org'))?.channels).toEqual([]);
    const noChat = await submit(
      { token, kind: 'telegram', url: 'http://127.0.0.1:9/t' },
      '/subscribe/channels',
    );
    expect(noChat.status).toBe(400);
    const forged = await submit(
      { token: `${token.slice(0, -4)}AAAA`, kind: 'webhook', url: 'http://127.0.0.1:9/x' },
      '/subscribe/channels',
    );
    expect(forged.status).toBe(404);
    expect((await db.store.getSubscriberByEmail('analyst@example.org'))?.channels).toEqual([]);
  });
});
