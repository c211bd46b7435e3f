import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventAndFigureItems } from '../../shared/alerts/items.ts';
import { newsVerdict } from '../../shared/alerts/news.ts';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import type { Agreement, Event } from '../../shared/domain/index.ts';
import { startFixtureServer } from '../../shared/fetch/fixture-server.ts';
import { createHttpClient } from '../../shared/fetch/http.ts';
import { FIXTURES_ROOT, LOCAL_CREDENTIALS } from '../../shared/local/stack.ts';
import { createLogger } from '../../shared/log.ts';
import { drainOutbox, NOT_ALERTED_OLD, recordPendingAlerts } from '../../shared/pipeline/outbox.ts';
import { runAll, totals } from '../../shared/pipeline/run-all.ts';
import type { PipelineDeps } from '../../shared/pipeline/types.ts';
import { loadSources } from '../../shared/sources/registry.ts';
import { makeEvent } from '../helpers/events.ts';
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
  await db.store.putSubscriberIfNew({
    id: 'sub_newsonly',
    email: 'diplomat@example.org',
    filters: { docTypes: [], keywords: [], participants: [], includePlanned: true },
    mode: 'instant',
    status: 'confirmed',
    tokenHash: createHash('sha256').update('newsonly').digest('hex'),
    createdAt: '2026-01-01T00:00:00Z',
    confirmedAt: '2026-01-01T00:01:00Z',
  });
  deps = {
    store: db.store,
    http: createHttpClient({ rewrite: fixtures.rewrite, allowPrivate: true, hostDelayMs: 0, retries: 0 }),
    sources: loadSources().filter((s) => s.id === 'kazinform-en' || s.id === 'daryo-en'),
    mailer: createSesMailer({
      from: 'alerts@example.org',
      endpoint: ses.endpoint,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    }),
    apiBaseUrl: 'http://api.test',
    operatorEmail: null,
    failureAlertThreshold: 3,
    logger: createLogger('news-only'),
    now: () => new Date('2026-12-01T06:00:00Z'),
  };
});
afterAll(async () => {
  await fixtures?.close();
  await ses?.close();
  await db?.close();
});

describe('alerts are news only', () => {
  it('judges age on the event date, else the first report, with the window inclusive', () => {
    const now = new Date('2026-06-30T06:00:00Z');
    const ev = (eventDate: string | null, published: string | null = null) =>
      ({ eventDate, sources: [{ published }] }) as unknown as Event;
    expect(newsVerdict(ev('2026-05-31'), now, 30).news).toBe(true);
    expect(newsVerdict(ev('2026-05-30'), now, 30)).toEqual({
      news: false,
      reason: 'old: event of 2026-05-30 is 31 days before today (window 30)',
    });
    expect(newsVerdict(ev(null, '2019-03-01T10:00:00+06:00'), now).news).toBe(false);
    expect(newsVerdict(ev(null, null), now).news).toBe(true);
  });

  it('a first run over an archive mails nothing and records every document as not alerted: old', async () => {
    const run = totals(await runAll(deps, null));
    expect(run.newEvents).toBeGreaterThan(0);
    expect(run.alertsQueued).toBe(0);
    expect(run.alertsSent).toBe(0);
    expect(await ses.readMail()).toEqual([]);
    expect((await db.store.listKeyMembers(NOT_ALERTED_OLD)).length).toBeGreaterThan(0);
  });

  it('drops an alert left pending until its event aged out, instead of sending it late', async () => {
    const event = { ...makeEvent(401), eventDate: '2026-10-20' };
    await db.store.createEvent(event);
    const early = { ...deps, mailer: undefined, now: () => new Date('2026-10-21T06:00:00Z') };
    // the documents, plus the event itself and its figures (first seen)
    expect(await recordPendingAlerts(early, event, event.agreements)).toBe(
      event.agreements.length + eventAndFigureItems(event).length,
    );
    expect(await drainOutbox(deps)).toEqual({ sent: 0, failed: 0, pending: 0 });
    expect(await ses.readMail()).toEqual([]);
  });

  it('alerts a planned document when announced and again, once, when signed, saying it was announced', async () => {
    const base = { ...makeEvent(402), eventDate: '2026-11-30' };
    const doc: Agreement = {
      docType: 'memorandum',
      status: 'planned',
      title: 'Memorandum on glacier monitoring',
    };
    const planned: Event = { ...base, agreements: [doc] };
    await db.store.createEvent(planned);
    await recordPendingAlerts(deps, planned, [doc]);
    expect((await drainOutbox(deps)).sent).toBe(1);
    const signed: Event = { ...planned, agreements: [{ ...doc, status: 'signed' }] };
    await db.store.updateEvent(signed, planned.version);
    await recordPendingAlerts(deps, signed, signed.agreements);
    await recordPendingAlerts(deps, signed, signed.agreements); // a re-run records the same alert: no second mail
    expect((await drainOutbox(deps)).sent).toBe(1);
    const mail = await ses.readMail();
    expect(mail.map((m) => m.subject)).toHaveLength(2);
    expect(mail[0]?.body.text).not.toContain('announced earlier');
    expect(mail[1]?.body.text).toContain('announced earlier as planned and has now been signed');
  });
});
