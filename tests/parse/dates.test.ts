import { describe, expect, it } from 'vitest';
import { parseLocalisedDate } from '../../shared/parse/dates.ts';

const now = new Date('2025-06-17T12:00:00Z'); // 17:00 in Almaty

describe('parseLocalisedDate', () => {
  it.each([
    ['13:51, 15 августа 2025', '2025-08-15T13:51:00+05:00'],
    ['15 августа 2025, 13:51', '2025-08-15T13:51:00+05:00'],
    ['1 марта 2025 года', '2025-03-01T00:00:00+05:00'],
    ['12 май 2024', '2024-05-12T00:00:00+05:00'],
    ['26 апр. 2025 09:05', '2025-04-26T09:05:00+05:00'],
    ['2025 жылғы 15 тамыз', '2025-08-15T00:00:00+05:00'],
    ['3 маусым 2025 ж. 10:00', '2025-06-03T10:00:00+05:00'],
    ['15 мамыр 2025', '2025-05-15T00:00:00+05:00'],
    ['April 26, 2025 18:10', '2025-04-26T18:10:00+05:00'],
    ['26 April 2025, 4:30 pm', '2025-04-26T16:30:00+05:00'],
    ['26.04.2025 13:51', '2025-04-26T13:51:00+05:00'],
  ])('reads the local date %s as Almaty time', (text, iso) => {
    expect(parseLocalisedDate(text, now)).toBe(iso);
  });

  it.each([
    ['Сегодня, 14:05', '2025-06-17T14:05:00+05:00'],
    ['Вчера в 23:40', '2025-06-16T23:40:00+05:00'],
    ['Бүгін, 09:15', '2025-06-17T09:15:00+05:00'],
    ['Кеше 18:00', '2025-06-16T18:00:00+05:00'],
    ['Today, 11:20', '2025-06-17T11:20:00+05:00'],
    ['5 минут назад', '2025-06-17T16:55:00+05:00'],
  ])('anchors the relative date %s on the Almaty calendar day of now', (text, iso) => {
    expect(parseLocalisedDate(text, now)).toBe(iso);
  });

  it('takes «Вчера» just after midnight in Almaty as the previous Almaty day, not the UTC one', () => {
    expect(parseLocalisedDate('Вчера, 22:00', new Date('2025-06-16T19:30:00Z'))).toBe(
      '2025-06-16T22:00:00+05:00',
    );
  });

  it('keeps an explicit zone and reads ISO and RFC 822 forms', () => {
    expect(parseLocalisedDate('2024-05-20T15:33:00+05:00')).toBe('2024-05-20T15:33:00+05:00');
    expect(parseLocalisedDate('2018-11-12T10:27:31+00:00')).toBe('2018-11-12T10:27:31+00:00');
    expect(parseLocalisedDate('2025-04-26T07:00:00.000Z')).toBe('2025-04-26T07:00:00Z');
    expect(parseLocalisedDate('Mon, 20 May 2024 10:33:00 +0500')).toBe('2024-05-20T10:33:00+05:00');
    expect(parseLocalisedDate('Tue, 17 Jun 2025 08:00:00 GMT')).toBe('2025-06-17T08:00:00Z');
    expect(parseLocalisedDate('2025-04-26 13:51')).toBe('2025-04-26T13:51:00+05:00');
  });

  it('reads zone-less times in the given zone (Beijing pages)', () => {
    expect(parseLocalisedDate('2025-12-02 21:30', now, 'Asia/Shanghai')).toBe('2025-12-02T21:30:00+08:00');
  });

  it('puts a day-month without a year in the past', () => {
    expect(parseLocalisedDate('15 августа, 13:51', now)).toBe('2024-08-15T13:51:00+05:00');
    expect(parseLocalisedDate('10 июня', now)).toBe('2025-06-10T00:00:00+05:00');
  });

  it('returns null for text without a date and for impossible dates', () => {
    expect(parseLocalisedDate('', now)).toBeNull();
    expect(parseLocalisedDate('Share: Telegram Facebook', now)).toBeNull();
    expect(parseLocalisedDate('31 февраля 2025', now)).toBeNull();
    expect(parseLocalisedDate('2025-13-01', now)).toBeNull();
  });
});
