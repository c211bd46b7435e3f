import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendAgreementAlerts } from '../../shared/alerts/alert-step.ts';
import { type Mailer, MailSendError } from '../../shared/alerts/mailer.ts';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import { hashToken, newToken, subscriberIdFor } from '../../shared/alerts/tokens.ts';
import { SubscriberFilters } from '../../shared/domain/index.ts';
import { LOCAL_CREDENTIALS } from '../../shared/local/stack.ts';
import { runAll } from '../../shared/pipeline/run-all.ts';
import type { Store } from '../../shared/store/port.ts';
import { startTestServer, type TestServer } from '../helpers/fixture-server.ts';
import { type Mail, startTestSes, type TestSes } from '../helpers/ses.ts';
import { startTestStore, type TestStore } from '../helpers/store.ts';
import { ALL_NEWS, fastHttp, makeDeps, pickSources, silentLogger, snapshot } from './harness.ts';

const IDS = ['kazinform-en', 'daryo-en'] as const;
const EMAILS = ['anna@example.org', 'bek@example.org', 'chen@example.org', 'dana@example.org'];

let fixtures: TestServer;
let ses: TestSes;
let real: Mailer;
/** How many alert emails runs with a working mailer send (every subscriber, every event with a document). */
let expected: number;
/** Every (reader, document) the reference runs delivered, sorted: what any run must deliver, each once. */
let expectedDocs: string[];
/** The same for kazinform-en alone. */
let expectedOne: number;

/** Confirmed instant subscribers, written directly (the double opt-in is tested in tests/alerts). */
async function addSubscribers(store: Store): Promise<void> {
  for (const email of EMAILS) {
    await store.putSubscriberIfNew({
      id: subscriberIdFor(email),
      email,
      filters: SubscriberFilters.parse({ includePlanned: true }),
      mode: 'instant',
      status: 'confirmed',
      tokenHash: hashToken(newToken()),
      createdAt: '2026-01-01T00:00:00.000Z',
      confirmedAt: '2026-01-01T00:05:00.000Z',
    });
  }
}

/** The real SES mailer with an injected fault: the sends numbered in `failOn` (1-based) throw. */
function flaky(failOn: number[]): Mailer & { calls: number } {
  const m = {
    calls: 0,
    async send(msg: Parameters<Mailer['send']>[0]) {
      m.calls++;
      if (failOn.includes(m.calls)) throw new MailSendError('SES throttled the send (injected)', true);
      return real.send(msg);
    },
  };
  return m;
}

/**
 * `recipient | subject | event link` of each mail, to spot a mail sent twice (two events that look alike, e.g.
 * one happening clustered as two, have like subjects but their own links).
 */
const keysOf = (mails: Mail[]) =>
  mails.map(
    (m) =>
      `${m.destination.to.join(',')} | ${m.subject} | ${/\/events\/(ev_\w+)/.exec(m.body.text ?? '')?.[1]}`,
  );

/**
 * Each (reader, document) line of the mails. How documents group into mails depends on which reports arrive
 * before a send (one source per run, or all in one), so the exactly-once promise is about these, not mail counts.
 */
const docsOf = (mails: Mail[]) =>
  mails
    .flatMap(
      (m) =>
        (m.body.text ?? '')
          .split('Documents:')[1]
          ?.split('\n\n')[0]
          ?.split('\n')
          .filter((l) => l.startsWith('- '))
          .map((l) => `${m.destination.to.join(',')} | ${l}`) ?? [],
    )
    .sort();

/** A fresh store with the subscribers. */
async function withSubscribers(): Promise<TestStore> {
  const db = await startTestStore();
  await addSubscribers(db.store);
  return db;
}

/** One ingestion run of one source (or all) with the given mailer. */
function ingest(db: TestStore, mailer: Mailer, sourceId: string | null = null) {
  return runAll(
    makeDeps(db.store, fastHttp(fixtures.rewrite), pickSources(IDS), { mailer, ...ALL_NEWS }),
    sourceId,
  );
}

beforeAll(async () => {
  fixtures = await startTestServer();
  ses = await startTestSes();
  real = createSesMailer({
    from: 'alerts@example.org',
    endpoint: ses.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
  const db = await withSubscribers();
  await ingest(db, real, 'kazinform-en');
  expectedOne = (await ses.readMail()).length;
  await ingest(db, real, 'daryo-en');
  const reference = await ses.readMail();
  expected = reference.length;
  expectedDocs = docsOf(reference);
  await db.close();
}, 60_000);

beforeEach(async () => {
  await ses.clear();
});

afterAll(async () => {
  await ses?.close();
  await fixtures?.close();
});

describe('SES failing for some sends in the middle of a batch', () => {
  it('sends one alert per subscriber and event when SES works (the reference)', () => {
    expect(expectedOne).toBeGreaterThanOrEqual(EMAILS.length);
    expect(expected).toBeGreaterThan(expectedOne);
    expect(expected % EMAILS.length).toBe(0);
  });

  it('keeps the failed sends pending and the next ingestion run sends exactly the missing ones', async () => {
    const mailer = flaky([2, 3]);
    const db = await withSubscribers();
    const [first] = await ingest(db, mailer, 'kazinform-en');
    expect(first?.alertsSent).toBe(expectedOne - 2);
    expect(await ses.readMail()).toHaveLength(expectedOne - 2);
    const [second] = await ingest(db, mailer, 'kazinform-en');
    expect(second?.newArticles).toBe(0);
    expect(second?.alertsSent).toBe(2);
    const all = await ses.readMail();
    expect(all).toHaveLength(expectedOne);
    expect(new Set(keysOf(all)).size).toBe(expectedOne);
    // Nothing left to send: a third run mails nobody.
    await ingest(db, mailer, 'kazinform-en');
    expect(await ses.readMail()).toHaveLength(expectedOne);
    await db.close();
  });

  it('re-running the alert step with the same input sends only what failed', async () => {
    const mailer = flaky([1]);
    const db = await withSubscribers();
    await ingest(db, mailer, 'kazinform-en');
    expect(await ses.readMail()).toHaveLength(expectedOne - 1);
    const events = (await snapshot(db.endpoint, db.tableName)).events.filter((e) => e.agreements.length > 0);
    const again = await sendAgreementAlerts(
      { store: db.store, mailer, apiBaseUrl: 'http://api.test', logger: silentLogger },
      events.map((event) => ({ event, newAgreements: event.agreements })),
    );
    expect(again.sent).toBe(1);
    const all = await ses.readMail();
    expect(all).toHaveLength(expectedOne);
    expect(new Set(keysOf(all)).size).toBe(expectedOne);
    await db.close();
  });

  it('across several sources and runs, every alert goes out exactly once', async () => {
    const mailer = flaky([2, 5, 6, 11]);
    const db = await withSubscribers();
    await ingest(db, mailer);
    await ingest(db, mailer);
    await ingest(db, mailer);
    const all = await ses.readMail();
    const docs = docsOf(all);
    expect(new Set(docs).size).toBe(docs.length);
    expect(expectedDocs.length).toBeGreaterThanOrEqual(expected);
    expect(docs).toEqual(expectedDocs);
    await db.close();
  });
});
