import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Event } from '../../shared/domain/index.ts';
import { ConflictError, NotFoundError, StoreError, ValidationError } from '../../shared/errors.ts';
import { createStore } from '../../shared/store/dynamo-store.ts';
import { keys } from '../../shared/store/keys.ts';
import type { Store } from '../../shared/store/port.ts';
import type { TestStore, TestStoreOptions } from '../helpers/store.ts';
import {
  eventOn,
  eventsOverMonths,
  makeArticle,
  makeSourceState,
  makeSubscriber,
  recentOrder,
} from './fixtures.ts';

/** Starts a store on a fresh table of one backend. */
export type StoreFactory = (opts?: TestStoreOptions) => Promise<TestStore>;

/** Walks every page of a recent-events query and returns the pages. */
export async function allPages(
  store: Store,
  q: { from?: string; to?: string; limit: number },
): Promise<Event[][]> {
  const pages: Event[][] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<Store['listRecentEvents']>> = await store.listRecentEvents({
      ...q,
      cursor,
    });
    pages.push(page.items);
    cursor = page.cursor;
    if (pages.length > 200) throw new Error('cursor never ends');
  } while (cursor);
  return pages;
}

/** A raw document client on the test table, to look at (or plant) items no port method exposes. */
export function rawClient(db: TestStore): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: db.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
}

/** What another process's list-changing write ends with: one bump of the list version, sent through `doc`. */
export async function bumpElsewhere(db: TestStore, doc: DynamoDBDocumentClient): Promise<void> {
  await doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.listVersion(),
      UpdateExpression: 'ADD v :one',
      ExpressionAttributeValues: { ':one': 1 },
    }),
  );
}

/** Gives each test of the calling suite a fresh table (closed after it), handed to `use`. */
export function storePerTest(start: StoreFactory, use: (db: TestStore) => void): void {
  let db: TestStore | undefined;
  beforeEach(async () => {
    db = await start();
    use(db);
  });
  afterEach(async () => db?.close());
}

/**
 * The Store contract: every port method's promised behaviour, run against any backend the factory
 * starts. Each test gets a fresh table.
 */
