import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Event, Metric } from '../domain/index.ts';
import { batchPut, call, type Item, isConditionFailed, queryAll, type StoreContext } from './context.ts';
import { eventFacets } from './event-facets.ts';
import { putView } from './event-view.ts';
import { addToSeries, type FigureContribution, figureContributions, removeFromSeries } from './figures.ts';
import { eventSortKey, FIGURE_PREFIX, INDEX_PREFIX, keys } from './keys.ts';
import { PK, SK } from './table.ts';

/**
 * The items derived from an event, kept in the event's own partition: one index entry per facet (listed by
 * facet through GSI1) and one figure membership per reported value (gating the series counts). They are
 * reconciled in two phases around the event write, without transactions:
 *
 * 1. before the event is written, every wanted item is put, so a stored event is never missing from an index
 *    it belongs to. Index entries go in BatchWriteItem calls (an entry's content is a function of its key,
 *    and one call instead of ~20 keeps an event write cheap: ×6 on dynalite); figure memberships are
 *    conditional puts (never over one a newer event version wrote) returning the old item, which gates the
 *    series counts;
 * 2. after the event write succeeded, items it no longer wants are deleted, each conditional on having been
 *    written by this version or older, so a slow writer cannot delete what a newer version put.
 *
 * A crash or a lost race leaves at most extra items; every index read checks the event itself, so an extra
 * entry costs a read, never a wrong answer, and the event's next write (or `reindex`) removes it.
 */

/** One derived item and, for figure memberships, what it adds to the series. */
export interface Derived {
  item: Item;
  figure?: FigureContribution;
}

/** The index entries an event should have under `version`. */
export function entryItems(e: Event, version: number): Item[] {
  const sort = eventSortKey(e);
  return eventFacets(e).map((facet) => ({
    ...keys.indexEntry(e.id, facet, sort),
    eventId: e.id,
    facet,
    version,
  }));
}

/** The figure memberships an event should have under `version`, credited to the sources that gave them. */
export function figureItems(e: Event, version: number, reported?: Map<string, Set<string>>): Derived[] {
  return figureContributions(e, reported).map((c) => ({
    item: { ...keys.figureMember(e.id, c.metric, c.year, c.point), ...c, eventId: e.id, version },
    figure: c,
  }));
}

/**
 * Which figures each source's clustering report read (source key → `metric|value|unit`), from the reports in
 * the event's partition (one Query, only for an event with figures). Unreadable reports are left out: their
 * sources then count as reporting every figure.
 */
async function reportedFigures(ctx: StoreContext, e: Event): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (e.figures.length === 0) return out;
  const prefix = keys.eventReport(e.id, '');
  const items = await queryAll(ctx, {
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
    ExpressionAttributeValues: { ':pk': prefix[PK], ':prefix': prefix[SK] },
    ProjectionExpression: 'report',
  });
  for (const i of items) {
    try {
      const r = JSON.parse(String(i.report)) as { key?: unknown; figures?: unknown };
      if (typeof r.key === 'string' && Array.isArray(r.figures))
        out.set(r.key, new Set(r.figures.map(String)));
    } catch {
      // a report this code cannot read says nothing about figures
    }
  }
  return out;
}

/** Runs `fn` over `list`, a few calls at a time (a burst of dozens of writes would only queue in the SDK). */
export async function eachLimited<T>(list: T[], fn: (x: T) => Promise<void>, width = 8): Promise<void> {
  for (let i = 0; i < list.length; i += width) await Promise.all(list.slice(i, i + width).map(fn));
}

/** The contribution a stored membership item recorded (what to take back from the series). */
function storedContribution(i: Item): FigureContribution {
  return {
    metric: i.metric as Metric,
    year: typeof i.year === 'number' ? i.year : null,
    point: String(i.point),
    meta: i.meta as FigureContribution['meta'],
    sources: Array.isArray(i.sources) ? i.sources.map(String) : [],
  };
}

/**
 * Sends a write conditional on the derived item's version and returns the item it replaced or deleted
 * (undefined: there was none), or false when the condition failed (a newer version of the event owns it).
 */
