import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type ApiRequest, type ApiResponse, MAX_BODY, tooLargeResponse } from '../api/http.ts';
import { ConfigError } from '../errors.ts';

/** Beyond this much an oversized body is not even read to be dropped: the connection is closed. */
const DISCARD_LIMIT = 16 * 1024 * 1024;

/** Answers 413 with the API's JSON error shape; `close` ends the connection after the answer. */
function tooLarge(res: ServerResponse, close: boolean): void {
  if (res.headersSent) return;
  const out = tooLargeResponse();
  res.writeHead(413, { ...out.headers, ...(close ? { connection: 'close' } : {}) }).end(out.body);
}

/** Turns a Node request into the API Gateway HTTP API (payload 2.0) event the Lambda receives. */
export function toApiRequest(req: IncomingMessage, body: string): ApiRequest {
  // Split by hand: `new URL('//%00', base)` reads `//…` as a host and throws, and a client controls this string.
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  const rawPath = q < 0 ? raw : raw.slice(0, q);
  const url = {
    pathname: rawPath.startsWith('/') ? rawPath : `/${rawPath}`,
    search: q < 0 ? '' : raw.slice(q),
    searchParams: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)),
  };
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
    const declared = Number(req.headers['content-length'] ?? 0);
    // A body that cannot be read cheaply even to discard it: answer at once and close after the answer.
    if (declared > DISCARD_LIMIT) return tooLarge(res, true);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
      else if (size > DISCARD_LIMIT) {
        tooLarge(res, true);
        req.destroy();
      }
    });
    req.on('end', () => {
      if (res.writableEnded) return;
      // The oversized body was read to the end and dropped, so the client is listening when the 413 comes
      // (answering mid-upload and closing would show it ECONNRESET instead).
      if (size > MAX_BODY) return tooLarge(res, false);
      Promise.resolve()
        .then(() => handler(toApiRequest(req, Buffer.concat(chunks).toString('utf8'))))
        .then((out) => {
          res.writeHead(out.statusCode, out.headers);
          res.end(out.body ?? '');
        })
        .catch(() => {
          // The handler maps its own errors; reaching here means a bug, and the client still gets an answer.
          if (res.headersSent) return void res.destroy();
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
