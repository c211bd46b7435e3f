import { describe, expect, it } from 'vitest';
import { resolveEventDate } from '../../shared/extract/dates.ts';
import { urlYearOf } from '../../shared/extract/report-day.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Lead paragraphs, one sentence each (sentences written for these tests). */
const lead = (...texts: string[]): Sentence[] =>
  texts.map((text, i) => ({ text, para: i, zone: i < 2 ? 'lead' : 'body' }));
const talks = 'the two foreign ministers held talks on Tuesday.';

describe('wire datelines are the filing day: a weekday counts back from them', () => {
  it('reads datelines without a city, with the agency in slashes or brackets, or a dash after the city', () => {
    for (const line of [
      `March 13 (Xinhua) -- ${talks}`,
      `Beijing, March 13 /Xinhua/ -- ${talks}`,
      `Beijing (Xinhua), March 13 -- ${talks}`,
      `BEIJING — March 13, 2024 — ${talks}`,
      `13 March 2024, Beijing — ${talks}`,
    ])
      expect(resolveEventDate(lead(line), '2024-03-13'), line).toBe('2024-03-12');
  });

  it('takes the year of a yearless dateline from a compact date in the URL', () => {
    expect(urlYearOf('https://example.cn/20240313/abc/c.html')).toBe(2024);
    expect(urlYearOf('https://example.kz/news/2024/03/x')).toBe(2024);
    expect(urlYearOf('https://example.kz/news/id-20241')).toBeNull();
    expect(
      resolveEventDate(lead(`ASTANA, March 13 (Xinhua) -- ${talks}`), null, {
        url: 'https://example.cn/20240313/abc/c.html',
      }),
    ).toBe('2024-03-12');
  });

  it('does not take a date opening a sentence for a dateline', () => {
    expect(
      resolveEventDate(lead('March 12 — The two foreign ministers held talks in Astana.'), '2024-03-13'),
    ).toBe('2024-03-12');
  });
});
