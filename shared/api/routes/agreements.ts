import { type ApiCtx, json } from '../http.ts';
import type { AgreementsQuery } from '../schemas.ts';

/** `GET /agreements`: events with agreements, flattened to one row per document; one store page per call. */
export async function listAgreements(ctx: ApiCtx<AgreementsQuery>): Promise<Response> {
  const q = ctx.query;
  const page = await ctx.deps.store.listRecentEvents({
    from: q.from,
    to: q.to,
    limit: q.limit,
    cursor: q.cursor,
  });
  const items = page.items.flatMap((e) =>
    e.agreements
      .filter((a) => (!q.docType || a.docType === q.docType) && (!q.status || a.status === q.status))
      .map((a) => ({
        eventId: e.id,
        eventDate: e.eventDate,
        location: e.location,
        docType: a.docType,
        status: a.status,
        title: a.title,
        parties: e.participants.map((p) => p.name),
        sources: e.sources.map((s) => ({ outlet: s.outlet, url: s.url })),
      })),
  );
  return json(200, { items, cursor: page.cursor }, { 'cache-control': 'public, max-age=60' });
}
