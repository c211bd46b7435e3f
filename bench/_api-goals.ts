/**
 * Issue 18's API goals checked against one run of the API bench (bench/run.ts skips files starting with "_"):
 * each goal is a row with what was measured (medians over the rounds) and whether it holds.
 */
import { spread } from './_stats.ts';

/** One cell's result, as the client process reports it. */
export interface CellResult {
  label: string;
  path: string;
  clients: number;
  requests: number;
  errors: number;
  timeouts: number;
  rps: number;
  p50: number;
  p99: number;
  /** Server CPU (user + system) per request, ms. */
  cpuMsPerReq: number;
  /** Requests per second one fully used server core would answer at that cost. */
  rpsPerCore: number;
}

/** What a list route's first page held. */
export interface PageShape {
  items: number;
  cursor: boolean;
}

/**
 * Issue 18: list routes at 2× the outside measurement's throughput per core. It measured 200–290 req/s at 50
 * clients with handler and embedded store on one core; 2× its middle (≈ 250) is 500.
 */
const PER_CORE_GOAL = 500;

/** The default page size of the list routes. */
const LIMIT = 20;

/** Median over the rounds of one measure of one route at one concurrency. */
function median(results: CellResult[], path: string, clients: number, of: (r: CellResult) => number): number {
  return spread(results.filter((r) => r.path === path && r.clients === clients).map(of)).median;
}

/** The goal rows of one store size. */
export function goalRows(
  total: number,
  cache: string,
  routes: string[],
  results: CellResult[],
  shapes: Map<string, PageShape>,
): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = [];
  const goal = (text: string, measured: string, met: boolean) =>
    rows.push({ route: `goal: ${text}`, events: total, cache, measured, met: met ? 'yes' : 'NO' });
  const fig = '/figures?metric=trade_turnover';
  const f1 = median(results, fig, 1, (r) => r.p99);
  const f10 = median(results, fig, 10, (r) => r.p99);
  goal('/figures p99 < 20 ms at 1 client', `${f1.toFixed(1)} ms`, f1 < 20);
  goal('/figures p99 < 100 ms at 10 clients', `${f10.toFixed(1)} ms`, f10 < 100);
  const single = routes.map((p) => ({ p, v: median(results, p, 1, (r) => r.p99) })).sort((a, b) => b.v - a.v);
  const worst = single[0];
  goal(
    'single-client p99 < 20 ms on every route',
    `worst ${worst?.p} ${worst?.v.toFixed(1)} ms`,
    (worst?.v ?? 0) < 20,
  );
  // A filtered first page must be full or the end: a short page with a cursor sends clients paging on.
  const short = [...shapes]
    .filter(([p, s]) => p.includes('?') && s.cursor && s.items < LIMIT)
    .map(([p]) => p);
  goal(
    'filtered pages full or an honest end',
    short.length ? `short with a cursor: ${short.join(' ')}` : 'all',
    short.length === 0,
  );
  const lists = routes.filter((p) => shapes.has(p) && p !== '/sources');
  // Per server core (its CPU time per request), not wall req/s: on a machine shared with other work the wall
  // figure measures the other work; the CPU cost of a request does not depend on it.
  const slowest = lists
    .map((p) => ({
      p,
      v: median(results, p, 50, (r) => r.rpsPerCore),
      wall: median(results, p, 50, (r) => r.rps),
    }))
    .sort((a, b) => a.v - b.v)[0];
  goal(
    `list routes ≥ ${PER_CORE_GOAL} req/s per server core at 50 clients (2× the outside measurement)`,
    `slowest ${slowest?.p} ${slowest?.v.toFixed(0)} req/s per core (${slowest?.wall.toFixed(0)} req/s wall)`,
    (slowest?.v ?? 0) >= PER_CORE_GOAL,
  );
  return rows;
}
