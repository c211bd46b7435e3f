import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAll, totals } from '../../shared/pipeline/run-all.ts';
import { startTestServer, type TestServer } from '../helpers/fixture-server.ts';
import { startTestStore } from '../helpers/store.ts';
import {
  cleanRun,
  duplicatesIn,
  fastHttp,
  makeDeps,
  pickSources,
  snapshot,
  type TableSnapshot,
} from './harness.ts';

const IDS = ['kazinform-en', 'daryo-en', 'timesca', 'kazinform-ru', 'daryo-ru', 'astanatimes'];

let fixtures: TestServer;
let clean: TableSnapshot;

/** Events as the sets of articles they group (ids of events may differ with who created them first). */
const groupings = (s: TableSnapshot) =>
  s.events
    .map((e) =>
      e.sources
        .map((x) => x.articleId)
        .sort()
        .join(' '),
    )
    .sort();

beforeAll(async () => {
  fixtures = await startTestServer();
  clean = await cleanRun(fixtures.rewrite, IDS);
}, 60_000);

afterAll(async () => {
  await fixtures?.close();
});

describe('two ingestion runs at once over one store', () => {
  it('stores each story once: the union equals a single run', async () => {
    const db = await startTestStore();
    const deps = () => makeDeps(db.store, fastHttp(fixtures.rewrite), pickSources(IDS));
    // Same order and reverse order: the runs meet on the same items at the same time and at different times.
    const [a, b] = await Promise.all([
      runAll(deps(), null),
      runAll({ ...deps(), sources: pickSources([...IDS].reverse()) }, null),
    ]);
    expect([...a, ...b].filter((s) => !s.ok)).toEqual([]);
    const t = totals([...a, ...b]);
    expect(t.newArticles).toBe(clean.articles.length);
    const after = await snapshot(db.endpoint, db.tableName);
    expect(duplicatesIn(after)).toEqual([]);
    expect(after.articles.map((x) => x.id).sort()).toEqual(clean.articles.map((x) => x.id).sort());
    expect(after.events).toHaveLength(clean.events.length);
    expect(groupings(after)).toEqual(groupings(clean));
    await db.close();
  });
});
