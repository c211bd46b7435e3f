import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { ApiRequest, ApiResponse } from '../api/http.ts';
import { ConfigError } from '../errors.ts';

/** Largest request body the local server accepts (the API only takes small JSON bodies). */
const MAX_BODY = 64 * 1024;

/** Turns a Node request into the API Gateway HTTP API (payload 2.0) event the Lambda receives. */
export function toApiRequest(req: IncomingMessage, body: string): ApiRequest {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(',') : v;
  const query: Record<string, string> = {};
  // API Gateway joins repeated parameters with commas; do the same.
  for (const [k, v] of url.searchParams) query[k] = k in query ? `${query[k]},${v}` : v;
  const method = (req.method ?? 'GET').toUpperCase();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: Object.keys(query).length > 0 ? query : undefined,
    body: body || undefined,
    isBase64Encoded: false,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: req.socket.remoteAddress ?? '',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
  } as ApiRequest;
}

/**
 * Serves an API handler over HTTP, as API Gateway would. Resolves once listening; a port in use rejects with
 * a one-line ConfigError.
 */
export async function serveApi(
  handler: (req: ApiRequest) => Promise<ApiResponse>,
  opts: { port: number; host?: string },
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        res
          .writeHead(413, { 'content-type': 'application/json' })
          .end('{"error":{"code":"too_large","message":"body too large","field":null}}');
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (res.writableEnded) return;
      handler(toApiRequest(req, Buffer.concat(chunks).toString('utf8')))
        .then((out) => {
          res.writeHead(out.statusCode, out.headers);
          res.end(out.body ?? '');
        })
        .catch(() => {
          // The handler maps its own errors; reaching here means a bug, and the client still gets an answer.
          res
            .writeHead(500, { 'content-type': 'application/json' })
            .end('{"error":{"code":"internal","message":"internal error","field":null}}');
        });
    });
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new ConfigError(`port ${opts.port} is already in use (set PORT to another port)`, { cause: err })
          : err,
      ),
    );
    server.listen(opts.port, host, () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
