import { describe, expect, it } from 'vitest';
import { resolveEventDate } from '../../shared/extract/dates.ts';
import { extractArticle } from '../../shared/extract/index.ts';
import { relayed } from '../../shared/extract/report-day.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Lead paragraphs, one sentence each (sentences written for these tests). */
const lead = (...texts: string[]): Sentence[] =>
  texts.map((text, i) => ({ text, para: i, zone: i < 2 ? 'lead' : 'body' }));

/** One article through the whole extractor (sentences written for these tests). */
function run(
  text: string,
  lang: 'en' | 'ru',
  opts: { title?: string; published?: string; outlet?: string } = {},
) {
  return extractArticle({
    id: 't',
    text,
    lang,
    title: opts.title,
    published: opts.published,
    outlet: opts.outlet,
  });
}

describe('an outlet naming its own site or the wire it rewrote is no relay', () => {
  it('reads "(site.kz)" and "(site.ru, citing a wire)" as the outlet itself', () => {
    expect(relayed('The ministers met in Almaty.', 'Steppe News (steppenews.kz)')).toBe(false);
    expect(relayed('Министры встретились, передает ТАСС.', 'Вестник (vestnik.ru, citing TASS)')).toBe(false);
    expect(relayed('The ministers met in Almaty.', 'Steppe News (via Trend)')).toBe(true);
    expect(relayed('The ministers met in Almaty.', 'Steppe Mirror (Telegram channel mirror)')).toBe(true);
  });

  it('dates an undated same-day report of such an outlet by its publication day', () => {
    const r = run(
      'Председатель КНР Си Цзиньпин на встрече с президентом Казахстана Касым-Жомартом Токаевым призвал расширять торговлю, передает ТАСС.',
      'ru',
      { published: '2026-04-11', outlet: 'Вестник (vestnik.ru, citing TASS)' },
    );
    expect(r.event?.eventDate).toBe('2026-04-11');
  });
});

describe('a yearless day takes the year of statistics "for N months of" that year', () => {
  it('reads the year from a partial-year period (en, ru)', () => {
    expect(
      resolveEventDate(
        lead(
          'On October 14, the heads of the two railway companies held a video meeting.',
          'For 9 months of 2021, freight between the two countries grew by 12 percent.',
        ),
        null,
      ),
    ).toBe('2021-10-14');
    expect(
      resolveEventDate(
        lead(
          '14 октября главы двух железнодорожных компаний провели видеовстречу.',
          'За 9 месяцев 2021 года объем перевозок вырос на 12 процентов.',
        ),
        null,
      ),
    ).toBe('2021-10-14');
  });
});

describe('a span across two months starts the event on its first day', () => {
  it('takes the first day of "from 28 May to 2 June" and «с 28 мая по 2 июня»', () => {
    expect(
      resolveEventDate(
        lead('The Chinese Vice Premier will visit Kazakhstan from 28 May to 2 June, the ministry said.'),
        '2026-05-20',
      ),
    ).toBe('2026-05-28');
    expect(
      resolveEventDate(lead('Вице-премьер КНР посетит Казахстан с 28 мая по 2 июня.'), '2026-05-20'),
    ).toBe('2026-05-28');
  });

  it('still drops a day a document only takes effect from', () => {
    expect(
      resolveEventDate(
        lead('The ministers met on May 12. The visa-free regime will be valid from June 1.'),
        '2026-05-20',
      ),
    ).toBe('2026-05-12');
  });
});

describe('a page without a headline that opens on a visit to come: the visitor takes part', () => {
  it('keeps the governor leading the delegation as participant', () => {
    const r = run(
      'AKTOBE. KAZINFORM Aktobe region seeks closer ties with Chinese provinces. A delegation headed by governor Yeraly Tugzhanov will pay a working visit to Gansu Province of China to discuss trade between Kazakhstan and China.',
      'en',
      { published: '2026-03-02' },
    );
    expect(r.event?.kind).toBe('visit');
    expect(r.event?.participants.map((p) => p.name)).toContain('Yeraly Tugzhanov');
  });
});

