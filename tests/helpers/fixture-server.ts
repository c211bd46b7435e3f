import type http from 'node:http';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import {
  createFixtureHandler,
  type FixtureServer,
  listen,
  logicalUrl,
} from '../../shared/fetch/fixture-server.ts';

/** A hostile or scripted answer for one logical URL. `times` limits it to the first N hits, then fixtures. */
export type Behaviour =
  | { kind: 'status'; status: number; times?: number }
  | { kind: 'reset'; times?: number }
  | { kind: 'hang' }
  | { kind: 'trickle'; everyMs: number }
  | { kind: 'body'; body: string | Buffer; headers?: Record<string, string> }
  | { kind: 'redirect'; to: string; status?: number }
  | { kind: 'gzip-bomb'; bytes: number };

/** The recorded site fixtures. */
export const SITES_ROOT = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));

/** A test server: fixtures plus a route table, with per-URL hit counts and the request headers seen. */
export interface TestServer extends FixtureServer {
  hits(url: string): number;
  requests: Array<{ url: string; headers: http.IncomingHttpHeaders }>;
  /** Highest number of requests in flight at once, per logical host. */
  maxInFlight: Map<string, number>;
}

/** Starts the fixture server with test-only hostile behaviours for the URLs in `routes`. */
export async function startTestServer(routes: Record<string, Behaviour> = {}): Promise<TestServer> {
  const fixtures = createFixtureHandler(SITES_ROOT);
  const hits = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const maxInFlight = new Map<string, number>();
  const requests: TestServer['requests'] = [];

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = logicalUrl(req.url ?? '/') ?? '';
    const host = url ? new URL(url).host : '';
    const n = (hits.get(url) ?? 0) + 1;
    hits.set(url, n);
    requests.push({ url, headers: req.headers });
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
    maxInFlight.set(host, Math.max(maxInFlight.get(host) ?? 0, inFlight.get(host) ?? 0));
    res.on('close', () => inFlight.set(host, (inFlight.get(host) ?? 1) - 1));
    const b = routes[url];
    const active = b && (!('times' in b) || b.times === undefined || n <= b.times);
    if (!b || !active) return fixtures(req, res);
    switch (b.kind) {
      case 'status':
        res.writeHead(b.status, { 'content-type': 'text/html' }).end(`<h1>${b.status}</h1>`);
        return;
      case 'reset':
        req.socket.destroy();
        return;
      case 'hang':
        return; // never answers; the client's timeout must fire
      case 'trickle': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const t = setInterval(() => res.write('.'), b.everyMs);
        res.on('close', () => clearInterval(t));
        return;
      }
      case 'body':
        res
          .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', ...b.headers })
          .end(b.body);
        return;
      case 'redirect':
        res.writeHead(b.status ?? 302, { location: b.to }).end();
        return;
      case 'gzip-bomb': {
        const gz = zlib.gzipSync(Buffer.alloc(b.bytes, 0x20), { level: 9 });
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gz);
        return;
      }
    }
  };
  const server = await listen(handler);
  return { ...server, hits: (u) => hits.get(u) ?? 0, requests, maxInFlight };
}
