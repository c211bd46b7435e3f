import { describe, expect, it } from 'vitest';
import { reportOf } from '../../shared/dedup/index.ts';
import { FEATURES, pairFeatures } from '../../shared/dedup/pair.ts';
import { extracted, person } from './fixtures.ts';

/** Sentences written for these tests; invented messages. */
describe('a message genre shared without two agreeing dates', () => {
  const tokayev = [person('Kassym-Jomart Tokayev', 'President', 'KZ')];
  const rep = (key: string, lang: string, text: string, eventDate: string | null = null) =>
    reportOf(extracted({ kind: 'statement', eventDate, participants: tokayev }), {
      key,
      published: eventDate,
      lang,
      title: '',
      text,
    });
  const at = (name: (typeof FEATURES)[number]) => FEATURES.indexOf(name);

  it('is no shared occasion: the same leaders exchange congratulations every year', () => {
    const a = rep('a', 'en', 'The President sent a message of congratulations to the Chinese leader.');
    const b = rep('b', 'ru', 'Президент направил поздравительное послание председателю КНР.');
    expect(pairFeatures(a, b)[at('occasionShared')]).toBe(0);
  });

  it('is one occasion when both reports date it to the same day', () => {
    const a = rep('a', 'en', 'The President sent a message of congratulations.', '2031-04-02');
    const b = rep('b', 'ru', 'Президент направил поздравительное послание.', '2031-04-02');
    expect(pairFeatures(a, b)[at('occasionShared')]).toBe(1);
  });

  it('still meets on a specific occasion (the disaster mourned) without dates', () => {
    const a = rep('a', 'en', 'The President expressed condolences over the earthquake.');
    const b = rep('b', 'kk', 'Президент жер сілкінісіне байланысты көңіл айтты.');
    expect(pairFeatures(a, b)[at('occasionShared')]).toBe(1);
  });
});
