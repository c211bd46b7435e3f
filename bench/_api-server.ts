/**
 * The API bench's server side (bench/run.ts skips files starting with "_"): the API started as `npm start`
 * starts it, in its own process, over a data folder seeded once and reused while the store code is unchanged.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStackState } from '../shared/local/state.ts';
import { createStore } from '../shared/store/dynamo-store.ts';
import { makeEvent } from '../tests/helpers/events.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs a node script with tsx; the child inherits stderr, so its failures are visible. */
export function node(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
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
export async function startServer(
  dataDir: string,
  opts: { profileDir?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ child: ChildProcess; api: string; dynamo: string }> {
  // BENCH_API_PROFILE=<dir>: a V8 CPU profile of the server process, written when it stops (where time goes).
  const prof = opts.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.profileDir}`] : [];
  const child = node([...prof, 'shared/cli/main.ts', 'serve'], {
    DATA_DIR: dataDir,
    PORT: '0',
    SES_PORT: '0',
    ...opts.env,
  });
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
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 8000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/**
 * Writes `total` events spread over two years into the server's store with the store's bulk load: the very items
 * `createEvent` writes (the store's own item builders), in BatchWriteItem calls, 1,000 events at a time.
 */
async function seed(endpoint: string, total: number): Promise<number> {
  const started = performance.now();
  const store = createStore({ tableName: 'kz-china-monitor', endpoint, region: 'us-east-1' });
  try {
    for (let i = 0; i < total; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, total - i) }, (_, k) =>
        makeEvent(i + k + 1, { days: 730 }),
      );
      await store.bulkLoadEvents(batch);
      if ((i + 1000) % 10_000 === 0) process.stderr.write(`  seeded ${i + 1000} events\n`);
    }
  } finally {
    store.destroy();
  }
  return (performance.now() - started) / 1000;
}

/** A digest of the code that decides what a seeded store holds: a change there means seeding again. */
function storeCodeHash(): string {
  const h = createHash('sha256');
  for (const dir of ['shared/store', 'shared/domain']) {
    // Recursive and files only: the store code may grow sub-folders.
    const files = readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const f of files) h.update(f.slice(ROOT.length)).update(readFileSync(f));
  }
  h.update(readFileSync(join(ROOT, 'tests/helpers/events.ts')));
  return h.digest('hex').slice(0, 12);
}

/**
 * A data folder holding `total` seeded events, seeded through a server started like `npm start` and kept in the
 * temp folder under a digest of the store code: 100k events take many minutes to write through dynalite, and
 * rounds of the bench should measure the API, not wait for seeding. Each measurement runs on a copy.
 * BENCH_API_RESEED=1 seeds again (e.g. after a change outside shared/store that changes what is stored).
 */
export async function seededStore(total: number): Promise<{ dir: string; note: string }> {
  // BENCH_API_STORE=<dir>: reuse a seeded folder made by other store code, for changes that only touch read
  // paths (what is stored stays the same; re-seeding 10k events takes minutes on a loaded machine).
  const given = process.env.BENCH_API_STORE;
  const dir = given ?? join(tmpdir(), `kzcm-bench-store-${total}-${storeCodeHash()}`);
  const marker = join(dir, 'seeded.json');
  if (existsSync(marker) && process.env.BENCH_API_RESEED !== '1') {
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
