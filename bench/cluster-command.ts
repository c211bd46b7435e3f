import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus } from './_pipeline-corpus.ts';
import { fmt, roundCount, spread } from './_stats.ts';

/**
 * The `cluster` command end to end, as issue 18's outside check ran it: 20,000 articles of the pipeline bench's
 * corpus (pages and feed fragments, en/ru, over 365 days) piped into `node --import tsx shared/cli/main.ts
 * cluster`, one fresh process per round, 3 rounds. Rows: wall and CPU seconds, articles per CPU second and the
 * process's peak RSS against the goal (< 250 MB at 20,000 articles).
 */
const SIZE = 20_000;
const GOAL_MB = 250;

interface Usage {
  cpuS: number;
  maxRssMb: number;
}

/** One run of the command over `file`; the child reports its own CPU and peak RSS (bench/_exit-usage.ts). */
function once(file: string): Usage & { wallS: number; events: number } {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const input = openSync(file, 'r');
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', './bench/_exit-usage.ts', 'shared/cli/main.ts', 'cluster'],
    { cwd: root, stdio: [input, 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const wallS = (performance.now() - started) / 1000;
  closeSync(input);
  if (child.status !== 0) throw new Error(`cluster failed (${child.status}): ${child.stderr.slice(-500)}`);
  const usage = JSON.parse(child.stderr.trim().split('\n').pop() as string) as Usage;
  // one `{"id","eventId"}` line per article; eventId is null for an article that is not about KZ–CN relations
  const events = new Set<string>();
  for (const line of child.stdout.split('\n')) {
    if (line.trim() === '') continue;
    const { eventId } = JSON.parse(line) as { eventId: string | null };
    if (eventId !== null) events.add(eventId);
  }
  return { ...usage, wallS, events: events.size };
}

/** Rows: the `cluster` command at 20,000 articles, median (min–max) of 3 fresh processes (1 with --quick). */
export async function run(): Promise<Record<string, string | number>[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-command-'));
  try {
    const file = join(dir, 'articles.jsonl');
    const lines = corpus(SIZE).map((a) => JSON.stringify({ id: a.id, html: a.html, published: a.published }));
    writeFileSync(file, `${lines.join('\n')}\n`);
    const runs = Array.from({ length: roundCount() }, () => once(file));
    const peak = Math.max(...runs.map((r) => r.maxRssMb));
    const cpu = spread(runs.map((r) => r.cpuS));
    return [
      {
        command: `cluster, ${SIZE.toLocaleString('en')} articles`,
        'wall s': fmt(spread(runs.map((r) => r.wallS)), 1),
        'CPU s': fmt(cpu, 1),
        'articles/CPU-s (median)': Math.round(SIZE / cpu.median),
        events: runs[0]?.events ?? 0,
        'peak RSS MB': fmt(spread(runs.map((r) => r.maxRssMb))),
        [`goal < ${GOAL_MB} MB`]: peak < GOAL_MB ? 'met' : 'not met',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
