import { FetchError } from '../errors.ts';
import { decodeBody } from './charset.ts';
import { type ExchangeLimits, exchange, type RawResponse } from './request.ts';
import { refusalReason } from './ssrf.ts';

/** A decoded HTTP response. */
export interface HttpResponse {
  status: number;
  /** Final URL after redirects (before any offline rewrite). */
  url: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Body decoded to text ('' on 304). */
  body: string;
  notModified: boolean;
  etag: string | null;
  lastModified: string | null;
}

/** Options of one GET. `etag` / `lastModified` are echoed exactly as received for a conditional GET. */
export interface GetOptions {
  headers?: Record<string, string>;
  etag?: string | null;
  lastModified?: string | null;
}

/** The project's polite HTTP client. */
export interface HttpClient {
  get(url: string, opts?: GetOptions): Promise<HttpResponse>;
}

/** Tunables of createHttpClient; every one has a production default. */
export interface HttpClientOptions extends Partial<ExchangeLimits> {
  userAgent?: string;
  /** Retries after the first attempt, on 5xx / timeouts / resets only (default 2). */
  retries?: number;
  /** Base of the jittered exponential backoff (default 1000 ms), capped at maxBackoffMs (default 15 s). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Pause between two requests to the same host (default 1500 ms). */
  hostDelayMs?: number;
  maxRedirects?: number;
  /** Applied to every request URL, redirects included (offline mode points hosts at the fixture server). */
  rewrite?: (url: string) => string;
  /** Jitter source in [0, 1). */
  random?: () => number;
}

/** The User-Agent the project announces itself with. */
export const USER_AGENT = 'kz-china-monitor/0.1 (+https://github.com/kz-china-monitor)';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** One-line error for an HTTP error status; 5xx may be retried, 4xx never. */
function statusError(status: number, url: string, host: string): FetchError {
  const hint =
    status === 403
      ? ' (bot protection?)'
      : status === 404 || status === 410
        ? ' (not found)'
        : status === 429
          ? ' (rate limited)'
          : '';
  return new FetchError(`HTTP ${status} from ${host}${hint}`, url, status >= 500, { status });
}

function checkProtocol(url: string, label: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch (err) {
    throw new FetchError(`invalid URL ${label}`, url, false, { cause: err });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new FetchError(`refusing ${u.protocol} URL (only http/https)`, url, false);
  return u;
}

/**
 * Creates the HTTP client (node:http/https, not global fetch, so sockets and limits are ours): timeouts,
 * bounded jittered retries, one request at a time per host with a delay between them, size cap, redirect
 * limit, decompression, conditional GET, charset decoding and an SSRF guard checked after DNS resolution
 * and on every redirect hop.
 */
export function createHttpClient(opts: HttpClientOptions = {}): HttpClient {
  const limits: ExchangeLimits = {
    connectTimeoutMs: opts.connectTimeoutMs ?? 10_000,
    idleTimeoutMs: opts.idleTimeoutMs ?? 20_000,
    totalTimeoutMs: opts.totalTimeoutMs ?? 60_000,
    maxBytes: opts.maxBytes ?? 5 * 1024 * 1024,
    allowPrivate: opts.allowPrivate ?? false,
  };
  const retries = opts.retries ?? 2;
  const backoffMs = opts.backoffMs ?? 1000;
  const maxBackoffMs = opts.maxBackoffMs ?? 15_000;
  const hostDelayMs = opts.hostDelayMs ?? 1500;
  const maxRedirects = opts.maxRedirects ?? 5;
  const rewrite = opts.rewrite ?? ((u: string) => u);
  const random = opts.random ?? Math.random;
  const userAgent = opts.userAgent ?? USER_AGENT;
  const tails = new Map<string, Promise<void>>();
  const lastAt = new Map<string, number>();

  /** Runs fn when no other request to `host` is in flight and the politeness delay has passed. */
  async function inHostSlot<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const prev = tails.get(host) ?? Promise.resolve();
    let release: () => void = () => {};
    const mine = new Promise<void>((r) => {
      release = r;
    });
    const tail = prev.then(() => mine);
    tails.set(host, tail);
    await prev;
    try {
      const wait = (lastAt.get(host) ?? Number.NEGATIVE_INFINITY) + hostDelayMs - Date.now();
      if (wait > 0) await sleep(wait);
      return await fn();
    } finally {
      lastAt.set(host, Date.now());
      release();
      if (tails.get(host) === tail) tails.delete(host);
    }
  }

  async function followRedirects(url: string, headers: Record<string, string>, g: GetOptions) {
    let current = url;
    for (let hop = 0; ; hop++) {
      const logical = checkProtocol(current, current);
      const host = logical.host;
      // An IP literal is judged before any rewrite too, so offline mode cannot mask a metadata redirect.
      const reason = refusalReason(logical.hostname.replace(/^\[|\]$/g, ''), limits.allowPrivate);
      if (reason) throw new FetchError(`${reason} (${host})`, current, false);
      const target = rewrite(current);
      checkProtocol(target, current);
      const raw: RawResponse = await inHostSlot(host, () => exchange(target, headers, host, limits));
      const location = raw.headers.location;
      if (REDIRECTS.has(raw.status) && location) {
        if (hop >= maxRedirects)
          throw new FetchError(`too many redirects (> ${maxRedirects}) from ${host}`, url, false);
        // Resolve against the logical URL, so a rewritten request still follows the real site's links.
        current = new URL(location, current).href;
        continue;
      }
      const etag = raw.headers.etag ?? null;
      const lastModified = raw.headers['last-modified'] ?? null;
      if (raw.status === 304) {
        return {
          status: 304,
          url: current,
          headers: raw.headers,
          body: '',
          notModified: true,
          etag: etag ?? g.etag ?? null,
          lastModified: lastModified ?? g.lastModified ?? null,
        };
      }
      if (raw.status >= 400) throw statusError(raw.status, current, host);
      if (raw.status < 200 || raw.status >= 300)
        throw new FetchError(`unexpected HTTP ${raw.status} from ${host}`, current, false, {
          status: raw.status,
        });
      const body = decodeBody(raw.body, raw.headers['content-type']);
      return {
        status: raw.status,
        url: current,
        headers: raw.headers,
        body,
        notModified: false,
        etag,
        lastModified,
      };
    }
  }

  return {
    async get(url, g = {}) {
      const headers: Record<string, string> = {
        'user-agent': userAgent,
        accept:
          'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,application/json;q=0.9,*/*;q=0.8',
        'accept-encoding': 'gzip, deflate, br',
      };
      for (const [k, v] of Object.entries(g.headers ?? {})) headers[k.toLowerCase()] = v;
      if (g.etag) headers['if-none-match'] = g.etag;
      if (g.lastModified) headers['if-modified-since'] = g.lastModified;
      for (let attempt = 0; ; attempt++) {
        try {
          return await followRedirects(url, headers, g);
        } catch (err) {
          if (!(err instanceof FetchError) || !err.retryable || attempt >= retries) throw err;
          const delay = Math.min(maxBackoffMs, backoffMs * 2 ** attempt) * (0.5 + random());
          await sleep(delay);
        }
      }
    },
  };
}
