/**
 * Extraction throughput on one core: typical ~3 KB articles (the seeds, English and Russian), repeated.
 * Run: `npx tsx bench/extract.ts`. Goal: ≥ 500 articles/s.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../shared/domain/index.ts';
import { extractArticle } from '../shared/extract/index.ts';

const root = join(import.meta.dirname, '..');

function corpus(): ArticleInput[] {
  const dir = join(root, 'tests/fixtures/seeds');
  const seeds = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8'), published: '2025-04-26' }));
  const ru = readFileSync(join(root, 'tests/extract/fixtures/russian.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ArticleInput);
  const neg = readFileSync(join(root, 'tests/extract/fixtures/negatives.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ArticleInput);
  return [...seeds, ...ru, ...neg];
}

function measure(label: string, articles: ArticleInput[], minMs: number): Record<string, string | number> {
  for (const a of articles) extractArticle(a); // warm-up: regex compilation, JIT
  let n = 0;
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const a of articles) {
      extractArticle(a);
      n++;
      bytes += (a.text ?? a.html ?? '').length;
    }
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return {
    set: label,
    articles: n,
    avgKB: Math.round(bytes / n / 100) / 10,
    wallMs: Math.round(elapsed),
    perSecondWall: Math.round((n / elapsed) * 1000),
    perSecondCpu: Math.round((n / cpuMs) * 1000),
  };
}

/** Kazakh and Chinese articles written for the benchmark (tests/extract/{kk,zh}-articles.jsonl). */
function langCorpus(lang: 'kk' | 'zh'): ArticleInput[] {
  return readFileSync(join(root, `tests/extract/${lang}-articles.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ArticleInput);
}

/** Runs the benchmark and returns one row per article set. */
export async function run(): Promise<Record<string, string | number>[]> {
  const all = corpus();
  const relevant = all.filter((a) => !a.id.startsWith('neg-'));
  return [
    measure('relevant (en+ru)', relevant, 1500),
    measure('all incl. negatives', all, 1500),
    measure('kk', langCorpus('kk'), 1000),
    measure('zh', langCorpus('zh'), 1000),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await run();
  console.table(rows);
}
