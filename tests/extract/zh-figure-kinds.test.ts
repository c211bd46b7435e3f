import { describe, expect, it } from 'vitest';
import { extractZhFigures } from '../../shared/extract/zh/figures.ts';
import { buildZhDoc } from '../../shared/extract/zh/text.ts';

/** Sentences written for these tests in the style of Chinese economic copy; the numbers are made up. */
const figures = (text: string, year = 2024) =>
  extractZhFigures(buildZhDoc(null, text), year).map((f) => [f.metric, f.value, f.unit]);

describe('Chinese figures: deal values, targets, levels after rates, superseded estimates', () => {
  it('reads the value of the documents signed as «other»', () => {
    expect(figures('双方签署了15份合作文件，涉及金额约120亿美元。')).toEqual([
      ['other', 12_000_000_000, 'USD'],
    ]);
    expect(figures('双方签署多项合同，合同总额达8亿美元。')).toEqual([['other', 800_000_000, 'USD']]);
  });

  it('takes no target: a target word, or a year still to come after «到»', () => {
    expect(figures('双方争取将双边贸易额提升至600亿美元。')).toEqual([]);
    expect(figures('到2030年，两国贸易额将提升至700亿美元。')).toEqual([]);
    // A year already past after «到» is the period of the figure.
    expect(figures('到2023年，两国贸易额达到410亿美元。')).toEqual([
      ['trade_turnover', 41_000_000_000, 'USD'],
    ]);
  });

  it('reads the level reached after a growth rate, not the rate', () => {
    expect(figures('哈方对华小麦出口增长12.5%，达到3.2亿美元。')).toEqual([['other', 320_000_000, 'USD']]);
  });

  it('drops a first estimate the sentence then raises', () => {
    expect(figures('该厂投资额最初估计为2亿美元，现已增加至3.5亿美元。')).toEqual([
      ['investment', 350_000_000, 'USD'],
    ]);
  });
});