export function storeContract(start: StoreFactory): void {
  let db: TestStore;
  let store: Store;
  storePerTest(start, (d) => {
    db = d;
    store = d.store;
  });

  describe('articles and dedup keys', () => {
    it('stores an article once and reports a repeat as already existing, keeping the first copy', async () => {
      const a = makeArticle(1);
      expect(await store.putArticleIfNew(a)).toBe(true);
      expect(await store.putArticleIfNew({ ...a, title: 'changed' })).toBe(false);
      expect(await store.getArticle(a.id)).toEqual(a);
      expect(await store.getArticle('ar_missing')).toBeNull();
    });

    it('replaces an article on update (event id, alternate URLs)', async () => {
      const a = makeArticle(2);
      await store.putArticleIfNew(a);
      const updated = { ...a, eventId: 'ev_00000x', altUrls: ['https://www.inform.kz/ru/x_a7d2f2'] };
      await store.updateArticle(updated);
      expect(await store.getArticle(a.id)).toEqual(updated);
    });

    it('batch-gets articles in input order, skipping missing ids, beyond the 100-key batch limit', async () => {
      const articles = Array.from({ length: 120 }, (_, i) => makeArticle(100 + i));
      await Promise.all(articles.map((a) => store.putArticleIfNew(a)));
      const ids = [...articles].reverse().map((a) => a.id);
      const got = await store.getArticles([ids[0] as string, 'ar_nothere', ...ids.slice(1)]);
      expect(got.map((a) => a.id)).toEqual(ids);
      expect(got[5]).toEqual(articles[114]);
      expect(await store.getArticles([])).toEqual([]);
    });

    it('lets exactly one of ten concurrent claimants own a dedup key, and tells every one the winner', async () => {
      const key = 'url:https://qazinform.com/news/kazakhstan-china-talks';
      const ids = Array.from({ length: 10 }, (_, i) => `ar_claim${i}`);
      const owners = await Promise.all(ids.map((id) => store.claimKey(key, id)));
      const winner = owners[0] as string;
      expect(ids).toContain(winner);
      expect(new Set(owners)).toEqual(new Set([winner]));
      expect(await store.claimKey(key, winner)).toBe(winner);
      expect(await store.claimKey(key, 'ar_latecomer')).toBe(winner);
    });

    it('claims keys longer than a DynamoDB key may be (hashed), still one owner per key', async () => {
      const long = `url:https://example.org/${'x'.repeat(3000)}`;
      expect(await store.claimKey(long, 'ar_first')).toBe('ar_first');
      expect(await store.claimKey(long, 'ar_second')).toBe('ar_first');
      expect(await store.claimKey(`${long}y`, 'ar_second')).toBe('ar_second');
    });

    it('keeps the members of a multi-valued key, once each, separately per key', async () => {
      await store.addKeyMember('band:3:9f0c', 'ar_b');
      await store.addKeyMember('band:3:9f0c', 'ar_a');
      await store.addKeyMember('band:3:9f0c', 'ar_b');
      await store.addKeyMember('band:4:9f0c', 'ar_c');
      expect((await store.listKeyMembers('band:3:9f0c')).sort()).toEqual(['ar_a', 'ar_b']);
      expect(await store.listKeyMembers('band:4:9f0c')).toEqual(['ar_c']);
      expect(await store.listKeyMembers('band:5:0000')).toEqual([]);
    });

    it('removes one member of a multi-valued key, idempotently, leaving the others', async () => {
      await store.addKeyMember('outbox:alerts', 'ev_1#memorandum#abc');
      await store.addKeyMember('outbox:alerts', 'ev_2#notes#def');
      await store.removeKeyMember('outbox:alerts', 'ev_1#memorandum#abc');
      await store.removeKeyMember('outbox:alerts', 'ev_1#memorandum#abc');
      expect(await store.listKeyMembers('outbox:alerts')).toEqual(['ev_2#notes#def']);
    });
  });

  describe('events', () => {
    it('creates an event at version 0 once; a repeat returns false and changes nothing', async () => {
      const e = eventOn(1, '2026-04-26');
      expect(await store.createEvent(e)).toBe(true);
      expect(await store.createEvent({ ...e, title: 'other' })).toBe(false);
      expect(await store.getEvent(e.id)).toEqual({ ...e, version: 0 });
      expect(await store.getEvent('ev_missing')).toBeNull();
    });

    it('updates with the expected version and rejects a stale one with ConflictError', async () => {
      const e = eventOn(2, '2026-04-26');
      await store.createEvent(e);
      await store.updateEvent({ ...e, summary: 'merged' }, 0);
      expect(await store.getEvent(e.id)).toMatchObject({ summary: 'merged', version: 1 });
      await expect(store.updateEvent({ ...e, summary: 'stale' }, 0)).rejects.toBeInstanceOf(ConflictError);
      await expect(store.updateEvent(eventOn(3, '2026-04-26'), 0)).rejects.toBeInstanceOf(NotFoundError);
      expect((await store.getEvent(e.id))?.summary).toBe('merged');
    });

    it('lets one of several concurrent updates of the same version win', async () => {
      const e = eventOn(4, '2026-04-26');
      await store.createEvent(e);
      const results = await Promise.allSettled(
        Array.from({ length: 5 }, (_, i) => store.updateEvent({ ...e, summary: `writer ${i}` }, 0)),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results.filter((x) => x.status === 'rejected'))
        expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
      expect((await store.getEvent(e.id))?.version).toBe(1);
    });

    it('moves an event in the recent listing when its date changes (across months, and to undated)', async () => {
      const a = eventOn(10, '2026-04-10');
      const b = eventOn(11, '2026-02-05');
      await store.createEvent(a);
      await store.createEvent(b);
      await store.updateEvent({ ...b, eventDate: '2026-05-20' }, 0);
      let page = await store.listRecentEvents({ limit: 10 });
      expect(page.items.map((e) => [e.id, e.eventDate])).toEqual([
        [b.id, '2026-05-20'],
        [a.id, '2026-04-10'],
      ]);
      expect((await store.listEventsByDateRange('2026-02-01', '2026-02-28')).map((e) => e.id)).toEqual([]);
      await store.updateEvent({ ...b, eventDate: null }, 1);
      page = await store.listRecentEvents({ limit: 10, from: '2026-01-01', to: '2026-12-31' });
      expect(page.items.map((e) => e.id)).toEqual([a.id]);
      expect((await store.listUndatedEvents(10)).map((e) => e.id)).toEqual([b.id]);
    });

    it('pages 57 events over 5 months, 10 at a time, newest first, without gaps or repeats', async () => {
      const events = eventsOverMonths(57);
      for (const e of events) await store.createEvent(e);
      const pages = await allPages(store, { limit: 10 });
      expect(pages.map((p) => p.length)).toEqual([10, 10, 10, 10, 10, 7]);
      expect(pages.flat().map((e) => e.id)).toEqual([...events].sort(recentOrder).map((e) => e.id));
    });

    it('pages within a date range, inclusive, across month boundaries', async () => {
      const events = eventsOverMonths(57);
      for (const e of events) await store.createEvent(e);
      const [from, to] = ['2026-03-08', '2026-05-15'];
      const want = events.filter((e) => (e.eventDate as string) >= from && (e.eventDate as string) <= to);
      const pages = await allPages(store, { from, to, limit: 4 });
      expect(pages.flat().map((e) => e.id)).toEqual([...want].sort(recentOrder).map((e) => e.id));
      expect(pages.slice(0, -1).every((p) => p.length === 4)).toBe(true);
      expect((await allPages(store, { to: '2026-02-28', limit: 50 })).flat()).toHaveLength(
        events.filter((e) => (e.eventDate as string) <= '2026-02-28').length,
      );
      expect((await store.listRecentEvents({ from: '2027-01-01', limit: 5 })).items).toEqual([]);
      const byRange = await store.listEventsByDateRange(from, to);
      expect(byRange.map((e) => e.id).sort()).toEqual(want.map((e) => e.id).sort());
      expect(await store.listEventsByDateRange('2024-01-01', '2026-12-31')).toHaveLength(57);
      expect(await store.listEventsByDateRange('2026-06-01', '2026-05-01')).toEqual([]);
    });

    it('lists undated events newest-created first and after the dated ones in an unbounded listing', async () => {
      const dated = eventOn(20, '2026-04-01');
      const old = eventOn(21, null, { createdAt: '2026-03-01T08:00:00.000Z' });
      // A later instant written with an offset still sorts by time.
      const recent = eventOn(22, null, { createdAt: '2026-03-02T10:00:00+05:00' });
      for (const e of [old, dated, recent]) await store.createEvent(e);
      expect((await store.listUndatedEvents(10)).map((e) => e.id)).toEqual([recent.id, old.id]);
      expect((await store.listUndatedEvents(1)).map((e) => e.id)).toEqual([recent.id]);
      const pages = await allPages(store, { limit: 2 });
      expect(pages.flat().map((e) => e.id)).toEqual([dated.id, recent.id, old.id]);
      expect(
        (await store.listRecentEvents({ from: '2000-01-01', limit: 10 })).items.map((e) => e.id),
      ).toEqual([dated.id]);
    });

    it('rejects a forged or garbled cursor with a ValidationError on the cursor field', async () => {
      await store.createEvent(eventOn(30, '2026-04-01'));
      const forged = Buffer.from(
        JSON.stringify({
          v: 1,
          m: '2026-04',
          k: { PK: 'SUB#x', SK: 'SUBSCRIBER', GSI1PK: 'SUBSTATUS#confirmed' },
        }),
      ).toString('base64url');
      const badLimit = await store.listRecentEvents({ limit: 0 }).catch((e: unknown) => e);
      expect((badLimit as ValidationError).field).toBe('limit');
      for (const cursor of ['not-a-cursor', forged, Buffer.from('{"v":1}').toString('base64url')]) {
        const err = await store.listRecentEvents({ limit: 5, cursor }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ValidationError);
        expect((err as ValidationError).field).toBe('cursor');
      }
    });

    it('keeps event→article links in step with the event sources', async () => {
      const e = eventOn(40, '2026-04-01');
      await store.createEvent(e);
      const raw = rawClient(db);
      const links = async () =>
        (
          await raw.send(
            new QueryCommand({
              TableName: db.tableName,
              KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
              ExpressionAttributeValues: { ':pk': `EVENT#${e.id}`, ':p': 'ARTICLE#' },
            }),
          )
        ).Items?.map((i) => i.articleId as string) ?? [];
      expect((await links()).sort()).toEqual(e.sources.map((s) => s.articleId).sort());
      const added = {
        ...(e.sources[0] as Event['sources'][number]),
        articleId: 'ar_added',
        url: 'https://x.kz/a',
      };
      await store.updateEvent({ ...e, sources: [added] }, 0);
      expect(await links()).toEqual(['ar_added']);
      raw.destroy();
    });

    it('stores an event reported by 600 sources, and refuses an article past the 400 KB item limit', async () => {
      const e = eventOn(60, '2026-04-01');
      const first = e.sources[0] as Event['sources'][number];
      const sources = Array.from({ length: 600 }, (_, i) => ({
        ...first,
        articleId: `ar_many${i.toString(36)}`,
        url: `https://qazinform.com/news/kazakhstan-and-china-sign-agreements-on-transit-${i}-a7d2f`,
      }));
      expect(await store.createEvent({ ...e, sources })).toBe(true);
      expect((await store.getEvent(e.id))?.sources).toHaveLength(600);
      const huge = makeArticle(61, { text: 'Казахстан и Китай. '.repeat(15_000) });
      await expect(store.putArticleIfNew(huge)).rejects.toBeInstanceOf(ValidationError);
      expect(await store.getArticle(huge.id)).toBeNull();
    });

    it('refuses to store an invalid event and reports a corrupt stored item as a StoreError', async () => {
      await expect(store.createEvent({ ...eventOn(50, '2026-04-01'), id: 'bad id' })).rejects.toBeInstanceOf(
        ValidationError,
      );
      const raw = rawClient(db);
      await raw.send(
        new PutCommand({
          TableName: db.tableName,
          Item: { PK: 'EVENT#ev_corrupt', SK: 'EVENT', id: 'ev_corrupt' },
        }),
      );
      raw.destroy();
      await expect(store.getEvent('ev_corrupt')).rejects.toBeInstanceOf(StoreError);
    });

    it('keeps clustering reports per source, replacing one on a repeat put', async () => {
      const e = eventOn(40, '2026-04-26');
      await store.createEvent(e);
      await store.putEventReport(e.id, 'ar_a', { key: 'ar_a', names: ['x'] });
      await store.putEventReport(e.id, 'ar_b', { key: 'ar_b', names: [] });
      await store.putEventReport(e.id, 'ar_a', { key: 'ar_a', names: ['y'] });
      const reports = (await store.listEventReports(e.id)) as Array<{ key: string; names: string[] }>;
      expect(reports.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
        { key: 'ar_a', names: ['y'] },
        { key: 'ar_b', names: [] },
      ]);
      await store.deleteEventReport(e.id, 'ar_b');
      expect(await store.listEventReports(e.id)).toHaveLength(1);
      // reports live beside the event: they neither break reading it nor show in listings
      expect(await store.getEvent(e.id)).toEqual({ ...e, version: 0 });
      expect((await store.listEventsByDateRange('2026-04-26', '2026-04-26')).map((x) => x.id)).toEqual([
        e.id,
      ]);
    });

    it('turns an event into a redirect only at the expected version, and drops it from listings', async () => {
      const e = eventOn(41, '2026-05-02');
      await store.createEvent(e);
      expect(await store.redirectEvent(e.id, 'ev_target', 3)).toBe(false);
      expect(await store.getEventRedirect(e.id)).toBeNull();
      expect(await store.redirectEvent(e.id, 'ev_target', 0)).toBe(true);
      expect(await store.getEvent(e.id)).toBeNull();
      expect(await store.getEventRedirect(e.id)).toBe('ev_target');
      expect(await store.listEventsByDateRange('2026-05-01', '2026-05-03')).toEqual([]);
      expect(await store.createEvent(e)).toBe(false);
    });
  });

  describe('sources', () => {
    it('keeps per-source state and lists every source that ran', async () => {
      expect(await store.getSourceState('kazinform-en')).toBeNull();
      const a = makeSourceState('kazinform-en');
      const b = makeSourceState('mfa-ru', { consecutiveFailures: 3, lastError: 'FetchError: HTTP 503' });
      await store.putSourceState(a);
      await store.putSourceState(b);
      await store.putSourceState({ ...a, itemsSeen: 50 });
      expect(await store.getSourceState('kazinform-en')).toEqual({ ...a, itemsSeen: 50 });
      const all = await store.listSourceStates();
      expect(all.map((s) => s.sourceId).sort()).toEqual(['kazinform-en', 'mfa-ru']);
      expect(all.find((s) => s.sourceId === 'mfa-ru')).toEqual(b);
    });

    it('records, refreshes and clears per-item failures, per source', async () => {
      const url = 'https://www.gov.kz/memleket/entities/mfa/press/news/details/912345?lang=ru';
      const longUrl = `https://timesca.com/${'segment/'.repeat(100)}`;
      await store.putItemFailure('mfa-ru', url, 'ParseError: no body');
      await store.putItemFailure('mfa-ru', url, 'FetchError: HTTP 500');
      await store.putItemFailure('mfa-ru', longUrl, 'FetchError: timeout');
      await store.putItemFailure('timesca', url, 'other source');
      const list = await store.listItemFailures('mfa-ru');
      expect(list.map((f) => [f.url, f.reason]).sort()).toEqual(
        [
          [url, 'FetchError: HTTP 500'],
          [longUrl, 'FetchError: timeout'],
        ].sort(),
      );
      expect(list.every((f) => !Number.isNaN(Date.parse(f.at)))).toBe(true);
      await store.clearItemFailure('mfa-ru', url);
      await store.clearItemFailure('mfa-ru', 'https://never.recorded/');
      expect((await store.listItemFailures('mfa-ru')).map((f) => f.url)).toEqual([longUrl]);
      expect(await store.listItemFailures('timesca')).toHaveLength(1);
    });
  });

  describe('subscribers', () => {
    it('creates a subscriber once and finds it by id, email (any case) and token hash', async () => {
      const s = makeSubscriber(1);
      expect(await store.putSubscriberIfNew(s)).toBe(true);
      expect(await store.putSubscriberIfNew({ ...s, mode: 'daily' })).toBe(false);
      expect(await store.getSubscriber(s.id)).toEqual(s);
      expect(await store.getSubscriberByEmail('Analyst1@Example.org')).toEqual(s);
      expect(await store.getSubscriberByTokenHash(s.tokenHash)).toEqual(s);
      expect(await store.getSubscriberByEmail('nobody@example.org')).toBeNull();
      expect(await store.getSubscriberByTokenHash('0'.repeat(64))).toBeNull();
    });

    it('follows a new token and email on update and forgets the old ones', async () => {
      const s = makeSubscriber(2);
      await store.putSubscriberIfNew(s);
      const next = { ...s, email: 'new.address@example.org', tokenHash: makeSubscriber(99).tokenHash };
      await store.updateSubscriber(next);
      expect(await store.getSubscriberByTokenHash(s.tokenHash)).toBeNull();
      expect(await store.getSubscriberByEmail(s.email)).toBeNull();
      expect(await store.getSubscriberByTokenHash(next.tokenHash)).toEqual(next);
      expect(await store.getSubscriberByEmail(next.email)).toEqual(next);
    });

    it('lists exactly the confirmed subscribers, following status changes', async () => {
      const subs = [1, 2, 3, 4].map((n) => makeSubscriber(10 + n));
      for (const s of subs) await store.putSubscriberIfNew(s);
      const [a, b, c] = subs as [(typeof subs)[0], (typeof subs)[0], (typeof subs)[0]];
      const at = '2026-04-21T10:00:00.000Z';
      await store.updateSubscriber({ ...a, status: 'confirmed', confirmedAt: at });
      await store.updateSubscriber({ ...b, status: 'confirmed', confirmedAt: at });
      await store.updateSubscriber({ ...c, status: 'unsubscribed' });
      expect((await store.listConfirmedSubscribers()).map((s) => s.id).sort()).toEqual([a.id, b.id]);
      await store.updateSubscriber({ ...b, status: 'unsubscribed', confirmedAt: at });
      expect((await store.listConfirmedSubscribers()).map((s) => s.id)).toEqual([a.id]);
    });
  });

  describe('deliveries and counters', () => {
    const base = { messageId: null, lastError: null, updatedAt: '2026-04-26T10:00:00.000Z' };

    it('grants a delivery claim to exactly one of ten concurrent claimants', async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, () => store.claimDelivery('ev_000001#memorandum-1', 'sub_000001')),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.getDelivery('ev_000001#memorandum-1', 'sub_000001')).toMatchObject({
        status: 'claimed',
        attempts: 0,
      });
      expect(await store.claimDelivery('ev_000001#memorandum-1', 'sub_000002')).toBe(true);
    });

    it('never re-claims a sent delivery, and re-claims a failed one once, keeping its history', async () => {
      const key = 'ev_000002#agreement-1';
      expect(await store.claimDelivery(key, 'sub_a')).toBe(true);
      await store.finishDelivery({
        ...base,
        alertKey: key,
        subscriberId: 'sub_a',
        status: 'sent',
        attempts: 1,
        messageId: 'm-1',
      });
      expect(await store.claimDelivery(key, 'sub_a')).toBe(false);
      expect(await store.getDelivery(key, 'sub_a')).toMatchObject({ status: 'sent', messageId: 'm-1' });

      expect(await store.claimDelivery(key, 'sub_b')).toBe(true);
      await store.finishDelivery({
        ...base,
        alertKey: key,
        subscriberId: 'sub_b',
        status: 'failed',
        attempts: 1,
        lastError: 'MailError: throttled',
      });
      const again = await Promise.all(Array.from({ length: 5 }, () => store.claimDelivery(key, 'sub_b')));
      expect(again.filter(Boolean)).toHaveLength(1);
      expect(await store.getDelivery(key, 'sub_b')).toMatchObject({
        status: 'claimed',
        attempts: 1,
        lastError: 'MailError: throttled',
      });
      expect(await store.getDelivery(key, 'sub_nobody')).toBeNull();
    });

    it('counts within a fixed window, atomically, and starts again in the next window', async () => {
      const counts = await Promise.all(
        Array.from({ length: 8 }, () => store.incrementCounter('subscribe#a@example.org', 3600)),
      );
      expect([...counts].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(await store.incrementCounter('subscribe#b@example.org', 3600)).toBe(1);
    });
  });
}

