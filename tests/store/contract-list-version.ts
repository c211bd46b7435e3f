import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../shared/errors.ts';
import { createStore, type DynamoStore } from '../../shared/store/dynamo-store.ts';
import { viewItem } from '../../shared/store/event-view.ts';
import { eventItem, newMonthMarker } from '../../shared/store/events.ts';
import type { Store } from '../../shared/store/port.ts';
import type { TestStore } from '../helpers/store.ts';
import { bumpElsewhere, rawClient, type StoreFactory, storePerTest } from './contract.ts';
import { eventOn, makeArticle, makeSourceState } from './fixtures.ts';

/** The stored list version and this process's generation, read together. */
async function marks(store: Store): Promise<{ v: number; g: number }> {
  return { v: await store.getListVersion(), g: store.localListGeneration() };
}

/** How much a step moved the version and the generation. */
async function moved(store: Store, step: () => Promise<unknown>): Promise<{ v: number; g: number }> {
  const before = await marks(store);
  await step();
  const after = await marks(store);
  return { v: after.v - before.v, g: after.g - before.g };
}

/** A store on the test table whose client records the commands it sends, in order, and the keys they name. */
function watched(db: TestStore): { store: DynamoStore; sent: string[] } {
  const sent: string[] = [];
  const doc = rawClient(db);
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      const key = (args.input as { Key?: { PK?: unknown } }).Key?.PK;
      sent.push(`${context.commandName}${key === 'META' ? ' META' : ''}`);
      return next(args);
    },
    { step: 'initialize' },
  );
  return { store: createStore({ tableName: db.tableName, client: doc }), sent };
}

/**
 * The list version (shared/store/list-version.ts): what the API's list cache relies on. Every port method that
 * changes a list, facet, agreements or figures page bumps it AFTER its write (also when the write failed
 * half-way); reads and writes no list page shows leave it alone.
 */
export function listVersionContract(start: StoreFactory): void {
  let db: TestStore;
  let store: Store;
  storePerTest(start, (d) => {
    db = d;
    store = d.store;
  });

  describe('list version', () => {
    it('starts at 0 and is bumped once by each list-changing write, the process generation with it', async () => {
      expect(await store.getListVersion()).toBe(0);
      const a = eventOn(1, '2026-04-10');
      const b = eventOn(2, '2026-04-11');
      const one = { v: 1, g: 1 };
      expect(await moved(store, () => store.createEvent(a))).toEqual(one);
      expect(await moved(store, () => store.createEvent(b))).toEqual(one);
      expect(await moved(store, () => store.updateEvent({ ...a, title: 'Talks moved' }, 0))).toEqual(one);
      const stored = await store.getEvent(a.id);
      expect(await moved(store, () => store.reindexEvent(stored ?? a))).toEqual(one);
      expect(await moved(store, () => store.putEventReport(a.id, 'ar_1', { figures: [] }))).toEqual(one);
      expect(await moved(store, () => store.redirectEvent(b.id, a.id, 0))).toEqual(one);
      expect(await moved(store, () => store.markViewsComplete())).toEqual(one);
      expect(await store.getListVersion()).toBe(7);
    });

    it('is left alone by reads and by writes no list page shows', async () => {
      const a = eventOn(3, '2026-04-12');
      await store.createEvent(a);
      const none = { v: 0, g: 0 };
      expect(await moved(store, () => store.listEvents({ limit: 5 }))).toEqual(none);
      expect(await moved(store, () => store.listEventsJson({ limit: 5, kind: a.kind }))).toEqual(none);
      expect(await moved(store, () => store.getEvent(a.id))).toEqual(none);
      expect(await moved(store, () => store.getFigureSeries('trade_turnover'))).toEqual(none);
      expect(await moved(store, () => store.putArticleIfNew(makeArticle(3)))).toEqual(none);
      expect(await moved(store, () => store.putSourceState(makeSourceState('kazinform-en')))).toEqual(none);
      expect(await moved(store, () => store.deleteEventReport(a.id, 'ar_9'))).toEqual(none);
    });

    it('is bumped after a write that lost (a conflict, an existing id) and the write still answers as before', async () => {
      const a = eventOn(4, '2026-04-13');
      await store.createEvent(a);
      expect(await moved(store, () => store.createEvent(a).then((r) => expect(r).toBe(false)))).toEqual({
        v: 1,
        g: 1,
      });
      const lost = store.updateEvent({ ...a, title: 'Late' }, 7);
      await expect(lost).rejects.toBeInstanceOf(ConflictError);
      expect(await store.getListVersion()).toBe(3);
    });

    it('is bumped AFTER the write it announces: the last command a writer sends', async () => {
      const { store: w, sent } = watched(db);
      await w.createEvent(eventOn(5, '2026-04-14'));
      expect(sent.at(-1)).toBe('UpdateItemCommand META');
      expect(sent.filter((c) => c.endsWith('META'))).toHaveLength(1);
      sent.length = 0;
      await w.bulkLoadEvents([eventOn(6, '2026-04-15'), eventOn(7, '2026-04-16')]);
      expect(sent.at(-1)).toBe('UpdateItemCommand META');
      expect(sent.filter((c) => c.endsWith('META'))).toHaveLength(1);
      w.destroy();
    });

    it('counts every concurrent writer (atomic ADD) and is seen by another store on the table at once', async () => {
      await Promise.all(
        Array.from({ length: 6 }, (_, i) => store.createEvent(eventOn(20 + i, '2026-05-01'))),
      );
      const other = createStore({ tableName: db.tableName, endpoint: db.endpoint, region: 'us-east-1' });
      try {
        expect(await other.getListVersion()).toBe(6);
        await other.createEvent(eventOn(30, '2026-05-02'));
        expect(await store.getListVersion()).toBe(7);
      } finally {
        other.destroy();
      }
    });

    it("shows another process's new month in a listing read after the changed version was read", async () => {
      await store.createEvent(eventOn(40, '2026-04-20'));
      expect((await store.listEvents({ limit: 1 })).items[0]?.id).toBe(eventOn(40, null).id);
      // another process: the items createEvent writes for a new month, then its bump (no write of this process)
      const e = { ...eventOn(41, '2040-01-05'), version: 0 };
      const doc = rawClient(db);
      for (const Item of [newMonthMarker('2040-01'), eventItem(e, 0), viewItem(e, 0)])
        await doc.send(new PutCommand({ TableName: db.tableName, Item }));
      await bumpElsewhere(db, doc);
      doc.destroy();
      // within the months index's reuse delay: only the changed version tells the store to read it again
      await store.getListVersion();
      expect((await store.listEvents({ limit: 1 })).items[0]?.id).toBe(e.id);
      expect((await store.listEventsJson({ limit: 1 })).items[0]).toContain('2040-01-05');
    });

    it('shows a new month written by another store of this process in the next listing', async () => {
      await store.createEvent(eventOn(42, '2026-04-21'));
      expect((await store.listEvents({ limit: 1 })).items[0]?.id).toBe(eventOn(42, null).id);
      const other = createStore({ tableName: db.tableName, endpoint: db.endpoint, region: 'us-east-1' });
      try {
        await other.createEvent(eventOn(43, '2041-02-03'));
        expect((await store.listEvents({ limit: 1 })).items[0]?.id).toBe(eventOn(43, null).id);
      } finally {
        other.destroy();
      }
    });
  });
}
