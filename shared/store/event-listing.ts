import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { Event, IsoDate } from '../domain/index.ts';
import { ValidationError } from '../errors.ts';
import { call, type Item, parseItem, queryAll, type StoreContext } from './context.ts';
import { decodeCursor, encodeCursor, invalidCursor } from './cursor.ts';
import { type Found, fromEvent, fromView } from './event-view.ts';
import {
  eventPartition,
  isEventStartKey,
  keys,
  monthOf,
  monthsBetween,
  NO_DATE,
  VIEW_SK,
  viewPartition,
} from './keys.ts';
import { listStamp } from './list-version.ts';
import type { Page, RecentEventsQuery } from './port.ts';
import { GSI1, GSI1PK, GSI1SK, PK, SK } from './table.ts';

/** Largest page a caller may ask for. */
export const MAX_PAGE = 1000;

/** What a cursor holds: the month partition to resume in and the Query's LastEvaluatedKey there. */
const Cursor = z.object({
  v: z.literal(1),
  m: z.string().regex(/^(\d{4}-\d{2}|none)$/),
  k: z.record(z.string(), z.string()).nullable(),
});
type Cursor = z.infer<typeof Cursor>;

/** Decodes a cursor; anything malformed or pointing outside its own month is a ValidationError. */
function decodeMonthCursor(raw: string): Cursor {
  const c = decodeCursor(raw, Cursor);
  const { m, k } = c;
  // A start key must be a GSI1 key of the cursor's own month, nothing else (no probing other partitions).
  const allowed = new Set([PK, SK, GSI1PK, GSI1SK]);
  if (k && (Object.keys(k).some((a) => !allowed.has(a)) || !k[PK] || !k[SK] || !isEventStartKey(k, m)))
    throw invalidCursor();
  return c;
}

/** A `YYYY-MM-DD` query bound, or a ValidationError naming the field. */
export function dateBound(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (!IsoDate.safeParse(value).success)
    throw new ValidationError(`${field} must be a date YYYY-MM-DD`, field);
  return value;
}

/**
 * How long a read of the months index is reused. It changes once a month per new month, but was read on every
 * page: a third of an unfiltered page's store calls. Months this process writes are seen at once (`knownMonths`);
 * another process's new month appears within this delay, as GSI reads may lag anyway (DESIGN.md), or as soon as
 * the store reads a changed list version or this process finishes a list write (`listStamp`): the API's list
 * cache relies on a page read after such a change showing it.
 */
export const MONTHS_TTL_MS = 1000;

/** The last read of the months index per store (and the read in flight, so a burst of requests shares one). */
const monthsRead = new WeakMap<StoreContext, { at: number; stamp: string; all: Promise<Item[]> }>();

/** Every month marker (one Query on the months index), reused for MONTHS_TTL_MS. */
function monthMarkers(ctx: StoreContext): Promise<Item[]> {
  const cached = monthsRead.get(ctx);
  const stamp = listStamp(ctx);
  if (cached && cached.stamp === stamp && performance.now() - cached.at < MONTHS_TTL_MS) return cached.all;
  const all = queryAll(ctx, {
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': PK },
    ExpressionAttributeValues: { ':pk': keys.monthMarker('')[PK] },
  });
  monthsRead.set(ctx, { at: performance.now(), stamp, all });
  // a failed read is not reused (unless a newer read has replaced it already)
  all.catch(() => monthsRead.get(ctx)?.all === all && monthsRead.delete(ctx));
  return all;
}

/** The months that have events, and which of them have a list view for every event. */
interface Months {
  /** Dated months, newest first (`none` is not included). */
  months: string[];
  undated: boolean;
  /** Months (and `none`) whose marker says every event has a list view. */
  views: Set<string>;
}

/**
 * Months that have events, newest first. A month this process has just created and the cached read does not
 * show yet counts as without views: the event items are the truth, so that is only slower, never wrong.
 */
