/**
 * Fits the record-linkage model (shared/dedup/linkage-weights.json) on the real dev set (../shared/dev), or on
 * several real gold sets (`--dev A,B`: paths outside the repository; only labels and extractions are read, and
 * only the fitted numbers are written): L2-regularised logistic regression over the pairs within each set, then
 * the join threshold and the veto by grid search on the pairwise clustering F1 of the training events, each
 * set clustered on its own as hidden sets are. `--folds` reports honest scores instead: fit on three event
 * folds, score the fourth (the folds `npm run eval` reports: `foldOf` in shared/eval/real.ts).
 * Usage: npx tsx bench/linkage/fit.ts [--folds] [--dry] [--out FILE] [--without K] [--lambda L] [--cache FILE]
 * [--dev PATH[,PATH…]]
 */
import { writeFileSync } from 'node:fs';
import { clusterArticles } from '../../shared/dedup/cluster.ts';
import { EventClusterer } from '../../shared/dedup/clusterer.ts';
import { pairwiseF1 } from '../../shared/dedup/eval.ts';
import type { LinkageModel } from '../../shared/dedup/linkage.ts';
import { FEATURES, pairFeatures } from '../../shared/dedup/pair.ts';
import type { Report } from '../../shared/dedup/report.ts';
import { load, type Row } from './dev-set.ts';

const args = process.argv.slice(2);
const OUT = args.includes('--out')
  ? (args[args.indexOf('--out') + 1] as string)
  : 'shared/dedup/linkage-weights.json';
/** `--without K`: fit on the other folds only (to look at fold K's errors with an honest model). */
const WITHOUT = args.includes('--without') ? Number(args[args.indexOf('--without') + 1]) : null;
/** L2 strength per unit of pair weight (`--lambda`): the dev set is small, the weights must stay modest. */
const LAMBDA = args.includes('--lambda') ? Number(args[args.indexOf('--lambda') + 1]) : 0.005;

/**
 * Priors from the labelling conventions (one event = one meeting on one day; a visit's meetings are separate
 * events; the same minister with another counterpart is another event): the dev set is small and its noisy
 * extractions can teach the opposite, so each weight is kept within a sign, and contradictions at least this
 * strong. The fit may make them stronger, never weaker.
 */
const BOUNDS: Partial<Record<string, [number, number]>> = {
  hardConflict: [-30, -30],
  dateFar: [-Infinity, -8],
  dateWeek: [-Infinity, 0],
  dayDisjoint: [-Infinity, 0],
  yearDisjoint: [-Infinity, -1],
  counterpartConflict: [-Infinity, -2],
  noSharedPerson: [-Infinity, -8],
  kindDiffer: [-Infinity, -1.5],
  visitVsPart: [-Infinity, -4],
  placeDiffer: [-Infinity, -1],
  noDates: [-Infinity, 0],
  sidesNoDate: [-Infinity, 0],
  dateNext: [-Infinity, -1],
  occasionDiffer: [-Infinity, 0],
  statementVsPresence: [-Infinity, -2],
};
/** Every other feature is evidence for a match: its weight is not negative. */
const bound = (name: string): [number, number] => BOUNDS[name] ?? [0, Infinity];

/** Weighted L2 logistic regression by gradient descent (a few features, a few thousand pairs: plenty). */
function fitLogistic(x: number[][], y: number[], lambda = LAMBDA): { bias: number; weights: number[] } {
  const d = FEATURES.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const pos = y.filter((v) => v === 1).length;
  const posWeight = pos > 0 ? (y.length - pos) / pos / 3 : 1;
  for (let it = 0; it < 4000; it++) {
    const g = new Array<number>(d).fill(0);
    let gb = 0;
    let norm = 0;
    for (let i = 0; i < x.length; i++) {
      const xi = x[i] as number[];
      let z = b;
      for (let j = 0; j < d; j++) z += (w[j] as number) * (xi[j] as number);
      const p = 1 / (1 + Math.exp(-z));
      const wt = y[i] === 1 ? posWeight : 1;
      const err = wt * (p - (y[i] as number));
      norm += wt;
      gb += err;
      for (let j = 0; j < d; j++) g[j] = (g[j] as number) + err * (xi[j] as number);
    }
    const rate = 2;
    b -= (rate * gb) / norm;
    for (let j = 0; j < d; j++) {
      const [lo, hi] = bound(FEATURES[j] as string);
      const next = (w[j] as number) - rate * ((g[j] as number) / norm + lambda * (w[j] as number));
      w[j] = Math.min(hi, Math.max(lo, next));
    }
  }
  return { bias: b, weights: w };
}

