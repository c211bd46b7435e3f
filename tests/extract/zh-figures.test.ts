import { describe, expect, it } from 'vitest';
import { extractZhFigures } from '../../shared/extract/zh/figures.ts';
import { buildZhDoc } from '../../shared/extract/zh/text.ts';

/** Sentences written for these tests in the style of Xinhua economic copy; the numbers are made up. */
const figures = (text: string) =>
  extractZhFigures(buildZhDoc(null, text), 2024).map((f) => [f.metric, f.value, f.unit]);

describe('Chinese figures', () => {
  it('counts projects and reads their total as the portfolio', () => {
    expect(figures('两国产能合作清单包括52个项目，总金额达210亿美元。')).toEqual([
      ['project_portfolio', 21_000_000_000, 'USD'],
      ['project_count', 52, 'projects'],
    ]);
  });

  it('reads a count after its noun and in Chinese numerals, and any sum beside it as the portfolio', () => {
    expect(figures('两国重点合作项目38个，总额195亿美元。')).toEqual([
      ['project_portfolio', 19_500_000_000, 'USD'],
      ['project_count', 38, 'projects'],
    ]);
    expect(figures('双方共推进三十多个项目，涉及金额约150亿美元。')).toEqual([
      ['project_portfolio', 15_000_000_000, 'USD'],
      ['project_count', 30, 'projects'],
    ]);
    // «一个» and «两家» stay words: no count of one project, no figure of two companies.
    expect(figures('两家公司签署了一个项目的合同。')).toEqual([]);
  });

  it('reads exports and imports as flows, and a sum restated in another currency once', () => {
    expect(figures('2023年两国贸易额达2800亿元人民币（约合390亿美元），其中中国对哈出口230亿美元。')).toEqual(
      [
        ['trade_turnover', 280_000_000_000, 'CNY'],
        ['other', 23_000_000_000, 'USD'],
      ],
    );
  });

  it('prefers the longer metric word that ends at the same place («项目总投资» over «投资»)', () => {
    expect(figures('该项目总投资12亿美元，由中哈企业共同建设。')).toEqual([
      ['project_portfolio', 1_200_000_000, 'USD'],
    ]);
  });

  it('counts companies and students, and leaves a growth rate out', () => {
    expect(figures('目前约有4200家中资企业在哈萨克斯坦运营。')).toEqual([['other', 4200, 'companies']]);
    expect(figures('在华学习的哈萨克斯坦留学生有1.6万人，另有800名学生在孔子学院学习。')).toEqual([
      ['other', 800, 'students'],
    ]);
    expect(figures('中资企业数量增长15家企业。')).toEqual([]);
  });
});

describe('Chinese figures reached, project investment and companies counted after the noun', () => {
  it('reads the total investment of a list of projects as its portfolio', () => {
    expect(figures('双方合作项目清单包括48个项目，总投资额190亿美元。')).toEqual([
      ['project_portfolio', 19_000_000_000, 'USD'],
      ['project_count', 48, 'projects'],
    ]);
  });

  it('takes the sum reached, not the starting point («由…增长到…»)', () => {
    expect(figures('中哈贸易额由建交之初的4.5亿美元增长到2023年的390亿美元。')).toEqual([
      ['trade_turnover', 39_000_000_000, 'USD'],
    ]);
  });

  it('counts companies written after the noun («中资企业超过2800家»)', () => {
    expect(figures('目前，在哈萨克斯坦的中资企业超过2800家。')).toEqual([['other', 2800, 'companies']]);
  });
});

describe('Chinese lower-bound sums (issue 19)', () => {
  it('reads «多» and «余» between a number and its multiplier as the number itself', () => {
    expect(figures('中国对哈萨克斯坦的直接投资累计达到170多亿美元。')).toEqual([
      ['investment', 17_000_000_000, 'USD'],
    ]);
    expect(figures('两国贸易额达到20余亿美元。')).toEqual([['trade_turnover', 2_000_000_000, 'USD']]);
  });
});
