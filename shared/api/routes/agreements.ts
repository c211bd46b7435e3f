import { type ApiCtx, json } from '../http.ts';
import type { AgreementsQuery } from '../schemas.ts';

/** `GET /agreements`: events with agreements, flattened to one row per document; one index page per call. */
export async function listAgreements(ctx: ApiCtx<AgreementsQuery>): Promise<Response> {
  // read from the has-agreement (or document-type) index: every event of the page has documents
  const q = ctx.query;
  const { from, to, docType, status: agreementStatus, limit, cursor } = q;
  const page = await ctx.deps.store.listEvents({
    from,
    to,
    docType,
    agreementStatus,
    limit,
    cursor,
    hasAgreement: true,
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
