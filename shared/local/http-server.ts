import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { getRequestListener } from '@hono/node-server';
import { json, MAX_BODY, tooLargeResponse } from '../api/http.ts';
import { ConfigError } from '../errors.ts';

/** Beyond this much an oversized body is not even read to be dropped: the connection is closed. */
const DISCARD_LIMIT = 16 * 1024 * 1024;

/** Anything with a web-standard `fetch` (a Hono app). */
export interface FetchApp {
  fetch(request: Request, env?: unknown): Response | Promise<Response>;
}

/** Answers 413 in the API's JSON error shape; `close` ends the connection after the answer. */
async function tooLarge(res: ServerResponse, close: boolean): Promise<void> {
  if (res.headersSent) return;
  const out = tooLargeResponse();
  const headers = Object.fromEntries(out.headers);
  res.writeHead(413, { ...headers, ...(close ? { connection: 'close' } : {}) }).end(await out.text());
}

/** Whether a request carries a body to read (a GET without one is handed on untouched). */
function hasBody(req: IncomingMessage): boolean {
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
}

/**
 * The request with its body read already: a stream over the bytes, carrying the original's line, headers and
 * socket, which is all `@hono/node-server` reads from it.
 */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  // The bytes are no longer chunked: the transfer coding goes, the rest of the header block stays as sent.
  const { 'transfer-encoding': _chunked, ...headers } = req.headers;
  const rawHeaders: string[] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const [name, value] = [req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? ''];
    if (!/^transfer-encoding$/i.test(name)) rawHeaders.push(name, value);
  }
  return Object.assign(Readable.from(body.length > 0 ? [body] : []), {
    headers,
    rawHeaders,
    method: req.method,
    url: req.url,
    socket: req.socket,
    httpVersion: req.httpVersion,
    complete: true,
  }) as unknown as IncomingMessage;
}

/**
 * Serves a web-standard app over HTTP with `@hono/node-server`, as the Lambda serves it behind API Gateway
 * (`c.env.incoming` gives routes the socket's address). Resolves once listening; a port in use rejects with a
 * one-line ConfigError.
 */
export async function serveApi(
  app: FetchApp,
  opts: { port: number; host?: string },
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const listener = getRequestListener((req, env) => app.fetch(req, env), {
    // Bodies arrive already read (below): there is nothing left to drain.
    autoCleanupIncoming: false,
    // A request line that is no URL (`//%00`, a bad Host) is the client's mistake, answered in the API's shape.
    errorHandler: () =>
      json(400, { error: { code: 'bad_request', message: 'malformed request', field: null } }),
  });
  const server = createServer((req, res) => {
    if (!hasBody(req)) return void listener(req, res);
    // A body that cannot be read cheaply even to discard it: answer at once and close after the answer.
    if (Number(req.headers['content-length'] ?? 0) > DISCARD_LIMIT) return void tooLarge(res, true);
    // Bodies are read whole before the app runs: an answer sent mid-upload (a 413) leaves Node's connection
    // stalled or reset, so the client would never see it. Beyond MAX_BODY the bytes are read and dropped.
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
      else if (size > DISCARD_LIMIT) {
        void tooLarge(res, true);
        req.destroy();
      }
    });
    req.on('end', () => {
      if (res.writableEnded || res.headersSent) return;
      if (size > MAX_BODY) return void tooLarge(res, false);
      void listener(replay(req, Buffer.concat(chunks)), res);
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
