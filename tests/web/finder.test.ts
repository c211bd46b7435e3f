/** The pages' event walk on a real (embedded) store: paging with filters shows every match exactly once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEvents } from '../../shared/web/finder.ts';
import { makeEvent } from '../helpers/events.ts';
import { startTestStore, type TestStore } from '../helpers/store.ts';

let db: TestStore;
const events = Array.from({ length: 230 }, (_, i) => makeEvent(i + 1, { days: 400 }));

beforeAll(async () => {
  db = await startTestStore();
  for (let i = 0; i < events.length; i += 50)
    await Promise.all(events.slice(i, i + 50).map((e) => db.store.createEvent(e)));
});
afterAll(() => db?.close());

/** Every page of a walk, concatenated. */
async function walk(filters: Parameters<typeof findEvents>[1], limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const found = await findEvents(db.store, filters, limit, cursor);
    expect(found.items.length).toBeLessThanOrEqual(limit);
    ids.push(...found.items.map((e) => e.id));
    cursor = found.cursor;
    pages++;
  } while (cursor && pages < 50);
  return ids;
}

describe('findEvents', () => {
  it('pages through everything exactly once, newest first', async () => {
    const ids = await walk({}, 25);
    expect(ids.length).toBe(events.length);
    expect(new Set(ids).size).toBe(events.length);
  });
  it('pages through a filter across store pages without losing or repeating a match', async () => {
    const visits = events.filter((e) => e.kind === 'visit').map((e) => e.id);
    const ids = await walk({ kind: 'visit' }, 7);
    expect(new Set(ids)).toEqual(new Set(visits));
    expect(ids.length).toBe(visits.length);
  });
  it('refuses a forged page link', async () => {
    await expect(findEvents(db.store, {}, 10, 'not-a-cursor')).rejects.toThrow(/invalid page link/);
  });
});
