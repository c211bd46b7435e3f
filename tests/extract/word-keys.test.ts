import { describe, expect, it } from 'vitest';
import { WB_END, WB_START, wordsRegex } from '../../shared/extract/lexicon/build.ts';
import { mayMatch, registerGate } from '../../shared/extract/word-keys.ts';

describe('word-key gate', () => {
  const entries = ['memorand*', 'road map', 'соглашени*', 'Xi'];
  const gate = registerGate(entries);
  const re = wordsRegex(entries);

  it('passes every text the pattern matches, in any case', () => {
    for (const text of [
      'The ministers signed a MEMORANDUM on grain.',
      'A Road  Map for the corridor was agreed.',
      'Стороны подписали Соглашение о транзите.',
      'President XI arrived in the capital.',
      // The long s and the Kelvin sign are letters a case-insensitive pattern folds to s and k.
      'Ro\u017Fe signed the memorand\u017Fum.',
    ]) {
      expect(re.test(text)).toBe(mayMatch(gate, text) && re.test(text));
      expect(mayMatch(gate, text)).toBe(true);
    }
  });

  it('stops texts none of whose words start like an entry', () => {
    expect(mayMatch(gate, 'The delegation toured a solar plant near the border.')).toBe(false);
    expect(mayMatch(gate, 'Делегация осмотрела солнечную станцию.')).toBe(false);
  });

  it('looks only at word starts, as the left boundary does', () => {
    // "taxi" holds "xi" but not at a word start; "memo" inside "amemorandum" is no word start either.
    expect(mayMatch(gate, 'A taxi took them to an amemorandum.')).toBe(false);
  });

  it('lets a character without a one-letter lower case pass every gate', () => {
    expect(mayMatch(gate, '\u0130stanbul hosted the forum.')).toBe(true);
  });

  it('reads the first letters of a written pattern: a letter run or a leading group of runs', () => {
    const list = [
      '/(?:meeting|session)s?\\s+of\\s+the\\s+council/',
      '/телефонн\\p{L}*\\s+разговор\\p{L}*/',
      '/talks?/',
    ];
    const g = registerGate(list);
    const re = wordsRegex(list);
    expect(g).toBeGreaterThanOrEqual(0);
    for (const text of [
      'Sessions of the council began.',
      'Состоялся телефонный разговор.',
      'A TALK ended.',
      'Tal went home.',
    ])
      expect(mayMatch(g, text) || !re.test(text)).toBe(true);
    expect(mayMatch(g, 'Tal went home.')).toBe(true);
    expect(mayMatch(g, 'The council met.')).toBe(false);
  });

  it('cannot gate a list with a written pattern or a non-letter start', () => {
    const g1 = registerGate(['/\\d+ deals/', 'memorandum']);
    const g2 = registerGate(['«one belt»', 'memorandum']);
    expect(g1).toBe(-1);
    expect(g2).toBe(-1);
    expect(mayMatch(g1, 'nothing here')).toBe(true);
  });

  it('keeps masks right when a gate is added after texts were seen', () => {
    const text = 'Ministers discussed wheat exports.';
    expect(mayMatch(gate, text)).toBe(false);
    const later = registerGate(['wheat']);
    expect(mayMatch(later, text)).toBe(true);
    expect(new RegExp(`${WB_START}wheat${WB_END}`, 'iu').test(text)).toBe(true);
  });
});