/** Contract parts that need a controllable clock (claim leases, counter windows). */
export function clockContract(start: StoreFactory): void {
  let now = new Date('2026-04-26T10:00:00.000Z');
  let db: TestStore;
  beforeEach(async () => {
    now = new Date('2026-04-26T10:00:00.000Z');
    db = await start({ now: () => now, deliveryLeaseSeconds: 600 });
  });
  afterEach(async () => db?.close());

  it('lets a claim whose run died be taken over once its lease ran out', async () => {
    expect(await db.store.claimDelivery('ev_000003#protocol-1', 'sub_x')).toBe(true);
    now = new Date(now.getTime() + 599_000);
    expect(await db.store.claimDelivery('ev_000003#protocol-1', 'sub_x')).toBe(false);
    now = new Date(now.getTime() + 2_000);
    expect(await db.store.claimDelivery('ev_000003#protocol-1', 'sub_x')).toBe(true);
  });

  it('starts a new count when the window rolls over', async () => {
    expect(await db.store.incrementCounter('rate#1.2.3.4', 60)).toBe(1);
    expect(await db.store.incrementCounter('rate#1.2.3.4', 60)).toBe(2);
    now = new Date(now.getTime() + 60_000);
    expect(await db.store.incrementCounter('rate#1.2.3.4', 60)).toBe(1);
  });

  it('fails with a StoreError (cause kept) when the table does not exist', async () => {
    const orphan = createStore({ tableName: 'no_such_table', endpoint: db.endpoint });
    const err = await orphan.getEvent('ev_1').catch((e: unknown) => e);
    orphan.destroy();
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).cause).toMatchObject({ name: 'ResourceNotFoundException' });
  });
}
