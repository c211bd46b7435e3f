import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests in the style of Kazakh outlets; real officials, invented occasions. */
const extract = (text: string, title?: string) =>
  extractArticle({ id: 'k', lang: 'kk', published: '2024-05-20', title, text });
const part = (r: ReturnType<typeof extract>) => r.event?.participants.map((p) => p.name).sort();

describe('Kazakh trips to Xinjiang meeting several leaders', () => {
  it('reads joined names with one case ending («… және …бен кездесті») as a trip: visit', () => {
    const r = extract(
      'Сауда және интеграция министрі Арман Шаққалиев Үрімжіде ШҰАР партком хатшысы Ма Шиңжуй және ШҰАР төрағасы Еркін Тұниязбен кездесті.',
    );
    expect(r.event?.kind).toBe('visit');
    expect(part(r)).toEqual(['Arman Shakkaliyev', 'Erkin Tuniyaz', 'Ma Xingrui']);
  });

  it('reads a meeting with a region’s leadership on a trip as the visit', () => {
    const r = extract(
      'Шыңжаңға жұмыс сапары барысында Ауыл шаруашылығы министрі Айдарбек Сапаров ШҰАР басшылығымен кездесті. Кездесуге Ма Шиңжуй мен Еркін Тұнияз қатысты.',
    );
    expect(r.event?.kind).toBe('visit');
  });

  it('takes «іссапарда жүр» as the traveller’s part and keeps «Іле Қазақ» out of names', () => {
    const r = extract(
      'Шығыс Қазақстан облысының әкімі Ермек Көшербаев Шыңжаңда іссапарда жүр. Үрімжіде ол ШҰАР төрағасы Еркін Тұниязбен кездесті. Сондай-ақ әкім Іле Қазақ автономиялық облысының әкімі Жақсылық Оразбайұлымен жүздесті.',
    );
    expect(r.event?.kind).toBe('visit');
    expect(part(r)).toEqual(['Erkin Tuniyaz', 'Yermek Kosherbayev', 'Zhaksylyk Orazbayuly']);
  });
});

describe('Xinjiang posts before unknown names', () => {
  it('reads the Corps’ commissar, a department head and a congress chairman as role phrases', () => {
    const r = extract(
      'Көлік министрі Марат Қарабаев Шыңжаңға жұмыс сапары барысында ШӨҚК саяси комиссары Ли Ифэймен, ШҰАР Халық жиналысы тұрақты комитетінің төрағасы Чжан Юйчжимен және ШҰАР партия комитеті ұйымдастыру бөлімінің меңгерушісі Ян Фанмен кездесті.',
    );
    expect(part(r)).toEqual(['Li Yifei', 'Marat Karabayev', 'Yang Fang', 'Zhang Yuzhi']);
  });
});

describe('Kazakh interviews and relations', () => {
  it('makes an envoy’s interview about the relations relevant, a statement, the envoy its participant', () => {
    const r = extract(
      'Қазақстандағы ҚХР елшісі Хань Чуньлинь «Казинформ» агенттігіне сұхбат берді.',
      'Елші: Қазақстан мен Қытай қарым-қатынасы жаңа белеске шықты',
    );
    expect(r.relevant).toBe(true);
    expect(r.event?.kind).toBe('statement');
    expect(part(r)).toEqual(['Han Chunlin']);
  });

  it('does not read «экспорт» (export) as an EXPO forum', () => {
    const r = extract(
      'Былтыр Қазақстан Қытайға 2 миллион тонна бидай экспорттады, деп хабарлады сауда министрлігі.',
    );
    expect(r.event?.kind).not.toBe('forum');
  });
});

describe('Kazakh features naming leaders met in passing', () => {
  it('keeps counterparts of «Қытайдағы кездесулерде» (in the meetings in China) mentioned', () => {
    const r = extract(
      'Мемлекет басшысы Қасым-Жомарт Тоқаевтың Қытайға жасаған сапары жұртшылықтың назарын аударды.\n\nҚытайдағы кездесулерде Президент Си Цзиньпинмен де, Ли Цянмен де қазақ тілінде сөйлесті.',
    );
    expect(part(r)).toEqual(['Kassym-Jomart Tokayev']);
    expect(r.event?.mentioned.map((p) => p.name).sort()).toEqual(['Li Qiang', 'Xi Jinping']);
  });
});

describe('Kazakh interviews, comments and sessions', () => {
  it('reads an article opening with the interviewer’s question as the interviewee’s statement', () => {
    const r = extract(
      '– Шахрат Шайсұлтанұлы, Қазақстан мен Қытай арасындағы ынтымақтастық қай деңгейде?\n\n– Екі ел басшылары жыл сайын кездесіп тұрады. Былтыр тауар айналымы 40 миллиард долларға жетті.',
      'Шахрат Нұрышев: Қытаймен қарым-қатынас жаңа белеске көтерілді',
    );
    expect(r.event?.kind).toBe('statement');
    expect(part(r)).toEqual(['Shakhrat Nuryshev']);
  });

  it('finds a commentator by a Kazakh role («саясаттанушы») and makes the comment his', () => {
    const r = extract(
      'Қытайдан келетін инвестиция көлемі артып келеді. Бұл туралы саясаттанушы Әділ Қауқенов тілшімізге берген сұхбатында айтты.\n\nОның айтуынша, Қытай Қазақстан экономикасына 25 миллиард доллардан астам инвестиция салған.',
    );
    expect(part(r)).toEqual(['Adil Kaukenov']);
  });

  it('makes the co-chairs of a session («төрағалық етті») its participants', () => {
    const r = extract(
      'Астанада Қазақстан-Қытай ынтымақтастық комитетінің кезекті отырысы өтті. Отырысқа Премьер-министрдің орынбасары Серік Жұманғарин мен ҚХР Вице-премьері Дин Сюэсян төрағалық етті.',
    );
    expect(r.event?.kind).toBe('forum');
    expect(part(r)).toEqual(['Ding Xuexiang', 'Serik Zhumangarin']);
  });
});
