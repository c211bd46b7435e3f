import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fmt, load, quick, roundCount, spread } from './_stats.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** One extractor's result in its own process. */
interface ChildResult {
  extractor: string;
  pages: number;
  pps: number;
  f1: number[];
}

/** Runs one extractor in a fresh process (never two at once: they would share the two cores). */
function child(extractor: string, windowMs: number): ChildResult {
  const out = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/_extractor-child.ts', extractor, String(windowMs)],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (out.status !== 0) throw new Error(`${extractor} bench process exited with ${out.status}`);
  return JSON.parse(out.stdout.trim()) as ChildResult;
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/**
 * Our cheerio extraction vs @mozilla/readability on a linkedom DOM over the same pages: each extractor in its
 * own process, alternating (ours, readability, ours, …) for 3 rounds (1 with --quick) so both see the same
 * load; pages/s as median (min–max) over the rounds, body-text token F1 against the hand-written references,
 * and the ratio of the medians (with the lowest and highest per-round ratio).
 */
export async function run(): Promise<Record<string, string | number>[]> {
  const windowMs = quick() ? 500 : 1500;
  const ours: ChildResult[] = [];
  const theirs: ChildResult[] = [];
  for (let r = 0; r < roundCount(); r++) {
    ours.push(child('ours', windowMs));
    theirs.push(child('readability', windowMs));
  }
  const row = (extractor: string, results: ChildResult[]): Record<string, string | number> => {
    const f1 = results[0]?.f1 ?? [];
    return {
      extractor,
      pages: results[0]?.pages ?? 0,
      'pages/s': fmt(spread(results.map((x) => x.pps))),
      'mean F1': Number(mean(f1).toFixed(4)),
      'min F1': Number(Math.min(...f1).toFixed(4)),
      'pages F1 ≥ 0.95': f1.filter((x) => x >= 0.95).length,
    };
  };
  const ratios = spread(ours.map((o, i) => o.pps / (theirs[i]?.pps ?? Number.NaN)));
  const medianRatio = spread(ours.map((o) => o.pps)).median / spread(theirs.map((t) => t.pps)).median;
  const f1Ours = ours[0]?.f1 ?? [];
  const f1Theirs = theirs[0]?.f1 ?? [];
  return [
    row('ours (cheerio/htmlparser2)', ours),
    row('readability (linkedom)', theirs),
    {
      extractor: 'ours vs readability',
      pages: f1Ours.length,
      'pages/s': `${medianRatio.toFixed(2)}x (rounds ${fmt(ratios, 2)})`,
      'mean F1': Number((mean(f1Ours) - mean(f1Theirs)).toFixed(4)),
      'min F1': Number((Math.min(...f1Ours) - Math.min(...f1Theirs)).toFixed(4)),
      'pages F1 ≥ 0.95': f1Ours.filter((x) => x >= 0.95).length - f1Theirs.filter((x) => x >= 0.95).length,
      load: load(),
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run());
}
