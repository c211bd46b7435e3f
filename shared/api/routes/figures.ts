import type { ApiCtx } from '../http.ts';
import { json } from '../http.ts';
import type { FiguresQuery } from '../schemas.ts';

/** Year of a `YYYY-MM-DD` bound. */
const year = (d?: string) => (d ? Number(d.slice(0, 4)) : undefined);

/**
 * `GET /figures?metric=…`: the series precomputed at ingest (shared/store/figures.ts), one store Query of
 * O(years) items, oldest year first; `from`/`to` bound the year. Disagreeing values stay separate points.
 */
export async function listFigures(ctx: ApiCtx<FiguresQuery>): Promise<Response> {
  const q = ctx.query;
  const points = await ctx.deps.store.getFigureSeries(q.metric, {
    fromYear: year(q.from),
    toYear: year(q.to),
  });
  return json(200, { metric: q.metric, points }, { 'cache-control': 'public, max-age=300' });
}
