import { afterEach, describe, expect, it } from 'vitest';
import { type Source, SourceState } from '../../shared/domain/index.ts';
import { ParseError } from '../../shared/errors.ts';
import { parseFeed } from '../../shared/fetch/adapters/rss.ts';
import { createHttpClient } from '../../shared/fetch/http.ts';
import { backfill, listAll, listSource } from '../../shared/fetch/list.ts';
import { loadSources } from '../../shared/sources/registry.ts';
import { type Behaviour, startTestServer, type TestServer } from '../helpers/fixture-server.ts';

const sources = loadSources();
const source = (id: string): Source => {
  const s = sources.find((x) => x.id === id);
  if (!s) throw new Error(`no source ${id}`);
  return s;
};
const state = (sourceId: string, extra: Partial<SourceState> = {}) =>
  SourceState.parse({ sourceId, ...extra });
const AT = 'https://astanatimes.com';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});
async function setup(routes: Record<string, Behaviour> = {}) {
  server = await startTestServer(routes);
  const http = createHttpClient({
    allowPrivate: true,
    rewrite: server.rewrite,
    hostDelayMs: 0,
    retries: 1,
    backoffMs: 5,
    idleTimeoutMs: 300,
    totalTimeoutMs: 1000,
  });
  return { http, server };
}

describe('page-back to fill a gap since the last run', () => {
  it('pages back through the Astana Times archive until the overlap', async () => {
    const { http, server } = await setup();
    const res = await listSource(
      source('astanatimes'),
      http,
      state('astanatimes', { newestItemAt: '2025-04-25T17:00:00+05:00' }),
    );
    expect(res.pagesFetched).toBe(3);
    expect(server.hits(`${AT}/page/2/`)).toBe(1);
    expect(server.hits(`${AT}/page/3/`)).toBe(1);
    expect(server.hits(`${AT}/page/4/`)).toBe(0);
    // 4 feed items + 4 new on page 2 (its first post repeats the feed's last) + 4 on page 3.
    expect(res.items).toHaveLength(12);
    expect(new Set(res.items.map((i) => i.url)).size).toBe(12);
    expect(res.items.map((i) => i.url)).toContain(
      `${AT}/2025/04/khorgos-dry-port-handles-record-container-volume-in-first-quarter/`,
    );
  });

  it('fetches no archive page when the feed already overlaps', async () => {
    const { http, server } = await setup();
    const res = await listSource(
      source('astanatimes'),
      http,
      state('astanatimes', { newestItemAt: '2025-04-27T08:00:00+05:00' }),
    );
    expect(res.pagesFetched).toBe(1);
    expect(server.hits(`${AT}/page/2/`)).toBe(0);
  });

  it('stops at maxPageBack', async () => {
    const { http, server } = await setup();
    const limited = { ...source('astanatimes'), maxPageBack: 1 };
    const res = await listSource(
      limited,
      http,
      state('astanatimes', { newestItemAt: '2020-01-01T00:00:00+05:00' }),
    );
    expect(res.pagesFetched).toBe(2);
    expect(server.hits(`${AT}/page/3/`)).toBe(0);
  });

  it('keeps what it has when an archive page is missing', async () => {
    const { http } = await setup();
    const res = await listSource(
      source('astanatimes'),
      http,
      state('astanatimes', { newestItemAt: '2020-01-01T00:00:00+05:00' }),
    );
    expect(res.items).toHaveLength(12); // page 4 is a 404: the walk ends there
    expect(res.pagesFetched).toBe(3);
  });

  it('pages back an HTML listing (Akorda ?page=2) and a JSON API (gov.kz page=2)', async () => {
    const { http } = await setup();
    const ak = await listSource(
      source('akorda'),
      http,
      state('akorda', { newestItemAt: '2025-04-21T00:00:00+05:00' }),
    );
    expect(ak.pagesFetched).toBe(2);
    expect(ak.items.map((i) => i.title)).toContain(
      'Head of State receives delegation of China’s CITIC Group',
    );
    const mfa = await listSource(
      source('mfa-en'),
      http,
      state('mfa-en', { newestItemAt: '2025-04-20T00:00:00+05:00' }),
    );
    expect(mfa.pagesFetched).toBe(2);
    expect(mfa.items).toHaveLength(7);
  });

  it('backfills the archive back to a date, reporting each page', async () => {
    const { http } = await setup();
    const pages: Array<[number, number]> = [];
    const items = await backfill(source('astanatimes'), http, new Date('2025-04-26T00:00:00+05:00'), (n, c) =>
      pages.push([n, c]),
    );
    expect(pages).toEqual([
      [1, 4],
      [2, 5],
      [3, 4],
    ]);
    expect(items).toHaveLength(8);
    expect(items.every((i) => (i.published ?? '') >= '2025-04-26')).toBe(true);
  });
});

