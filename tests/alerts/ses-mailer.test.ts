import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalSes } from '../../shared/alerts/local-ses.ts';
import { MailSendError } from '../../shared/alerts/mailer.ts';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import { ConfigError } from '../../shared/errors.ts';
import { startTestSes, type TestSes } from '../helpers/ses.ts';

let ses: TestSes;
const mailer = () =>
  createSesMailer({
    from: 'alerts@kz-china-monitor.example',
    region: 'us-east-1',
    endpoint: ses.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
const message = {
  to: 'reader@example.org',
  subject: 'Kazakhstan–China: Memorandum signed',
  text: 'Plain body',
  html: '<p>HTML body</p>',
  headers: { 'List-Unsubscribe': '<https://api.example.org/unsubscribe?token=abc>' },
};

beforeAll(async () => {
  ses = await startTestSes();
});
afterAll(async () => ses.close());
beforeEach(async () => ses.clear());

describe('SES v2 mailer against aws-ses-v2-local', () => {
  it('sends both bodies, the UTF-8 subject and the custom headers', async () => {
    const { messageId } = await mailer().send(message);
    const [mail, ...rest] = await ses.readMail();
    expect(rest).toHaveLength(0);
    expect(mail?.messageId).toBe(messageId);
    expect(mail?.from).toBe('alerts@kz-china-monitor.example');
    expect(mail?.destination.to).toEqual(['reader@example.org']);
    expect(mail?.subject).toBe('Kazakhstan–China: Memorandum signed');
    expect(mail?.body).toEqual({ text: 'Plain body', html: '<p>HTML body</p>' });
    expect(mail?.headers).toEqual([
      { name: 'List-Unsubscribe', value: '<https://api.example.org/unsubscribe?token=abc>' },
    ]);
  });

  it('folds CR/LF in the subject and header values so no header can be injected', async () => {
    const { messageId } = await mailer().send({
      ...message,
      subject: 'Treaty signed\r\nBcc: victim@evil.example\r\n\r\nfake body',
      headers: { 'List-Unsubscribe': '<https://api.example.org/u>\r\nBcc: victim2@evil.example' },
    });
    const [mail] = await ses.readMail();
    expect(mail?.subject).toBe('Treaty signed Bcc: victim@evil.example fake body');
    expect(mail?.destination.bcc).toEqual([]);
    const raw = await ses.readRaw(messageId);
    const headerBlock = raw.split(/\r?\n\r?\n/)[0] ?? '';
    expect(headerBlock).not.toMatch(/^bcc:/im);
    expect(headerBlock).toMatch(/^Subject: Treaty signed Bcc: victim@evil\.example fake body$/m);
  });

  it('refuses invalid or multi-line recipient addresses without sending', async () => {
    for (const to of [
      'not-an-address',
      'reader@example.org\r\nBcc: victim@evil.example',
      'a@b.org, c@d.org',
    ]) {
      const err = await mailer()
        .send({ ...message, to })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(MailSendError);
      expect((err as MailSendError).retryable).toBe(false);
    }
    expect(await ses.readMail()).toHaveLength(0);
  });

  it('refuses header names that would override address fields', async () => {
    const err = await mailer()
      .send({ ...message, headers: { Bcc: 'victim@evil.example' } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MailSendError);
    expect(await ses.readMail()).toHaveLength(0);
  });

  it('rejects a sender address that is not an address at creation', () => {
    expect(() => createSesMailer({ from: 'alerts@example.org\nBcc: x@y.org' })).toThrow(MailSendError);
  });
});

describe('local SES start', () => {
  it('rejects a port in use with a ConfigError naming the port', async () => {
    const port = Number(new URL(ses.endpoint).port);
    const err = await startLocalSes({ port, host: '127.0.0.1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toContain(String(port));
  });
});
