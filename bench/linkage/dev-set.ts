/**
 * The real dev set (../shared/dev) for the clustering scripts: each article extracted once (optionally cached
 * in a file while iterating), its report, gold cluster, and event fold (`foldOf`: the folds `npm run eval`
 * reports).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type ClusterInput, reportOfInput } from '../../shared/dedup/cluster.ts';
import type { Report } from '../../shared/dedup/report.ts';
import type { ExtractResult } from '../../shared/domain/index.ts';
import { foldOf } from '../../shared/eval/real.ts';
import { extractArticle } from '../../shared/extract/index.ts';

/** One dev article: its clustering input, report, gold cluster (null: not relevant), fold and set. */
export interface Row {
  item: ClusterInput;
  report: Report | null;
  cluster: string | null;
  fold: number;
  /** Which `--dev` file it came from: sets are clustered apart, as each hidden set is scored alone. */
  set: number;
}

const args = process.argv.slice(2);
/** `--dev A[,B…]`: one or more real gold sets (same format; their event ids must not collide). */
const devPaths = (
  args.includes('--dev') ? (args[args.indexOf('--dev') + 1] as string) : '../shared/dev/articles.jsonl'
).split(',');

/** `--cache FILE`: keep extractions between runs while iterating on features (extraction is the slow part). */
export const cachePath = args.includes('--cache') ? (args[args.indexOf('--cache') + 1] as string) : null;
const cache: Record<string, ExtractResult> =
  cachePath && existsSync(cachePath) ? JSON.parse(readFileSync(cachePath, 'utf8')) : {};

/** The dev set's rows, extracted. */
export function load(): Row[] {
  for (const p of devPaths) if (!existsSync(p)) throw new Error(`no dev set at ${p}`);
  const rows = devPaths
    .flatMap((p, set) =>
      readFileSync(p, 'utf8')
        .split('\n')
        .map((l) => ({ l, set })),
    )
    .filter(({ l }) => l.trim() !== '')
    .map(({ l, set }) => {
      const r = JSON.parse(l);
      const input = {
        id: r.id,
        url: r.url,
        outlet: r.outlet,
        title: r.title,
        published: r.published,
        lang: r.lang,
        text: r.text,
      };
      let result: ExtractResult = cache[r.id] ?? { relevant: false, event: null };
      try {
        if (!cache[r.id]) result = extractArticle(input);
      } catch {}
      cache[r.id] = result;
      const cluster: string | null = r.gold?.relevant ? (r.gold.cluster ?? null) : null;
      const item = { input, result };
      return { item, report: reportOfInput(item), cluster, fold: foldOf(r), set };
    });
  if (cachePath) writeFileSync(cachePath, JSON.stringify(cache));
  return rows;
}
