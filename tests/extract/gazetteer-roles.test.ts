import { describe, expect, it } from 'vitest';
import { lookupLatin, roleInYear } from '../../shared/extract/gazetteer/people.ts';

/** Officials who held more than one post: the role shown must be the one held in the event's year. */
describe('gazetteer roles by year', () => {
  const role = (name: string, year: number | null) => {
    const p = lookupLatin(name);
    if (!p) throw new Error(`${name} is not in the gazetteer`);
    return roleInYear(p, year);
  };

  it('gives a premier of two terms his post in either term', () => {
    expect(role('Karim Massimov', 2009)).toBe('Prime Minister');
    expect(role('Karim Massimov', 2015)).toBe('Prime Minister');
  });

  it('tells a first deputy premier from the premier he became', () => {
    expect(role('Askar Mamin', 2017)).toBe('First Deputy Prime Minister');
    expect(role('Askar Mamin', 2020)).toBe('Prime Minister');
  });

  it('tells a vice premier from the premier he became, and uses the best-known post when undated', () => {
    expect(role('Li Keqiang', 2010)).toBe('Vice Premier of the State Council');
    expect(role('Li Keqiang', 2015)).toBe('Premier of the State Council');
    expect(role('Li Keqiang', null)).toBe('Premier of the State Council');
  });

  it('gives no role outside every known term', () => {
    expect(role('Askar Mamin', 2010)).toBeNull();
  });
});
