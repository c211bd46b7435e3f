import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LambdaEvent as ApiRequest } from '../../shared/api/lambda.ts';
import { createLambdaHandler } from '../../shared/api/lambda.ts';
import { createHttpClient } from '../../shared/fetch/http.ts';
import { runAll } from '../../shared/pipeline/run-all.ts';
import type { PipelineDeps } from '../../shared/pipeline/types.ts';
import { startTestStore, type TestStore } from '../helpers/store.ts';
import {
  type FloodServer,
  page,
  prose,
  recordingMailer,
  rssOf,
  sourceOn,
  startFloodServer,
} from './flood-server.ts';
import { makeDeps } from './harness.ts';

/**
 * Finding 4 of issue 14: source health must not lie. An HTML page where the feed should be, feeds that stay
 * empty, pages that never parse are failures (counted, in `GET /sources`, alerted); a date in 2099 does not
 * become the newest item; items sharing a GUID over different links are all kept.
 */
let server: FloodServer;
let db: TestStore;
const mailer = recordingMailer();
const NOW = new Date('2026-06-02T12:00:00Z');

const sources = [
  sourceOn('html.test', 'html-feed'),
  sourceOn('empty.test', 'empty-feed'),
  sourceOn('future.test', 'future-feed'),
  sourceOn('guid.test', 'guid-feed'),
  sourceOn('noparse.test', 'noparse-feed'),
];

function deps(): PipelineDeps {
  return {
    ...makeDeps(
      db.store,
      createHttpClient({ rewrite: server.rewrite, allowPrivate: true, hostDelayMs: 0, retries: 0 }),
      sources,
      {
        mailer,
        now: () => NOW,
      },
    ),
    operatorEmail: 'ops@example.org',
  };
}

beforeAll(async () => {
  server = await startFloodServer();
  db = await startTestStore();
  server.sites.set('html.test', {
    feed: '<!doctype html><html><head><title>Welcome</title></head><body><p>Sign in to continue</p></body></html>',
    feedType: 'text/html; charset=utf-8',
    pages: () => null,
  });
  server.sites.set('empty.test', { feed: rssOf([]), pages: () => null });
  server.sites.set('future.test', {
    feed: rssOf([
      {
        link: 'https://future.test/article/1',
        date: 'Mon, 01 Jun 2026 08:00:00 +0000',
        html: `<p>${prose(1)}</p>`,
      },
      {
        link: 'https://future.test/article/2',
        date: 'Thu, 01 Jan 2099 08:00:00 +0000',
        html: `<p>${prose(2)}</p>`,
      },
    ]),
    pages: () => null,
  });
  // Five stories under one GUID: a CMS that reuses it. Each link has its own page.
  server.sites.set('guid.test', {
    feed: rssOf([1, 2, 3, 4, 5].map((i) => ({ link: `https://guid.test/article/${i}`, guid: 'same-guid' }))),
    pages: (p) => {
      const n = Number(p.split('/').pop());
      return n >= 1 && n <= 5 ? page(`Story ${n}`, prose(100 + n)) : null;
    },
  });
  server.sites.set('noparse.test', {
    feed: rssOf([1, 2].map((i) => ({ link: `https://noparse.test/article/${i}` }))),
    pages: () => '<!doctype html><html><head><title>x</title></head><body></body></html>',
  });
});
afterAll(async () => {
  await db?.close();
  await server?.close();
});

async function sourcesApi() {
  const api = createLambdaHandler({ store: db.store, sources, apiBaseUrl: 'http://api.test' });
  const res = await api({
    rawPath: '/sources',
    requestContext: { http: { method: 'GET' } },
  } as unknown as ApiRequest);
  return new Map(
    (JSON.parse(String(res.body)) as { items: Array<Record<string, unknown>> }).items.map((i) => [
      i.sourceId,
      i,
    ]),
  );
}

describe('truthful source health', () => {
  it('fails, counts, shows and alerts an HTML page where a feed is expected, and feeds that stay empty', async () => {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await runAll(deps(), null));
    const first = new Map(runs[0]?.map((s) => [s.sourceId, s]));
    expect(first.get('html-feed')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/expected an RSS\/Atom feed.*HTML/),
    });
    // Empty once or twice is news-less, not broken; the third empty listing in a row is a failure.
    expect(first.get('empty-feed')?.ok).toBe(true);
    const third = new Map(runs[2]?.map((s) => [s.sourceId, s]));
    expect(third.get('empty-feed')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no items in the last 3/),
    });
    const health = await sourcesApi();
    expect(health.get('html-feed')).toMatchObject({ status: 'failing', consecutiveFailures: 3 });
    expect(health.get('empty-feed')).toMatchObject({
      status: 'failing',
      emptyRuns: 3,
      consecutiveFailures: 1,
    });
    expect(mailer.sent.filter((m) => m.to === 'ops@example.org').map((m) => m.subject)).toEqual(
      expect.arrayContaining([expect.stringMatching(/html-feed/)]),
    );
  });

  it('counts pages that do not parse, and fails the run when none did', async () => {
    const health = await sourcesApi();
    expect(health.get('noparse-feed')).toMatchObject({ status: 'failing', parseFailures: 2 });
    expect(String(health.get('noparse-feed')?.lastError)).toMatch(/failed to parse/);
  });

  it('clamps a date in 2099 to the fetch time and notes it', async () => {
    const state = await db.store.getSourceState('future-feed');
    expect(Date.parse(state?.newestItemAt ?? '')).toBeLessThanOrEqual(NOW.getTime());
    const health = await sourcesApi();
    expect(health.get('future-feed')).toMatchObject({ status: 'ok' });
    expect(String(health.get('future-feed')?.notes)).toMatch(/future/);
  });

  it('keeps items that share one GUID over different links', async () => {
    const state = await db.store.getSourceState('guid-feed');
    expect(state?.lastError).toBeNull();
    expect(server.pageHits('guid.test')).toBe(5);
    // All five stories were stored, each under its own link.
    for (let i = 1; i <= 5; i++)
      expect(await db.store.seenUrls('guid-feed', [`https://guid.test/article/${i}`])).toHaveProperty(
        'size',
        1,
      );
  });
});
