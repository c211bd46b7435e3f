import { describe, expect, it } from 'vitest';
import { EventClusterer } from '../../shared/dedup/index.ts';
import type { Article, ExtractedEvent } from '../../shared/domain/index.ts';
import { StoreClusterPort } from '../../shared/pipeline/cluster-port.ts';
import { resolveEvent } from '../../shared/pipeline/event-moves.ts';
import { clusterEvent } from '../../shared/pipeline/event-stage.ts';
import { mergeAgreeing } from '../../shared/pipeline/relink-merge.ts';
import { moveSource } from '../../shared/pipeline/relink-move.ts';
import type { SourceReport } from '../../shared/pipeline/source-facts.ts';
import type { PipelineDeps } from '../../shared/pipeline/types.ts';
import { storedArticle } from '../helpers/articles.ts';
import { startTestStore } from '../helpers/store.ts';

/** A stored article with a text written for this test. */
const article = (slug: string, text: string): Article => storedArticle(slug, text);

/** A meeting in Astana on one day between the given people. */
function meeting(people: Array<[string, string]>): ExtractedEvent {
  return {
    kind: 'meeting',
    eventDate: '2025-05-12',
    location: 'Astana',
    participants: people.map(([name, country]) => ({ name, role: null, country })),
    mentioned: [],
    agreements: [],
    figures: [],
    frameworks: [],
    topics: [],
  };
}

const NOW = '2026-03-02T10:00:00.000Z';

describe('re-link merges the halves of one event', () => {
  it('folds two stored halves of one meeting into one event, and leaves another meeting of that day alone', async () => {
    const t = await startTestStore('dynalite');
    try {
      const deps = { store: t.store, now: () => new Date('2026-03-02T09:00:00Z') } as unknown as PipelineDeps;
      const talks = meeting([
        ['Roman Sklyar', 'KZ'],
        ['Ding Xuexiang', 'CN'],
      ]);
      const a1 = article('sklyar-ding', 'Deputy premiers held talks in Astana on energy and transit.');
      const a2 = article(
        'sklyar-ding-2',
        'Talks of the two deputy premiers in Astana covered energy and transit.',
      );
      const other = article('sklyar-he', 'Roman Sklyar met another Chinese vice premier in Astana on trade.');
      await clusterEvent(deps, a1, talks);
      const both = (await clusterEvent(deps, a2, talks)).event;
      expect(both.sources).toHaveLength(2);
      const third = (
        await clusterEvent(
          deps,
          other,
          meeting([
            ['Roman Sklyar', 'KZ'],
            ['He Lifeng', 'CN'],
          ]),
        )
      ).event;
      expect(third.id).not.toBe(both.id);

      // split as an arrival order can leave it: one report out on its own
      const port = new StoreClusterPort(deps);
      const view = await port.view((await resolveEvent(deps, both.id)) ?? both);
      const out = view.reports.find((r) => r.key === a2.id) as SourceReport;
      const ids = (await moveSource(deps, out, view, null, NOW)) as string[];
      const halves = await Promise.all(ids.map((id) => resolveEvent(deps, id)));
      expect(halves.map((e) => e?.sources.length)).toEqual([1, 1]);

      const written = await mergeAgreeing(deps, port, new EventClusterer(), [...ids, third.id], NOW);
      expect(written.length).toBeGreaterThan(0);
      const merged = await resolveEvent(deps, ids[0] as string);
      expect(merged?.sources.map((s) => s.articleId).sort()).toEqual([a1.id, a2.id].sort());
      expect((await resolveEvent(deps, ids[1] as string))?.id).toBe(merged?.id); // the other id redirects
      expect((await resolveEvent(deps, third.id))?.sources.map((s) => s.articleId)).toEqual([other.id]);
      // nothing left to merge: a second pass writes nothing
      expect(
        await mergeAgreeing(deps, port, new EventClusterer(), [merged?.id as string, third.id], NOW),
      ).toEqual([]);
    } finally {
      await t.close();
    }
  }, 60_000);
});
