import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import { LOCAL_CREDENTIALS } from '../../shared/local/stack.ts';
import { createLogger } from '../../shared/log.ts';
import { almatyDay, digestItems, runDailyDigest } from '../../shared/pipeline/digest.ts';
import { recordPendingAlerts } from '../../shared/pipeline/outbox.ts';
import { makeEvent } from '../helpers/events.ts';
import { startTestSes, type TestSes } from '../helpers/ses.ts';
import { startTestStore } from '../helpers/store.ts';

let db: Awaited<ReturnType<typeof startTestStore>>;
let ses: TestSes;

beforeAll(async () => {
  db = await startTestStore();
  ses = await startTestSes();
});
afterAll(async () => {
  await ses?.close();
  await db?.close();
});

/** A confirmed subscriber in the given mode. */
function subscriber(n: number, mode: 'daily' | 'instant') {
  return {
    id: `sub_digest${n}`,
    email: `reader${n}@example.org`,
    filters: { docTypes: [], keywords: [], participants: [], includePlanned: true },
    mode,
    status: 'confirmed' as const,
    tokenHash: createHash('sha256').update(`t${n}`).digest('hex'),
    createdAt: '2026-06-01T00:00:00Z',
    confirmedAt: '2026-06-01T00:05:00Z',
  };
}

describe('daily digest', () => {
  it('takes the Almaty calendar day from the time-zone database: UTC+6 until March 2024, UTC+5 since', () => {
    expect(almatyDay(new Date('2026-06-30T18:59:00Z'))).toBe('2026-06-30');
    expect(almatyDay(new Date('2026-06-30T19:00:00Z'))).toBe('2026-07-01');
    expect(almatyDay(new Date('2024-02-28T18:30:00Z'))).toBe('2024-02-29'); // 00:30 at UTC+6
    expect(almatyDay(new Date('2024-03-01T18:30:00Z'))).toBe('2024-03-01'); // 23:30 at UTC+5
  });

  it('mails each daily subscriber one digest of the documents alerted as news that day, once', async () => {
    const day = '2026-06-20';
    const at = (d: string) => ({
      store: db.store,
      logger: createLogger('digest-test'),
      now: () => new Date(`${d}T06:00:00Z`),
    });
    const news = [0, 3, 6].map((n) => ({ ...makeEvent(n + 300), eventDate: '2026-06-19' }));
    const otherDay = { ...makeEvent(309), eventDate: '2026-06-18' };
    const old = { ...makeEvent(312), eventDate: '2025-01-15' };
    for (const e of [...news, otherDay, old]) await db.store.createEvent(e);
    expect([...news, otherDay, old].every((e) => e.agreements.length > 0)).toBe(true);
    for (const e of [...news, old]) await recordPendingAlerts(at(day), e, e.agreements);
    await recordPendingAlerts(at('2026-06-18'), otherDay, otherDay.agreements);
    // The old event's documents are new to the store but not news: neither instant alerts nor the digest list them.
    expect((await digestItems(db.store, day)).map((i) => i.event.id).sort()).toEqual(
      news.map((e) => e.id).sort(),
    );

    for (const s of [subscriber(1, 'daily'), subscriber(2, 'daily'), subscriber(3, 'instant')])
      await db.store.putSubscriberIfNew(s);
    const mailer = createSesMailer({
      from: 'alerts@example.org',
      endpoint: ses.endpoint,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    });
    const deps = { store: db.store, mailer, apiBaseUrl: 'http://api.test' };
    const first = await runDailyDigest(deps, day);
    expect(first).toMatchObject({ events: 3, sent: 2 });
    const mail = await ses.readMail();
    expect(mail.map((m) => m.destination.to[0]).sort()).toEqual([
      'reader1@example.org',
      'reader2@example.org',
    ]);
    for (const e of news) expect(mail[0]?.body.text).toContain(e.agreements[0]?.title);
    expect(mail[0]?.body.text).not.toContain(old.agreements[0]?.title);
    const again = await runDailyDigest(deps, day);
    expect(again.sent).toBe(0);
    expect(await ses.readMail()).toHaveLength(2);
  });
});
