/** Scores extraction results against gold labels: per-field precision, recall and F1. */
import type { ExtractResult } from '../domain/index.ts';
import type { GoldRecord } from './gold.ts';

export { type GoldRecord, loadGold, loadInputs } from './gold.ts';

/** Counts and rates for one field. */
export interface FieldScore {
  field: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The full score: per-field rows and, per record, what went wrong. */
export interface Scorecard {
  fields: FieldScore[];
  errors: Array<{ id: string; field: string; expected: unknown; got: unknown }>;
}

/** The fields scored, in table order. */
export const FIELDS = [
  'relevance',
  'kind',
  'eventDate',
  'location',
  'participants',
  'mentioned',
  'agreements',
  'figures',
  'frameworks',
] as const;
type Field = (typeof FIELDS)[number];

/** Folds a name for comparison (case, diacritics, hyphens, y/i spelling variants). */
function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Multiset matching: returns [tp, fp, fn] and the unmatched items of each side. */
function matchSets<G, P>(
  gold: G[],
  pred: P[],
  same: (g: G, p: P) => boolean,
  optional: (p: P) => boolean = () => false,
) {
  const used = new Set<number>();
  let tp = 0;
  const missed: G[] = [];
  for (const g of gold) {
    const k = pred.findIndex((p, i) => !used.has(i) && same(g, p));
    if (k >= 0) {
      used.add(k);
      tp++;
    } else missed.push(g);
  }
  const extra = pred.filter((p, i) => !used.has(i) && !optional(p));
  return { tp, fp: extra.length, fn: missed.length, missed, extra };
}

function rates(field: string, tp: number, fp: number, fn: number): FieldScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { field, tp, fp, fn, precision, recall, f1 };
}

/**
 * Scores predictions against gold. Relevance is scored on every record; the other fields on gold-relevant
 * records (a prediction of "not relevant" there counts every gold item as missed). Scalars count a match
 * (null = null included) as a true positive, a wrong non-null prediction as a false positive and a wrong or
 * missing non-null gold value as a false negative. Figures match on metric, value within 1% and year; a
 * predicted project count equal to a gold portfolio's `count` is optional. The gold set's tolerance fields
 * (`kindAlt`, `eventDateAlt`, `locationAlt`, agreement `docTypeAlt`, figure `metricAlt`) are accepted too.
 */
export function scoreExtraction(gold: GoldRecord[], predictions: Map<string, ExtractResult>): Scorecard {
  const c: Record<Field, [number, number, number]> = Object.fromEntries(
    FIELDS.map((f) => [f, [0, 0, 0]]),
  ) as Record<Field, [number, number, number]>;
  const errors: Scorecard['errors'] = [];
  const add = (f: Field, tp: number, fp: number, fn: number) => {
    c[f][0] += tp;
    c[f][1] += fp;
    c[f][2] += fn;
  };
  for (const rec of gold) {
    const g = rec.gold;
    const pred = predictions.get(rec.key);
    const ev = pred?.relevant ? pred.event : null;
    const predRel = pred?.relevant ?? false;
    if (g.relevant && predRel) add('relevance', 1, 0, 0);
    else if (g.relevant) add('relevance', 0, 0, 1);
    else if (predRel) add('relevance', 0, 1, 0);
    if (g.relevant !== predRel)
      errors.push({ id: rec.key, field: 'relevance', expected: g.relevant, got: predRel });
    if (!g.relevant) continue;
    const scalar = (
      f: Field,
      expected: string | null | undefined,
      got: string | null | undefined,
      alts: Array<string | null> = [],
    ) => {
      if (expected === undefined) return;
      const ok = (got ?? null) === (expected ?? null) || alts.includes(got ?? null);
      if (ok) add(f, 1, 0, 0);
      else {
        add(f, 0, got != null ? 1 : 0, expected != null ? 1 : 0);
        errors.push({ id: rec.key, field: f, expected, got: got ?? null });
      }
    };
    scalar('kind', g.kind, ev?.kind, g.kindAlt ?? []);
    scalar('eventDate', g.eventDate, ev?.eventDate, g.eventDateAlt ?? []);
    scalar('location', g.location, ev?.location, g.locationAlt ?? []);
    const names = (f: 'participants' | 'mentioned', expected: string[] | undefined, got: string[]) => {
      const m = matchSets(expected ?? [], got, (a, b) => foldName(a) === foldName(b));
      add(f, m.tp, m.fp, m.fn);
      if (m.fp + m.fn > 0) errors.push({ id: rec.key, field: f, expected: m.missed, got: m.extra });
    };
    names('participants', g.participants, ev?.participants.map((p) => p.name) ?? []);
    names('mentioned', g.mentioned, ev?.mentioned.map((p) => p.name) ?? []);
    const ag = matchSets(
      g.agreements ?? [],
      ev?.agreements ?? [],
      (a, b) =>
        (a.docType === b.docType || (a.docTypeAlt ?? []).includes(b.docType)) && a.status === b.status,
    );
    add('agreements', ag.tp, ag.fp, ag.fn);
    if (ag.fp + ag.fn > 0)
      errors.push({
        id: rec.key,
        field: 'agreements',
        expected: ag.missed.map((a) => `${a.docType}/${a.status}`),
        got: ag.extra.map((a) => `${a.docType}/${a.status}: ${a.title}`),
      });
    const counts = new Set((g.figures ?? []).flatMap((f) => (f.count !== undefined ? [f.count] : [])));
    const fg = matchSets(
      g.figures ?? [],
      ev?.figures ?? [],
      (a, b) =>
        (a.metric === b.metric || (a.metricAlt ?? []).includes(b.metric)) &&
        Math.abs(a.value - b.value) <= Math.abs(a.value) * 0.01 &&
        (a.year ?? null) === (b.year ?? null),
      (p) => p.metric === 'project_count' && counts.has(p.value),
    );
    add('figures', fg.tp, fg.fp, fg.fn);
    if (fg.fp + fg.fn > 0)
      errors.push({
        id: rec.key,
        field: 'figures',
        expected: fg.missed.map((f) => `${f.metric}:${f.value}:${f.year ?? null}`),
        got: fg.extra.map((f) => `${f.metric}:${f.value}:${f.year}`),
      });
    const fw = matchSets(g.frameworks ?? [], ev?.frameworks ?? [], (a, b) => a === b);
    add('frameworks', fw.tp, fw.fp, fw.fn);
    if (fw.fp + fw.fn > 0)
      errors.push({ id: rec.key, field: 'frameworks', expected: fw.missed, got: fw.extra });
  }
  return { fields: FIELDS.map((f) => rates(f, ...c[f])), errors };
}

/** Formats the per-field scores as a fixed-width table. */
export function formatScoreTable(card: Scorecard): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const head = `${'field'.padEnd(13)}${'tp'.padStart(5)}${'fp'.padStart(5)}${'fn'.padStart(5)}${'P'.padStart(8)}${'R'.padStart(8)}${'F1'.padStart(8)}`;
  const rows = card.fields.map(
    (f) =>
      `${f.field.padEnd(13)}${String(f.tp).padStart(5)}${String(f.fp).padStart(5)}${String(f.fn).padStart(5)} ${pct(f.precision)} ${pct(f.recall)} ${pct(f.f1)}`,
  );
  return [head, ...rows].join('\n');
}
