import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../shared/extract/figures.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Sentences of one paragraph each (written for these tests). */
const doc = (...texts: string[]): Sentence[] => texts.map((text, para) => ({ text, para, zone: 'body' }));
const figs = (texts: string[], pubYear: number | null = 2026) =>
  extractFigures(doc(...texts), pubYear).map((f) => [f.metric, f.value, f.unit, f.year]);

describe('targets, forecasts and offers are not figures', () => {
  it('leaves out amounts the sides want to reach', () => {
    expect(figs(['The leaders agreed to bring bilateral trade to $60 billion by 2030.'])).toEqual([]);
    expect(figs(['Товарооборот между странами достигнет 50 млрд долларов.'])).toEqual([]);
    expect(figs(['Trade is expected to exceed $48 billion this year, the minister said.'])).toEqual([]);
    expect(
      figs(['Kazakhstan is ready to increase flour exports to China worth about $300 million.']),
    ).toEqual([]);
  });

  it('leaves out forecasts said as "set to", "on track to", "poised to", "likely to" (issue 19)', () => {
    expect(figs(['Bilateral trade is set to reach $50 billion this year, the envoy said.'])).toEqual([]);
    expect(figs(['Trade with China is on track to hit $52 billion in 2026.'])).toEqual([]);
    expect(figs(['Turnover between the two countries is poised to exceed $55 billion.'])).toEqual([]);
    expect(figs(['The two countries will achieve a bilateral trade volume of $40 billion.'])).toEqual([]);
    expect(figs(['Chinese investment is likely to top $30 billion next decade.'])).toEqual([]);
    // The achieved level in the same sentence stays.
    expect(figs(['Trade reached $44 billion in 2025 and is set to grow further, officials said.'])).toEqual([
      ['trade_turnover', 44e9, 'USD', 2025],
    ]);
  });

  it('keeps the level a target starts from', () => {
    expect(
      figs([
        'Astana will target $50 billion in annual trade with China by 2030, up from about $41 billion in 2023.',
      ]),
    ).toEqual([['trade_turnover', 41e9, 'USD', 2023]]);
  });

  it('leaves out an amount a side only proposes', () => {
    expect(
      figs([
        'The prime minister proposed supplying 120 kinds of Kazakh farm goods to China worth $700 million.',
      ]),
    ).toEqual([]);
    expect(
      figs([
        'Премьер-министр предложил поставлять в Китай 120 видов казахстанских товаров на сумму 700 млн долларов.',
      ]),
    ).toEqual([]);
  });

  it('reads a Kazakh target by the verb after the amount', () => {
    expect(figs(['Екі ел тауар айналымын 2030 жылға қарай 80 млрд долларға жеткізуді көздейді.'])).toEqual(
      [],
    );
    expect(
      figs(['Тараптар 2025 жылы екі ел арасындағы тауар айналымы 45 млрд долларға жеткенін атап өтті.']),
    ).toEqual([['trade_turnover', 45e9, 'USD', 2025]]);
  });

  it('keeps the achieved amount next to the target', () => {
    expect(
      figs(['Last year trade reached $44.2 billion, and the sides aim to raise it to $60 billion.'], 2026),
    ).toEqual([['trade_turnover', 44.2e9, 'USD', 2025]]);
    expect(
      figs([
        'Officials say cooperation continues to expand, with bilateral trade reaching $40.1 billion in 2025.',
      ]),
    ).toEqual([['trade_turnover', 40.1e9, 'USD', 2025]]);
  });

  it('keeps a planned investment in a named project', () => {
    expect(figs(['The partners plan to invest $120 million in the logistics hub over three years.'])).toEqual(
      [['investment', 120e6, 'USD', null]],
    );
  });
});

describe('figures of other relationships and parts of a total', () => {
  it('leaves out third countries and the whole foreign trade', () => {
    expect(figs(["Trade with Italy, Kazakhstan's fourth partner, fell to $9.2 billion in 2025."])).toEqual(
      [],
    );
    expect(figs(['Внешнеторговый оборот Казахстана в 2025 году составил 140 млрд долларов США.'])).toEqual(
      [],
    );
    expect(figs(["China's trade with Central Asian countries reached $95 billion in 2025."])).toEqual([]);
    expect(figs(['Товарооборот с Китаем в 2025 году составил 45 млрд долларов США.'])).toEqual([
      ['trade_turnover', 45e9, 'USD', 2025],
    ]);
  });

  it('leaves out an amount no word explains unless the two countries are named', () => {
    expect(figs(['The national budget stands at $55 billion, the minister said.'])).toEqual([]);
    expect(figs(['Chinese companies signed contracts with Kazakh partners for $700 million.'])).toEqual([
      ['other', 700e6, 'USD', 2026],
    ]);
  });

  it('reads a portfolio of projects and leaves out a project named inside it', () => {
    expect(
      figs([
        'Сейчас в регионе реализуются проекты с китайским участием на 900 миллионов долларов.',
        'Среди них – цементный завод стоимостью 150 миллионов долларов.',
      ]),
    ).toEqual([['project_portfolio', 900e6, 'USD', null]]);
  });

  it('reads the value of one plant as an investment and of signed documents as the event’s figure', () => {
    expect(figs(['The companies agreed on a glass factory worth 40 billion tenge.'])).toEqual([
      ['investment', 40e9, 'KZT', null],
    ]);
    expect(figs(['At the forum, 25 documents worth $1.2 billion were signed.'], 2026)).toEqual([
      ['other', 1.2e9, 'USD', 2026],
    ]);
  });
});

describe('counts, units and repeats', () => {
  it('reads counts written in words and not a back-reference to projects named before', () => {
    expect(figs(['В области уже работают семь совместных проектов.'])).toEqual([
      ['project_count', 7, 'projects', null],
    ]);
    expect(figs(['The three new projects will create 2,000 jobs.'])).toEqual([]);
  });

  it('reads freight in tonnes and flights between the two countries, not a plant capacity', () => {
    expect(figs(['Rail freight between Kazakhstan and China reached 31 million tons in 2025.'])).toEqual([
      ['other', 31e6, 'tonnes', 2025],
    ]);
    expect(figs(['Between the two countries 50 flights a week are operated.'])).toEqual([
      ['other', 50, 'flights', null],
    ]);
    expect(figs(['The Chinese-built plant has a capacity of 500,000 tons of cement a year.'])).toEqual([]);
  });

  it('takes the metric of "the same indicator" from the sentence before, and a currency for an elided amount', () => {
    expect(
      figs([
        'In 2025, bilateral trade turnover grew by 12 percent and reached $45 billion.',
        'In January–March 2026, the same indicator amounted to $11.3 billion.',
      ]),
    ).toEqual([
      ['trade_turnover', 45e9, 'USD', 2025],
      ['trade_turnover', 11.3e9, 'USD', 2026],
    ]);
    expect(figs(['Взаимная торговля составила 2 млрд долларов, из них экспорт – 1,3 млрд.'])).toEqual([
      ['trade_turnover', 2e9, 'USD', null],
      ['other', 1.3e9, 'USD', null],
    ]);
  });

  it('counts a headline amount and the body’s exact amount once, with the sentence as evidence', () => {
    const out = extractFigures(
      doc('Kazakhstan, China sign deals worth $2.4bn', 'The sides signed 9 agreements worth $2.41 billion.'),
      2026,
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.evidence).toBe('Kazakhstan, China sign deals worth $2.4bn');
  });
});
