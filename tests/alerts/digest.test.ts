import { Logger } from '@aws-lambda-powertools/logger';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AlertDeps, sendDailyDigest, sendOperatorAlert } from '../../shared/alerts/alert-step.ts';
import { ValidationError } from '../../shared/errors.ts';
import {
  AI_MEMORANDUM,
  ministersTalks,
  RAILWAY_PLANNED,
  stateVisit,
  subscriber,
  TREATY,
} from './fixtures.ts';
import { useMailEnv } from './setup.ts';

const env = useMailEnv();
let deps: AlertDeps;
const quiet = new Logger({ logLevel: 'SILENT' });

beforeEach(() => {
  deps = { store: env.store, mailer: env.mailer, apiBaseUrl: 'https://api.kz-china.example', logger: quiet };
});

describe('daily digest', () => {
  const day = [
    stateVisit({ agreements: [TREATY, AI_MEMORANDUM, RAILWAY_PLANNED] }),
    ministersTalks({ eventDate: '2025-06-17' }),
  ].map((event) => ({ event, agreements: event.agreements }));

  it('groups the day’s agreements into one email per daily subscriber, once per day', async () => {
    for (const s of [
      subscriber('daily@example.org', { mode: 'daily' }),
      subscriber('daily-memos@example.org', { mode: 'daily', filters: { docTypes: ['memorandum'] } }),
      subscriber('daily-protocols@example.org', { mode: 'daily', filters: { docTypes: ['protocol'] } }),
      subscriber('instant@example.org'),
      subscriber('pending-daily@example.org', { mode: 'daily', status: 'pending' }),
    ])
      await env.store.putSubscriberIfNew(s.sub);

    expect(await sendDailyDigest(deps, '2025-06-17', day)).toEqual({ sent: 2, skipped: 0, failed: 0 });
    const mails = await env.ses.readMail();
    expect(mails.map((m) => m.destination.to[0]).sort()).toEqual([
      'daily-memos@example.org',
      'daily@example.org',
    ]);
    const all = mails.find((m) => m.destination.to[0] === 'daily@example.org');
    expect(all?.subject).toBe('Kazakhstan–China: 3 documents reported on 2025-06-17');
    expect(all?.body.text).toContain('in 2 events');
    expect(all?.body.text).toContain('Agreement (signed): Treaty on Eternal');
    expect(all?.body.text).not.toContain('to be signed');
    const memos = mails.find((m) => m.destination.to[0] === 'daily-memos@example.org');
    expect(memos?.body.text).not.toContain('Agreement (signed)');
    expect(memos?.subject).toContain('2 documents');

    expect(await sendDailyDigest(deps, '2025-06-17', day)).toEqual({ sent: 0, skipped: 2, failed: 0 });
    expect(await env.ses.readMail()).toHaveLength(2);
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    await expect(sendDailyDigest(deps, '17.06.2025', day)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('operator alert', () => {
  it('mails the operator through the same mailer, the text escaped in HTML', async () => {
    const { messageId } = await sendOperatorAlert(
      deps,
      'ops@example.org',
      'Source kazinform-en has failed 3 runs in a row',
      'Last error: FetchError: HTTP 503 <html>',
    );
    const [mail] = await env.ses.readMail();
    expect(mail?.messageId).toBe(messageId);
    expect(mail?.subject).toBe('[kz-china-monitor] Source kazinform-en has failed 3 runs in a row');
    expect(mail?.body.text).toBe('Last error: FetchError: HTTP 503 <html>');
    expect(mail?.body.html).toContain('HTTP 503 &lt;html&gt;');
  });
});
