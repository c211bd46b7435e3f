import { describe, expect, it } from 'vitest';
import { filterPhrases } from '../../shared/alerts/describe.ts';
import { matchesItem } from '../../shared/alerts/filters.ts';
import { eventAndFigureItems, eventItemKey, figureKey, itemsForKeys } from '../../shared/alerts/items.ts';
import { expandKeyword } from '../../shared/alerts/keywords.ts';
import { filtersFromQuery } from '../../shared/alerts/saved-query.ts';
import { SubscribeBody } from '../../shared/alerts/subscriptions.ts';
import { SubscriberFilters } from '../../shared/domain/index.ts';
import { AI_MEMORANDUM, ministersTalks, stateVisit } from './fixtures.ts';

const filters = (f: Partial<SubscriberFilters>) => SubscriberFilters.parse(f);
const eventItem = (id: string) => ({ trigger: 'event' as const, key: eventItemKey(id) });

describe('alert items', () => {
  it('gives the event, each trade/investment figure and each document a stable key', () => {
    const visit = stateVisit();
    const [ev, fig] = eventAndFigureItems(visit);
    expect(ev).toEqual(eventItem(visit.id));
    const [trade] = visit.figures;
    if (!trade) throw new Error('fixture has a figure');
    expect(fig?.key).toBe(figureKey(visit.id, { ...trade, text: 'other wording' }));
    const other = stateVisit({
      figures: [{ metric: 'other', value: 5, unit: 'percent', year: null, text: '5 percent' }],
    });
    expect(eventAndFigureItems(other)).toHaveLength(1); // an "other" figure is not alert-worthy
    expect(itemsForKeys(visit, [fig?.key ?? '', 'ev_x#event']).map((i) => i.trigger)).toEqual(['figure']);
  });
});

describe('a subscription is a saved /events query', () => {
  const talks = ministersTalks();
  const visit = stateVisit();

  it('alerts "anything with Wang Yi" on a new event, in Latin or Cyrillic spelling', () => {
    for (const participant of ['Wang Yi', 'Ван И']) {
      const f = filtersFromQuery({ participant });
      expect(matchesItem(f, talks, eventItem(talks.id))).toBe(true);
      expect(matchesItem(f, visit, eventItem(visit.id))).toBe(false);
    }
  });

  it('filters by kind, documents, source language and free text', () => {
    expect(matchesItem(filtersFromQuery({ kind: 'visit' }), visit, eventItem(visit.id))).toBe(true);
    expect(matchesItem(filtersFromQuery({ kind: 'visit' }), talks, eventItem(talks.id))).toBe(false);
    expect(matchesItem(filtersFromQuery({ lang: 'ru' }), talks, eventItem(talks.id))).toBe(true);
    expect(matchesItem(filtersFromQuery({ lang: 'ru' }), visit, eventItem(visit.id))).toBe(false);
    expect(matchesItem(filtersFromQuery({ docType: 'memorandum' }), talks, eventItem(talks.id))).toBe(true);
    expect(matchesItem(filtersFromQuery({ hasAgreement: false }), talks, eventItem(talks.id))).toBe(false);
    expect(matchesItem(filtersFromQuery({ q: 'talks Astana' }), visit, eventItem(visit.id))).toBe(true);
    expect(matchesItem(filtersFromQuery({ q: 'talks Almaty' }), visit, eventItem(visit.id))).toBe(false);
  });

  it('only fires for the triggers asked for (documents by default)', () => {
    const [, figure] = eventAndFigureItems(visit);
    if (!figure) throw new Error('fixture has a figure');
    expect(matchesItem(filters({}), visit, eventItem(visit.id))).toBe(false);
    expect(matchesItem(filters({}), visit, figure)).toBe(false);
    expect(matchesItem(filters({ triggers: ['figure'] }), visit, figure)).toBe(true);
    expect(matchesItem(filters({ triggers: ['figure'], keywords: ['торгов'] }), visit, figure)).toBe(true);
    expect(matchesItem(filters({ triggers: ['figure'], keywords: ['uranium'] }), visit, figure)).toBe(false);
  });

  it('matches keywords across English and Russian, whole words where a stem would mislead', () => {
    const gasTalks = ministersTalks({ title: 'Стороны обсудили строительство газопровода' });
    const memo = { trigger: 'agreement' as const, key: 'k', agreement: AI_MEMORANDUM };
    expect(matchesItem(filters({ keywords: ['gas'] }), gasTalks, memo)).toBe(true);
    expect(matchesItem(filters({ keywords: ['искусственный интеллект'] }), visit, memo)).toBe(true);
    expect(expandKeyword('visa')).not.toContain('визит');
    const visitRu = ministersTalks({ title: 'Официальный визит в Пекин' });
    expect(matchesItem(filters({ keywords: ['visa'] }), visitRu, memo)).toBe(false);
    const paper = ministersTalks({ title: 'Газета сообщила о переговорах' });
    expect(matchesItem(filters({ keywords: ['gas'] }), paper, memo)).toBe(false);
  });

  it('accepts a saved query when subscribing and says it in words', () => {
    const body = SubscribeBody.parse({
      email: 'a@example.org',
      query: { kind: 'visit', participant: 'Wang Yi' },
    });
    const f = filtersFromQuery(body.query ?? {});
    expect(filterPhrases(f)).toEqual(['new events', 'events of kind visit', 'with “Wang Yi”']);
    expect(filterPhrases(f, 'ru')).toEqual(['новые события', 'события вида визит', 'с участием “Wang Yi”']);
    expect(() => SubscribeBody.parse({ email: 'a@example.org', query: { kind: 'party' } })).toThrow();
  });
});
