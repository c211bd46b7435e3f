import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { checkAddress, checkHeaders, oneLine, truncate } from './mail-safety.ts';
import { type Mailer, type MailMessage, MailSendError } from './mailer.ts';

/** Configuration of the SES v2 mailer. */
export interface SesMailerOptions {
  /** The verified sender address (FromEmailAddress). */
  from: string;
  region?: string;
  /** A non-AWS endpoint, e.g. aws-ses-v2-local at `http://127.0.0.1:8005`. */
  endpoint?: string;
  /** The SES configuration set (event publishing, suppression); omitted when not given. */
  configurationSet?: string;
  /** Static credentials (the local stack passes dummy ones); the default provider chain otherwise. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/*
 * The SDK loads on the first mail, not at import: the API Lambda sends mail only on subscription routes, and a
 * dynamic import of an external package stays dynamic in the bundle, out of every other route's cold start.
 */
const sdk = () => import('@aws-sdk/client-sesv2');

/* SDK clients live at module scope, one per region + endpoint, so warm Lambda invocations reuse them. */
const clients = new Map<string, Promise<SESv2Client>>();

function clientFor(opts: SesMailerOptions): Promise<SESv2Client> {
  const key = `${opts.region ?? ''}|${opts.endpoint ?? ''}|${opts.credentials?.accessKeyId ?? ''}`;
  let client = clients.get(key);
  if (!client) {
    client = sdk().then(
      ({ SESv2Client }) =>
        new SESv2Client({
          ...(opts.region ? { region: opts.region } : {}),
          ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
          ...(opts.credentials ? { credentials: opts.credentials } : {}),
        }),
    );
    clients.set(key, client);
  }
  return client;
}

/* Error names SES uses when slowing a sender down: worth another try later. */
const THROTTLED = new Set([
  'TooManyRequestsException',
  'ThrottlingException',
  'Throttling',
  'LimitExceededException',
]);

/** Whether a thrown SDK error may succeed on a later try: throttling, a 5xx, or no HTTP answer at all. */
export function isRetryable(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { name?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } };
  if (e.$retryable) return true;
  if (e.name && THROTTLED.has(e.name)) return true;
  const status = e.$metadata?.httpStatusCode;
  if (status === undefined) return true; // network failure or timeout: the request never got an answer
  return status >= 500 || status === 429;
}

/**
 * The SES v2 adapter of the Mailer port. Every message is checked first: addresses validated, the subject
 * folded to one line, custom headers (List-Unsubscribe…) validated and folded, so no untrusted text can add
 * a header. Sends Simple content with `Headers`, UTF-8 throughout.
 */
export function createSesMailer(opts: SesMailerOptions): Mailer {
  const from = checkAddress(opts.from);
  return {
    async send(msg: MailMessage) {
      const to = checkAddress(msg.to);
      const subject = truncate(oneLine(msg.subject), 200);
      if (!subject) throw new MailSendError('empty subject', false);
      const headers = checkHeaders(msg.headers ?? {});
      const [{ SendEmailCommand }, client] = await Promise.all([sdk(), clientFor(opts)]);
      const command = new SendEmailCommand({
        FromEmailAddress: from,
        Destination: { ToAddresses: [to] },
        ...(opts.configurationSet ? { ConfigurationSetName: opts.configurationSet } : {}),
        Content: {
          Simple: {
            Subject: { Data: subject, Charset: 'UTF-8' },
            Body: { Text: { Data: msg.text, Charset: 'UTF-8' }, Html: { Data: msg.html, Charset: 'UTF-8' } },
            ...(headers.length > 0 ? { Headers: headers } : {}),
          },
        },
      });
      let out: { MessageId?: string | undefined };
      try {
        out = await client.send(command);
      } catch (err) {
        const name = err instanceof Error ? err.name : 'unknown error';
        throw new MailSendError(`SES SendEmail failed: ${name}`, isRetryable(err), { cause: err });
      }
      if (!out.MessageId) throw new MailSendError('SES SendEmail returned no MessageId', true);
      return { messageId: out.MessageId };
    },
  };
}
