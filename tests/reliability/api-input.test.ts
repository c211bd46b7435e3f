import { request } from 'node:http';
import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/api/app.ts';
import { createLambdaHandler } from '../../shared/api/lambda.ts';
import { serveApi } from '../../shared/local/http-server.ts';
import { testSources } from '../api/server.ts';
import { recordingMailer, storeWithEvents } from '../helpers/api.ts';
import type { TestStore } from '../helpers/store.ts';

/**
 * Finding 3 of issue 14: client input must never produce a 500. The API runs behind the local server (the
 * same handler as the Lambda) on loopback; a mailer that only counts stands in for SES.
 */
let db: TestStore;
let api: Awaited<ReturnType<typeof serveApi>>;
let cursor: string;
const { mailer } = recordingMailer();

beforeAll(async () => {
  db = await storeWithEvents(12);
  const handler = createApp({
    store: db.store,
    sources: testSources,
    apiBaseUrl: 'http://api.test',
    mailer,
  });
  api = await serveApi(handler, { port: 0 });
  const first = (await (await fetch(`${api.url}/events?limit=2`)).json()) as { cursor: string };
  cursor = first.cursor;
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const STACK = /\s+at\s+\S+\s+\(|node_modules|\.ts:\d+|Error:|ValidationException|starting key/;

/** Sends a request and checks the invariants: below 500, errors as the JSON error shape (or a mail link's page), nothing internal. */
async function probe(path: string, init: RequestInit = {}): Promise<number> {
  const res = await fetch(`${api.url}${path}`, init);
  const body = await res.text();
  expect(res.status, `${init.method ?? 'GET'} ${path} → ${body.slice(0, 200)}`).toBeLessThan(500);
  expect(body, path).not.toMatch(STACK);
  // the mail-link paths answer a client that did not ask for JSON with an error page (no internals either)
  if (res.status >= 400 && /^\/(unsubscribe|subscriptions\/(confirm|manage))\b/.test(path))
    expect(res.headers.get('content-type'), path).toMatch(/^(application\/json|text\/html)/);
  else if (res.status >= 400) {
    expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
    expect(JSON.parse(body)).toMatchObject({
      error: { code: expect.any(String), message: expect.any(String) },
    });
  }
  return res.status;
}

/** The store cursor with its start key edited, re-encoded as a client would. */
function tampered(edit: (k: Record<string, unknown>) => void, whole?: (c: Record<string, unknown>) => void) {
  const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
  if (c.k) edit(c.k as Record<string, unknown>);
  whole?.(c);
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

describe('no 500 from client input', () => {
  it('answers a malformed percent-escape in a path with 400', async () => {
    for (const p of ['/events/%ZZ', '/events/%E0%A4%A', '/events/%', '/events/ev_%C0%AF'])
      expect(await probe(p)).toBe(400);
  });

  it('refuses tampered cursors with 400, whatever key was edited', async () => {
    const cases = [
      tampered((k) => delete k.GSI1SK),
      tampered((k) => (k.GSI1SK = '')),
      tampered((k) => (k.GSI1SK = 'x'.repeat(1200))),
      tampered((k) => (k.GSI1SK = `${String(k.GSI1SK).slice(0, 10)}#ev_zzzz`)),
      tampered((k) => (k.GSI1SK = `1999-01-01#${String(k.PK).slice(6)}`)),
      tampered((k) => (k.PK = 'SUB#sub_1')),
      tampered((k) => (k.SK = 'SUBSCRIBER')),
      tampered((k) => (k.GSI1SK = 7)),
      tampered((k) => (k.extra = 'x')),
      tampered(
        () => undefined,
        (c) => (c.m = 'none'),
      ),
    ];
    for (const c of cases) expect(await probe(`/events?cursor=${c}`), c).toBe(400);
    // The genuine cursor still pages.
    expect(await probe(`/events?limit=2&cursor=${cursor}`)).toBe(200);
  });

  it('answers a 10 MB body with 413 that the client receives', async () => {
    // A plain client that uploads in chunks, as curl or a browser does: it must read the 413, not a reset.
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${api.url}/subscriptions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString();
        });
        // Only a whole exchange counts: the upload finished AND the answer read, with no reset on the way.
        res.on('end', () => {
          const done = () => resolve({ status: res.statusCode ?? 0, body: text });
          if (req.writableFinished) done();
          else req.once('finish', done);
        });
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let left = 160;
      const pump = () => {
        while (left > 0) {
          left--;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    expect((JSON.parse(body) as { error: { code: string } }).error.code).toBe('too_large');
  });

  it('answers an oversized body with 413 on the Lambda path too (API Gateway lets 10 MB through)', async () => {
    const handler = createLambdaHandler({
      store: db.store,
      sources: testSources,
      apiBaseUrl: 'http://api.test',
      mailer,
    });
    const res = await handler({
      rawPath: '/subscriptions',
      body: 'x'.repeat(1024 * 1024),
      isBase64Encoded: false,
      requestContext: { http: { method: 'POST', sourceIp: '203.0.113.1' }, requestId: 'r' },
    } as unknown as Parameters<typeof handler>[0]);
    expect(res.statusCode).toBe(413);
  });

  it('survives fuzzed paths, queries, cursors, bodies and headers', async () => {
    const segment = fc.oneof(
      fc.string({ maxLength: 12 }).map(encodeURIComponent),
      fc.constantFrom('%', '%Z', '%ff', '%00', '..', 'ev_1', 'events', '%2F', '%E0%A4'),
    );
    const path = fc.oneof(
      fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => `/${s.join('/')}`),
      segment.map((s) => `/events/${s}`),
    );
    const key = fc.constantFrom(
      'limit',
      'cursor',
      'from',
      'to',
      'kind',
      'q',
      'lang',
      'metric',
      'token',
      'x%',
      '%ZZ',
    );
    const value = fc.oneof(
      fc.string({ maxLength: 30 }).map(encodeURIComponent),
      fc.constantFrom('%', '-1', '1e9', 'NaN', '%ZZ'),
    );
    const query = fc
      .array(fc.tuple(key, value), { maxLength: 3 })
      .map((kv) => kv.map(([k, v]) => `${k}=${v}`).join('&'));
    const route = fc.constantFrom(
      '/events',
      '/agreements',
      '/figures',
      '/events.rss',
      '/sources',
      '/subscriptions/confirm',
      '/unsubscribe',
    );
    const cursorEdit = fc.tuple(
      fc.constantFrom('PK', 'SK', 'GSI1PK', 'GSI1SK', 'v', 'm', 'k'),
      fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.constant(null), fc.constant('a'.repeat(1500))),
    );
    const body = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json(),
      fc
        .record({ email: fc.oneof(fc.emailAddress(), fc.string()), mode: fc.string({ maxLength: 8 }) })
        .map((o) => JSON.stringify(o)),
    );
    const headers = fc.dictionary(
      fc.constantFrom('if-none-match', 'content-type', 'accept', 'x-forwarded-for', 'accept-encoding'),
      fc.string({ maxLength: 40 }).filter((v) => /^[\t\x20-\x7e]*$/.test(v)),
    );
    await fc.assert(
      fc.asyncProperty(path, route, query, cursorEdit, body, headers, async (p, r, q, [field, v], b, h) => {
        await probe(p, { headers: h });
        await probe(`${r}?${q}`, { headers: h });
        const edited = tampered(
          (k) => {
            k[field] = v;
          },
          (c) => {
            if (field === 'v' || field === 'm' || field === 'k') c[field] = v;
          },
        );
        await probe(`/events?cursor=${edited}`);
        await probe('/subscriptions', {
          method: 'POST',
          body: b,
          headers: { ...h, 'content-type': 'application/json' },
        });
      }),
      { numRuns: 150, seed: 14 },
    );
  }, 120_000);
});
