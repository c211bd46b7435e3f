import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '../../shared/domain/index.ts';
import { runAll } from '../../shared/pipeline/run-all.ts';
import type { RunSummary } from '../../shared/pipeline/types.ts';
import { type TestServer, startTestServer } from '../helpers/fixture-server.ts';
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
import {
  BILLION_LAUGHS,
  feedPointingAt,
  hugeFeed,
  MALFORMED_FEED,
  nestedDivs,
  RUSSIAN_1251,
  RUSSIAN_BOM,
  RUSSIAN_PAGE,
  RUSSIAN_PHRASE,
} from './payloads.ts';

const MB = 1024 * 1024;
const HOSTILE = 'hostile';

let fixtures: TestServer;
let hostile: HostileServer;
let sources: Source[];
/** What the healthy sources ingest when they run alone (after the same seed run). */
let alone: Map<string, ReturnType<typeof counts>>;

/** The timesca source config pointed at the hostile host; it also knows Daryo's body selector. */
function hostileSource(): Source {
  const [tca] = pickSources([HOSTILE_ID]);
  if (!tca || tca.kind !== 'rss') throw new Error('timesca is an RSS source');
  return {
    ...tca,
    id: HOSTILE,
    url: `https://${HOSTILE_HOST}/feed/`,
    bodySelectors: [...(tca.bodySelectors ?? []), '.article__text'],
  };
}

function http() {
  return fastHttp(hostile.rewrite(fixtures.rewrite));
}

/** A fresh store where the hostile source has had one good run (its articles and events are stored). */
async function seeded(): Promise<TestStore> {
  const db = await startTestStore();
  const first = await runAll(makeDeps(db.store, http(), sources), HOSTILE);
  expect(first[0]?.ok).toBe(true);
  return db;
}

