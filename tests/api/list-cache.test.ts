import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/api/app.ts';
import { ListCache, MAX_AGE_MS, MAX_ENTRIES } from '../../shared/api/list-cache.ts';
import { createStore } from '../../shared/store/dynamo-store.ts';
import { keys } from '../../shared/store/keys.ts';
import type { Store } from '../../shared/store/port.ts';
import { makeEvent } from '../helpers/events.ts';
import { startTestStore, type TestStore } from '../helpers/store.ts';
import { bumpElsewhere, rawClient } from '../store/contract.ts';
import { testSources } from './server.ts';

/** Every route the cache keeps, with filters, pages and exports. */
const CACHED = [
  '/events',
  '/events?limit=5',
  '/events?kind=visit&limit=3',
  '/events?limit=3&kind=visit',
  '/events?participant=Wang%20Yi',
  '/events?hasAgreement=true',
  '/events?from=2026-01-01&to=2026-06-30',
  '/agreements',
  '/agreements?docType=memorandum',
  '/figures?metric=trade_turnover',
  '/events.rss',
  '/events.atom?kind=meeting',
  '/events.json',
  '/events.csv',
  '/agreements.csv',
  '/figures.csv',
];

/** Status, headers and body of a response, to compare two byte for byte. */
async function whole(res: Response): Promise<{ status: number; headers: [string, string][]; body: string }> {
  return { status: res.status, headers: [...res.headers].sort(), body: await res.text() };
}

/**
 * What another process does: change an event's title (the event item and its list view, as `updateEvent` would;
 * which one a page reads depends on what the months index says), then (optionally) bump the version.
 */
async function writeElsewhere(db: TestStore, id: string, title: string, bump = true): Promise<void> {
  const doc = rawClient(db);
  const view = await doc.send(new GetCommand({ TableName: db.tableName, Key: keys.eventView(id) }));
  const j = JSON.stringify({ ...JSON.parse(String(view.Item?.j)), title });
  await doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.eventView(id),
      UpdateExpression: 'SET j = :j',
      ExpressionAttributeValues: { ':j': j },
    }),
  );
  await doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.event(id),
      UpdateExpression: 'SET title = :t',
      ExpressionAttributeValues: { ':t': title },
    }),
  );
  if (bump) await bumpElsewhere(db, doc);
  doc.destroy();
}

/** The newest event's title on the first page of `/events`. */
async function firstTitle(res: Response): Promise<string> {
  return ((await res.json()) as { items: Array<{ title: string }> }).items[0]?.title ?? '';
}

/**
 * The newest event's title through a list cache on `store` that re-reads the counter at most every 1000 ms of
 * `clock` (one cached page of one event, read from its stored list JSON).
 */
function cachedNewestTitle(store: Store, clock: () => number): () => Promise<string> {
  const cache = new ListCache(store, 1000, clock);
  const page = () =>
    cache.serve(
      'k',
      undefined,
      async () => new Response((await store.listEventsJson({ limit: 1 })).items[0]),
    );
  return async () => JSON.parse(await (await page()).text()).title as string;
}

let db: TestStore;
/** The event the write tests move to the top of the first page (dated far ahead). */
const NEWEST = makeEvent(500, { days: 1 }).id;
const app = (listCacheMs: number | null, store: Store = db.store) =>
  createApp({
    store,
    sources: testSources,
    apiBaseUrl: 'http://api.test',
    listCacheMs,
    now: () => new Date(0),
  });

beforeAll(async () => {
  db = await startTestStore();
  for (let i = 1; i <= 30; i++) await db.store.createEvent(makeEvent(i, { days: 400 }));
});
afterAll(() => db.close());

