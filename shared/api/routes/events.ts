import { createHash } from 'node:crypto';
import type { Event } from '../../domain/index.ts';
import { NotFoundError } from '../../errors.ts';
import type { ApiDeps } from '../deps.ts';
import { type ApiRequest, type ApiResponse, header, json, queryOf } from '../http.ts';
import { EventId, EventsQuery } from '../schemas.ts';

/** Lower-cased words of a free-text query. */
function words(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether an event passes the in-memory filters of `GET /events` (dates are filtered by the store query). */
export function matchesEventFilters(e: Event, q: EventsQuery): boolean {
  if (q.kind && e.kind !== q.kind) return false;
  if (q.hasAgreement !== undefined && q.hasAgreement !== e.agreements.length > 0) return false;
  if (q.docType && !e.agreements.some((a) => a.docType === q.docType)) return false;
  if (q.lang && !e.sources.some((s) => s.lang === q.lang)) return false;
  if (q.participant) {
    const needle = q.participant.toLowerCase();
    if (![...e.participants, ...e.mentioned].some((p) => p.name.toLowerCase().includes(needle))) return false;
  }
  if (q.q) {
    const hay = `${e.title} ${e.summary} ${e.agreements.map((a) => a.title).join(' ')}`.toLowerCase();
    if (!words(q.q).every((w) => hay.includes(w))) return false;
  }
  return true;
}

/**
 * `GET /events`: recent first. The store answers the filters from its indexes (shared/store/DESIGN.md): full
 * pages, and no cursor once nothing more matches. Answers 304 when the client's ETag matches.
 */
export async function listEvents(req: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  const q = EventsQuery.parse(queryOf(req));
  const page = await deps.store.listEvents(q);
  const body = JSON.stringify({ items: page.items, cursor: page.cursor });
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const cache = { etag, 'cache-control': 'public, max-age=60' };
  if (header(req, 'if-none-match') === etag)
    return { statusCode: 304, headers: cache, body: '' } as ApiResponse;
  return { ...json(200, null, cache), body };
}

/** `GET /events/{id}`. */
export async function getEvent(id: string, deps: ApiDeps): Promise<ApiResponse> {
  const event = await deps.store.getEvent(EventId.parse(id));
  if (!event) {
    // an event merged into another (or re-keyed) answers with where it went
    const moved = await deps.store.getEventRedirect(EventId.parse(id));
    if (moved)
      return {
        statusCode: 301,
        headers: { location: `/events/${moved}`, 'cache-control': 'public, max-age=60' },
        body: '',
      } as ApiResponse;
    throw new NotFoundError(`no event ${id}`);
  }
  return json(200, event, { 'cache-control': 'public, max-age=60' });
}
