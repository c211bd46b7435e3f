import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Event } from '../../shared/domain/index.ts';
import { createStore } from '../../shared/store/dynamo-store.ts';
import { eventIndexKeys, keys } from '../../shared/store/keys.ts';
import type { Store } from '../../shared/store/port.ts';
import { reindexAll } from '../../shared/store/reindex.ts';
import type { TestStore } from '../helpers/store.ts';
import { rawClient, type StoreFactory, storePerTest } from './contract.ts';
import { eventOn, recentOrder } from './fixtures.ts';

/** What a client sent: each call's command, the partition a Query read and the sort keys a BatchGet asked for. */
interface Sent {
  op: string;
  partition?: string;
  sks?: string[];
}

/** A string attribute as sent, marshalled (`{S: …}`) or not. */
const plain = (v: unknown) =>
  v && typeof v === 'object' && 'S' in v ? String(v.S) : (v as string | undefined);

/** A store on the test table whose client records what it sends. */
function watchedStore(db: TestStore): { store: Store; sent: Sent[]; doc: DynamoDBDocumentClient } {
  const sent: Sent[] = [];
  const doc = rawClient(db);
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as {
        ExpressionAttributeValues?: Record<string, unknown>;
        RequestItems?: Record<string, { Keys?: Array<Record<string, unknown>> }>;
      };
      const keysAsked = Object.values(input.RequestItems ?? {}).flatMap((r) => r.Keys ?? []);
      sent.push({
        op: String(context.commandName),
        partition: plain(input.ExpressionAttributeValues?.[':pk']),
        sks: keysAsked.map((k) => String(plain(k.SK))),
      });
      return next(args);
    },
    { step: 'initialize' },
  );
  return { store: createStore({ tableName: db.tableName, client: doc }), sent, doc };
}

/** Every item of one table partition (PK), in SK order. */
async function queryPartition(db: TestStore, pk: string): Promise<Array<Record<string, unknown>>> {
  const out = await rawClient(db).send(
    new QueryCommand({
      TableName: db.tableName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': 'PK' },
      ExpressionAttributeValues: { ':pk': pk },
    }),
  );
  return out.Items ?? [];
}

/** Every page of the unfiltered served listing. */
async function servedPages(store: Store, limit: number): Promise<Event[][]> {
  const pages: Event[][] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Store['listEvents']>> = await store.listEvents({ limit, cursor });
    pages.push(page.items);
    cursor = page.cursor;
    if (pages.length > 100) throw new Error('cursor never ends');
  } while (cursor);
  return pages;
}

/** What the store wrote before list views: the month marker (no `views` flag) and the event item. */
async function putLegacy(doc: DynamoDBDocumentClient, table: string, e: Event): Promise<void> {
  const month = e.eventDate ? e.eventDate.slice(0, 7) : 'none';
  await doc.send(new PutCommand({ TableName: table, Item: { ...keys.monthMarker(month), month } }));
  await doc.send(
    new PutCommand({
      TableName: table,
      Item: { ...keys.event(e.id), ...eventIndexKeys(e), ...e, version: 0 },
    }),
  );
}

