/**
 * Browsers get pages, JSON clients JSON: errors for a request preferring HTML are pages in the site layout
 * (5xx without internals), mail links that expired or were mangled are pages, and HTML is compressed whichever
 * route produced it.
 */
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/api/app.ts';
import { prefersHtml } from '../../shared/api/browser.ts';
import type { Store } from '../../shared/store/port.ts';
import { mountWeb } from '../../shared/web/index.ts';
import { makeEvent } from '../helpers/events.ts';
import { startTestStore, type TestStore } from '../helpers/store.ts';

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
let db: TestStore;
let app: ReturnType<typeof createApp>;
let broken: ReturnType<typeof createApp>;

beforeAll(async () => {
  db = await startTestStore();
  await db.store.createEvent(makeEvent(1));
  const deps = { store: db.store, sources: [], apiBaseUrl: 'http://api.test' };
  app = createApp(deps, [(a) => mountWeb(a, deps)]);
  // the real store, except that listing fails with an error whose text must never reach a client
  const failing = new Proxy(db.store, {
    get: (target, name, receiver) =>
      name === 'listEvents' || name === 'listEventsJson' || name === 'listRecentEvents'
        ? () => Promise.reject(new Error('secret-table-name exploded'))
        : Reflect.get(target, name, receiver),
  }) as Store;
  const brokenDeps = { ...deps, store: failing };
  broken = createApp(brokenDeps, [(a) => mountWeb(a, brokenDeps)]);
});
afterAll(async () => db?.close());

const get = (a: typeof app, path: string, accept?: string) =>
  a.request(path, { headers: accept ? { accept } : {} });

describe('error pages', () => {
  it('read Accept as browsers and API clients send it', () => {
    expect(prefersHtml(BROWSER)).toBe(true);
    expect(prefersHtml('*/*')).toBe(false);
    expect(prefersHtml(undefined)).toBe(false);
    expect(prefersHtml('application/json, text/html;q=0.5')).toBe(false);
    expect(prefersHtml('text/html;q=0')).toBe(false);
  });

  it('answer an unknown path with a page in the site layout for a browser, JSON for everyone else', async () => {
    const page = await get(app, '/no/such/page', BROWSER);
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const body = await page.text();
    expect(body).toContain('<h1>Page not found</h1>');
    expect(body).toContain('href="/"');
    for (const accept of [undefined, '*/*', 'application/json']) {
      const res = await get(app, '/no/such/page', accept);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
    }
  });

  it('show a client mistake with its message, and a 405 keeps its Allow header', async () => {
    const bad = await get(app, '/events?limit=many', BROWSER);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('<h1>Bad request</h1>');
    const put = await app.request('/events', { method: 'PUT', headers: { accept: BROWSER } });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET');
    expect(put.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('never show internals of a 5xx, on a page or in JSON', async () => {
    const page = await get(broken, '/events', BROWSER);
    expect(page.status).toBe(500);
    const body = await page.text();
    expect(body).toContain('<h1>Something went wrong</h1>');
    expect(body).not.toContain('secret');
    const res = await get(broken, '/events', 'application/json');
    expect(res.status).toBe(500);
    const json = await res.text();
    expect(JSON.parse(json)).toEqual({ error: { code: 'internal', message: 'internal error', field: null } });
    expect(json).not.toContain('secret');
    const timeline = await get(broken, '/', BROWSER);
    expect(timeline.status).toBe(500);
    expect(await timeline.text()).not.toContain('secret');
  });

  it('answer a mangled or expired mail link with a page unless JSON is asked for', async () => {
    for (const path of [
      '/subscriptions/confirm?token=short',
      '/unsubscribe',
      '/subscriptions/manage?token=x',
    ]) {
      const res = await get(app, path, '*/*');
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(await res.text()).toContain('<h1>Bad request</h1>');
      const api = await get(app, path, 'application/json');
      expect(((await api.json()) as { error: { code: string } }).error.code).toBe('bad_request');
    }
  });
});

describe('compression', () => {
  it('compresses the API route /subscribe like the other pages, and error pages too', async () => {
    for (const path of ['/subscribe', '/', '/nowhere']) {
      const res = await app.request(path, { headers: { 'accept-encoding': 'gzip', accept: BROWSER } });
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
      expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toContain('</html>');
    }
    const json = await app.request('/events', { headers: { 'accept-encoding': 'gzip' } });
    expect(json.headers.get('content-encoding')).toBeNull();
  });
});
