/**
 * The setups the API tests share: a store with sample events, a mailer that only records recipients (where
 * what a mail says does not matter), the real SES mailer pointed at a test's local SES, and the API served with
 * both for the subscription tests.
 */
import type { Mailer } from '../../shared/alerts/mailer.ts';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import { createApp } from '../../shared/api/app.ts';
import type { ApiDeps } from '../../shared/api/deps.ts';
import { serveApi } from '../../shared/local/http-server.ts';
import { LOCAL_CREDENTIALS } from '../../shared/local/stack.ts';
import { makeEvent } from './events.ts';
import { startTestSes, type TestSes } from './ses.ts';
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

/** The API with real subscriptions: a test store, a local SES and the app on a loopback port. */
export interface MailApi {
  url: string;
  db: TestStore;
  ses: TestSes;
  close(): Promise<void>;
}

/** Starts a `MailApi`; `deps` adds to (or overrides) the app's dependencies, e.g. subscribe limits. */
export async function startMailApi(deps: Partial<ApiDeps> = {}): Promise<MailApi> {
  const db = await startTestStore();
  const ses = await startTestSes();
  const app = createApp({
    store: db.store,
    sources: [],
    apiBaseUrl: 'http://api.test',
    mailer: sesMailer(ses),
    ...deps,
  });
  const api = await serveApi(app, { port: 0 });
  return {
    url: api.url,
    db,
    ses,
    close: async () => {
      await api.close();
      await ses.close();
      await db.close();
    },
  };
}
