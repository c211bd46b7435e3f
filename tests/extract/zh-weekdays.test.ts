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
