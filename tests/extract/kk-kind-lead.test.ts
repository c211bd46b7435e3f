import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests in the style of Kazakh outlets; real officials, invented occasions. */
const kind = (text: string, published = '2024-05-20') =>
  extractArticle({ id: 'k', lang: 'kk', published, text }).event?.kind;

describe('Kazakh kind from the lead clause', () => {
  it('reads an interview given before a visit («сапармен барар алдында … сұхбатында») as a statement', () => {
    expect(
      kind(
        'Қасым-Жомарт Тоқаев Бейжіңге ресми сапармен барар алдында Синьхуа агенттігіне берген сұхбатында қазақ-қытай ынтымақтастығы туралы ой бөлісті.',
      ),
    ).toBe('statement');
  });

  it('reads an article on the eve of a visit («сапары қарсаңында … мақала») as a statement', () => {
    expect(
      kind(
        'ҚХР Төрағасы Си Цзиньпин Қазақстанға мемлекеттік сапары қарсаңында «Егемен Қазақстан» газетінде мақала жариялады.',
      ),
    ).toBe('statement');
  });

  it('keeps the visit itself a visit and talks during it a meeting', () => {
    expect(kind('ҚХР Төрағасы Си Цзиньпин Қазақстанға мемлекеттік сапармен келді.')).toBe('visit');
    expect(
      kind('Мемлекеттік сапары барысында Си Цзиньпин Қасым-Жомарт Тоқаевпен Ақордада келіссөз жүргізді.'),
    ).toBe('meeting');
  });
});

describe('Kazakh days hyphenated to their month', () => {
  it('reads «3-шілдеде» as «3 шілдеде»', () => {
    const r = extractArticle({
      id: 'k',
      lang: 'kk',
      published: '2024-07-05',
      text: 'Мемлекет басшысы Қасым-Жомарт Тоқаев 3-шілдеде Ақордада ҚХР Сыртқы істер министрі Ван Иді қабылдады.',
    });
    expect(r.event?.eventDate).toBe('2024-07-03');
  });
});

describe('Kazakh meetings of a programme named together', () => {
  it('reads «сапары аясындағы кездесулерде» (at the meetings of the visit) as the visit as a whole', () => {
    expect(
      kind(
        'Тоқаев Бейжіңдегі кездесулерде тек қазақ тілінде сөйледі\nМемлекет басшысы Қытайдағы ресми сапары аясындағы кездесулерде сөздерін мемлекеттік тілде жасады.',
      ),
    ).toBe('visit');
  });

  it('keeps one round of talks in the plural («келіссөздер») a meeting', () => {
    expect(
      kind('Мемлекеттік сапары аясында Қасым-Жомарт Тоқаев Си Цзиньпинмен Бейжіңде келіссөздер жүргізді.'),
    ).toBe('meeting');
  });
});

describe('Kazakh councils and committees of the two', () => {
  it('reads taking part in the business council («іскерлік кеңесіне қатысып») as a forum', () => {
    expect(
      kind(
        'Қасым-Жомарт Тоқаев Бейжіңге ресми сапары барысында қазақ-қытай іскерлік кеңесіне қатысып, сөз сөйледі. Ол екі ел арасындағы сауда туралы айтты.',
      ),
    ).toBe('forum');
  });

  it('keeps taking part in a meeting («кездесуге қатысып») a meeting', () => {
    expect(
      kind('Қасым-Жомарт Тоқаев Си Цзиньпинмен кездесуге қатысып, екі ел қатынастары туралы айтты.'),
    ).toBe('meeting');
  });
});