describe('figures: what the amount pays for, and obligations that are targets', () => {
  const figs = (text: string, lang: 'en' | 'ru') =>
    (run(text, lang, { published: '2026-05-20' }).event?.figures ?? []).map((f) => [f.metric, f.value]);
  const talks =
    'Kazakh Deputy Prime Minister Serik Zhumangarin met with Chinese Vice Premier Liu Guozhong in Astana.';
  const talksRu =
    'Вице-премьер Казахстана Серик Жумангарин встретился с вице-премьером КНР Лю Гочжуном в Астане.';

  it('reads "a $X, N-megawatt solar plant" and "a minimum investment of $X" as investment (en)', () => {
    expect(
      figs(`${talks} They discussed a $350 million, 200-megawatt wind farm plant in Zhambyl region.`, 'en'),
    ).toEqual([['investment', 350_000_000]]);
    expect(
      figs(
        `${talks} They discussed a copper project, which could require a minimum investment of $1.2 billion.`,
        'en',
      ),
    ).toEqual([['investment', 1_200_000_000]]);
    expect(figs(`${talks} China gave a $5 million grant for the plant in Kazakhstan.`, 'en')).toEqual([
      ['other', 5_000_000],
    ]);
  });

  it('reads «вложить», «будет вложено» as investment and «должна привлечь» as a target (ru)', () => {
    expect(
      figs(`${talksRu} В новый завод китайская компания намерена вложить до 140 млн долларов.`, 'ru'),
    ).toEqual([['investment', 140_000_000]]);
    expect(
      figs(`${talksRu} В комплекс будет вложено 45 миллиардов тенге ($ 96 млн) инвестиций.`, 'ru'),
    ).toEqual([['investment', 45_000_000_000]]);
    expect(figs(`${talksRu} Область должна привлечь не менее 2 триллионов тенге инвестиций.`, 'ru')).toEqual(
      [],
    );
  });

  it('gives "the sales" the metric of the sentence before (en, ru)', () => {
    expect(
      figs(
        `${talks} China is the biggest trade partner of Kazakhstan. In six months the sales rose to USD 7.1 bln.`,
        'en',
      ),
    ).toEqual([['trade_turnover', 7_100_000_000]]);
  });
});

describe('a date with a clock time after it is a page stamp, not the event day', () => {
  it('does not take «от 12.03.2026 09:15» in a caption line for the talks', () => {
    expect(
      resolveEventDate(
        lead(
          'Пекин, министры, фото - Новости Steppe от 12.03.2026 09:15 Фото: mfa.kz.',
          'Министры иностранных дел Казахстана и Китая провели переговоры в Пекине.',
        ),
        '2026-03-13',
      ),
    ).toBe('2026-03-13');
  });
});

describe('a meeting whose two heads then co-chair a joint committee session is that forum', () => {
  const kind = (text: string, lang: 'en' | 'ru', title?: string) =>
    run(text, lang, { title, published: '2026-05-20' }).event?.kind;

  it('reads the committee session told after the meeting (en, ru)', () => {
    expect(
      kind(
        "China's Vice Premier He Lifeng met with Kazakhstan's Deputy Prime Minister Serik Zhumangarin in Urumqi on Monday. The two co-chaired the 14th meeting of the China-Kazakhstan Cooperation Committee and agreed to expand trade.",
        'en',
      ),
    ).toBe('forum');
    expect(
      kind(
        'Вице-премьер Казахстана Серик Жумангарин встретился с вице-премьером КНР Хэ Лифэном в Урумчи. Стороны провели 14-е заседание Казахстанско-китайского комитета по сотрудничеству.',
        'ru',
      ),
    ).toBe('forum');
  });

  it('keeps the meeting when the session is a second event of the headline or a multilateral council', () => {
    expect(
      kind(
        "Chinese Vice Premier He Lifeng met with Kazakh President Kassym-Jomart Tokayev in Astana on Monday. Tokayev said Kazakhstan values China's support.",
        'en',
        'Vice Premier He Lifeng meets Kazakh President and chairs the 14th meeting of the Cooperation Committee',
      ),
    ).toBe('meeting');
    expect(
      kind(
        'Kazakh Prime Minister Olzhas Bektenov met with Chinese Premier Li Qiang in Minsk on Tuesday. Later the premiers chaired the meeting of the SCO Council of Heads of Government.',
        'en',
      ),
    ).toBe('meeting');
  });
});

