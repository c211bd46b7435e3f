/**
 * How the pages find events: through the store's indexed listing (`listEvents`: kind, person in any spelling or
 * script, document type, has-documents, language; one Query per page, never a Scan). The free-text search is
 * applied here, on those pages, because it is wider than the store's search index: it also crosses languages
 * on topic words (`пшеница` finds "wheat", the alerts' glossary) besides names (`Ван И` = `Wang Yi`). A page
 * bound keeps a rare search to a bounded number of reads, and its cursor links on to where it stopped.
 */
import type { Event } from '../domain/index.ts';
import { ValidationError } from '../errors.ts';
import { hasFacets, requiredFacets } from '../store/event-facets.ts';
import type { Store } from '../store/port.ts';
import type { TimelineFilters } from './filters.ts';
import { matchesQuery } from './search.ts';

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
 * The free-text search: the pages' matcher (names across scripts, topic words across languages) or the store's
 * search tokens (every Cyrillic word transliterated, so an unlisted official's Russian spelling finds English
 * reports too).
 */
function matchesText(e: Event, q: string, tokens: string[]): boolean {
  return matchesQuery(e, q) || (tokens.length > 0 && hasFacets(e, tokens));
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
  const { q, ...indexed } = filters;
  const tokens = q ? requiredFacets({ q }) : [];
  const items: Event[] = [];
  let { c: at, s: skip } = decode(cursor);
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await store.listEvents({ ...indexed, limit: PAGE, cursor: at });
    const matched = q ? page.items.filter((e) => matchesText(e, q, tokens)) : page.items;
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

/** Every matching event within the page bound, newest first (the documents table reads those with documents). */
export async function recentEvents(store: Store, filters: TimelineFilters = {}): Promise<Event[]> {
  return (await findEvents(store, filters, Number.POSITIVE_INFINITY)).items;
}

/**
 * The events in which the person with this page id (`wang-yi`, the slug of a Latin name) took part or was named,
 * newest first: the slug's words are one spelling of the name, which the store's person key folds like any other.
 */
export async function eventsOfPerson(store: Store, slug: string): Promise<Event[]> {
  return (await findEvents(store, { participant: slug.replace(/-/g, ' ') }, Number.POSITIVE_INFINITY)).items;
}
