import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startLocalSes } from '../alerts/local-ses.ts';
import { createSesMailer } from '../alerts/ses-mailer.ts';
import { createApiHandler } from '../api/handler.ts';
import type { Source } from '../domain/index.ts';
import { ConfigError } from '../errors.ts';
import { startFixtureServer } from '../fetch/fixture-server.ts';
import { createHttpClient } from '../fetch/http.ts';
import { createStore } from '../store/dynamo-store.ts';
import { startDynalite } from '../store/embedded.ts';
import type { Store } from '../store/port.ts';
import { ensureTable } from '../store/table.ts';
import type { LocalConfig } from './config.ts';
import { serveApi } from './http-server.ts';

/** Credentials for local endpoints: the SDK wants some, dynalite and the SES emulator ignore them. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

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

/** Opens the store: the given endpoint, or the embedded dynalite persisted under the data folder. */
export async function openStore(
  config: LocalConfig,
  closers: Closer[],
): Promise<{ store: Store; endpoint: string }> {
  let endpoint: string;
  if (config.dynamoEndpoint) endpoint = config.dynamoEndpoint;
  else {
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
    await ensureTable(client, config.tableName);
  } catch (err) {
    throw new ConfigError(
      `cannot use DynamoDB at ${endpoint}: ${(err as Error).message || (err as Error).name}`,
      { cause: err },
    );
  } finally {
    client.destroy();
  }
  return { store: createStore({ tableName: config.tableName, endpoint, region: 'us-east-1' }), endpoint };
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
  apiUrl: string;
  sesUrl: string;
  close(): Promise<void>;
}

/**
 * Starts the local stack (`npm start`): embedded store on disk, aws-ses-v2-local on 127.0.0.1, the API on
 * `config.port` through the same handler as the API Lambda.
 */
export async function startLocalStack(
  config: LocalConfig,
  sources: Source[],
): Promise<LocalStack & { closers: Closer[] }> {
  const closers: Closer[] = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
  };
  try {
    const { store } = await openStore(config, closers);
    const ses = await startLocalSes({ port: config.sesPort, host: '127.0.0.1' });
    closers.push(ses.close);
    const mailer = localMailer(config.senderEmail, ses.endpoint);
    const handler = createApiHandler({ store, sources, apiBaseUrl: config.apiBaseUrl, mailer });
    const api = await serveApi(handler, { port: config.port, host: '127.0.0.1' });
    closers.push(api.close);
    return { store, apiUrl: `http://localhost:${config.port}`, sesUrl: ses.endpoint, close, closers };
  } catch (err) {
    await close();
    throw err;
  }
}
