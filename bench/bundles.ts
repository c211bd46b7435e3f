import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import {
  BUNDLE_BUDGET_BYTES,
  esbuildOptions,
  FUNCTION_ENTRIES,
  type FunctionName,
} from '../infra/bundling.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Inside the repository so that the bundles' external `@aws-sdk/*` imports resolve as on Lambda. */
const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'kz-bundles');
/** Fresh-process imports per handler; the median is reported. */
const COLD_STARTS = 5;

/** What a handler's module scope may read at import time, with dummy values as on a configured Lambda. */
const LAMBDA_ENV: Record<string, string> = {
  AWS_REGION: 'eu-central-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_LAMBDA_FUNCTION_NAME: 'bench',
  TABLE_NAME: 'bench-table',
  QUEUE_URL: 'https://sqs.eu-central-1.amazonaws.com/000000000000/bench',
  SENDER_EMAIL: 'alerts@example.com',
  OPERATOR_EMAIL: 'operator@example.com',
  SES_CONFIGURATION_SET: 'bench',
  API_BASE_URL: 'https://api.example.com',
  POWERTOOLS_SERVICE_NAME: 'kz-china-monitor',
  POWERTOOLS_METRICS_NAMESPACE: 'KzChinaMonitor',
};

/** Bundles one handler exactly as the stack does; returns the path of the `.mjs`. */
async function bundle(name: FunctionName): Promise<string> {
  const outfile = join(OUT_DIR, name, 'index.mjs');
  await build({ ...esbuildOptions(name, ROOT), outfile });
  return outfile;
}

/**
 * Milliseconds to import the bundle in a fresh `node` process (Lambda's "Init" phase minus the runtime's
 * own start): timed inside the child around `import()`, so Node's own start-up is not counted.
 */
function importMs(file: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(`file://${file}`)}); process.stdout.write(String(performance.now() - t));`;
  const res = spawnSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', ...LAMBDA_ENV },
    encoding: 'utf8',
  });
  if (res.status !== 0)
    throw new Error(res.stderr.split('\n').find((l) => l.includes('Error')) ?? res.stderr);
  return Number(res.stdout);
}

/** Median of a small sample. */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** Size and cold-import time of each Lambda bundle, against the size budgets of infra/bundling.ts. */
export async function run(): Promise<Record<string, string | number>[]> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const rows: Record<string, string | number>[] = [];
  for (const name of Object.keys(FUNCTION_ENTRIES) as FunctionName[]) {
    try {
      const file = await bundle(name);
      const bytes = statSync(file).size;
      const budget = BUNDLE_BUDGET_BYTES[name];
      const samples = Array.from({ length: COLD_STARTS }, () => importMs(file));
      rows.push({
        handler: name,
        kb: +(bytes / 1024).toFixed(1),
        gzip_kb: +(gzipSync(readFileSync(file)).length / 1024).toFixed(1),
        map_kb: +(statSync(`${file}.map`).size / 1024).toFixed(1),
        budget_kb: budget ? budget / 1024 : '-',
        within_budget: budget ? String(bytes <= budget) : '-',
        import_ms_median: +median(samples).toFixed(1),
        import_ms_max: +Math.max(...samples).toFixed(1),
      });
    } catch (err) {
      rows.push({ handler: name, error: err instanceof Error ? err.message.slice(0, 160) : String(err) });
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await run());
