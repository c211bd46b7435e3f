import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../errors.ts';

/** A running aws-ses-v2-local. */
export interface LocalSes {
  /** Base URL for the SES client's `endpoint` and for `GET /store`, e.g. `http://127.0.0.1:8005`. */
  endpoint: string;
  port: number;
  close(): Promise<void>;
}

type StartFn = (config?: { host?: string; port?: number }) => Promise<Server>;

/* The package is CommonJS with `exports.default`; depending on the loader (tsx, vitest, esbuild bundle) the
   dynamic import exposes the function as `default` or as `default.default`. */
async function loadStart(): Promise<StartFn> {
  const m = (await import('aws-ses-v2-local')) as unknown as { default?: unknown };
  const first = m.default ?? m;
  const start = typeof first === 'function' ? first : (first as { default?: unknown }).default;
  if (typeof start !== 'function') throw new ConfigError('aws-ses-v2-local exports no start function');
  return start as StartFn;
}

/**
 * Starts aws-ses-v2-local in this process. `port` 0 picks a free port; `host` defaults to 127.0.0.1 (the
 * package's own default listens on all interfaces). A port already in use rejects with a ConfigError naming
 * it. Note the package keeps its mail store at module scope: two instances in one process share it.
 */
export async function startLocalSes(opts: { port: number; host?: string }): Promise<LocalSes> {
  const host = opts.host ?? '127.0.0.1';
  const start = await loadStart();
  const server = await start({ host, port: opts.port });
  // The package resolves even when listen fails (Express 5 hands the error to its callback, which ignores
  // it), so a port in use shows up as a server that is not listening.
  if (!server.listening) {
    throw new ConfigError(`cannot start the local SES on ${host}:${opts.port}: port ${opts.port} is in use`);
  }
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    endpoint: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
