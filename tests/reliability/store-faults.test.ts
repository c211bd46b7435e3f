import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAll, totals } from '../../shared/pipeline/run-all.ts';
import { createStore } from '../../shared/store/dynamo-store.ts';
import { startTestServer, type TestServer } from '../helpers/fixture-server.ts';
import { startTestStore, type TestStore } from '../helpers/store.ts';
import { type FaultProxy, startFaultProxy } from './fault-proxy.ts';
import { duplicatesIn, fastHttp, makeDeps, pickSources, snapshot, type TableSnapshot } from './harness.ts';

const IDS = ['kazinform-en', 'daryo-en', 'timesca'] as const;

let fixtures: TestServer;
/** What a clean run stores: the reference every faulty run must end up equal to. */
let clean: TableSnapshot;
let cleanTotals: ReturnType<typeof totals>;

/** A store on a fresh table reached through a fault proxy. */
async function faultyStore(): Promise<{
  db: TestStore;
  proxy: FaultProxy;
  store: ReturnType<typeof createStore>;
}> {
  const db = await startTestStore();
  const proxy = await startFaultProxy(db.endpoint);
  const store = createStore({ tableName: db.tableName, endpoint: proxy.endpoint, region: 'us-east-1' });
  return { db, proxy, store };
}

const ids = (s: TableSnapshot) => ({
  articles: s.articles.map((a) => a.id).sort(),
  events: s.events.map((e) => e.id).sort(),
});

beforeAll(async () => {
  fixtures = await startTestServer();
  const db = await startTestStore();
  cleanTotals = totals(await runAll(makeDeps(db.store, fastHttp(fixtures.rewrite), pickSources(IDS)), null));
  clean = await snapshot(db.endpoint, db.tableName);
  await db.close();
}, 60_000);

afterAll(async () => {
  await fixtures?.close();
});

describe('DynamoDB throttling and 5xx', () => {
  it('absorbs transient throttling and 500s in the SDK retries: the run is as clean as a clean run', async () => {
    const { db, proxy, store } = await faultyStore();
    proxy.rules.push(
      { kind: 'throttle', transient: true, every: 7, limit: 3 },
      { kind: 'server-error', transient: true, every: 3 },
    );
    const summaries = await runAll(makeDeps(store, fastHttp(fixtures.rewrite), pickSources(IDS)), null);
    expect([...proxy.injected.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
    expect(summaries.map((s) => [s.sourceId, s.ok, s.failures])).toEqual(IDS.map((id) => [id, true, []]));
    expect(totals(summaries)).toMatchObject({
      newArticles: cleanTotals.newArticles,
      newEvents: cleanTotals.newEvents,
    });
    const snap = await snapshot(db.endpoint, db.tableName);
    expect(ids(snap)).toEqual(ids(clean));
    expect(duplicatesIn(snap)).toEqual([]);
    store.destroy();
    await proxy.close();
    await db.close();
  });

  it('records items as failures when article writes keep failing, and a clean re-run completes them once', async () => {
    const { db, proxy, store } = await faultyStore();
    proxy.rules.push({ kind: 'server-error', op: 'PutItem', match: /"PK":\{"S":"ART#/ });
    const deps = makeDeps(store, fastHttp(fixtures.rewrite), pickSources(IDS));
    const faulty = await runAll(deps, null);
    expect(faulty.every((s) => s.ok)).toBe(true);
    const failed = faulty.flatMap((s) => s.failures);
    expect(failed.length).toBe(cleanTotals.newArticles);
    for (const f of failed) expect(f.reason).toMatch(/^StoreError: DynamoDB \w+ failed: [^\n]+$/);
    expect((await store.listItemFailures('kazinform-en')).length).toBeGreaterThan(0);

    proxy.rules.length = 0;
    const healed = await runAll(deps, null);
    expect(healed.flatMap((s) => s.failures)).toEqual([]);
    for (const id of IDS) expect(await store.listItemFailures(id)).toEqual([]);
    const snap = await snapshot(db.endpoint, db.tableName);
    expect(ids(snap)).toEqual(ids(clean));
    expect(duplicatesIn(snap)).toEqual([]);
    // And a further run changes nothing.
    const again = totals(await runAll(deps, null));
    expect(again).toMatchObject({ newArticles: 0, newEvents: 0, merged: 0, failures: 0 });
    store.destroy();
    await proxy.close();
    await db.close();
  });

  // Regression guard: a store failure reading a source's state once rejected runAll, so the sources after
  // it never ran; now that source alone fails.
  it('fails only the source whose state cannot be read; the others still run', async () => {
    const { db, proxy, store } = await faultyStore();
    proxy.rules.push({ kind: 'server-error', op: 'GetItem', match: /STATE#kazinform-en/ });
    const summaries = await runAll(makeDeps(store, fastHttp(fixtures.rewrite), pickSources(IDS)), null);
    expect(summaries.map((s) => [s.sourceId, s.ok])).toEqual([
      ['kazinform-en', false],
      ['daryo-en', true],
      ['timesca', true],
    ]);
    store.destroy();
    await proxy.close();
    await db.close();
  });
});
