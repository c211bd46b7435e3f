import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { NotFoundError } from '../errors.ts';
import { compressPages, errorPages } from './browser.ts';
import type { ApiDeps } from './deps.ts';
import { errorResponse, methodNotAllowed } from './errors.ts';
import { type ApiCtx, MAX_BODY, queryRecord, respond, tooLargeResponse } from './http.ts';
import { cacheKey, DEFAULT_REFRESH_MS, ListCache } from './list-cache.ts';
import type { RouteDef } from './route-def.ts';
import { apiRoutes } from './routes.ts';

/** Something that adds routes to the app (the integrator mounts the web pages this way). */
export type Mount = (app: Hono) => void;

/** What the platform adapters put in `c.env`: the Lambda event's context, or the Node request. */
interface PlatformEnv {
  requestContext?: { requestId?: string; http?: { sourceIp?: string } };
  incoming?: { socket?: { remoteAddress?: string } };
}

/** The client's address as the platform saw the connection: never a header, which a client could forge. */
function clientIp(c: Context): string {
  const env = c.env as PlatformEnv | undefined;
  return env?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress ?? '';
}

/** The Lambda's request id where there is one (it ties a log line to API Gateway's access log). */
function requestIdOf(c: Context): string {
  return (c.env as PlatformEnv | undefined)?.requestContext?.requestId ?? randomUUID();
}

/** Builds a route's context: the query validated by the route's schema (a ZodError is a 400). */
async function contextOf(
  c: Context,
  route: RouteDef,
  deps: ApiDeps,
  rawQuery = queryRecord(new URL(c.req.url).searchParams),
): Promise<ApiCtx<unknown>> {
  return {
    deps,
    req: c.req.raw,
    method: c.req.method,
    path: c.req.path,
    query: route.query ? route.query.parse(rawQuery) : rawQuery,
    rawQuery,
    params: c.req.param() as Record<string, string>,
    body: route.method === 'POST' ? await c.req.text() : '',
    clientIp: clientIp(c),
    requestId: requestIdOf(c),
    header: (name) => c.req.header(name),
  };
}

/**
 * A list route through the list cache: a hit costs no validation and no store read but the list version's; a miss
 * runs the handler. The cache owns conditional requests: it gives every kept 200 its ETag and answers 304 itself,
 * the same way whether it is on or off (no handler looks at If-None-Match).
 */
async function cached(c: Context, route: RouteDef, deps: ApiDeps, cache: ListCache): Promise<Response> {
  const rawQuery = queryRecord(new URL(c.req.url).searchParams);
  return cache.serve(cacheKey(route.path, rawQuery), c.req.header('if-none-match'), async () =>
    route.handler(await contextOf(c, route, deps, rawQuery)),
  );
}

/** A matcher for a route's path, for telling 405 (known path, other method) from 404. */
function pathPattern(path: string): RegExp {
  const re = path
    .split('/')
    .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${re}$`);
}

/**
 * The HTTP API as a web-standard app (Request → Response): the same app runs in the Lambda (`hono/aws-lambda`)
 * and locally (`@hono/node-server`), and tests call it in-process with `app.request(…)`. Routes come from the
 * one route list (routes.ts); `mounts` add more (the web pages) after the API's own.
 */
export function createApp(deps: ApiDeps, mounts: Mount[] = []): Hono {
  const app = new Hono();
  const patterns = apiRoutes.map((r) => [r.method, pathPattern(r.path)] as const);
  // Outermost: a page made of an error is compressed like any other page.
  app.use('*', compressPages);
  app.use('*', errorPages);
  // CORS preflight on any path: the API is read by browsers from other origins.
  app.use('*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return respond(204, null, { 'access-control-max-age': '86400' });
    await next();
  });
  // API Gateway lets bodies up to 10 MB through, and a local client may stream any size: one limit for both.
  app.use('*', bodyLimit({ maxSize: MAX_BODY, onError: () => tooLargeResponse() }));
  const cache = new ListCache(
    deps.store,
    deps.listCacheMs === undefined ? DEFAULT_REFRESH_MS : deps.listCacheMs,
  );
  for (const route of apiRoutes) {
    if (route.listCache) app.on(route.method, route.path, (c) => cached(c, route, deps, cache));
    else app.on(route.method, route.path, async (c) => route.handler(await contextOf(c, route, deps)));
  }
  for (const mount of mounts) mount(app);
  app.notFound((c) => {
    const allow = patterns.filter(([, re]) => re.test(c.req.path)).map(([m]) => m);
    if (allow.length > 0) return methodNotAllowed(c.req.method, c.req.path, allow);
    // The path as sent (still percent-encoded): a decoded one could echo control characters back.
    return errorResponse(new NotFoundError(`no route ${new URL(c.req.url).pathname}`));
  });
  app.onError((err, c) => errorResponse(err, requestIdOf(c)));
  return app;
}
