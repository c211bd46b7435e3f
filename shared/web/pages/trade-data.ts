/**
 * The trade and investment figures as reported values by year. A value is kept as each outlet gave it: where
 * outlets disagree for one year (Chinese customs and Kazakh statistics count trade differently) both values stay,
 * each with its own sources, and nothing is ever averaged.
 */
import type { Event, Figure, SourceRef } from '../../domain/index.ts';

/** The metrics the page shows, in order. */
export const TRADE_METRICS = ['trade_turnover', 'investment', 'project_portfolio'] as const;
export type TradeMetric = (typeof TRADE_METRICS)[number];

/** One reported value: the same value for the same year from however many events and outlets. */
export interface Reported {
  metric: TradeMetric;
  unit: string;
  year: number | null;
  value: number;
  /** The events that carry it, newest first. */
  events: Event[];
  /** Their sources, one per outlet and language. */
  sources: SourceRef[];
  /** The sentences it was read from (distinct). */
  evidence: string[];
}

/** Values that differ by less than this share are one value written differently (43.8 vs 43.80 billion). */
const SAME_VALUE = 0.001;

/** Every reported value of the trade metrics, grouped as above, by metric then year then value. */
export function reportedValues(events: Event[]): Reported[] {
  const out: Reported[] = [];
  for (const e of events) {
    for (const f of e.figures) {
      if (!(TRADE_METRICS as readonly string[]).includes(f.metric)) continue;
      const same = out.find(
        (r) =>
          r.metric === f.metric &&
          r.unit === f.unit &&
          r.year === f.year &&
          Math.abs(r.value - f.value) <= SAME_VALUE * Math.max(Math.abs(r.value), 1),
      );
      const target = same ?? addNew(out, f);
      if (!target.events.includes(e)) target.events.push(e);
      for (const s of e.sources)
        if (!target.sources.some((t) => t.outlet === s.outlet && t.lang === s.lang)) target.sources.push(s);
      const sentence = f.evidence ?? f.text;
      if (sentence && !target.evidence.includes(sentence)) target.evidence.push(sentence);
    }
  }
  return out.sort(
    (a, b) =>
      TRADE_METRICS.indexOf(a.metric) - TRADE_METRICS.indexOf(b.metric) ||
      (a.year ?? 0) - (b.year ?? 0) ||
      a.value - b.value,
  );
}

function addNew(out: Reported[], f: Figure): Reported {
  const r: Reported = {
    metric: f.metric as TradeMetric,
    unit: f.unit,
    year: f.year,
    value: f.value,
    events: [],
    sources: [],
    evidence: [],
  };
  out.push(r);
  return r;
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
