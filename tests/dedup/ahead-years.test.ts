import { describe, expect, it } from 'vitest';
import { aheadBound, capTenure, isAheadYear } from '../../shared/dedup/ahead-years.ts';
import { datesFit } from '../../shared/dedup/candidate-checks.ts';
import { reportOf } from '../../shared/dedup/index.ts';
import { extracted, person } from './fixtures.ts';

/** Whether the first occurrence of `year` in `text` reads as a year ahead. */
const ahead = (text: string, year: string) => {
  const at = text.indexOf(year);
  return isAheadYear(text, at + year.length);
};

describe('years a text looks forward to', () => {
  it('reads declared themed years and future verbs in en, ru, kk and zh', () => {
    expect(ahead('The sides agreed that 2027 will be the Year of Culture in both countries.', '2027')).toBe(
      true,
    );
    expect(ahead('2027 has been declared the Year of Youth Exchanges.', '2027')).toBe(true);
    expect(ahead('По словам министра, 2027 год объявлен Годом культуры Казахстана в Китае.', '2027')).toBe(
      true,
    );
    expect(ahead('2027 год станет Годом молодёжных обменов.', '2027')).toBe(true);
    expect(ahead('2027 жыл Қытайдағы мәдениет жылы болып жарияланды.', '2027')).toBe(true);
    expect(ahead('双方商定，2027年将举办文化年活动。', '2027')).toBe(true);
  });

  it('leaves years told in the past and plain years alone', () => {
    expect(ahead('2019 год был объявлен Годом молодёжи.', '2019')).toBe(false);
    expect(ahead('In 2019 the Year of Youth was declared.', '2019')).toBe(false);
    expect(ahead('Trade grew by a fifth in 2019 compared with the year before.', '2019')).toBe(false);
    expect(ahead('В 2019 году товарооборот вырос на пятую часть.', '2019')).toBe(false);
  });

  it('bounds the event at the earliest year ahead', () => {
    expect(
      aheadBound(
        'In 2021 trade grew; 2029 will be the Year of Science and 2027 will be the Year of Culture.',
      ),
    ).toBe(2027);
    expect(aheadBound('In 2021 trade grew by a fifth.')).toBeNull();
  });

  it('caps feasible years, and keeps the terms when the cap contradicts them', () => {
    expect(capTenure([2018, null], 2024)).toEqual([2018, 2024]);
    expect(capTenure(null, 2024)).toEqual([0, 2024]);
    expect(capTenure([2018, 2030], 2012)).toEqual([2018, 2030]);
    expect(capTenure([2018, null], null)).toEqual([2018, null]);
  });
});

describe('an undated report that looks forward to a year', () => {
  const kz = person('Kairat Saduakasov', 'President', 'KZ');
  const cn = person('Zhou Mingliang', 'President', 'CN');
  const meeting = (key: string, eventDate: string, text: string) =>
    reportOf(extracted({ kind: 'meeting', eventDate, participants: [kz, cn] }), {
      key,
      published: eventDate,
      lang: 'en',
      text,
    });
  const earlier = meeting(
    'a1',
    '2026-10-14',
    'President Saduakasov held talks with President Zhou on railways.',
  );
  const later = meeting(
    'b1',
    '2028-09-02',
    'President Saduakasov held talks with President Zhou on railways.',
  );
  const undated = reportOf(extracted({ kind: 'meeting', participants: [kz, cn] }), {
    key: 'c1',
    published: null,
    lang: 'en',
    text: 'President Saduakasov held talks with President Zhou. 2027 will be the Year of Culture, he said.',
  });

  it('does not read the year ahead as a year it looks back on', () => {
    expect(undated.years).toEqual([]);
    expect(undated.recentYear).toBeNull();
  });

  it('fits the meeting before that year, not the same leaders’ meeting after it', () => {
    expect(datesFit(undated, [earlier])).toBe(true);
    expect(datesFit(undated, [later])).toBe(false);
  });
});
