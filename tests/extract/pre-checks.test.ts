import { describe, expect, it } from 'vitest';
import {
  CEREMONY,
  ENUMERATION,
  REDUCED_RELATIVE,
  SIGNED_EARLIER,
} from '../../shared/extract/agreement-cues.ts';
import {
  MAY_BE_CEREMONY,
  MAY_BE_REDUCED_RELATIVE,
  MAY_BE_SIGNED_EARLIER,
  MAY_ENUMERATE,
} from '../../shared/extract/agreement-prechecks.ts';
import { extractAgreementInfo } from '../../shared/extract/agreements.ts';
import { utc } from '../../shared/extract/dates.ts';
import { extractFigures } from '../../shared/extract/figures.ts';
import * as en from '../../shared/extract/lexicon/en/documents.ts';
import * as kk from '../../shared/extract/lexicon/kk/documents.ts';
import * as ru from '../../shared/extract/lexicon/ru/documents.ts';
import { relayed } from '../../shared/extract/report-day.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

// The plain pre-checks in front of the slow boundary patterns must never say no where the full pattern matches:
// every entry, written out in a sentence of its own (a stem with an ending), is let through.
const spelled = (entry: string, ending: string) =>
  `The report said that ${entry.replace(/\*/g, ending)} were discussed at length.`;

describe('pre-checks let through every text their full pattern matches', () => {
  const lists: Array<[string, RegExp, RegExp, string[]]> = [
    [
      'enumeration openers',
      MAY_ENUMERATE,
      ENUMERATION,
      [...en.ENUMERATION, ...ru.ENUMERATION, ...kk.ENUMERATION],
    ],
    ['signing ceremonies', MAY_BE_CEREMONY, CEREMONY, [...en.CEREMONY, ...ru.CEREMONY, ...kk.CEREMONY]],
  ];
  for (const [name, pre, full, entries] of lists)
    it(name, () => {
      for (const entry of entries)
        for (const ending of ['', 'ами', 'Ы']) {
          const text = spelled(entry, ending);
          full.lastIndex = 0;
          if (full.test(text)) expect(pre.test(text), text).toBe(true);
          full.lastIndex = 0;
        }
    });

  it('says no to sentences without any of the words (so the full pattern is spared)', () => {
    expect(MAY_ENUMERATE.test('The ministers discussed grain exports and rail transit.')).toBe(false);
    expect(MAY_BE_CEREMONY.test('Министры обсудили транзит зерна.')).toBe(false);
  });

  it('lets through the earlier-document participles the reduced-relative patterns read', () => {
    const texts = [
      'agreement signed in May 2019 by the two governments remains in force',
      'memorandum SIGNED with the regional authorities last year',
      'соглашение, подписанное в 2021 году, продлено',
      'меморандум, подписанный ранее, уже действует',
    ];
    for (const t of texts) {
      const full = REDUCED_RELATIVE.test(t) || SIGNED_EARLIER.test(t);
      expect(full, t).toBe(true);
      expect(MAY_BE_REDUCED_RELATIVE.test(t) || MAY_BE_SIGNED_EARLIER.test(t), t).toBe(true);
    }
    expect(MAY_BE_REDUCED_RELATIVE.test('agreement on visa-free travel for tourists')).toBe(false);
    expect(MAY_BE_SIGNED_EARLIER.test('соглашение о безвизовом режиме для туристов')).toBe(false);
  });
});

describe('a sentence whose pre-check word names no document keeps the state the rules carry', () => {
  const doc = (...texts: string[]): Sentence[] => texts.map((text, para) => ({ text, para, zone: 'body' }));

  it('a list opened by a colon still gives its items their status across a "cooperation" line', () => {
    const info = extractAgreementInfo(
      doc(
        'At the end of the talks, the ministers signed the following documents:',
        '– an agreement on cooperation in veterinary inspection;',
        '– a memorandum on joint research in desert agriculture.',
      ),
    );
    expect(info.agreements.map((a) => `${a.docType}/${a.status}`).sort()).toEqual([
      'agreement/signed',
      'memorandum/signed',
    ]);
  });

  it('a sentence on cooperation between a document and "it will be signed" ends the back reference', () => {
    const info = extractAgreementInfo(
      doc(
        'A memorandum on solar power plants in Turkestan region has been drafted.',
        'Cooperation in renewable energy was discussed in detail.',
        'It is expected to be signed in autumn.',
      ),
    );
    expect(info.agreements).toEqual([]);
  });
});

describe('utc: a calendar date as UTC milliseconds, null when the month lacks the day', () => {
  // The reference: Date.UTC, then the month and day read back (what utc computed before it skipped the Date).
  const reference = (y: number, m: number, d: number): number | null => {
    const t = Date.UTC(y, m - 1, d);
    const dt = new Date(t);
    return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? t : null;
  };

  it('agrees with the Date read-back on every day of every month of leap and common years', () => {
    for (const y of [1900, 1999, 2000, 2023, 2024, 2100])
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) expect(utc(y, m, d)).toBe(reference(y, m, d));
  });

  it('refuses odd input', () => {
    expect(utc(2024, 2, 29)).toBe(Date.UTC(2024, 1, 29));
    expect(utc(2023, 2, 29)).toBeNull();
    expect(utc(2025, 4, 31)).toBeNull();
    expect(utc(2025, 1.5, 3)).toBeNull();
    expect(utc(2025, Number.NaN, 3)).toBeNull();
    expect(utc(Number.NaN, 3, 3)).toBeNull();
  });
});

describe('relayed: a web source named in the lead', () => {
  it('is a relay when another site is cited, not when the outlet cites itself or no site', () => {
    expect(relayed('Astana hosted the talks on Monday, Trend.az reports.', 'Kazinform')).toBe(true);
    expect(relayed('Astana hosted the talks on Monday, Kazinform.kz reports.', 'Kazinform')).toBe(false);
    expect(relayed('Astana hosted the talks on Monday.', 'Kazinform')).toBe(false);
  });
});

describe('figures: the pre-checks in front of the number-word and part-year patterns', () => {
  const doc = (...texts: string[]): Sentence[] => texts.map((text, para) => ({ text, para, zone: 'body' }));
  const read = (pubYear: number, ...texts: string[]) =>
    extractFigures(doc(...texts), pubYear).map((f) => `${f.metric}:${f.value}:${f.unit}:${f.year}`);

  it('still reads counts spelled out in words in sentences without digits', () => {
    expect(
      read(2025, 'China and Kazakhstan are now carrying out fifteen joint industrial projects.'),
    ).toEqual(['project_count:15:projects:null']);
    expect(read(2025, 'Қазақстанда қытай капиталы бар екі мыңға жуық кәсіпорын тіркелген.')).toEqual([
      'other:2000:companies:null',
    ]);
  });

  it('gives part-year periods the publication year, with a dash or a "first …" period', () => {
    expect(read(2025, 'In January–April, Kazakhstan–China trade turnover reached $9.2 billion.')).toEqual([
      'trade_turnover:9200000000:USD:2025',
    ]);
    expect(read(2025, 'In the first quarter, Kazakhstan–China trade turnover reached $4.1 billion.')).toEqual(
      ['trade_turnover:4100000000:USD:2025'],
    );
    expect(read(2025, 'Kazakhstan–China trade turnover reached $4.1 billion, the ministry said.')).toEqual([
      'trade_turnover:4100000000:USD:null',
    ]);
  });
});
