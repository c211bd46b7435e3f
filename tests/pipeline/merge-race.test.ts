import { describe, expect, it } from 'vitest';
import { mergeEvents } from '../../shared/dedup/index.ts';
import type { Article, ExtractedEvent } from '../../shared/domain/index.ts';
import { resolveEvent } from '../../shared/pipeline/event-moves.ts';
import { articleReport, clusterEvent, sourceRef } from '../../shared/pipeline/event-stage.ts';
import type { PipelineDeps } from '../../shared/pipeline/types.ts';
import type { Store } from '../../shared/store/port.ts';
import { extracted, person } from '../dedup/fixtures.ts';
import { startTestStore } from '../helpers/store.ts';

const meeting: ExtractedEvent = extracted({
  kind: 'meeting',
  eventDate: '2025-03-11',
  location: 'Astana',
  participants: [person('Daulet Amanzholov', 'Minister', 'KZ'), person('Chen Haoyu', 'Minister', 'CN')],
});

/** One report of the meeting; the id is the clustering key (the smallest key names the event). */
function article(id: string, lang: Article['lang'] = 'en'): Article {
  return {
    id,
    url: `https://news.example/${id}`,
    altUrls: [],
    sourceId: 'test',
    outlet: 'Test News',
    lang,
    title: 'Ministers Amanzholov and Chen discuss freight corridors',
    published: '2025-03-11',
    author: null,
    text: 'Minister Daulet Amanzholov met Minister Chen Haoyu in Astana to discuss freight corridors and customs.',
    contentHash: id,
    simhash: null,
    eventId: null,
    fetchedAt: '2025-03-11T10:00:00.000Z',
  };
}

describe('merge race', () => {
  it('keeps what another run added to an event while this run was folding it into another', async () => {
    const t = await startTestStore('dynalite');
    try {
      const now = () => new Date('2025-03-11T12:00:00Z');
      let raced = false;
      // another run adds its report to the old event just before this run's redirect of it
      const racing = new Proxy(t.store, {
        get(target, prop, receiver) {
          if (prop !== 'redirectEvent') return Reflect.get(target, prop, receiver);
          return async (fromId: string, toId: string, version: number) => {
            if (!raced) {
              raced = true;
              const old = await target.getEvent(fromId);
              if (old) {
                const late = article('ar_m_late');
                await target.updateEvent(mergeEvents(old, meeting, sourceRef(late)), old.version);
                await target.putEventReport(fromId, late.id, articleReport(late, meeting));
              }
            }
            return target.redirectEvent(fromId, toId, version);
          };
        },
      }) as Store;
      const deps = { store: racing, now } as unknown as PipelineDeps;
      const first = await clusterEvent(deps, article('ar_m_first'), meeting);
      // a report with a smaller key: the event gets a new canonical id and the old one is folded into it
      const second = await clusterEvent(deps, article('ar_a_second', 'ru'), meeting);
      expect(raced).toBe(true);
      expect(second.event.id).not.toBe(first.event.id);
      const final = await resolveEvent(deps, first.event.id);
      expect(final?.id).toBe(second.event.id);
      expect(final?.sources.map((s) => s.articleId).sort()).toEqual([
        'ar_a_second',
        'ar_m_first',
        'ar_m_late',
      ]);
      expect(await t.store.getEvent(first.event.id)).toBeNull();
    } finally {
      await t.close();
    }
  }, 60_000);
});
