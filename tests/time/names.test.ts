import { describe, expect, it } from 'vitest';
import { MONTHS_EN, MONTHS_KK, MONTHS_RU, monthOf, weekdayOf } from '../../shared/time/index.ts';

describe('month names', () => {
  it('reads English names and abbreviations', () => {
    expect(monthOf('January')).toBe(1);
    expect(monthOf('Sept.')).toBe(9);
    expect(monthOf('Dec')).toBe(12);
    expect(monthOf('Ma')).toBeNull();
  });

  it('reads Russian nominative, genitive, prepositional and abbreviated forms', () => {
    expect(monthOf('май')).toBe(5);
    expect(monthOf('мая')).toBe(5);
    expect(monthOf('мае')).toBe(5);
    expect(monthOf('Февраля')).toBe(2);
    expect(monthOf('апр.')).toBe(4);
    expect(monthOf('марка')).toBeNull();
  });

  it('reads Kazakh names with suffixes, telling мамыр (May) from маусым (June)', () => {
    expect(monthOf('мамыр')).toBe(5);
    expect(monthOf('маусымда')).toBe(6);
    expect(monthOf('қазанның')).toBe(10);
    expect(monthOf('желтоқсан')).toBe(12);
  });

  it('exports complete tables', () => {
    expect(MONTHS_EN).toHaveLength(12);
    expect(MONTHS_KK).toHaveLength(12);
    expect(new Set(Object.values(MONTHS_RU)).size).toBe(12);
  });
});

describe('weekday names', () => {
  it('reads English, Russian (incl. «в среду») and Kazakh weekdays, 0 = Sunday', () => {
    expect(weekdayOf('Monday')).toBe(1);
    expect(weekdayOf('Sun')).toBe(0);
    expect(weekdayOf('среду')).toBe(3);
    expect(weekdayOf('воскресенье')).toBe(0);
    expect(weekdayOf('дүйсенбіде')).toBe(1);
    expect(weekdayOf('сенбі')).toBe(6);
    expect(weekdayOf('жұма')).toBe(5);
    expect(weekdayOf('report')).toBeNull();
  });
});
