import { describe, expect, it } from 'vitest';
import { BEIJING, parseDate } from '../../shared/time/index.ts';

const now = new Date('2025-06-17T12:00:00Z'); // 17:00 in Almaty

describe('parseDate: zone-less times get the source zone’s offset at that moment', () => {
  it.each([
    ['2023-10-18 18:21', '2023-10-18T18:21:00+06:00'],
    ['18.10.2023 18:21', '2023-10-18T18:21:00+06:00'],
    ['29 февраля 2024, 23:59', '2024-02-29T23:59:00+06:00'],
    ['1 марта 2024 года', '2024-03-01T00:00:00+05:00'],
    ['1 March 2024, 08:00', '2024-03-01T08:00:00+05:00'],
    ['2025 жылғы 15 тамыз', '2025-08-15T00:00:00+05:00'],
  ])('reads %s in Almaty time', (text, iso) => {
    expect(parseDate(text, { now })).toBe(iso);
  });

  it('reads the same text in Beijing time for a Chinese source', () => {
    expect(parseDate('2023-10-18 18:21', { now, zone: BEIJING })).toBe('2023-10-18T18:21:00+08:00');
    expect(parseDate('29 февраля 2024', { now, zone: BEIJING })).toBe('2024-02-29T00:00:00+08:00');
  });
});

describe('parseDate: explicit zones are kept as written', () => {
  it.each([
    ['Fri, 09 Nov 2018 11:05:00 +0000', '2018-11-09T11:05:00+00:00'],
    ['2025-04-26T10:15:00.000+0500', '2025-04-26T10:15:00+05:00'],
    ['2025-04-26T07:00:00.000Z', '2025-04-26T07:00:00Z'],
    ['Tue, 17 Jun 2025 08:00:00 GMT', '2025-06-17T08:00:00Z'],
    ['April 26, 2025 6:07am EST', '2025-04-26T06:07:00-05:00'],
  ])('reads %s', (text, iso) => {
    expect(parseDate(text, { now })).toBe(iso);
  });
});

describe('parseDate: relative dates and missing years count from the reference date', () => {
  it('takes a day and month without a year from now, last year when it would lie ahead', () => {
    expect(parseDate('15 мая', { now })).toBe('2025-05-15T00:00:00+05:00');
    expect(parseDate('15 августа, 13:51', { now })).toBe('2024-08-15T13:51:00+05:00');
    expect(parseDate('18 маусым', { now })).toBe('2025-06-18T00:00:00+05:00');
  });

  it('anchors «Вчера» on the Almaty calendar across the 1 March 2024 switch', () => {
    const morning = new Date('2024-03-01T03:00:00Z'); // 08:00 on 1 March in Almaty
    expect(parseDate('Вчера, 23:30', { now: morning })).toBe('2024-02-29T23:30:00+06:00');
    expect(parseDate('Сегодня, 07:00', { now: morning })).toBe('2024-03-01T07:00:00+05:00');
    expect(parseDate('Кеше 12:00', { now: morning, zone: BEIJING })).toBe('2024-02-29T12:00:00+08:00');
  });

  it('counts minutes, hours and days ago', () => {
    expect(parseDate('5 минут назад', { now })).toBe('2025-06-17T16:55:00+05:00');
    expect(parseDate('2 hours ago', { now })).toBe('2025-06-17T15:00:00+05:00');
    expect(parseDate('3 күн бұрын', { now })).toBe('2025-06-14T17:00:00+05:00');
  });

  it('returns null for text without a date and for impossible dates', () => {
    expect(parseDate('', { now })).toBeNull();
    expect(parseDate(null, { now })).toBeNull();
    expect(parseDate('Comments (0)', { now })).toBeNull();
    expect(parseDate('30 февраля 2024', { now })).toBeNull();
    expect(parseDate('2025-13-01', { now })).toBeNull();
  });
});

describe('fetch and parse read dates the same way (they used to disagree)', async () => {
  const { parseLooseDate } = await import('../../shared/fetch/dates.ts');
  const { parseLocalisedDate } = await import('../../shared/parse/dates.ts');

  it.each([
    ['2025-04-26 10:00', undefined],
    ['2025-04-26 10:00', BEIJING],
    ['15 мая', undefined],
    ['Fri, 09 Nov 2018 11:05:00 +0000', undefined],
    ['Вчера, 22:15', undefined],
    ['3 маусым 2023', undefined],
  ])('%s (zone %s)', (text, zone) => {
    const a = parseLooseDate(text, now, zone);
    expect(a).not.toBeNull();
    expect(parseLocalisedDate(text, now, zone)).toBe(a);
  });
});
