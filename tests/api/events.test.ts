import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Event } from '../../shared/domain/index.ts';
import { makeEvent } from '../helpers/events.ts';
import { startApi } from './server.ts';

const events = Array.from({ length: 45 }, (_, i) => makeEvent(i + 1));
let api: Awaited<ReturnType<typeof startApi>>;

beforeAll(async () => {
  api = await startApi(events);
});
afterAll(async () => api?.close());

/** GET a JSON route, asserting the status. */
async function getJson(
  path: string,
  status = 200,
): Promise<Record<string, unknown> & { items?: Event[]; cursor?: string | null }> {
  const res = await api.get(path);
  expect(res.status, `${path}`).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  return (await res.json()) as Record<string, unknown>;
}

/** Walks every page of a listing. */
async function allPages(path: string): Promise<Event[]> {
  const seen: Event[] = [];
  let cursor: string | null | undefined = null;
  for (let i = 0; i < 100; i++) {
    const sep = path.includes('?') ? '&' : '?';
    const page = await getJson(cursor ? `${path}${sep}cursor=${cursor}` : path);
    seen.push(...(page.items ?? []));
    cursor = page.cursor;
    if (!cursor) break;
  }
  return seen;
}

const byDateDesc = (a: Event, b: Event) => (b.eventDate ?? '').localeCompare(a.eventDate ?? '');

describe('GET /events', () => {
  it('lists recent events first with their sources', async () => {
    const page = await getJson('/events');
    const items = page.items ?? [];
    expect(items).toHaveLength(20);
    expect([...items].sort(byDateDesc).map((e) => e.eventDate)).toEqual(items.map((e) => e.eventDate));
    expect(items[0]?.sources[0]).toMatchObject({
      outlet: expect.any(String),
      url: expect.stringMatching(/^https:/),
    });
  });

  it('pages through every event exactly once, without gaps or repeats', async () => {
    const seen = await allPages('/events?limit=7');
    expect(seen.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('filters by event date range, kind, participant, document type, agreement presence, words and language', async () => {
    const from = '2026-05-01';
    const to = '2026-06-15';
    const inRange = await allPages(`/events?from=${from}&to=${to}&limit=100`);
    expect(inRange.map((e) => e.id).sort()).toEqual(
      events
        .filter((e) => e.eventDate && e.eventDate >= from && e.eventDate <= to)
        .map((e) => e.id)
        .sort(),
    );
    const visits = await allPages('/events?kind=visit&limit=100');
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.every((e) => e.kind === 'visit')).toBe(true);
    expect(visits).toHaveLength(events.filter((e) => e.kind === 'visit').length);
    const wang = await allPages('/events?participant=wang%20yi&limit=100');
    expect(wang).toHaveLength(events.filter((e) => e.participants.some((p) => p.name === 'Wang Yi')).length);
    const memos = await allPages('/events?docType=memorandum&limit=100');
    expect(memos.every((e) => e.agreements.some((a) => a.docType === 'memorandum'))).toBe(true);
    const none = await allPages('/events?hasAgreement=false&limit=100');
    expect(none).toHaveLength(events.filter((e) => e.agreements.length === 0).length);
    const q = await allPages('/events?q=number%2012&limit=100');
    expect(q.map((e) => e.id)).toEqual([events[11]?.id]);
    const ru = await allPages('/events?lang=ru&limit=100');
    expect(ru).toHaveLength(events.filter((e) => e.sources.some((s) => s.lang === 'ru')).length);
  });

  it('answers 304 when the client already has the page', async () => {
    const first = await api.get('/events?limit=5');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await api.get('/events?limit=5', { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it.each([
    ['/events?limit=0', 'limit'],
    ['/events?limit=101', 'limit'],
    ['/events?limit=abc', 'limit'],
    ['/events?from=2026-13-45x', 'from'],
    ['/events?kind=party', 'kind'],
    ['/events?hasAgreement=maybe', 'hasAgreement'],
    ['/events?cursor=not-a-real-cursor', 'cursor'],
    ['/events?from=2026-06-01&to=2026-05-01', 'from'],
  ])('rejects %s with 400 naming the field', async (path, field) => {
    const body = await getJson(path, 400);
    expect(body.error).toMatchObject({ code: 'bad_request', field });
  });

  it('rejects an unknown parameter instead of ignoring it', async () => {
    const body = await getJson('/events?lmit=5', 400);
    expect(String((body.error as { message: string }).message)).toMatch(/lmit/);
  });
});

describe('GET /events/{id}', () => {
  it('returns one event, 404 for an unknown id and 400 for a malformed one', async () => {
    const one = await getJson(`/events/${events[3]?.id}`);
    expect(one).toMatchObject({ id: events[3]?.id, kind: events[3]?.kind });
    expect((await getJson('/events/ev_doesnotexist', 404)).error).toMatchObject({ code: 'not_found' });
    expect((await getJson('/events/DROP%20TABLE', 400)).error).toMatchObject({ code: 'bad_request' });
  });
});

describe('other routes', () => {
  it('flattens agreements to one row per document with parties and sources', async () => {
    const rows = (await getJson('/agreements?limit=100')).items as unknown as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(events.reduce((n, e) => n + e.agreements.length, 0));
    expect(rows[0]).toMatchObject({
      eventId: expect.stringMatching(/^ev_/),
      docType: expect.any(String),
      parties: expect.any(Array),
    });
    const signed = (await getJson('/agreements?status=signed&limit=100')).items as unknown as Array<{
      status: string;
    }>;
    expect(signed.every((r) => r.status === 'signed')).toBe(true);
  });

  it('serves a figure time series counted once per value and year', async () => {
    const body = await getJson('/figures?metric=trade_turnover');
    expect(body.points).toHaveLength(1);
    expect((body.points as Array<{ eventIds: string[] }>)[0]?.eventIds.length).toBe(
      events.filter((e) => e.figures.length > 0).length,
    );
    expect((await getJson('/figures', 400)).error).toMatchObject({ field: 'metric' });
  });

  it('reports each configured source, including ones that never ran', async () => {
    await api.store.putSourceState({
      sourceId: 'timesca',
      etag: null,
      lastModified: null,
      lastAttemptAt: '2026-06-30T01:00:00Z',
      lastSuccessAt: null,
      consecutiveFailures: 2,
      lastError: 'FetchError: HTTP 403 from timesca.com',
      itemsSeen: 0,
      newestItemAt: null,
      outageAlertedAt: null,
    });
    const items = (await getJson('/sources')).items as unknown as Array<{
      sourceId: string;
      status: string;
      lastError: string | null;
    }>;
    expect(items.map((s) => [s.sourceId, s.status])).toEqual([
      ['kazinform-en', 'never_run'],
      ['timesca', 'failing'],
      ['akorda', 'disabled'],
    ]);
  });

  it('serves an RSS feed with titles escaped', async () => {
    const res = await api.get('/events.rss');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/rss\+xml/);
    const xml = await res.text();
    expect(xml.match(/<item>/g)?.length).toBe(45);
    expect(xml).toContain('<guid isPermaLink="false">ev_');
  });

  it('answers unknown routes with a JSON 404 and wrong methods with 405', async () => {
    expect((await getJson('/nope', 404)).error).toMatchObject({ code: 'not_found' });
    const res = await api.get('/events', { method: 'DELETE' });
    expect(res.status).toBe(405);
  });

  it('reports health with the store reachable', async () => {
    expect(await getJson('/health')).toMatchObject({ status: 'ok', store: 'ok' });
  });
});
