import { describe, expect, it } from 'vitest';
import { EventClusterer, reportOf } from '../../shared/dedup/index.ts';
import { weekdayMask } from '../../shared/dedup/weekdays.ts';
import { extracted, person } from './fixtures.ts';

describe('weekdays written in a report', () => {
  it('reads them in every language as a bitmask, Monday first', () => {
    expect(weekdayMask('The ministers met in Beijing on Tuesday.')).toBe(0b10);
    expect(weekdayMask('В среду министры провели переговоры.')).toBe(0b100);
    expect(weekdayMask('Министрлер сәрсенбіде келіссөз жүргізді.')).toBe(0b100);
    expect(weekdayMask('两国外长周五(12日)在北京举行会谈。')).toBe(0b10000);
    expect(weekdayMask('He arrived on Saturday and held talks on Sunday.')).toBe(0b1100000);
  });

  it('leaves out a dateline with a year, and words that only look alike', () => {
    expect(weekdayMask('Saturday, 14 March 2026. The ministers met in Beijing.')).toBe(0);
    expect(weekdayMask('Среди крупнейших проектов — новый терминал.')).toBe(0);
  });
});

describe('an undated report naming a weekday', () => {
  const kz = person('Aidar Temirkhanov', 'President', 'KZ');
  const cn = person('Gao Minghui', 'President', 'CN');
  const ev = (eventDate: string | null) =>
    extracted({ kind: 'meeting', eventDate, location: 'Beijing', participants: [kz, cn] });
  const talk = 'President Temirkhanov held talks with President Gao in Beijing on the new rail corridor';
  // 2026-05-20 is a Wednesday, read from the text (published the next day)
  const dated = reportOf(ev('2026-05-20'), {
    key: 'd1',
    published: '2026-05-21',
    lang: 'en',
    text: `${talk}.`,
  });
  const undated = (key: string, day: string) =>
    reportOf(ev(null), { key, published: null, lang: 'en', text: `${talk} on ${day}.` });

  it('is refused by a cluster dated on a weekday more than a day off, either arrival order', () => {
    const c = new EventClusterer();
    const sunday = undated('u1', 'Sunday');
    expect(c.decide(sunday, [{ id: 'A', reports: [dated] }]).target).toBeNull();
    expect(c.decide(dated, [{ id: 'B', reports: [sunday] }]).target).toBeNull();
  });

  it('joins on the same weekday or the next (a relay a day late)', () => {
    const c = new EventClusterer();
    expect(c.decide(undated('u2', 'Wednesday'), [{ id: 'A', reports: [dated] }]).target?.id).toBe('A');
    expect(c.decide(undated('u3', 'Thursday'), [{ id: 'A', reports: [dated] }]).target?.id).toBe('A');
  });
});
