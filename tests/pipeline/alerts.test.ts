import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import { startFixtureServer } from '../../shared/fetch/fixture-server.ts';
import { createHttpClient } from '../../shared/fetch/http.ts';
import { FIXTURES_ROOT, LOCAL_CREDENTIALS } from '../../shared/local/stack.ts';
import { createLogger } from '../../shared/log.ts';
import { runAll, totals } from '../../shared/pipeline/run-all.ts';
import type { PipelineDeps } from '../../shared/pipeline/types.ts';
import { loadSources } from '../../shared/sources/registry.ts';
import { startTestSes, type TestSes } from '../helpers/ses.ts';
import { startTestStore } from '../helpers/store.ts';

let db: Awaited<ReturnType<typeof startTestStore>>;
let ses: TestSes;
let fixtures: Awaited<ReturnType<typeof startFixtureServer>>;
let deps: PipelineDeps;

beforeAll(async () => {
  db = await startTestStore();
  ses = await startTestSes();
  fixtures = await startFixtureServer({ root: FIXTURES_ROOT, port: 0 });
  for (const [n, email] of ['analyst@example.org', 'journalist@example.org'].entries()) {
    await db.store.putSubscriberIfNew({
      id: `sub_pipeline${n}`,
      email,
      filters: { docTypes: [], keywords: [], participants: [], includePlanned: false },
      mode: 'instant',
      status: 'confirmed',
      tokenHash: createHash('sha256').update(email).digest('hex'),
      createdAt: '2026-01-01T00:00:00Z',
      confirmedAt: '2026-01-01T00:01:00Z',
    });
  }
  deps = {
    store: db.store,
    http: createHttpClient({ rewrite: fixtures.rewrite, allowPrivate: true, hostDelayMs: 0, retries: 0 }),
    sources: loadSources().filter((s) => s.id === 'kazinform-en' || s.id === 'daryo-en'),
    apiBaseUrl: 'http://api.test',
    operatorEmail: null,
    failureAlertThreshold: 3,
    logger: createLogger('alerts-pipeline'),
    // The day after the fixtures' newest reports: their April 2025 agreements are news then (the one of 2024 is not).
    now: () => new Date('2025-04-28T06:00:00Z'),
  };
});
afterAll(async () => {
  await fixtures?.close();
  await ses?.close();
  await db?.close();
});

describe('agreement alerts from ingestion', () => {
  it('keeps alerts pending while no mailer is configured, and sends each once when one is', async () => {
    const first = totals(await runAll(deps, null));
    expect(first.alertsQueued).toBeGreaterThan(0);
    expect(first.alertsSent).toBe(0);
    expect(await ses.readMail()).toEqual([]);

    const mailer = createSesMailer({
      from: 'alerts@example.org',
      endpoint: ses.endpoint,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    });
    const second = totals(await runAll({ ...deps, mailer }, null));
    expect(second.newArticles).toBe(0); // nothing new was ingested: the alerts are the earlier run's
    const mail = await ses.readMail();
    expect(mail.length).toBeGreaterThan(0);
    const perReader = new Map<string, string[]>();
    for (const m of mail)
      for (const to of m.destination.to) perReader.set(to, [...(perReader.get(to) ?? []), m.subject]);
    expect([...perReader.keys()].sort()).toEqual(['analyst@example.org', 'journalist@example.org']);
    // Both readers get the same alerts, each subject once.
    const subjects = perReader.get('analyst@example.org') ?? [];
    expect(new Set(subjects).size).toBe(subjects.length);
    expect(perReader.get('journalist@example.org')?.sort()).toEqual([...subjects].sort());
    expect(subjects.some((s) => /Memorandum/i.test(s))).toBe(true);

    const third = totals(await runAll({ ...deps, mailer }, null));
    expect(third.alertsSent).toBe(0);
    expect(await ses.readMail()).toHaveLength(mail.length);
  });
});