describe('conditional GET', () => {
  it('returns notModified with no items when the stored validators still match', async () => {
    const { http, server } = await setup();
    const first = await listSource(source('kazinform-en'), http, null);
    const again = await listSource(
      source('kazinform-en'),
      http,
      state('kazinform-en', {
        etag: first.etag,
        lastModified: first.lastModified,
        newestItemAt: '2020-01-01T00:00:00Z',
      }),
    );
    expect(again).toMatchObject({ notModified: true, items: [], etag: first.etag, pagesFetched: 1 });
    expect(server.requests).toHaveLength(2);
  });
});

describe('listAll isolates failing sources', () => {
  it('reports 403, 500, timeout and malformed XML per source while the others list', async () => {
    const { http } = await setup({
      'https://timesca.com/feed/': { kind: 'status', status: 403 },
      'https://daryo.uz/en/feed/': { kind: 'status', status: 500 },
      'https://www.akorda.kz/en/events': { kind: 'hang' },
      'https://tengrinews.kz/news.rss': {
        kind: 'body',
        body: '<?xml version="1.0"?><rss><channel><item><title>Broken',
      },
    });
    const out = await listAll(sources, http, new Map());
    expect(out.get('timesca')).toEqual({
      ok: false,
      error: 'FetchError: HTTP 403 from timesca.com (bot protection?)',
    });
    expect(out.get('daryo-en')).toEqual({ ok: false, error: 'FetchError: HTTP 500 from daryo.uz' });
    expect(out.get('akorda')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/timeout .* www\.akorda\.kz/),
    });
    expect(out.get('tengrinews-ru')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^ParseError: malformed feed/),
    });
    const fine = [
      'mfa-en',
      'mfa-ru',
      'kazinform-en',
      'kazinform-ru',
      'astanatimes',
      'daryo-ru',
      'tengrinews-en',
      'mfa-cn',
    ];
    for (const id of fine) {
      const r = out.get(id);
      expect(r?.ok, id).toBe(true);
      if (r?.ok) expect(r.result.items.length, id).toBeGreaterThan(0);
    }
  });

  it('treats a non-JSON API answer as that source’s ParseError', async () => {
    const api = source('mfa-en').url;
    const { http } = await setup({
      [api]: { kind: 'body', body: '<html>maintenance</html>', headers: { 'content-type': 'text/html' } },
    });
    const out = await listAll([source('mfa-en'), source('mfa-ru')], http, {});
    expect(out.get('mfa-en')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^ParseError: .* is not JSON/),
    });
    expect(out.get('mfa-ru')?.ok).toBe(true);
  });
});

describe('feed parsing guards', () => {
  it('refuses a feed that declares entities (billion laughs) before parsing it', async () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>&lol2;</title></channel></rss>`;
    await expect(parseFeed(bomb, 'https://example.org/feed/')).rejects.toThrow(ParseError);
    await expect(parseFeed(bomb, 'https://example.org/feed/')).rejects.toThrow(/declares XML entities/);
  });

  it('reads Atom entries and falls back to a permalink GUID when <link> is missing', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>Kazakhstan and China sign visa deal</title><link href="/news/visa-deal"/><id>urn:uuid:1</id><updated>2025-04-26T10:00:00Z</updated></entry>
</feed>`;
    const items = await parseFeed(atom, 'https://example.org/feed/');
    expect(items[0]).toMatchObject({
      url: 'https://example.org/news/visa-deal',
      title: 'Kazakhstan and China sign visa deal',
    });
    const rss = `<rss version="2.0"><channel><title>x</title>
<item><title>No link</title><guid>https://example.org/story/1</guid><pubDate>Sat, 26 Apr 2025 10:00:00 +0500</pubDate></item>
<item><title>Nothing usable</title></item></channel></rss>`;
    const got = await parseFeed(rss, 'https://example.org/feed/');
    expect(got).toEqual([
      {
        url: 'https://example.org/story/1',
        title: 'No link',
        published: '2025-04-26T10:00:00+05:00',
        guid: 'https://example.org/story/1',
        html: null,
      },
    ]);
  });
});
