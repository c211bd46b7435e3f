import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Event } from '../../shared/domain/index.ts';
import { ValidationError } from '../../shared/errors.ts';
import { createStore } from '../../shared/store/dynamo-store.ts';
import { eventIndexKeys, keys } from '../../shared/store/keys.ts';
import type { EventQuery, Store } from '../../shared/store/port.ts';
import { reindexAll } from '../../shared/store/reindex.ts';
import type { TestStore } from '../helpers/store.ts';
import { rawClient, type StoreFactory, storePerTest } from './contract.ts';
import { eventOn, recentOrder } from './fixtures.ts';

/** Every page of a filtered listing, walked by cursor. */
export async function filteredPages(store: Store, q: Omit<EventQuery, 'cursor'>): Promise<Event[][]> {
  const pages: Event[][] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Store['listEvents']>> = await store.listEvents({ ...q, cursor });
    pages.push(page.items);
    cursor = page.cursor;
    if (pages.length > 100) throw new Error('cursor never ends');
  } while (cursor);
  return pages;
}

const person = (name: string, country: string) => ({ name, role: null, country });
const wang = person('Wang Yi', 'CN');
const nurtleu = person('Murat Nurtleu', 'KZ');
const tokayev = person('Kassym-Jomart Tokayev', 'KZ');

/** Twenty events over two months: every third with Wang Yi, every fourth with a memorandum, kinds rotating. */
function sample(): Event[] {
  return Array.from({ length: 20 }, (_, i) => {
    const date = `2026-0${4 + (i % 2)}-${String(1 + i).padStart(2, '0')}`;
    const withDoc = i % 4 === 0;
    return eventOn(300 + i, date, {
      kind: i % 2 === 0 ? 'meeting' : 'phone_call',
      participants: i % 3 === 0 ? [nurtleu, wang] : [tokayev],
      mentioned: [],
      agreements: withDoc
        ? [{ docType: 'memorandum', status: 'signed', title: 'Memorandum on rail freight' }]
        : [],
      title:
        i % 3 === 0 ? `Nurtleu and Wang Yi talk about transit (${i})` : `Tokayev speaks on energy (${i})`,
      summary:
        i === 7 ? 'The sides discussed the new railway to the border.' : 'The sides discussed cooperation.',
      figures: [],
    });
  });
}

/** A document client on the test table that counts the calls it sends. */
function countingClient(db: TestStore): { doc: DynamoDBDocumentClient; calls: string[] } {
  const calls: string[] = [];
  const doc = rawClient(db);
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      calls.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize' },
  );
  return { doc, calls };
}

