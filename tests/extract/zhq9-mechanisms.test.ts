import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/**
 * Chinese mechanisms of round 9: sentences written for these tests in the style of agency readouts and portal
 * pages; names of real officials, made-up days.
 */
const extract = (text: string, published = '2025-03-12', title?: string) =>
  extractArticle({ id: 'z', text, published, lang: 'zh', ...(title ? { title } : {}) });

describe('Chinese kind: talks over a meal or tea', () => {
  it('reads «晤谈» and a dinner of the two leaders as a meeting', () => {
    const talks = extract('中国外交部长王毅同哈萨克斯坦外长努尔特列乌在北京举行晤谈，双方交换了意见。');
    expect(talks.event?.kind).toBe('meeting');
    const dinner = extract(
      '当地时间3月11日晚，国家主席习近平同哈萨克斯坦总统托卡耶夫共进晚餐，双方就两国关系进行了友好交流。',
    );
    expect(dinner.event?.kind).toBe('meeting');
    const tea = extract('3月11日下午，哈萨克斯坦总统托卡耶夫同中国国务院总理李强举行茶叙。');
    expect(tea.event?.kind).toBe('meeting');
  });
});
