import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import { filtersFromQuery } from '../../shared/alerts/saved-query.ts';
import type { Event, Figure } from '../../shared/domain/index.ts';
import { digestItems } from '../../shared/pipeline/digest.ts';
import { drainOutbox, recordPendingAlerts } from '../../shared/pipeline/outbox.ts';
import type { PipelineDeps } from '../../shared/pipeline/types.ts';
import { ministersTalks, subscriber } from './fixtures.ts';
import { useMailEnv } from './setup.ts';

const env = useMailEnv();
const TRADE: Figure = {
  metric: 'trade_turnover',
  value: 21_000_000_000,
  unit: 'USD',
  year: 2024,
  text: '$21 billion in the first ten months',
};

function pipelineDeps(): PipelineDeps {
  return {
    store: env.store,
    http: undefined as never, // the outbox never fetches
    sources: [],
    mailer: env.mailer,
    apiBaseUrl: 'http://api.test',
    operatorEmail: null,
    failureAlertThreshold: 3,
    logger: new Logger({ logLevel: 'SILENT' }),
    now: () => new Date('2024-12-03T04:00:00Z'),
  };
}

async function mailsTo(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const m of await env.ses.readMail()) {
    const to = m.destination.to[0] ?? '';
    out[to] = [...(out[to] ?? []), m.subject];
  }
  return out;
}

describe('outbox entries per (event, trigger)', () => {
  it('alerts a new event, its documents and a later figure, each once, to the subscribers who asked', async () => {
    const deps = pipelineDeps();
    for (const s of [
      subscriber('wang@example.org', { filters: filtersFromQuery({ participant: 'Ван И' }) }),
      subscriber('figures@example.org', { filters: { triggers: ['figure'], keywords: ['trade'] } }),
      subscriber('docs@example.org'),
      subscriber('visits@example.org', { filters: filtersFromQuery({ kind: 'visit' }) }),
    ])
      await env.store.putSubscriberIfNew(s.sub);
    const talks = ministersTalks();
    await env.store.createEvent(talks);
    expect(await recordPendingAlerts(deps, talks, talks.agreements)).toBe(2); // the document and the event
    expect(await recordPendingAlerts(deps, talks, [])).toBe(0); // a re-run: the event was seen
    expect((await drainOutbox(deps)).sent).toBe(2);
    const first = await mailsTo();
    expect(Object.keys(first).sort()).toEqual(['docs@example.org', 'wang@example.org']);
    expect(first['wang@example.org']?.[0]).toBe(
      'Kazakhstan–China: meeting: Murat Nurtleu, Wang Yi, Beijing, 2 Dec 2024',
    );

    // A later report adds a trade figure: only the figure is new, and two overlapping drains send it once.
    const grown: Event = { ...talks, figures: [TRADE], version: 1 };
    await env.store.updateEvent(grown, talks.version);
    expect(await recordPendingAlerts(deps, grown, [])).toBe(1);
    const [a, b] = await Promise.all([drainOutbox(deps), drainOutbox(deps)]);
    expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(1);
    expect((await drainOutbox(deps)).sent).toBe(0);
    const all = await mailsTo();
    expect(all['figures@example.org']).toEqual([
      'Kazakhstan–China: trade turnover: $21 billion in the first ten months, Beijing, 2 Dec 2024 (Murat Nurtleu, Wang Yi)',
    ]);
    expect(all['wang@example.org']).toHaveLength(1);
    expect(all['visits@example.org']).toBeUndefined();

    // The day's digest lists the same items instant subscribers were told of.
    const [day] = await digestItems(env.store, '2024-12-03');
    expect(day?.items.map((i) => i.trigger).sort()).toEqual(['agreement', 'event', 'figure']);
  });
});

describe('one happening clustered as two events', () => {
  it('alerts the same document once per subscriber, whichever event carries it', async () => {
    const deps = pipelineDeps();
    await env.store.putSubscriberIfNew(subscriber('once@example.org').sub);
    const a = ministersTalks();
    const b = ministersTalks({ id: 'ev_20241202twin' });
    for (const e of [a, b]) {
      await env.store.createEvent(e);
      await recordPendingAlerts(deps, e, e.agreements);
    }
    expect((await drainOutbox(deps)).sent).toBe(1);
    expect(await env.ses.readMail()).toHaveLength(1);
    expect((await drainOutbox(deps)).pending).toBe(0);
  });
});