describe('participants: company heads of a group meeting, founders, and the Zhetysu akim spelling', () => {
  const ppl = (text: string, lang: 'en' | 'ru') => {
    const e = run(text, lang, { published: '2026-05-20' }).event;
    return { p: e?.participants.map((x) => x.name) ?? [], m: e?.mentioned.map((x) => x.name) ?? [] };
  };
  const group =
    'ASTANA – Deputy Foreign Minister Alibek Bakayev met with representatives of leading Chinese companies during his working trip to Shanghai on May 18.';

  it('keeps each company head met one by one after a lead meeting with the group', () => {
    const got = ppl(
      `${group}\n\nAt a meeting with Sunrise Group Chairman Zhao Minghui, Bakayev discussed a glass factory project.\n\nBakayev met with Qian Lifeng, the chairman of Eastwind Energy, to discuss a wind farm in Kazakhstan.\n\nRiverstone Group Founder Tang Wenbo discussed plans to build a dairy plant in Kazakhstan.`,
      'en',
    );
    expect(got.p).toEqual(expect.arrayContaining(['Zhao Minghui', 'Qian Lifeng', 'Tang Wenbo']));
  });

  it('reads a company head who "shared updates" as speaking at the meeting', () => {
    const got = ppl(
      `${group}\n\nQian Lifeng, the chairman of Eastwind Energy, shared updates on a wind farm in the Turkistan region.`,
      'en',
    );
    expect(got.p).toContain('Qian Lifeng');
  });

  it('spells the akim of Zhetysu as the labelled sets do when the text is Russian', () => {
    const got = ppl(
      'Аким области Жетісу Бейбит Исабаев принял делегацию Синьцзян-Уйгурского автономного района КНР во главе с вице-председателем правительства.',
      'ru',
    );
    expect(got.p).toContain('Beibut Isabayev');
  });
});

describe('gazetteer: railway and company heads known by name', () => {
  it('finds the KTZ chairman named with an abbreviated role, and the CITIC chairman in Russian case forms', () => {
    const en = run(
      'On October 5, a video meeting was held between Sauat Mynbayev, JSC NC KTZ COB, and Lu Dongfu, China Railway COB, on freight between Kazakhstan and China.',
      'en',
      { published: '2020-10-05' },
    ).event;
    expect(en?.participants.map((p) => p.name)).toEqual(['Sauat Mynbayev', 'Lu Dongfu']);
    const ru = run(
      'Президент Казахстана Нурсултан Назарбаев провел переговоры с председателем CITIC Group Чан Чжэньмином в Астане.',
      'ru',
      { published: '2017-06-09' },
    ).event;
    expect(ru?.participants.map((p) => p.name)).toContain('Chang Zhenming');
  });
});

describe('an arrival report: the host of talks still to come is only mentioned', () => {
  it('keeps the arriving minister and mentions the counterpart of the planned talks (ru)', () => {
    const e = run(
      'Министр иностранных дел Казахстана Ермек Кошербаев прибыл с рабочим визитом в Китайскую Народную Республику.\nВ ходе переговоров Ермека Кошербаева с министром иностранных дел КНР Ван И планируется обсуждение вопросов транзита.',
      'ru',
      { published: '2026-04-02' },
    ).event;
    expect(e?.kind).toBe('visit');
    expect(e?.participants.map((p) => p.name)).toEqual(['Yermek Kosherbayev']);
    expect(e?.mentioned.map((p) => p.name)).toEqual(['Wang Yi']);
  });
});

describe("a speaker's quoted «сегодня» in the body is no day", () => {
  it('leaves an undated relay undated instead of taking its time stamp through a quote', () => {
    expect(
      resolveEventDate(
        [
          {
            text: 'В Казахстане прошел инвестиционный форум, где подписали меморандум с китайской компанией.',
            para: 0,
            zone: 'lead',
          },
          { text: 'Китайская компания построит в области новый стекольный завод.', para: 1, zone: 'lead' },
          { text: 'Проект обсуждался с районными властями и инвесторами.', para: 2, zone: 'body' },
          {
            text: 'Аким района Ерлан Сейтов: «У нас сегодня строится новый индустриальный парк».',
            para: 3,
            zone: 'body',
          },
        ],
        '2026-02-11',
        { outlet: 'Стройпортал (Строительный вестник)' },
      ),
    ).toBeNull();
  });
});
