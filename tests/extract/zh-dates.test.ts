import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { zhDatesIn } from '../../shared/extract/zh/dates.ts';

/** Sentences written for these tests in the style of Xinhua and Kazinform's Chinese service. */
const date = (text: string, published: string | null, url?: string) =>
  extractArticle({ id: 'z', text, published, lang: 'zh', ...(url ? { url } : {}) }).event?.eventDate;

describe('Chinese event dates', () => {
  it('takes the venue day over the same evening restated in Beijing time', () => {
    expect(zhDatesIn('当地时间6月8日晚，即北京时间9日凌晨，两国元首举行会谈。', '2024-06-09')).toEqual([
      { at: 4, date: '2024-06-08' },
    ]);
  });

  it('takes the year a year word gives to a month and day («去年5月17日», «今年12月3日»)', () => {
    expect(zhDatesIn('去年5月17日，两国元首会晤。', '2024-12-01').map((d) => d.date)).toEqual(['2023-05-17']);
    expect(zhDatesIn('今年12月3日将举行论坛。', '2024-02-01').map((d) => d.date)).toEqual(['2024-12-03']);
    expect(zhDatesIn('12月3日举行论坛。', '2024-02-01').map((d) => d.date)).toEqual(['2023-12-03']);
  });

  it('reads dates in Chinese numerals («二〇二四年六月五日», «六月十二日»)', () => {
    expect(zhDatesIn('二〇二四年六月五日，两国外长举行会谈。', null).map((d) => d.date)).toEqual([
      '2024-06-05',
    ]);
    expect(zhDatesIn('六月十二日，两国外长举行会谈。', '2024-06-13').map((d) => d.date)).toEqual([
      '2024-06-12',
    ]);
  });

  it('reads a day alone in Chinese numerals («十九日», «三十一日») as the written-in-digits day', () => {
    expect(zhDatesIn('国务院总理十九日在京会见哈方代表团。', '2024-07-20').map((d) => d.date)).toEqual([
      '2024-07-19',
    ]);
    expect(zhDatesIn('三十一日，两国部长在阿斯塔纳举行会谈。', '2025-01-31').map((d) => d.date)).toEqual([
      '2025-01-31',
    ]);
    expect(date('新华社北京七月二十日电 国家副主席十九日在北京会见哈萨克斯坦外长。', '2024-07-20')).toBe(
      '2024-07-19',
    );
  });

  it('leaves numerals that are not a day of the month alone (inside a larger number, an ordinal)', () => {
    expect(zhDatesIn('双方同意在四十日内完成谈判。', '2024-07-20')).toEqual([]);
    expect(zhDatesIn('第十九日的议程包括会谈。', '2024-07-20')).toEqual([]);
  });

  it('dates a visit report that opens with its last day to its arrival', () => {
    expect(
      date(
        '当地时间5月9日上午，国务院总理李强结束对哈萨克斯坦的正式访问回国。李强于8日晚抵达阿斯塔纳，同别克捷诺夫总理举行会谈。',
        '2024-05-09',
      ),
    ).toBe('2024-05-08');
  });

  it('reads «昨晚» and «当晚» against the publication day', () => {
    expect(zhDatesIn('托卡耶夫总统昨晚抵达北京。', '2024-06-06').map((d) => d.date)).toEqual(['2024-06-05']);
    expect(zhDatesIn('李强当晚出席欢迎宴会。', '2024-06-06').map((d) => d.date)).toEqual(['2024-06-06']);
  });

  it('reads a bare day before more verbs of the event («13日出席», «13日与»)', () => {
    expect(zhDatesIn('托卡耶夫总统13日出席论坛。', '2024-09-14').map((d) => d.date)).toEqual(['2024-09-13']);
    expect(zhDatesIn('王毅13日与努尔特列乌通电话。', '2024-09-14').map((d) => d.date)).toEqual([
      '2024-09-13',
    ]);
  });

  it("dates a dateline's copy without a day of its own by the dateline, not by a later background date", () => {
    const text =
      '新华社阿斯塔纳9月14日电 哈萨克斯坦总统托卡耶夫在阿斯塔纳会见中国国务院副总理丁薛祥。\n' +
      '托卡耶夫表示，2023年5月西安峰会以来两国合作成果丰硕。';
    expect(date(text, '2024-09-15')).toBe('2024-09-14');
  });

  it('anchors a month and day on the year the lead names when the page has no date', () => {
    const text = '哈萨克斯坦驻华大使3月10日在北京表示，托卡耶夫总统期待2023年两次访华，推动中哈合作。';
    expect(date(text, null)).toBe('2023-03-10');
  });

  it('dates a report without a day in its text by the day its URL carries', () => {
    const text = '中国国家主席抵达哈萨克斯坦，开始国事访问。两国元首将签署联合声明，推动中哈关系发展。';
    expect(date(text, null, 'https://example.cn/world/20220914/123.html')).toBe('2022-09-14');
    expect(date(text, null, 'https://example.cn/world/202209/123.html')).toBeNull();
  });

  it('names the capital as it was called on the event day', () => {
    const loc = (text: string, published: string) =>
      extractArticle({ id: 'z', text, published, lang: 'zh' }).event?.location;
    const text = '国家主席习近平在阿斯塔纳同哈萨克斯坦总统托卡耶夫举行会谈，双方签署联合声明。';
    expect(loc(`2021年4月3日，${text}`, '2021-04-03')).toBe('Nur-Sultan');
    expect(loc(`2023年4月3日，${text}`, '2023-04-03')).toBe('Astana');
  });
});
