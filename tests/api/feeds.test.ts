import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Event } from '../../shared/domain/index.ts';
import { makeEvent } from '../helpers/events.ts';
import { startApi } from './server.ts';

/**
 * 60 newer meetings and 6 older visits: a feed that took the newest 50 and then filtered would hold no visit.
 * One event carries a hostile title (markup, a formula, a control character, quotes, a comma, a line break).
 */
const day = (n: number) => new Date(Date.UTC(2026, 5, 30) - n * 86_400_000).toISOString().slice(0, 10);
const meetings = Array.from({ length: 60 }, (_, i) => ({
  ...makeEvent(i + 1),
  kind: 'meeting' as const,
  eventDate: day(i),
}));
const visits = Array.from({ length: 6 }, (_, i) => ({
  ...makeEvent(100 + i),
  kind: 'visit' as const,
  eventDate: day(200 + i),
}));
const hostile: Event = {
  ...makeEvent(4),
  id: 'ev_hostile',
  kind: 'statement',
  eventDate: day(300),
  title: '=HYPERLINK("http://evil.example","click"), <b>bold</b> & "quoted"\u0007\nsecond line',
  figures: [{ metric: 'investment', value: -5, unit: 'USD', year: 2025, text: '-5 USD, "net"' }],
};
let api: Awaited<ReturnType<typeof startApi>>;

beforeAll(async () => {
  api = await startApi([...meetings, ...visits, hostile]);
});
afterAll(async () => api?.close());

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const parser = new Parser();

describe('feeds', () => {
  it('apply the /events filters before the limit, in RSS, Atom and JSON Feed alike', async () => {
    const newestVisits = visits.slice(0, 3).map((v) => v.id);
    const rss = await parser.parseString(await (await api.get('/events.rss?kind=visit&limit=3')).text());
    expect(rss.items.map((i) => i.guid)).toEqual(newestVisits);
    const atomRes = await api.get('/events.atom?kind=visit&limit=3');
    expect(atomRes.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const atom = await parser.parseString(await atomRes.text());
    expect(atom.items.map((i) => i.id)).toEqual(newestVisits.map((id) => `urn:kz-china-monitor:event:${id}`));
    const jsonRes = await api.get('/events.json?kind=visit&limit=3');
    expect(jsonRes.headers.get('content-type')).toMatch(/^application\/feed\+json/);
    const feed = (await jsonRes.json()) as { version: string; items: Array<{ id: string; url: string }> };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i) => i.id)).toEqual(newestVisits);
    const participant = await parser.parseString(
      await (await api.get(`/events.rss?participant=${encodeURIComponent('wang yi')}&limit=200`)).text(),
    );
    const withWang = [...meetings, ...visits, hostile].filter((e) =>
      e.participants.some((p) => p.name === 'Wang Yi'),
    );
    expect(participant.items).toHaveLength(withWang.length);
  });

  it('link every item to the HTML event page, not to JSON', async () => {
    const rss = await parser.parseString(await (await api.get('/events.rss?limit=5')).text());
    expect(rss.items[0]?.link).toBe(`http://api.test/event/${meetings[0]?.id}`);
    const atom = await parser.parseString(await (await api.get('/events.atom?limit=5')).text());
    expect(atom.items[0]?.link).toBe(`http://api.test/event/${meetings[0]?.id}`);
    const feed = (await (await api.get('/events.json?limit=5')).json()) as { items: Array<{ url: string }> };
    expect(feed.items[0]?.url).toBe(`http://api.test/event/${meetings[0]?.id}`);
  });

  it('stay well-formed around hostile titles and reject bad filters with 400', async () => {
    for (const path of ['/events.rss', '/events.atom']) {
      const xml = await (await api.get(`${path}?kind=statement`)).text();
      expect(xml).not.toContain('<b>');
      expect(xml).not.toContain('\u0007');
      const parsed = await parser.parseString(xml);
      expect(parsed.items[0]?.title).toContain('<b>bold</b> & "quoted"');
    }
    expect((await api.get('/events.atom?kind=party')).status).toBe(400);
    expect((await api.get('/events.json?limit=0')).status).toBe(400);
    expect((await api.get('/events.rss?from=2026-06-01&to=2026-05-01')).status).toBe(400);
  });
});

describe('CSV exports', () => {
  it('write RFC 4180 and neutralise formulas in text cells', async () => {
    const res = await api.get('/events.csv?kind=statement');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('events.csv');
    const body = await res.text();
    expect(body.endsWith('\r\n')).toBe(true);
    const [header, row] = parseCsv(body);
    expect(header?.slice(0, 4)).toEqual(['id', 'event_date', 'kind', 'title']);
    expect(row?.[3]).toBe(`'${hostile.title}`);
    expect(row?.at(-1)).toBe('http://api.test/event/ev_hostile');
  });

  it('export events and documents with the /events filters before the limit', async () => {
    const rows = parseCsv(await (await api.get('/events.csv?kind=visit&limit=4')).text());
    expect(rows.slice(1).map((r) => r[0])).toEqual(visits.slice(0, 4).map((v) => v.id));
    const docs = parseCsv(await (await api.get('/agreements.csv?docType=memorandum&limit=2000')).text());
    expect(docs[0]?.slice(0, 6)).toEqual([
      'event_id',
      'event_date',
      'location',
      'doc_type',
      'status',
      'title',
    ]);
    const expected = [...meetings, ...visits, hostile].flatMap((e) =>
      e.agreements.filter((a) => a.docType === 'memorandum'),
    );
    expect(docs.slice(1)).toHaveLength(expected.length);
    expect(docs.slice(1).every((r) => r[3] === 'memorandum')).toBe(true);
  });

  it('give every figure row a source URL and a report date', async () => {
    const rows = parseCsv(await (await api.get('/figures.csv?limit=2000')).text());
    const header = rows[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    expect(col('source_url')).toBeGreaterThan(0);
    const figures = rows.slice(1);
    expect(figures.length).toBe([...meetings, ...visits, hostile].reduce((n, e) => n + e.figures.length, 0));
    for (const r of figures) {
      expect(r[col('source_url')]).toMatch(/^https:\/\//);
      expect(r[col('report_date')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // A negative number stays a number; the text beside it is neutralised.
    const mine = figures.find((r) => r[0] === 'ev_hostile');
    expect(mine?.[col('value')]).toBe('-5');
    expect(mine?.[col('text')]).toBe(`'-5 USD, "net"`);
    const only = parseCsv(await (await api.get('/figures.csv?metric=investment')).text());
    expect(only.slice(1).map((r) => r[0])).toEqual(['ev_hostile']);
  });
});
