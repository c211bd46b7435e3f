import type { Event } from '../../domain/index.ts';
import type { ApiDeps } from '../deps.ts';
import type { EventsQuery } from '../schemas.ts';

/** The `/events` filters without paging. */
export type EventFilters = Omit<EventsQuery, 'limit' | 'cursor'>;

/** Store pages a feed or export reads at most: a bound on one request's work. */
const MAX_PAGES = 40;
const PAGE = 100;

/**
 * The newest `limit` events passing the `/events` filters. The filters apply BEFORE the limit counts (a feed
 * of `?kind=visit` holds the newest visits, not the visits among the newest 50 events): the store answers the
 * filters from its indexes, so every page read is made of matching events.
 */
export async function collectEvents(deps: ApiDeps, filters: EventFilters, limit: number): Promise<Event[]> {
  const out: Event[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < MAX_PAGES && out.length < limit; i++) {
    const page: { items: Event[]; cursor: string | null } = await deps.store.listEvents({
      ...filters,
      limit: Math.min(PAGE, limit - out.length),
      cursor,
    });
    out.push(...page.items);
    cursor = page.cursor;
    if (!cursor) break;
  }
  return out;
}

/** The HTML page of an event (served by the web pages), where feed items and exports link. */
export function eventPageUrl(base: string, id: string): string {
  return `${base}/event/${encodeURIComponent(id)}`;
}
