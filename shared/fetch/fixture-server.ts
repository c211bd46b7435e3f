import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { type AddressInfo, isIP } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { findFixture } from './fixture-map.ts';

/** A running fixture server. */
export interface FixtureServer {
  baseUrl: string;
  /** Maps `https://HOST/PATH?Q` to `BASE/HOST/PATH?Q` on this server; loopback URLs pass unchanged. */
  rewrite: (url: string) => string;
  close(): Promise<void>;
}

/** Whether a URL hostname is this machine: `localhost`, 127.0.0.0/8 or ::1 (IPv4-mapped forms included). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (!isIP(h)) return false;
  const ip = ipaddr.process(h);
  return ip.range() === 'loopback';
}

/** The URL rewrite that sends real-site URLs to a fixture server at `baseUrl`. */
export function makeRewrite(baseUrl: string): (url: string) => string {
  return (url) => {
    if (url.startsWith(`${baseUrl}/`)) return url;
    const u = new URL(url);
    // A loopback URL is already local (a dev server, a test double): sending it to the fixture tree would
    // only produce a misleading 404 that names the fixture server.
    if (isLoopbackHost(u.hostname)) return url;
    return `${baseUrl}/${u.host}${u.pathname}${u.search}`;
  };
}

/** The real-site URL a fixture-server request stands for: `/HOST/PATH?Q` → `https://HOST/PATH?Q`. */
export function logicalUrl(reqUrl: string): string | null {
  const m = /^\/([^/?#]+)(\/[^#]*)?$/.exec(reqUrl);
  if (!m?.[1]) return null;
  try {
    return new URL(`https://${m[1]}${m[2] ?? '/'}`).href;
  } catch {
    return null;
  }
}

function defaultContentType(file: string, body: Buffer): string {
  const ext = path.extname(file);
  if (ext === '.json') return 'application/json; charset=utf-8';
  const head = body.subarray(0, 200).toString('latin1').trimStart();
  if (ext === '.xml' || /^<\?xml|^<rss/.test(head)) return 'application/rss+xml';
  // No charset: the client must find it in the document (meta / BOM), as on many real sites.
  return 'text/html';
}

/** Sidecar `<file>.headers.json`: response headers, plus an optional numeric `status`. */
async function sidecar(file: string): Promise<{ status: number; headers: Record<string, string> }> {
  const text = await readFile(`${file}.headers.json`, 'utf8').catch(() => null);
  if (text === null) return { status: 200, headers: {} };
  const raw = JSON.parse(text) as Record<string, string | number>;
  const headers: Record<string, string> = {};
  let status = 200;
  for (const [k, v] of Object.entries(raw)) {
    if (k === 'status') status = Number(v);
    else headers[k.toLowerCase()] = String(v);
  }
  return { status, headers };
}

/**
 * A request handler serving the fixture tree: finds the file for the logical URL (see fixture-map.ts),
 * applies its sidecar headers, sends ETag (sidecar or content hash) and Last-Modified, answers 304 to a
 * matching If-None-Match / If-Modified-Since, gzips when asked, and answers 404 otherwise.
 */
export function createFixtureHandler(
  root: string,
): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> {
  return async (req, res) => {
    const url = logicalUrl(req.url ?? '/');
    const file = url ? await findFixture(root, url) : null;
    if (!file || req.method !== 'GET') {
      res.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    const body = await readFile(file);
    const side = await sidecar(file);
    const headers: Record<string, string> = {
      'content-type': defaultContentType(file, body),
      etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`,
      ...side.headers,
    };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const etagHit = inm?.split(/\s*,\s*/).some((t) => t === headers.etag || t === '*') ?? false;
    const lm = headers['last-modified'];
    const dateHit =
      inm === undefined && ims !== undefined && lm !== undefined && Date.parse(ims) >= Date.parse(lm);
    if (side.status === 200 && (etagHit || dateHit)) {
      res.writeHead(304, { etag: headers.etag ?? '', ...(lm ? { 'last-modified': lm } : {}) }).end();
      return;
    }
    if (side.status !== 200 || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(side.status, { ...headers, 'content-length': String(body.length) }).end(body);
      return;
    }
    const gz = zlib.gzipSync(body);
    res
      .writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': String(gz.length) })
      .end(gz);
  };
}

/** Starts an HTTP server with `handler` on host:port (port 0 = any free port). */
export async function listen(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void,
  host = '127.0.0.1',
  port = 0,
): Promise<FixtureServer> {
  const server = http.createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${addr.port}`;
  return {
    baseUrl,
    rewrite: makeRewrite(baseUrl),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Serves the recorded site fixtures under `root` on loopback (default 127.0.0.1, any free port). Used by
 * the tests and by `npm start -- --offline`, whose HTTP client gets `rewrite` and `allowPrivate: true`.
 */
export async function startFixtureServer(opts: {
  root: string;
  port?: number;
  host?: string;
}): Promise<FixtureServer> {
  return listen(createFixtureHandler(path.resolve(opts.root)), opts.host ?? '127.0.0.1', opts.port ?? 0);
}