/** Pairwise F1 over all sets' pairs, each set clustered on its own (a hidden set is scored alone). */
function score(rows: Row[], model: LinkageModel): ReturnType<typeof pairwiseF1> {
  const clusterer = new EventClusterer(model);
  const gold = new Map(rows.map((r) => [r.item.input.id, r.cluster]));
  const pred = new Map<string, string | null>();
  for (const set of new Set(rows.map((r) => r.set))) {
    const part = rows.filter((r) => r.set === set);
    const ids = clusterArticles(
      part.map((r) => r.item),
      clusterer,
    );
    part.forEach((r, i) => {
      const id = ids[i];
      pred.set(r.item.input.id, id == null ? null : `${set}|${id}`);
    });
  }
  return pairwiseF1(gold, pred);
}

function fitModel(rows: Row[]): LinkageModel {
  const x: number[][] = [];
  const y: number[] = [];
  const rel = rows.filter((r) => r.report);
  for (let i = 0; i < rel.length; i++)
    for (let j = i + 1; j < rel.length; j++) {
      const a = rel[i] as Row;
      const b = rel[j] as Row;
      if (a.set !== b.set) continue;
      x.push(pairFeatures(a.report as Report, b.report as Report));
      y.push(a.cluster !== null && a.cluster === b.cluster ? 1 : 0);
    }
  const lr = fitLogistic(x, y);
  const tried: Array<{ model: LinkageModel; f1: number }> = [];
  for (let threshold = -3; threshold <= 4; threshold += 0.5)
    for (const veto of [-25, -12, -8, -6, -4, -2].filter((v) => v <= threshold)) {
      const model = { features: [...FEATURES], ...lr, threshold, veto };
      tried.push({ model, f1: score(rows, model).f1 });
    }
  // the best F1 is often a plateau over thresholds: take its middle, not an edge, so a held-out event a
  // little above or below the training ones still falls on the same side
  const top = Math.max(...tried.map((t) => t.f1));
  const plateau = tried.filter((t) => t.f1 >= top - 1e-9);
  const ts = [...new Set(plateau.map((t) => t.model.threshold))].sort((a, b) => a - b);
  const mid = ts[Math.floor((ts.length - 1) / 2)];
  return plateau.find((t) => t.model.threshold === mid)?.model as LinkageModel;
}

const rows = load();
if (args.includes('--folds')) {
  for (let k = 0; k < 4; k++) {
    const model = fitModel(rows.filter((r) => r.fold !== k));
    const s = score(
      rows.filter((r) => r.fold === k),
      model,
    );
    // with several sets, each set's held-out fold too (a fit that helps one set's events may hurt another's)
    const sets = [...new Set(rows.map((r) => r.set))];
    const per =
      sets.length < 2
        ? ''
        : sets
            .map((set) => {
              const t = score(
                rows.filter((r) => r.fold === k && r.set === set),
                model,
              );
              return ` set${set} ${t.f1.toFixed(3)}`;
            })
            .join('');
    console.log(
      `fold${k} clus F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (threshold ${model.threshold}, veto ${model.veto})${per}`,
    );
  }
}
const train = WITHOUT === null ? rows : rows.filter((r) => r.fold !== WITHOUT);
const model = fitModel(train);
const s = score(train, model);
console.log(`full fit: clus F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}`);
const round = (v: number) => Math.round(v * 1000) / 1000;
const out = { ...model, bias: round(model.bias), weights: model.weights.map(round) };
if (!args.includes('--dry')) writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
console.log(
  FEATURES.map((f, i) => `${f} ${out.weights[i]}`).join('\n'),
  `\nbias ${out.bias} threshold ${out.threshold} veto ${out.veto}`,
);
