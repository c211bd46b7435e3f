import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/fixture-server.ts';
import { startTestStore, type TestStore } from '../helpers/store.ts';
import { cleanRun, duplicatesIn, liveId, snapshot, type TableSnapshot } from './harness.ts';

const IDS = ['kazinform-en', 'daryo-en', 'timesca', 'kazinform-ru', 'daryo-ru'];
const CHILD = fileURLToPath(new URL('./ingest-child.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url));

let fixtures: TestServer;
/** The table after one clean, uninterrupted run. */
let clean: TableSnapshot;

const ids = (s: TableSnapshot) => ({
  articles: s.articles.map((a) => a.id).sort(),
  events: s.events.map((e) => e.id).sort(),
});
/** Every article id cited as a source of some event. */
const cited = (s: TableSnapshot) => s.events.flatMap((e) => e.sources.map((x) => x.articleId)).sort();

/** Starts the child ingestion against a table; resolves with its exit code / signal and output. */
function child(
  db: TestStore,
  env: Record<string, string>,
  onLine?: (line: string, proc: ChildProcess) => void,
) {
  const proc = spawn(process.execPath, ['--import', TSX, CHILD], {
    env: {
      ...process.env,
      LOG_LEVEL: 'SILENT',
      RELIABILITY_ENDPOINT: db.endpoint,
      RELIABILITY_TABLE: db.tableName,
      RELIABILITY_SOURCES: IDS.join(','),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let buf = '';
  proc.stdout?.on('data', (d: Buffer) => {
    buf += d.toString();
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      lines.push(line);
      onLine?.(line, proc);
    }
  });
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; lines: string[] }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal, lines })),
  );
}

beforeAll(async () => {
  fixtures = await startTestServer();
  clean = await cleanRun(fixtures.rewrite, IDS);
}, 60_000);

afterAll(async () => {
  await fixtures?.close();
});

describe('an ingestion process killed part-way, then run again', () => {
  it('ends, after SIGKILL from outside and a re-run, with the articles of a clean run and no duplicates', async () => {
    const db = await startTestStore();
    // A short per-host delay spreads the run out so that the kill lands in the middle of it.
    const killed = await child(db, { RELIABILITY_HOST_DELAY_MS: '40' }, (line, proc) => {
      if (line.startsWith('item ') && !proc.killed && line.endsWith(' 3')) proc.kill('SIGKILL');
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.lines).not.toContain('done');
    const partial = await snapshot(db.endpoint, db.tableName);
    expect(partial.articles.length).toBeLessThan(clean.articles.length);

    const rerun = await child(db, {});
    expect(rerun.code).toBe(0);
    const after = await snapshot(db.endpoint, db.tableName);
    expect(ids(after).articles).toEqual(ids(clean).articles);
    expect(duplicatesIn(after)).toEqual([]);
    // Nothing the killed run stored was lost: each of its events is still there, or redirects to where a later
    // report moved it (an event's id follows its cluster's canonical key).
    for (const a of partial.articles) expect(ids(after).articles).toContain(a.id);
    for (const e of partial.events) expect(ids(after).events).toContain(liveId(after, e.id));
    await db.close();
  }, 60_000);

  // Before the crash-safe ordering of commit da168b2 the article was stored before its event: the re-run saw
  // it as known and never clustered it, so its event was lost. Both moments around the event write are tried.
  for (const [moment, env] of [
    [
      'its event is written but before the article is stored',
      { RELIABILITY_CRASH_ON: 'event', RELIABILITY_CRASH_AFTER: '2' },
    ],
    ['an article is stored', { RELIABILITY_CRASH_ON: 'article', RELIABILITY_CRASH_AFTER: '3' }],
  ] as const) {
    it(`ends like a clean run when killed right after ${moment}`, async () => {
      const db = await startTestStore();
      const crashed = await child(db, env);
      expect(crashed.signal).toBe('SIGKILL');
      const rerun = await child(db, {});
      expect(rerun.code).toBe(0);
      const after = await snapshot(db.endpoint, db.tableName);
      expect(ids(after)).toEqual(ids(clean));
      expect(cited(after)).toEqual(cited(clean));
      expect(duplicatesIn(after)).toEqual([]);
      await db.close();
    }, 60_000);
  }
});
