import { describe, expect, it } from 'vitest';
import { derivedKazakhForms, pinyinToKazakh } from '../../shared/extract/gazetteer/forms-kk.ts';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests in the style of Kazakh and Xinjiang Kazakh outlets. */
const names = (text: string) =>
  extractArticle({ id: 'k', lang: 'kk', published: '2023-06-01', text }).event?.participants.map(
    (p) => p.name,
  );

describe('Kazakh spellings of Chinese officials derived from pinyin', () => {
  it('spells pinyin the Xinjiang way (x → ш, j/zh/r → ж, q/ch → ч, -ng → ң)', () => {
    expect(pinyinToKazakh('Ma Xingrui')).toBe('Ма Шиңжуй');
    expect(pinyinToKazakh('Wang Yang')).toBe('Уаң Яң');
    // quan+guo, not quang+uo: a syllable without an initial only opens a word.
    expect(pinyinToKazakh('Chen Quanguo')).toBe('Чен Чуангуо');
    expect(pinyinToKazakh('Erkin Tuniyaz')).toBeNull();
  });

  it('adds a soft-sign-free form of a Russian spelling («Ван Илин»)', () => {
    expect(derivedKazakhForms({ name: 'Wang Yilin', cyr: ['Ван Илинь'], country: 'CN', roles: [] })).toEqual([
      'Уаң Илин',
      'Ван Илин',
    ]);
    expect(derivedKazakhForms({ name: 'Serik Akhmetov', cyr: [], country: 'KZ', roles: [] })).toEqual([]);
  });

  it('finds leaders written the Xinjiang way, with Kazakh case endings', () => {
    expect(
      names('Қазақстан президенті Тоқаев Қытай төрағасы Ши Жинпиңмен және премьер Ли Чияңмен кездесті.'),
    ).toEqual(['Kassym-Jomart Tokayev', 'Xi Jinping', 'Li Qiang']);
  });

  it('finds Xinjiang leaders and Kazakh akims in their Kazakh spellings', () => {
    expect(
      names(
        'Шығыс Қазақстан облысының әкімі Даниял Ахметов Өскеменде Шыңжаң төрағасы Еркін Тұниязбен кездесті.',
      ),
    ).toEqual(['Daniyal Akhmetov', 'Erkin Tuniyaz']);
  });
});

describe('Kazakh trips with several counterparts', () => {
  it('takes a minister meeting two Xinjiang leaders one after the other as the visit', () => {
    const r = extractArticle({
      id: 'k',
      lang: 'kk',
      published: '2023-06-01',
      text: 'Ауыл шаруашылығы министрі Ербол Қарашөкеев Үрімжіге жұмыс сапарымен барды. Сапар барысында министр Шыңжаң партия комитетінің хатшысы Ма Синжуймен және өңір төрағасы Эркин Туниязбен кездесті.',
    });
    expect(r.event?.kind).toBe('visit');
    expect(r.event?.participants.map((p) => p.name)).toEqual([
      'Yerbol Karashukeyev',
      'Ma Xingrui',
      'Erkin Tuniyaz',
    ]);
  });
});

describe('Kazakh trips told as a whole', () => {
  const kind = (title: string, text: string) =>
    extractArticle({ id: 'k', lang: 'kk', published: '2023-06-01', title, text }).event?.kind;

  it('takes a working trip with two meetings told one after the other («Сондай-ақ …») as the visit', () => {
    expect(
      kind(
        'Вице-премьер Қытайда',
        'Премьер-министрдің орынбасары Роман Скляр Қытайға жұмыс сапарымен барды. Бейжіңде ол ҚХР Вице-премьері Дин Сюэсянмен кездесті. Сондай-ақ ол Коммерция министрі Ван Вэньтаомен келіссөз жүргізді.',
      ),
    ).toBe('visit');
  });

  it('keeps a working trip with one meeting, and a headline naming one meeting, a meeting', () => {
    expect(
      kind(
        'Вице-премьер Қытайда',
        'Премьер-министрдің орынбасары Роман Скляр Қытайға жұмыс сапарымен барды. Бейжіңде ол ҚХР Вице-премьері Дин Сюэсянмен кездесті.',
      ),
    ).toBe('meeting');
    expect(
      kind(
        'Скляр Дин Сюэсянмен кездесті',
        'Қытайға жұмыс сапары аясында Роман Скляр Дин Сюэсянмен кездесті. Сондай-ақ ол Ван Вэньтаомен келіссөз жүргізді.',
      ),
    ).toBe('meeting');
  });

  it('takes a working trip with a meeting and a tour of plants as the visit', () => {
    expect(
      kind(
        'Премьер Шыңжаңда',
        'Премьер-министр Олжас Бектенов Шыңжаңға жұмыс сапарымен барды. Үрімжіде ол Эркин Туниязбен кездесіп, бірқатар кәсіпорындарды аралады.',
      ),
    ).toBe('visit');
  });
});
