import type { Event, Figure } from '../../domain/index.ts';
import type { ApiDeps } from '../deps.ts';
import { type ApiRequest, type ApiResponse, json, queryOf } from '../http.ts';
import { AgreementsQuery, FiguresQuery } from '../schemas.ts';

/** How many store pages `GET /figures` reads at most: a time series over the latest ~2,000 events. */
const FIGURE_PAGES = 20;

/** `GET /agreements`: events with agreements, flattened to one row per document; one store page per call. */
export async function listAgreements(req: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  const q = AgreementsQuery.parse(queryOf(req));
  const page = await deps.store.listRecentEvents({
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

/** Key under which the same figure reported by several events counts once. */
function figureKey(f: Figure): string {
  return `${f.unit}|${f.year ?? 'null'}|${Math.round(f.value)}`;
}

/** `GET /figures?metric=…`: a time series across events, deduplicated by value + year, oldest year first. */
export async function listFigures(req: ApiRequest, deps: ApiDeps): Promise<ApiResponse> {
  const q = FiguresQuery.parse(queryOf(req));
  const points = new Map<string, Figure & { eventIds: string[] }>();
  let cursor: string | null = null;
  for (let i = 0; i < FIGURE_PAGES; i++) {
    const page: { items: Event[]; cursor: string | null } = await deps.store.listRecentEvents({
      from: q.from,
      to: q.to,
      limit: 100,
      cursor,
    });
    for (const e of page.items) {
      for (const f of e.figures.filter((x) => x.metric === q.metric)) {
        const key = figureKey(f);
        const point = points.get(key);
        if (point) point.eventIds.includes(e.id) || point.eventIds.push(e.id);
        else points.set(key, { ...f, eventIds: [e.id] });
      }
    }
    cursor = page.cursor;
    if (!cursor) break;
  }
  const sorted = [...points.values()].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.value - b.value);
  return json(200, { metric: q.metric, points: sorted }, { 'cache-control': 'public, max-age=300' });
}
