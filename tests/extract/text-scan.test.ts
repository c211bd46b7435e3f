import { describe, expect, it } from 'vitest';
import { isSpaceCode, normalise, spacedWords } from '../../shared/extract/text.ts';

/** What the pattern gives: the reference the scanner must equal. */
const byPattern = (s: string, offset = 0) =>
  [...s.matchAll(/\S+/g)].map((m) => ({ w: m[0], s: offset + (m.index ?? 0) }));

describe('spacedWords', () => {
  it('splits on every kind of white space, keeping offsets', () => {
    const s = ' Deputy\u00a0Minister  Aliya\tSerikova\u2009met\u3000Zhou\u202fLan. ';
    expect(spacedWords(s, 7)).toEqual(byPattern(s, 7));
    expect(spacedWords('Premier Li', 3).map((w) => w.s)).toEqual([3, 11]);
  });

  it('equals /\\S+/g on random mixes of spaces and letters', () => {
    const alphabet = [
      'a',
      'Я',
      ' ',
      '\n',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '\u200b',
      '-',
      '\u1680',
      '\u2000',
      '\u205f',
    ];
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      let s = '';
      for (let i = 0; i < 12; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        s += alphabet[seed % alphabet.length];
      }
      expect(spacedWords(s)).toEqual(byPattern(s));
    }
  });

  it('reads \\s for every code unit as the pattern does', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe('normalise', () => {
  it('rewrites runs of spaces and tabs to one space, and line endings to \\n', () => {
    expect(normalise('Astana,\t12 May.\r\nTalks  were\u00a0 held.\rNext')).toBe(
      'Astana, 12 May.\nTalks were held.\nNext',
    );
  });

  it('leaves single spaces and other text as it is', () => {
    const s = 'Vice Premier Dana Ospan met Wen Tao in Almaty.\nThey signed two memoranda.';
    expect(normalise(s)).toBe(s);
  });
});
