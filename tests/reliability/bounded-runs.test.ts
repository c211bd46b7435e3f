import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../shared/fetch/http.ts';
import { MAX_ALT_URLS } from '../../shared/pipeline/article-stage.ts';
import { runAll } from '../../shared/pipeline/run-all.ts';
import { DEFAULT_RUN_LIMITS, type RunLimits } from '../../shared/pipeline/run-limits.ts';
import type { PipelineDeps } from '../../shared/pipeline/types.ts';
import { createDocumentClient } from '../../shared/store/dynamo-store.ts';
import { keys } from '../../shared/store/keys.ts';
import { startTestStore, type TestStore } from '../helpers/store.ts';
import { type FloodServer, page, prose, rssOf, sourceOn, startFloodServer } from './flood-server.ts';
import { makeDeps, snapshot } from './harness.ts';

/**
 * Finding 1 of issue 14: near-duplicate items were downloaded again on every run, without bound. Now every
 * URL a source lists is remembered whatever became of it, runs stop at their caps (items, bytes, time) and
 * report what they left, which the next run picks up; altUrls stay bounded; hosts run in parallel.
 */
let server: FloodServer;
const N = 60;
const STORY = prose(7, 60);

beforeAll(async () => {
  server = await startFloodServer();
  // One story re-posted under N links: exact copies, and copies with a different closing line (near-duplicates).
  server.sites.set('flood.test', {
    feed: rssOf(Array.from({ length: N }, (_, i) => ({ link: `https://flood.test/article/${i}` }))),
    pages: (p) => {
      const i = Number(p.split('/').pop());
      if (!(i >= 0 && i < N)) return null;
      return page('Freight volumes grow', i % 2 ? STORY : `${STORY} Reposted as item ${i}.`);
    },
  });
});
afterAll(async () => server?.close());

function deps(db: TestStore, limits: Partial<RunLimits>, ids: string[] = ['flood']): PipelineDeps {
  const http = createHttpClient({ rewrite: server.rewrite, allowPrivate: true, hostDelayMs: 0, retries: 0 });
  const sources = ids.map((id) => sourceOn(`${id}.test`, id));
  return { ...makeDeps(db.store, http, sources), runLimits: { ...DEFAULT_RUN_LIMITS, ...limits } };
}

describe('bounded, remembered work', () => {
  it('never downloads a listed URL twice, stops at the item cap and picks up the rest next run', async () => {
    const db = await startTestStore();
    try {
      const hits: number[] = [];
      const runs = [];
      for (let r = 0; r < 4; r++) {
        const before = server.pageHits('flood.test');
        const [s] = await runAll(deps(db, { maxItems: 20 }), null);
        runs.push(s);
        hits.push(server.pageHits('flood.test') - before);
      }
      expect(runs.map((s) => s?.ok)).toEqual([true, true, true, true]);
      expect(hits).toEqual([20, 20, 20, 0]);
      expect(runs.map((s) => s?.leftover)).toEqual([40, 20, 0, 0]);
      expect(runs[0]?.stoppedBy).toBe('items');
      // While a backlog is left the feed is fetched in full (a 304 would hide it); once done, 304 again.
      expect(runs.map((s) => s?.notModified)).toEqual([false, false, false, true]);
      expect(runs.map((s) => s?.skippedSeen)).toEqual([0, 20, 40, 0]);
      const state = await db.store.getSourceState('flood');
      expect(state?.backlog).toBe(0);
      const snap = await snapshot(db.endpoint, db.tableName);
      expect(snap.articles).toHaveLength(1);
      const owner = snap.articles[0];
      expect(owner?.altUrls.length).toBeLessThanOrEqual(MAX_ALT_URLS);
      const doc = createDocumentClient({ endpoint: db.endpoint });
      const overflow = await doc.send(
        new GetCommand({ TableName: db.tableName, Key: keys.altUrlOverflow(owner?.id ?? '') }),
      );
      doc.destroy();
      expect(Number(overflow.Item?.count)).toBe(N - 1 - MAX_ALT_URLS);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('stops at the byte cap and reports it', async () => {
    const db = await startTestStore();
    try {
      const [s] = await runAll(deps(db, { maxBytes: 200_000 }), null);
      expect(s?.stoppedBy).toBe('bytes');
      expect(s?.bytes).toBeLessThan(200_000 + 20_000);
      expect(s?.leftover).toBeGreaterThan(0);
      expect((await db.store.getSourceState('flood'))?.notes?.join(' ')).toMatch(
        /left for the next run \(bytes/,
      );
    } finally {
      await db.close();
    }
  }, 60_000);

  it('runs hosts in parallel: a slow host neither delays a healthy one nor outlives its time budget', async () => {
    server.sites.set('slow.test', { feed: rssOf([]), pages: () => null, delayMs: 4000 });
    server.sites.set('quick.test', {
      feed: rssOf([{ link: 'https://quick.test/article/1' }]),
      pages: () => page('A quick story', prose(3)),
    });
    const db = await startTestStore();
    try {
      const started = Date.now();
      const [slow, quick] = await runAll(deps(db, { timeBudgetMs: 1500 }, ['slow', 'quick']), null);
      const wall = Date.now() - started;
      expect(quick).toMatchObject({ ok: true, newArticles: 1 });
      expect(quick?.durationMs).toBeLessThan(1500);
      expect(slow).toMatchObject({ ok: false, error: expect.stringMatching(/time budget/) });
      expect(wall).toBeLessThan(3500);
    } finally {
      await db.close();
    }
  }, 60_000);
});
