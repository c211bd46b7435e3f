import { NotFoundError, ValidationError } from '../../errors.ts';
import { type ApiCtx, json, respond } from '../http.ts';
import { EventId, type EventsQuery } from '../schemas.ts';

/**
 * `GET /events`: recent first. The store answers the filters from its indexes (shared/store/DESIGN.md): full
 * pages, and no cursor once nothing more matches. The list cache (list-cache.ts) adds the ETag and answers 304.
 */
export async function listEvents(ctx: ApiCtx<EventsQuery>): Promise<Response> {
  // the events come as the JSON the store keeps for list pages: spliced, never parsed and re-serialised
  const page = await ctx.deps.store.listEventsJson(ctx.query);
  const body = `{"items":[${page.items.join(',')}],"cursor":${JSON.stringify(page.cursor)}}`;
  return respond(200, body, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'public, max-age=60',
  });
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
