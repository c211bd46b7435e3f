import * as z from 'zod';
import { type Event, IsoDate } from '../domain/index.ts';
import { ValidationError } from '../errors.ts';
import type { StoreContext } from './context.ts';
import { decodeCursor, encodeCursor, invalidCursor } from './cursor.ts';
import { datedMonths } from './event-listing-months.ts';
import { queryMonth } from './event-listing-query.ts';
import type { Found } from './event-view.ts';
import { isEventStartKey, monthOf, monthsBetween, NO_DATE } from './keys.ts';
import type { Page, RecentEventsQuery } from './port.ts';
import { GSI1PK, GSI1SK, PK, SK } from './table.ts';

// the months index and the partition Queries live in their own files; importers of this one keep the Query
export { queryNewestFirst } from './event-listing-query.ts';

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
