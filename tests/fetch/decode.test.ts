import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../shared/fetch/charset.ts';
import { dateFromUrl, parseLooseDate } from '../../shared/fetch/dates.ts';
import { classifyAddress } from '../../shared/fetch/ssrf.ts';

const RU = 'Казахстан и Китай подписали меморандум';

describe('decodeBody', () => {
  it('uses the Content-Type charset first', () => {
    const buf = iconv.encode(`<p>${RU}</p>`, 'windows-1251');
    expect(decodeBody(buf, 'text/html; charset=windows-1251')).toBe(`<p>${RU}</p>`);
  });

  it('falls back to the BOM and strips it', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(RU, 'utf-16le')]);
    expect(decodeBody(le, 'text/plain')).toBe(RU);
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RU)]);
    expect(decodeBody(utf8)).toBe(RU);
  });

  it('reads <meta charset>, <meta http-equiv> and the XML declaration', () => {
    const meta = `<html><head><meta charset="windows-1251"><title>${RU}</title>`;
    expect(decodeBody(iconv.encode(meta, 'windows-1251'), 'text/html')).toBe(meta);
    const equiv = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">${RU}`;
    expect(decodeBody(iconv.encode(equiv, 'windows-1251'))).toBe(equiv);
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss><title>${RU}</title></rss>`;
    expect(decodeBody(iconv.encode(xml, 'windows-1251'), 'application/rss+xml')).toBe(xml);
  });

  it('defaults to UTF-8 and ignores unknown charset names', () => {
    expect(decodeBody(Buffer.from(RU), 'text/html; charset=x-made-up')).toBe(RU);
    expect(decodeBody(Buffer.from(RU))).toBe(RU);
  });
});

describe('parseLooseDate', () => {
  const now = new Date('2025-04-27T05:00:00Z'); // 10:00 in Almaty

  it.each([
    ['13:51, 15 августа 2025', '2025-08-15T13:51:00+05:00'],
    ['15 август 2025', '2025-08-15T00:00:00+05:00'],
    ['1 мая 2025, 09:05', '2025-05-01T09:05:00+05:00'],
    ['3 маусым 2025', '2025-06-03T00:00:00+05:00'],
    ['26 сәуір 2025, 10:00', '2025-04-26T10:00:00+05:00'],
    ['Сегодня, 13:51', '2025-04-27T13:51:00+05:00'],
    ['Вчера 09:10', '2025-04-26T09:10:00+05:00'],
    ['Бүгін 08:00', '2025-04-27T08:00:00+05:00'],
    ['Кеше, 22:15', '2025-04-26T22:15:00+05:00'],
    ['5 минут назад', '2025-04-27T09:55:00+05:00'],
    ['26.04.2025 13:51', '2025-04-26T13:51:00+05:00'],
    ['26 April 2025, 16:40', '2025-04-26T16:40:00+05:00'],
    ['April 26, 2025', '2025-04-26T00:00:00+05:00'],
    ['Sun, 31 Mar 2024 18:20:00 +0500', '2024-03-31T18:20:00+05:00'],
    // An explicit zone is kept (it was rewritten as +05:00, which Almaty was not in 2018: it was UTC+6).
    ['Fri, 09 Nov 2018 11:05:00 +0000', '2018-11-09T11:05:00+00:00'],
    ['2025-04-26T10:15:00.000+0500', '2025-04-26T10:15:00+05:00'],
    ['2025-04-26', '2025-04-26T00:00:00+05:00'],
    // A day and month without a year take now's year (here last year's: this May is not yet in the past).
    ['15 мая', '2024-05-15T00:00:00+05:00'],
    // Before 1 March 2024 Almaty local time was UTC+6.
    ['26.04.2023 13:51', '2023-04-26T13:51:00+06:00'],
  ])('reads %s', (input, expected) => {
    expect(parseLooseDate(input, now)).toBe(expected);
  });

  it('returns null for text that is no date and for impossible dates', () => {
    expect(parseLooseDate('Comments (0)', now)).toBeNull();
    expect(parseLooseDate('31.02.2025', now)).toBeNull();
    expect(parseLooseDate('', now)).toBeNull();
  });

  it('reads dates from WordPress and Chinese MFA URLs', () => {
    expect(dateFromUrl('https://daryo.uz/en/2024/05/20/wang-yi-arrives/')).toBe('2024-05-20T00:00:00+05:00');
    // A Chinese MFA page's date is a Beijing day (it was read as an Almaty midnight).
    expect(dateFromUrl('https://www.mfa.gov.cn/eng/xw/zyxw/202504/t20250426_11603051.html')).toBe(
      '2025-04-26T00:00:00+08:00',
    );
    expect(dateFromUrl('https://qazinform.com/news/x-48a38b')).toBeNull();
  });
});

describe('classifyAddress', () => {
  it.each([
    ['169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['fe80::1', 'metadata'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['127.0.0.1', 'private'],
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['::1', 'private'],
    ['fc00::1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['93.184.216.34', null],
    ['2a00:1450:4001:80b::200e', null],
  ])('%s is %s', (ip, verdict) => {
    expect(classifyAddress(ip)).toBe(verdict);
  });
});
