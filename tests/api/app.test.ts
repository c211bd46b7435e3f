import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/api/app.ts';
import { apiRoutes } from '../../shared/api/routes.ts';
import { makeEvent } from '../helpers/events.ts';
import { startTestStore, type TestStore } from '../helpers/store.ts';

/** The app in-process: web-standard Request → Response, no server, no faked API Gateway event. */
let db: TestStore;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  db = await startTestStore();
  for (let i = 1; i <= 3; i++) await db.store.createEvent(makeEvent(i));
  app = createApp({ store: db.store, sources: [], apiBaseUrl: 'http://api.test' });
});
afterAll(async () => db?.close());

describe('the app on web standards', () => {
  it('answers HEAD like GET without a body, and OPTIONS anywhere with the CORS headers', async () => {
    const head = await app.request('/events', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBeTruthy();
    expect(await head.text()).toBe('');
    const pre = await app.request('/events', { method: 'OPTIONS' });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('answers a known path with a wrong method 405 naming the allowed ones, and unknown paths 404', async () => {
    const put = await app.request('/subscriptions', { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('POST');
    const del = await app.request('/events/ev_x', { method: 'DELETE' });
    expect(del.headers.get('allow')).toBe('GET');
    const both = await app.request('/unsubscribe', { method: 'PATCH' });
    expect(both.headers.get('allow')?.split(', ').sort()).toEqual(['GET', 'POST']);
    const none = await app.request('/nowhere');
    expect(none.status).toBe(404);
    expect(await none.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('refuses a body over the limit with 413 in the error shape, before any handler reads it', async () => {
    const res = await app.request('/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@example.org', pad: 'x'.repeat(70_000) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'too_large' } });
  });

  it('never shows internals on a 5xx', async () => {
    const broken = createApp({
      store: new Proxy(db.store, {
        get: () => () => Promise.reject(new Error('secret table arn:aws:dynamodb:xx')),
      }),
      sources: [],
      apiBaseUrl: 'http://api.test',
    });
    const res = await broken.request('/events');
    expect(res.status).toBe(500);
    expect(await res.text()).not.toMatch(/secret|arn:|Error/);
  });

  it('lets the integrator mount more routes (the web pages) after the API', async () => {
    const withPages = createApp({ store: db.store, sources: [], apiBaseUrl: 'http://api.test' }, [
      (a) => a.get('/', (c) => c.html('<h1>timeline</h1>')),
    ]);
    expect(await (await withPages.request('/')).text()).toContain('timeline');
    expect((await withPages.request('/events')).status).toBe(200);
  });

  it('documents every route it serves in /openapi.json, and serves every documented one', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    for (const must of [
      'POST /subscriptions',
      'GET /subscriptions/confirm',
      'POST /subscriptions/confirm',
      'GET /subscriptions/manage',
      'POST /subscriptions/manage',
      'GET /unsubscribe',
      'POST /unsubscribe',
      'GET /openapi.json',
      'GET /subscribe',
      'GET /events/{id}',
    ])
      expect(documented).toContain(must);
    expect(documented).toHaveLength(apiRoutes.length);
    for (const r of apiRoutes) {
      const res = await app.request(r.path.replace(':id', 'ev_1'), { method: r.method });
      const body = await res.text();
      const unrouted = res.status === 405 || (res.status === 404 && body.includes('no route'));
      expect(unrouted, `${r.method} ${r.path} is routed`).toBe(false);
    }
  });
});

describe('GET /docs', () => {
  it('is one self-contained HTML page describing every route from the route list', async () => {
    const res = await app.request('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).not.toMatch(/<script|<link|src="http|@import/);
    for (const r of apiRoutes)
      expect(html, `${r.method} ${r.path}`).toContain(
        `${r.method}</span> <span class="path">${r.path.replace(':id', '{id}')}`,
      );
    // The parameters come from the zod schemas: their values and descriptions are on the page.
    expect(html).toContain('<code>agreement_signing</code>');
    expect(html).toContain('earliest event date');
    expect(html).toContain('integer 1–100 default <code>20</code>');
  });
});
