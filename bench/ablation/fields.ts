/**
 * The scored fields of one event fold, as `npm run eval` prints them (score.py's columns, plus the pipeline's
 * clustering when asked), and how an ablation's figures compare with the baseline's.
 */

/** Field names in the eval table's order. */
export const FIELDS = [
  'relev',
  'parti',
  'kind',
  'date',
  'traps',
  'place',
  'agree',
  'figur',
  'clust',
  'pipe',
] as const;

/** One field's name. */
export type Field = (typeof FIELDS)[number];

/** One fold's figures (null where the fold has nothing to count; `pipe` only when asked). */
export type FoldScore = Partial<Record<Field, number | null>>;

/** Per real set (its path), the figures of each event fold. */
export type ChildScores = Record<string, FoldScore[]>;

/** Fields where a higher figure is worse: dateline dates taken. */
const LOWER_IS_BETTER = new Set<Field>(['traps']);

/**
 * How much worse the ablation made one figure: positive when it lowered a score (or raised the traps), negative
 * when it improved it, 0 when equal or not comparable (a null on either side).
 */
export function loss(
  field: Field,
  base: number | null | undefined,
  ablated: number | null | undefined,
): number {
  if (base === null || base === undefined || ablated === null || ablated === undefined) return 0;
  const d = base - ablated;
  // Rounded to the scorer's three decimals so float noise never reads as an effect.
  const r = Math.round(d * 1000) / 1000;
  return LOWER_IS_BETTER.has(field) ? -r : r;
}

/** Per set, fold and field, the loss of an ablation against the baseline. */
export function losses(
  base: ChildScores,
  ablated: ChildScores,
): Record<string, Array<Record<string, number>>> {
  const out: Record<string, Array<Record<string, number>>> = {};
  for (const [set, folds] of Object.entries(base)) {
    out[set] = folds.map((b, k) => {
      const a = ablated[set]?.[k] ?? {};
      const row: Record<string, number> = {};
      for (const f of FIELDS) if (f in b) row[f] = loss(f, b[f], a[f]);
      return row;
    });
  }
  return out;
}

/** Summary of a loss table: total lowered (sum of positive losses), total raised, and any change at all. */
export function summarise(l: Record<string, Array<Record<string, number>>>): {
  lowered: number;
  raised: number;
  changed: boolean;
} {
  let lowered = 0;
  let raised = 0;
  for (const folds of Object.values(l))
    for (const row of folds)
      for (const v of Object.values(row)) {
        if (v > 0) lowered += v;
        if (v < 0) raised -= v;
      }
  return {
    lowered: Math.round(lowered * 1000) / 1000,
    raised: Math.round(raised * 1000) / 1000,
    changed: lowered > 0 || raised > 0,
  };
}
