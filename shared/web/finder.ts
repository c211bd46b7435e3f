/**
 * How the pages find events: through the store's indexed listing alone (`listEvents`: kind, person in any
 * spelling or script, document type, has-documents, language and the free-text search, whose tokens cross
 * languages on names and on the domain glossary: `пшеница` finds "wheat", `Ван И` finds "Wang Yi"). One page
 * costs O(limit) reads and its cursor is the store's; nothing is filtered here.
 */
import type { Event } from '../domain/index.ts';
import { ValidationError } from '../errors.ts';
import type { Store } from '../store/port.ts';
import type { TimelineFilters } from './filters.ts';

/** A page of found events; `cursor` continues the listing (null: nothing more). */
export interface Found {
  items: Event[];
  cursor: string | null;
}

/** Most events a whole-list page (documents table, a person's meetings) shows: the store's largest page. */
const MAX_LIST = 1000;

/**
 * Events matching the filters, newest first: `limit` of them unless the listing ends first. A cursor that is
 * not the store's is the client's mistake (`invalid page link`).
 */
export async function findEvents(
  store: Store,
  filters: TimelineFilters,
  limit: number,
  cursor: string | null = null,
): Promise<Found> {
  try {
    return await store.listEvents({ ...filters, limit, cursor });
  } catch (err) {
    if (err instanceof ValidationError && err.field === 'cursor')
      throw new ValidationError('invalid page link', 'cursor', { cause: err });
    throw err;
  }
}

/** The newest matching events, up to the store's largest page (the documents table reads those with documents). */
export async function recentEvents(store: Store, filters: TimelineFilters = {}): Promise<Event[]> {
  return (await findEvents(store, filters, MAX_LIST)).items;
}

/**
 * The events in which the person with this page id (`wang-yi`, the slug of a Latin name) took part or was named,
 * newest first: the slug's words are one spelling of the name, which the store's person key folds like any other.
 */
export async function eventsOfPerson(store: Store, slug: string): Promise<Event[]> {
  return recentEvents(store, { participant: slug.replace(/-/g, ' ') });
}
