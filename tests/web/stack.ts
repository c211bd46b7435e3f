/**
 * A web stack for browser tests: an embedded store filled from the recorded site fixtures through the
 * production ingest path (fixture server on loopback → production fetch code → pipeline), local SES, and the
 * HTTP app (pages + JSON API) on a loopback port.
 *
 * The ingest (most of a browser test file's time) runs once per content of the fixtures and of the code under
 * shared/: its store is kept on disk in the temp folder, keyed by a hash of both, and every stack starts on a
 * private copy of it. A change to an extractor, the pipeline or a fixture changes the key, so a stack never
 * shows events the current code would not produce.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../shared/api/app.ts';
import type { ApiDeps } from '../../shared/api/deps.ts';
import { startFixtureServer } from '../../shared/fetch/fixture-server.ts';
import { createHttpClient } from '../../shared/fetch/http.ts';
import { serveApi } from '../../shared/local/http-server.ts';
import { FIXTURES_ROOT } from '../../shared/local/stack.ts';
import { createLogger } from '../../shared/log.ts';
import { runAll } from '../../shared/pipeline/run-all.ts';
import { loadSources } from '../../shared/sources/registry.ts';
import type { Store } from '../../shared/store/port.ts';
import { mountWeb } from '../../shared/web/index.ts';
import { sesMailer } from '../helpers/api.ts';
import { startTestSes, type TestSes } from '../helpers/ses.ts';
import { startTestStore } from '../helpers/store.ts';

/** The running stack. */
export interface WebStack {
  url: string;
  store: Store;
  ses: TestSes;
  close(): Promise<void>;
}

/** The table of a prepared store. */
const TABLE = 'web_stack';
const SHARED_ROOT = fileURLToPath(new URL('../../shared', import.meta.url));

/** Every file under `dir` (sorted, recursive), for hashing. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** A hash of what the ingested store depends on: the fixtures and the production code. */
function contentKey(): string {
  const h = createHash('sha256');
  for (const f of [...filesUnder(FIXTURES_ROOT), ...filesUnder(SHARED_ROOT).filter((f) => f.endsWith('.ts'))])
    h.update(f).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** Ingests the fixtures into a store kept in `dataDir` (the production ingest path, fixture server on loopback). */
async function ingestInto(dataDir: string): Promise<void> {
  const db = await startTestStore('dynalite', { dataDir, tableName: TABLE });
  const fixtures = await startFixtureServer({ root: FIXTURES_ROOT, port: 0 });
  try {
    await runAll(
      {
        store: db.store,
        http: createHttpClient({ rewrite: fixtures.rewrite, allowPrivate: true, hostDelayMs: 0, retries: 0 }),
        sources: loadSources(),
        apiBaseUrl: 'http://127.0.0.1',
        operatorEmail: null,
        failureAlertThreshold: 3,
        logger: createLogger('web-test'),
      },
      null,
    );
  } finally {
    await fixtures.close();
    await db.close();
  }
}

/**
 * The folder of the ingested store for the current fixtures and code, ingesting it first when no run has
 * yet. Built aside and renamed into place, so a concurrent test file never sees half a store (two files
 * starting at once may both ingest; the first rename wins).
 */
async function preparedStore(): Promise<string> {
  const ready = join(tmpdir(), `kzcm-web-store-${contentKey()}`);
  if (existsSync(ready)) return ready;
  // Stores of older code are dropped after a day (not at once: another worktree's run may be copying one).
  for (const old of readdirSync(tmpdir()).filter((n) => n.startsWith('kzcm-web-store-'))) {
    const path = join(tmpdir(), old);
    if (Date.now() - statSync(path).mtimeMs > 86_400_000) rmSync(path, { recursive: true, force: true });
  }
  const building = mkdtempSync(join(tmpdir(), 'kzcm-web-build-'));
  await ingestInto(building);
  try {
    renameSync(building, ready);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another file finished first
  }
  return ready;
}

/** Starts a stack on a private copy of the ingested fixtures (ingesting them once per fixtures and code). */
export async function startWebStack(): Promise<WebStack> {
  const copy = mkdtempSync(join(tmpdir(), 'kzcm-web-'));
  cpSync(await preparedStore(), copy, { recursive: true });
  const db = await startTestStore('dynalite', { dataDir: copy, tableName: TABLE });
  const ses = await startTestSes();
  const sources = loadSources();
  const mailer = sesMailer(ses);
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
      await db.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}
