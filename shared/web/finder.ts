/**
 * How the pages find events. Everything goes through these functions so that a store index (participants,
 * search terms) can replace the walk over the recent-events listing in one place, without touching the pages.
 * Until then: pages of the listing (one Query each, never a Scan), filtered in memory, with a bound on how many
 * pages one request may read, so a rare filter costs a bounded number of reads and says where it stopped.
 */
import type { Event } from '../domain/index.ts';
import type { Store } from '../store/port.ts';
import type { TimelineFilters } from './filters.ts';
import { personSlug } from './format.ts';
import { matchesFilters } from './search.ts';

/** Events read per store page. */
const PAGE = 100;
/** Store pages one request reads at most (about 2,000 events: years of Kazakhstan–China coverage). */
const MAX_PAGES = 20;

/** A page of found events; `cursor` continues the walk (null: nothing more). */
export interface Found {
  items: Event[];
  cursor: string | null;
}

/**
 * Events matching the filters, newest first: at least `limit` (a page read to its end may add a few more) unless
 * the listing ends or the page bound is reached first.
 */
export async function findEvents(
  store: Store,
  filters: TimelineFilters,
  limit: number,
  cursor: string | null = null,
): Promise<Found> {
  const items: Event[] = [];
  let next = cursor;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await store.listRecentEvents({
      from: filters.from,
      to: filters.to,
      limit: PAGE,
      cursor: next,
    });
    items.push(...page.items.filter((e) => matchesFilters(e, filters)));
    next = page.cursor;
    if (!next || items.length >= limit) break;
  }
  return { items, cursor: next };
}

/** Every event within the bound (for the documents table and the trade figures), newest first. */
export async function recentEvents(store: Store, filters: TimelineFilters = {}): Promise<Event[]> {
  return (await findEvents(store, filters, Number.POSITIVE_INFINITY)).items;
}

/** The events in which the person with this page id took part or was named, newest first. */
export async function eventsOfPerson(store: Store, slug: string): Promise<Event[]> {
  const all = await recentEvents(store);
  return all.filter((e) => [...e.participants, ...e.mentioned].some((p) => personSlug(p.name) === slug));
}
