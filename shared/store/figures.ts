import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Event, Figure, Metric } from '../domain/index.ts';
import { call, conditional, type Item, queryAll, type StoreContext } from './context.ts';
import { keys } from './keys.ts';
import type { FigurePoint } from './port.ts';
import { PK, SK } from './table.ts';

/**
 * The precomputed figure series: per metric, a few items per year (SERIES_SHARDS) holding every distinct value
 * reported for that year (values that differ are different points: Chinese customs and Kazakh statistics are both kept, never
 * averaged), each with how many events reported it and up to SAMPLE_CAP of its source reports. The items are
 * maintained with atomic set and counter updates (ADD/DELETE), so concurrent writers need no read-modify-write;
 * the counts are gated by the event's figure-membership items (event-index.ts), which makes them idempotent.
 */

/** Most source reports a point keeps (a value repeated by hundreds of reports would fill the 400 KB item). */
export const SAMPLE_CAP = 20;
/** Longest figure text kept with a point. */
const MAX_TEXT = 300;

/** What one event contributes to one point: its key parts and its source reports. */
export interface FigureContribution {
  metric: Metric;
  year: number | null;
  point: string;
  meta: { value: number; unit: string; text: string };
  /** Source reports as canonical JSON strings (set elements: equal reports must be equal strings). */
  sources: string[];
}

/** Key of a distinct value within a metric and year: unit and value (no rounding: 43.8 and 43.9 differ). */
export const pointKey = (f: Pick<Figure, 'unit' | 'value'>) => `${f.unit}|${f.value}`;

/** How a source's clustering report names a figure (`metric|value|unit`, shared/dedup/report.ts). */
export const reportedFigure = (f: Pick<Figure, 'metric' | 'value' | 'unit'>) =>
  `${f.metric}|${f.value}|${f.unit}`;

/**
 * The contributions of an event: one per distinct (metric, year, value), with the source reports that gave
 * it. `reported` maps a source (article id or URL) to the figures its own report read; a source whose report
 * is not known yet counts as reporting every figure of the event, and a value no known source reported is
 * credited to all sources (it came from the merged facts) rather than to none.
 */
export function figureContributions(
  e: Event,
  reported: Map<string, Set<string>> = new Map(),
): FigureContribution[] {
  const entry = (s: Event['sources'][number]) =>
    // fixed key order: the string is a set element, compared byte for byte when removed
    JSON.stringify({ e: e.id, o: s.outlet, u: s.url, d: s.published });
  const out = new Map<string, FigureContribution>();
  for (const f of e.figures) {
    const point = pointKey(f);
    const id = `${f.metric}#${f.year}#${point}`;
    if (out.has(id)) continue;
    const sig = reportedFigure(f);
    const gave = e.sources.filter((s) => {
      const r = reported.get(s.articleId) ?? reported.get(s.url);
      return !r || r.has(sig);
    });
    const meta = { value: f.value, unit: f.unit, text: f.text.slice(0, MAX_TEXT) };
    const sources = (gave.length > 0 ? gave : e.sources).map(entry);
    out.set(id, { metric: f.metric, year: f.year, point, meta, sources });
  }
  return [...out.values()];
}

/** Adds an event's report of a point: count +`count` (0 on a refresh), meta once, sources into the sample. */
export async function addToSeries(ctx: StoreContext, c: FigureContribution, count: number): Promise<void> {
  const Key = keys.figureSeries(c.metric, c.year, c.point);
  await call('UpdateItem', () =>
    ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.table,
        Key,
        UpdateExpression: 'SET #m = if_not_exists(#m, :meta), #metric = :metric, #year = :year ADD #n :d',
        ExpressionAttributeNames: {
          '#n': `n:${c.point}`,
          '#m': `m:${c.point}`,
          '#metric': 'metric',
          '#year': 'year',
        },
        ExpressionAttributeValues: { ':meta': c.meta, ':metric': c.metric, ':year': c.year, ':d': count },
      }),
    ),
  );
  if (c.sources.length === 0) return;
  // A full sample stays as it is: the count still says how many events reported the value.
  await conditional('UpdateItem', () =>
    ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.table,
        Key,
        UpdateExpression: 'ADD #s :src',
        ConditionExpression: 'attribute_not_exists(#s) OR size(#s) < :cap',
        ExpressionAttributeNames: { '#s': `s:${c.point}` },
        ExpressionAttributeValues: { ':src': new Set(c.sources), ':cap': SAMPLE_CAP },
      }),
    ),
  );
}

