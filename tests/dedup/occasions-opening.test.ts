import { describe, expect, it } from 'vitest';
import { occasionsOf } from '../../shared/dedup/occasions.ts';

/** Sentences written for these tests; invented openings. */
describe('opening ceremonies as an occasion every language names', () => {
  it('gives an opening one key in Kazakh, Russian and English', () => {
    expect(occasionsOf('Үрімжіде Қазақстанның сауда үйі салтанатты түрде ашылды.')).toEqual(['opening']);
    expect(occasionsOf('Президент орталықтың ашылу рәсіміне қатысты.')).toEqual(['opening']);
    expect(occasionsOf('В Урумчи состоялось открытие торгового дома Казахстана.')).toEqual(['opening']);
    expect(occasionsOf('The minister attended the opening ceremony of the trade house in Urumqi.')).toEqual([
      'opening',
    ]);
  });

  it('reads «алтын 30 жылдық», «золотое 30-летие» as an era, not an anniversary', () => {
    expect(occasionsOf('Екі ел қарым-қатынасының жаңа «алтын 30 жылдығына» қадам басты.')).toEqual([]);
    expect(occasionsOf('Стороны вступили во второе «золотое 30-летие» отношений.')).toEqual([]);
    expect(occasionsOf('Дипломатиялық қатынастардың 30 жылдығы атап өтілді.')).toEqual(['anniversary']);
  });
});
