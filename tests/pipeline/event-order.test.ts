import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleId, canonicalUrl } from '../../shared/dedup/index.ts';
import type { Article } from '../../shared/domain/index.ts';
import { resolveEvent } from '../../shared/pipeline/event-moves.ts';
import { clusterEvent } from '../../shared/pipeline/event-stage.ts';
import type { PipelineDeps } from '../../shared/pipeline/types.ts';
import { seedItems } from '../dedup/fixtures.ts';
import { startTestStore } from '../helpers/store.ts';

/** The seeds as stored articles, with their hand-checked extractions. */
function seedArticles() {
  return seedItems().map((s) => {
    const url = canonicalUrl(s.input.url ?? `https://example.kz/${s.input.id}`);
    const text = s.input.text ?? '';
    const article: Article = {
      id: articleId(url),
      url,
      altUrls: [],
      sourceId: 'kazinform-en',
      outlet: s.input.outlet ?? 'Kazinform',
      lang: 'en',
      title: s.input.title ?? s.input.id,
      published: s.input.published ?? null,
      author: null,
      text,
      contentHash: createHash('sha256').update(text).digest('hex'),
      simhash: null,
      eventId: null,
      fetchedAt: '2026-04-26T09:10:11.000Z',
    };
    return { article, event: s.result.event };
  });
}

/** Ingests the articles in the given order into a fresh store; returns event id → sorted source ids. */
async function ingest(order: ReturnType<typeof seedArticles>) {
  const t = await startTestStore('dynalite');
  try {
    const deps = { store: t.store, now: () => new Date('2026-04-26T10:00:00Z') } as unknown as PipelineDeps;
    const ids: string[] = [];
    for (const { article, event } of order)
      if (event) ids.push((await clusterEvent(deps, article, event)).event.id);
    const events = new Map<string, string[]>();
    for (const id of ids) {
      const e = await resolveEvent(deps, id);
      if (e) events.set(e.id, e.sources.map((s) => s.articleId).sort());
    }
    // a second pass changes nothing: same events, nothing added
    for (const { article, event } of order)
      if (event) expect((await clusterEvent(deps, article, event)).added).toEqual([]);
    return events;
  } finally {
    await t.close();
  }
}

describe('event stage ordering', () => {
  it('gives the same events with the same ids whatever the arrival order', async () => {
    const items = [
      ...seedArticles(),
      ...seedArticles().map((x) => ({
        ...x,
        article: { ...x.article, id: `${x.article.id}x`, url: `${x.article.url}?copy=1` },
      })),
    ];
    const forward = await ingest(items);
    const reverse = await ingest([...items].reverse());
    expect([...reverse.entries()].sort()).toEqual([...forward.entries()].sort());
  }, 60_000);
});
