import { describe, expect, it } from 'vitest';
import { judgeRelevance } from '../../shared/extract/relevance.ts';
import { tally } from '../../shared/extract/relevance-patterns.ts';
import { buildDoc } from '../../shared/extract/sentences.ts';

const judge = (title: string | null, ...paras: string[]) =>
  judgeRelevance(buildDoc(title, paras.join('\n\n')));

describe('relevance: sides', () => {
  it('counts a national company as its country (a railway board meets its Chinese peer in Beijing)', () => {
    const v = judge(
      'В Пекине состоялись переговоры КТЖ и China Railway',
      '12 марта правление АО «НК «Қазақстан темір жолы» провело переговоры с руководством Китайских железных дорог.',
      'Стороны обсудили рост контейнерных перевозок через Достык и Алтынколь.',
    );
    expect(v).toMatchObject({ relevant: true });
  });

  it('counts a Chinese state company as China when a Kazakh official meets its executive', () => {
    const v = judge(
      'Prime Minister meets Sinopec vice president',
      'Prime Minister Olzhas Bektenov received a delegation of Sinopec led by its vice president.',
      'They discussed the polyethylene project in Atyrau region and new supplies.',
    );
    expect(v.relevant).toBe(true);
  });

  it('takes the Chinese leader’s surname in a headline for China, not the first syllable of Xi’an', () => {
    expect(
      judge('Tokayev, Xi agree to expand trade', 'The two leaders met on Tuesday and signed a plan.')
        .relevant,
    ).toBe(true);
    expect(tally('Tokayev, Xi agree').cn).toBe(1);
    expect(tally('talks in Xi’an and XI’AN').cn).toBe(0);
  });

  it('finds cities in any case form and spelling (Petropavlovsk, Ürümqi, «Петропавловске»)', () => {
    expect(
      judge(
        'Kazakh governor arrives in Ürümqi',
        'The akim of North Kazakhstan region arrived in Ürümqi for talks.',
      ).relevant,
    ).toBe(true);
    expect(
      judge(
        'Delegation from Petropavlovsk visits Harbin',
        'A business delegation from Petropavlovsk held talks in Harbin on grain exports.',
      ).relevant,
    ).toBe(true);
  });

  it('does not count a common word that spells a city in lower case ("oral talks")', () => {
    const v = judge(
      'Uzbek and Chinese officials hold oral talks',
      'Officials of China and Uzbekistan agreed on a roadmap during oral consultations in Tashkent.',
    );
    expect(v.relevant).toBe(false);
  });
});

describe('relevance: the lead', () => {
  it('skips page furniture (a time stamp, the title repeated) when it looks for the lead', () => {
    const v = judge(
      'Deputy minister receives new ambassador',
      '12:40, 3 March 2025 | GMT +5',
      'Deputy minister receives new ambassador',
      'Kazakhstan’s Deputy Foreign Minister received the newly appointed Ambassador of China to discuss the agenda of upcoming contacts.',
      'The ambassador presented copies of his credentials.',
    );
    expect(v).toMatchObject({ relevant: true });
  });
});

describe('relevance: lists', () => {
  it('does not take China as one destination in a list of countries for a bilateral story', () => {
    const v = judge(
      'Kazakhstan grain exports reach new high',
      'Kazakhstan shipped 11 million tonnes of grain this season, mainly to Uzbekistan, Tajikistan and China.',
      'The ministry expects a smaller harvest in the north next year.',
    );
    expect(v.relevant).toBe(false);
  });

  it('does not take the two sides as members of a list of three countries for a pair', () => {
    const en = judge(
      'Russia, Kazakhstan and China agree on northern transit corridor',
      'Russia, Kazakhstan and China agreed to extend the northern transit corridor at talks in Moscow.',
      'Deputy prime ministers of the three countries signed a protocol.',
    );
    expect(en.relevant).toBe(false);
    const ru = judge(
      'Представители России, Казахстана и Китая обсудили транзит',
      'Представители России, Казахстана и Китая обсудили транзит грузов на встрече в Москве.',
      'Стороны подписали протокол.',
    );
    expect(ru.relevant).toBe(false);
    // The pair on its own is still a pair.
    expect(
      judge('Kazakhstan and China sign transit protocol', 'Kazakhstan and China signed a protocol.').relevant,
    ).toBe(true);
  });

  it('does not make an SCO ministerial with a Chinese guest a bilateral event', () => {
    const v = judge(
      'SCO foreign ministers gather in Astana',
      'Foreign ministers of the SCO member states, China’s Wang Yi among them, met in Astana ahead of the summit.',
      'Kazakhstan’s foreign minister chaired the session attended by ministers of Russia, India and Pakistan.',
    );
    expect(v.relevant).toBe(false);
  });
});

