import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterArticles, pairwiseF1 } from '../dedup/index.ts';
import type { ArticleInput, ExtractResult } from '../domain/index.ts';
import { ValidationError } from '../errors.ts';
import { evaluateDir } from '../eval/main.ts';
import { formatScoreTable, loadGold, loadInputs } from '../eval/score.ts';
import { extractArticle } from '../extract/index.ts';
import { replayThroughPipeline } from '../pipeline/replay.ts';
import { printRealEval } from './eval-real.ts';

/** The gold sets scored by default: the seeds, the project's own set, and the held-out set nothing was tuned on. */
const DEFAULT_DIRS = ['tests/fixtures/seeds', 'tests/fixtures/gold', 'tests/fixtures/gold-holdout'];

/** The `cluster` label of each gold record (by `id`, or `file` for the seeds). */
function clusterLabels(goldPath: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const line of readFileSync(goldPath, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as {
      id?: string;
      file?: string;
      gold?: { cluster?: string | null; relevant?: boolean };
    };
    out.set(r.id ?? r.file ?? '', r.gold?.relevant === false ? null : (r.gold?.cluster ?? null));
  }
  return out;
}

/**
 * Pairwise clustering F1 of extract + cluster over a gold directory whose labels carry `cluster` keys: through
 * the `cluster` command's path, and through the ingest pipeline's event stage in arrival (file) order.
 */
export async function clusterScores(dir: string) {
  const goldPath = join(dir, 'gold.jsonl');
  const gold = loadGold(goldPath);
  const inputs = loadInputs(goldPath, gold);
  const labelled = gold.filter((g) => inputs.has(g.key));
  const items = labelled.map((g) => {
    const input = inputs.get(g.key) as ArticleInput;
    let result: ExtractResult = { relevant: false, event: null };
    try {
      result = extractArticle(input);
    } catch {
      // an extraction failure counts as "not relevant": the pair scores suffer, as they should
    }
    return { input: { ...input, id: g.key }, result };
  });
  const clusters = clusterLabels(goldPath);
  const goldClusters = new Map(labelled.map((g) => [g.key, clusters.get(g.key) ?? null]));
  const score = (ids: Array<string | null>) =>
    pairwiseF1(goldClusters, new Map(labelled.map((g, i) => [g.key, ids[i] ?? null])));
  return { cli: score(clusterArticles(items)), pipeline: score(await replayThroughPipeline(items)) };
}

/** `eval`: per-field precision/recall/F1 of extraction and pairwise F1 of clustering, per gold directory. */
export async function runEval(opts: {
  goldDir: string | null;
  real?: string | null;
  errors?: boolean;
}): Promise<number> {
  if (opts.real || !opts.goldDir)
    await printRealEval(opts.real ?? undefined, process.stdout, { errors: opts.errors === true });
  if (opts.real && !opts.goldDir) return 0;
  const dirs = opts.goldDir ? [opts.goldDir] : DEFAULT_DIRS.filter((d) => existsSync(join(d, 'gold.jsonl')));
  if (dirs.length === 0)
    throw new ValidationError('no gold set found (expected tests/fixtures/*/gold.jsonl)');
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'gold.jsonl'))) throw new ValidationError(`no gold.jsonl in ${dir}`);
    const card = evaluateDir(dir);
    const scores = await clusterScores(dir);
    const pct = (x: number) => x.toFixed(3);
    const line = (name: string, c: ReturnType<typeof pairwiseF1>) =>
      `clustering (pairwise, ${name}): precision ${pct(c.precision)}  recall ${pct(c.recall)}  F1 ${pct(c.f1)}  (${c.correctPairs}/${c.goldPairs} gold pairs, ${c.predictedPairs} predicted)\n`;
    process.stdout.write(
      `\n== ${dir}\n${formatScoreTable(card)}\n${line('cluster command', scores.cli)}${line('pipeline, arrival order', scores.pipeline)}`,
    );
  }
  return 0;
}
