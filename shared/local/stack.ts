import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startLocalSes } from '../alerts/local-ses.ts';
import { createSesMailer } from '../alerts/ses-mailer.ts';
import { createApp, type Mount } from '../api/app.ts';
import type { ApiDeps } from '../api/deps.ts';
import { type Config, LOCAL_CREDENTIALS, required } from '../config.ts';
import type { Source } from '../domain/index.ts';
import { ConfigError } from '../errors.ts';
import { startFixtureServer } from '../fetch/fixture-server.ts';
import { createHttpClient } from '../fetch/http.ts';
import { createStore } from '../store/dynamo-store.ts';
import { startDynalite } from '../store/embedded.ts';
import type { Store } from '../store/port.ts';
import { ensureTable } from '../store/table.ts';
import { mountWeb } from '../web/index.ts';
import { serveApi } from './http-server.ts';
import { readStackState, writeStackState } from './state.ts';

export { LOCAL_CREDENTIALS };

/** The recorded site fixtures that `--offline` replays. */
export const FIXTURES_ROOT = fileURLToPath(new URL('../../tests/fixtures/sites', import.meta.url));

/** A running piece of the local stack, closed in reverse order on shutdown. */
export type Closer = () => Promise<void>;

/** Runs `fn` with a list it can push closers onto; closes them all, last first, however `fn` ends. */
export async function withResources<T>(fn: (closers: Closer[]) => Promise<T>): Promise<T> {
  const closers: Closer[] = [];
  try {
    return await fn(closers);
  } finally {
    for (const c of closers.reverse()) await c().catch(() => undefined);
  }
}

/** The SES mailer for a local endpoint (aws-ses-v2-local), with the dummy credentials it accepts. */
export function localMailer(from: string, endpoint: string) {
  return createSesMailer({ from, endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS });
}

/**
 * Opens the store: the given endpoint; else the store of an `npm start` running on the same data folder (its
 * dynalite holds the folder); else the embedded dynalite persisted under the data folder. `via` says which.
 */
export async function openStore(
  config: Config,
  closers: Closer[],
): Promise<{ store: Store; endpoint: string; via: 'endpoint' | 'running stack' | 'embedded' }> {
  const tableName = required(config.tableName, 'TABLE_NAME');
  let endpoint: string;
  let via: 'endpoint' | 'running stack' | 'embedded' = 'endpoint';
  const running = config.dynamoEndpoint ? null : readStackState(config.dataDir);
  if (config.dynamoEndpoint) endpoint = config.dynamoEndpoint;
  else if (running) {
    endpoint = running.dynamoEndpoint;
    via = 'running stack';
  } else {
    via = 'embedded';
    const dir = join(config.dataDir, 'dynamodb');
    mkdirSync(dir, { recursive: true });
    const db = await startDynalite({ path: dir, port: 0 });
    closers.push(db.close);
    endpoint = db.endpoint;
  }
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 2,
  });
  try {
    await ensureTable(client, tableName);
  } catch (err) {
    throw new ConfigError(
      `cannot use DynamoDB at ${endpoint}: ${(err as Error).message || (err as Error).name}`,
      { cause: err },
    );
  } finally {
    client.destroy();
  }
  return { store: createStore({ tableName, endpoint, region: 'us-east-1' }), endpoint, via };
}

/** Starts the loopback fixture server when offline; returns the HTTP client the pipeline should use. */
export async function openHttp(offline: boolean, closers: Closer[]) {
  if (!offline) return createHttpClient();
  const fixtures = await startFixtureServer({ root: FIXTURES_ROOT, port: 0 });
  closers.push(fixtures.close);
  return createHttpClient({ rewrite: fixtures.rewrite, allowPrivate: true, hostDelayMs: 0 });
}

/** The whole local stack: store, local SES, API server, fixture server (offline), and the closers. */
export interface LocalStack {
  store: Store;
  /** The store's endpoint (the embedded dynalite's, or DYNAMODB_ENDPOINT). */
  dynamoEndpoint: string;
  apiUrl: string;
  sesUrl: string;
  close(): Promise<void>;
}

/**
 * Starts the local stack (`npm start`): embedded store on disk, aws-ses-v2-local on 127.0.0.1, the API on
 * `config.port` through the same app as the API Lambda (`extra.mounts` adds routes, e.g. the web pages).
 */
export async function startLocalStack(
  config: Config,
  sources: Source[],
  extra: Pick<ApiDeps, 'schedule'> & { mounts?: Mount[] } = {},
): Promise<LocalStack & { closers: Closer[] }> {
  const closers: Closer[] = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
  };
  try {
    const { store, endpoint, via } = await openStore(config, closers);
    if (via === 'running stack')
      throw new ConfigError(`another npm start is already running on ${config.dataDir} (stop it first)`);
    const ses = await startLocalSes({ port: config.sesPort, host: '127.0.0.1' });
    closers.push(ses.close);
    const mailer = localMailer(required(config.senderEmail, 'SENDER_EMAIL'), ses.endpoint);
    const { mounts = [], ...more } = extra;
    const deps: ApiDeps = {
      store,
      sources,
      apiBaseUrl: config.apiBaseUrl,
      mailer,
      subscribeLimits: config.subscribeLimits,
      listCacheMs: config.apiListCacheMs,
      ...more,
    };
    // the web pages are always there, as in the Lambda; callers may add more routes
    const app = createApp(deps, [(a) => mountWeb(a, deps), ...mounts]);
    const api = await serveApi(app, { port: config.port, host: '127.0.0.1' });
    closers.push(api.close);
    const apiUrl = `http://localhost:${new URL(api.url).port}`;
    const forget = writeStackState(config.dataDir, {
      dynamoEndpoint: endpoint,
      sesUrl: ses.endpoint,
      apiUrl,
    });
    closers.push(async () => forget());
    return { store, dynamoEndpoint: endpoint, apiUrl, sesUrl: ses.endpoint, close, closers };
  } catch (err) {
    await close();
    throw err;
  }
}
