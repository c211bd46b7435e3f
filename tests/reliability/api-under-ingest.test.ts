import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/api/app.ts';
import { serveApi } from '../../shared/local/http-server.ts';
import { runAll } from '../../shared/pipeline/run-all.ts';
import { DEFAULT_RUN_LIMITS } from '../../shared/pipeline/run-limits.ts';
import { startTestServer, type TestServer } from '../helpers/fixture-server.ts';
import { startTestStore, type TestStore } from '../helpers/store.ts';
import { fastHttp, makeDeps, pickSources } from './harness.ts';

/** Issue 14's "done when": 30 concurrent API clients while an ingest runs (hosts in parallel) see no error. */
const IDS = ['kazinform-en', 'daryo-en'];
/** Items per source: enough for the ingest to write events while the clients read, short enough for CI. */
const ITEMS = 4;
let fixtures: TestServer;
let db: TestStore;

beforeAll(async () => {
  fixtures = await startTestServer();
  db = await startTestStore();
});
afterAll(async () => {
  await db?.close();
  await fixtures?.close();
});

describe('the API while an ingest runs', () => {
  it('answers 30 concurrent clients without an error', async () => {
    const sources = pickSources(IDS);
    const api = await serveApi(createApp({ store: db.store, sources, apiBaseUrl: 'http://api.test' }), {
      port: 0,
    });
    const deps = {
      ...makeDeps(
        db.store,
        fastHttp(fixtures.rewrite, { idleTimeoutMs: 10_000, totalTimeoutMs: 20_000 }),
        sources,
      ),
      runLimits: { ...DEFAULT_RUN_LIMITS, parallelHosts: 4, maxItems: ITEMS },
    };
    let ingesting = true;
    const ingest = runAll(deps, null).finally(() => {
      ingesting = false;
    });
    const problems: string[] = [];
    let answered = 0;
    const paths = ['/events', '/events?limit=5', '/sources', '/events.rss', '/agreements', '/health'];
    const client = async (c: number) => {
      for (let i = 0; ingesting || i < 3; i++) {
        const path = paths[(c + i) % paths.length] ?? '/health';
        try {
          const res = await fetch(`${api.url}${path}`);
          await res.arrayBuffer();
          if (res.status !== 200) problems.push(`${path}: ${res.status}`);
          answered++;
        } catch (err) {
          problems.push(`${path}: ${(err as Error).message}`);
        }
        // A reader's pace, not a busy loop: the point is concurrency, not starving the ingest of CPU.
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    try {
      await Promise.all(Array.from({ length: 30 }, (_, c) => client(c)));
      const summaries = await ingest;
      expect(summaries.filter((s) => !s.ok)).toEqual([]);
      expect(problems).toEqual([]);
      expect(answered).toBeGreaterThanOrEqual(90);
    } finally {
      await api.close();
    }
  }, 120_000);
});
