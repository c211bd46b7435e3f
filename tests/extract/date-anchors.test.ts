import { describe, expect, it } from 'vitest';
import { resolveEventDate } from '../../shared/extract/dates.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';
import { anchorYear } from '../../shared/time/anchor-year.ts';

/** Lead paragraphs, one sentence each (sentences written for these tests). */
const lead = (...texts: string[]): Sentence[] =>
  texts.map((text, i) => ({ text, para: i, zone: i < 2 ? 'lead' : 'body' }));

describe('year anchors: recurring events that fix a year', () => {
  it('reads ordinals (Roman, Arabic, words in en/ru/kk) before a numbered event', () => {
    expect(anchorYear('He attended the opening of the XXIII Winter Olympic Games.')).toBe(2018);
    expect(anchorYear('на полях XXIV зимних Олимпийских игр')).toBe(2022);
    expect(anchorYear('XXIV қысқы Олимпиада ойындарының ашылуына')).toBe(2022);
    expect(anchorYear('ahead of the second Belt and Road Forum')).toBe(2019);
    expect(anchorYear('в рамках первого форума «Один пояс, один путь»')).toBe(2017);
    expect(anchorYear('at the 2nd China–Central Asia Summit')).toBe(2025);
    expect(anchorYear('the 6th China International Import Expo')).toBe(2023);
    expect(anchorYear('в связи с 30-летием установления дипломатических отношений')).toBe(2022);
  });

  it('reads names, ordinal words and cities in any letter case', () => {
    expect(anchorYear('AHEAD OF THE SECOND BELT AND ROAD FORUM')).toBe(2019);
    expect(anchorYear('В РАМКАХ ПЕРВОГО ФОРУМА «ОДИН ПОЯС, ОДИН ПУТЬ»')).toBe(2017);
    expect(anchorYear('at the 6TH China International Import Expo')).toBe(2023);
    expect(anchorYear('On The Sidelines Of The SCO Summit In SAMARKAND')).toBe(2022);
  });

  it('reads a host city, narrowed by the leaders named when the city hosted twice', () => {
    expect(anchorYear('the China–Central Asia summit in Xi’an')).toBe(2023);
    expect(anchorYear('on the sidelines of the SCO summit in Samarkand')).toBe(2022);
    expect(anchorYear('on the sidelines of the SCO summit in Astana')).toBeNull();
    expect(anchorYear('President Tokayev spoke at the SCO summit in Astana.')).toBe(2024);
    expect(anchorYear('Назарбаев открыл саммит ШОС в Астане.')).toBe(2017);
    expect(anchorYear('visitors of Expo-2017 in Astana')).toBe(2017);
  });

  it('gives nothing for events that fix no year, and nothing when anchors disagree', () => {
    expect(anchorYear('the annual SCO summit')).toBeNull();
    expect(anchorYear('the Winter Olympics and the SCO summit')).toBeNull();
    expect(anchorYear('the second Belt and Road Forum and the first China–Central Asia summit')).toBeNull();
  });

  it('dates a yearless day only when no publication date or text year exists', () => {
    const s = lead(
      'On February 4, the President met Xi Jinping before the opening of the XXIV Winter Olympics.',
    );
    expect(resolveEventDate(s, null)).toBe('2022-02-04');
    // A publication day is better evidence of the year than an anchor.
    expect(resolveEventDate(s, '2026-02-05')).toBe('2026-02-04');
  });
});

describe('founding anniversaries fix the year of a yearless day', () => {
  it('reads the count before the name (en, ru) and after it (kk)', async () => {
    const { anchorYear } = await import('../../shared/time/anchor-year.ts');
    // Phrases written for this test.
    expect(anchorYear('Алматыда ҚХР құрылғанына 76 жыл толуына орай кеш өтті.')).toBe(2025);
    expect(anchorYear('прием по случаю 76-й годовщины образования КНР')).toBe(2025);
    expect(
      anchorYear('a reception for the 76th anniversary of the founding of the People’s Republic of China'),
    ).toBe(2025);
    expect(anchorYear('концерт к 34-летию независимости Республики Казахстан')).toBe(2025);
  });
});
