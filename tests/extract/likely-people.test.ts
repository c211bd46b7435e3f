import { describe, expect, it } from 'vitest';
import { likelyPeople } from '../../shared/extract/gazetteer/likely-people.ts';

const names = (s: string) => likelyPeople(s).map((g) => g.person.name);

describe('likelyPeople', () => {
  it('finds a known person only when every word of one spelling is in the sentence', () => {
    expect(names('Premier Li Qiang chaired the session on Monday.')).toContain('Li Qiang');
    expect(names('Premier Li chaired the session on Monday.')).not.toContain('Li Qiang');
  });

  it('reads Cyrillic words by their first letters, Kazakh letters folded', () => {
    expect(names('Премьер Госсовета Ли Цяном провёл заседание.')).toContain('Li Qiang');
    expect(names('Премьер Госсовета провёл заседание.')).not.toContain('Li Qiang');
  });

  it('folds Latin words with a y or a doubled letter as the index does', () => {
    expect(names('Karim Massimov chaired the talks.')).toContain('Karim Massimov');
    expect(names('Karim Masimov chaired the talks.')).toContain('Karim Massimov');
    expect(names('KARIM MASSIMOV CHAIRED THE TALKS.')).toContain('Karim Massimov');
  });

  it('tells two-letter words from the first letters of longer ones', () => {
    expect(names('Vice Premier He Lifeng opened the fair in Urumqi.')).toContain('He Lifeng');
    expect(names('He opened the fair in Urumqi.')).not.toContain('He Lifeng');
    expect(names('Heavy rains delayed Lifeng Road works.')).not.toContain('He Lifeng');
    expect(names('Вице-премьер Хэ Лифэн открыл ярмарку.')).toContain('He Lifeng');
  });

  it('lists people in the order of the first word found of each, whichever word they are indexed by', () => {
    // Xi's first word comes first though his rarer word "Jinping" comes last: found names overlap in this order.
    const both = names('Xi and Premier Li Qiang spoke before Jinping left the hall.');
    expect(both.indexOf('Xi Jinping')).toBeGreaterThanOrEqual(0);
    expect(both.indexOf('Xi Jinping')).toBeLessThan(both.indexOf('Li Qiang'));
    const swapped = names('Li Qiang and Xi Jinping spoke.');
    expect(swapped.indexOf('Li Qiang')).toBeLessThan(swapped.indexOf('Xi Jinping'));
  });
});
