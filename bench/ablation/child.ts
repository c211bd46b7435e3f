/**
 * One ablation run, in its own fresh process (run.ts spawns one per rule or group): ES modules are cached and the
 * rule modules compile their patterns when imported, so a rule can only be taken out before anything reads it.
 * This process imports the modules holding the named rules first, empties those rules in place, and only then
 * imports the extractor and clusterer (through the project's scorer, shared/eval/real.ts), which build their
 * patterns from the emptied data. Argument: one JSON `ChildSpec`. Output: one stdout line `ABLATION {json}`.
 */

import { emptyRule, resolve } from './enumerate.ts';
import type { ChildScores, FoldScore } from './fields.ts';
import { importModule } from './modules.ts';

/** What one child is asked to do. */
export interface ChildSpec {
  /** Rule ids (`file#EXPORT.key`) to empty before the extractor loads; none for the baseline. */
  rules: string[];
  /** Real gold sets to score, each per event fold. */
  sets: string[];
  /** Also score the ingest pipeline's clustering (`pipe`; slow: a store replay per fold). */
  pipe: boolean;
}

/** The line a child prints last. */
export interface ChildOutput {
  emptied: number;
  scores: ChildScores;
  seconds: number;
}

async function empty(ids: readonly string[]): Promise<number> {
  let n = 0;
  for (const id of ids) {
    const [file, dotted] = id.split('#') as [string, string];
    const value = resolve(await importModule(file), dotted.split('.'));
    n += emptyRule(value);
  }
  return n;
}

async function main(): Promise<void> {
  const started = performance.now();
  const spec = JSON.parse(process.argv[2] ?? '{}') as ChildSpec;
  const emptied = await empty(spec.rules ?? []);
  // Only now the extractor: every pattern it compiles at import sees the emptied data.
  const real = await import('../../shared/eval/real.ts');
  const scores: ChildScores = {};
  for (const set of spec.sets) {
    const rows = real.loadRealSet(set);
    const folds: FoldScore[] = [];
    for (let k = 0; k < real.FOLDS; k++) {
      const part = rows.filter((r) => real.foldOf(r) === k);
      const s = await real.scoreRows(part);
      const f: FoldScore = {
        relev: s.rel.f1,
        parti: s.part.f1,
        kind: s.kind_acc,
        date: s.date_acc,
        traps: s.date_traps_taken,
        place: s.location_acc,
        agree: s.agr.f1,
        figur: s.fig.f1,
        clust: s.cluster.f1,
      };
      if (spec.pipe) f.pipe = await real.pipelineClusterF1(part);
      folds.push(f);
    }
    scores[set] = folds;
  }
  const out: ChildOutput = { emptied, scores, seconds: (performance.now() - started) / 1000 };
  process.stdout.write(`\nABLATION ${JSON.stringify(out)}\n`);
}

await main();
