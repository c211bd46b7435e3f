import { describe, expect, it } from 'vitest';
import { dateMentions } from '../../shared/extract/date-cues.ts';
import { extractArticle } from '../../shared/extract/index.ts';
import { DATES_KK } from '../../shared/extract/lexicon/kk/dates.ts';
import { DATES_RU } from '../../shared/extract/lexicon/ru/dates.ts';

/** Reports written for these tests: a title and one or two paragraphs. */
const event = (text: string, lang: 'ru' | 'en' = 'ru') =>
  extractArticle({ id: 't', title: 'Переговоры', text, published: '2024-05-18', lang, outlet: 'Zakon.kz' })
    .event;

describe('Russian word forms around days and venues (issues 12, 19)', () => {
  it('reads a day with its ordinal ending («15-го мая»)', () => {
    const e = event(
      'Президент Казахстана Касым-Жомарт Токаев 15-го мая провел переговоры с Председателем КНР Си Цзиньпином в Астане.',
    );
    expect(e?.eventDate).toBe('2024-05-15');
  });

  it('takes «прошла в Пекине» ("took place in") as the venue, «прошлой встречи в Пекине» as background', () => {
    const took = event(
      'Президент Казахстана Касым-Жомарт Токаев провел переговоры с Председателем КНР Си Цзиньпином.\n\nВстреча прошла в Пекине.',
    );
    expect(took?.location).toBe('Beijing');
    const past = event(
      'Президент Казахстана Касым-Жомарт Токаев провел переговоры с Председателем КНР Си Цзиньпином.\n\nСтороны вспомнили итоги прошлой встречи в Пекине.',
    );
    expect(past?.location).toBeNull();
  });
});

describe('English wire genitives before a city (issue 19)', () => {
  it("takes the city after a country's or region's genitive as the venue", () => {
    const e = event(
      "Kazakh Foreign Minister Murat Nurtleu held talks with Chinese Foreign Minister Wang Yi in northwest China's Urumqi.",
      'en',
    );
    expect(e?.location).toBe('Urumqi');
  });

  it('still takes no city from a province named that way', () => {
    const e = event(
      "Kazakh Foreign Minister Murat Nurtleu held talks with Chinese Foreign Minister Wang Yi in east China's Shandong Province.",
      'en',
    );
    expect(e?.location).toBeNull();
  });
});

describe('the relative-word pre-test (issue 12)', () => {
  it('lets every relative word of the packs through («алдыңғы күні»)', () => {
    const kk = dateMentions('Министр алдыңғы күні Астанада келіссөз жүргізді.');
    expect(kk.map((m) => [m.type, m.back])).toEqual([['relative', 2]]);
    for (const [w, back] of [...DATES_KK.relative, ...DATES_RU.relative]) {
      const found = dateMentions(`Министр ${w} провел встречу.`).filter((m) => m.type === 'relative');
      expect(
        found.map((m) => m.back),
        w,
      ).toEqual([back]);
    }
  });
});
