import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Event } from '../domain/index.ts';
import { call, type Item, parseItem, type StoreContext } from './context.ts';
import { fromEvent, fromView } from './event-view.ts';
import { eventPartition, NO_DATE, VIEW_SK, viewPartition } from './keys.ts';
import { GSI1, GSI1PK, GSI1SK, PK, SK } from './table.ts';

/**
 * The Queries behind the event listings: one page of a month partition (event items or list views) or of any
 * GSI1 partition, newest first.
 */

/**
 * A month's start key in the partition read (a cursor may come from the other one: the event items before a
 * month's views were complete). The position is the GSI1 sort key, which both partitions share.
 */
function startKeyIn(k: Record<string, string>, month: string, views: boolean): Item {
  return {
    [PK]: k[PK],
    [SK]: views ? VIEW_SK : 'EVENT',
    [GSI1PK]: views ? viewPartition(month) : eventPartition(month),
    [GSI1SK]: k[GSI1SK],
  };
}

/** One Query page of a month partition, newest first, restricted to [from, to] for dated months. */
export async function queryMonth(
  ctx: StoreContext,
  month: string,
  limit: number,
  from?: string,
  to?: string,
  start?: Record<string, string>,
  views = false,
) {
  // `YYYY-MM-DD` sorts before every `YYYY-MM-DD#ev_…`; `#~` after every id of that day.
  const range = month === NO_DATE ? undefined : { lo: from ?? `${month}-00`, hi: `${to ?? `${month}-99`}#~` };
  const partition = views ? viewPartition(month) : eventPartition(month);
  const begin = start ? startKeyIn(start, month, views) : undefined;
  const out = await queryNewestFirst(ctx, partition, range, limit, begin);
  const items = out.items.map((i) => (views ? fromView(i) : fromEvent(parseItem(Event, i, 'event'))));
  return { items, next: out.next };
}

/**
 * One page of a GSI1 partition, newest (highest sort key) first, optionally within a sort-key range: the
 * read behind every event listing (a month partition or a facet's index entries).
 */
export async function queryNewestFirst(
  ctx: StoreContext,
  partition: string,
  range: { lo: string; hi: string } | undefined,
  limit: number,
  start?: Item,
): Promise<{ items: Item[]; next: Record<string, string> | undefined }> {
  const out = await call('Query', () =>
    ctx.doc.send(
      new QueryCommand({
        TableName: ctx.table,
        IndexName: GSI1,
        KeyConditionExpression: range ? '#pk = :pk AND #sk BETWEEN :lo AND :hi' : '#pk = :pk',
        ExpressionAttributeNames: range ? { '#pk': GSI1PK, '#sk': GSI1SK } : { '#pk': GSI1PK },
        ExpressionAttributeValues: range
          ? { ':pk': partition, ':lo': range.lo, ':hi': range.hi }
          : { ':pk': partition },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: start,
      }),
    ),
  );
  return {
    items: (out.Items ?? []) as Item[],
    next: out.LastEvaluatedKey as Record<string, string> | undefined,
  };
}
