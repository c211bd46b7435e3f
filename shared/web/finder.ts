/**
 * How the pages find events. Everything goes through these functions so that a store index (participants,
 * search terms) can replace the walk over the recent-events listing in one place, without touching the pages.
 * Until then: pages of the listing (one Query each, never a Scan), filtered in memory, with a bound on how many
 * pages one request may read, so a rare filter costs a bounded number of reads and links to where it stopped.
 */
import type { Event } from '../domain/index.ts';
import { ValidationError } from '../errors.ts';
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

/** Where a walk resumes: a store page (its cursor; null = the first) and how many matches of it were shown. */
interface Resume {
  c: string | null;
  s: number;
}

const encode = (r: Resume) => Buffer.from(JSON.stringify(r)).toString('base64url');

/** A page cursor from a link; anything else is the client's mistake. */
function decode(raw: string | null): Resume {
  if (!raw) return { c: null, s: 0 };
  try {
    const r = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Resume;
    if ((r.c === null || typeof r.c === 'string') && Number.isInteger(r.s) && r.s >= 0 && r.s <= PAGE)
      return r;
  } catch {
    // falls through to the error below
  }
  throw new ValidationError('invalid page link', 'cursor');
}

/**
 * Events matching the filters, newest first: `limit` of them unless the listing ends or the page bound is
 * reached first. The cursor remembers the store page and how many of its matches were shown, so the next page
 * goes on exactly where this one stopped.
 */
export async function findEvents(
  store: Store,
  filters: TimelineFilters,
  limit: number,
  cursor: string | null = null,
): Promise<Found> {
  const items: Event[] = [];
  let { c: at, s: skip } = decode(cursor);
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await store.listRecentEvents({
      from: filters.from,
      to: filters.to,
      limit: PAGE,
      cursor: at,
    });
    const matched = page.items.filter((e) => matchesFilters(e, filters));
    for (let k = skip; k < matched.length; k++) {
      if (items.length >= limit) return { items, cursor: encode({ c: at, s: k }) };
      items.push(matched[k] as Event);
    }
    skip = 0;
    at = page.cursor;
    if (!at) return { items, cursor: null };
  }
  return { items, cursor: encode({ c: at, s: 0 }) };
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
