import { Logger } from '@aws-lambda-powertools/logger';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AlertDeps, sendAgreementAlerts } from '../../shared/alerts/alert-step.ts';
import { agreementKey } from '../../shared/alerts/matching.ts';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import type { Store } from '../../shared/store/port.ts';
import { stateVisit, subscriber, TREATY } from './fixtures.ts';
import { openTestStore } from './setup.ts';

/* The unit error path: SES answers are mocked; the store is the real adapter. */
const sesMock = mockClient(SESv2Client);
let store: Store;
let closeStore: () => Promise<void>;
let deps: AlertDeps;
const quiet = new Logger({ logLevel: 'SILENT' });

function awsError(name: string, status: number): Error {
  return Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });
}

beforeEach(async () => {
  sesMock.reset();
  ({ store, close: closeStore } = await openTestStore());
  const mailer = createSesMailer({
    from: 'alerts@kz-china.example',
    region: 'eu-central-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
  });
  deps = { store, mailer, apiBaseUrl: 'https://api.kz-china.example', maxAttempts: 3, logger: quiet };
});
afterEach(async () => closeStore());

describe('failed sends', () => {
  const event = stateVisit();
  const item = { event, newAgreements: [TREATY] };
  const key = agreementKey(event.id, TREATY);

  it('records a throttled send as failed and sends it on the next run, once', async () => {
    const { sub } = subscriber('reader@example.org');
    await store.putSubscriberIfNew(sub);
    sesMock
      .on(SendEmailCommand)
      .rejectsOnce(awsError('TooManyRequestsException', 429))
      .resolves({ MessageId: 'ses-ok-1' });

    expect(await sendAgreementAlerts(deps, [item])).toEqual({ sent: 0, skipped: 0, failed: 1 });
    expect(await store.getDelivery(key, sub.id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      messageId: null,
    });
    expect((await store.getDelivery(key, sub.id))?.lastError).toContain('TooManyRequestsException');

    expect(await sendAgreementAlerts(deps, [item])).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(await store.getDelivery(key, sub.id)).toMatchObject({
      status: 'sent',
      attempts: 2,
      messageId: 'ses-ok-1',
    });

    expect(await sendAgreementAlerts(deps, [item])).toEqual({ sent: 0, skipped: 1, failed: 0 });
    expect(sesMock.commandCalls(SendEmailCommand)).toHaveLength(2);
  });

  it('gives up after the attempt limit, and at once on a permanent refusal', async () => {
    const a = subscriber('flaky@example.org');
    await store.putSubscriberIfNew(a.sub);
    sesMock.on(SendEmailCommand).rejects(awsError('ServiceUnavailable', 503));
    for (let i = 0; i < 5; i++) await sendAgreementAlerts(deps, [item]);
    expect(sesMock.commandCalls(SendEmailCommand)).toHaveLength(3);
    expect(await store.getDelivery(key, a.sub.id)).toMatchObject({ status: 'failed', attempts: 3 });

    const b = subscriber('bounced@example.org');
    await store.putSubscriberIfNew(b.sub);
    sesMock.reset();
    sesMock.on(SendEmailCommand).rejects(awsError('MessageRejected', 400));
    await sendAgreementAlerts(deps, [item]);
    await sendAgreementAlerts(deps, [item]);
    expect(sesMock.commandCalls(SendEmailCommand)).toHaveLength(1);
    expect((await store.getDelivery(key, b.sub.id))?.lastError).toMatch(/^permanent: /);
  });
});
