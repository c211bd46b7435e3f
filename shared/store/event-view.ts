import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Event } from '../domain/index.ts';
import { StoreError } from '../errors.ts';
import { call, conditional, type Item, queryAll, type StoreContext, sized } from './context.ts';
import { eventFacets } from './event-facets.ts';
import { eventSortKey, keys, VIEW_SK, viewIndexKeys } from './keys.ts';
import { PK, SK } from './table.ts';

/**
 * The list view of an event: one small item beside the event holding exactly what a list page serves (the
 * event as validated on write, as ONE JSON string), the event's facets (one string) and its facet sort key.
 * List routes read views instead of events: a view is three strings to DynamoDB, the SDK and the server,
 * where the event is a deep map of a few hundred typed attributes to unmarshal and re-validate on every read.
 *
 * Views are written after the event write succeeded, conditional on their version, so a view never shows a
 * version that was not stored and a slow writer never overwrites a newer view. A crash between the two writes
 * leaves the previous view (or none, for a new event) until the event's next write or `reindex`; filtered
 * listings read the event itself when its view is missing.
 */

/** The list view item of an event at `version` (the event already validated by the caller). */
export function viewItem(e: Event, version: number): Item {
  return sized(
    {
      ...keys.eventView(e.id),
      ...viewIndexKeys(e),
      id: e.id,
      version,
      // facet entries' sort key: an index entry is served only when it matches the view's (DESIGN.md)
      s: eventSortKey(e),
      // newline-separated, so a required facet is one substring test on a read
      f: `\n${eventFacets(e).join('\n')}\n`,
      j: JSON.stringify({ ...e, version }),
    },
    `list view of ${e.id}`,
  );
}

/** Puts the view of a stored event unless a newer version's view is there (idempotent for one version). */
export async function putView(ctx: StoreContext, e: Event, version: number): Promise<void> {
  await conditional('PutItem', () =>
    ctx.doc.send(
      new PutCommand({
        TableName: ctx.table,
        Item: viewItem(e, version),
        ConditionExpression: 'attribute_not_exists(#pk) OR #v <= :v',
        ExpressionAttributeNames: { '#pk': PK, '#v': 'version' },
        ExpressionAttributeValues: { ':v': version },
      }),
    ),
  );
}

/** Deletes an event's view if it was written by `version` or older (a redirect: the id leaves every list). */
export async function deleteView(ctx: StoreContext, id: string, version: number): Promise<void> {
  await conditional('DeleteItem', () =>
    ctx.doc.send(
      new DeleteCommand({
        TableName: ctx.table,
        Key: keys.eventView(id),
        ConditionExpression: '#v <= :v',
        ExpressionAttributeNames: { '#v': 'version' },
        ExpressionAttributeValues: { ':v': version },
      }),
    ),
  );
}

/** Whether an item read back is a list view. */
export const isView = (item: Item) => item.SK === VIEW_SK;

/**
 * The event a view serves. Not re-validated with zod: the view is written only by this module from an event
 * that was validated on its way in, and re-validating it was most of a list page's own CPU. A view that is
 * not readable JSON of its own event is a StoreError, like any corrupt item.
 */
export function viewEvent(item: Item): Event {
  let e: Event;
  try {
    e = JSON.parse(String(item.j)) as Event;
  } catch (err) {
    throw new StoreError(`stored list view ${String(item.id)} is invalid`, { cause: err });
  }
  if (e === null || typeof e !== 'object' || e.id !== item.id)
    throw new StoreError(`stored list view ${String(item.id)} is invalid`);
  return e;
}

/** Whether a view's event has every required facet (the facets it was indexed under when written). */
export function viewHasFacets(item: Item, required: string[]): boolean {
  const f = String(item.f ?? '');
  return required.every((facet) => f.includes(`\n${facet}\n`));
}

/**
 * Marks every month of the months index as having a list view for each of its events, so unfiltered listings
 * read its views. Only true once every stored event's view was written: `reindex` calls it after its walk (a
 * store made before views). Returns how many months were marked.
 */
export async function markViewsComplete(ctx: StoreContext): Promise<number> {
  const markers = await queryAll(ctx, {
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': PK },
    ExpressionAttributeValues: { ':pk': keys.monthMarker('')[PK] },
  });
  for (const m of markers.filter((i) => i.views !== true))
    await call('UpdateItem', () =>
      ctx.doc.send(
        new UpdateCommand({
          TableName: ctx.table,
          Key: { [PK]: m[PK], [SK]: m[SK] },
          UpdateExpression: 'SET #views = :t',
          ExpressionAttributeNames: { '#views': 'views' },
          ExpressionAttributeValues: { ':t': true },
        }),
      ),
    );
  return markers.length;
}

/** An event as a listing found it: parsed only when asked, or served as JSON (a view's string as stored). */
export interface Found {
  event(): Event;
  json(): string;
}

/** A found list view: its JSON is served as stored, never parsed. */
export const fromView = (v: Item): Found => ({ event: () => viewEvent(v), json: () => String(v.j) });

/** A found event item (already validated). */
export const fromEvent = (e: Event): Found => ({ event: () => e, json: () => JSON.stringify(e) });
