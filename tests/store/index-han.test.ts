import { describe, expect, it } from 'vitest';
import { hanBigrams } from '../../shared/store/index-han.ts';
import { queryTokens, searchTokens } from '../../shared/store/index-terms.ts';

/** A sentence written for this test in the style of a Chinese readout. */
const EVENT = '中哈两国签署小麦出口议定书和关于农业合作的谅解备忘录。';

describe('Chinese search terms', () => {
  it('splits Han runs into overlapping bigrams and keeps Latin words whole', () => {
    expect(hanBigrams('小麦出口')).toEqual(['小麦', '麦出', '出口']);
    expect(hanBigrams('麦')).toEqual(['麦']);
    expect(hanBigrams('Astana')).toEqual(['Astana']);
    expect(hanBigrams('KTZ公司')).toEqual(['KTZ', '公司']);
  });

  it('finds a Chinese event by a word of it, and not by a word it lacks', () => {
    const indexed = new Set(searchTokens(EVENT));
    for (const q of ['小麦', '谅解备忘录', '农业合作']) {
      expect(
        queryTokens(q).every((t) => indexed.has(t)),
        q,
      ).toBe(true);
    }
    expect(queryTokens('石油').every((t) => indexed.has(t))).toBe(false);
  });
});
