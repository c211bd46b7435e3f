import { describe, expect, it } from 'vitest';
import { alternation, hasWord, wordsRegex } from '../../shared/extract/lexicon/build.ts';

describe('an empty word list', () => {
  it('matches nothing, not the empty string everywhere', () => {
    expect(alternation([])).toBe('(?!)');
    expect(wordsRegex([]).test('any text at all, even with spaces')).toBe(false);
    expect(wordsRegex([], { global: true }).exec('')).toBeNull();
    expect(hasWord(' ', [])).toBe(false);
  });

  it('leaves a non-empty list as it was', () => {
    expect(hasWord('they met in the capital', ['met'])).toBe(true);
    expect(alternation(['visit', 'state visit'])).toBe(String.raw`(?:state\s+visit|visit)`);
  });
});