/** The filtered-listing and figure-series promises of the Store, run against a backend. */
export function indexContract(start: StoreFactory): void {
  let db: TestStore;
  let store: Store;
  storePerTest(start, (d) => {
    db = d;
    store = d.store;
  });

  describe('filtered listings', () => {
    it('pages a single filter from its index: full pages, newest first, no cursor after the last', async () => {
      const events = sample();
      await Promise.all(events.map((e) => store.createEvent(e)));
      const expected = events
        .filter((e) => e.kind === 'meeting')
        .sort(recentOrder)
        .map((e) => e.id);
      const pages = await filteredPages(store, { kind: 'meeting', limit: 3 });
      expect(pages.flat().map((e) => e.id)).toEqual(expected);
      expect(pages.slice(0, -1).every((p) => p.length === 3)).toBe(true);
      expect(pages.at(-1)?.length).toBeGreaterThan(0);
    });

    it('finds one person under any spelling or script, and answers an unknown one with an honest end', async () => {
      const events = sample();
      await Promise.all(events.map((e) => store.createEvent(e)));
      const expected = events
        .filter((e) => e.participants.includes(wang))
        .sort(recentOrder)
        .map((e) => e.id);
      for (const participant of ['Wang Yi', 'Ван И', 'WANG YI']) {
        const page = await store.listEvents({ participant, limit: 50 });
        expect(page.items.map((e) => e.id)).toEqual(expected);
        expect(page.cursor).toBeNull();
      }
      expect(await store.listEvents({ participant: 'Nobody Atall', limit: 20 })).toEqual({
        items: [],
        cursor: null,
      });
    });

    it('combines filters (document type, kind, has-agreement, dates) exactly', async () => {
      const events = sample();
      await Promise.all(events.map((e) => store.createEvent(e)));
      const q = { docType: 'memorandum', kind: 'meeting', hasAgreement: true, from: '2026-04-05' } as const;
      const expected = events
        .filter((e) => e.agreements.length > 0 && e.kind === 'meeting' && (e.eventDate ?? '') >= q.from)
        .sort(recentOrder)
        .map((e) => e.id);
      expect(expected.length).toBeGreaterThan(1);
      expect((await filteredPages(store, { ...q, limit: 2 })).flat().map((e) => e.id)).toEqual(expected);
      const signed = await store.listEvents({ agreementStatus: 'signed', limit: 50 });
      expect(signed.items).toHaveLength(events.filter((e) => e.agreements.length > 0).length);
      expect(await store.listEvents({ agreementStatus: 'planned', limit: 5 })).toEqual({
        items: [],
        cursor: null,
      });
      const none = await store.listEvents({ hasAgreement: false, docType: 'memorandum', limit: 5 });
      expect(none).toEqual({ items: [], cursor: null });
    });

    it('searches Russian and English alike: `Ван И` and `Wang Yi` find the same events', async () => {
      const events = sample();
      await Promise.all(events.map((e) => store.createEvent(e)));
      const ru = (await store.listEvents({ q: 'Ван И', limit: 50 })).items.map((e) => e.id);
      const en = (await store.listEvents({ q: 'Wang Yi', limit: 50 })).items.map((e) => e.id);
      expect(ru).toEqual(en);
      expect(ru).toHaveLength(7);
      const rail = await store.listEvents({ q: 'railways', limit: 10 });
      // `rail` (the memoranda on rail freight) and `railway` are one glossary concept
      const railway = events.filter((e, i) => i === 7 || e.agreements.length > 0).sort(recentOrder);
      expect(rail.items.map((e) => e.id)).toEqual(railway.map((e) => e.id));
      expect((await store.listEvents({ q: 'железная дорога Кувейт', limit: 10 })).items).toEqual([]);
    });

    it('searches topic words across Russian, Kazakh and English from the index alone', async () => {
      const words = [
        'Экспорт пшеницы через Хоргос вырос.',
        'Бидай экспорты Қорғас арқылы өсті.',
        'Wheat exports through Khorgos grew.',
      ];
      const events = sample().map((e, i) => ({
        ...e,
        summary: i % 5 === 1 ? (words[i % 3] as string) : e.summary,
      }));
      await Promise.all(events.map((e) => store.createEvent(e)));
      const expected = events
        .filter((_, i) => i % 5 === 1)
        .sort(recentOrder)
        .map((e) => e.id);
      const { doc, calls } = countingClient(db);
      const counted = createStore({ tableName: db.tableName, client: doc });
      for (const q of ['пшеница', 'wheat', 'бидай', 'Wheat Хоргос', 'пшеница Khorgos']) {
        expect(
          (await filteredPages(store, { q, limit: 2 })).flat().map((e) => e.id),
          q,
        ).toEqual(expected);
        calls.length = 0;
        const first = await counted.listEvents({ q, limit: 2 });
        expect(first.items).toHaveLength(2);
        // one index Query and one BatchGet of its entries: O(limit), whatever the table holds
        expect(calls.filter((c) => c === 'QueryCommand').length, q).toBe(1);
      }
      expect((await store.listEvents({ q: 'уран', limit: 10 })).items).toEqual([]);
    });

    it('refuses a cursor of another listing', async () => {
      await Promise.all(sample().map((e) => store.createEvent(e)));
      const page = await store.listEvents({ kind: 'meeting', limit: 2 });
      expect(page.cursor).not.toBeNull();
      await expect(
        store.listEvents({ kind: 'phone_call', limit: 2, cursor: page.cursor }),
      ).rejects.toBeInstanceOf(ValidationError);
      await expect(store.listEvents({ kind: 'meeting', limit: 2, cursor: 'e30' })).rejects.toBeInstanceOf(
        ValidationError,
      );
    });

    it('follows updates and redirects: an event leaves the indexes it left and appears once where it moved', async () => {
      const [a, b] = sample();
      if (!a || !b) throw new Error('fixture');
      await store.createEvent(a);
      await store.createEvent(b);
      await store.updateEvent({ ...a, kind: 'visit', eventDate: '2026-06-01', participants: [tokayev] }, 0);
      expect((await store.listEvents({ kind: 'meeting', limit: 10 })).items).toEqual([]);
      expect((await store.listEvents({ participant: 'Wang Yi', limit: 10 })).items).toEqual([]);
      const visits = await store.listEvents({ kind: 'visit', limit: 10 });
      expect(visits.items.map((e) => [e.id, e.eventDate])).toEqual([[a.id, '2026-06-01']]);
      expect(await store.redirectEvent(b.id, a.id, 0)).toBe(true);
      expect((await store.listEvents({ kind: 'phone_call', limit: 10 })).items).toEqual([]);
      // re-indexing is idempotent
      const stored = await store.getEvent(a.id);
      if (stored) await store.reindexEvent(stored);
      expect((await store.listEvents({ kind: 'visit', limit: 10 })).items.map((e) => e.id)).toEqual([a.id]);
    });

    it('keeps undated events at the end of an unbounded listing and out of a dated one', async () => {
      const dated = eventOn(401, '2026-05-02', { kind: 'forum' });
      const undated = eventOn(402, null, { kind: 'forum' });
      await store.createEvent(undated);
      await store.createEvent(dated);
      const all = await filteredPages(store, { kind: 'forum', limit: 1 });
      expect(all.flat().map((e) => e.id)).toEqual([dated.id, undated.id]);
      const bounded = await store.listEvents({ kind: 'forum', to: '2026-12-31', limit: 5 });
      expect(bounded.items.map((e) => e.id)).toEqual([dated.id]);
    });
  });

  describe('index costs and backfill', () => {
    it('answers a filtered page with O(limit) reads: one Query and one BatchGet, one Query for nobody', async () => {
      const events = [...sample(), ...Array.from({ length: 20 }, (_, i) => eventOn(600 + i, '2026-03-03'))];
      await Promise.all(events.map((e) => store.createEvent(e)));
      const { doc, calls } = countingClient(db);
      const counted = createStore({ tableName: db.tableName, client: doc });
      const page = await counted.listEvents({ participant: 'Ван И', limit: 5 });
      expect(page.items).toHaveLength(5);
      expect(calls).toEqual(['QueryCommand', 'BatchGetItemCommand']);
      calls.length = 0;
      expect((await counted.listEvents({ participant: 'Nobody', limit: 50 })).cursor).toBeNull();
      expect(calls).toEqual(['QueryCommand']);
      calls.length = 0;
      await counted.getFigureSeries('trade_turnover');
      expect(calls).toEqual(['QueryCommand']);
    });

    it('backfills the indexes and series of events stored before them (reindex), idempotently', async () => {
      const events = sample().slice(0, 6);
      events[0] = {
        ...(events[0] as Event),
        figures: [
          { metric: 'investment', value: 5e8, unit: 'USD', year: 2025, text: 'invested 500 million dollars' },
        ],
      };
      events[1] = { ...(events[1] as Event), summary: 'Поставки пшеницы выросли.' };
      const { doc } = countingClient(db);
      // what the store wrote before it had indexes: the event item and its month marker only
      for (const e of events) {
        await doc.send(
          new PutCommand({
            TableName: db.tableName,
            Item: keys.monthMarker((e.eventDate ?? '').slice(0, 7)),
          }),
        );
        await doc.send(
          new PutCommand({
            TableName: db.tableName,
            Item: { ...keys.event(e.id), ...eventIndexKeys(e), ...e, version: 0 },
          }),
        );
      }
      expect((await store.listEvents({ kind: 'meeting', limit: 10 })).items).toEqual([]);
      expect(await reindexAll(store)).toBe(6);
      expect(await reindexAll(store)).toBe(6);
      // the search terms are rebuilt too, cross-language forms included
      const wheat = await store.listEvents({ q: 'wheat', limit: 10 });
      expect(wheat.items.map((e) => e.id)).toEqual([events[1]?.id]);
      const meetings = events.filter((e) => e.kind === 'meeting').sort(recentOrder);
      const got = await store.listEvents({ kind: 'meeting', limit: 10 });
      expect(got.items.map((e) => e.id)).toEqual(meetings.map((e) => e.id));
      const series = await store.getFigureSeries('investment');
      expect(series.map((p) => [p.year, p.value, p.eventCount])).toEqual([[2025, 5e8, 1]]);
    });
  });

  describe('figure series', () => {
    const turnover = (value: number, year: number | null = 2024) => ({
      metric: 'trade_turnover' as const,
      value,
      unit: 'USD',
      year,
      text: `trade reached ${value / 1e9} billion dollars`,
    });

    it('keeps each distinct value per year with its sources and event count, never averaging', async () => {
      const customs = eventOn(501, '2025-01-20', { figures: [turnover(43.8e9)] });
      const stats = eventOn(502, '2025-02-11', { figures: [turnover(41.0e9)] });
      const again = eventOn(503, '2025-03-02', { figures: [turnover(43.8e9), turnover(31.5e9, 2023)] });
      await Promise.all([customs, stats, again].map((e) => store.createEvent(e)));
      const series = await store.getFigureSeries('trade_turnover');
      expect(series.map((p) => [p.year, p.value, p.eventCount])).toEqual([
        [2023, 31.5e9, 1],
        [2024, 41.0e9, 1],
        [2024, 43.8e9, 2],
      ]);
      const top = series[2];
      expect(top?.eventIds.sort()).toEqual([customs.id, again.id].sort());
      expect(top?.sources).toContainEqual({
        outlet: customs.sources[0]?.outlet,
        url: customs.sources[0]?.url,
        reportDate: customs.sources[0]?.published,
        eventId: customs.id,
      });
      expect((await store.getFigureSeries('trade_turnover', { fromYear: 2024 })).length).toBe(2);
      expect(await store.getFigureSeries('investment')).toEqual([]);
    });

    it('credits each value to the sources whose reports read it, once their reports are stored', async () => {
      const base = eventOn(521, '2025-01-20', { figures: [turnover(43.8e9), turnover(41.0e9)] });
      const [a, b] = base.sources;
      const e = {
        ...base,
        sources: [
          a,
          b ?? { ...(a as Event['sources'][number]), articleId: 'ar_x2', url: 'https://www.inform.kz/ru/x2' },
        ],
      } as Event;
      await store.createEvent(e);
      const urls = (v: number) =>
        (async () =>
          (await store.getFigureSeries('trade_turnover'))
            .find((p) => p.value === v)
            ?.sources.map((s) => s.url))();
      expect(await urls(43.8e9)).toHaveLength(2); // no reports yet: every source may have given it
      const [sa, sb] = e.sources;
      await store.putEventReport(e.id, String(sa?.articleId), {
        key: sa?.articleId,
        figures: ['trade_turnover|43800000000|USD'],
      });
      await store.putEventReport(e.id, String(sb?.articleId), {
        key: sb?.articleId,
        figures: ['trade_turnover|41000000000|USD'],
      });
      expect(await urls(43.8e9)).toEqual([sa?.url]);
      expect(await urls(41.0e9)).toEqual([sb?.url]);
      expect((await store.getFigureSeries('trade_turnover')).map((p) => p.eventCount)).toEqual([1, 1]);
    });

    it('follows updates, redirects and re-indexing without counting anything twice', async () => {
      const a = eventOn(511, '2025-01-20', { figures: [turnover(43.8e9)] });
      const b = eventOn(512, '2025-01-21', { figures: [turnover(43.8e9)] });
      await store.createEvent(a);
      await store.createEvent(b);
      await store.reindexEvent({ ...a, version: 0 });
      await store.updateEvent({ ...a, summary: 'more' }, 0);
      expect((await store.getFigureSeries('trade_turnover'))[0]?.eventCount).toBe(2);
      await store.updateEvent({ ...a, figures: [turnover(44.0e9)] }, 1);
      expect((await store.getFigureSeries('trade_turnover')).map((p) => [p.value, p.eventCount])).toEqual([
        [43.8e9, 1],
        [44.0e9, 1],
      ]);
      expect(await store.redirectEvent(b.id, a.id, 0)).toBe(true);
      const left = await store.getFigureSeries('trade_turnover');
      expect(left.map((p) => [p.value, p.eventCount, p.eventIds])).toEqual([[44.0e9, 1, [a.id]]]);
    });
  });
}
