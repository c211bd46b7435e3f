import { describe, expect, it } from 'vitest';
import { reportOf } from '../../shared/dedup/index.ts';
import { FEATURES, pairFeatures } from '../../shared/dedup/pair.ts';
import { dayWindow } from '../../shared/dedup/prepared.ts';
import { extracted, person } from './fixtures.ts';

describe('an event day read one day after the publication day', () => {
  const rep = (key: string, eventDate: string, published: string) =>
    reportOf(
      {
        ...extracted({
          kind: 'visit',
          participants: [person('Xi Jinping', 'President', 'CN')],
        }),
        eventDate,
      },
      { key, published, lang: 'en', title: '', text: '' },
    );

  it('spans the publication day and the day read', () => {
    const w = dayWindow(rep('a', '2025-05-16', '2025-05-15'));
    expect(w && w[1] - w[0]).toBe(1);
  });

  it('keeps a day read before the publication day, or further ahead, as one day', () => {
    for (const [d, p] of [
      ['2025-05-14', '2025-05-15'],
      ['2025-05-18', '2025-05-15'],
    ] as const) {
      const w = dayWindow(rep('a', d, p));
      expect(w && w[1] - w[0]).toBe(0);
    }
  });

  it('is not another day against a report of the publication day', () => {
    const f = pairFeatures(rep('a', '2025-05-16', '2025-05-15'), rep('b', '2025-05-15', '2025-05-15'));
    expect(f[FEATURES.indexOf('dateNext')]).toBe(0);
    expect(f[FEATURES.indexOf('dateWindow')]).toBe(1);
  });
});
