/**
 * The setups the API tests share: a store with sample events, a mailer that only records recipients (where
 * what a mail says does not matter), and the real SES mailer pointed at a test's local SES.
 */
import type { Mailer } from '../../shared/alerts/mailer.ts';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import { LOCAL_CREDENTIALS } from '../../shared/local/stack.ts';
import { makeEvent } from './events.ts';
import type { TestSes } from './ses.ts';
import { startTestStore, type TestStore } from './store.ts';

/** A fresh test store holding the sample events 1..n (`makeEvent`). */
export async function storeWithEvents(n: number): Promise<TestStore> {
  const db = await startTestStore();
  for (let i = 1; i <= n; i++) await db.store.createEvent(makeEvent(i));
  return db;
}

/** A mailer that records each recipient in `sent` and answers with a message id. */
export function recordingMailer(): { mailer: Mailer; sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    mailer: {
      send: async (m) => {
        sent.push(m.to);
        return { messageId: String(sent.length) };
      },
    },
  };
}

/** The production SES mailer, sending to a test's local SES. */
export function sesMailer(ses: TestSes): Mailer {
  return createSesMailer({
    from: 'alerts@example.org',
    endpoint: ses.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
}
