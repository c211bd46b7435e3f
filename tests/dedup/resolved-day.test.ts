import { describe, expect, it } from 'vitest';
import { EventClusterer, reportOf } from '../../shared/dedup/index.ts';
import { dayNumber } from '../../shared/dedup/prepared.ts';
import { resolvedWindow, writesDayOf } from '../../shared/dedup/resolved-day.ts';
import { extracted, person } from './fixtures.ts';

const visitor = person('Gao Minghui', 'President', 'CN');
const host = person('Aidar Temirkhanov', 'President', 'KZ');
const visit = (eventDate: string | null, participants = [visitor, host]) =>
  extracted({ kind: 'visit', eventDate, location: null, participants });
const undated = (key: string, text: string, participants = [visitor, host]) =>
  reportOf(visit(null, participants), { key, published: null, lang: 'en', text });

describe('the day an undated report writes, read in a dated report’s year', () => {
  const day = dayNumber('2026-10-05');
  it('resolves on the dated window when a written day falls on it or next to it', () => {
    const u = undated('u1', 'The plane of President Gao landed on 5 October; talks follow on 7 October.');
    expect(resolvedWindow(u, [day, day])).toEqual([day, day]);
    expect(resolvedWindow(u, [day + 1, day + 1])).toEqual([day, day]);
  });

  it('resolves nothing for days far off, no written day, or a year outside the feasible years', () => {
    expect(resolvedWindow(undated('u2', 'President Gao arrives on 20 October.'), [day, day])).toBeNull();
    expect(resolvedWindow(undated('u3', 'President Gao arrives this week.'), [day, day])).toBeNull();
    // Li Keqiang was premier 2013–2023: his report cannot be read in 2026
    const li = undated('u4', 'Premier Li Keqiang arrived on 5 October.', [
      person('Li Keqiang', 'Premier', 'CN'),
    ]);
    expect(li.tenure?.[1]).toBeLessThan(2026);
    expect(resolvedWindow(li, [day, day])).toBeNull();
  });
});

describe('a visit’s undated arrival and its dated preview', () => {
  // the preview names only the visitor (the host merely invited him); the arrival, with no date at all, names
  // both and the arrival day without a year
  const preview = reportOf(visit('2026-10-05', [visitor]), {
    key: 'p1',
    published: '2026-09-28',
    lang: 'en',
    text: 'President Gao Minghui will pay a state visit to Kazakhstan on 5 October, the foreign ministry said.',
  });
  const arrival = undated(
    'a1',
    'On 5 October the plane of President Gao Minghui landed in the capital; President Temirkhanov met him at the airport.',
  );
  const noDay = undated(
    'a2',
    'The plane of President Gao Minghui landed in the capital; President Temirkhanov met him at the airport.',
  );

  it('joins when the arrival writes the preview’s day, in either arrival order', () => {
    expect(writesDayOf(arrival, preview)).toBe(true);
    const c = new EventClusterer();
    expect(c.decide(arrival, [{ id: 'V', reports: [preview] }]).target?.id).toBe('V');
    expect(c.decide(preview, [{ id: 'A', reports: [arrival] }]).target?.id).toBe('A');
  });

  it('stays apart without the day: who alone fits every year’s visit', () => {
    expect(writesDayOf(noDay, preview)).toBe(false);
    expect(new EventClusterer().decide(noDay, [{ id: 'V', reports: [preview] }]).target).toBeNull();
  });
});

describe('an undated report recounting a year long before its participants’ terms', () => {
  const premier = person('Li Qiang', 'Premier', 'CN');
  const pm = person('Olzhas Bektenov', 'Prime Minister', 'KZ');
  const ev = (eventDate: string | null) =>
    extracted({ kind: 'meeting', eventDate, location: 'Beijing', participants: [premier, pm] });
  const talk = 'Premier Li Qiang held talks with Prime Minister Olzhas Bektenov in Beijing on grain exports';
  const dated = reportOf(ev('2025-06-10'), {
    key: 'd1',
    published: '2025-06-10',
    lang: 'en',
    text: `${talk}.`,
  });

  it('is not refused as stale: the offices date it, the old year is background', () => {
    const u = reportOf(ev(null), {
      key: 'u1',
      published: null,
      lang: 'en',
      text: `${talk}, recalling the corridor both countries first agreed in 2013.`,
    });
    expect(u.recentYear).toBe(2013);
    expect(u.tenure?.[0]).toBeGreaterThan(2016);
    expect(new EventClusterer().decide(u, [{ id: 'A', reports: [dated] }]).target?.id).toBe('A');
  });
});
