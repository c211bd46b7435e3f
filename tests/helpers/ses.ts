import { startLocalSes } from '../../shared/alerts/local-ses.ts';

/** One mail as aws-ses-v2-local stored it (`GET /store`). */
export interface Mail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
  headers?: Array<{ name: string; value: string }>;
  at: number;
}

/** A running aws-ses-v2-local for one test file, with helpers to read and clear its mail store. */
export interface TestSes {
  endpoint: string;
  /** Every mail received since the last clear, oldest first. */
  readMail(): Promise<Mail[]>;
  /** The mail as an RFC 5322 message (built by the server from what it stored): for header checks. */
  readRaw(messageId: string): Promise<string>;
  clear(): Promise<void>;
  close(): Promise<void>;
}

/* The server wants an AWS-looking Authorization header on API calls; any value starting with AWS will do. */
const AUTH = { authorization: 'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/ses/aws4_request' };

/** Starts aws-ses-v2-local on 127.0.0.1 and a free port, with an empty mail store. */
export async function startTestSes(): Promise<TestSes> {
  const ses = await startLocalSes({ port: 0, host: '127.0.0.1' });
  const call = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${ses.endpoint}${path}`, { ...init, headers: { ...AUTH, ...init.headers } });
    if (!res.ok) throw new Error(`aws-ses-v2-local ${path}: HTTP ${res.status}`);
    return res;
  };
  const clear = async () => {
    await call('/clear-store', { method: 'POST' });
  };
  await clear(); // the package's store is module-global: start from nothing
  return {
    endpoint: ses.endpoint,
    readMail: async () => ((await (await call('/store')).json()) as { emails: Mail[] }).emails,
    readRaw: async (messageId) => {
      const res = await call(`/get-emlContent?messageId=${encodeURIComponent(messageId)}`);
      const out = (await res.json()) as { body: string | { type: string; data: number[] } };
      return typeof out.body === 'string' ? out.body : Buffer.from(out.body.data).toString('utf8');
    },
    clear,
    close: () => ses.close(),
  };
}
