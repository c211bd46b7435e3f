/**
 * Clustering on the real dev set (../shared/dev) through both paths: the `cluster` command (all articles,
 * date-then-key order) and the ingest pipeline's event stage (one article at a time, in arrival order, on a
 * fresh in-memory store). Full set and the four event folds. Usage: npx tsx bench/linkage/score-dev.ts [--cache F]
 */
import { clusterArticles } from '../../shared/dedup/cluster.ts';
import { pairwiseF1 } from '../../shared/dedup/eval.ts';
import { replayThroughPipeline } from '../../shared/pipeline/replay.ts';
import { load, type Row } from './dev-set.ts';

function f1(rows: Row[], ids: Array<string | null>): string {
  const gold = new Map(rows.map((r) => [r.item.input.id, r.cluster]));
  const pred = new Map(rows.map((r, i) => [r.item.input.id, ids[i] ?? null]));
  const s = pairwiseF1(gold, pred);
  return `F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)})`;
}

const rows = load();
const sets: Array<[string, Row[]]> = [
  ['all', rows],
  ...[0, 1, 2, 3].map((k): [string, Row[]] => [`fold${k}`, rows.filter((r) => r.fold === k)]),
];
for (const [name, set] of sets) {
  const items = set.map((r) => r.item);
  const cli = clusterArticles(items);
  const pipeline = await replayThroughPipeline(items);
  const reversed = (await replayThroughPipeline([...items].reverse())).reverse();
  console.log(
    `${name.padEnd(6)} cli ${f1(set, cli)}  pipeline ${f1(set, pipeline)}  pipeline-reversed ${f1(set, reversed)}`,
  );
}