async function versioned(
  op: string,
  send: () => Promise<{ Attributes?: Record<string, unknown> }>,
): Promise<Item | undefined | false> {
  try {
    return (await send()).Attributes as Item | undefined;
  } catch (err) {
    if (isConditionFailed(err)) return false;
    return call(op, () => Promise.reject(err));
  }
}

/** Phase 1: puts every wanted item; a new figure membership counts its value once in the series. */
export async function addDerived(ctx: StoreContext, e: Event, version: number): Promise<void> {
  await batchPut(ctx, entryItems(e, version));
  await syncFigures(ctx, e, version);
}

/**
 * Puts the event's figure memberships (conditional, old item returned): a new one counts its value once in
 * the series; an existing one moves its sources in the series' sample to the sources now credited.
 */
export async function syncFigures(ctx: StoreContext, e: Event, version: number): Promise<void> {
  if (e.figures.length === 0) return;
  await eachLimited(figureItems(e, version, await reportedFigures(ctx, e)), async ({ item, figure }) => {
    if (!figure) return;
    const old = await versioned('PutItem', () =>
      ctx.doc.send(
        new PutCommand({
          TableName: ctx.table,
          Item: item,
          ConditionExpression: 'attribute_not_exists(#pk) OR #v <= :v',
          ExpressionAttributeNames: { '#pk': PK, '#v': 'version' },
          ExpressionAttributeValues: { ':v': version },
          ReturnValues: 'ALL_OLD',
        }),
      ),
    );
    if (old === false) return; // a newer version of the event owns this entry
    if (!old) return addToSeries(ctx, figure, 1);
    // Already counted: only the sample follows the event's sources.
    const before = new Set(storedContribution(old).sources);
    const now = new Set(figure.sources);
    const gone = [...before].filter((s) => !now.has(s));
    if (gone.length > 0) await removeFromSeries(ctx, { ...figure, sources: gone }, 0);
    if (figure.sources.some((s) => !before.has(s))) await addToSeries(ctx, figure, 0);
  });
}

/** The derived items stored in an event's partition (one Query: `FG#…` and `IX#…` sort between these). */
async function storedDerived(ctx: StoreContext, eventId: string): Promise<Item[]> {
  return queryAll(ctx, {
    KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :lo AND :hi',
    ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
    ExpressionAttributeValues: {
      ':pk': keys.event(eventId)[PK],
      ':lo': FIGURE_PREFIX,
      ':hi': `${INDEX_PREFIX}\uffff`,
    },
  });
}

/**
 * Phase 2: deletes the derived items of `eventId` that `e` (null: a redirect, which wants none) does not
 * want, each only if written by `version` or older; a deleted figure membership is taken out of the series.
 */
export async function dropStale(
  ctx: StoreContext,
  eventId: string,
  e: Event | null,
  version: number,
): Promise<void> {
  const wanted = new Set(
    e
      ? [...entryItems(e, version), ...figureItems(e, version).map((d) => d.item)].map((i) => String(i[SK]))
      : [],
  );
  const stale = (await storedDerived(ctx, eventId)).filter(
    (i) => String(i[SK]).startsWith(INDEX_PREFIX) || String(i[SK]).startsWith(FIGURE_PREFIX),
  );
  await eachLimited(
    stale.filter((i) => !wanted.has(String(i[SK]))),
    async (i) => {
      const old = await versioned('DeleteItem', () =>
        ctx.doc.send(
          new DeleteCommand({
            TableName: ctx.table,
            Key: { [PK]: i[PK], [SK]: i[SK] },
            ConditionExpression: 'attribute_exists(#pk) AND #v <= :v',
            ExpressionAttributeNames: { '#pk': PK, '#v': 'version' },
            ExpressionAttributeValues: { ':v': version },
            ReturnValues: 'ALL_OLD',
          }),
        ),
      );
      // false: gone already, or rewritten by a newer version
      if (old && String(old[SK]).startsWith(FIGURE_PREFIX))
        await removeFromSeries(ctx, storedContribution(old), 1);
    },
  );
}

/** Both phases and the list view for a stored event as it is (the `reindex` command; idempotent). */
export async function reindexEvent(ctx: StoreContext, e: Event): Promise<void> {
  await addDerived(ctx, e, e.version);
  await putView(ctx, e, e.version);
  await dropStale(ctx, e.id, e, e.version);
}
