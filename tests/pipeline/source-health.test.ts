import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import { createHttpClient } from '../../shared/fetch/http.ts';
import { LOCAL_CREDENTIALS } from '../../shared/local/stack.ts';
import { createLogger } from '../../shared/log.ts';
import { runAll } from '../../shared/pipeline/run-all.ts';
import type { PipelineDeps } from '../../shared/pipeline/types.ts';
import { loadSources } from '../../shared/sources/registry.ts';
import { startTestServer, type TestServer } from '../helpers/fixture-server.ts';
import { startTestSes, type TestSes } from '../helpers/ses.ts';
import { startTestStore } from '../helpers/store.ts';

const FEED = 'https://timesca.com/feed/';
let db: Awaited<ReturnType<typeof startTestStore>>;
let ses: TestSes;
let server: TestServer;
let deps: PipelineDeps;

beforeAll(async () => {
  db = await startTestStore();
  ses = await startTestSes();
  // The TCA feed answers 403 (bot protection) to its first five requests, then recovers.
  server = await startTestServer({ [FEED]: { kind: 'status', status: 403, times: 5 } });
  deps = {
    store: db.store,
    http: createHttpClient({ rewrite: server.rewrite, allowPrivate: true, hostDelayMs: 0, retries: 0 }),
    sources: loadSources().filter((s) => s.id === 'timesca' || s.id === 'kazinform-en'),
    mailer: createSesMailer({
      from: 'alerts@example.org',
      endpoint: ses.endpoint,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    }),
    apiBaseUrl: 'http://api.test',
    operatorEmail: 'ops@example.org',
    failureAlertThreshold: 3,
    logger: createLogger('health-test'),
  };
});
afterAll(async () => {
  await server?.close();
  await ses?.close();
  await db?.close();
});

/** Mail sent to the operator so far. */
async function operatorMail() {
  return (await ses.readMail()).filter((m) => m.destination.to.includes('ops@example.org'));
}

describe('per-source health and operator alerts', () => {
  it('records a failing source, keeps the others ingesting, and alerts the operator once per outage', async () => {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await runAll(deps, null));
    for (const run of runs) {
      expect(run.find((s) => s.sourceId === 'timesca')).toMatchObject({
        ok: false,
        error: expect.stringMatching(/403/),
      });
      expect(run.find((s) => s.sourceId === 'kazinform-en')?.ok).toBe(true);
    }
    expect(runs[0]?.find((s) => s.sourceId === 'kazinform-en')?.newArticles).toBeGreaterThan(0);
    const state = await db.store.getSourceState('timesca');
    expect(state).toMatchObject({
      consecutiveFailures: 5,
      lastError: expect.stringMatching(/403/),
      lastSuccessAt: null,
    });
    const mail = await operatorMail();
    expect(mail).toHaveLength(1); // at the third failure, not again at the fourth and fifth
    expect(mail[0]?.subject).toMatch(/timesca/);
  });

  it('clears the outage on recovery, so the next outage alerts again', async () => {
    const healed = await runAll(deps, 'timesca');
    expect(healed[0]).toMatchObject({ ok: true });
    expect(healed[0]?.newArticles).toBeGreaterThan(0);
    expect(await db.store.getSourceState('timesca')).toMatchObject({
      consecutiveFailures: 0,
      lastError: null,
      outageAlertedAt: null,
    });
  });
});
