import { createServer, type Server } from 'node:http';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackPayload, telegramPayload } from '../../shared/alerts/channel-formats.ts';
import { checkWebhookUrl, sendChannelAlerts } from '../../shared/alerts/channel-step.ts';
import { agreementItem } from '../../shared/alerts/items.ts';
import { SIGNATURE_HEADER, signWebhook, verifyWebhookSignature } from '../../shared/alerts/webhook-sign.ts';
import type { Channel } from '../../shared/domain/index.ts';
import { AI_MEMORANDUM, ministersTalks, stateVisit, subscriber, TREATY } from './fixtures.ts';
import { useMailEnv } from './setup.ts';

const env = useMailEnv();
const SECRET = 'whsec_test_secret_0123456789';
const received: Array<{ path: string; body: string; signature: string }> = [];
let failNext = 0;
let server: Server;
let base = '';

beforeAll(async () => {
  // A loopback receiver: answers 500 while `failNext` > 0, else 204, and records what it got.
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      if (failNext > 0) {
        failNext--;
        res.writeHead(500).end();
        return;
      }
      received.push({ path: req.url ?? '', body, signature: String(req.headers['x-kzcm-signature'] ?? '') });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const channel = (id: string, kind: Channel['kind'], extra: Partial<Channel> = {}): Channel => ({
  id,
  kind,
  url: `${base}/${id}`,
  failures: 0,
  disabledAt: null,
  ...extra,
});

describe('webhook signatures', () => {
  it('verifies a fresh signature of the exact body and refuses tampering, other secrets and replays', () => {
    const at = new Date('2026-12-01T10:00:00Z');
    const header = signWebhook(SECRET, '{"a":1}', at);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(SECRET, header, '{"a":1}', at)).toBe(true);
    expect(verifyWebhookSignature(SECRET, header, '{"a":2}', at)).toBe(false);
    expect(verifyWebhookSignature('whsec_other_secret_000000', header, '{"a":1}', at)).toBe(false);
    expect(verifyWebhookSignature(SECRET, header, '{"a":1}', new Date('2026-12-01T10:06:00Z'))).toBe(false);
  });

  it('refuses non-https and private targets unless private ones are allowed, and link-local always', async () => {
    await expect(checkWebhookUrl('http://example.org/hook', false)).rejects.toThrow(/https/);
    await expect(checkWebhookUrl(`${base}/x`, false)).rejects.toThrow(/https/);
    await expect(checkWebhookUrl('https://127.0.0.1/x', false)).rejects.toThrow(/private/);
    await expect(checkWebhookUrl('http://169.254.169.254/latest', true)).rejects.toThrow(/metadata/);
    expect((await checkWebhookUrl(`${base}/x`, true)).port).not.toBe('');
  });
});

describe('chat formats', () => {
  const alert = {
    apiBaseUrl: 'http://api.test',
    event: stateVisit({ title: 'Talks <b> & co' }),
    items: [agreementItem('ev_20250617astana', TREATY)],
  };
  it('builds a Slack message with escaped text and the event link', () => {
    const { text } = slackPayload(alert);
    expect(text).toContain('Talks &lt;b&gt; &amp; co');
    expect(text).toContain('<http://api.test/event/ev_20250617astana|');
  });
  it('builds a Telegram sendMessage body in HTML parse mode', () => {
    const body = telegramPayload(alert, '-100123');
    expect(body).toMatchObject({ chat_id: '-100123', parse_mode: 'HTML', disable_web_page_preview: true });
    expect(body.text).toContain('Talks &lt;b&gt; &amp; co');
  });
});

describe('channel delivery', () => {
  it('delivers each item once per channel across failures mid-batch, re-runs and overlapping runs', async () => {
    received.length = 0;
    const quiet = new Logger({ logLevel: 'SILENT' });
    let clock = new Date('2025-06-18T06:00:00Z');
    const deps = {
      store: env.store,
      mailer: env.mailer,
      apiBaseUrl: 'http://api.test',
      logger: quiet,
      now: () => clock,
      allowPrivateWebhooks: true,
      operatorEmail: 'ops@example.org',
      maxFailures: 3,
    };
    const { sub } = subscriber('hooks@example.org');
    sub.channels = [
      channel('ch_hook', 'webhook', { secret: SECRET }),
      channel('ch_slack', 'slack'),
      channel('ch_tg', 'telegram', { chatId: '42' }),
    ];
    await env.store.putSubscriberIfNew(sub);
    const visit = stateVisit();
    const talks = ministersTalks();
    const batches = [
      { event: visit, items: [TREATY, AI_MEMORANDUM].map((a) => agreementItem(visit.id, a)) },
      { event: talks, items: talks.agreements.map((a) => agreementItem(talks.id, a)) },
    ];
    failNext = 2; // the first two posts fail (webhook and Slack, first event)
    const first = await sendChannelAlerts(deps, batches);
    expect(first).toEqual({ sent: 4, skipped: 0, failed: 2 });
    // Too early for a retry (backoff), then due: two overlapping runs send only the two missing posts.
    expect(await sendChannelAlerts(deps, batches)).toMatchObject({ sent: 0, failed: 0 });
    clock = new Date('2025-06-18T06:05:00Z');
    const [a, b] = await Promise.all([sendChannelAlerts(deps, batches), sendChannelAlerts(deps, batches)]);
    // Two runs may split one event's items between them (each claims some): each item still goes out once.
    expect((a?.failed ?? 0) + (b?.failed ?? 0)).toBe(0);
    expect((await sendChannelAlerts(deps, batches)).sent).toBe(0);
    const hookKeys = received
      .filter((r) => r.path === '/ch_hook')
      .flatMap((r) => (JSON.parse(r.body) as { items: Array<{ key: string }> }).items.map((i) => i.key));
    expect(hookKeys.sort()).toEqual(batches.flatMap((x) => x.items.map((i) => i.key)).sort());
    for (const path of ['/ch_slack', '/ch_tg']) {
      const bullets = received.filter((r) => r.path === path).flatMap((r) => r.body.match(/•/g) ?? []);
      expect(bullets).toHaveLength(3);
    }
    for (const r of received.filter((x) => x.path === '/ch_hook')) {
      expect(verifyWebhookSignature(SECRET, r.signature, r.body, clock)).toBe(true);
      expect(JSON.parse(r.body)).toMatchObject({ type: 'kzcm.alert', event: { id: expect.any(String) } });
    }
    expect(received.find((r) => r.path === '/ch_tg')?.body).toContain('"chat_id":"42"');
    expect(received.every((r) => r.path !== '/ch_hook' || r.signature.startsWith('t='))).toBe(true);
    expect(SIGNATURE_HEADER).toBe('X-KZCM-Signature');
  });

  it('disables a channel after N failures in a row and tells the operator', async () => {
    const quiet = new Logger({ logLevel: 'SILENT' });
    let minute = 0;
    const deps = {
      store: env.store,
      mailer: env.mailer,
      apiBaseUrl: 'http://api.test',
      logger: quiet,
      now: () => new Date(Date.parse('2025-06-18T06:00:00Z') + minute * 60_000),
      allowPrivateWebhooks: true,
      operatorEmail: 'ops@example.org',
      maxFailures: 3,
    };
    const { sub } = subscriber('broken@example.org');
    sub.channels = [channel('ch_down', 'webhook', { secret: SECRET })];
    await env.store.putSubscriberIfNew(sub);
    const visit = stateVisit();
    const batches = [{ event: visit, items: [agreementItem(visit.id, TREATY)] }];
    for (let i = 0; i < 4; i++) {
      failNext = 1;
      await sendChannelAlerts(deps, batches);
      minute += 60; // past any backoff
    }
    failNext = 0;
    const stored = await env.store.getSubscriber(sub.id);
    expect(stored?.channels?.[0]).toMatchObject({ failures: 3, disabledAt: expect.any(String) });
    const ops = (await env.ses.readMail()).filter((m) => m.destination.to[0] === 'ops@example.org');
    expect(ops).toHaveLength(1);
    expect(ops[0]?.subject).toContain('alert channel disabled');
  });
});