async function datedMonths(ctx: StoreContext): Promise<Months> {
  const markers = await monthMarkers(ctx);
  const all = new Set([...markers.map((i) => String(i[SK])), ...ctx.knownMonths]);
  const months = [...all].filter((m) => m !== NO_DATE).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const views = new Set(markers.filter((i) => i.views === true).map((i) => String(i[SK])));
  return { months, undated: all.has(NO_DATE), views };
}

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
async function queryMonth(
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

/**
 * Recent events, newest event date first, walking the month partitions that have events from the newest
 * down. Without any date bound the walk ends with the undated events (newest created first), so paging an
 * unfiltered listing visits every event exactly once. Reads the event items (the truth: `reindex` walks them).
 */
export async function listRecentEvents(ctx: StoreContext, q: RecentEventsQuery): Promise<Page<Event>> {
  const page = await walkMonths(ctx, q, false);
  return { items: page.items.map((f) => f.event()), cursor: page.cursor };
}

/**
 * The same listing as served to readers: a month whose events all have list views is read from its view
 * partition (event-view.ts), others from the event items. Same order, same cursors (either kind resumes in
 * either partition).
 */
export function listServedEvents(ctx: StoreContext, q: RecentEventsQuery): Promise<Page<Found>> {
  return walkMonths(ctx, q, true);
}

/** The month walk behind both listings; `served` reads views where a month has them all. */
async function walkMonths(ctx: StoreContext, q: RecentEventsQuery, served: boolean): Promise<Page<Found>> {
  if (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > MAX_PAGE)
    throw new ValidationError(`limit must be an integer from 1 to ${MAX_PAGE}`, 'limit');
  const from = dateBound(q.from, 'from');
  const to = dateBound(q.to, 'to');
  const cursor = q.cursor ? decodeMonthCursor(q.cursor) : null;
  if (from && to && from > to) return { items: [], cursor: null };

  const { months, undated, views } = await datedMonths(ctx);
  const walk = months.filter((m) => (!from || m >= monthOf(from)) && (!to || m <= monthOf(to)));
  if (undated && !from && !to) walk.push(NO_DATE);
  // Resume at the cursor's month: months sort descending and `none` comes last in the walk.
  const rank = (m: string) => (m === NO_DATE ? '' : m);
  const rest = cursor ? walk.filter((m) => rank(m) <= rank(cursor.m)) : walk;

  const items: Found[] = [];
  for (const [i, month] of rest.entries()) {
    let start = cursor?.m === month && cursor.k ? cursor.k : undefined;
    const fromViews = served && views.has(month);
    do {
      const page = await queryMonth(ctx, month, q.limit - items.length, from, to, start, fromViews);
      items.push(...page.items);
      start = page.next;
      if (items.length >= q.limit) {
        const nextMonth = rest[i + 1];
        const next: Cursor | null = page.next
          ? { v: 1, m: month, k: page.next }
          : nextMonth
            ? { v: 1, m: nextMonth, k: null }
            : null;
        return { items, cursor: next ? encodeCursor(next) : null };
      }
    } while (start);
  }
  return { items, cursor: null };
}

/** Events dated within [from, to], newest first: one Query per month of the range that has events. */
export async function listEventsByDateRange(ctx: StoreContext, from: string, to: string): Promise<Event[]> {
  const lo = dateBound(from, 'from') as string;
  const hi = dateBound(to, 'to') as string;
  if (lo > hi) return [];
  let months = monthsBetween(lo, hi);
  // A long range consults the months index instead of querying every (mostly empty) month.
  if (months.length > 3) {
    const known = new Set((await datedMonths(ctx)).months);
    months = months.filter((m) => known.has(m));
  }
  const out: Event[] = [];
  for (const month of months) {
    let start: Record<string, string> | undefined;
    do {
      const page = await queryMonth(ctx, month, MAX_PAGE, lo, hi, start);
      out.push(...page.items.map((f) => f.event()));
      start = page.next;
    } while (start);
  }
  return out;
}

/** Undated events, most recently created first (one Query on the undated partition). */
export async function listUndatedEvents(ctx: StoreContext, limit: number): Promise<Event[]> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new ValidationError('limit must be a positive integer', 'limit');
  const out: Event[] = [];
  let start: Record<string, string> | undefined;
  do {
    const page = await queryMonth(
      ctx,
      NO_DATE,
      Math.min(limit - out.length, MAX_PAGE),
      undefined,
      undefined,
      start,
    );
    out.push(...page.items.map((f) => f.event()));
    start = page.next;
  } while (start && out.length < limit);
  return out;
}
