import { existsSync } from 'node:fs';
import {
  DEV_SET,
  formatRealRow,
  loadRealSet,
  pipelineClusterF1,
  REAL_HEADER,
  runOnRows,
  scoreRows,
  subsets,
} from '../eval/real.ts';
import { clusterErrorLines, fieldErrorLines } from '../eval/real-errors.ts';
import { scoreReal } from '../eval/real-score.ts';

/**
 * The first part of `eval`: the real dev set, scored as `../shared/eval/score.py` scores it, whole, per language
 * and per event fold, plus the clustering of the ingest pipeline's path (arrival order) as a last column; with
 * `errors`, then every item's differing fields and the clustering's splits and joins (real-errors.ts). Returns
 * false (and says why on stderr) when the set is absent, as on a clone without `../shared`: the synthetic sets
 * are still scored then.
 */
export async function printRealEval(
  path: string = DEV_SET,
  out: NodeJS.WritableStream = process.stdout,
  opts: { errors?: boolean } = {},
): Promise<boolean> {
  if (!existsSync(path)) {
    process.stderr.write(
      `eval: no real dev set at ${path} (it sits beside the repo as ../shared/dev); skipped\n`,
    );
    return false;
  }
  const rows = loadRealSet(path);
  out.write(`== ${path} (real reports; counted as ../shared/eval/score.py)\n${REAL_HEADER}\n`);
  // The whole set's run is kept: the error list reads the same output the first row was scored from.
  const whole = await runOnRows(rows);
  for (const { name, rows: part } of subsets(rows)) {
    if (part.length === 0) continue;
    const score = part === rows ? scoreReal(rows, whole.extracted, whole.clustered) : await scoreRows(part);
    out.write(`${formatRealRow(name, score, await pipelineClusterF1(part))}\n`);
  }
  out.write(
    '(relev, parti, agree, figur, clust: F1; kind, date, place: accuracy; traps: dateline dates taken;\n' +
      ' pipe: clustering F1 through the ingest pipeline in arrival order, not a score.py column)\n',
  );
  if (opts.errors) {
    const fields = fieldErrorLines(rows, whole.extracted);
    const clusters = clusterErrorLines(rows, whole.clustered);
    out.write(`\n== errors by item (${fields.length})\n${fields.map((l) => `${l}\n`).join('')}`);
    out.write(`\n== clustering errors (${clusters.length})\n${clusters.map((l) => `${l}\n`).join('')}`);
  }
  return true;
}
