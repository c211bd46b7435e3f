/**
 * The API bench's load generator, run as its OWN process (bench/api.ts spawns it) so that the client's work never
 * shares an event loop with the server or its store: an autocannon-like closed loop on node:http with keep-alive.
 * Input: one JSON argument `{ base, cells: [{ path, clients, ms, label }] }`; output: one JSON line per cell on
 * stdout `{ label, path, clients, requests, errors, timeouts, seconds, rps, p50, p99, cpuMsPerReq, rpsPerCore }`
 * (the last two from the server's CPU time, read from /proc when `serverPid` is given).
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { pct } from './_stats.ts';

/** Clock ticks per second of /proc (USER_HZ: 100 on Linux x86 and arm). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, ms) the server process has used so far, from /proc/<pid>/stat; NaN where there is no
 * /proc. Per request it is the cost that does not depend on how loaded the machine is (wall times do).
 */
function serverCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** One measurement: `clients` concurrent loops on one route for `ms` milliseconds. */
interface Cell {
  path: string;
  clients: number;
  ms: number;
  label: string;
}

/**
 * A request unanswered this long counts as a timeout. Long on purpose: a cell ends only when the server has
 * answered all its requests, so an abandoned backlog of a slow route never lands in the next route's figures.
 */
const TAIL_LIMIT_MS = 180_000;

/** One GET; resolves with its status (0 on a socket error) after the whole body has been read. */
function get(agent: Agent, base: URL, path: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      { host: base.hostname, port: base.port, path, agent, headers: { accept: 'application/json' } },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(0));
      },
    );
    req.setTimeout(TAIL_LIMIT_MS, () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}

/**
 * Runs one cell: each client sends its next request when the previous one is answered (a closed loop, like
 * autocannon's connections), until the window ends; answers still in flight are waited for and counted, so a
 * slow route's queueing shows in p99 instead of being cut off.
 */
async function measure(base: URL, cell: Cell, serverPid?: number) {
  const cpu0 = serverCpuMs(serverPid);
  const agent = new Agent({ keepAlive: true, maxSockets: cell.clients });
  const samples: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + cell.ms;
  let last = started;
  const loop = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      const status = await get(agent, base, cell.path);
      last = performance.now();
      samples.push(last - t);
      if (status < 200 || status >= 400) errors++;
    }
  };
  await Promise.all(Array.from({ length: cell.clients }, loop));
  agent.destroy();
  const cpuMs = serverCpuMs(serverPid) - cpu0;
  samples.sort((a, b) => a - b);
  const seconds = (last - started) / 1000;
  return {
    label: cell.label,
    path: cell.path,
    clients: cell.clients,
    requests: samples.length,
    errors,
    timeouts: samples.filter((s) => s >= TAIL_LIMIT_MS).length,
    seconds: Number(seconds.toFixed(2)),
    rps: Number((samples.length / seconds).toFixed(1)),
    p50: Number(pct(samples, 50).toFixed(2)),
    p99: Number(pct(samples, 99).toFixed(2)),
    // the server's CPU per request, and what one fully used core would answer at that cost
    cpuMsPerReq: Number((cpuMs / samples.length).toFixed(2)),
    rpsPerCore: Number(((samples.length * 1000) / cpuMs).toFixed(1)),
  };
}

const input = JSON.parse(process.argv[2] ?? '{}') as { base: string; serverPid?: number; cells: Cell[] };
const base = new URL(input.base);
for (const cell of input.cells)
  process.stdout.write(`${JSON.stringify(await measure(base, cell, input.serverPid))}\n`);
