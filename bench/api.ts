import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStackState } from '../shared/local/state.ts';
import { createStore } from '../shared/store/dynamo-store.ts';
import { makeEvent } from '../tests/helpers/events.ts';
import { fmt, load, quick, roundCount, spread } from './_stats.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Every route a reader uses, filters included (a filter that matches nothing is the worst case for a store
 * that filters one page at a time). `ev_000001` is the first seeded event.
 */
export const ROUTES = [
  '/events',
  '/events?limit=100',
  '/events?kind=visit',
  '/events?participant=Wang%20Yi',
  '/events?participant=Nobody',
  '/events?from=2026-01-01&to=2026-03-31',
  '/events?hasAgreement=true',
  '/events?docType=memorandum',
  '/events/ev_000001',
  '/agreements',
  '/figures?metric=trade_turnover',
  '/sources',
  '/health',
  '/events.rss',
];

/** Concurrent clients per measurement. */
export const CLIENTS = [1, 10, 50];

/** Store sizes: 10k always; 100k with `--100k` (BENCH_API_100K=1): seeding it takes minutes. BENCH_API_SIZES=1000,5000 for others. */
function sizes(): number[] {
  if (process.env.BENCH_API_SIZES) return process.env.BENCH_API_SIZES.split(',').map(Number);
  return process.env.BENCH_API_100K === '1' ? [10_000, 100_000] : [10_000];
}

/** Runs a node script with tsx; the child inherits stderr, so its failures are visible. */
function node(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/**
 * Starts the API exactly as `npm start` does (shared/cli `serve`: the local stack's store, server and handler,
 * whatever they are built on) on free ports over a fresh data folder, and waits for its state file.
 */
async function startServer(dataDir: string): Promise<{ child: ChildProcess; api: string; dynamo: string }> {
  const child = node(['shared/cli/main.ts', 'serve'], { DATA_DIR: dataDir, PORT: '0', SES_PORT: '0' });
  child.stdout?.resume();
  for (let i = 0; i < 600; i++) {
    const state = readStackState(dataDir);
    if (state)
      return { child, api: state.apiUrl.replace('localhost', '127.0.0.1'), dynamo: state.dynamoEndpoint };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the API server did not start (see its stderr above)');
}

/** Stops the server with one SIGTERM, as Ctrl-C would, and waits for it to exit. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 8000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Writes `total` events spread over two years into the server's store, through the store port. */
async function seed(endpoint: string, total: number): Promise<number> {
  const started = performance.now();
  const store = createStore({ tableName: 'kz-china-monitor', endpoint, region: 'us-east-1' });
  for (let i = 0; i < total; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, total - i) }, (_, k) =>
        store.createEvent(makeEvent(i + k + 1, { days: 730 })),
      ),
    );
  }
  return (performance.now() - started) / 1000;
}

/** A digest of the code that decides what a seeded store holds: a change there means seeding again. */
function storeCodeHash(): string {
  const h = createHash('sha256');
  for (const dir of ['shared/store', 'shared/domain']) {
    for (const f of readdirSync(join(ROOT, dir)).sort()) h.update(f).update(readFileSync(join(ROOT, dir, f)));
  }
  h.update(readFileSync(join(ROOT, 'tests/helpers/events.ts')));
  return h.digest('hex').slice(0, 12);
}

/**
 * A data folder holding `total` seeded events, seeded through a server started like `npm start` and kept in the
 * temp folder under a digest of the store code: 100k events take many minutes to write through dynalite, and
 * rounds of the bench should measure the API, not wait for seeding. Each measurement runs on a copy.
 */
async function seededStore(total: number): Promise<{ dir: string; note: string }> {
  const dir = join(tmpdir(), `kzcm-bench-store-${total}-${storeCodeHash()}`);
  const marker = join(dir, 'seeded.json');
  if (existsSync(marker)) {
    const { seconds } = JSON.parse(readFileSync(marker, 'utf8')) as { seconds: number };
    return { dir, note: `store of ${total} events reused (seeding took ${seconds.toFixed(0)} s)` };
  }
  rmSync(dir, { recursive: true, force: true });
  const server = await startServer(dir);
  let seconds: number;
  try {
    seconds = await seed(server.dynamo, total);
  } finally {
    await stopServer(server.child);
  }
  writeFileSync(marker, JSON.stringify({ total, seconds }));
  return { dir, note: `seeded ${total} events in ${seconds.toFixed(0)} s` };
}

/** One measurement of the client process. */
interface CellResult {
  label: string;
  path: string;
  clients: number;
  requests: number;
  errors: number;
  timeouts: number;
  rps: number;
  p50: number;
  p99: number;
}

/** Runs cells in the separate client process and collects its JSON lines. */
async function client(base: string, cells: object[]): Promise<CellResult[]> {
  const child = node(['bench/_api-client.ts', JSON.stringify({ base, cells })]);
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (out += d));
  const code = await new Promise((r) => child.once('exit', r));
  if (code !== 0) throw new Error(`the bench client exited with ${code}`);
  return out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as CellResult);
}

/** The rows of one store size: each route × clients, rounds interleaved so each round sees the load of its time. */
async function measureSize(total: number): Promise<Record<string, string | number>[]> {
  const seeded = await seededStore(total);
  const dataDir = mkdtempSync(join(tmpdir(), 'kzcm-bench-api-'));
  cpSync(seeded.dir, dataDir, { recursive: true });
  const server = await startServer(dataDir);
  try {
    const ms = quick() ? 400 : 1000;
    // Warm-up: every route at 10 clients, unmeasured (JIT, connection pools, the store's first reads).
    await client(
      server.api,
      ROUTES.map((path) => ({ path, clients: 10, ms: 300, label: 'warm-up' })),
    );
    const cells = [];
    for (let r = 0; r < roundCount(); r++)
      for (const path of ROUTES)
        for (const clients of CLIENTS) cells.push({ path, clients, ms, label: `round ${r}` });
    const results = await client(server.api, cells);
    const rows: Record<string, string | number>[] = [];
    for (const path of ROUTES) {
      for (const clients of CLIENTS) {
        const mine = results.filter((x) => x.path === path && x.clients === clients);
        rows.push({
          route: path,
          events: total,
          clients,
          'req/s': fmt(spread(mine.map((x) => x.rps))),
          'p50 ms': fmt(spread(mine.map((x) => x.p50)), 1),
          'p99 ms': fmt(spread(mine.map((x) => x.p99)), 1),
          'errors/timeouts': mine.reduce((a, x) => a + x.errors + x.timeouts, 0),
        });
      }
    }
    rows.push({ route: seeded.note, events: total, clients: `load ${load()}` });
    return rows;
  } finally {
    await stopServer(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * HTTP API under load: the server runs as `npm start` runs it (its own process: local stack, embedded store on
 * disk), a SEPARATE client process drives 1/10/50 concurrent keep-alive clients over every route, 3 rounds
 * (1 with --quick) after a warm-up. Cells show `median (min–max)` over the rounds. 10k events; 100k with --100k.
 */
export async function run(): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  for (const total of sizes()) rows.push(...(await measureSize(total)));
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await run());
