import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { FetchError } from '../errors.ts';
import { refusalReason } from './ssrf.ts';

/** Limits of one HTTP exchange. */
export interface ExchangeLimits {
  connectTimeoutMs: number;
  idleTimeoutMs: number;
  totalTimeoutMs: number;
  maxBytes: number;
  allowPrivate: boolean;
}

/** One undecoded HTTP response; the body is decompressed, empty for 3xx. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const TLS_CODE = /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/;

/** Maps a socket-level error to a FetchError with a one-line message naming the host. */
function socketError(err: NodeJS.ErrnoException, url: string, host: string): FetchError {
  if (err instanceof FetchError) return err;
  const code = err.code ?? '';
  const mk = (msg: string, retryable: boolean) => new FetchError(msg, url, retryable, { cause: err });
  if (code === 'ECONNRESET' || code === 'EPIPE') return mk(`connection reset by ${host}`, true);
  if (code === 'ECONNREFUSED') return mk(`connection refused by ${host}`, true);
  if (code === 'ETIMEDOUT' || code === 'EAI_AGAIN') return mk(`${code} reaching ${host}`, true);
  if (code === 'ENOTFOUND') return mk(`DNS lookup failed for ${host}`, false);
  if (TLS_CODE.test(code)) return mk(`TLS error from ${host}: ${code}`, false);
  return mk(`network error from ${host}: ${code || err.message}`, true);
}

/** A DNS lookup that refuses addresses the SSRF policy forbids, so the check follows resolution. */
function guardedLookup(allowPrivate: boolean, url: string): LookupFunction {
  return ((hostname: string, options: object, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, options as { all?: boolean }, (err, address, family) => {
      if (err) return callback(err, address, family);
      const list = Array.isArray(address) ? address : [{ address, family }];
      for (const a of list) {
        const reason = refusalReason(a.address, allowPrivate);
        if (reason) return callback(new FetchError(`${reason} (${hostname})`, url, false));
      }
      callback(null, address, family);
    });
  }) as LookupFunction;
}

function flattenHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/**
 * Performs one GET (no redirects, no retries) with connect / idle / total timeouts, an SSRF check on the
 * resolved address, transparent gzip/deflate/br decoding and a cap on DECOMPRESSED bytes (a gzip bomb is cut).
 * `host` names the logical host in error messages (the request may be rewritten to a fixture server).
 */
export function exchange(
  url: string,
  headers: Record<string, string>,
  host: string,
  limits: ExchangeLimits,
): Promise<RawResponse> {
  return new Promise<RawResponse>((resolve, reject) => {
    const u = new URL(url);
    const literal = u.hostname.replace(/^\[|\]$/g, '');
    const reason = refusalReason(literal, limits.allowPrivate);
    if (reason) return reject(new FetchError(`${reason} (${host})`, url, false));
    const mod = u.protocol === 'https:' ? https : http;
    const timers: NodeJS.Timeout[] = [];
    let settled = false;
    const finish = (err: Error | null, value?: RawResponse) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      if (err) {
        req.destroy();
        reject(err);
      } else if (value) resolve(value);
    };
    const timeout = (what: string, ms: number) =>
      new FetchError(`timeout (${what} ${ms} ms) fetching ${host}`, url, true);

    const req = mod.request(u, {
      method: 'GET',
      headers,
      lookup: guardedLookup(limits.allowPrivate, url),
      agent: false,
    });
    timers.push(setTimeout(() => finish(timeout('total', limits.totalTimeoutMs)), limits.totalTimeoutMs));
    req.setTimeout(limits.idleTimeoutMs, () => finish(timeout('idle', limits.idleTimeoutMs)));
    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      const t = setTimeout(
        () => finish(timeout('connect', limits.connectTimeoutMs)),
        limits.connectTimeoutMs,
      );
      timers.push(t);
      socket.once('connect', () => clearTimeout(t));
    });
    req.on('error', (err) => finish(socketError(err, url, host)));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const out = flattenHeaders(res.headers);
      if (status === 304 || (status >= 300 && status < 400) || status >= 400) {
        // Only the status matters: drop the body without buffering it.
        res.resume();
        return finish(null, { status, headers: out, body: Buffer.alloc(0) });
      }
      const declared = Number(out['content-length'] ?? Number.NaN);
      const encoding = (out['content-encoding'] ?? '').trim().toLowerCase();
      const tooBig = () =>
        new FetchError(`response from ${host} exceeds ${limits.maxBytes} bytes`, url, false, { status });
      if (!encoding && declared > limits.maxBytes) return finish(tooBig());
      let stream: Readable = res;
      if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate')
        stream = res.pipe(zlib.createUnzip());
      else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limits.maxBytes) {
          // Settle first: destroying the response emits 'aborted' synchronously, which would otherwise win
          // and report a retryable "reset" instead of a final "too big".
          finish(tooBig());
          stream.destroy();
          return;
        }
        chunks.push(chunk);
      });
      res.on('aborted', () => finish(new FetchError(`connection reset by ${host}`, url, true)));
      res.on('error', (err) => finish(socketError(err, url, host)));
      if (stream !== res)
        stream.on('error', (err) =>
          finish(new FetchError(`bad ${encoding} body from ${host}`, url, false, { cause: err })),
        );
      stream.on('end', () => finish(null, { status, headers: out, body: Buffer.concat(chunks) }));
    });
    req.end();
  });
}
