import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

/** The logical host of the hostile source; the client's rewrite sends it to this server. */
export const HOSTILE_HOST = 'hostile.test';

const SITES = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));
/** The recorded Times of Central Asia feed: what the hostile source serves when it is healthy. */
export const HEALTHY_FEED = readFileSync(`${SITES}timesca.com/feed/index.xml`);
/** A recorded Russian article page (Daryo), for the charset cases. */
export const RUSSIAN_PAGE = readFileSync(
  `${SITES}daryo.uz/ru/2025/04/26/kazahstan-i-kitay-otkroyut-genkonsulstvo-v-guanchzhou/index.html`,
);
/** A recorded English article page, served at /article/* when the source is healthy. */
export const HEALTHY_ARTICLE = readFileSync(
  `${SITES}timesca.com/kazakhstan-and-china-discuss-joint-projects/index.html`,
);

/** What one path answers. Streams are generated chunk by chunk: the test process never holds the whole body. */
export type Hostile =
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'trickle'; everyMs: number }
  | { kind: 'body'; body: Buffer | string; contentType: string }
  | {
      kind: 'stream';
      bytes: number;
      contentType: string;
      chunk: Buffer;
      head?: string;
      declareLength?: boolean;
    }
  | { kind: 'gzip-bomb'; bytes: number }
  | { kind: 'redirect'; to: string };

/** A hostile server: a mutable path → behaviour table; unset paths serve the healthy feed and article. */
export interface HostileServer {
  baseUrl: string;
  routes: Map<string, Hostile>;
  /** Sends hostile.test to this server, everything else to `fallback`. */
  rewrite(fallback: (url: string) => string): (url: string) => string;
  /** Requests seen per path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Writes `bytes` bytes of `chunk` repetitions with back-pressure, then ends. */
function pump(res: http.ServerResponse, out: NodeJS.WritableStream, bytes: number, chunk: Buffer): void {
  let left = bytes;
  const step = () => {
    while (left > 0) {
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= piece.length;
      if (!out.write(piece)) return void out.once('drain', step);
    }
    out.end();
  };
  res.on('close', () => {
    left = 0;
  });
  step();
}

function answer(b: Hostile, req: http.IncomingMessage, res: http.ServerResponse): void {
  switch (b.kind) {
    case 'status':
      res.writeHead(b.status, { 'content-type': 'text/html', ...b.headers }).end(`<h1>${b.status}</h1>`);
      break;
    case 'reset':
      req.socket.destroy();
      break;
    case 'hang':
      break; // never answers: the client's timeout must fire
    case 'trickle': {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      const t = setInterval(() => res.write(' '), b.everyMs);
      res.on('close', () => clearInterval(t));
      break;
    }
    case 'body':
      res.writeHead(200, { 'content-type': b.contentType }).end(b.body);
      break;
    case 'stream':
      res.writeHead(200, {
        'content-type': b.contentType,
        ...(b.declareLength ? { 'content-length': String(b.bytes + (b.head?.length ?? 0)) } : {}),
      });
      if (b.head) res.write(b.head);
      pump(res, res, b.bytes, b.chunk);
      break;
    case 'gzip-bomb': {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
      const gz = zlib.createGzip({ level: 9 });
      gz.pipe(res);
      pump(res, gz, b.bytes, Buffer.alloc(64 * 1024, 0x20));
      break;
    }
    case 'redirect':
      res.writeHead(302, { location: b.to }).end();
      break;
  }
}

/** Starts the hostile server on loopback. */
export async function startHostileServer(): Promise<HostileServer> {
  const routes = new Map<string, Hostile>();
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').replace(`/${HOSTILE_HOST}`, '');
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const b = routes.get(path);
    if (b) return answer(b, req, res);
    if (path === '/feed/')
      return void res
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
        .end(HEALTHY_FEED);
    if (path.startsWith('/article/'))
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HEALTHY_ARTICLE);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    routes,
    hits,
    rewrite: (fallback) => (url) => {
      const u = new URL(url);
      return u.host === HOSTILE_HOST ? `${baseUrl}/${HOSTILE_HOST}${u.pathname}${u.search}` : fallback(url);
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
