import { Logger } from '@aws-lambda-powertools/logger';
import { beforeEach, describe, expect, it } from 'vitest';
import { type AlertDeps, sendAgreementAlerts } from '../../shared/alerts/alert-step.ts';
import { unsubscribe } from '../../shared/alerts/subscriptions.ts';
import {
  AI_MEMORANDUM,
  JOINT_STATEMENT,
  ministersTalks,
  RAILWAY_PLANNED,
  stateVisit,
  subscriber,
  TREATY,
} from './fixtures.ts';
import { useMailEnv } from './setup.ts';

const BASE = 'https://api.kz-china.example';
const env = useMailEnv();
let deps: AlertDeps;
const quiet = new Logger({ logLevel: 'SILENT' });

beforeEach(() => {
  deps = { store: env.store, mailer: env.mailer, apiBaseUrl: BASE, logger: quiet };
});

async function addSubscribers(...subs: Array<ReturnType<typeof subscriber>>) {
  for (const s of subs) expect(await env.store.putSubscriberIfNew(s.sub)).toBe(true);
}
const recipients = async () => (await env.ses.readMail()).flatMap((m) => m.destination.to).sort();

describe('agreement alerts', () => {
  it('mails each matching confirmed instant subscriber exactly once, and nobody else', async () => {
    await addSubscribers(
      subscriber('all@example.org'),
      subscriber('treaties@example.org', { filters: { docTypes: ['agreement'] } }),
      subscriber('memos-only@example.org', { filters: { docTypes: ['memorandum'] } }),
      subscriber('pending@example.org', { status: 'pending' }),
      subscriber('gone@example.org', { status: 'unsubscribed' }),
      subscriber('daily@example.org', { mode: 'daily' }),
    );
    const event = stateVisit();
    const summary = await sendAgreementAlerts(deps, [{ event, newAgreements: [TREATY, JOINT_STATEMENT] }]);
    expect(summary).toEqual({ sent: 2, skipped: 0, failed: 0 });
    expect(await recipients()).toEqual(['all@example.org', 'treaties@example.org']);
    const mails = await env.ses.readMail();
    const toAll = mails.find((m) => m.destination.to[0] === 'all@example.org');
    expect(toAll?.body.text).toContain('Joint statement (signed)');
    const toTreaties = mails.find((m) => m.destination.to[0] === 'treaties@example.org');
    expect(toTreaties?.body.text).not.toContain('Joint statement');
  });

  it('sends nothing more when the step is re-run, retried concurrently, or the merge only restates documents', async () => {
    await addSubscribers(subscriber('a@example.org'), subscriber('b@example.org'));
    const item = { event: stateVisit(), newAgreements: [TREATY] };
    expect((await sendAgreementAlerts(deps, [item])).sent).toBe(2);
    expect(await sendAgreementAlerts(deps, [item])).toEqual({ sent: 0, skipped: 2, failed: 0 });
    const restated = {
      ...TREATY,
      title: 'TREATY ON ETERNAL GOOD-NEIGHBORLINESS, FRIENDSHIP AND COOPERATION.',
    };
    const both = await Promise.all([
      sendAgreementAlerts(deps, [{ event: stateVisit({ version: 2 }), newAgreements: [restated] }]),
      sendAgreementAlerts(deps, [item]),
    ]);
    expect(both.map((s) => s.sent)).toEqual([0, 0]);
    expect(await env.ses.readMail()).toHaveLength(2);
  });

  it('alerts only the new document when a later article adds one to the event', async () => {
    await addSubscribers(subscriber('reader@example.org'));
    await sendAgreementAlerts(deps, [{ event: stateVisit(), newAgreements: [TREATY] }]);
    await env.ses.clear();
    const grown = stateVisit({ agreements: [TREATY, JOINT_STATEMENT, AI_MEMORANDUM], version: 3 });
    const summary = await sendAgreementAlerts(deps, [
      { event: grown, newAgreements: [TREATY, AI_MEMORANDUM] },
    ]);
    expect(summary.sent).toBe(1);
    const [mail] = await env.ses.readMail();
    expect(mail?.subject).toContain('memorandum signed on cooperation in the field of artificial');
    expect(mail?.body.text).not.toContain('Agreement (signed): Treaty');
  });

  it('sends a planned agreement only to subscribers who asked for planned ones', async () => {
    await addSubscribers(
      subscriber('signed-only@example.org'),
      subscriber('planned-too@example.org', { filters: { includePlanned: true } }),
    );
    await sendAgreementAlerts(deps, [{ event: stateVisit(), newAgreements: [RAILWAY_PLANNED] }]);
    const mails = await env.ses.readMail();
    expect(mails.map((m) => m.destination.to[0])).toEqual(['planned-too@example.org']);
    expect(mails[0]?.subject).toMatch(/to be signed/);
  });

  it('applies keyword and participant filters', async () => {
    await addSubscribers(
      subscriber('wang@example.org', { filters: { participants: ['Wang Yi'] } }),
      subscriber('xi@example.org', { filters: { participants: ['Xi Jinping'] } }),
      subscriber('ai@example.org', { filters: { keywords: ['artificial intelligence'] } }),
    );
    await sendAgreementAlerts(deps, [
      { event: stateVisit(), newAgreements: [TREATY, AI_MEMORANDUM] },
      { event: ministersTalks(), newAgreements: ministersTalks().agreements },
    ]);
    const mails = await env.ses.readMail();
    const byTo = (to: string) => mails.filter((m) => m.destination.to[0] === to);
    expect(byTo('wang@example.org').map((m) => m.subject)).toEqual([
      expect.stringContaining('Меморандум о сотрудничестве'),
    ]);
    expect(byTo('xi@example.org')).toHaveLength(1);
    expect(byTo('xi@example.org')[0]?.subject).toContain(' and 1 more, Astana');
    expect(byTo('ai@example.org')).toHaveLength(1);
    expect(byTo('ai@example.org')[0]?.body.text).not.toContain('Agreement (signed): Treaty');
  });

  it('stops mailing after the one-click unsubscribe link from an alert is used', async () => {
    await addSubscribers(subscriber('leaving@example.org'), subscriber('staying@example.org'));
    await sendAgreementAlerts(deps, [{ event: stateVisit(), newAgreements: [TREATY] }]);
    const mail = (await env.ses.readMail()).find((m) => m.destination.to[0] === 'leaving@example.org');
    const header = mail?.headers?.find((h) => h.name === 'List-Unsubscribe')?.value ?? '';
    expect(mail?.headers).toContainEqual({
      name: 'List-Unsubscribe-Post',
      value: 'List-Unsubscribe=One-Click',
    });
    const token = new URL(header.slice(1, -1)).searchParams.get('token') ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,100}$/); // what the API's token check accepts
    expect(mail?.body.text).toContain(`${BASE}/unsubscribe?token=${token}`);
    expect(await unsubscribe(deps, token)).toEqual({ status: 'unsubscribed' });
    expect(await unsubscribe(deps, token)).toEqual({ status: 'unsubscribed' });
    await env.ses.clear();
    await sendAgreementAlerts(deps, [
      { event: ministersTalks(), newAgreements: ministersTalks().agreements },
    ]);
    expect(await recipients()).toEqual(['staying@example.org']);
  });

  it('neutralises header injection through untrusted titles', async () => {
    await addSubscribers(subscriber('reader@example.org'));
    const evil = { ...AI_MEMORANDUM, title: 'Memorandum\r\nBcc: victim@evil.example\r\nX-Injected: yes' };
    const event = stateVisit({
      participants: [{ name: 'Wang Yi\nBcc: other@evil.example', role: null, country: 'CN' }],
    });
    await sendAgreementAlerts(deps, [{ event, newAgreements: [evil] }]);
    const [mail] = await env.ses.readMail();
    expect(mail?.subject).toBe(
      'Kazakhstan–China: memorandum signed: Memorandum Bcc: victim@evil.example X-Injected: yes, Astana, 17 Jun 2025 (Wang Yi Bcc: other@evil.example)',
    );
    expect(mail?.destination).toEqual({ to: ['reader@example.org'], cc: [], bcc: [] });
    const head = (await env.ses.readRaw(mail?.messageId ?? '')).split(/\r?\n\r?\n/)[0] ?? '';
    expect(head).not.toMatch(/^(bcc|x-injected):/im);
    expect(mail?.body.text).not.toMatch(/^Bcc:/m);
  });
});
