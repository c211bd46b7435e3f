import type { ApiDeps } from '../deps.ts';
import { type ApiRequest, type ApiResponse, json, queryOf } from '../http.ts';
import { AgreementsQuery, FiguresQuery } from '../schemas.ts';

/** `GET /agreements`: events with agreements, flattened to one row per document; one index page per call. */
export async function listAgreements(req: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  const q = AgreementsQuery.parse(queryOf(req));
  // read from the has-agreement (or document-type) index: every event of the page has documents
  const { from, to, docType, status: agreementStatus, limit, cursor } = q;
  const page = await deps.store.listEvents({
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

/** `GET /figures?metric=…`: the precomputed series (one store Query), oldest year first; `from`/`to` bound the year. */
export async function listFigures(req: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  const q = FiguresQuery.parse(queryOf(req));
  const year = (d?: string) => (d ? Number(d.slice(0, 4)) : undefined);
  const points = await deps.store.getFigureSeries(q.metric, { fromYear: year(q.from), toYear: year(q.to) });
  return json(200, { metric: q.metric, points }, { 'cache-control': 'public, max-age=300' });
}
