import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import { hashToken, newToken, subscriberIdFor } from '../../shared/alerts/tokens.ts';
import type { LambdaEvent as ApiRequest, LambdaResult as ApiResponse } from '../../shared/api/lambda.ts';
import { createLambdaHandler } from '../../shared/api/lambda.ts';
import { type Event, type Source, SubscriberFilters } from '../../shared/domain/index.ts';
import { LOCAL_CREDENTIALS } from '../../shared/local/stack.ts';
import { runAll } from '../../shared/pipeline/run-all.ts';
import { startTestServer, type TestServer } from '../helpers/fixture-server.ts';
import { type Mail, startTestSes, type TestSes } from '../helpers/ses.ts';
import { startTestStore, type TestStore } from '../helpers/store.ts';
import { ALL_NEWS, fastHttp, HOSTILE_ID, makeDeps, pickSources } from './harness.ts';
import { HOSTILE_HOST, type HostileServer, startHostileServer } from './hostile-server.ts';
import { feedPointingAt } from './payloads.ts';

const PAGE = fileURLToPath(
  new URL(
    '../fixtures/sites/daryo.uz/en/2025/04/26/kazakhstan-and-china-sign-memorandum-on-foreign-ministry-cooperation-for-2026-2028/index.html',
    import.meta.url,
  ),
);
const ORIGINAL = 'Kazakhstan and China sign memorandum on foreign ministry cooperation for 2026–2028';
/** Script, attribute-breaking and header-injection payloads, HTML-encoded as a page would carry them. */
const SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>';
const INJECT = '\r\nBcc: victim@evil.test\r\nX-Injected: yes';
const encode = (s: string) => s.replace(/[<>&"\r\n]/g, (c) => `&#${c.charCodeAt(0)};`);

let fixtures: TestServer;
let hostile: HostileServer;
let ses: TestSes;
let db: TestStore;
let api: (req: ApiRequest) => Promise<ApiResponse>;
let mails: Mail[];

/** An API Gateway v2 GET request. */
function get(path: string, query = ''): ApiRequest {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: query,
    headers: { accept: '*/*' },
    queryStringParameters: query ? Object.fromEntries(new URLSearchParams(query)) : undefined,
    isBase64Encoded: false,
    requestContext: {
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 't' },
      requestId: 'r1',
    },
  } as unknown as ApiRequest;
}

const headersOf = (r: ApiResponse) =>
  Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));

beforeAll(async () => {
  fixtures = await startTestServer();
  hostile = await startHostileServer();
  ses = await startTestSes();
  db = await startTestStore();
  const page = readFileSync(PAGE, 'utf8')
    .replaceAll(ORIGINAL, encode(`${SCRIPT} ${ORIGINAL}${INJECT}`))
    .replace(
      '<div class="article__text">',
      `<div class="article__text"><p>${encode(SCRIPT)} Officials said the memorandum was signed in Astana.</p>`,
    )
    .replace(/<link rel="canonical"[^>]*>/, '');
  hostile.routes.set('/feed/', {
    kind: 'body',
    body: feedPointingAt('xss'),
    contentType: 'application/rss+xml',
  });
  hostile.routes.set('/article/xss', { kind: 'body', body: page, contentType: 'text/html; charset=utf-8' });
  const [tca] = pickSources([HOSTILE_ID]);
  const source = {
    ...tca,
    id: 'hostile',
    url: `https://${HOSTILE_HOST}/feed/`,
    bodySelectors: ['.article__text'],
  } as Source;
  await db.store.putSubscriberIfNew({
    id: subscriberIdFor('reader@example.org'),
    email: 'reader@example.org',
    filters: SubscriberFilters.parse({ includePlanned: true }),
    mode: 'instant',
    status: 'confirmed',
    tokenHash: hashToken(newToken()),
    createdAt: '2026-01-01T00:00:00.000Z',
    confirmedAt: '2026-01-01T00:00:00.000Z',
  });
  const mailer = createSesMailer({
    from: 'alerts@example.org',
    endpoint: ses.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
  const [summary] = await runAll(
    makeDeps(db.store, fastHttp(hostile.rewrite(fixtures.rewrite)), [source], {
      mailer,
      ...ALL_NEWS,
    }),
    null,
  );
  expect(summary?.newEvents).toBe(1);
  mails = await ses.readMail();
  api = createLambdaHandler({ store: db.store, sources: [source], apiBaseUrl: 'http://api.test' });
}, 60_000);

afterAll(async () => {
  await db?.close();
  await ses?.close();
  await hostile?.close();
  await fixtures?.close();
});

describe('payloads in an ingested article end up inert everywhere they are shown', () => {
  it('serves the payload title as JSON data with nosniff, never as markup', async () => {
    const res = await api(get('/events'));
    const h = headersOf(res);
    expect(res.statusCode).toBe(200);
    expect(h['content-type']).toMatch(/^application\/json/);
    expect(h['x-content-type-options']).toBe('nosniff');
    const body = JSON.parse(String(res.body)) as { items: Event[] };
    const title = body.items[0]?.title ?? '';
    expect(title).toContain('alert(');
    // Whatever the title keeps, it is a JSON string value: no raw line breaks survive into it.
    expect(title).not.toMatch(/[\r\n]/);
  });

  it('escapes the payload in the RSS feed', async () => {
    const res = await api(get('/events.rss'));
    const xml = String(res.body);
    expect(headersOf(res)['content-type']).toMatch(/^application\/rss\+xml/);
    expect(xml).toContain('alert(');
    expect(xml).not.toMatch(/<script|<img/i);
    expect(xml).toMatch(/&lt;script&gt;|&amp;lt;script/);
  });

  it('escapes the payload in the alert email and lets no header be injected', async () => {
    expect(mails).toHaveLength(1);
    const mail = mails[0] as Mail;
    expect(mail.destination.to).toEqual(['reader@example.org']);
    expect(mail.destination.bcc).toEqual([]);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.body.html ?? '').not.toMatch(/<script|<img/i);
    const raw = await ses.readRaw(mail.messageId);
    const head = raw.slice(0, raw.search(/\r?\n\r?\n/));
    expect(head).toMatch(/^To: reader@example\.org$/m);
    expect(head).not.toMatch(/^(Bcc|X-Injected):/im);
  });

  it('leaks no stack trace or internal error text in any response', async () => {
    for (const [path, query] of [
      ['/events', ''],
      ['/events.rss', ''],
      ['/events/ev_does_not_exist', ''],
      ['/events', 'cursor=%3Cscript%3E'],
      ['/events', 'from=2026-13-45'],
    ] as const) {
      const res = await api(get(path, query));
      const body = String(res.body ?? '');
      expect(body, path).not.toMatch(/\s+at\s+\S+\s+\(|node_modules|\.ts:\d+|StoreError|TypeError/);
      // Markup may only appear inside JSON string values (served with nosniff), never in another type.
      if (!/^application\/json/.test(headersOf(res)['content-type'] ?? ''))
        expect(body, path).not.toMatch(/<script/i);
    }
  });
});
