/**
 * Chooses one weight of the committed linkage model by event folds, the others kept: for each fold, the value
 * of a grid with the best pairwise clustering F1 on the three other folds (ties: the value nearest the
 * committed one), scored on the held-out fold. Honest fold scores for a one-parameter change without a
 * refit of every weight. Usage: npx tsx bench/linkage/tune-one.ts --feature NAME --grid v1,v2,… [--dev PATH]
 * [--cache FILE] [--write]
 */
import { writeFileSync } from 'node:fs';
import { clusterArticles } from '../../shared/dedup/cluster.ts';
import { EventClusterer } from '../../shared/dedup/clusterer.ts';
import { pairwiseF1 } from '../../shared/dedup/eval.ts';
import { DEFAULT_MODEL, type LinkageModel } from '../../shared/dedup/linkage.ts';
import { load, type Row } from './dev-set.ts';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? (args[args.indexOf(name) + 1] as string) : null);
const feature = arg('--feature');
const grid = (arg('--grid') ?? '')
  .split(',')
  .filter((v) => v !== '')
  .map(Number);
const at = DEFAULT_MODEL.features.indexOf(feature ?? '');
if (at < 0 || grid.length === 0) throw new Error('usage: --feature NAME --grid v1,v2,…');
const committed = DEFAULT_MODEL.weights[at] as number;

/** The committed model with one weight set. */
function withWeight(v: number): LinkageModel {
  const weights = [...DEFAULT_MODEL.weights];
  weights[at] = v;
  return { ...DEFAULT_MODEL, weights };
}

function f1(rows: Row[], model: LinkageModel): number {
  const ids = clusterArticles(
    rows.map((r) => r.item),
    new EventClusterer(model),
  );
  const gold = new Map(rows.map((r) => [r.item.input.id, r.cluster]));
  const pred = new Map(rows.map((r, i) => [r.item.input.id, ids[i] ?? null]));
  return pairwiseF1(gold, pred).f1;
}

/** The grid value with the best F1 on these rows (ties: nearest the committed weight). */
function best(rows: Row[]): number {
  const scored = grid.map((v) => ({ v, f: f1(rows, withWeight(v)) }));
  const top = Math.max(...scored.map((s) => s.f));
  return scored
    .filter((s) => s.f >= top - 1e-9)
    .sort((a, b) => Math.abs(a.v - committed) - Math.abs(b.v - committed))[0]?.v as number;
}

const rows = load();
for (let k = 0; k < 4; k++) {
  const v = best(rows.filter((r) => r.fold !== k));
  const held = rows.filter((r) => r.fold === k);
  console.log(
    `fold${k} ${feature} ${v}: held-out F1 ${f1(held, withWeight(v)).toFixed(3)} (committed ${committed}: ${f1(held, DEFAULT_MODEL).toFixed(3)})`,
  );
}
const v = best(rows);
console.log(
  `all folds: ${feature} ${v}, F1 ${f1(rows, withWeight(v)).toFixed(3)} (committed ${f1(rows, DEFAULT_MODEL).toFixed(3)})`,
);
if (args.includes('--write'))
  writeFileSync('shared/dedup/linkage-weights.json', `${JSON.stringify(withWeight(v), null, 1)}\n`);
