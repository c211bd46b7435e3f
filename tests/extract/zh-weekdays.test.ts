import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { zhDatesIn } from '../../shared/extract/zh/dates.ts';
import { zhWeekdaysIn } from '../../shared/extract/zh/weekdays.ts';

/** Sentences written for these tests in the style of Chinese wire copy and foreign services. */
const date = (text: string, published: string | null) =>
  extractArticle({ id: 'z', text, published, lang: 'zh' }).event?.eventDate;

describe('Chinese weekdays and day-late datelines', () => {
  it('reads «周三», «星期五» as the latest such day on or before the report (2024-11-22 is a Friday)', () => {
    expect(zhWeekdaysIn('周三，两国外长举行会谈。', '2024-11-22').map((d) => d.date)).toEqual(['2024-11-20']);
    expect(zhWeekdaysIn('星期五，两国外长举行会谈。', '2024-11-22').map((d) => d.date)).toEqual([
      '2024-11-22',
    ]);
    expect(zhWeekdaysIn('礼拜天两国外长通电话。', '2024-11-22').map((d) => d.date)).toEqual(['2024-11-17']);
  });

  it('moves «上周»/«下周» a week and ignores counts of weeks and anniversaries', () => {
    expect(zhWeekdaysIn('上周五，双方举行磋商。', '2024-11-20').map((d) => d.date)).toEqual(['2024-11-15']);
    expect(zhWeekdaysIn('下周一将举行论坛。', '2024-11-20').map((d) => d.date)).toEqual(['2024-11-25']);
    expect(zhWeekdaysIn('访问为期一周一次，庆祝建交30周年。', '2024-11-20')).toEqual([]);
  });

  it('lets a written date outrank a weekday in the same sentence («周二(19日)»)', () => {
    expect(zhDatesIn('周二(19日)，托卡耶夫会见王毅。', '2024-11-22').map((d) => d.date)).toEqual([
      '2024-11-19',
    ]);
  });

  it('dates a readout that names only a weekday by it', () => {
    expect(date('周二，哈萨克斯坦总统托卡耶夫在阿斯塔纳会见中国外交部长王毅。', '2024-11-22')).toBe(
      '2024-11-19',
    );
  });

  it('takes the day the next sentence names just before a dateline filed a day late', () => {
    const text =
      '中新社阿斯塔纳6月12日电 夜色中抵达、清晨便离开，中国国务院总理的这次访问行程紧凑。\n' +
      '6月11日，国务院总理李强抵达阿斯塔纳，对哈萨克斯坦进行正式访问。';
    expect(date(text, '2024-06-12')).toBe('2024-06-11');
  });
});

describe('Chinese bare days before verbs of setting out', () => {
  it('reads «7日开启访问» as the day the visit began', () => {
    expect(
      zhDatesIn('国家主席7日开启对中亚两国的访问，首站抵达哈萨克斯坦。', '2024-06-08').map((d) => d.date),
    ).toEqual(['2024-06-07']);
  });
});

describe('Chinese weekdays without a real day to count from', () => {
  it('does not place «周三» on the month’s last day a URL of the month stands in for', () => {
    const r = extractArticle({
      id: 'z',
      lang: 'zh',
      published: null,
      url: 'https://example.cn/world/202409/123.html',
      text: '周三，哈萨克斯坦总统托卡耶夫在阿斯塔纳会见中国外交部长王毅。',
    });
    expect(r.event?.eventDate).toBeNull();
  });
});

describe('Chinese announced days and months named relative to the report', () => {
  const dates = (text: string, published: string) => zhDatesIn(text, published).map((d) => d.date);

  it('keeps an announced day weeks ahead in this year («将于7月2日»), a bare one in the last', () => {
    expect(dates('国家主席将于7月2日至4日对哈萨克斯坦进行国事访问。', '2024-06-10')[0]).toBe('2024-07-02');
    expect(dates('7月2日，两国元首举行会谈。', '2024-06-10')[0]).toBe('2023-07-02');
  });

  it('keeps an announced bare day in this month («拟于25日访华»)', () => {
    expect(dates('哈萨克斯坦总统拟于25日访华。', '2024-06-10')).toEqual(['2024-06-25']);
    expect(dates('哈萨克斯坦总统25日访华。', '2024-06-10')).toEqual(['2024-05-25']);
  });

  it('reads «上月25日», «本月3日», «下月5日» against the report’s month', () => {
    expect(dates('上月25日，两国外长举行会谈。', '2024-01-05')).toEqual(['2023-12-25']);
    expect(dates('本月3日，两国外长举行会谈。', '2024-07-05')).toEqual(['2024-07-03']);
    expect(dates('两国定于下月5日举行论坛。', '2024-12-20')).toEqual(['2025-01-05']);
  });

  it('reads the day of an event named after «的» («在3日的会见中»)', () => {
    expect(dates('托卡耶夫总统在3日的会见中表示，哈中关系牢不可破。', '2024-07-04')).toEqual(['2024-07-03']);
  });
});
