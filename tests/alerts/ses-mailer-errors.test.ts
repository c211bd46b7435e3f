import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { MailSendError } from '../../shared/alerts/mailer.ts';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';

/* Only the service's error answers are mocked here; everything else runs against aws-ses-v2-local. */
const sesMock = mockClient(SESv2Client);
afterEach(() => sesMock.reset());

const mailer = createSesMailer({
  from: 'alerts@kz-china-monitor.example',
  region: 'eu-central-1',
  credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
});
const msg = { to: 'reader@example.org', subject: 'Subject', text: 'text', html: '<p>html</p>' };

function awsError(name: string, status: number): Error {
  return Object.assign(new Error(`${name} from SES`), { name, $metadata: { httpStatusCode: status } });
}

describe('SES mailer failures', () => {
  it.each([
    ['TooManyRequestsException', 429, true],
    ['InternalFailure', 500, true],
    ['ServiceUnavailable', 503, true],
    ['MessageRejected', 400, false],
    ['MailFromDomainNotVerifiedException', 400, false],
    ['AccountSuspendedException', 400, false],
  ])(
    'wraps %s (HTTP %i) in a MailSendError with retryable=%s and the cause',
    async (name, status, retryable) => {
      const cause = awsError(name, status);
      sesMock.on(SendEmailCommand).rejects(cause);
      const err = await mailer.send(msg).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(MailSendError);
      expect((err as MailSendError).retryable).toBe(retryable);
      expect((err as MailSendError).cause).toBe(cause);
      expect((err as MailSendError).message).toContain(name);
    },
  );

  it('treats a network failure without an HTTP answer as retryable', async () => {
    sesMock
      .on(SendEmailCommand)
      .rejects(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    const err = await mailer.send(msg).catch((e: unknown) => e);
    expect((err as MailSendError).retryable).toBe(true);
  });

  it('sends the configuration set only when one is configured', async () => {
    sesMock.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
    await mailer.send(msg);
    const withSet = createSesMailer({
      from: 'alerts@kz-china-monitor.example',
      region: 'eu-central-1',
      configurationSet: 'alerts',
    });
    await withSet.send(msg);
    const calls = sesMock.commandCalls(SendEmailCommand).map((c) => c.args[0].input);
    expect(calls[0]?.ConfigurationSetName).toBeUndefined();
    expect(calls[1]?.ConfigurationSetName).toBe('alerts');
    expect(calls[1]?.Content?.Simple?.Body?.Html?.Data).toBe('<p>html</p>');
  });
});
