import { describe, expect, it } from 'vitest';
import { intern, internAll, unboxed } from '../../shared/dedup/compact.ts';
import { bottomK } from '../../shared/dedup/fingerprints.ts';
import { reportOf } from '../../shared/dedup/report.ts';

/** Same characters, separate string objects (no literal the engine could share). */
function built(parts: string[]): string {
  return parts.map((p) => p.toUpperCase().toLowerCase()).join('');
}

describe('compact report fields', () => {
  // sharing itself cannot be observed from JS (strings compare by value): these pin that values never change
  it('intern returns an equal string, long ones (copied out of their source) included', () => {
    expect(intern(built(['tok', 'ayev']))).toBe('tokayev');
    expect(intern(built(['tokay', 'ev']))).toBe('tokayev');
    const source = built(['Prefix words before ', 'a rather long distinctive token', ' and after']);
    expect(intern(source.slice(20, 51))).toBe('a rather long distinctive token');
  });

  it('internAll and unboxed keep values and order exactly', () => {
    expect(internAll(['zeta', 'alpha', 'zeta'])).toEqual(['zeta', 'alpha', 'zeta']);
    const values = [3, 0xfffffff0, 2 ** 31 + 5, 7];
    expect(unboxed(values)).toEqual(values);
    expect(unboxed([])).toEqual([]);
  });

  it('bottomK still gives the k smallest distinct values, ascending', () => {
    expect(bottomK([9, 2 ** 32 - 1, 4, 9, 2 ** 31], 3)).toEqual([4, 9, 2 ** 31]);
  });

  it('reports keep sorted, unique name lists (equal for the same names)', () => {
    const event = {
      kind: 'meeting' as const,
      eventDate: '2024-05-14',
      location: 'Astana',
      participants: [{ name: 'Daniyar Tokayev', role: null, country: 'KZ' as const }],
      mentioned: [],
      agreements: [],
      figures: [],
      frameworks: [],
      topics: [],
    };
    const text = 'Daniyar Tokayev received the delegation of Qinghai province in Astana on Tuesday.';
    const a = reportOf(event, { key: 'a', published: '2024-05-14', lang: 'en', text });
    const b = reportOf(event, {
      key: 'b',
      published: '2024-05-14',
      lang: 'en',
      text: `${text} and more.`,
    });
    expect(a.names).toEqual(b.names);
    expect(a.names).toEqual([...new Set(a.names)].sort());
    expect(a.names).toEqual(['dania', 'qingh', 'tokae']);
    expect(a.personStems).toEqual(b.personStems);
  });
});
