import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/api/app.ts';
import type { Event } from '../../shared/domain/index.ts';
import { startFixtureServer } from '../../shared/fetch/fixture-server.ts';
import { createHttpClient } from '../../shared/fetch/http.ts';
import { serveApi } from '../../shared/local/http-server.ts';
import { FIXTURES_ROOT } from '../../shared/local/stack.ts';
import { createLogger } from '../../shared/log.ts';
import { runAll } from '../../shared/pipeline/run-all.ts';
import { loadSources } from '../../shared/sources/registry.ts';
import { startTestStore } from '../helpers/store.ts';

let db: Awaited<ReturnType<typeof startTestStore>>;
let fixtures: Awaited<ReturnType<typeof startFixtureServer>>;
let api: Awaited<ReturnType<typeof serveApi>>;

beforeAll(async () => {
  db = await startTestStore();
  fixtures = await startFixtureServer({ root: FIXTURES_ROOT, port: 0 });
  const sources = loadSources().filter((s) => s.id === 'kazinform-en');
  await runAll(
    {
      store: db.store,
      http: createHttpClient({ rewrite: fixtures.rewrite, allowPrivate: true, hostDelayMs: 0, retries: 0 }),
      sources,
      apiBaseUrl: 'http://api.test',
      operatorEmail: null,
      failureAlertThreshold: 3,
      logger: createLogger('evidence-test'),
    },
    null,
  );
  api = await serveApi(createApp({ store: db.store, sources, apiBaseUrl: 'http://api.test' }), {
    port: 0,
  });
});
afterAll(async () => {
  await api?.close();
  await fixtures?.close();
  await db?.close();
});

describe('evidence: every value keeps the sentence it was read from, through the store and the API', () => {
  it('serves the sentences behind kind, date, place, people and documents of an ingested event', async () => {
    const list = (await (await fetch(`${api.url}/events?limit=50`)).json()) as { items: Event[] };
    const withDocs = list.items.find((e) => e.agreements.length > 0 && e.participants.length > 0);
    expect(withDocs, 'an ingested event with people and documents').toBeDefined();
    const res = await fetch(`${api.url}/events/${withDocs?.id}`);
    expect(res.status).toBe(200);
    const event = (await res.json()) as Event;
    expect(event.evidence?.kind).toEqual(expect.any(String));
    for (const p of event.participants) {
      expect(p.evidence, p.name).toEqual(expect.any(String));
      // The sentence names the person (by surname at least): it is the place to check the value.
      const surname = p.name.split(' ').at(-1) as string;
      expect(p.evidence?.toLowerCase()).toContain(surname.toLowerCase().slice(0, 5));
    }
    for (const a of event.agreements) expect(a.evidence, a.title).toEqual(expect.any(String));
    if (event.location) expect(event.evidence?.location).toEqual(expect.any(String));
  });
});
