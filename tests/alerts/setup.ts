import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Mailer } from '../../shared/alerts/mailer.ts';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import type { Store } from '../../shared/store/port.ts';
import { startTestSes, type TestSes } from '../helpers/ses.ts';
import { startTestStore } from '../helpers/store.ts';

/** A fresh store (dynalite, empty table) for one alert test. */
export async function openTestStore(): Promise<{ store: Store; close(): Promise<void> }> {
  const { store, close } = await startTestStore();
  return { store, close };
}

/** What each alert test works with: the SES emulator, a fresh store and a mailer pointed at the emulator. */
export interface MailEnv {
  ses: TestSes;
  store: Store;
  mailer: Mailer;
}

/**
 * Registers the hooks every alert test file needs: aws-ses-v2-local for the file, and before each test an
 * empty mail store, a fresh table and an SES mailer. Read the fields inside tests or later hooks.
 */
export function useMailEnv(): MailEnv {
  const env = {} as MailEnv;
  let closeStore: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    env.ses = await startTestSes();
  });
  afterAll(async () => env.ses.close());
  beforeEach(async () => {
    await env.ses.clear();
    ({ store: env.store, close: closeStore } = await openTestStore());
    env.mailer = createSesMailer({
      from: 'alerts@kz-china.example',
      region: 'us-east-1',
      endpoint: env.ses.endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  });
  afterEach(async () => closeStore?.());
  return env;
}
