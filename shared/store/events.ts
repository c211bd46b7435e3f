import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { Event } from '../domain/index.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import {
  call,
  checked,
  conditional,
  type Item,
  parseItem,
  queryAll,
  type StoreContext,
  sized,
} from './context.ts';
import { addDerived, dropStale } from './event-index.ts';
import { putView } from './event-view.ts';
import { eventIndexKeys, keys, monthOf, NO_DATE } from './keys.ts';
import { PK, SK } from './table.ts';

/**
 * The marker of a month this code creates: `views` says every event of the month has a list view (this code
 * writes one with every event), so unfiltered listings read the month's views. A month created by older code
 * has no `views` until `reindex` has written the views of all its events.
 */
export const newMonthMarker = (month: string): Item => ({ ...keys.monthMarker(month), month, views: true });

/**
 * Records that a month (or `none`, for undated events) has events, so that listings walk only months
 * with data. Written before the event itself: a crash in between leaves a harmless empty month, never an
 * event the walk cannot reach. Markers are never removed (a month emptied by a date change costs one empty
 * Query per walk). Only created, never overwritten: an existing marker's `views` flag tells the truth about
 * the events written before this process.
 */
export async function markMonth(ctx: StoreContext, month: string): Promise<void> {
  if (ctx.knownMonths.has(month)) return;
  await conditional('PutItem', () =>
    ctx.doc.send(
      new PutCommand({
        TableName: ctx.table,
        Item: newMonthMarker(month),
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': PK },
      }),
    ),
  );
  ctx.knownMonths.add(month);
}

/** The stored item of an event: its fields, version, base keys and GSI1 keys (which move with the date). */
export function eventItem(e: Event, version: number) {
  return sized({ ...keys.event(e.id), ...eventIndexKeys(e), ...e, version }, `event ${e.id}`);
}

/** The event→article link items of an event's sources. */
export function linkItems(e: Event): Item[] {
  const wanted = new Map(e.sources.map((s) => [s.articleId, s]));
  return [...wanted].map(([articleId, s]) => ({
    ...keys.eventLink(e.id, articleId),
    eventId: e.id,
    articleId,
    url: s.url,
  }));
}

/** Puts the event→article link items of the event's sources and deletes links to sources it dropped. */
async function syncLinks(ctx: StoreContext, e: Event, existing: Set<string>): Promise<void> {
  const wanted = new Set(e.sources.map((s) => s.articleId));
  for (const Item of linkItems(e)) {
    if (existing.has(String(Item.articleId))) continue;
    await call('PutItem', () => ctx.doc.send(new PutCommand({ TableName: ctx.table, Item })));
  }
  for (const articleId of existing) {
    if (wanted.has(articleId)) continue;
    await call('DeleteItem', () =>
      ctx.doc.send(new DeleteCommand({ TableName: ctx.table, Key: keys.eventLink(e.id, articleId) })),
    );
  }
}

/** Article ids currently linked to an event (one Query on the event's partition). */
export async function linkedArticleIds(ctx: StoreContext, eventId: string): Promise<Set<string>> {
  const prefix = keys.eventLink(eventId, '');
  const items = await queryAll(ctx, {
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
    ExpressionAttributeValues: { ':pk': prefix[PK], ':prefix': prefix[SK] },
    ProjectionExpression: 'articleId',
  });
  return new Set(items.map((i) => String(i.articleId)));
}

/**
 * Creates an event at version 0 unless its id exists (conditional put), then writes its article links. Its
 * index entries and figure memberships are put first (event-index.ts).
 */
export async function createEvent(ctx: StoreContext, event: Event): Promise<boolean> {
  const e = checked(Event, { ...event, version: 0 }, 'event');
  await markMonth(ctx, e.eventDate ? monthOf(e.eventDate) : NO_DATE);
  await addDerived(ctx, e, 0);
  const created = await conditional('PutItem', () =>
    ctx.doc.send(
      new PutCommand({
        TableName: ctx.table,
        Item: eventItem(e, 0),
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': PK },
      }),
    ),
  );
  // A new id has no older derived items to drop (at most a lost attempt's extras, which reads skip).
  if (created) {
    await putView(ctx, e, 0);
    await syncLinks(ctx, e, new Set());
  }
  return created;
}

/**
 * Replaces an event if its stored version is `expectedVersion` (optimistic concurrency); the put also
 * moves the GSI1 keys when the event date changed; index entries and figure memberships are reconciled
 * around it (event-index.ts). ConflictError when another writer won, NotFoundError
 * when there is no such event.
 */
export async function updateEvent(ctx: StoreContext, event: Event, expectedVersion: number): Promise<void> {
  const e = checked(Event, { ...event, version: expectedVersion + 1 }, 'event');
  await markMonth(ctx, e.eventDate ? monthOf(e.eventDate) : NO_DATE);
  await addDerived(ctx, e, expectedVersion + 1);
  const written = await conditional('PutItem', () =>
    ctx.doc.send(
      new PutCommand({
        TableName: ctx.table,
        Item: eventItem(e, expectedVersion + 1),
        ConditionExpression: '#v = :expected',
        ExpressionAttributeNames: { '#v': 'version' },
        ExpressionAttributeValues: { ':expected': expectedVersion },
      }),
    ),
  );
  if (!written) {
    const current = await getEvent(ctx, e.id);
    if (!current) throw new NotFoundError(`no event ${e.id} to update`);
    throw new ConflictError(
      `event ${e.id} is at version ${current.version}, not the expected ${expectedVersion}`,
    );
  }
  await putView(ctx, e, expectedVersion + 1);
  await syncLinks(ctx, e, await linkedArticleIds(ctx, e.id));
  await dropStale(ctx, e.id, e, expectedVersion + 1);
}

/** One event by id, or null. */
export async function getEvent(ctx: StoreContext, id: string): Promise<Event | null> {
  const out = await call('GetItem', () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.table, Key: keys.event(id) })),
  );
  // a redirect left by a merge or a new canonical id is not an event (getEventRedirect follows it)
  return out.Item && out.Item.redirectTo === undefined ? parseItem(Event, out.Item, 'event') : null;
}
