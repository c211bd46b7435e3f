/** A big list tried only where a word begins as one of its entries does finds what its global scan finds. */
import { describe, expect, it } from 'vitest';
import { alternation, WB_END, WB_START } from '../../shared/extract/lexicon/build.ts';
import { indexStarts, matchesAt } from '../../shared/extract/relevance-starts.ts';

const ENTRIES = [
  'uzbek*',
  'tashkent',
  'mirziyoyev',
  'kyrgyz*',
  'bishkek',
  'узбек*',
  'ташкент*',
  'new delhi',
  'india',
];
const RE = new RegExp(`${WB_START}${alternation(ENTRIES)}${WB_END}`, 'gu');
indexStarts(RE, ENTRIES);
const UNREGISTERED = /x/gu;

describe('matchesAt', () => {
  it('finds the matches of the global scan, in order', () => {
    const texts = [
      'the uzbek side and the uzbekistan delegation met in tashkent; mirziyoyev spoke.',
      'делегации узбекистана и киргизии встретились в ташкенте.',
      'new delhi and india, newdelhi and indian, uzbek2 and kyrgyzstan-uzbekistan.',
      'nothing to find here at all.',
      '',
    ];
    for (const t of texts) expect(matchesAt(RE, t)?.map((m) => m[0]), t).toEqual(t.match(RE) ?? []);
  });

  it('tells a pattern it does not know', () => {
    expect(matchesAt(UNREGISTERED, 'x')).toBeNull();
  });

  it('agrees with the global scan on random word mixes', () => {
    const words = [
      'uzbek',
      'uzbeks',
      'uzbek9',
      'tashkent',
      'tashkents',
      'new',
      'delhi',
      'india',
      'индия',
      'узбеки',
      '-',
      ',',
      'kyrgyz',
    ];
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 300; n++) {
      const t = Array.from({ length: 1 + (next() % 10) }, () => words[next() % words.length]).join(
        next() % 4 ? ' ' : '',
      );
      expect(matchesAt(RE, t)?.map((m) => m[0]), t).toEqual(t.match(RE) ?? []);
    }
  });
});
