/**
 * A web stack for browser tests: a fresh embedded store filled from the recorded site fixtures through the
 * production ingest path (fixture server on loopback → production fetch code → pipeline), local SES, and the
 * HTTP app (pages + JSON API) on a loopback port.
 */
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import { createApp } from '../../shared/api/app.ts';
import type { ApiDeps } from '../../shared/api/deps.ts';
import { startFixtureServer } from '../../shared/fetch/fixture-server.ts';
import { createHttpClient } from '../../shared/fetch/http.ts';
import { serveApi } from '../../shared/local/http-server.ts';
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
  // The app's base URL must be known before it listens (links in mail): a free port is taken first.
  const deps: ApiDeps = { store: db.store, sources, apiBaseUrl: '', mailer };
  const server = await serveApi(createApp(deps, [(app) => mountWeb(app, deps)]), {
    port: 0,
    host: '127.0.0.1',
  });
  const url = server.url;
  deps.apiBaseUrl = url;
  return {
    url,
    store: db.store,
    ses,
    close: async () => {
      await server.close();
      await ses.close();
      await fixtures.close();
      await db.close();
    },
  };
}
