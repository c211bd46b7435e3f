import { Logger } from '@aws-lambda-powertools/logger';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AlertDeps } from '../../shared/alerts/alert-step.ts';
import { eventDayEntries, sendEventDayDigest } from '../../shared/alerts/digest-step.ts';
import { ValidationError } from '../../shared/errors.ts';
import { runDailyDigest } from '../../shared/pipeline/digest.ts';
import { ministersTalks, stateVisit, subscriber } from '../alerts/fixtures.ts';
import { useMailEnv } from '../alerts/setup.ts';

/**
 * Issue 17: `digest --date D` mails what was first seen as news on D, so on an archive ingested later it sends
 * nothing for the day things happened. `--event-date` selects the events that took place on D instead.
 */
const env = useMailEnv();
let deps: AlertDeps;

beforeEach(async () => {
  deps = {
    store: env.store,
    mailer: env.mailer,
    apiBaseUrl: 'https://api.kz-china.example',
    logger: new Logger({ logLevel: 'SILENT' }),
  };
  await env.store.createEvent(stateVisit());
  await env.store.createEvent(ministersTalks({ eventDate: '2025-06-18', id: 'ev_20250618beijing' }));
  await env.store.putSubscriberIfNew(subscriber('daily@example.org', { mode: 'daily' }).sub);
  await env.store.putSubscriberIfNew(subscriber('instant@example.org').sub);
});

describe('digest by event date', () => {
  it('selects only the events of that day, with all their items', async () => {
    const entries = await eventDayEntries(env.store, '2025-06-17');
    expect(entries.map((e) => e.event.id)).toEqual(['ev_20250617astana']);
    const triggers = new Set(entries[0]?.items?.map((i) => i.trigger));
    expect(triggers).toEqual(new Set(['agreement', 'event', 'figure']));
    expect(await eventDayEntries(env.store, '2025-06-16')).toEqual([]);
  });

  it('mails daily subscribers once, where the first-seen digest of that day has nothing', async () => {
    // Nothing was first seen as news on that day (the events were stored without alerts): the usual digest is empty.
    expect(await runDailyDigest(deps, '2025-06-17')).toMatchObject({ sent: 0, events: 0 });
    const entries = await eventDayEntries(env.store, '2025-06-17');
    expect(await sendEventDayDigest(deps, '2025-06-17', entries)).toEqual({ sent: 1, skipped: 0, failed: 0 });
    const mails = await env.ses.readMail();
    expect(mails.map((m) => m.destination.to[0])).toEqual(['daily@example.org']);
    expect(mails[0]?.body.text).toContain('Treaty');
    // Once per subscriber and day, and under its own key: a re-run sends nothing more.
    expect(await sendEventDayDigest(deps, '2025-06-17', entries)).toEqual({ sent: 0, skipped: 1, failed: 0 });
    expect(await env.ses.readMail()).toHaveLength(1);
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    await expect(eventDayEntries(env.store, '17.06.2025')).rejects.toBeInstanceOf(ValidationError);
  });
});