/** The list views of events: what list pages read instead of the events, kept equal to them. */
export function viewContract(start: StoreFactory): void {
  let db: TestStore;
  storePerTest(start, (d) => {
    db = d;
  });
  const events = () => [
    ...Array.from({ length: 9 }, (_, i) => eventOn(700 + i, `2026-0${4 + (i % 3)}-1${i}`)),
    eventOn(709, null),
  ];

  describe('list views', () => {
    it('serves pages from the views, equal to the events, without reading an event item', async () => {
      const { store, sent } = watchedStore(db);
      const all = events();
      await Promise.all(all.map((e) => store.createEvent(e)));
      const stored = await Promise.all(all.map((e) => store.getEvent(e.id)));
      sent.length = 0;
      const pages = await servedPages(store, 4);
      const dated = all.filter((e) => e.eventDate).sort(recentOrder);
      expect(pages.flat().map((e) => e.id)).toEqual([...dated, all[9] as Event].map((e) => e.id));
      for (const e of pages.flat()) expect(e).toEqual(stored.find((s) => s?.id === e.id));
      const queried = sent.filter((s) => s.op === 'QueryCommand').map((s) => String(s.partition));
      expect(queried.filter((p) => p !== 'EVMONTHS').every((p) => p.startsWith('EVLIST#'))).toBe(true);
      expect(sent.some((s) => s.op === 'BatchGetItemCommand' || s.op === 'GetItemCommand')).toBe(false);
      // the served JSON is the event's own serialisation, byte for byte, filtered or not
      for (const q of [{ limit: 6 }, { kind: all[1]?.kind, limit: 6 }]) {
        const json = await store.listEventsJson(q);
        const parsed = await store.listEvents(q);
        expect(json.cursor).toEqual(parsed.cursor);
        expect(json.items).toEqual(parsed.items.map((e) => JSON.stringify(e)));
      }
      sent.length = 0;
      const visits = await store.listEvents({ kind: all[1]?.kind, limit: 10 });
      expect(visits.items.map((e) => e.id)).toEqual(
        all
          .filter((e) => e.kind === all[1]?.kind)
          .sort(recentOrder)
          .map((e) => e.id),
      );
      const asked = sent.filter((s) => s.op === 'BatchGetItemCommand').flatMap((s) => s.sks ?? []);
      expect(asked.length).toBeGreaterThan(0);
      expect(asked.every((sk) => sk === 'LIST')).toBe(true);
    });

    it('follows updates, date moves and redirects; an older version never replaces a newer view', async () => {
      const store = db.store;
      const [a, b] = events() as [Event, Event];
      await store.createEvent(a);
      await store.createEvent(b);
      const moved = { ...a, title: 'Talks moved to May', eventDate: '2026-05-30' };
      await store.updateEvent(moved, 0);
      await store.reindexEvent({ ...a, version: 0 }); // a slow writer of the old version
      const page = await store.listEvents({ limit: 10 });
      expect(page.items.map((e) => [e.id, e.title, e.version])).toEqual([
        [a.id, 'Talks moved to May', 1],
        [b.id, b.title, 0],
      ]);
      expect((await store.listEvents({ from: '2026-05-20', to: '2026-05-31', limit: 5 })).items).toHaveLength(
        1,
      );
      expect(await store.redirectEvent(b.id, a.id, 0)).toBe(true);
      expect((await store.listEvents({ limit: 10 })).items.map((e) => e.id)).toEqual([a.id]);
      expect((await store.listEvents({ kind: b.kind, limit: 10 })).items).toEqual([]);
      const view = await rawClient(db).send(
        new GetCommand({ TableName: db.tableName, Key: keys.eventView(b.id) }),
      );
      expect(view.Item).toBeUndefined();
    });

    it('reads an old store from its events, and from the views once reindex has written them', async () => {
      const { store, sent, doc } = watchedStore(db);
      const all = events().slice(0, 6);
      for (const e of all.slice(0, 5)) await putLegacy(doc, db.tableName, e);
      await store.createEvent(all[5] as Event); // a new event in a month made before views
      const expected = [...all].sort(recentOrder).map((e) => e.id);
      const first = await store.listEvents({ limit: 3 });
      expect((await servedPages(store, 3)).flat().map((e) => e.id)).toEqual(expected);
      expect(await reindexAll(store)).toBe(6);
      // a cursor of the event partitions resumes in the view partitions, without gaps or repeats
      await new Promise((r) => setTimeout(r, 1100)); // the months index is re-read after a second
      sent.length = 0;
      const second = await store.listEvents({ limit: 10, cursor: first.cursor });
      expect([...first.items, ...second.items].map((e) => e.id)).toEqual(expected);
      const queried = sent.filter((s) => s.op === 'QueryCommand').map((s) => String(s.partition));
      expect(queried.filter((p) => p !== 'EVMONTHS').every((p) => p.startsWith('EVLIST#'))).toBe(true);
      expect((await store.listEvents({ kind: all[0]?.kind, limit: 10 })).items.map((e) => e.id)).toEqual(
        all
          .filter((e) => e.kind === all[0]?.kind)
          .sort(recentOrder)
          .map((e) => e.id),
      );
    });

    it('bulk-loads new events as the very items createEvent writes', async () => {
      const store = createStore({ tableName: db.tableName, client: rawClient(db) });
      const turnover = {
        metric: 'trade_turnover',
        value: 4.1e10,
        unit: 'USD',
        year: 2025,
        text: 't',
      } as const;
      const all = events().map((e, i) => (i % 3 === 0 ? { ...e, figures: [turnover] } : e));
      const [one, ...rest] = all as [Event, ...Event[]];
      await store.createEvent(one);
      await store.bulkLoadEvents(rest.slice(0, 4));
      await store.bulkLoadEvents(rest.slice(4));
      // the partition of a bulk-loaded event holds the same items, with the same attributes, as a created one
      const twin = { ...one, id: 'ev_twin01' };
      await store.bulkLoadEvents([twin]);
      const partition = async (id: string) =>
        (await queryPartition(db, `EVENT#${id}`)).map((i) =>
          JSON.parse(JSON.stringify(i).replaceAll(id, '<id>')),
        );
      expect(await partition(twin.id)).toEqual(await partition(one.id));
      const expected = [...all, twin].filter((e) => e.eventDate).sort(recentOrder);
      const page = await store.listEvents({ limit: 50 });
      expect(page.items.map((e) => e.id)).toEqual([...expected, all[9] as Event].map((e) => e.id));
      const visits = await store.listEvents({ kind: one.kind, limit: 50 });
      expect(visits.items.map((e) => e.id)).toEqual(
        [...all, twin]
          .filter((e) => e.kind === one.kind)
          .sort(recentOrder)
          .map((e) => e.id),
      );
      const series = await store.getFigureSeries('trade_turnover');
      expect(series.map((p) => [p.year, p.value, p.eventCount])).toEqual([
        [2024, 43.8e9, 2], // the generator's own figure (every fourth event)
        [2025, 4.1e10, 5],
      ]);
    });

    it('answers a filtered page from the event when its view is missing', async () => {
      const store = db.store;
      const all = events();
      await Promise.all(all.map((e) => store.createEvent(e)));
      const gone = all[3] as Event;
      await rawClient(db).send(new DeleteCommand({ TableName: db.tableName, Key: keys.eventView(gone.id) }));
      const page = await store.listEvents({ kind: gone.kind, limit: 10 });
      expect(page.items.map((e) => e.id)).toContain(gone.id);
      expect(page.items.find((e) => e.id === gone.id)).toEqual(await store.getEvent(gone.id));
    });
  });
}
