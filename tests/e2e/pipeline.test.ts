import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSesMailer } from '../../shared/alerts/ses-mailer.ts';
import { createApp } from '../../shared/api/app.ts';
import type { Event } from '../../shared/domain/index.ts';
import { startFixtureServer } from '../../shared/fetch/fixture-server.ts';
import { createHttpClient } from '../../shared/fetch/http.ts';
import { serveApi } from '../../shared/local/http-server.ts';
import { FIXTURES_ROOT, LOCAL_CREDENTIALS } from '../../shared/local/stack.ts';
import { createLogger } from '../../shared/log.ts';
import { runAll, totals } from '../../shared/pipeline/run-all.ts';
import type { PipelineDeps } from '../../shared/pipeline/types.ts';
import { loadSources } from '../../shared/sources/registry.ts';
import { startTestSes, type TestSes } from '../helpers/ses.ts';
import { startTestStore } from '../helpers/store.ts';

let db: Awaited<ReturnType<typeof startTestStore>>;
let fixtures: Awaited<ReturnType<typeof startFixtureServer>>;
let ses: TestSes;
let deps: PipelineDeps;
let api: Awaited<ReturnType<typeof serveApi>>;
let first: Awaited<ReturnType<typeof runAll>>;

beforeAll(async () => {
  db = await startTestStore();
  fixtures = await startFixtureServer({ root: FIXTURES_ROOT, port: 0 });
  ses = await startTestSes();
  const sources = loadSources();
  deps = {
    store: db.store,
    http: createHttpClient({ rewrite: fixtures.rewrite, allowPrivate: true, hostDelayMs: 0, retries: 0 }),
    sources,
    mailer: createSesMailer({
      from: 'alerts@example.org',
      endpoint: ses.endpoint,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    }),
    apiBaseUrl: 'http://api.test',
    operatorEmail: 'ops@example.org',
    failureAlertThreshold: 3,
    logger: createLogger('e2e'),
  };
  first = await runAll(deps, null);
  api = await serveApi(createApp({ store: db.store, sources, apiBaseUrl: 'http://api.test' }), {
    port: 0,
  });
}, 120_000);

afterAll(async () => {
  await api?.close();
  await ses?.close();
  await fixtures?.close();
  await db?.close();
});

/** Every event the API lists. */
async function allEvents(): Promise<Event[]> {
  const out: Event[] = [];
  let cursor: string | null = null;
  do {
    const body = (await (
      await fetch(`${api.url}/events?limit=100${cursor ? `&cursor=${cursor}` : ''}`)
    ).json()) as { items: Event[]; cursor: string | null };
    out.push(...body.items);
    cursor = body.cursor;
  } while (cursor);
  return out;
}

/** The event one of whose sources is at this URL. */
function bySource(events: Event[], url: string): Event | undefined {
  return events.find((e) => e.sources.some((s) => s.url === url));
}

describe('ingestion from the recorded sources to the API', () => {
  it('ingests every default source without a source-level failure', () => {
    expect(first.filter((s) => !s.ok).map((s) => `${s.sourceId}: ${s.error}`)).toEqual([]);
    expect(totals(first).newArticles).toBeGreaterThan(10);
    expect(totals(first).newEvents).toBeGreaterThanOrEqual(5);
  });

  it('serves the seed events with their fields and sources', async () => {
    const events = await allEvents();
    const visit = bySource(
      events,
      'https://qazinform.com/news/kazakh-fm-nurtleu-begins-official-visit-to-china-c1e2a3',
    );
    expect(visit).toMatchObject({ kind: 'visit', eventDate: '2024-03-31', location: 'Beijing' });
    expect(visit?.participants.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Murat Nurtleu', 'Wang Yi', 'Ding Xuexiang']),
    );
    expect(visit?.mentioned.map((p) => p.name)).toContain('Kassym-Jomart Tokayev');
    const dialogue = bySource(
      events,
      'https://qazinform.com/news/kazakhstan-china-hold-strategic-dialogue-in-almaty-48a38b',
    );
    expect(dialogue).toMatchObject({ kind: 'meeting', location: 'Almaty' });
    expect(dialogue?.agreements.map((a) => `${a.docType}:${a.status}`).sort()).toEqual([
      'memorandum:signed',
      'notes:signed',
    ]);
    const wang = bySource(
      events,
      'https://daryo.uz/en/2024/05/20/wang-yi-arrives-in-kazakhstan-on-official-visit/',
    );
    expect(wang).toMatchObject({ kind: 'visit', eventDate: '2024-05-20' });
    expect(wang?.participants.map((p) => p.name)).not.toContain('Shavkat Mirziyoyev');
    const tca = bySource(events, 'https://timesca.com/kazakhstan-and-china-discuss-joint-projects/');
    expect(tca?.participants.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Kairat Abdrakhmanov', 'Zhang Xiao']),
    );
    const liu = events.find((e) => e.participants.some((p) => p.name === 'Liu Jianchao'));
    expect(liu?.kind).toBe('meeting');
    expect(new Set([visit?.id, dialogue?.id, wang?.id, tca?.id, liu?.id]).size).toBe(5);
    for (const e of [visit, dialogue, wang, tca, liu])
      expect(e?.sources[0]).toMatchObject({ outlet: expect.any(String), title: expect.any(String) });
  });

  it('mails nothing to nobody: with no subscribers, agreements alert no one', async () => {
    expect(await ses.readMail()).toEqual([]);
  });

  it('changes nothing when the same sources are ingested again', async () => {
    const before = await allEvents();
    const second = await runAll(deps, null);
    const t = totals(second);
    expect(t.newArticles).toBe(0);
    expect(t.newEvents).toBe(0);
    expect(t.merged).toBe(0);
    expect(t.failures).toBe(0);
    const after = await allEvents();
    expect(after.map((e) => `${e.id}@${e.version}`).sort()).toEqual(
      before.map((e) => `${e.id}@${e.version}`).sort(),
    );
  });

  it('records source health for every source', async () => {
    const health = (await (await fetch(`${api.url}/sources`)).json()) as {
      items: Array<{ sourceId: string; status: string }>;
    };
    expect(health.items.filter((s) => s.status !== 'ok' && s.status !== 'disabled')).toEqual([]);
  });
});
