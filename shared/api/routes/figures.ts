import type { Event, Figure } from '../../domain/index.ts';
import type { ApiDeps } from '../deps.ts';
import { type ApiCtx, json } from '../http.ts';
import type { FiguresQuery } from '../schemas.ts';

/** How many store pages `GET /figures` reads at most: a time series over the latest ~2,000 events. */
const FIGURE_PAGES = 20;

/** Key under which the same figure reported by several events counts once. */
function figureKey(f: Figure): string {
  return `${f.unit}|${f.year ?? 'null'}|${Math.round(f.value)}`;
}

/** A point of the series: one value and year, with every event that reported it. */
export type FigureSeriesPoint = Figure & { eventIds: string[] };

/** The series of one metric across events, deduplicated by value + year, oldest year first. */
export async function figureSeries(deps: ApiDeps, q: FiguresQuery): Promise<FigureSeriesPoint[]> {
  const points = new Map<string, FigureSeriesPoint>();
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
  return [...points.values()].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.value - b.value);
}

/** `GET /figures?metric=…`: a time series across events. */
export async function listFigures(ctx: ApiCtx<FiguresQuery>): Promise<Response> {
  const points = await figureSeries(ctx.deps, ctx.query);
  return json(200, { metric: ctx.query.metric, points }, { 'cache-control': 'public, max-age=300' });
}
