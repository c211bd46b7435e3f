import { describe, expect, it } from 'vitest';
import { tokenF1, tokenize } from '../../shared/parse/f1.ts';

describe('tokenF1', () => {
  it('is 1 for the same words whatever the case, punctuation and spacing', () => {
    expect(tokenF1('Wang Yi, arrived.\n\nIn Astana', 'wang yi arrived in astana')).toBe(1);
  });
  it('counts repeated words only as often as the reference has them', () => {
    // candidate: a a a b (4), reference: a b (2): overlap 2 → P = 0.5, R = 1 → F1 = 2/3
    expect(tokenF1('a a a b', 'a b')).toBeCloseTo(2 / 3, 10);
  });
  it('is 0 with no shared word or one empty side, 1 for two empty texts', () => {
    expect(tokenF1('Казахстан', 'China')).toBe(0);
    expect(tokenF1('', 'China')).toBe(0);
    expect(tokenF1('', '')).toBe(1);
  });
  it('tokenises Cyrillic, Kazakh letters and digits', () => {
    expect(tokenize('Қазақстан и КНР: 43,8 млрд')).toEqual(['қазақстан', 'и', 'кнр', '43', '8', 'млрд']);
  });
});
