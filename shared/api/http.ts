import type { ApiDeps } from './deps.ts';

/** Largest request body the API accepts (it only takes small JSON bodies); larger ones are answered 413. */
export const MAX_BODY = 64 * 1024;

/** Headers every response carries: CORS for browsers, nothing sniffed, nothing cached unless a route says so. */
export const baseHeaders: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET,POST,OPTIONS',
  'access-control-allow-headers': 'content-type,if-none-match',
  'access-control-expose-headers': 'etag',
  'x-content-type-options': 'nosniff',
};

/** Statuses whose response must not carry a body (the Fetch API throws on one). */
const NULL_BODY = new Set([101, 204, 205, 304]);

/** A response with the base headers; `body` is dropped where HTTP forbids one. */
export function respond(
  status: number,
  body: string | null,
  headers: Record<string, string> = {},
  base = true,
): Response {
  return new Response(NULL_BODY.has(status) ? null : body, {
    status,
    headers: base ? { ...baseHeaders, ...headers } : headers,
  });
}

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return respond(status, JSON.stringify(body), {
    'content-type': 'application/json; charset=utf-8',
    ...headers,
  });
}

/** A non-JSON response (feeds, CSV, HTML pages). */
export function text(
  status: number,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): Response {
  return respond(status, body, { 'content-type': contentType, ...headers });
}

/** The 413 answer, in the API's error shape. */
export function tooLargeResponse(): Response {
  return json(413, {
    error: { code: 'too_large', message: `body larger than ${MAX_BODY} bytes`, field: null },
  });
}

/**
 * What a route handler gets: the web-standard request plus what the app already worked out once — the query
 * validated by the route's own schema, the decoded path parameters, the body text (already under the size
 * limit) and the client's address as the platform saw it (never from a header a client can forge).
 */
export interface ApiCtx<Q = Record<string, string>> {
  deps: ApiDeps;
  req: Request;
  method: string;
  path: string;
  /** The query as the route's schema parsed it. */
  query: Q;
  /** The raw query, repeated keys comma-joined as API Gateway joins them. */
  rawQuery: Record<string, string>;
  params: Record<string, string>;
  body: string;
  clientIp: string;
  requestId: string;
  /** A request header (case-insensitive). */
  header(name: string): string | undefined;
}

/** The query of a URL as a record; repeated keys comma-joined, as API Gateway does (and clients relied on). */
export function queryRecord(search: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of search) out[k] = k in out ? `${out[k]},${v}` : v;
  return out;
}
