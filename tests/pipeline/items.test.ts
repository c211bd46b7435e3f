import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId, canonicalUrl } from '../../shared/dedup/index.ts';
import type { Source } from '../../shared/domain/index.ts';
import { createHttpClient } from '../../shared/fetch/http.ts';
import { createLogger } from '../../shared/log.ts';
import { parseArticlePage } from '../../shared/parse/index.ts';
import { runAll } from '../../shared/pipeline/run-all.ts';
import type { PipelineDeps } from '../../shared/pipeline/types.ts';
import { loadSources } from '../../shared/sources/registry.ts';
import { startTestServer, type TestServer } from '../helpers/fixture-server.ts';
import { startTestStore } from '../helpers/store.ts';

const ARTICLE = 'https://qazinform.com/news/kazakh-fm-nurtleu-begins-official-visit-to-china-c1e2a3';
const DIALOGUE = 'https://qazinform.com/news/kazakhstan-china-hold-strategic-dialogue-in-almaty-48a38b';
const REPOST_FEED = 'https://centralasia-wire.example/feed/';
const REPOST_URL =
  'https://centralasia-wire.example/2025/04/26/foreign-ministers-of-kazakhstan-and-china-meet/';

/** The strategic-dialogue story as a wire service re-posts it: new headline, new URL, one sentence added. */
function repostFeed(): string {
  const page = readFileSync(
    new URL(
      '../fixtures/sites/qazinform.com/news/kazakhstan-china-hold-strategic-dialogue-in-almaty-48a38b.html',
      import.meta.url,
    ),
    'utf8',
  );
  const body = parseArticlePage(page, { url: DIALOGUE }).text.split('\n\n');
  const html = [
    '<p>The meeting drew wide attention from regional media.</p>',
    ...body.map((p) => `<p>${p}</p>`),
  ].join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Central Asia Wire</title><link>https://centralasia-wire.example/</link><description>Regional news</description>
<item><title>Foreign ministers of Kazakhstan and China meet in Almaty</title><link>${REPOST_URL}</link>
<guid isPermaLink="false">caw-88121</guid><pubDate>Sat, 26 Apr 2025 16:10:00 +0500</pubDate>
<content:encoded><![CDATA[${html}]]></content:encoded></item>
</channel></rss>`;
}

const wire: Source = {
  id: 'centralasia-wire',
  kind: 'rss',
  outlet: 'Central Asia Wire',
  lang: 'en',
  url: REPOST_FEED,
  enabled: true,
  headers: {},
  bodySelectors: [],
  maxPageBack: 0,
};

let db: Awaited<ReturnType<typeof startTestStore>>;
let server: TestServer;
let deps: PipelineDeps;

beforeAll(async () => {
  db = await startTestStore();
  server = await startTestServer({
    // The article page fails once (a transient 500), then answers.
    [ARTICLE]: { kind: 'status', status: 500, times: 1 },
    [REPOST_FEED]: {
      kind: 'body',
      body: repostFeed(),
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    },
  });
  deps = {
    store: db.store,
    http: createHttpClient({ rewrite: server.rewrite, allowPrivate: true, hostDelayMs: 0, retries: 0 }),
    sources: [...loadSources().filter((s) => s.id === 'kazinform-en'), wire],
    apiBaseUrl: 'http://api.test',
    operatorEmail: null,
    failureAlertThreshold: 3,
    logger: createLogger('items-test'),
  };
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('per-item failures and article-level dedup in a run', () => {
  it('records a failing article with its URL and reason without aborting the run, and retries it next run', async () => {
    const [first] = await runAll(deps, 'kazinform-en');
    expect(first?.ok).toBe(true);
    expect(first?.failures).toEqual([{ url: ARTICLE, reason: expect.stringMatching(/500/) }]);
    expect(first?.newArticles).toBe(4);
    expect(await db.store.listItemFailures('kazinform-en')).toEqual([
      expect.objectContaining({ url: ARTICLE }),
    ]);

    const [second] = await runAll(deps, 'kazinform-en');
    expect(second?.failures).toEqual([]);
    expect(second?.newArticles).toBe(1);
    expect(await db.store.listItemFailures('kazinform-en')).toEqual([]);
    expect(await db.store.getArticle(articleId(canonicalUrl(ARTICLE)))).toMatchObject({ url: ARTICLE });
  });

  it('stores a re-post with a new headline and URL once, under both URLs', async () => {
    const [run] = await runAll(deps, 'centralasia-wire');
    expect(run).toMatchObject({ ok: true, fetched: 1, newArticles: 0, duplicates: 1 });
    const original = await db.store.getArticle(articleId(canonicalUrl(DIALOGUE)));
    expect(original?.altUrls).toContain(REPOST_URL);
  });
});
