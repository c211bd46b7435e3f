import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import { LOCAL_CREDENTIALS } from '../../shared/local/stack.ts';
import { almatyDay, eventsStoredOn, runDailyDigest } from '../../shared/pipeline/digest.ts';
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
  it('takes the Almaty calendar day, five hours ahead of UTC', () => {
    expect(almatyDay(new Date('2026-06-30T18:59:00Z'))).toBe('2026-06-30');
    expect(almatyDay(new Date('2026-06-30T19:00:00Z'))).toBe('2026-07-01');
  });

  it('mails each daily subscriber one digest of the agreements stored that day, once', async () => {
    const day = '2026-06-20';
    const withDocs = [0, 3, 6].map((n) => ({
      ...makeEvent(n + 300),
      createdAt: `${day}T04:00:00.000Z`,
      eventDate: '2026-06-19',
    }));
    const otherDay = { ...makeEvent(309), createdAt: '2026-06-18T04:00:00.000Z', eventDate: '2026-06-18' };
    const noDocs = { ...makeEvent(301), createdAt: `${day}T05:00:00.000Z`, eventDate: '2026-06-19' };
    for (const e of [...withDocs, otherDay, noDocs]) await db.store.createEvent(e);
    expect(withDocs.every((e) => e.agreements.length > 0) && noDocs.agreements.length === 0).toBe(true);
    expect((await eventsStoredOn(db.store, day)).map((e) => e.id).sort()).toEqual(
      withDocs.map((e) => e.id).sort(),
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
    for (const e of withDocs) expect(mail[0]?.body.text).toContain(e.agreements[0]?.title);
    const again = await runDailyDigest(deps, day);
    expect(again.sent).toBe(0);
    expect(await ses.readMail()).toHaveLength(2);
  });
});
