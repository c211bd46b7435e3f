import type { Tenure } from './tenure.ts';

/**
 * Numbered meetings held once a year or on a known calendar: the Nth meeting of the SCO Council of Heads of
 * State was in 2000+N (the 22nd in Samarkand 2022, the 24th in Astana 2024, the 25th in Tianjin 2025), of its
 * Council of Heads of Government in 2001+N (the 13th in Astana 2014, the 22nd in Bishkek 2023), and the Belt
 * and Road Forums in 2017, 2019 and 2023. A sentence naming one speaks of a year either side of it (a preview
 * the year before, a look back the year after).
 */

/** Chinese numerals 1–99 (十三, 二十四) or digits, as a number (NaN: neither). */
function count(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const d = '零一二三四五六七八九';
  const [tens, ones] = s.includes('十') ? (s.split('十') as [string, string]) : ['', s];
  const t = s.includes('十') ? (tens === '' ? 1 : d.indexOf(tens)) : 0;
  const o = ones === '' ? 0 : d.indexOf(ones);
  return t < 0 || o < 0 ? Number.NaN : t * 10 + o;
}

const N = String.raw`(\d{1,2})(?:st|nd|rd|th|-?е|-?го|-?м|-?й)?`;
const HAN_N = '([一二三四五六七八九十]{1,3}|\\d{1,2})';
/** Patterns of each series: the count's capture group, and the year of meeting N. */
const SERIES: ReadonlyArray<{ res: readonly RegExp[]; year: (n: number) => number | null }> = [
  {
    // heads of state; "summit" only with the SCO named in the same phrase
    res: [
      new RegExp(`${N}\\s+(?:meeting of the\\s+)?(?:SCO\\s+)?Council of (?:the\\s+)?Heads of State`, 'iu'),
      new RegExp(`${N}\\s+(?:SCO|Shanghai Cooperation Organi[sz]ation)\\s+summit`, 'iu'),
      new RegExp(`${N}\\s+заседани\\p{L}*\\s+Совета\\s+глав\\s+государств`, 'iu'),
      new RegExp(`${N}\\s+саммит\\p{L}*\\s+ШОС`, 'iu'),
      new RegExp(`元首理事会第${HAN_N}次会议`, 'u'),
    ],
    year: (n) => (n >= 2 && n <= 40 ? 2000 + n : null),
  },
  {
    res: [
      new RegExp(
        `${N}\\s+(?:meeting of the\\s+)?(?:SCO\\s+)?Council of (?:the\\s+)?Heads of Government`,
        'iu',
      ),
      new RegExp(`${N}\\s+(?:SCO\\s+)?prime ministers['’]?\\s+meeting`, 'iu'),
      new RegExp(`${N}\\s+заседани\\p{L}*\\s+Совета\\s+глав\\s+правительств`, 'iu'),
      new RegExp(`政府首脑（?\\(?总理\\)?）?理事会第${HAN_N}次会议`, 'u'),
    ],
    year: (n) => (n >= 2 && n <= 40 ? 2001 + n : null),
  },
  {
    res: [
      /(first|second|third)\s+Belt and Road Forum/iu,
      /(перв|втор|трет)\p{L}*\s+форум\p{L}*\s+«?Один пояс/iu,
      /第([一二三])届\s*["“「]?一[带帶]一路["”」]?国际合作高峰论坛/u,
      /第([一二三])屆\s*["“「]?一帶一路["”」]?國際合作高峰論壇/u,
    ],
    year: (n) => [2017, 2019, 2023][n - 1] ?? null,
  },
];

/** Ordinal words and stems of the forums' counts. */
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, перв: 1, втор: 2, трет: 3 };

/** The years a sentence's numbered meeting speaks of (null: none named). */
export function seriesEra(s: string): Tenure | null {
  for (const series of SERIES)
    for (const re of series.res) {
      const m = re.exec(s);
      if (!m) continue;
      const raw = (m[1] as string).toLowerCase();
      const year = series.year(ORDINAL[raw] ?? count(raw));
      if (year !== null) return [year - 1, year + 1];
    }
  return null;
}
