import { articleId, canonicalUrl } from '../../shared/dedup/index.ts';
import type { Article } from '../../shared/domain/index.ts';

/**
 * A stored article for pipeline tests, with a text written by the test: one shape for every test that puts
 * reports through the clusterer, re-link or backfill. `contentHash` defaults to the slug (distinct per report);
 * a test of content checks passes the real hash.
 */
export function storedArticle(
  slug: string,
  text: string,
  opts: { published?: string | null; contentHash?: string } = {},
): Article {
  const url = canonicalUrl(`https://example.kz/news/${slug}`);
  return {
    id: articleId(url),
    url,
    altUrls: [],
    sourceId: 'test',
    outlet: 'Example',
    lang: 'en',
    title: slug,
    published: opts.published === undefined ? '2025-05-12' : opts.published,
    author: null,
    text,
    contentHash: opts.contentHash ?? slug,
    simhash: null,
    eventId: null,
    fetchedAt: '2026-03-02T08:00:00.000Z',
  };
}