describe('relevance: meetings', () => {
  it('does not take a joint press appearance at a multilateral meeting for a bilateral meeting', () => {
    const v = judge(
      'Foreign ministers of China and five Central Asian countries adopt joint statement',
      'The fourth foreign ministers’ meeting of China and Central Asian countries was held in Almaty.',
      'After the meeting, Wang Yi and Kazakhstan’s foreign minister met the press.',
    );
    expect(v.relevant).toBe(false);
  });

  it('keeps a one-by-one meeting with the Kazakh leader inside a host’s round-up', () => {
    const v = judge(
      'Chinese President meets foreign leaders ahead of expo',
      'More than twenty foreign leaders have gathered in Shanghai for the opening of the import expo.',
      'Xi Jinping hosted a dinner for the guests on Monday.',
      'Xi also held separate meetings with Kazakh President Tokayev and the prime minister of Hungary, discussing trade.',
    );
    expect(v.relevant).toBe(true);
    expect(v.evidence).toMatch(/^Xi also held separate meetings with Kazakh President Tokayev/);
  });

  it('reads a Russian round-up the same way', () => {
    const v = judge(
      'Си Цзиньпин провел встречи с зарубежными лидерами',
      'Председатель КНР Си Цзиньпин во вторник встретился с главами государств, прибывшими на выставку.',
      'Гости осмотрели павильоны и посетили прием.',
      'Отдельно Си Цзиньпин провел переговоры с Президентом Казахстана Касым-Жомартом Токаевым.',
    );
    expect(v.relevant).toBe(true);
  });

  it('does not keep a bare name in a list of summit guests', () => {
    const v = judge(
      'Chinese President meets foreign leaders ahead of expo',
      'More than twenty foreign leaders have gathered in Shanghai for the opening of the import expo.',
      'The guest list includes the leaders of Kazakhstan, Uzbekistan, Kyrgyzstan and Hungary.',
    );
    expect(v.relevant).toBe(false);
  });

  it('needs a meeting of the two when the title names a multilateral format', () => {
    const v = judge(
      '“China – Central Asia”: ministers of trade sum up their meeting in Xi’an',
      'Kazakhstan and China will open more trade routes, the Chinese commerce minister said at the meeting.',
      'The ministers of China and the Central Asian states adopted a joint action plan.',
    );
    expect(v).toMatchObject({ relevant: false, reason: 'multilateral title without a bilateral meeting' });
  });

  it('keeps a multilateral summit story that reports the two leaders’ own talks on its sidelines', () => {
    const story = (extra: string) =>
      judge(
        'China–Central Asia summit opens in Xi’an',
        'The leaders of China and the five Central Asian states gathered in Xi’an for their second summit.',
        'They adopted a declaration on regional connectivity and trade.',
        extra,
      );
    expect(
      story('On the sidelines of the summit, Xi Jinping held talks with Kassym-Jomart Tokayev.').relevant,
    ).toBe(true);
    expect(story('Kassym-Jomart Tokayev spoke about transport corridors in his address.').relevant).toBe(
      false,
    );
  });

  it('keeps a visit to one side named in a title that also names an SCO meeting', () => {
    const v = judge(
      'Chinese vice premier ends Kazakhstan visit, attends SCO forum',
      'Chinese Vice Premier Ding Xuexiang completed a two-day official visit to Kazakhstan in Astana.',
      'He and Kazakh officials signed agreements on energy and transport.',
    );
    expect(v.relevant).toBe(true);
  });
});