interface CaseResult {
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
async function hostileCase(routes: Record<string, Hostile>): Promise<CaseResult> {
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
function expectOneLine(message: string | null | undefined, pattern: RegExp): void {
  expect(message).toMatch(pattern);
  expect(message).not.toMatch(/\n|\s+at\s+\S+\s+\(/);
  expect(message?.length ?? 0).toBeLessThan(300);
}

/** The common assertions: the healthy sources ingested as when alone, nothing stored was lost, healed. */
async function expectIsolatedAndHealed(r: CaseResult): Promise<void> {
  expect(Object.fromEntries(r.healthy)).toEqual(Object.fromEntries(alone));
  expect(r.lost).toEqual([]);
  expect(r.healed.ok).toBe(true);
  expect(r.consecutiveAfterHeal).toBe(0);
  expect(r.failuresAfterHeal).toBe(0);
  await r.db.close();
}

beforeAll(async () => {
  fixtures = await startTestServer();
  hostile = await startHostileServer();
  sources = [hostileSource(), ...pickSources(HEALTHY_IDS)];
  const db = await seeded();
  const runs = await runAll(makeDeps(db.store, http(), pickSources(HEALTHY_IDS)), null);
  alone = new Map(HEALTHY_IDS.map((id) => [id, counts(summaryOf(runs, id))]));
  await db.close();
}, 60_000);

afterAll(async () => {
  await hostile?.close();
  await fixtures?.close();
});

describe('a hostile feed fails its own source only, with a one-line error, and heals on the next run', () => {
  const feedCases: Array<[string, Hostile, RegExp]> = [
    ['HTTP 500', { kind: 'status', status: 500 }, /HTTP 500 from hostile\.test/],
    ['a 403 from bot protection', { kind: 'status', status: 403 }, /HTTP 403 .*bot protection/],
    ['a connection reset', { kind: 'reset' }, /connection reset by hostile\.test/],
    ['a server that never answers', { kind: 'hang' }, /timeout \(idle \d+ ms\)/],
    ['a body trickling one byte a second', { kind: 'trickle', everyMs: 1000 }, /timeout \((idle|total) \d+ ms\)/],
    ['malformed XML', { kind: 'body', body: MALFORMED_FEED, contentType: 'application/rss+xml' }, /malformed feed/],
    [
      'an entity-expansion ("billion laughs") feed',
      { kind: 'body', body: BILLION_LAUGHS, contentType: 'application/rss+xml' },
      /declares XML entities: refused/,
    ],
    ['a redirect loop', { kind: 'redirect', to: `https://${HOSTILE_HOST}/feed/` }, /too many redirects/],
    ['a redirect to a file: URL', { kind: 'redirect', to: 'file:///etc/passwd' }, /refusing file: URL/],
    [
      'a redirect to the cloud metadata address',
      { kind: 'redirect', to: 'http://169.254.169.254/latest/meta-data/' },
      /refusing link-local\/metadata address 169\.254\.169\.254/,
    ],
  ];
  for (const [name, behaviour, error] of feedCases) {
    it(`survives ${name}`, async () => {
      const r = await hostileCase({ '/feed/': behaviour });
      expect(r.hostileRun.ok).toBe(false);
      expectOneLine(r.hostileRun.error, error);
      expect(r.consecutiveAfterHostile).toBe(1);
      await expectIsolatedAndHealed(r);
    });
  }

  it('cuts a 50 MB feed at maxBytes without buffering it', async () => {
    const chunk = Buffer.from('<item><title>padding padding padding</title></item>\n'.repeat(1000));
    const head = '<?xml version="1.0"?><rss version="2.0"><channel>';
    const r = await hostileCase({
      '/feed/': { kind: 'stream', bytes: 50 * MB, contentType: 'application/rss+xml', chunk, head },
    });
    expect(r.hostileRun.ok).toBe(false);
    expectOneLine(r.hostileRun.error, /exceeds 5242880 bytes/);
    expect(r.rssGrowthMb).toBeLessThan(300);
    await expectIsolatedAndHealed(r);
  });

  it('cuts a gzip bomb (1 GB of spaces, a few MB compressed) at maxBytes of decompressed data', async () => {
    const r = await hostileCase({ '/feed/': { kind: 'gzip-bomb', bytes: 1024 * MB } });
    expect(r.hostileRun.ok).toBe(false);
    expectOneLine(r.hostileRun.error, /exceeds 5242880 bytes/);
    expect(r.rssGrowthMb).toBeLessThan(300);
    await expectIsolatedAndHealed(r);
  });
});

describe('a hostile article page becomes a recorded item failure, retried and cleared once healed', () => {
  it('cuts a 10 MB page of nested divs at maxBytes', async () => {
    const r = await hostileCase({
      '/feed/': { kind: 'body', body: feedPointingAt('deep'), contentType: 'application/rss+xml' },
      '/article/deep': { kind: 'body', body: nestedDivs(10 * MB), contentType: 'text/html; charset=utf-8' },
    });
    expect(r.hostileRun.ok).toBe(true);
    expect(r.hostileRun.failures).toHaveLength(1);
    expectOneLine(r.hostileRun.failures[0]?.reason, /exceeds 5242880 bytes/);
    expect(r.failuresAfterHostile).toBe(1);
    expect(r.rssGrowthMb).toBeLessThan(300);
    await expectIsolatedAndHealed(r);
  });

  it('parses a 4 MB page of nested divs (under the cap) in bounded memory', async () => {
    const r = await hostileCase({
      '/feed/': { kind: 'body', body: feedPointingAt('deep4'), contentType: 'application/rss+xml' },
      '/article/deep4': { kind: 'body', body: nestedDivs(4 * MB), contentType: 'text/html; charset=utf-8' },
    });
    expect(r.hostileRun.ok).toBe(true);
    // Either stored or recorded as one clean failure; never a crash of the run.
    expect(r.hostileRun.newArticles + r.hostileRun.failures.length).toBe(1);
    for (const f of r.hostileRun.failures) expectOneLine(f.reason, /\S/);
    expect(r.rssGrowthMb).toBeLessThan(300);
    await expectIsolatedAndHealed(r);
  });

  it('cuts an article page trickling one byte a second at the idle timeout', async () => {
    const r = await hostileCase({
      '/feed/': { kind: 'body', body: feedPointingAt('slow'), contentType: 'application/rss+xml' },
      '/article/slow': { kind: 'trickle', everyMs: 1000 },
    });
    expect(r.hostileRun.ok).toBe(true);
    expectOneLine(r.hostileRun.failures[0]?.reason, /timeout \((idle|total) \d+ ms\)/);
    await expectIsolatedAndHealed(r);
  });
});

describe('feeds too big to be reasonable finish in bounded time', () => {
  it('lists a 10,000-item feed and settles every item (all the same stored story)', async () => {
    const r = await hostileCase({
      '/feed/': { kind: 'body', body: hugeFeed(10_000), contentType: 'application/rss+xml; charset=utf-8' },
    });
    // What happens: no per-run cap, every item is listed and each is one GetItem that finds the stored story.
    expect(r.hostileRun.ok).toBe(true);
    expect(r.hostileRun.fetched).toBe(10_000);
    expect(r.hostileRun.duplicates).toBe(10_000);
    expect(r.hostileRun.newArticles).toBe(0);
    expect(r.hostileRun.failures).toEqual([]);
    await expectIsolatedAndHealed(r);
  }, 60_000);
});

describe('charsets: what the bytes and the headers say', () => {
  /** Runs the Russian page served as given; returns the stored text of the article, if stored. */
  async function russian(body: Buffer, contentType: string) {
    const slug = `ru-${Math.random().toString(36).slice(2, 8)}`;
    const r = await hostileCase({
      '/feed/': { kind: 'body', body: feedPointingAt(slug), contentType: 'application/rss+xml' },
      [`/article/${slug}`]: { kind: 'body', body, contentType },
    });
    const snap = await snapshot(r.db.endpoint, r.db.tableName);
    const article = snap.articles.find((a) => a.altUrls.includes(`https://${HOSTILE_HOST}/article/${slug}`) || a.url.includes(slug));
    await expectIsolatedAndHealed(r);
    return { r, text: article ? `${article.title}\n${article.text}` : null };
  }

  it('decodes windows-1251 declared in the Content-Type', async () => {
    const { r, text } = await russian(RUSSIAN_1251, 'text/html; charset=windows-1251');
    expect(r.hostileRun.failures).toEqual([]);
    expect(text).toContain(RUSSIAN_PHRASE);
  });

  it('decodes windows-1251 declared only in <meta charset>', async () => {
    const { text } = await russian(RUSSIAN_1251, 'text/html');
    expect(text).toContain(RUSSIAN_PHRASE);
  });

  it('decodes UTF-8 with a byte-order mark and no declaration', async () => {
    const { text } = await russian(RUSSIAN_BOM, 'text/html');
    expect(text).toContain(RUSSIAN_PHRASE);
    expect(text).not.toContain('\ufeff');
  });

  it('does not fail the run when windows-1251 bytes are served as UTF-8 (the header wins, as in browsers)', async () => {
    const { r, text } = await russian(RUSSIAN_1251, 'text/html; charset=utf-8');
    expect(r.hostileRun.ok).toBe(true);
    expect(r.hostileRun.newArticles + r.hostileRun.failures.length).toBe(1);
    if (text) expect(text).not.toContain(RUSSIAN_PHRASE);
  });

  it('does not fail the run when UTF-8 bytes are served as windows-1251', async () => {
    const { r, text } = await russian(RUSSIAN_PAGE, 'text/html; charset=windows-1251');
    expect(r.hostileRun.ok).toBe(true);
    expect(r.hostileRun.newArticles + r.hostileRun.failures.length).toBe(1);
    if (text) expect(text).not.toContain(RUSSIAN_PHRASE);
  });
});
