import { describe, expect, it } from 'vitest';
import { reportOf } from '../../shared/dedup/index.ts';
import { FEATURES, pairFeatures } from '../../shared/dedup/pair.ts';
import { extracted, person } from './fixtures.ts';

describe('people either report names, participants or mentioned', () => {
  const at = FEATURES.indexOf('namedPeople');
  const rep = (key: string, mentioned: string[]) =>
    reportOf(
      extracted({
        kind: 'statement',
        participants: [person('Kassym-Jomart Tokayev', 'President', 'KZ')],
        mentioned: mentioned.map((n) => person(n, null, 'CN')),
      }),
      { key, published: null, lang: 'en', title: '', text: '' },
    );

  it('counts an addressee both messages mention, and less when the other names someone else', () => {
    const a = rep('a', ['Xi Jinping']);
    const b = rep('b', ['Xi Jinping']);
    const c = rep('c', ['Li Qiang']);
    const same = pairFeatures(a, b)[at] as number;
    const other = pairFeatures(a, c)[at] as number;
    expect(same).toBe(1);
    expect(other).toBeGreaterThan(0);
    expect(other).toBeLessThan(same);
  });
});
