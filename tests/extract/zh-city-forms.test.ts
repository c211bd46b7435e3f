import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for this test in the style of a provincial government's readout; invented officials. */
const extract = (text: string) => extractArticle({ id: 'zc', text, published: '2024-06-18' });

describe('Chinese city forms', () => {
  it('places talks in a provincial capital named only in Han characters', () => {
    const r = extract(
      '6月18日，河南省省长在郑州会见哈萨克斯坦阿拉木图州州长一行，双方就扩大农业和物流合作交换了意见。',
    );
    expect(r.relevant).toBe(true);
    expect(r.event?.location).toBe('Zhengzhou');
  });

  it('does not read a sea outlet as the city of Haikou', () => {
    const r = extract(
      '6月18日，哈萨克斯坦驻华大使在北京会见中国交通运输部副部长，双方讨论了经连云港的出海口合作。',
    );
    expect(r.event?.location).toBe('Beijing');
  });
});
