import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests. */
const day = (text: string, outlet: string) =>
  extractArticle({ id: 'z', lang: 'zh', outlet, published: '2026-05-04', text }).event?.eventDate ?? null;

describe('a Chinese page relaying another outlet (lexicon/zh/dates.ts RELAY_CITES_ZH)', () => {
  const cited =
    '据哈通社报道，哈萨克斯坦总统托卡耶夫在阿斯塔纳会见了中国外长王毅。双方就两国关系交换了意见。';
  it('gives no day when the page cites another agency and its text names none', () => {
    expect(day(cited, '人民网')).toBeNull();
  });

  it("keeps the page day for the agency's own page and for an uncited report", () => {
    expect(day(cited, 'Kazinform (zh)')).toBe('2026-05-04');
    expect(day(cited.replace('据哈通社报道，', ''), '人民网')).toBe('2026-05-04');
  });

  it('still reads a day the relayed text gives', () => {
    expect(day(cited.replace('在阿斯塔纳', '2日在阿斯塔纳'), '人民网')).toBe('2026-05-02');
  });
});
