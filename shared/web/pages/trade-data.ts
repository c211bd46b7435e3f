/**
 * The trade and investment figures as reported values by year, from the store's precomputed series (one Query
 * per metric; each value credited to the source reports that gave it). A value is kept as the outlets gave it:
 * where outlets disagree for one year (Chinese customs and Kazakh statistics count trade differently) both
 * values stay, each with its own sources, and nothing is ever averaged.
 */
import type { FigurePoint, Store } from '../../store/port.ts';

/** The metrics the page shows, in order. */
export const TRADE_METRICS = ['trade_turnover', 'investment', 'project_portfolio'] as const;
export type TradeMetric = (typeof TRADE_METRICS)[number];

/** One reported value: the same value for the same year from however many events and outlets. */
export interface Reported {
  metric: TradeMetric;
  unit: string;
  year: number | null;
  value: number;
  /** How many events reported it. */
  eventCount: number;
  eventIds: string[];
  /** The source reports credited with it (a sample when many). */
  sources: FigurePoint['sources'];
  /** The sentences it was read from (distinct). */
  evidence: string[];
}

/** Values that differ by less than this share are one value written differently (43.8 vs 43.80 billion). */
const SAME_VALUE = 0.001;

/** Series points as reported values, near-equal values of one metric, unit and year merged. */
export function fromSeries(points: FigurePoint[]): Reported[] {
  const out: Reported[] = [];
  for (const p of points) {
    if (!(TRADE_METRICS as readonly string[]).includes(p.metric)) continue;
    const same = out.find(
      (r) =>
        r.metric === p.metric &&
        r.unit === p.unit &&
        r.year === p.year &&
        Math.abs(r.value - p.value) <= SAME_VALUE * Math.max(Math.abs(r.value), 1),
    );
    const target =
      same ??
      (out[
        out.push({
          ...p,
          metric: p.metric as TradeMetric,
          eventCount: 0,
          eventIds: [],
          sources: [],
          evidence: [],
        }) - 1
      ] as Reported);
    target.eventCount += p.eventCount;
    for (const id of p.eventIds) if (!target.eventIds.includes(id)) target.eventIds.push(id);
    for (const s of p.sources) if (!target.sources.some((t) => t.url === s.url)) target.sources.push(s);
    if (p.text && !target.evidence.includes(p.text)) target.evidence.push(p.text);
  }
  return out.sort(
    (a, b) =>
      TRADE_METRICS.indexOf(a.metric) - TRADE_METRICS.indexOf(b.metric) ||
      (a.year ?? 0) - (b.year ?? 0) ||
      a.value - b.value,
  );
}

/** Every reported value of the trade metrics (one Query per metric). */
export async function reportedValues(store: Store): Promise<Reported[]> {
  const series = await Promise.all(TRADE_METRICS.map((m) => store.getFigureSeries(m)));
  return fromSeries(series.flat());
}

/** Years in which one metric has more than one value: the disagreements the page labels. */
export function disagreements(values: Reported[]): Set<string> {
  const seen = new Map<string, number>();
  for (const v of values) {
    if (v.year === null) continue;
    const key = `${v.metric}|${v.unit}|${v.year}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n > 1).map(([k]) => k));
}

/** Outlets of a value, as a short label: "Kazinform, Daryo". */
export function outletLabel(r: Reported): string {
  return [...new Set(r.sources.map((s) => s.outlet))].join(', ');
}
