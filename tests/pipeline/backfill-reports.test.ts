import { describe, expect, it } from 'vitest';
import { contentHash } from '../../shared/dedup/content.ts';
import type { Article, Event } from '../../shared/domain/index.ts';
import { extractArticle } from '../../shared/extract/index.ts';
import { backfillSourceReports } from '../../shared/pipeline/backfill-reports.ts';
import { clusterEvent } from '../../shared/pipeline/event-stage.ts';
import { recomputable, type SourceReport } from '../../shared/pipeline/source-facts.ts';
import type { PipelineDeps } from '../../shared/pipeline/types.ts';
import { storedArticle } from '../helpers/articles.ts';
import { startTestStore } from '../helpers/store.ts';

/** A stored article with a text written for this test (its hash is the text's: the backfill checks it). */
const article = (slug: string, text: string): Article =>
  storedArticle(slug, text, { contentHash: contentHash(text) });

/** The article as the ingest stage hands it to extraction (language detected, as there). */
const input = (a: Article) => ({
  id: a.id,
  url: a.url,
  title: a.title,
  published: a.published,
  text: a.text,
});

const TEXTS = [
  'ASTANA – President of Kazakhstan Kassym-Jomart Tokayev met Chinese Foreign Minister Wang Yi in Astana on May 12, 2025, to discuss trade and transit along the Middle Corridor.',
  'Kassym-Jomart Tokayev received Wang Yi, Minister of Foreign Affairs of China, in Astana on 12 May 2025. The sides discussed trade, transit and energy projects.',
];

describe('backfill of per-source reports', () => {
  it('rebuilds the missing extractions of an old event from its stored articles, once, keeping the event id', async () => {
    const t = await startTestStore('dynalite');
    try {
      const deps = { store: t.store, now: () => new Date('2026-03-02T09:00:00Z') } as unknown as PipelineDeps;
      const articles = TEXTS.map((text, i) => article(`tokayev-wang-${i}`, text));
      let eventId = '';
      for (const a of articles) {
        const r = extractArticle(input(a));
        expect(r.relevant).toBe(true);
        const e = (await clusterEvent(deps, a, r.event as NonNullable<typeof r.event>)).event;
        await t.store.putArticleIfNew({ ...a, eventId: e.id });
        eventId = e.id;
      }
      // a store from before extractions were kept: reports without them (the first), or none at all
      const [first, second] = (await t.store.listEventReports(eventId)) as SourceReport[];
      const { extraction: _gone, ...old } = first as SourceReport;
      await t.store.putEventReport(eventId, old.key, old);
      await t.store.deleteEventReport(eventId, (second as SourceReport).key);
      const before = await t.store.getEvent(eventId);
      expect(before?.sources).toHaveLength(2);
      expect(recomputable(before as Event, (await t.store.listEventReports(eventId)) as SourceReport[])).toBe(
        false,
      );

      const result = await backfillSourceReports(deps);
      expect(result).toEqual({ visited: 1, rebuilt: 2, skipped: 0 });
      const after = await t.store.getEvent(eventId);
      const reports = (await t.store.listEventReports(eventId)) as SourceReport[];
      expect(after?.id).toBe(eventId);
      expect(after?.sources.map((s) => s.articleId).sort()).toEqual(
        before?.sources.map((s) => s.articleId).sort(),
      );
      expect(reports).toHaveLength(2);
      expect(reports.every((r) => r.extraction?.participants.some((p) => p.name.includes('Tokayev')))).toBe(
        true,
      );
      expect(recomputable(after as Event, reports)).toBe(true);

      // idempotent: a complete event is only read
      expect(await backfillSourceReports(deps)).toEqual({ visited: 1, rebuilt: 0, skipped: 0 });
      expect((await t.store.getEvent(eventId))?.version).toBe(after?.version);
    } finally {
      await t.close();
    }
  });

  it('skips a source whose stored article is gone, and leaves its event as it was', async () => {
    const t = await startTestStore('dynalite');
    try {
      const deps = { store: t.store, now: () => new Date('2026-03-02T09:00:00Z') } as unknown as PipelineDeps;
      const a = article('tokayev-wang-lost', TEXTS[0] as string);
      const r = extractArticle(input(a));
      const e = (await clusterEvent(deps, a, r.event as NonNullable<typeof r.event>)).event;
      await t.store.deleteEventReport(e.id, a.id); // and the article itself was never stored
      const result = await backfillSourceReports(deps);
      expect(result).toEqual({ visited: 1, rebuilt: 0, skipped: 1 });
      expect((await t.store.getEvent(e.id))?.version).toBe(e.version);
    } finally {
      await t.close();
    }
  });
});
