import * as z from 'zod';
import { Event } from '../domain/index.ts';
import { ValidationError } from '../errors.ts';
import { batchGet, type Item, parseItem, type StoreContext } from './context.ts';
import { decodeCursor, encodeCursor, invalidCursor } from './cursor.ts';
import { chooseFacet, hasFacets, requiredFacets } from './event-facets.ts';
import { dateBound, listServedEvents, MAX_PAGE, queryNewestFirst } from './event-listing.ts';
import { type Found, fromEvent, fromView, viewHasFacets } from './event-view.ts';
import { eventSortKey, facetPartition, isIndexStartKey, keys } from './keys.ts';
import type { EventQuery, Page } from './port.ts';
import { GSI1PK, GSI1SK, PK, SK } from './table.ts';

/**
 * Filtered listings: the most selective required facet's GSI1 partition is read newest first, each entry's
 * event list view fetched (BatchGet; the event itself when it has no view) and checked against every filter, so a page is full or the listing has ended (no
 * cursor then). Reads per page are O(limit): a single filter reads `limit + 1` entries (the one extra tells
 * whether anything follows); combined filters over-read, at most OVERREAD × limit entries per page, after
 * which a shorter page comes back with a cursor (documented in DESIGN.md).
 */

/** How many index entries a page of combined filters may examine, per event asked for. */
export const OVERREAD = 10;

/** What a filtered cursor holds: the facet read and the last index entry consumed. */
const Cursor = z.object({ v: z.literal(1), f: z.string(), k: z.record(z.string(), z.string()) });
type Cursor = z.infer<typeof Cursor>;

/** Decodes a filtered cursor; one of another listing, or an edited key, is a ValidationError. */
function decodeFacetCursor(raw: string, facet: string): Cursor {
  const c = decodeCursor(raw, Cursor);
  if (c.f !== facet || !isIndexStartKey(c.k, facet)) throw invalidCursor();
  return c;
}

/** What an index entry is checked against: the event's sort key and facets, and the event if it matches. */
interface Target {
  sortKey: string;
  has(required: string[]): boolean;
  found: Found;
}

/**
 * The targets of index entries by event id: the events' list views (one BatchGet), and for ids without a view
 * (a store made before views, or a crash right after an event write) the events themselves (a second BatchGet).
 * Redirected and missing ids are absent from the map.
 */
async function targetsById(ctx: StoreContext, ids: string[]): Promise<Map<string, Target>> {
  const distinct = [...new Set(ids)];
  const out = new Map<string, Target>();
  for (const v of await batchGet(
    ctx,
    distinct.map((id) => keys.eventView(id)),
  ))
    out.set(String(v.id), {
      sortKey: String(v.s),
      has: (required) => viewHasFacets(v, required),
      found: fromView(v),
    });
  const missing = distinct.filter((id) => !out.has(id));
  if (missing.length === 0) return out;
  for (const i of await batchGet(
    ctx,
    missing.map((id) => keys.event(id)),
  )) {
    if (i.redirectTo !== undefined) continue;
    const e = parseItem(Event, i, 'event');
    out.set(e.id, {
      sortKey: eventSortKey(e),
      has: (required) => hasFacets(e, required),
      found: fromEvent(e),
    });
  }
  return out;
}

/** Recent events matching the filters (see `findEvents`). */
export async function listEvents(ctx: StoreContext, q: EventQuery): Promise<Page<Event>> {
  const page = await findEvents(ctx, q);
  return { items: page.items.map((f) => f.event()), cursor: page.cursor };
}

/** `listEvents` as a list page serves it: each event's JSON (a list view's as stored, never parsed). */
export async function listEventsJson(ctx: StoreContext, q: EventQuery): Promise<Page<string>> {
  const page = await findEvents(ctx, q);
  return { items: page.items.map((f) => f.json()), cursor: page.cursor };
}

/**
 * Recent events matching the filters, newest event date first (undated last, only without date bounds). With
 * no filter this is the served month walk (`listServedEvents`).
 */
async function findEvents(ctx: StoreContext, q: EventQuery): Promise<Page<Found>> {
  const required = requiredFacets(q);
  if (required.length === 0) return listServedEvents(ctx, q);
  if (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > MAX_PAGE)
    throw new ValidationError(`limit must be an integer from 1 to ${MAX_PAGE}`, 'limit');
  const from = dateBound(q.from, 'from');
  const to = dateBound(q.to, 'to');
  const facet = chooseFacet(required);
  let start: Item | undefined = q.cursor ? decodeFacetCursor(q.cursor, facet).k : undefined;
  if (from && to && from > to) return { items: [], cursor: null };

  // dated sort keys are `YYYY-MM-DD#id`; `0` sorts above the undated `!…`, `#~` after every id of a day
  const range =
    from !== undefined || to !== undefined ? { lo: from ?? '0', hi: `${to ?? '9999-99-99'}#~` } : undefined;
  const budget = required.length > 1 ? Math.max(OVERREAD * q.limit, 100) : Number.POSITIVE_INFINITY;
  const items: Found[] = [];
  let examined = 0;
  while (true) {
    const want = q.limit - items.length;
    const chunk = Math.min(MAX_PAGE, required.length > 1 ? want * 3 + 1 : want + 1);
    const out = await queryNewestFirst(ctx, facetPartition(facet), range, chunk, start);
    const entries = out.items;
    const targets = await targetsById(
      ctx,
      entries.map((e) => String(e.eventId)),
    );
    for (const [n, entry] of entries.entries()) {
      const t = targets.get(String(entry.eventId));
      examined++;
      // The event (or its view) is the truth: an entry left by a date change, a redirect or a lost race is skipped.
      if (t && t.sortKey === entry[GSI1SK] && t.has(required)) items.push(t.found);
      const more = n < entries.length - 1 || out.next !== undefined;
      if ((items.length === q.limit || examined >= budget) && more) {
        const k = { [PK]: entry[PK], [SK]: entry[SK], [GSI1PK]: entry[GSI1PK], [GSI1SK]: entry[GSI1SK] };
        const next: Cursor = { v: 1, f: facet, k: k as Record<string, string> };
        return { items, cursor: encodeCursor(next) };
      }
    }
    start = out.next;
    if (!start) return { items, cursor: null };
  }
}
