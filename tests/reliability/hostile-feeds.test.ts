import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectIsolatedAndHealed,
  expectOneLine,
  hostile,
  hostileCase,
  MB,
  setUpHostile,
  tearDownHostile,
} from './hostile-case.ts';
import { HOSTILE_HOST, type Hostile } from './hostile-server.ts';
import { BILLION_LAUGHS, MALFORMED_FEED } from './payloads.ts';

beforeAll(setUpHostile, 60_000);
afterAll(tearDownHostile);

describe('a hostile feed fails its own source only, with a one-line error, and heals on the next run', () => {
  const feedCases: Array<[string, Hostile, RegExp]> = [
    ['HTTP 500', { kind: 'status', status: 500 }, /HTTP 500 from hostile\.test/],
    ['a 403 from bot protection', { kind: 'status', status: 403 }, /HTTP 403 .*bot protection/],
    ['a connection reset', { kind: 'reset' }, /connection reset by hostile\.test/],
    ['a server that never answers', { kind: 'hang' }, /timeout \(idle \d+ ms\)/],
    [
      'a body trickling one byte a second',
      { kind: 'trickle', everyMs: 1000 },
      /timeout \((idle|total) \d+ ms\)/,
    ],
    [
      'malformed XML',
      { kind: 'body', body: MALFORMED_FEED, contentType: 'application/rss+xml' },
      /malformed feed/,
    ],
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

  const chunk = Buffer.from('<item><title>padding padding padding</title></item>\n'.repeat(1000));
  const head = '<?xml version="1.0"?><rss version="2.0"><channel>';
  const fifty = { kind: 'stream', bytes: 50 * MB, contentType: 'application/rss+xml', chunk, head } as const;

  it('refuses a 50 MB feed that declares its Content-Length before reading it', async () => {
    const r = await hostileCase({ '/feed/': { ...fifty, declareLength: true } });
    expect(r.hostileRun.ok).toBe(false);
    expectOneLine(r.hostileRun.error, /exceeds 5242880 bytes/);
    expect(r.rssGrowthMb).toBeLessThan(300);
    await expectIsolatedAndHealed(r);
  });

  it('stops reading a chunked 50 MB feed in bounded memory', async () => {
    const r = await hostileCase({ '/feed/': fifty });
    expect(r.hostileRun.ok).toBe(false);
    expectOneLine(r.hostileRun.error, /hostile\.test/);
    expect(r.rssGrowthMb).toBeLessThan(300);
    await expectIsolatedAndHealed(r);
  });

  // Regression guard: past maxBytes on a body without Content-Length the client once reported a retryable
  // "connection reset" (destroying the response emitted 'aborted' first) and downloaded the body again.
  it('reports a chunked 50 MB feed as too big (not a reset) and does not download it again', async () => {
    hostile.hits.clear();
    const r = await hostileCase({ '/feed/': fifty });
    expect(r.hostileRun.error).toMatch(/exceeds 5242880 bytes/);
    expect(hostile.hits.get('/feed/')).toBe(3); // seed run, the one hostile request, healed run
    await r.db.close();
  });

  it('cuts a gzip bomb (1 GB of spaces, a few MB compressed) at maxBytes of decompressed data', async () => {
    const r = await hostileCase({ '/feed/': { kind: 'gzip-bomb', bytes: 1024 * MB } });
    expect(r.hostileRun.ok).toBe(false);
    expectOneLine(r.hostileRun.error, /exceeds 5242880 bytes/);
    expect(r.rssGrowthMb).toBeLessThan(300);
    await expectIsolatedAndHealed(r);
  });
});
