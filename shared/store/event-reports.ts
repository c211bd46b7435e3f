import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { call, conditional, queryAll, type StoreContext } from './context.ts';
import { dropStale, syncFigures } from './event-index.ts';
import { deleteView } from './event-view.ts';
import { getEvent } from './events.ts';
import { keys } from './keys.ts';
import { PK, SK } from './table.ts';

/**
 * What clustering keeps beside a stored event: one report (fingerprints, distinctive tokens) per source, in
 * the event's own partition, so a later article is compared with the same evidence the CLI uses; and the
 * redirect an event leaves when a merge or a new canonical key gives it another id.
 */

/**
 * Puts (or replaces) the clustering report of one source of an event. When the event has figures, the
 * report also re-credits them to the sources that gave them (the series' samples): a report lists the
 * figures its source read.
 */
export async function putEventReport(
  ctx: StoreContext,
  eventId: string,
  key: string,
  report: unknown,
): Promise<void> {
  const Item = { ...keys.eventReport(eventId, key), report: JSON.stringify(report) };
  await call('PutItem', () => ctx.doc.send(new PutCommand({ TableName: ctx.table, Item })));
  // Any report can narrow the credit (one with no figures says its source gave none of the event's values).
  if (!Array.isArray((report as { figures?: unknown } | null)?.figures)) return;
  const event = await getEvent(ctx, eventId);
  if (event && event.figures.length > 0) await syncFigures(ctx, event, event.version);
}

/** Every clustering report of an event (one Query on its partition). */
export async function listEventReports(ctx: StoreContext, eventId: string): Promise<unknown[]> {
  const prefix = keys.eventReport(eventId, '');
  const items = await queryAll(ctx, {
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
    ExpressionAttributeValues: { ':pk': prefix[PK], ':prefix': prefix[SK] },
    ProjectionExpression: 'report',
  });
  return items.map((i) => JSON.parse(String(i.report)));
}

/**
 * Replaces an event by a redirect to `toId` when its stored version is `expectedVersion` (the redirect item
 * has no index keys, so the event leaves every listing; its facet entries and figure memberships are then
 * deleted, taking its values out of the figure series). False when another writer changed it first.
 */
export async function redirectEvent(
  ctx: StoreContext,
  fromId: string,
  toId: string,
  expectedVersion: number,
): Promise<boolean> {
  const written = await conditional('PutItem', () =>
    ctx.doc.send(
      new PutCommand({
        TableName: ctx.table,
        Item: { ...keys.event(fromId), redirectTo: toId, version: expectedVersion + 1 },
        ConditionExpression: '#v = :expected',
        ExpressionAttributeNames: { '#v': 'version' },
        ExpressionAttributeValues: { ':expected': expectedVersion },
      }),
    ),
  );
  if (written) {
    await deleteView(ctx, fromId, expectedVersion + 1);
    await dropStale(ctx, fromId, null, expectedVersion + 1);
  }
  return written;
}

/** The id an event was redirected to, or null when it is not a redirect. */
export async function getEventRedirect(ctx: StoreContext, id: string): Promise<string | null> {
  const out = await call('GetItem', () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.table, Key: keys.event(id) })),
  );
  return typeof out.Item?.redirectTo === 'string' ? out.Item.redirectTo : null;
}

/**
 * The version of the redirect an id left, or null when the id is not a redirect: canonical ids come back when
 * a source moves out again (a re-link), and `updateEvent` at this version turns the redirect back into an
 * event with a conditional write.
 */
export async function getEventRedirectVersion(ctx: StoreContext, id: string): Promise<number | null> {
  const out = await call('GetItem', () =>
    ctx.doc.send(new GetCommand({ TableName: ctx.table, Key: keys.event(id) })),
  );
  return typeof out.Item?.redirectTo === 'string' && typeof out.Item.version === 'number'
    ? out.Item.version
    : null;
}

/** Deletes one clustering report (when its source moved to another event). */
export async function deleteEventReport(ctx: StoreContext, eventId: string, key: string): Promise<void> {
  await call('DeleteItem', () =>
    ctx.doc.send(new DeleteCommand({ TableName: ctx.table, Key: keys.eventReport(eventId, key) })),
  );
}
