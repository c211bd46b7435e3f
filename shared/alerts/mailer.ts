import { MailError } from '../errors.ts';

/** One email to send: both bodies are always given; `headers` carries List-Unsubscribe and the like. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/** The mail port: one adapter (SES v2, `ses-mailer.ts`) talks to the real service or aws-ses-v2-local. */
export interface Mailer {
  /** Sends one message; throws a MailSendError when the message is unsafe or the service fails. */
  send(msg: MailMessage): Promise<{ messageId: string }>;
}

/**
 * A failed send. `retryable` is true when trying again later may succeed (throttling, 5xx, network);
 * false when the message itself is refused (bad address, header injection, unverified sender).
 */
export class MailSendError extends MailError {
  override name = 'MailSendError';
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
