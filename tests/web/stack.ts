/**
 * A web stack for browser tests: a fresh embedded store filled from the recorded site fixtures through the
 * production ingest path (fixture server on loopback → production fetch code → pipeline), local SES, and the
 * HTTP app (pages + JSON API) on a loopback port.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import type { ApiDeps } from '../../shared/api/deps.ts';
import { createApiHandler } from '../../shared/api/handler.ts';
import type { ApiRequest } from '../../shared/api/http.ts';
import { startFixtureServer } from '../../shared/fetch/fixture-server.ts';
import { createHttpClient } from '../../shared/fetch/http.ts';
import { FIXTURES_ROOT, LOCAL_CREDENTIALS } from '../../shared/local/stack.ts';
import { createLogger } from '../../shared/log.ts';
import { runAll } from '../../shared/pipeline/run-all.ts';
import { loadSources } from '../../shared/sources/registry.ts';
import type { Store } from '../../shared/store/port.ts';
import { mountWeb } from '../../shared/web/index.ts';
import { startTestSes, type TestSes } from '../helpers/ses.ts';
import { startTestStore } from '../helpers/store.ts';

/** The running stack. */
export interface WebStack {
  url: string;
  store: Store;
  ses: TestSes;
  close(): Promise<void>;
}

/** The JSON API's handler behind Hono: it answers every path the pages do not. */
function legacyApi(deps: ApiDeps) {
  const handler = createApiHandler(deps);
  return async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    const query: Record<string, string> = {};
    for (const [k, v] of url.searchParams) query[k] = k in query ? `${query[k]},${v}` : v;
    const headers: Record<string, string> = {};
    req.headers.forEach((v, k) => {
      headers[k] = v;
    });
    const body = req.method === 'GET' || req.method === 'HEAD' ? '' : await req.text();
    const event = {
      version: '2.0',
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      queryStringParameters: Object.keys(query).length > 0 ? query : undefined,
      body: body || undefined,
      isBase64Encoded: false,
      requestContext: {
        http: { method: req.method, path: url.pathname, sourceIp: '127.0.0.1' },
        requestId: 'web-test',
      },
    } as unknown as ApiRequest;
    const out = await handler(event);
    return new Response(out.statusCode === 304 || out.statusCode === 204 ? null : (out.body ?? ''), {
      status: out.statusCode,
      headers: out.headers,
    });
  };
}

/** Starts the stack and ingests the offline fixtures once. */
export async function startWebStack(): Promise<WebStack> {
  const db = await startTestStore();
  const fixtures = await startFixtureServer({ root: FIXTURES_ROOT, port: 0 });
  const ses = await startTestSes();
  const sources = loadSources();
  const mailer = createSesMailer({
    from: 'alerts@example.org',
    endpoint: ses.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
  await runAll(
    {
      store: db.store,
      http: createHttpClient({ rewrite: fixtures.rewrite, allowPrivate: true, hostDelayMs: 0, retries: 0 }),
      sources,
      apiBaseUrl: 'http://127.0.0.1',
      operatorEmail: null,
      failureAlertThreshold: 3,
      logger: createLogger('web-test'),
    },
    null,
  );
  const app = new Hono();
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const addr = server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const deps: ApiDeps = { store: db.store, sources, apiBaseUrl: url, mailer };
  mountWeb(app, deps);
  const legacy = legacyApi(deps);
  app.all('*', (c) => legacy(c.req.raw));
  return {
    url,
    store: db.store,
    ses,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ses.close();
      await fixtures.close();
      await db.close();
    },
  };
}
