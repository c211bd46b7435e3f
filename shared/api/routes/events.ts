import { createHash } from 'node:crypto';
import type { Event } from '../../domain/index.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { type ApiCtx, json, respond } from '../http.ts';
import { EventId, type EventsQuery } from '../schemas.ts';

/** Lower-cased words of a free-text query. */
function words(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether an event passes the in-memory filters of `GET /events` (dates are filtered by the store query). */
export function matchesEventFilters(e: Event, q: Omit<EventsQuery, 'limit'>): boolean {
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
 * `GET /events`: recent first. One store page per response; filters that keys cannot express are applied
 * to that page, so a filtered page may hold fewer than `limit` events — follow `cursor` until it is null.
 * Answers 304 when the client's ETag matches.
 */
export async function listEvents(ctx: ApiCtx<EventsQuery>): Promise<Response> {
  const q = ctx.query;
  const page = await ctx.deps.store.listRecentEvents({
    from: q.from,
    to: q.to,
    limit: q.limit,
    cursor: q.cursor,
  });
  const body = JSON.stringify({
    items: page.items.filter((e) => matchesEventFilters(e, q)),
    cursor: page.cursor,
  });
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const cache = { etag, 'cache-control': 'public, max-age=60' };
  if (ctx.header('if-none-match') === etag) return respond(304, null, cache, false);
  return respond(200, body, { 'content-type': 'application/json; charset=utf-8', ...cache });
}

/** `GET /events/{id}`; an id merged into another event answers 301 to where it went. */
export async function getEvent(ctx: ApiCtx): Promise<Response> {
  const parsed = EventId.safeParse(ctx.params.id ?? '');
  if (!parsed.success) throw new ValidationError('invalid event id', 'id', { cause: parsed.error });
  const id = parsed.data;
  const event = await ctx.deps.store.getEvent(id);
  if (!event) {
    const moved = await ctx.deps.store.getEventRedirect(id);
    if (moved)
      return respond(301, '', { location: `/events/${moved}`, 'cache-control': 'public, max-age=60' }, false);
    throw new NotFoundError(`no event ${id}`);
  }
  return json(200, event, { 'cache-control': 'public, max-age=60' });
}
