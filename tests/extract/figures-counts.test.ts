import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../shared/extract/figures.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Sentences of one paragraph each (written for these tests). */
const doc = (...texts: string[]): Sentence[] => texts.map((text, para) => ({ text, para, zone: 'body' }));
const figs = (texts: string[], pubYear: number | null = 2026) =>
  extractFigures(doc(...texts), pubYear).map((f) => [f.metric, f.value, f.unit]);

describe('counts of companies, ventures and students are figures of the relationship', () => {
  it('reads companies and joint ventures at work in the other country, in base units', () => {
    expect(figs(['Today some 3,900 Chinese firms operate in Kazakhstan, the envoy said.'])).toEqual([
      ['other', 3900, 'companies'],
    ]);
    expect(figs(['Over 210 Kazakh-Chinese joint ventures have been established in the region.'])).toEqual([
      ['other', 210, 'enterprises'],
    ]);
    expect(figs(['В Казахстане работают более 5 тыс. предприятий с китайским капиталом.'])).toEqual([
      ['other', 5000, 'enterprises'],
    ]);
  });

  it('reads students studying in the other country', () => {
    expect(figs(['About 3,500 Kazakh students are studying at Chinese universities.'])).toEqual([
      ['other', 3500, 'students'],
    ]);
    expect(figs(['В вузах Китая обучаются около 2 тысяч казахстанских студентов.'])).toEqual([
      ['other', 2000, 'students'],
    ]);
  });

  it('leaves out companies that only attended, and counts of a third country', () => {
    expect(figs(['Some 40 companies from China attended the exhibition in Almaty.'])).toEqual([]);
    expect(figs(['About 800 Turkish companies operate in Kazakhstan.'])).toEqual([]);
  });
});

describe('the noun right after an amount names its metric', () => {
  it('takes "of direct investment", "in capital", «инвестиций» as investment', () => {
    expect(figs(['China accounts for $21 billion of foreign direct investment in Kazakhstan.'])).toEqual([
      ['investment', 21e9, 'USD'],
    ]);
    expect(figs(['He said $19 billion in Chinese capital has come into Kazakhstan.'])).toEqual([
      ['investment', 19e9, 'USD'],
    ]);
    expect(figs(['Из Китая привлечено 22 млрд долларов инвестиций.'])).toEqual([['investment', 22e9, 'USD']]);
  });

  it('does not read past the full stop of a scale word', () => {
    expect(figs(['Казахстан и Китай подписали соглашения на $410 млн. Инвесторы построят завод.'])).toEqual([
      ['other', 410e6, 'USD'],
    ]);
  });
});
