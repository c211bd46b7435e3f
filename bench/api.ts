import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CellResult, goalRows, type PageShape } from './_api-goals.ts';
import { node, seededStore, startServer, stopServer } from './_api-server.ts';
import { fmt, load, quick, roundCount, spread } from './_stats.ts';

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

/** A comma-separated env list, or the default: BENCH_API_ROUTES / BENCH_API_CLIENTS narrow a run (profiling). */
function pick<T>(name: string, all: T[], parse: (s: string) => T): T[] {
  const raw = process.env[name];
  return raw ? raw.split(',').map(parse) : all;
}

/**
 * The list cache's modes (shared/api/list-cache.ts): `on` is the server as configured by default (API_LIST_CACHE_MS
 * unset: the list version re-read at most every second), `off` computes every answer (API_LIST_CACHE_MS=off), so
 * readers see what the cache buys and what a request costs when it misses. BENCH_API_CACHE=on or off narrows a run.
 */
export const CACHE_MODES: Array<{ name: 'on' | 'off'; env: NodeJS.ProcessEnv }> = [
  { name: 'on', env: { API_LIST_CACHE_MS: '' } },
  { name: 'off', env: { API_LIST_CACHE_MS: 'off' } },
];

/** Store sizes: 10k always; 100k with `--100k` (BENCH_API_100K=1): seeding it takes minutes. BENCH_API_SIZES=1000,5000 for others. */
function sizes(): number[] {
  if (process.env.BENCH_API_SIZES) return process.env.BENCH_API_SIZES.split(',').map(Number);
  return process.env.BENCH_API_100K === '1' ? [10_000, 100_000] : [10_000];
}

/**
 * What each list route's first page holds, `items/cursor`: a filtered route answering 0 items and a cursor
 * makes a client page through the whole table to learn there is nothing, however fast each page is.
 */
async function pageShapes(base: string): Promise<Map<string, PageShape>> {
  const out = new Map<string, PageShape>();
  for (const path of ROUTES) {
    const res = await fetch(`${base}${path}`, { headers: { accept: 'application/json' } });
    const body = (await res.json().catch(() => null)) as { items?: unknown[]; cursor?: string | null } | null;
    if (body && Array.isArray(body.items)) out.set(path, { items: body.items.length, cursor: !!body.cursor });
  }
  return out;
}

/** A first page in a table cell: `20 items, cursor` or `3 items, end`. */
function pageText(shape: PageShape | undefined): string {
  return shape ? `${shape.items} items, ${shape.cursor ? 'cursor' : 'end'}` : '';
}

/** Runs cells in the separate client process and collects its JSON lines. */
async function client(base: string, cells: object[], serverPid?: number): Promise<CellResult[]> {
  const child = node(['bench/_api-client.ts', JSON.stringify({ base, serverPid, cells })]);
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

/**
 * The rows of one store size and cache mode: each route × clients, rounds interleaved so each round sees the load
 * of its time.
 */
async function measureSize(
  total: number,
  mode: (typeof CACHE_MODES)[number],
): Promise<Record<string, string | number>[]> {
  const routes = pick('BENCH_API_ROUTES', ROUTES, String);
  const clientCounts = pick('BENCH_API_CLIENTS', CLIENTS, Number);
  const seeded = await seededStore(total);
  const dataDir = mkdtempSync(join(tmpdir(), 'kzcm-bench-api-'));
  cpSync(seeded.dir, dataDir, { recursive: true });
  const started = load();
  const server = await startServer(dataDir, { profileDir: process.env.BENCH_API_PROFILE, env: mode.env });
  try {
    const ms = quick() ? 400 : 1000;
    // Warm-up: every route at 10 clients, unmeasured (JIT, connection pools, the store's first reads).
    await client(
      server.api,
      routes.map((path) => ({ path, clients: 10, ms: 300, label: 'warm-up' })),
    );
    const shapes = await pageShapes(server.api);
    const cells = [];
    for (let r = 0; r < roundCount(); r++)
      for (const path of routes)
        for (const clients of clientCounts) cells.push({ path, clients, ms, label: `round ${r}` });
    const results = await client(server.api, cells, server.child.pid);
    const rows: Record<string, string | number>[] = [];
    for (const path of routes) {
      for (const clients of clientCounts) {
        const mine = results.filter((x) => x.path === path && x.clients === clients);
        rows.push({
          route: path,
          events: total,
          cache: mode.name,
          clients,
          'req/s': fmt(spread(mine.map((x) => x.rps))),
          'p50 ms': fmt(spread(mine.map((x) => x.p50)), 1),
          'p99 ms': fmt(spread(mine.map((x) => x.p99)), 1),
          'server CPU ms/req': fmt(spread(mine.map((x) => x.cpuMsPerReq)), 2),
          'req/s per server core': fmt(spread(mine.map((x) => x.rpsPerCore))),
          'errors/timeouts': mine.reduce((a, x) => a + x.errors + x.timeouts, 0),
          'first page': pageText(shapes.get(path)),
        });
      }
    }
    rows.push(...goalRows(total, mode.name, routes, results, shapes));
    rows.push({
      route: seeded.note,
      events: total,
      cache: mode.name,
      clients: `load ${started} → ${load()}`,
    });
    return rows;
  } finally {
    await stopServer(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * HTTP API under load: the server runs as `npm start` runs it (its own process: local stack, embedded store on
 * disk), a SEPARATE client process drives 1/10/50 concurrent keep-alive clients over every route, 3 rounds
 * (1 with --quick) after a warm-up. Cells show `median (min–max)` over the rounds, with the server's CPU per
 * request read from /proc (the figure a loaded machine distorts least). 10k events; 100k with --100k. Each size
 * runs with the list cache on (the default server) and off (every answer computed: the cost of a miss).
 * Env: BENCH_API_ROUTES / BENCH_API_CLIENTS narrow a run, BENCH_API_PROFILE=<dir> writes a CPU profile of the
 * server, BENCH_API_STORE=<dir> reuses a seeded folder, BENCH_API_RESEED=1 seeds again, BENCH_API_CACHE=on|off
 * runs one cache mode.
 */
export async function run(): Promise<Record<string, string | number>[]> {
  const rows: Record<string, string | number>[] = [];
  const modes = CACHE_MODES.filter(
    (m) => !process.env.BENCH_API_CACHE || process.env.BENCH_API_CACHE === m.name,
  );
  for (const total of sizes()) for (const mode of modes) rows.push(...(await measureSize(total, mode)));
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await run());
