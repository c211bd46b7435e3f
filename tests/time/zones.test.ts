import { describe, expect, it } from 'vitest';
import {
  ALMATY,
  BEIJING,
  instantOf,
  offsetMinutes,
  toZonedIso,
  zonedDay,
  zoneForUrl,
} from '../../shared/time/index.ts';

const at = (iso: string) => Date.parse(iso);

describe('time zones come from the tz database, not a fixed offset', () => {
  it('gives Almaty UTC+6 until 1 March 2024 and UTC+5 since', () => {
    expect(offsetMinutes(ALMATY, at('2019-06-01T00:00:00Z'))).toBe(360);
    expect(offsetMinutes(ALMATY, at('2024-02-29T17:59:59Z'))).toBe(360);
    // 1 March 2024 00:00 at UTC+6 is 29 February 18:00 UTC: from then on UTC+5.
    expect(offsetMinutes(ALMATY, at('2024-02-29T18:00:00Z'))).toBe(300);
    expect(offsetMinutes(ALMATY, at('2025-06-01T00:00:00Z'))).toBe(300);
  });

  it('gives Beijing UTC+8 on both sides of the Kazakh switch', () => {
    expect(offsetMinutes(BEIJING, at('2024-02-29T17:00:00Z'))).toBe(480);
    expect(offsetMinutes(BEIJING, at('2024-03-01T17:00:00Z'))).toBe(480);
  });

  it('writes an instant as wall-clock time with the offset in force then', () => {
    expect(toZonedIso(at('2024-02-29T17:59:59Z'), ALMATY)).toBe('2024-02-29T23:59:59+06:00');
    expect(toZonedIso(at('2024-02-29T18:00:00Z'), ALMATY)).toBe('2024-02-29T23:00:00+05:00');
    expect(toZonedIso(at('2024-02-29T18:00:00Z'), BEIJING)).toBe('2024-03-01T02:00:00+08:00');
  });

  it('reads a wall-clock time that happened twice (29 Feb 2024, 23:30 in Almaty) as its first occurrence', () => {
    expect(new Date(instantOf({ y: 2024, mo: 2, d: 29, h: 23, mi: 30, s: 0 }, ALMATY)).toISOString()).toBe(
      '2024-02-29T17:30:00.000Z',
    );
    expect(new Date(instantOf({ y: 2024, mo: 3, d: 1, h: 0, mi: 30, s: 0 }, ALMATY)).toISOString()).toBe(
      '2024-02-29T19:30:00.000Z',
    );
  });

  it('takes the calendar day in the zone, not in UTC', () => {
    // 20:30 UTC on 29 February 2024 is already 1 March in Almaty (UTC+5 then) and in Beijing.
    expect(zonedDay(new Date('2024-02-29T20:30:00Z'), ALMATY)).toEqual([2024, 3, 1]);
    expect(zonedDay(new Date('2024-02-29T20:30:00Z'), ALMATY, -1)).toEqual([2024, 2, 29]);
    expect(zonedDay(new Date('2023-12-31T18:30:00Z'), ALMATY)).toEqual([2024, 1, 1]);
    expect(zonedDay(new Date('2023-12-31T15:30:00Z'), BEIJING)).toEqual([2023, 12, 31]);
  });

  it('gives each source its zone: Chinese government and state-media hosts print Beijing time', () => {
    expect(zoneForUrl('https://www.mfa.gov.cn/eng/xw/zyxw/')).toBe(BEIJING);
    expect(zoneForUrl('https://english.news.cn/20250426/abc/c.html')).toBe(BEIJING);
    expect(zoneForUrl('https://www.akorda.kz/en/events')).toBe(ALMATY);
    expect(zoneForUrl('not a url')).toBe(ALMATY);
    expect(zoneForUrl(undefined)).toBe(ALMATY);
  });
});
