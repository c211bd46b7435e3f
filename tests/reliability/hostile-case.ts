import { expect } from 'vitest';
import type { Source } from '../../shared/domain/index.ts';
import { runAll } from '../../shared/pipeline/run-all.ts';
import type { RunSummary } from '../../shared/pipeline/types.ts';
import { startTestServer, type TestServer } from '../helpers/fixture-server.ts';
import { startTestStore, type TestStore } from '../helpers/store.ts';
import {
  counts,
  fastHttp,
  HEALTHY_IDS,
  HOSTILE_ID,
  makeDeps,
  pickSources,
  snapshot,
  summaryOf,
} from './harness.ts';
import { HOSTILE_HOST, type Hostile, type HostileServer, startHostileServer } from './hostile-server.ts';

/*
 * One hostile case: a fresh store where the hostile source (a copy of timesca on hostile.test) has had a good
 * run; then the hostile source and two healthy ones run together with the hostile routes active; then the
 * hostile source runs again, healed. The test files call setUpHostile / tearDownHostile around their cases.
 */

/** A megabyte. */
export const MB = 1024 * 1024;
/** The id of the hostile copy of the timesca source. */
export const HOSTILE = 'hostile';

let fixtures: TestServer;
/** The hostile server; its `routes` are set per case. */
export let hostile: HostileServer;
/** The hostile source first, then the healthy ones. */
export let sources: Source[];
/** What the healthy sources ingest when they run alone (after the same seed run). */
let alone: Map<string, ReturnType<typeof counts>>;

/** The timesca source config pointed at the hostile host; it also knows Daryo's body selector. */
function hostileSource(): Source {
  const [tca] = pickSources([HOSTILE_ID]);
  if (tca?.kind !== 'rss') throw new Error('timesca is an RSS source');
  return {
    ...tca,
    id: HOSTILE,
    url: `https://${HOSTILE_HOST}/feed/`,
    bodySelectors: [...(tca.bodySelectors ?? []), '.article__text'],
  };
}

/** The test client, sending hostile.test to the hostile server and real hosts to the fixtures. */
export function http() {
  return fastHttp(hostile.rewrite(fixtures.rewrite));
}

/** A fresh store where the hostile source has had one good run (its articles and events are stored). */
async function seeded(): Promise<TestStore> {
  const db = await startTestStore();
  const first = await runAll(makeDeps(db.store, http(), sources), HOSTILE);
  expect(first[0]?.ok).toBe(true);
  return db;
}

/** What one hostile case observed. */
export interface CaseResult {
  hostileRun: RunSummary;
  healthy: Map<string, ReturnType<typeof counts>>;
  lost: string[];
  rssGrowthMb: number;
  failuresAfterHostile: number;
  consecutiveAfterHostile: number;
  healed: RunSummary;
  consecutiveAfterHeal: number;
  failuresAfterHeal: number;
  db: TestStore;
}

/** Seeds, runs all three sources with `routes` active, heals, runs the hostile source again. */
export async function hostileCase(routes: Record<string, Hostile>): Promise<CaseResult> {
  const db = await seeded();
  const deps = makeDeps(db.store, http(), sources);
  const before = await snapshot(db.endpoint, db.tableName);
  for (const [path, b] of Object.entries(routes)) hostile.routes.set(path, b);
  const rss0 = process.memoryUsage().rss;
  let summaries: RunSummary[];
  try {
    summaries = await runAll(deps, null);
  } finally {
    hostile.routes.clear();
  }
  const rssGrowthMb = (process.memoryUsage().rss - rss0) / MB;
  const stateAfterHostile = await db.store.getSourceState(HOSTILE);
  const failuresAfterHostile = (await db.store.listItemFailures(HOSTILE)).length;
  const [healed] = await runAll(deps, HOSTILE);
  const after = await snapshot(db.endpoint, db.tableName);
  const keep = new Set([...after.articles.map((a) => a.id), ...after.events.map((e) => e.id)]);
  const lost = [...before.articles.map((a) => a.id), ...before.events.map((e) => e.id)].filter(
    (id) => !keep.has(id),
  );
  if (!healed) throw new Error('no healed summary');
  return {
    hostileRun: summaryOf(summaries, HOSTILE),
    healthy: new Map(HEALTHY_IDS.map((id) => [id, counts(summaryOf(summaries, id))])),
    lost,
    rssGrowthMb,
    failuresAfterHostile,
    consecutiveAfterHostile: stateAfterHostile?.consecutiveFailures ?? -1,
    healed,
    consecutiveAfterHeal: (await db.store.getSourceState(HOSTILE))?.consecutiveFailures ?? -1,
    failuresAfterHeal: (await db.store.listItemFailures(HOSTILE)).length,
    db,
  };
}

/** A one-line, stack-free error message. */
export function expectOneLine(message: string | null | undefined, pattern: RegExp): void {
  expect(message).toMatch(pattern);
  expect(message).not.toMatch(/\n|\s+at\s+\S+\s+\(/);
  expect(message?.length ?? 0).toBeLessThan(300);
}

/** The common assertions: the healthy sources ingested as when alone, nothing stored was lost, healed. */
export async function expectIsolatedAndHealed(r: CaseResult): Promise<void> {
  expect(Object.fromEntries(r.healthy)).toEqual(Object.fromEntries(alone));
  expect(r.lost).toEqual([]);
  expect(r.healed.ok).toBe(true);
  expect(r.consecutiveAfterHeal).toBe(0);
  expect(r.failuresAfterHeal).toBe(0);
  await r.db.close();
}

/** Starts the servers and measures the healthy sources alone: call from beforeAll. */
export async function setUpHostile(): Promise<void> {
  fixtures = await startTestServer();
  hostile = await startHostileServer();
  sources = [hostileSource(), ...pickSources(HEALTHY_IDS)];
  const db = await seeded();
  const runs = await runAll(makeDeps(db.store, http(), pickSources(HEALTHY_IDS)), null);
  alone = new Map(HEALTHY_IDS.map((id) => [id, counts(summaryOf(runs, id))]));
  await db.close();
}

/** Stops the servers: call from afterAll. */
export async function tearDownHostile(): Promise<void> {
  await hostile?.close();
  await fixtures?.close();
}
