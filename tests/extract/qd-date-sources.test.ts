import { describe, expect, it } from 'vitest';
import { dateMentions } from '../../shared/extract/date-cues.ts';
import { extractArticle } from '../../shared/extract/index.ts';
import { relayed } from '../../shared/extract/report-day.ts';
import { weekdayAnchor } from '../../shared/extract/zh/weekdays.ts';
import { weekdayYear } from '../../shared/time/weekday-year.ts';

/** Sentences and outlet names written for these tests. */
describe('a yearless day dated by its weekday', () => {
  it('finds the one year of five in which the day falls on the weekday', () => {
    // 12 June: Saturday in 2021, Wednesday in 2024.
    expect(weekdayYear(6, 12, 3, 2021)).toBe(2024);
    expect(weekdayYear(6, 12, 6, 2021)).toBe(2021);
    expect(weekdayYear(2, 30, 3, 2021)).toBeNull();
  });

  it('anchors an undated Chinese page on the weekday beside its day, after the years it recalls', () => {
    expect(weekdayAnchor('外长星期三(6月12日)举行会谈。双方回顾了2021年5月的会晤。')).toBe('2024-12-31');
    expect(weekdayAnchor('6月12日（周六），双方回顾了2021年5月的会晤。')).toBe('2021-12-31');
    // No recalled year, or no weekday: nothing to count from.
    expect(weekdayAnchor('外长星期三(6月12日)举行会谈。')).toBeNull();
    expect(weekdayAnchor('外长6月12日举行会谈。双方回顾了2021年5月的会晤。')).toBeNull();
  });

  it('dates such a report by that year', () => {
    const text =
      '中国外交部长星期三(6月12日)在北京同哈萨克斯坦副总理兼外长举行会谈。双方回顾了2021年5月两国元首的会晤，表示中哈关系保持高水平。';
    const out = extractArticle({ id: 'z', text, published: null, lang: 'zh' });
    expect(out.event?.eventDate).toBe('2024-06-12');
  });
});

describe('an address outlet with its own full title', () => {
  it('reads the title in brackets after a web address as the site itself', () => {
    expect(relayed('Аким встретился с инвесторами.', 'steppe-vesti.kz (Вести Степного края)')).toBe(false);
  });

  it('keeps a known agency or a copy in brackets a relay', () => {
    expect(relayed('Аким встретился с инвесторами.', 'steppe-vesti.kz (РИА Новости)')).toBe(true);
    expect(relayed('The akim met investors.', 'steppe-vesti.kz (Reuters)')).toBe(true);
    expect(relayed('The akim met investors.', 'steppe-vesti.kz (Daily Steppe copy)')).toBe(true);
  });
});

describe('"today" meaning "at present"', () => {
  it('reads no day in «на сегодняшний день» or "as of today"', () => {
    expect(dateMentions('На сегодняшний день в регионе реализуются 12 проектов.')).toEqual([]);
    expect(dateMentions('As of today, 40 joint projects are under way.')).toEqual([]);
  });

  it('still reads a plain "today" as the report day', () => {
    expect(dateMentions('Сегодня министры провели переговоры.').map((m) => m.type)).toEqual(['relative']);
    expect(dateMentions('The ministers met today.').map((m) => m.type)).toEqual(['relative']);
  });
});
