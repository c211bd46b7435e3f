/** The first-letter lookahead of the per-sentence patterns: a speed-up that must change no match. */
import { describe, expect, it } from 'vitest';
import { alternation, firstLetterGuard, WB_END, WB_START } from '../../shared/extract/lexicon/build.ts';

const ENTRIES = ['signed', 'подписали', 'қол қойды', 'inked*'];
const plain = new RegExp(`${WB_START}${alternation(ENTRIES)}${WB_END}`, 'giu');
const guarded = new RegExp(
  `${firstLetterGuard(ENTRIES, 0)}${WB_START}${alternation(ENTRIES)}${WB_END}`,
  'giu',
);

describe('firstLetterGuard', () => {
  it('lists the first letters of the entries', () => {
    expect(firstLetterGuard(ENTRIES, 0)).toBe('(?=[sпқi])');
  });

  it('changes no match, in either case', () => {
    for (const text of [
      'The ministers Signed two deals; Astana INKED a third.',
      'Стороны подписали меморандум, а партнёры қол қойды.',
      'unsigned drafts were not counted',
    ]) {
      const a = [...text.matchAll(plain)].map((m) => [m.index, m[0]]);
      const b = [...text.matchAll(guarded)].map((m) => [m.index, m[0]]);
      expect(b).toEqual(a);
    }
    expect([...'Signed and INKED'.matchAll(guarded)].length).toBe(2);
  });

  it('gives no guard for a regex entry or a short list', () => {
    expect(firstLetterGuard(['signed', '/\\d+ deals/'], 0)).toBe('');
    expect(firstLetterGuard(ENTRIES)).toBe('');
  });
});
