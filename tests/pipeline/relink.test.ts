import { describe, expect, it } from 'vitest';
import type { Article, ExtractedEvent } from '../../shared/domain/index.ts';
import { StoreClusterPort } from '../../shared/pipeline/cluster-port.ts';
import { resolveEvent } from '../../shared/pipeline/event-moves.ts';
import { clusterEvent } from '../../shared/pipeline/event-stage.ts';
import { moveSource } from '../../shared/pipeline/relink-move.ts';
import { eventFromSources, type SourceReport } from '../../shared/pipeline/source-facts.ts';
import type { PipelineDeps } from '../../shared/pipeline/types.ts';
import { storedArticle } from '../helpers/articles.ts';
import { startTestStore } from '../helpers/store.ts';

/** A stored article with a text written for this test. */
const article = (slug: string, published: string | null, text: string): Article =>
  storedArticle(slug, text, { published });

/** An extraction with the given date, place and participants. */
function extraction(date: string | null, place: string, people: string[]): ExtractedEvent {
  return {
    kind: 'meeting',
    eventDate: date,
    location: place,
    participants: people.map((name) => ({ name, role: null, country: null })),
    mentioned: [],
    agreements: [],
    figures: [],
    frameworks: [],
    topics: [],
  };
}

const TRADE = extraction('2025-05-12', 'Astana', ['Roman Sklyar', 'Ding Xuexiang']);
const RAIL = extraction('2025-09-03', 'Urumqi', ['Nurlan Sauranbayev', 'Ma Xingrui']);

describe('re-link moves', () => {
  it('moves one source to another event: both recomputed from their sources, the old event keeps the rest', async () => {
    const t = await startTestStore('dynalite');
    try {
      const deps = { store: t.store, now: () => new Date('2026-03-02T09:00:00Z') } as unknown as PipelineDeps;
      const a1 = article(
        'trade-talks',
        '2025-05-12',
        'Deputy premiers held trade talks in Astana on Monday.',
      );
      const a2 = article('trade-talks-2', '2025-05-12', 'Trade talks of the two deputy premiers in Astana.');
      const r1 = article('rail-hub', '2025-09-03', 'A rail hub near Urumqi was discussed by the officials.');
      // the second trade report gave a wrong extra participant: recomputing without it must drop that name
      const wrong = {
        ...TRADE,
        participants: [...TRADE.participants, { name: 'Ma Xingrui', role: null, country: null }],
      };
      await clusterEvent(deps, a1, TRADE);
      const trade = (await clusterEvent(deps, a2, wrong)).event;
      const rail = (await clusterEvent(deps, r1, RAIL)).event;
      expect(trade.sources).toHaveLength(2);
      expect(trade.participants.map((p) => p.name)).toContain('Ma Xingrui');

      const port = new StoreClusterPort(deps);
      const from = await port.view((await resolveEvent(deps, trade.id)) ?? trade);
      const to = await port.view((await resolveEvent(deps, rail.id)) ?? rail);
      const moved = from.reports.find((r) => r.key === a2.id) as SourceReport;
      expect(moved.extraction?.participants).toHaveLength(3); // the source's own extraction was kept
      const ids = await moveSource(deps, moved, from, to, '2026-03-02T09:30:00.000Z');
      expect(ids).not.toBeNull();

      const left = await resolveEvent(deps, trade.id);
      const joined = await resolveEvent(deps, rail.id);
      expect(left?.sources.map((s) => s.articleId)).toEqual([a1.id]);
      expect(left?.participants.map((p) => p.name).sort()).toEqual(['Ding Xuexiang', 'Roman Sklyar']);
      expect(joined?.sources.map((s) => s.articleId).sort()).toEqual([a2.id, r1.id].sort());
      // every stored report is under the event that lists its source
      const keysOf = async (id: string) =>
        ((await t.store.listEventReports(id)) as SourceReport[]).map((r) => r.key).sort();
      expect(await keysOf(joined?.id ?? '')).toEqual([a2.id, r1.id].sort());
      expect(
        (await keysOf(left?.id ?? '')).filter((k) => left?.sources.some((s) => s.articleId === k)),
      ).toEqual([a1.id]);
    } finally {
      await t.close();
    }
  }, 60_000);

  it('recomputes an event from its sources the same way whatever order they are listed in', () => {
    const base = {
      ...TRADE,
      id: 'ev_0',
      title: 't',
      summary: 's',
      sources: [1, 2, 3].map((i) => ({
        articleId: `k${i}`,
        url: `https://example.kz/${i}`,
        outlet: 'Example',
        title: `${i}`,
        published: null,
        lang: 'en',
      })),
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
      version: 3,
    };
    const report = (key: string, date: string | null, e: ExtractedEvent): SourceReport =>
      ({
        key,
        eventDate: date,
        place: 'astana',
        extraction: { ...e, eventDate: date },
      }) as unknown as SourceReport;
    const reports = [
      report('k1', '2025-05-12', TRADE),
      report('k2', '2025-05-13', RAIL),
      report('k3', '2025-05-12', TRADE),
    ];
    const now = '2026-03-02T10:00:00.000Z';
    const one = eventFromSources(base, reports, [], now);
    const other = eventFromSources(base, [...reports].reverse(), [], now);
    expect(other).toEqual(one);
    expect(one.eventDate).toBe('2025-05-12'); // the date most sources give
    expect(one.sources).toHaveLength(3);
  });
});