describe('the list cache', () => {
  it('answers byte for byte what the uncached API answers, on a miss, a hit and a 304', async () => {
    const cached = app(60_000);
    const plain = app(null);
    for (const path of CACHED) {
      const expected = await whole(await plain.request(path));
      expect(expected.status, path).toBe(200);
      expect(await whole(await cached.request(path)), `${path} (miss)`).toEqual(expected);
      expect(await whole(await cached.request(path)), `${path} (hit)`).toEqual(expected);
      const etag = expected.headers.find(([k]) => k === 'etag')?.[1] ?? '';
      expect(etag, path).toMatch(/^"[\w-]{27}"$/);
      const headers = { 'if-none-match': etag };
      const notModified = await whole(await plain.request(path, { headers }));
      expect(notModified.status, path).toBe(304);
      expect(await whole(await cached.request(path, { headers })), `${path} (304)`).toEqual(notModified);
    }
  });

  it('never keeps an error: a bad query is a 400 every time', async () => {
    const cached = app(60_000);
    for (let i = 0; i < 2; i++) expect((await cached.request('/events?limit=0')).status).toBe(400);
  });

  it('shows a write made in the same process at once, however long the counter is reused', async () => {
    const cached = app(60_000);
    const before = await firstTitle(await cached.request('/events?limit=1'));
    const newest = makeEvent(500, { days: 1 });
    await db.store.createEvent({ ...newest, eventDate: '2099-01-01', title: 'Same-process write' });
    expect(await firstTitle(await cached.request('/events?limit=1'))).toBe('Same-process write');
    expect(before).not.toBe('Same-process write');
  });

  it('shows a new month written through another store of this process at once', async () => {
    const cached = app(60_000);
    await cached.request('/events?limit=1');
    const other = createStore({ tableName: db.tableName, endpoint: db.endpoint, region: 'us-east-1' });
    try {
      await other.createEvent({
        ...makeEvent(600),
        eventDate: '2098-03-04',
        title: 'Another store, new month',
      });
    } finally {
      other.destroy();
    }
    // the API's store has its months index cached (read by the request above): the page must not use it
    const page = await cached.request('/events?limit=1&from=2098-01-01&to=2098-12-31');
    expect(await firstTitle(page)).toBe('Another store, new month');
  });

  it("shows another process's write once the counter is read again (at once with 0)", async () => {
    const everyRequest = app(0);
    const id = NEWEST;
    expect(await firstTitle(await everyRequest.request('/events?limit=1'))).toBe('Same-process write');
    await writeElsewhere(db, id, 'Written elsewhere');
    expect(await firstTitle(await everyRequest.request('/events?limit=1'))).toBe('Written elsewhere');

    let now = 0;
    const title = cachedNewestTitle(db.store, () => now);
    expect(await title()).toBe('Written elsewhere');
    await writeElsewhere(db, id, 'Written again');
    now = 999; // the counter read at 0 is still reused: the page may be this stale
    expect(await title()).toBe('Written elsewhere');
    now = 1000;
    expect(await title()).toBe('Written again');
  });

  it('never keeps a page read while a write landed under the newer version', async () => {
    // the write (another process's) lands after the page was read, before the answer: the page is stale at once
    let racing = true;
    const store = new Proxy(db.store, {
      get(target, prop, receiver) {
        if (prop !== 'listEventsJson') return Reflect.get(target, prop, receiver);
        return async (q: Parameters<Store['listEventsJson']>[0]) => {
          const page = await target.listEventsJson(q);
          if (racing) await writeElsewhere(db, NEWEST, 'Landed during the read');
          racing = false;
          return page;
        };
      },
    });
    const cached = app(0, store);
    expect(await firstTitle(await cached.request('/events?limit=1'))).not.toBe('Landed during the read');
    expect(await firstTitle(await cached.request('/events?limit=1'))).toBe('Landed during the read');
  });

  it(`reads a page again after ${MAX_AGE_MS / 1000} s even when the counter did not move (GSI lag)`, async () => {
    let now = 0;
    const title = cachedNewestTitle(db.store, () => now);
    const first = await title();
    // a change the counter does not announce: what a lagging index read would have missed
    await writeElsewhere(db, NEWEST, 'Lagged', false);
    for (now = 1000; now < MAX_AGE_MS; now += 5000) expect(await title()).toBe(first);
    now = MAX_AGE_MS;
    expect(await title()).toBe('Lagged');
  });

  it('keeps one entry per normalised URL: the order of query parameters does not matter', async () => {
    const cache = new ListCache(db.store, 60_000);
    const cached = app(60_000);
    await cached.request('/events?kind=visit&limit=3');
    await cached.request('/events?limit=3&kind=visit');
    let computed = 0;
    const count = async () => {
      computed++;
      return new Response('x');
    };
    await cache.serve('/events?a=1&b=2', undefined, count);
    await cache.serve('/events?a=1&b=2', undefined, count);
    expect(computed).toBe(1);
    expect(cache.size).toBe(1);
  });

  it(`keeps at most ${MAX_ENTRIES} responses, dropping the least recently used`, async () => {
    const cache = new ListCache(db.store, 60_000);
    let computed = 0;
    const serve = (k: string) =>
      cache.serve(k, undefined, async () => {
        computed++;
        return new Response(k);
      });
    for (let i = 0; i < MAX_ENTRIES; i++) await serve(`/k${i}`);
    await serve('/k0'); // used again: now the most recent
    await serve('/one-more');
    expect(cache.size).toBe(MAX_ENTRIES);
    computed = 0;
    await serve('/k0');
    expect(computed).toBe(0);
    await serve('/k1'); // the least recently used one was dropped
    expect(computed).toBe(1);
  });

  it('reads a page once for concurrent requests of it under one tag (no stampede when an entry expires)', async () => {
    let now = 0;
    const cache = new ListCache(db.store, 60_000, () => now);
    let computed = 0;
    const slow = () =>
      cache.serve('/slow', undefined, async () => {
        computed++;
        await new Promise((r) => setTimeout(r, 30));
        return new Response('page');
      });
    const bodies = await Promise.all(Array.from({ length: 20 }, () => slow().then((r) => r.text())));
    expect(bodies.every((b) => b === 'page')).toBe(true);
    expect(computed).toBe(1);
    now = MAX_AGE_MS; // expired: again one read for the whole burst
    await Promise.all(Array.from({ length: 20 }, () => slow()));
    expect(computed).toBe(2);
  });
});
