import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSource } from '../../shared/fetch/list.ts';
import { snapshot } from './harness.ts';
import {
  expectIsolatedAndHealed,
  expectOneLine,
  hostile,
  hostileCase,
  http,
  MB,
  setUpHostile,
  sources,
  tearDownHostile,
} from './hostile-case.ts';
import { HOSTILE_HOST, RUSSIAN_PAGE } from './hostile-server.ts';
import {
  feedPointingAt,
  hugeFeed,
  nestedDivs,
  RUSSIAN_1251,
  RUSSIAN_BOM,
  RUSSIAN_PHRASE,
} from './payloads.ts';

beforeAll(setUpHostile, 60_000);
afterAll(tearDownHostile);

describe('a hostile article page becomes a recorded item failure, retried and cleared once healed', () => {
  // The body is chunked here, so the (non-)retryable error kind is the bug above: only the outcome is asserted.
  it('cuts a 10 MB page of nested divs at maxBytes', async () => {
    const r = await hostileCase({
      '/feed/': { kind: 'body', body: feedPointingAt('deep'), contentType: 'application/rss+xml' },
      '/article/deep': { kind: 'body', body: nestedDivs(10 * MB), contentType: 'text/html; charset=utf-8' },
    });
    expect(r.hostileRun.ok).toBe(true);
    expect(r.hostileRun.failures).toHaveLength(1);
    expectOneLine(r.hostileRun.failures[0]?.reason, /hostile\.test/);
    expect(r.failuresAfterHostile).toBe(1);
    expect(r.rssGrowthMb).toBeLessThan(300);
    await expectIsolatedAndHealed(r);
  });

  // Parse time grows with the square of the nesting depth (bench/pipeline.ts measures it): 1 MB stays quick.
  it('settles a 1 MB page of nested divs (under the cap) in bounded memory', async () => {
    const r = await hostileCase({
      '/feed/': { kind: 'body', body: feedPointingAt('deep1'), contentType: 'application/rss+xml' },
      '/article/deep1': { kind: 'body', body: nestedDivs(1 * MB), contentType: 'text/html; charset=utf-8' },
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
  it('lists all 10,000 items of a huge feed (there is no per-run cap)', async () => {
    hostile.routes.set('/feed/', {
      kind: 'body',
      body: hugeFeed(10_000),
      contentType: 'application/rss+xml',
    });
    try {
      const [source] = sources;
      if (!source) throw new Error('no hostile source');
      const listed = await listSource(source, http(), null);
      expect(listed.items).toHaveLength(10_000);
    } finally {
      hostile.routes.clear();
    }
  });

  it('settles every item of a 1,000-item feed of one stored story, one lookup each', async () => {
    const r = await hostileCase({
      '/feed/': { kind: 'body', body: hugeFeed(1_000), contentType: 'application/rss+xml; charset=utf-8' },
    });
    // Work is linear in the items: each is one GetItem that finds the stored story (and one no-op delete).
    expect(r.hostileRun.ok).toBe(true);
    expect(r.hostileRun.fetched).toBe(1_000);
    expect(r.hostileRun.duplicates).toBe(1_000);
    expect(r.hostileRun.newArticles).toBe(0);
    expect(r.hostileRun.failures).toEqual([]);
    await expectIsolatedAndHealed(r);
  });
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
    const article = snap.articles.find(
      (a) => a.altUrls.includes(`https://${HOSTILE_HOST}/article/${slug}`) || a.url.includes(slug),
    );
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

  it('reads windows-1251 bytes served as UTF-8 correctly: bytes that are not UTF-8 overrule the label', async () => {
    const { r, text } = await russian(RUSSIAN_1251, 'text/html; charset=utf-8');
    expect(r.hostileRun.ok).toBe(true);
    expect(r.hostileRun.failures).toEqual([]);
    expect(text).toContain(RUSSIAN_PHRASE);
  });

  it('reads UTF-8 bytes served as windows-1251 correctly: valid multi-byte UTF-8 overrules a single-byte label', async () => {
    const { r, text } = await russian(RUSSIAN_PAGE, 'text/html; charset=windows-1251');
    expect(r.hostileRun.ok).toBe(true);
    expect(r.hostileRun.failures).toEqual([]);
    expect(text).toContain(RUSSIAN_PHRASE);
  });
});
