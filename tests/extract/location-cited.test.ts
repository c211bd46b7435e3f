import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests; real officials, invented occasions. */
const place = (text: string, lang: 'kk' | 'ru') =>
  extractArticle({ id: 'c', lang, published: '2025-03-12', text }).event?.location ?? null;

describe('a cited source is not the venue', () => {
  it('does not read «Ақордаға сілтеме жасап» (citing the Akorda) as a trip to Astana', () => {
    expect(
      place(
        'Мемлекет басшысы Қасым-Жомарт Тоқаев ҚХР Төрағасы Си Цзиньпинмен бірге көрмені аралады, деп хабарлайды агенттік Ақордаға сілтеме жасап.',
        'kk',
      ),
    ).toBeNull();
  });

  it('does not read «со ссылкой на Акорду» as the venue, and keeps the venue the clause names', () => {
    expect(
      place(
        'Касым-Жомарт Токаев и Си Цзиньпин осмотрели выставку, сообщает агентство со ссылкой на Акорду.',
        'ru',
      ),
    ).toBeNull();
    expect(
      place(
        'Касым-Жомарт Токаев провел переговоры с Си Цзиньпином в Пекине, сообщает агентство со ссылкой на Акорду.',
        'ru',
      ),
    ).toBe('Beijing');
  });
});
