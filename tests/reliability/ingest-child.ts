/**
 * A child ingestion process for the crash tests: ingests the sources named in RELIABILITY_SOURCES into the
 * table RELIABILITY_TABLE at RELIABILITY_ENDPOINT, from the recorded fixtures, printing `item <source> <n>`
 * per item and `done` at the end. RELIABILITY_CRASH_AFTER=N makes it SIGKILL itself right after the N-th
 * write of RELIABILITY_CRASH_ON (`article`: putArticleIfNew; `event`: createEvent / updateEvent): a crash at a
 * chosen moment, deterministically.
 */
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from '../../shared/fetch/fixture-server.ts';
import { createHttpClient } from '../../shared/fetch/http.ts';
import { runAll } from '../../shared/pipeline/run-all.ts';
import { createStore } from '../../shared/store/dynamo-store.ts';
import type { Store } from '../../shared/store/port.ts';
import { makeDeps, pickSources } from './harness.ts';

const endpoint = process.env.RELIABILITY_ENDPOINT ?? '';
const table = process.env.RELIABILITY_TABLE ?? '';
const ids = (process.env.RELIABILITY_SOURCES ?? '').split(',').filter(Boolean);
const crashAfter = Number(process.env.RELIABILITY_CRASH_AFTER ?? '0');
const crashOn = process.env.RELIABILITY_CRASH_ON ?? 'article';
const delay = Number(process.env.RELIABILITY_HOST_DELAY_MS ?? '0');

const base = createStore({ tableName: table, endpoint, region: 'us-east-1' });
let writes = 0;
/** Counts a write of the watched kind and dies on the N-th. */
function tick(kind: string): void {
  if (kind === crashOn && ++writes === crashAfter) process.kill(process.pid, 'SIGKILL');
}
/** The store, with a self-inflicted SIGKILL after the N-th watched write when asked. */
const store: Store = Object.assign(Object.create(base) as Store, {
  async putArticleIfNew(a: Parameters<Store['putArticleIfNew']>[0]) {
    const created = await base.putArticleIfNew(a);
    if (created) tick('article');
    return created;
  },
  async createEvent(e: Parameters<Store['createEvent']>[0]) {
    const created = await base.createEvent(e);
    if (created) tick('event');
    return created;
  },
  async updateEvent(e: Parameters<Store['updateEvent']>[0], version: number) {
    await base.updateEvent(e, version);
    tick('event');
  },
});

const fixtures = await startFixtureServer({
  root: fileURLToPath(new URL('../fixtures/sites/', import.meta.url)),
});
const http = createHttpClient({
  rewrite: fixtures.rewrite,
  allowPrivate: true,
  hostDelayMs: delay,
  retries: 0,
});
await runAll(makeDeps(store, http, pickSources(ids)), null, (p) => {
  if ('done' in p) process.stdout.write(`item ${p.sourceId} ${p.done}\n`);
});
process.stdout.write('done\n');
base.destroy();
await fixtures.close();