/** Removes source reports of a point from the sample and `count` from its count (idempotent set DELETE). */
export async function removeFromSeries(
  ctx: StoreContext,
  c: Pick<FigureContribution, 'metric' | 'year' | 'point' | 'sources'>,
  count: number,
): Promise<void> {
  const hasSources = c.sources.length > 0;
  await call('UpdateItem', () =>
    ctx.doc.send(
      new UpdateCommand({
        TableName: ctx.table,
        Key: keys.figureSeries(c.metric, c.year, c.point),
        UpdateExpression: `ADD #n :d${hasSources ? ' DELETE #s :src' : ''}`,
        ExpressionAttributeNames: hasSources
          ? { '#n': `n:${c.point}`, '#s': `s:${c.point}` }
          : { '#n': `n:${c.point}` },
        ExpressionAttributeValues: hasSources
          ? { ':d': -count, ':src': new Set(c.sources) }
          : { ':d': -count },
      }),
    ),
  );
}

/** Parses a sample element; a malformed one is skipped (it can only come from outside the store). */
function parseSource(s: string): FigurePoint['sources'][number] | null {
  try {
    const j = JSON.parse(s) as { e?: unknown; o?: unknown; u?: unknown; d?: unknown };
    if (typeof j.e !== 'string' || typeof j.o !== 'string' || typeof j.u !== 'string') return null;
    return { outlet: j.o, url: j.u, reportDate: typeof j.d === 'string' ? j.d : null, eventId: j.e };
  } catch {
    return null;
  }
}

/** The points of one series item (a year), those no event reports any more left out. */
function pointsOf(item: Item): FigurePoint[] {
  const out: FigurePoint[] = [];
  for (const [attr, raw] of Object.entries(item)) {
    if (!attr.startsWith('n:') || typeof raw !== 'number' || raw <= 0) continue;
    const point = attr.slice(2);
    const meta = item[`m:${point}`] as FigureContribution['meta'] | undefined;
    if (!meta) continue;
    const sample = item[`s:${point}`];
    const sources = [...(sample instanceof Set ? (sample as Set<string>) : [])]
      .map(parseSource)
      .filter((s): s is NonNullable<typeof s> => s !== null)
      .sort((a, b) => (a.reportDate ?? '').localeCompare(b.reportDate ?? '') || a.url.localeCompare(b.url));
    out.push({
      metric: item.metric as Metric,
      year: typeof item.year === 'number' ? item.year : null,
      value: meta.value,
      unit: meta.unit,
      text: meta.text,
      eventCount: raw,
      eventIds: [...new Set(sources.map((s) => s.eventId))],
      sources,
    });
  }
  return out;
}

/**
 * The series of a metric, oldest year first (then by value): ONE Query of the metric's partition, O(years)
 * items. `fromYear`/`toYear` bound the figure's year (inclusive); points of unknown year come only when
 * neither bound is given.
 */
export async function getFigureSeries(
  ctx: StoreContext,
  metric: Metric,
  range: { fromYear?: number; toYear?: number } = {},
): Promise<FigurePoint[]> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': PK },
    ExpressionAttributeValues: { ':pk': keys.figureSeries(metric, null)[PK] },
  });
  const bounded = range.fromYear !== undefined || range.toYear !== undefined;
  return items
    .filter((i) => typeof i[SK] === 'string')
    .flatMap(pointsOf)
    .filter((p) =>
      p.year === null
        ? !bounded
        : (range.fromYear === undefined || p.year >= range.fromYear) &&
          (range.toYear === undefined || p.year <= range.toYear),
    )
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.value - b.value || a.unit.localeCompare(b.unit));
}
