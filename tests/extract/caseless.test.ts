import { describe, expect, it } from 'vitest';
import { caseless, regex } from '../../shared/extract/pack-words.ts';

describe('caseless patterns (folded text, no i flag)', () => {
  const source = String.raw`(?<![\p{L}])(?:memorand\p{L}*|соглашени\p{L}*|road\s+map)(?![\p{L}])`;
  const folded = caseless(source, 'iu');
  const full = regex(source, 'iu');

  it('finds what the case-insensitive pattern finds, at the same offsets', () => {
    for (const text of [
      'The MEMORANDUM was signed.',
      'Подписано Соглашение о торговле.',
      'A Road  Map for the corridor.',
      // The long s and the Kelvin sign fold to s and k; the dotted capital I lowers to two characters.
      'A memorandum on \u017Fteel, 5 \u212Aelvin, \u0130stanbul road map.',
      'Nothing of the kind here.',
    ]) {
      expect(folded.search(text)).toBe(text.search(full));
      expect(folded.test(text)).toBe(full.test(text));
    }
  });

  it('runs without the i flag where it can, and with it where lower-casing cannot say the same', () => {
    expect(folded.on('plain text')[0].flags).toBe('u');
    expect(caseless('(?<n>a)b', 'iu').on('AB')[0].flags).toBe('iu');
    expect(caseless('[A-Z]+', 'iu').on('AB')[0].flags).toBe('iu');
    // A text whose lower case is longer keeps its offsets only under the i pattern.
    expect(folded.on('\u0130 memorandum')[0].flags).toBe('iu');
  });
});
